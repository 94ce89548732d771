/** The one-file CDN entry: registers every element and exports everything. */
import './kpi-card.js';
import './kpi-trend.js';
import './leading-lagging-board.js';
import './kpi-source.js';

export * from './index.js';
