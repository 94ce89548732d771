import { lazyPart } from './lazy-part.js';

/**
 * Reading a KPI (mapping, validation, the view): fetched when the first KPI element connects, beside its data, so
 * the element paints its skeleton (or its error) without it. `kpi-kit/ssr.js` provides it up front.
 */
export const readingPart = lazyPart(() => import('./kpi-reading.js'));
