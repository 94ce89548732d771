import { lazyPart } from '../lazy-part.js';

/** The trend with data on it (see trend-chart.ts): fetched when the first trend connects, beside its data. */
export const trendChartPart = lazyPart(() => import('./trend-chart.js'));
