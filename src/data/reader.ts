/**
 * The controller's side of a reader: how JSON that does not come from one
 * fetch (a `<kpi-source>`, a live stream) reaches it. Readers live in modules
 * the controller loads only when an element uses them.
 */
import type { ArrayAppend } from '../core/json-patch.js';
import type { KpiLoadDetail } from '../events/kpi-load.js';
import type { LiveStatus } from './live-stream.js';
import type { SourceFailure } from './source-failure.js';

export interface ReaderSink {
  /** The element the data is for (a shared source is looked up from it). */
  readonly host: Element;
  /** Whether good data is on screen. */
  hasData(): boolean;
  /** The controller's clock's wall time (epoch ms): when data arrived. */
  now(): number;
  /** New JSON to interpret; `load` is announced on success. */
  take(json: unknown, receivedAt: number, load: KpiLoadDetail | undefined): void;
  /** Items appended in place to the JSON last taken; interpreted again if the element cannot take them alone. */
  takeAppends(json: unknown, appends: readonly ArrayAppend[], receivedAt: number): void;
  /** The JSON on screen is confirmed current (e.g. by a 304). */
  confirm(receivedAt: number): void;
  /** A failure to get the JSON (kept beside good data), or `undefined` when that failure is over. */
  failed(failure: SourceFailure | undefined, announce: boolean): void;
  /** The JSON went away (its source switched to other data): show loading. */
  reset(): void;
  /** Something shown changed, e.g. the live status. */
  changed(): void;
}

export interface Reader {
  /** The live stream's state, when the data is streamed. */
  readonly live: LiveStatus | undefined;
  /** Reads again now: the source reloads, the stream reconnects. */
  refresh(): void;
  /** The tab is visible again. */
  visible?(): void;
  /** Stops reading: no timers, listeners or connections left, no calls to the sink after it. */
  close(): void;
}
