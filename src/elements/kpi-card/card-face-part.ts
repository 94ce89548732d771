import { lazyPart } from '../lazy-part.js';

/** The card with data on it (see card-face.ts): fetched when the first card connects, beside its data. */
export const cardFacePart = lazyPart(() => import('./card-face.js'));
