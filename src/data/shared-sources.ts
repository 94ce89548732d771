/**
 * How readers (`<kpi-card source="metrics">`) find a `<kpi-source id="metrics">`
 * without importing it: a source element implements `SharedSource`, readers
 * look it up by id in their own tree scope and those around it, and wait for
 * it when it is not there yet (a source written after its readers, or added
 * later by a framework).
 */
import type { ArrayAppend } from '../core/json-patch.js';
import type { SourceState } from './source-types.js';
import type { LiveStatus } from './live-stream.js';
import type { SourceFailure } from './source-failure.js';

/** What a source holds now; readers interpret `json` with their own pointers. */
export interface SharedSnapshot {
  /** The source's own state: `loading`, `ok`, `empty` (no JSON) or `error` (no good JSON). */
  readonly state: SourceState;
  /** The last good JSON; `undefined` until there is one. */
  readonly json: unknown;
  /** Changes whenever `json` is new (even when the same object was changed in place); equal otherwise. */
  readonly version: number;
  /** Epoch ms when `json` (or a 304 confirming it) arrived. */
  readonly receivedAt: number | undefined;
  /** The latest failure to load, kept beside the last good JSON. */
  readonly failure: SourceFailure | undefined;
  /** `data`, `src` or `inline`: how the source got its JSON. */
  readonly origin: 'data' | 'src' | 'inline' | undefined;
  /** The URL, when `origin` is `src`. */
  readonly url: string | undefined;
  /** The live stream's state, when the source streams (`stream="sse"`). */
  readonly live?: LiveStatus | undefined;
  /**
   * When the only change since version `appendedTo` is items a stream appended to arrays of
   * `json` (changed in place): which arrays and how many, so a reader can take just those.
   */
  readonly appends?: readonly ArrayAppend[] | undefined;
  readonly appendedTo?: number | undefined;
}

/** Called with each new snapshot, and with `undefined` when the source leaves the page or changes its id. */
export type SnapshotListener = (snapshot: SharedSnapshot | undefined) => void;

/** Implemented by `<kpi-source>`. */
export interface SharedSource extends Element {
  readonly [SHARED_SOURCE]: true;
  readonly snapshot: SharedSnapshot;
  /** Calls `listener` after every change of the snapshot until the returned function is called. */
  subscribe(listener: SnapshotListener): () => void;
  /** Loads the JSON again, for every reader. */
  reload(): void;
}

/** Marks a source element, so readers recognise one without importing its class. */
export const SHARED_SOURCE = Symbol.for('kpi-kit.shared-source');

const waiting = new Map<string, Set<() => void>>();

function isSharedSource(element: Element | null): element is SharedSource {
  return element !== null && (element as Partial<SharedSource>)[SHARED_SOURCE] === true;
}

/**
 * The source with `id` that `reader` sees: looked up like `getElementById` in the
 * reader's tree scope, then in each enclosing one up to the document, so a card
 * in a component's shadow root can read a source on the page.
 */
export function findSharedSource(id: string, reader: Element): SharedSource | undefined {
  for (let root: Node = reader.getRootNode(); ;) {
    if (root instanceof Document || root instanceof ShadowRoot) {
      const found = root.getElementById(id);
      if (isSharedSource(found)) return found;
    }
    if (!(root instanceof ShadowRoot)) return undefined;
    root = root.host.getRootNode();
  }
}

/** Calls `callback` whenever a source with `id` connects (or takes that id), until the returned function is called. */
export function whenSourceAppears(id: string, callback: () => void): () => void {
  let callbacks = waiting.get(id);
  if (!callbacks) waiting.set(id, (callbacks = new Set()));
  callbacks.add(callback);
  return () => {
    callbacks.delete(callback);
    if (callbacks.size === 0 && waiting.get(id) === callbacks) waiting.delete(id);
  };
}

/** Called by a source element when it connects or its id changes. */
export function announceSource(id: string): void {
  for (const callback of [...(waiting.get(id) ?? [])]) callback();
}

/** How many readers are waiting for a source, for leak tests. */
export function waitingReaderCount(): number {
  let count = 0;
  for (const callbacks of waiting.values()) count += callbacks.size;
  return count;
}
