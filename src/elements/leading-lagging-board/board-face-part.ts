import { lazyPart } from '../lazy-part.js';

/** The board with data on it (see board-face.ts): fetched when the first board connects, beside its data. */
export const boardFacePart = lazyPart(() => import('./board-face.js'));
