import type { KpiStatus } from '../core/document.js';

export interface KpiStatusChangeDetail {
  readonly id: string;
  /** The status before; `undefined` on the first evaluation after data arrived. */
  readonly from: KpiStatus | undefined;
  readonly to: KpiStatus;
}

/** Fired when newly loaded data changes a KPI's computed status. */
export type KpiStatusChangeEvent = CustomEvent<KpiStatusChangeDetail>;

declare module './emit.js' {
  interface KpiEventMap {
    'kpi-status-change': KpiStatusChangeEvent;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-status-change': KpiStatusChangeEvent;
  }
}
