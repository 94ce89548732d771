/** The one-file CDN entry: registers every element and exports everything. */
import './kpi-card.js';

export * from './index.js';
