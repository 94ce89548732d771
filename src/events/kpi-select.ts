export interface KpiSelectDetail {
  /** The KPI's `id`. */
  readonly id: string;
  /** The goal it serves, when the document names one. */
  readonly goal?: string;
}

/** Fired when the user clicks a KPI or presses Enter or Space on it. */
export type KpiSelectEvent = CustomEvent<KpiSelectDetail>;

declare module './emit.js' {
  interface KpiEventMap {
    'kpi-select': KpiSelectEvent;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-select': KpiSelectEvent;
  }
}
