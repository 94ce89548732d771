import { lazyPart } from '../lazy-part.js';

/** The board's lead-time estimates and hygiene checks: fetched after the board has painted its lanes. */
export const analysisPart = lazyPart(() => import('./board-analysis.js'));
