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
import { systemClock, type Clock, type ClockTimer } from './clock.js';
import type { RequestBuilder } from './fetch-json.js';
import type { LiveStatus } from './live-stream.js';
import type { Reader, ReaderSink } from './reader.js';
import { parseJsonText } from './json-text.js';
import { RequestPool, sharedRequests, type SourceResult } from './request-pool.js';
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
  /**
   * @internal For tests: where the controller reads the time and sets its poll timer.
   * Replace it before the host connects, e.g. with a clock that moves only when told.
   */
  clock: Clock = systemClock;

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
  private pollTimer: ClockTimer | undefined;
  private pollPeriod = 0;
  private pollOverdue = false;
  private inlineText: string | undefined;
  /** The script being watched; `null`: watching the host, no script; `undefined`: not watching. */
  private observedScript: Element | null | undefined;
  private observer: MutationObserver | undefined;
  /** Reads a `<kpi-source>` or a live stream: code loaded the first time a page uses either. */
  private reader: Reader | undefined;
  /** Bumped whenever the reader is replaced or closed, so a reader module still loading is not started for an old source. */
  private readerGeneration = 0;
  /** Whether the latest failure is the element's own reading of the JSON, which says more than a transport failure. */
  private interpretFailed = false;
  private readerSink: ReaderSink | undefined;

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
    return this.reader?.live;
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
        if (this.current.stream) this.reader?.refresh();
        else if (this.connected) this.startFetch(true);
        else this.loadPending = true;
        break;
      case 'inline':
        this.readInline(this.current.text);
        break;
      case 'data':
        this.take(this.current.data, this.clock.now(), undefined);
        break;
      case 'source':
        this.reader?.refresh();
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
    if (this.current?.origin === 'source' || (this.current?.origin === 'src' && this.current.stream)) {
      this.openReader(this.current);
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
    this.closeReader();
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
          // A new document from the page is not a refresh of the old one: if it is invalid, its error is shown,
          // never the previous document's numbers (last good data is kept only for a refresh of the same source).
          this.current = next;
          this.good = undefined;
          this.take(next.data, this.clock.now(), undefined);
        } else if (next?.origin === 'inline' && current?.origin === 'inline') {
          this.current = next;
          this.readInline(next.text);
        } else {
          this.switchTo(next);
        }
      } else if (current?.origin === 'src' && next?.origin === 'src' && current.stream && next.credentials !== current.credentials) {
        // A stream sends cookies or not when it opens: open it again.
        this.current = next;
        if (this.connected) this.openReader(next);
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
    this.closeReader();
    this.interpretFailed = false;
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
        this.take(next.data, this.clock.now(), undefined);
        break;
      case 'inline':
        this.readInline(next.text);
        break;
      case 'src':
        if (next.stream) {
          if (this.connected) this.openReader(next);
        } else if (this.connected) this.startFetch();
        else this.loadPending = true;
        break;
      case 'source':
        if (this.connected) this.openReader(next);
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
    this.take(parsed.value, this.clock.now(), { origin: 'inline', notModified: false });
  }

  /**
   * Interprets JSON from the current source. `load` is the kpi-load detail to announce on
   * success; without it (`.data`, reinterpret) nothing is announced either way.
   */
  private take(raw: unknown, receivedAt: number, load: KpiLoadDetail | undefined): void {
    this.latest = { raw, receivedAt };
    const outcome = this.interpretSafely(raw);
    this.interpretFailed = !outcome.ok;
    if (!outcome.ok) {
      this.fail(outcome.failure, load !== undefined);
      return;
    }
    this.good = { value: outcome.value, empty: outcome.empty === true, raw };
    this.confirmGood(receivedAt);
    if (load) this.announce('kpi-load', load);
  }

  /** The good value held is current as of `receivedAt`: any failure is over. */
  private confirmGood(receivedAt: number): void {
    this.latestFailure = undefined;
    this.lastReceivedAt = receivedAt;
    this.currentState = this.heldState('loading');
    this.host.requestUpdate();
  }

  /** `ok` or `empty` while a good value is held, else `without`. */
  private heldState(without: SourceState): SourceState {
    return this.good ? (this.good.empty ? 'empty' : 'ok') : without;
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
    this.currentState = this.heldState('error');
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
    this.lastLoadEnd = this.clock.elapsed();
    const good = this.good;
    if (result.kind === 'failure') {
      this.fail(result.failure, true);
    } else if (result.notModified && good !== undefined && good.raw === result.value) {
      // The shown value is still current: keep it (and its identity), just note the time.
      this.confirmGood(this.clock.now());
      this.announce('kpi-load', { origin: 'src', url, notModified: true });
    } else {
      this.take(result.value, this.clock.now(), { origin: 'src', url, notModified: result.notModified });
    }
    this.schedulePoll();
  }

  private fetchRejected(error: unknown): void {
    // An aborted run is not a failure: whoever aborted it has already moved on.
    if (this.runSignal?.aborted || this.current?.origin !== 'src') return;
    this.inFlight = false;
    this.lastLoadEnd = this.clock.elapsed();
    const reason = error instanceof Error ? error.message : String(error);
    this.fail({ kind: 'network', message: `Could not load ${this.current.url}: ${reason}`, url: this.current.url }, true);
    this.schedulePoll();
  }

  // Readers: a <kpi-source>, a live stream -----------------------------------

  /** Starts the reader for `source` (replacing any other), loading its module the first time. */
  private openReader(source: Source & ({ origin: 'source' } | UrlSource)): void {
    this.closeReader();
    const generation = this.readerGeneration;
    const unavailable = (cause: unknown): void => {
      if (generation !== this.readerGeneration) return;
      const reason = cause instanceof Error ? cause.message : String(cause);
      this.fail({ kind: 'network', message: `Could not load the kit's code for ${this.subject()}: ${reason}` }, true);
    };
    // The module may arrive after the element left or moved on: start the reader only if it is still wanted.
    const stillWanted = (): boolean => generation === this.readerGeneration && this.connected && this.current === source;
    if (source.origin === 'source') {
      import('./shared-reader.js').then(({ SharedReader }) => {
        if (stillWanted()) this.reader = new SharedReader(source.id, this.sink);
      }, unavailable);
    } else {
      const maxPoints = (): number => {
        const max = Number(this.host.maxPoints);
        return Number.isFinite(max) && max >= 1 ? Math.floor(max) : DEFAULT_MAX_POINTS;
      };
      import('./stream-reader.js').then(({ StreamReader }) => {
        if (stillWanted()) this.reader = new StreamReader(source.url, source.credentials === 'include', maxPoints, this.sink);
      }, unavailable);
    }
  }

  private closeReader(): void {
    this.readerGeneration++;
    if (this.reader?.live !== undefined) this.host.requestUpdate();
    this.reader?.close();
    this.reader = undefined;
  }

  /** What a reader may do to this controller. */
  private get sink(): ReaderSink {
    return (this.readerSink ??= this.createSink());
  }

  private createSink(): ReaderSink {
    return {
      host: this.host,
      hasData: () => this.good !== undefined,
      take: (json, receivedAt, load) => this.take(json, receivedAt, load),
      takeAppends: (json, appends, receivedAt) => this.takeAppends(json, appends, receivedAt),
      confirm: (receivedAt) => {
        if (!this.good || receivedAt === this.lastReceivedAt) return;
        this.lastReceivedAt = receivedAt;
        this.host.requestUpdate();
      },
      failed: (failure, announce) => {
        // The element's own failure to read the JSON (a pointer finding nothing) says more.
        if (this.interpretFailed && this.latestFailure) return;
        if (failure) {
          // A repeated failure of the same kind replaces the last one (e.g. a new retry countdown), silently.
          if (announce || !this.latestFailure || this.latestFailure.kind === failure.kind) this.fail(failure, announce);
          return;
        }
        this.latestFailure = undefined;
        this.currentState = this.heldState('loading');
        this.host.requestUpdate();
      },
      reset: () => {
        this.good = this.latest = this.lastReceivedAt = this.latestFailure = undefined;
        this.interpretFailed = false;
        this.currentState = 'loading';
        this.host.requestUpdate();
      },
      changed: () => this.host.requestUpdate(),
    };
  }

  /** Items appended in place to the JSON on screen: the host takes them alone if it can, else the JSON is read again. */
  private takeAppends(raw: unknown, appends: readonly ArrayAppend[], receivedAt: number): void {
    let taken = false;
    if (this.good && this.latest?.raw === raw && !this.interpretFailed) {
      try {
        taken = this.appended?.(raw, appends) ?? false;
      } catch {
        taken = false;
      }
    }
    if (!taken) {
      this.take(raw, receivedAt, undefined);
      return;
    }
    this.latest = { raw, receivedAt };
    this.confirmGood(receivedAt);
  }

  // Polling -------------------------------------------------------------------

  /** Plans the next poll `refresh` seconds after the last load ended; an overdue poll runs at once. */
  private schedulePoll(): void {
    this.cancelPoll();
    this.pollPeriod = this.wantedPollPeriod();
    if (!this.connected || this.inFlight || this.pollPeriod === 0 || this.lastLoadEnd === undefined) return;
    const wait = Math.max(0, this.lastLoadEnd + this.pollPeriod - this.clock.elapsed());
    this.pollTimer = this.clock.setTimeout(this.pollDue, wait);
  }

  private cancelPoll(): void {
    if (this.pollTimer !== undefined) this.clock.clearTimeout(this.pollTimer);
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
    if (document.visibilityState !== 'hidden') this.reader?.visible?.();
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
