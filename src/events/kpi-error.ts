import type { SourceFailure } from '../data/source-failure.js';

export interface KpiErrorDetail {
  readonly failure: SourceFailure;
  /** True when earlier good data is still on screen (a failed refresh). */
  readonly keptLastGood: boolean;
}

/** Fired when loading, parsing or validating fetched or inline data fails. */
export type KpiErrorEvent = CustomEvent<KpiErrorDetail>;

declare module './emit.js' {
  interface KpiEventMap {
    'kpi-error': KpiErrorEvent;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-error': KpiErrorEvent;
  }
}
