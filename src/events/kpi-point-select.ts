export interface KpiPointSelectDetail {
  /** The KPI's `id`. */
  readonly id: string;
  /** Index of the point in the KPI's series. */
  readonly index: number;
  /** The point's time, epoch ms. */
  readonly t: number;
  /** The point's value. */
  readonly v: number;
}

/** Fired when the user clicks a point on a trend, or presses Enter or Space on the focused point. */
export type KpiPointSelectEvent = CustomEvent<KpiPointSelectDetail>;

declare module './emit.js' {
  interface KpiEventMap {
    'kpi-point-select': KpiPointSelectEvent;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-point-select': KpiPointSelectEvent;
  }
}
