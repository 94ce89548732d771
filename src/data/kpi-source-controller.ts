/**
 * The one source controller every kit element shares. It reads the host's
 * `data`, `source` (a `<kpi-source>` by id), `src` and inline
 * `<script type="application/json">` (in that priority), fetches and polls
 * `src`, hands the JSON to the element's `interpret`, and keeps the last good
 * value, because `@lit/task` drops its value when a run fails.
 */
import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type KpiEventMap } from '../events/emit.js';
import type { KpiErrorDetail } from '../events/kpi-error.js';
import type { KpiLoadDetail } from '../events/kpi-load.js';
import type { ArrayAppend } from '../core/json-patch.js';
import type { RequestBuilder } from './fetch-json.js';
import type { LiveStatus, LiveStream } from './live-stream.js';
import { parseJsonText } from './json-text.js';
import { RequestPool, sharedRequests, type SourceResult } from './request-pool.js';
import { findSharedSource, whenSourceAppears, type SharedSnapshot, type SharedSource } from './shared-sources.js';
import type { SourceFailure } from './source-failure.js';

/** What the controller reads from its element. The element owns these reactive properties. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  /** URL to fetch. */
  src?: string | null;
  /** The id of a `<kpi-source>` to read instead of fetching. */
  source?: string | null;
  /** Seconds between polls of `src`; 0 turns polling off. Fractions are allowed. */
  refresh: number;
  /** JSON set by the page as a property. */
  data?: unknown;
  /** Whether cookies go with the request for `src`: `omit`, `same-origin` (the default) or `include`. */
  credentials?: string | null | undefined;
  /** Builds the Request for `src` (e.g. adding a bearer token); such requests are not shared with other elements. */
  request?: RequestBuilder | undefined;
  /** `sse`: `src` is a Server-Sent Events stream of snapshots and patches instead of a JSON document. */
  stream?: string | null | undefined;
  /** The most items a stream keeps in an array it appends to (e.g. a series); the oldest go first. */
  maxPoints?: number | undefined;
}

/** The element's verdict on some JSON. */
export type Interpreted<T> =
  /** `empty`: valid, but nothing to show yet (e.g. no points). */
  | { readonly ok: true; readonly value: T; readonly empty?: boolean }
  /** A mapping or validation failure (kind `'mapping'` or `'invalid'`). */
  | { readonly ok: false; readonly failure: SourceFailure };

export interface KpiSourceControllerOptions<T> {
  /** Applies mapping, transform and validation. Read the host's current properties inside it. */
  readonly interpret: (raw: unknown) => Interpreted<T>;
  /**
   * Takes items a stream appended to arrays of the JSON last interpreted (changed in place)
   * without interpreting it all again, e.g. a trend appending points. Returns false to have
   * the JSON interpreted again instead.
   */
  readonly appended?: (raw: unknown, appends: readonly ArrayAppend[]) => boolean;
}

/** How many items a stream keeps per array it appends to, unless the host says otherwise. */
export const DEFAULT_MAX_POINTS = 100_000;

/**
 * - `loading`: no outcome yet for the current source (or no source at all);
 * - `ok` / `empty`: a good value is held, even if a later refresh failed (see `failure`);
 * - `error`: a failure and no good value.
 */
export type SourceState = 'loading' | 'ok' | 'empty' | 'error';
export type SourceOrigin = 'data' | 'source' | 'src' | 'inline';

/** `src`, and how to request it. */
interface UrlSource {
  readonly origin: 'src';
  readonly url: string;
  /** Read as a Server-Sent Events stream (`stream="sse"`). */
  readonly stream: boolean;
  readonly credentials: RequestCredentials;
  readonly request: RequestBuilder | undefined;
}

type Source =
  | { readonly origin: 'data'; readonly data: unknown }
  | { readonly origin: 'source'; readonly id: string }
  | UrlSource
  | { readonly origin: 'inline'; readonly text: string };

interface Fetched {
  readonly source: UrlSource;
  readonly signal: AbortSignal;
  readonly result: SourceResult;
}

/** Failures of getting the JSON, as opposed to understanding it. */
const TRANSPORT_FAILURES: ReadonlySet<SourceFailure['kind']> = new Set(['network', 'http', 'parse']);
const INLINE_SELECTOR = ':scope > script[type="application/json"]';
const INLINE_SUBJECT = 'The inline JSON';
/** Bodies an element with its own `request` function keeps for `If-None-Match`, so switching back to a URL can still take a 304. */
const MAX_REVALIDATED_URLS = 8;
const CREDENTIALS: ReadonlySet<string> = new Set<RequestCredentials>(['omit', 'same-origin', 'include']);

/**
 * Events (dispatched on the host, after the state change, outside the host's update):
 * - `kpi-load` when JSON from `src` or inline JSON was interpreted, or a 304 confirmed it;
 * - `kpi-error` when fetching, parsing or interpreting it failed.
 *
 * Neither fires for `.data` or for `reinterpret()`: those follow a property set by the page,
 * which sees the outcome in `state` and `failure`. An element reading a `<kpi-source>` fires
 * them as that source's JSON or failures reach it (the source fires its own as well).
 *
 * Requests: elements with the same `src` and `credentials` and no `request` function share
 * their requests (one request for twelve cards, per load and per poll; see `request-pool.ts`).
 * Changing `credentials` or `request` fetches again, keeping the data shown meanwhile.
 */
export class KpiSourceController<T> implements ReactiveController {
  private readonly host: SourceHost;
  private readonly interpret: (raw: unknown) => Interpreted<T>;
  private readonly appended: ((raw: unknown, appends: readonly ArrayAppend[]) => boolean) | undefined;
  private readonly task: Task<[UrlSource, boolean], Fetched>;

  private current: Source | undefined;
  private currentState: SourceState = 'loading';
  private good: { value: T; empty: boolean; raw: unknown } | undefined;
  private latestFailure: SourceFailure | undefined;
  private lastReceivedAt: number | undefined;
  /** The latest JSON read from the current source, for `reinterpret()`. */
  private latest: { raw: unknown; receivedAt: number } | undefined;
  /** Requests built by the host's `request` function are its own (see `request-pool.ts`). */
  private ownRequests: RequestPool | undefined;
  /** The pool whose response this element shows; released when it disconnects or leaves `src`. */
  private holding: RequestPool | undefined;

  private connected = false;
  private syncing = false;
  /** A fetch is wanted as soon as the host is connected (first load, or one cut off by a disconnect). */
  private loadPending = false;
  private inFlight = false;
  private runSignal: AbortSignal | undefined;
  private lastLoadEnd: number | undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private pollPeriod = 0;
  private pollOverdue = false;
  private inlineText: string | undefined;
  /** The script being watched; `null`: watching the host, no script; `undefined`: not watching. */
  private observedScript: Element | null | undefined;
  private observer: MutationObserver | undefined;
  /** The `<kpi-source>` read, while connected to it. */
  private shared: SharedSource | undefined;
  private stopReading: (() => void) | undefined;
  private stopWaiting: (() => void) | undefined;
  /** The version of the shared JSON last interpreted, and the source's failure last reported. */
  private sharedVersion: number | undefined;
  private sharedFailure: SourceFailure | undefined;
  /** Set while the verdict "no such source" waits for the page to finish adding elements. */
  private missingTimer: ReturnType<typeof setTimeout> | undefined;
  private missingAfterLoad = false;
  /** The stream for `stream="sse"`, its JSON (patched in place), status, and whether patches wait for the tab to be visible. */
  private liveStream: LiveStream | undefined;
  private streamJson: unknown;
  private liveStatus: LiveStatus | undefined;
  private streamBehind = false;
  /** Bumped whenever the stream is replaced or closed, so a stream module still loading is not opened for an old source. */
  private streamGeneration = 0;

  constructor(host: SourceHost, options: KpiSourceControllerOptions<T>) {
    this.host = host;
    this.interpret = options.interpret;
    this.appended = options.appended;
    this.task = new Task<[UrlSource, boolean], Fetched>(host, {
      autoRun: false,
      task: ([source, fresh], { signal }) => this.fetch(source, fresh, signal),
      onComplete: (fetched) => this.fetched(fetched),
      onError: (error) => this.fetchRejected(error),
    });
    host.addController(this);
  }

  // The getters catch up with the host first, so an element that derives its view in
  // willUpdate (which runs before hostUpdate) already sees a `.data` it was just given.

  get state(): SourceState {
    this.sync();
    return this.currentState;
  }

  /** The last good value of the current source. */
  get value(): T | undefined {
    this.sync();
    return this.good?.value;
  }

  /** The latest failure; cleared by the next success. */
  get failure(): SourceFailure | undefined {
    this.sync();
    return this.latestFailure;
  }

  /** Epoch ms when the last good data (or a 304 confirming it) arrived. */
  get receivedAt(): number | undefined {
    this.sync();
    return this.lastReceivedAt;
  }

  /**
   * The live stream's state for `stream="sse"` (its own, or its `<kpi-source>`'s): `connecting`,
   * `live` or `reconnecting`; `undefined` when the data is not streamed.
   */
  get live(): LiveStatus | undefined {
    this.sync();
    return this.current?.origin === 'source' ? this.shared?.snapshot.live : this.liveStatus;
  }

  /** Where the current data comes from; `undefined` while the host has no source. */
  get origin(): SourceOrigin | undefined {
    this.sync();
    return this.current?.origin;
  }

  /**
   * Fetches `src` again now (joining a request for it already on its way, never taking a response
   * that arrived before); for inline JSON or `.data`, reads them again (they may have been edited in place).
   */
  refresh(): void {
    if (this.connected) this.inlineText = this.readInlineText();
    const before = this.current;
    this.sync();
    // A changed source was just loaded by sync().
    if (this.current !== before) return;
    switch (this.current?.origin) {
      case 'src':
        if (this.current.stream) this.liveStream?.reconnect();
        else if (this.connected) this.startFetch(true);
        else this.loadPending = true;
        break;
      case 'inline':
        this.readInline(this.current.text);
        break;
      case 'data':
        this.take(this.current.data, Date.now(), undefined);
        break;
      case 'source':
        this.shared?.reload();
        break;
      case undefined:
        break;
    }
  }

  /** Runs `interpret` again on the latest JSON without fetching; call it when mapping properties change. */
  reinterpret(): void {
    this.sync();
    if (!this.latest) return;
    const transportFailure = this.latestFailure && TRANSPORT_FAILURES.has(this.latestFailure.kind) ? this.latestFailure : undefined;
    this.take(this.latest.raw, this.latest.receivedAt, undefined);
    // Re-mapping old JSON does not make a failed fetch succeed: keep saying it failed.
    if (transportFailure && !this.latestFailure) this.latestFailure = transportFailure;
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.visibilityChanged);
    this.inlineText = this.readInlineText();
    this.sync();
    if (this.current?.origin === 'source' && !this.shared) this.readShared(this.current.id);
    if (this.current?.origin === 'src' && this.current.stream) {
      this.openStream(this.current);
      return;
    }
    // Resume: finish a load a disconnect cut off, or poll (at once, when overdue).
    if (this.current?.origin !== 'src' || this.inFlight) return;
    if (this.loadPending || this.lastLoadEnd === undefined) this.startFetch();
    else this.schedulePoll();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.releaseResponse();
    document.removeEventListener('visibilitychange', this.visibilityChanged);
    this.observer?.disconnect();
    this.observedScript = undefined;
    this.cancelPoll();
    this.stopReadingShared();
    this.closeStream();
    if (this.inFlight) {
      this.abortFetch();
      this.loadPending = true;
    }
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Follows the host's properties: switches source when the winning one changed, re-plans polling. */
  private sync(): void {
    if (this.syncing) return;
    this.syncing = true;
    try {
      const next = this.wantedSource();
      const current = this.current;
      if (!sameSource(current, next)) {
        if (next?.origin === 'data' && current?.origin === 'data') {
          this.current = next;
          this.take(next.data, Date.now(), undefined);
        } else if (next?.origin === 'inline' && current?.origin === 'inline') {
          this.current = next;
          this.readInline(next.text);
        } else {
          this.switchTo(next);
        }
      } else if (current?.origin === 'src' && next?.origin === 'src' && current.stream && next.credentials !== current.credentials) {
        // A stream sends cookies or not when it opens: open it again.
        this.current = next;
        if (this.connected) this.openStream(next);
      } else if (current?.origin === 'src' && next?.origin === 'src' && !current.stream && !sameRequest(current, next)) {
        // Same URL, asked for differently (e.g. a token added): fetch again, keep showing what is there.
        this.current = next;
        if (this.connected) this.startFetch(true);
        else this.loadPending = true;
      }
      const period = this.wantedPollPeriod();
      if (period !== this.pollPeriod) {
        this.pollPeriod = period;
        if (!this.inFlight) this.schedulePoll();
      }
    } finally {
      this.syncing = false;
    }
  }

  private wantedSource(): Source | undefined {
    const { data, src, source } = this.host;
    if (data !== undefined) return { origin: 'data', data };
    if (typeof source === 'string' && source.trim() !== '') return { origin: 'source', id: source.trim() };
    if (typeof src === 'string' && src.trim() !== '') {
      const { credentials, request } = this.host;
      return {
        origin: 'src',
        url: src,
        stream: this.host.stream === 'sse',
        // An unknown value would make fetch throw; fall back to fetch's default.
        credentials: typeof credentials === 'string' && CREDENTIALS.has(credentials) ? (credentials as RequestCredentials) : 'same-origin',
        request: typeof request === 'function' ? request : undefined,
      };
    }
    if (this.inlineText !== undefined) return { origin: 'inline', text: this.inlineText };
    return undefined;
  }

  private wantedPollPeriod(): number {
    const seconds = Number(this.host.refresh);
    return this.current?.origin === 'src' && !this.current.stream && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
  }

  /** A different source: what the old one showed says nothing about the new one. */
  private switchTo(next: Source | undefined): void {
    this.abortFetch();
    this.releaseResponse();
    this.cancelPoll();
    this.stopReadingShared();
    this.closeStream();
    this.sharedVersion = undefined;
    this.sharedFailure = undefined;
    this.loadPending = false;
    this.lastLoadEnd = undefined;
    this.current = next;
    this.good = undefined;
    this.latest = undefined;
    this.latestFailure = undefined;
    this.lastReceivedAt = undefined;
    this.currentState = 'loading';
    this.host.requestUpdate();
    switch (next?.origin) {
      case 'data':
        this.take(next.data, Date.now(), undefined);
        break;
      case 'inline':
        this.readInline(next.text);
        break;
      case 'src':
        if (next.stream) {
          if (this.connected) this.openStream(next);
        } else if (this.connected) this.startFetch();
        else this.loadPending = true;
        break;
      case 'source':
        if (this.connected) this.readShared(next.id);
        break;
      case undefined:
        break;
    }
  }

  private readInline(text: string): void {
    const parsed = parseJsonText(text, { subject: INLINE_SUBJECT });
    if (!parsed.ok) {
      this.fail(parsed.failure, true);
      return;
    }
    this.take(parsed.value, Date.now(), { origin: 'inline', notModified: false });
  }

  /**
   * Interprets JSON from the current source. `load` is the kpi-load detail to announce on
   * success; without it (`.data`, reinterpret) nothing is announced either way.
   */
  private take(raw: unknown, receivedAt: number, load: KpiLoadDetail | undefined): void {
    this.latest = { raw, receivedAt };
    const outcome = this.interpretSafely(raw);
    if (!outcome.ok) {
      this.fail(outcome.failure, load !== undefined);
      return;
    }
    this.good = { value: outcome.value, empty: outcome.empty === true, raw };
    this.latestFailure = undefined;
    this.lastReceivedAt = receivedAt;
    this.currentState = this.good.empty ? 'empty' : 'ok';
    this.host.requestUpdate();
    if (load) this.announce('kpi-load', load);
  }

  private interpretSafely(raw: unknown): Interpreted<T> {
    try {
      return this.interpret(raw);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      return { ok: false, failure: { kind: 'mapping', message: `Could not read the KPI from ${this.subject()}: ${reason}` } };
    }
  }

  private fail(failure: SourceFailure, announce: boolean): void {
    const url = this.current?.origin === 'src' ? this.current.url : undefined;
    this.latestFailure = url !== undefined && failure.url === undefined ? { ...failure, url } : failure;
    this.currentState = this.good ? (this.good.empty ? 'empty' : 'ok') : 'error';
    this.host.requestUpdate();
    if (announce) this.announce('kpi-error', { failure: this.latestFailure, keptLastGood: this.good !== undefined } satisfies KpiErrorDetail);
  }

  /** Events go out in a microtask, so never inside the host's update, where property sets by a listener would be lost. */
  private announce<K extends 'kpi-load' | 'kpi-error'>(type: K, detail: KpiEventMap[K]['detail']): void {
    queueMicrotask(() => emit(this.host, type, detail));
  }

  private subject(): string {
    switch (this.current?.origin) {
      case 'src':
        return this.current.url;
      case 'source':
        return `<kpi-source id="${this.current.id}">`;
      case 'inline':
        return 'the inline JSON';
      default:
        return 'the data property';
    }
  }

  // Fetching ------------------------------------------------------------------

  /** `fresh`: do not take a response that arrived before this call (see `RequestPool.load`). */
  private startFetch(fresh = false): void {
    if (this.current?.origin !== 'src') return;
    this.cancelPoll();
    this.loadPending = false;
    this.inFlight = true;
    // Task aborts the run this one supersedes and only reports the newest.
    void this.task.run([this.current, fresh]);
  }

  private abortFetch(): void {
    if (!this.inFlight) return;
    this.inFlight = false;
    this.task.abort();
  }

  private async fetch(source: UrlSource, fresh: boolean, signal: AbortSignal): Promise<Fetched> {
    this.runSignal = signal;
    const pool = source.request ? (this.ownRequests ??= new RequestPool(MAX_REVALIDATED_URLS)) : sharedRequests;
    const result = await pool.load(source.url, { signal, credentials: source.credentials, request: source.request, fresh, holder: this });
    signal.throwIfAborted();
    if (this.holding !== pool) this.releaseResponse();
    this.holding = pool;
    return { source, signal, result };
  }

  /** Lets the pool stop handing the response this element showed to others (see `request-pool.ts`). */
  private releaseResponse(): void {
    this.holding?.release(this);
    this.holding = undefined;
  }

  private fetched({ source, signal, result }: Fetched): void {
    const { url } = source;
    if (signal.aborted || this.current?.origin !== 'src' || this.current.url !== url) return;
    this.inFlight = false;
    this.lastLoadEnd = performance.now();
    const good = this.good;
    if (result.kind === 'failure') {
      this.fail(result.failure, true);
    } else if (result.notModified && good !== undefined && good.raw === result.value) {
      // The shown value is still current: keep it (and its identity), just note the time.
      this.latestFailure = undefined;
      this.lastReceivedAt = Date.now();
      this.currentState = good.empty ? 'empty' : 'ok';
      this.host.requestUpdate();
      this.announce('kpi-load', { origin: 'src', url, notModified: true });
    } else {
      this.take(result.value, Date.now(), { origin: 'src', url, notModified: result.notModified });
    }
    this.schedulePoll();
  }

  private fetchRejected(error: unknown): void {
    // An aborted run is not a failure: whoever aborted it has already moved on.
    if (this.runSignal?.aborted || this.current?.origin !== 'src') return;
    this.inFlight = false;
    this.lastLoadEnd = performance.now();
    const reason = error instanceof Error ? error.message : String(error);
    this.fail({ kind: 'network', message: `Could not load ${this.current.url}: ${reason}`, url: this.current.url }, true);
    this.schedulePoll();
  }

  // A shared <kpi-source> ----------------------------------------------------

  /** Reads the source with `id`, or waits for one; keeps listening for a source taking that id later. */
  private readShared(id: string): void {
    this.stopReadingShared();
    this.stopWaiting = whenSourceAppears(id, () => this.sourceAppeared(id));
    const found = findSharedSource(id, this.host);
    if (!found) {
      this.expectMissing();
      return;
    }
    this.shared = found;
    this.stopReading = found.subscribe(this.sharedChanged);
    this.sharedChanged(found.snapshot);
  }

  private stopReadingShared(): void {
    this.stopReading?.();
    this.stopWaiting?.();
    this.stopReading = this.stopWaiting = this.shared = undefined;
    this.clearMissing();
  }

  /** A source took the id: read it, unless the one already read is still the one the id finds. */
  private sourceAppeared(id: string): void {
    if (!this.connected || this.current?.origin !== 'source' || this.current.id !== id) return;
    if (this.shared?.isConnected && findSharedSource(id, this.host) === this.shared) return;
    this.readShared(id);
  }

  /** The source's snapshot changed; `undefined`: it left the page (its readers keep their data and wait for another). */
  private readonly sharedChanged = (snapshot: SharedSnapshot | undefined): void => {
    const current = this.current;
    if (current?.origin !== 'source') return;
    if (!snapshot) {
      this.stopReading?.();
      this.stopReading = this.shared = undefined;
      this.expectMissing();
      return;
    }
    this.clearMissing();
    if (snapshot.json === undefined && this.good && snapshot.state !== 'ok') {
      // The source switched to other JSON (a new src): what it held before says nothing about it.
      this.good = this.latest = this.lastReceivedAt = this.sharedVersion = undefined;
      this.latestFailure = undefined;
      this.currentState = 'loading';
      this.host.requestUpdate();
    }
    if (snapshot.json !== undefined && snapshot.version !== this.sharedVersion && snapshot.appends && snapshot.appendedTo === this.sharedVersion && this.good) {
      // A stream appended to the JSON this element read: take the new items only, if it can.
      this.sharedVersion = snapshot.version;
      this.takeAppends(snapshot.json, snapshot.appends, snapshot.receivedAt ?? Date.now());
    } else if (snapshot.json !== undefined && snapshot.version !== this.sharedVersion) {
      this.sharedVersion = snapshot.version;
      const load: KpiLoadDetail = { origin: 'source', source: current.id, notModified: false, ...(snapshot.url !== undefined && { url: snapshot.url }) };
      this.take(snapshot.json, snapshot.receivedAt ?? Date.now(), load);
    } else if (this.good && snapshot.receivedAt !== undefined && snapshot.receivedAt !== this.lastReceivedAt) {
      // A 304 confirmed the JSON: the same data, fresh again.
      this.lastReceivedAt = snapshot.receivedAt;
      this.host.requestUpdate();
    }
    // Its own failure to read the JSON (a pointer finding nothing) says more than the source's.
    const ownFailure = this.latestFailure !== undefined && this.latestFailure !== this.sharedFailure;
    const failureChanged = snapshot.failure !== this.sharedFailure;
    this.sharedFailure = snapshot.failure;
    if (ownFailure) return;
    if (snapshot.failure) {
      if (failureChanged) this.fail(snapshot.failure, true);
      else if (!this.latestFailure) this.fail(snapshot.failure, false);
    } else if (this.latestFailure || (!this.good && this.currentState !== 'loading')) {
      // The source recovered, or was replaced by one still loading.
      this.latestFailure = undefined;
      this.currentState = this.good ? (this.good.empty ? 'empty' : 'ok') : 'loading';
      this.host.requestUpdate();
    }
  };

  /**
   * No source has the id. Say so once the page has had its chance to add one: after
   * the document is parsed and the task that connected this element (a framework
   * may add a source just after its readers). A source added later is still read.
   */
  private expectMissing(): void {
    this.clearMissing();
    if (document.readyState === 'loading') {
      this.missingAfterLoad = true;
      document.addEventListener('DOMContentLoaded', this.missingDue, { once: true });
    } else {
      this.missingTimer = setTimeout(this.missingDue, 0);
    }
  }

  private clearMissing(): void {
    if (this.missingAfterLoad) document.removeEventListener('DOMContentLoaded', this.missingDue);
    this.missingAfterLoad = false;
    clearTimeout(this.missingTimer);
    this.missingTimer = undefined;
  }

  private readonly missingDue = (): void => {
    if (this.missingAfterLoad) {
      this.missingAfterLoad = false;
      this.missingTimer = setTimeout(this.missingDue, 0);
      return;
    }
    this.missingTimer = undefined;
    const current = this.current;
    if (!this.connected || this.shared || current?.origin !== 'source') return;
    const message = this.good
      ? `The <kpi-source id="${current.id}"> this element reads is no longer on the page; showing its last data.`
      : `No <kpi-source id="${current.id}"> on this page: add one, or correct source="${current.id}".`;
    this.sharedFailure = { kind: 'source', message };
    this.fail(this.sharedFailure, true);
  };

  // A live stream (stream="sse") ---------------------------------------------

  /** Opens the stream for `source`, replacing any other; its code is fetched the first time a page streams. */
  private openStream(source: UrlSource): void {
    this.closeStream();
    const generation = this.streamGeneration;
    void Promise.all([import('./live-stream.js'), import('../core/json-patch.js')]).then(
      ([{ LiveStream }, patches]) => {
        if (generation !== this.streamGeneration || !this.connected || this.current !== source) return;
        this.liveStream = new LiveStream(source.url, {
          withCredentials: source.credentials === 'include',
          onSnapshot: (json) => {
            this.streamJson = json;
            this.streamBehind = false;
            this.take(json, Date.now(), { origin: 'src', url: source.url, notModified: false });
          },
          onPatch: (json) => this.patch(patches, json, source.url),
          onMessageError: (message) => this.fail({ kind: 'parse', message, url: source.url }, true),
          onStatus: (status, detail) => {
            this.liveStatus = status;
            if (status === 'reconnecting' && detail.retryInMs !== undefined) {
              const seconds = Math.max(1, Math.round(detail.retryInMs / 1000));
              this.fail({ kind: 'network', message: `Lost the live stream from ${source.url}; reconnecting in ${seconds} s`, url: source.url }, false);
            }
            this.host.requestUpdate();
          },
        });
      },
      (cause: unknown) => {
        if (generation !== this.streamGeneration) return;
        const reason = cause instanceof Error ? cause.message : String(cause);
        this.fail({ kind: 'network', message: `Could not load the live stream code for ${source.url}: ${reason}`, url: source.url }, true);
      },
    );
  }

  private closeStream(): void {
    this.streamGeneration++;
    this.liveStream?.close();
    this.liveStream = undefined;
    if (this.liveStatus !== undefined) this.host.requestUpdate();
    this.liveStatus = undefined;
    this.streamJson = undefined;
    this.streamBehind = false;
  }

  /** Applies a patch to the stream's JSON; while the tab is hidden only that (bounded), shown when it is visible again. */
  private patch(patches: typeof import('../core/json-patch.js'), json: unknown, url: string): void {
    const parsed = patches.parsePatch(json);
    const applied = parsed.ok ? patches.applyPatch(this.streamJson, parsed.operations, { maxArrayLength: this.maxPoints() }) : parsed;
    if (!applied.ok) {
      const [first] = applied.diagnostics;
      const where = first ? `${first.path || '/'}: ${first.message}` : 'no details';
      this.fail({ kind: 'invalid', message: `A live update from ${url} could not be applied (${where}); waiting for the next`, url }, true);
      return;
    }
    if (document.visibilityState === 'hidden' || this.streamBehind) {
      this.streamBehind = true;
      return;
    }
    this.takeAppendsOrAll(applied.onlyAppends ? applied.appends : undefined);
  }

  private maxPoints(): number {
    const max = Number(this.host.maxPoints);
    return Number.isFinite(max) && max >= 1 ? Math.floor(max) : DEFAULT_MAX_POINTS;
  }

  /** After a patch: the host takes the appended items, or (for any other change) the JSON is interpreted again. */
  private takeAppendsOrAll(appends: readonly ArrayAppend[] | undefined): void {
    if (appends && this.latest?.raw === this.streamJson && this.good) {
      this.takeAppends(this.streamJson, appends, Date.now());
    } else {
      this.take(this.streamJson, Date.now(), undefined);
    }
  }

  /** Hands appended items to the host; interprets the JSON again if it cannot take them. */
  private takeAppends(raw: unknown, appends: readonly ArrayAppend[], receivedAt: number): void {
    let taken = false;
    try {
      taken = this.appended?.(raw, appends) ?? false;
    } catch {
      taken = false;
    }
    if (!taken) {
      this.take(raw, receivedAt, undefined);
      return;
    }
    this.latest = { raw, receivedAt };
    this.lastReceivedAt = receivedAt;
    if (this.latestFailure?.kind === 'network' || this.latestFailure?.kind === 'parse') this.latestFailure = undefined;
    this.host.requestUpdate();
  }

  // Polling -------------------------------------------------------------------

  /** Plans the next poll `refresh` seconds after the last load ended; an overdue poll runs at once. */
  private schedulePoll(): void {
    this.cancelPoll();
    this.pollPeriod = this.wantedPollPeriod();
    if (!this.connected || this.inFlight || this.pollPeriod === 0 || this.lastLoadEnd === undefined) return;
    const wait = Math.max(0, this.lastLoadEnd + this.pollPeriod - performance.now());
    this.pollTimer = setTimeout(this.pollDue, wait);
  }

  private cancelPoll(): void {
    if (this.pollTimer !== undefined) clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.pollOverdue = false;
  }

  private readonly pollDue = (): void => {
    this.pollTimer = undefined;
    // Nobody is looking: wait until the tab is visible again instead of polling in the background.
    if (document.visibilityState === 'hidden') this.pollOverdue = true;
    else this.startFetch();
  };

  private readonly visibilityChanged = (): void => {
    if (document.visibilityState !== 'hidden' && this.streamBehind) {
      // Show what the stream brought while nobody was looking, in one go.
      this.streamBehind = false;
      this.take(this.streamJson, Date.now(), undefined);
    }
    if (document.visibilityState === 'hidden' || !this.pollOverdue) return;
    this.pollOverdue = false;
    this.startFetch();
  };

  // Inline JSON ---------------------------------------------------------------

  /** Reads the inline script's text and (re)points the observer at the host and that script. */
  private readInlineText(): string | undefined {
    const script = this.host.querySelector(INLINE_SELECTOR);
    if (this.connected && script !== this.observedScript) {
      this.observer ??= new MutationObserver(this.inlineMutated);
      this.observer.disconnect();
      this.observer.observe(this.host, { childList: true });
      if (script) this.observer.observe(script, { childList: true, characterData: true, subtree: true });
      this.observedScript = script;
    }
    return script?.textContent ?? undefined;
  }

  private readonly inlineMutated = (): void => {
    if (!this.connected) return;
    const text = this.readInlineText();
    if (text === this.inlineText) return;
    this.inlineText = text;
    this.sync();
  };
}

function sameSource(a: Source | undefined, b: Source | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  switch (a.origin) {
    case 'data':
      return b.origin === 'data' && Object.is(a.data, b.data);
    case 'src':
      return b.origin === 'src' && a.url === b.url && a.stream === b.stream;
    case 'source':
      return b.origin === 'source' && a.id === b.id;
    case 'inline':
      return b.origin === 'inline' && a.text === b.text;
  }
}

function sameRequest(a: UrlSource, b: UrlSource): boolean {
  return a.credentials === b.credentials && a.request === b.request;
}
