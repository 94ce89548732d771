export interface KpiLoadDetail {
  /** Where the data came from: a fetched `src` or the inline `<script type="application/json">`. */
  readonly origin: 'src' | 'inline';
  /** The URL, for `origin: 'src'`. */
  readonly url?: string;
  /** True when the server answered 304 Not Modified and the shown data was kept. */
  readonly notModified: boolean;
}

/** Fired when data arrives from `src` or inline JSON and passes validation. Not fired when the page sets `.data`. */
export type KpiLoadEvent = CustomEvent<KpiLoadDetail>;

declare module './emit.js' {
  interface KpiEventMap {
    'kpi-load': KpiLoadEvent;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-load': KpiLoadEvent;
  }
}
