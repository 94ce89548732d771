import { html, svg, type TemplateResult } from 'lit';

/**
 * Icons for the state of the data, and for notes on how the KPIs are kept, never for the KPI's
 * performance: a stale or broken source must not borrow the triangle or the cross that say
 * "warning" and "critical".
 */
export type DataStateIcon = 'stale' | 'broken' | 'loading' | 'note';

const ICONS: Readonly<Record<DataStateIcon, TemplateResult>> = {
  // A clock face: the data is old.
  stale: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-1 3v5.4l4.3 2.6 1-1.7-3.3-2V7h-2Z"/>`,
  // A lowercase i in a circle: a note for whoever keeps the KPIs.
  note: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-1 6v7h2v-7h-2Zm0-3v2h2V7h-2Z"/>`,
  // An hourglass: the data is on its way.
  loading: svg`<path d="M6 2h12v2h-1v3.2a5 5 0 0 1-2.6 4.4L13.2 12l1.2.4A5 5 0 0 1 17 16.8V20h1v2H6v-2h1v-3.2a5 5 0 0 1 2.6-4.4l1.2-.4-1.2-.4A5 5 0 0 1 7 7.2V4H6V2Zm3 2v3.2a3 3 0 0 0 1.6 2.6L13 11V13l-2.4 1.2A3 3 0 0 0 9 16.8V20h6v-3.2a3 3 0 0 0-1.6-2.6L11 13v-2l2.4-1.2A3 3 0 0 0 15 7.2V4H9Z"/>`,
  // A broken chain link: the data could not be fetched or read.
  broken: svg`<path d="M8.5 6.1 6.9 4.5 8.3 3.1l1.6 1.6-1.4 1.4Zm5.6-1.5.6-2.2 1.9.5-.6 2.2-1.9-.5ZM3.1 8.3l1.4-1.4 1.6 1.6-1.4 1.4-1.6-1.6Zm1.5 5.6-2.2.6-.5-1.9 2.2-.6.5 1.9Zm4.8 4.7-1.5 1.5a4 4 0 0 1-5.6-5.6L4.5 12l1.4 1.4-2.2 2.2a2 2 0 0 0 2.8 2.8L8 16.3l1.4 1.4Zm5.2-12.3L16 4.8a4 4 0 0 1 5.6 5.6L19.5 12l-1.4-1.4 2.2-2.2a2 2 0 0 0-2.8-2.8L16 7.7l-1.4-1.4Zm-6 8.3 5.7-5.7 1.4 1.4-5.7 5.7-1.4-1.4Zm12 1.1 1.6 1.6-1.4 1.4-1.6-1.6 1.4-1.4Zm-5.6 1.5-.6 2.2-1.9-.5.6-2.2 1.9.5Zm4.1-4.1 2.2-.6.5 1.9-2.2.6-.5-1.9Z"/>`,
};

export function dataStateIcon(icon: DataStateIcon): TemplateResult {
  return html`<svg class="data-state-icon" data-icon=${icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[icon]}</svg>`;
}
