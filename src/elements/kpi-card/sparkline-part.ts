import { lazyPart } from '../lazy-part.js';

/** The card's sparkline (geometry over d3-shape, and its template): fetched when the first card shows one. */
export const sparklinePart = lazyPart(() => import('./card-sparkline.js'));
