export interface KpiLoadDetail {
  /** Where the data came from: a fetched `src`, a `<kpi-source>` (`source`) or the inline `<script type="application/json">`. */
  readonly origin: 'src' | 'source' | 'inline';
  /** The URL fetched, for `origin: 'src'`, and for `origin: 'source'` when the source fetched one. */
  readonly url?: string;
  /** The id of the `<kpi-source>`, for `origin: 'source'`. */
  readonly source?: string;
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
