/**
 * `kpi-kit/react`: React components for the four elements, for React 18, which sets every
 * prop as an attribute and ignores custom events. Each wraps its element with `@lit/react`
 * (an optional peer dependency: install it with `react`), so `data={kpi}` is a property and
 * `onKpiSelect={(event) => event.detail.id}` listens for `kpi-select`. React 19 users can
 * write the tags themselves with the JSX types of `kpi-kit/jsx`.
 *
 * Each wrapper module defines only its own tag; a bundler drops the ones an app does not use.
 */
export { KpiCard } from './kpi-card.js';
export { KpiTrend } from './kpi-trend.js';
export { LeadingLaggingBoard } from './leading-lagging-board.js';
export { KpiSource } from './kpi-source.js';
