/**
 * The one source controller every kit element shares. It reads the host's
 * `data`, `source` (a `<kpi-source>` by id), `src` and inline
 * `<script type="application/json">` (in that priority), hands the JSON to
 * the element's `interpret`, and keeps the last good value.
 *
 * It composes small parts: the choice of source (`source-choice.ts`, pure),
 * the URL loader (`url-loader.ts`: `@lit/task`, timeouts, polling, loaded the
 * first time a `src` appears), the inline-JSON watcher, the reader slot (a
 * `<kpi-source>` or a live stream) and the last-good holder.
 *
 * Reading its getters never starts work. The host calls `follow()` in
 * `willUpdate`, before it reads them, and the controller follows again in
 * `hostUpdate` for hosts that do not.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ArrayAppend } from '../core/json-patch.js';
import { emit, type KpiEventMap } from '../events/emit.js';
import type { KpiErrorDetail } from '../events/kpi-error.js';
import type { KpiLoadDetail } from '../events/kpi-load.js';
import { systemClock, type Clock } from './clock.js';
import { InlineJsonWatcher } from './inline-watcher.js';
import { LastGood } from './last-good.js';
import type { LiveStatus } from './live-stream.js';
import type { ReaderSink } from './reader.js';
import { ReaderSlot, type ReadSource } from './reader-slot.js';
import {
  chooseSource,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_POINTS,
  DEFAULT_TIMEOUT_SECONDS,
  pollPeriodMs,
  positiveOr,
  sameRequest,
  sameSource,
} from './source-choice.js';
import type { SourceFailure } from './source-failure.js';
import type { AuthorKey } from '../i18n/author.js';
import type { Words } from '../i18n/words.js';
import type { Interpretation, Interpreted, Source, SourceHost, SourceOrigin, SourceState, UrlSource } from './source-types.js';
import type { FetchJsonResult } from './fetch-json.js';
import type { UrlLoader, UrlPlan } from './url-loader.js';

export type { Interpretation, Interpreted, SourceHost, SourceOrigin, SourceState } from './source-types.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_POINTS, DEFAULT_TIMEOUT_SECONDS } from './source-choice.js';

export interface KpiSourceControllerOptions<T> {
  /** Applies mapping, transform and validation. Read the host's current properties inside it. */
  readonly interpret: (raw: unknown) => Interpretation<T>;
  /**
   * Takes items a stream appended to arrays of the JSON last interpreted (changed in place)
   * without interpreting it all again, e.g. a trend appending points. Returns false to have
   * the JSON interpreted again instead.
   */
  readonly appended?: (raw: unknown, appends: readonly ArrayAppend[]) => boolean;
}

type AuthorWords = (key: 'source.subject.inline' | 'source.subject.data') => Words;
type ControllerKey = Extract<AuthorKey, 'source.inlineNotJson' | 'source.readFailed' | 'source.codeFailed'>;
type ValuesFor = (words: AuthorWords) => Record<string, string | Words>;

/**
 * A failure of the controller's own, in the author's words, loaded with the first failure (so a
 * page whose data is fine never loads them). When even they cannot load, the platform's reason.
 */
function worded(kind: SourceFailure['kind'], key: ControllerKey, values: ValuesFor, reason: string): Promise<SourceFailure> {
  return import('../i18n/author.js').then(
    ({ authorFailureWords, authorWords }): SourceFailure => {
      // Each key's values are checked where `values` is written; here they only pass through.
      const said = authorFailureWords as (key: ControllerKey, values: Record<string, string | Words>) => ReturnType<typeof authorFailureWords>;
      return {
        kind,
        ...said(
          key,
          values((k) => authorWords(k)),
        ),
      };
    },
    (): SourceFailure => ({ kind, message: reason }),
  );
}
/** Failures of getting the JSON, as opposed to understanding it. */
const TRANSPORT_FAILURES: ReadonlySet<SourceFailure['kind']> = new Set(['network', 'http', 'parse', 'timeout', 'too-large']);

let urlLoaderModule: Promise<typeof import('./url-loader.js')> | undefined;

/**
 * Events (dispatched on the host, after the state change, outside the host's update):
 * - `kpi-load` when JSON from `src` or inline JSON was interpreted, or a poll found it unchanged;
 * - `kpi-error` when fetching, parsing or interpreting it failed.
 *
 * Neither fires for `.data` or for `reinterpret()`: those follow a property set by the page,
 * which sees the outcome in `state` and `failure`. An element reading a `<kpi-source>` fires
 * them as that source's JSON or failures reach it (the source fires its own as well).
 *
 * Last good data is kept only across a refresh of the same source (a poll, `reload()`, a stream
 * update, an edit of the inline JSON, a changed `credentials` or `request`). A different
 * source (another `src`, `source`, or a new `.data` document) starts from nothing: its error is
 * shown, never the previous source's numbers.
 *
 * Requests: elements with the same `src` and `credentials` and no `request` function share a
 * request while it is on its way (see `request-pool.ts`).
 */
export class KpiSourceController<T> implements ReactiveController {
  /**
   * @internal For tests: where the controller reads the time and sets its timers (polls, timeouts).
   * Replace it before the host connects, e.g. with a clock that moves only when told.
   */
  clock: Clock = systemClock;
  /** @internal For tests: the jitter of backed-off polls, in [0, 1). */
  random: () => number = Math.random;

  private readonly host: SourceHost & ReactiveControllerHost;
  private readonly interpret: (raw: unknown) => Interpretation<T>;
  private readonly appended: ((raw: unknown, appends: readonly ArrayAppend[]) => boolean) | undefined;
  private readonly inline: InlineJsonWatcher;
  private readonly readers = new ReaderSlot();
  private readonly good = new LastGood<T>();

  private current: Source | undefined;
  private currentState: SourceState = 'loading';
  private latestFailure: SourceFailure | undefined;
  /** The latest JSON read from the current source, for `reinterpret()`; `text`: its body, for a URL. */
  private latest: { raw: unknown; receivedAt: number; text?: string } | undefined;
  /** Bumped for every JSON taken, so a slow interpretation of older JSON is dropped. */
  private interpretation = 0;
  /** Whether the latest failure is the element's own reading of the JSON, which says more than a transport failure. */
  private interpretFailed = false;
  private loader: UrlLoader | undefined;
  private loaderRequested = false;
  private connected = false;
  private following = false;
  private readerSink: ReaderSink | undefined;

  constructor(host: SourceHost & ReactiveControllerHost, options: KpiSourceControllerOptions<T>) {
    this.host = host;
    this.interpret = options.interpret;
    this.appended = options.appended;
    this.inline = new InlineJsonWatcher(host, () => host.requestUpdate());
    host.addController(this);
  }

  /**
   * Set while JSON already received is still being interpreted (explaining a failure loads its code
   * on demand); the host's `updateComplete` waits for it. `undefined` otherwise.
   */
  pending: Promise<void> | undefined;

  get state(): SourceState {
    return this.currentState;
  }

  /** The last good value of the current source. */
  get value(): T | undefined {
    return this.good.current?.value;
  }

  /** The latest failure; cleared by the next success. */
  get failure(): SourceFailure | undefined {
    return this.latestFailure;
  }

  /** Epoch ms when the last good data (or a response confirming it) arrived. */
  get receivedAt(): number | undefined {
    return this.good.receivedAt;
  }

  /**
   * The live stream's state for `stream="sse"` (its own, or its `<kpi-source>`'s): `connecting`,
   * `live` or `reconnecting`; `undefined` when the data is not streamed.
   */
  get live(): LiveStatus | undefined {
    return this.readers.reader?.live;
  }

  /** Where the current data comes from; `undefined` while the host has no source. */
  get origin(): SourceOrigin | undefined {
    return this.current?.origin;
  }

  /**
   * Fetches `src` again now (joining a request for it already on its way); for inline JSON
   * or `.data`, reads them again (they may have been edited in place).
   */
  refresh(): void {
    this.inline.reread(this.connected);
    const before = this.current;
    this.follow();
    // A changed source was just loaded by follow().
    if (this.current !== before) return;
    switch (this.current?.origin) {
      case 'src':
        if (this.current.stream) this.readers.reader?.refresh();
        else this.loader?.reload();
        break;
      case 'inline':
        this.readInline(this.current.text);
        break;
      case 'data':
        this.take(this.current.data, this.clock.now(), undefined);
        break;
      case 'source':
        this.readers.reader?.refresh();
        break;
      case undefined:
        break;
    }
  }

  /** Runs `interpret` again on the latest JSON without fetching; call it when mapping properties change. */
  reinterpret(): void {
    this.follow();
    if (!this.latest) return;
    const transportFailure = this.latestFailure && TRANSPORT_FAILURES.has(this.latestFailure.kind) ? this.latestFailure : undefined;
    // Re-mapping old JSON does not make a failed fetch succeed: keep saying it failed.
    this.take(this.latest.raw, this.latest.receivedAt, undefined, transportFailure);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.visibilityChanged);
    this.inline.reread(true);
    this.follow();
    const current = this.current;
    if (current?.origin === 'source' || (current?.origin === 'src' && current.stream)) this.openReader(current);
    this.loader?.connect();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.visibilityChanged);
    this.inline.disconnect();
    if (this.readers.close()) this.host.requestUpdate();
    this.loader?.disconnect();
  }

  hostUpdate(): void {
    this.follow();
  }

  /**
   * Catches up with the host's properties: switches source when the winning one changed, and
   * hands the URL loader its plan. Call it in `willUpdate` before reading the getters.
   */
  follow(): void {
    if (this.following) return;
    this.following = true;
    try {
      const next = chooseSource(this.host, this.inline.text);
      const current = this.current;
      if (!sameSource(current, next)) {
        if (next?.origin === 'inline' && current?.origin === 'inline') {
          // An edit of the inline JSON is a refresh of it: the last good value stays if the edit is broken.
          this.current = next;
          this.readInline(next.text);
        } else {
          this.switchTo(next);
        }
      } else if (current?.origin === 'src' && next?.origin === 'src' && !sameRequest(current, next)) {
        // Same URL, asked for differently (a token added, cookies): read it again, keep showing what is there.
        this.current = next;
        if (next.stream && this.connected) this.openReader(next);
      }
      this.followUrl();
    } finally {
      this.following = false;
    }
  }

  /** A different source: what the old one showed says nothing about the new one. */
  private switchTo(next: Source | undefined): void {
    this.readers.close();
    this.interpretFailed = false;
    this.current = next;
    this.good.clear();
    this.latest = undefined;
    this.latestFailure = undefined;
    this.interpretation++;
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
        if (next.stream && this.connected) this.openReader(next);
        break;
      case 'source':
        if (this.connected) this.openReader(next);
        break;
      case undefined:
        break;
    }
  }

  // JSON in, verdict out ----------------------------------------------------------

  private readInline(text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Wording the mistake takes code most pages never need: load it now.
      const generation = ++this.interpretation;
      this.await(
        import('./json-text.js').then(
          ({ parseJsonText, INLINE_JSON }) => {
            const parsed = parseJsonText(text, { subject: INLINE_JSON });
            if (generation === this.interpretation && !parsed.ok) this.fail(parsed.failure, true);
          },
          (cause: unknown) => generation === this.interpretation && this.failInWords('parse', 'source.inlineNotJson', () => ({}), cause),
        ),
      );
      return;
    }
    this.take(value, this.clock.now(), { origin: 'inline', notModified: false });
  }

  /**
   * Interprets JSON from the current source. `load` is the kpi-load detail to announce on
   * success; without it (`.data`, reinterpret) nothing is announced either way.
   * `keepFailure`: a transport failure still true after a successful re-reading.
   */
  private take(raw: unknown, receivedAt: number, load: KpiLoadDetail | undefined, keepFailure?: SourceFailure, text?: string): void {
    this.latest = { raw, receivedAt, ...(text !== undefined && { text }) };
    const generation = ++this.interpretation;
    const outcome = this.interpretSafely(raw);
    if (!(outcome instanceof Promise)) {
      this.settle(outcome, raw, receivedAt, load, keepFailure);
      return;
    }
    this.await(
      outcome.then(
        (settled) => generation === this.interpretation && this.settle(settled, raw, receivedAt, load, keepFailure),
        (cause: unknown) =>
          this.thrown(cause).then((settled) => generation === this.interpretation && this.settle(settled, raw, receivedAt, load, keepFailure)),
      ),
    );
  }

  /** Keeps `pending` on work the host's `updateComplete` waits for (a failure being worded by code loaded on demand). */
  private await(work: Promise<unknown>): void {
    const done = work.then(() => {
      if (this.pending === done) this.pending = undefined;
    });
    this.pending = done;
  }

  private settle(outcome: Interpreted<T>, raw: unknown, receivedAt: number, load: KpiLoadDetail | undefined, keepFailure: SourceFailure | undefined): void {
    this.interpretFailed = !outcome.ok;
    if (!outcome.ok) {
      this.fail(outcome.failure, load !== undefined);
      return;
    }
    this.good.hold({ value: outcome.value, empty: outcome.empty === true, raw }, receivedAt);
    this.confirmGood(receivedAt);
    if (keepFailure) this.latestFailure = keepFailure;
    if (load) this.announce('kpi-load', load);
  }

  /** The good value held is current as of `receivedAt`: any failure is over. */
  private confirmGood(receivedAt: number): void {
    this.good.confirm(receivedAt);
    this.latestFailure = undefined;
    this.currentState = this.good.state('loading');
    this.host.requestUpdate();
  }

  private interpretSafely(raw: unknown): Interpretation<T> {
    try {
      return this.interpret(raw);
    } catch (cause) {
      return this.thrown(cause);
    }
  }

  private thrown(cause: unknown): Promise<Interpreted<T>> {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return worded('mapping', 'source.readFailed', (words) => ({ subject: this.subject(words), reason }), reason).then((failure) => ({ ok: false, failure }));
  }

  /** Fails with a message of the controller's own, once its words have loaded. */
  private failInWords(kind: SourceFailure['kind'], key: ControllerKey, values: ValuesFor, cause: unknown): void {
    const generation = this.interpretation;
    const reason = cause instanceof Error ? cause.message : String(cause);
    this.await(worded(kind, key, values, reason).then((failure) => generation === this.interpretation && this.fail(failure, true)));
  }

  private fail(failure: SourceFailure, announce: boolean): void {
    const url = this.current?.origin === 'src' ? this.current.url : undefined;
    this.latestFailure = url !== undefined && failure.url === undefined ? { ...failure, url } : failure;
    this.currentState = this.good.state('error');
    this.host.requestUpdate();
    if (announce) this.announce('kpi-error', { failure: this.latestFailure, keptLastGood: this.good.current !== undefined } satisfies KpiErrorDetail);
  }

  /** Events go out in a microtask, so never inside the host's update, where property sets by a listener would be lost. */
  private announce<K extends 'kpi-load' | 'kpi-error'>(type: K, detail: KpiEventMap[K]['detail']): void {
    queueMicrotask(() => emit(this.host, type, detail));
  }

  private subject(words: AuthorWords): string | Words {
    switch (this.current?.origin) {
      case 'src':
        return this.current.url;
      case 'source':
        return `<kpi-source id="${this.current.id}">`;
      case 'inline':
        return words('source.subject.inline');
      default:
        return words('source.subject.data');
    }
  }

  // Fetching: the URL loader --------------------------------------------------------

  /** What the loader should do: load and poll the current `src`, or nothing. */
  private urlPlan(): UrlPlan | undefined {
    const source = this.current;
    if (source?.origin !== 'src' || source.stream) return undefined;
    return {
      source,
      periodMs: pollPeriodMs(source, this.host.refresh),
      timeoutMs: positiveOr(this.host.timeout, DEFAULT_TIMEOUT_SECONDS) * 1000,
      maxBytes: positiveOr(this.host.maxBytes, DEFAULT_MAX_BYTES),
    };
  }

  private followUrl(): void {
    const plan = this.urlPlan();
    if (this.loader) this.loader.follow(plan);
    else if (plan && !this.loaderRequested) this.startLoader();
  }

  /** Loads the URL loader's code (once per page), then hands it the plan in force by then. */
  private startLoader(): void {
    this.loaderRequested = true;
    urlLoaderModule ??= import('./url-loader.js');
    urlLoaderModule.then(
      ({ UrlLoader }) => {
        this.loader = new UrlLoader({
          host: this.host,
          clock: () => this.clock,
          random: () => this.random(),
          report: (source, outcome) => this.fetched(source, outcome),
        });
        if (this.connected) this.loader.connect();
        this.loader.follow(this.urlPlan());
      },
      (cause: unknown) => {
        this.loaderRequested = false;
        urlLoaderModule = undefined;
        if (this.current?.origin !== 'src') return;
        const { url } = this.current;
        this.failInWords('network', 'source.codeFailed', () => ({ subject: url, reason: String(cause) }), cause);
      },
    );
  }

  private fetched(source: UrlSource, outcome: FetchJsonResult): void {
    const { url } = source;
    if (this.current?.origin !== 'src' || this.current.url !== url) return;
    if (outcome.kind === 'failure') {
      this.fail(outcome.failure, true);
      return;
    }
    const held = this.good.current;
    if (held && this.latest?.raw === held.raw && this.latest?.text === outcome.text) {
      // The same body as the one shown (the server typically answered 304): keep the value and its identity.
      this.confirmGood(this.clock.now());
      this.announce('kpi-load', { origin: 'src', url, notModified: true });
      return;
    }
    this.take(outcome.value, this.clock.now(), { origin: 'src', url, notModified: false }, undefined, outcome.text);
  }

  // Readers: a <kpi-source>, a live stream --------------------------------------------

  private openReader(source: ReadSource): void {
    this.readers.open(source, {
      sink: this.sink,
      maxPoints: () => {
        const max = Number(this.host.maxPoints);
        return Number.isFinite(max) && max >= 1 ? Math.floor(max) : DEFAULT_MAX_POINTS;
      },
      stillWanted: () => this.connected && this.current === source,
      unavailable: (cause) => {
        const reason = cause instanceof Error ? cause.message : String(cause);
        this.failInWords('network', 'source.codeFailed', (words) => ({ subject: this.subject(words), reason }), cause);
      },
    });
  }

  /** What a reader may do to this controller. */
  private get sink(): ReaderSink {
    return (this.readerSink ??= this.createSink());
  }

  private createSink(): ReaderSink {
    return {
      host: this.host,
      hasData: () => this.good.current !== undefined,
      now: () => this.clock.now(),
      take: (json, receivedAt, load) => this.take(json, receivedAt, load),
      takeAppends: (json, appends, receivedAt) => this.takeAppends(json, appends, receivedAt),
      confirm: (receivedAt) => {
        if (!this.good.current || receivedAt === this.good.receivedAt) return;
        this.good.confirm(receivedAt);
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
        this.currentState = this.good.state('loading');
        this.host.requestUpdate();
      },
      reset: () => {
        this.good.clear();
        this.latest = this.latestFailure = undefined;
        this.interpretFailed = false;
        this.interpretation++;
        this.currentState = 'loading';
        this.host.requestUpdate();
      },
      changed: () => this.host.requestUpdate(),
    };
  }

  /** Items appended in place to the JSON on screen: the host takes them alone if it can, else the JSON is read again. */
  private takeAppends(raw: unknown, appends: readonly ArrayAppend[], receivedAt: number): void {
    let taken = false;
    if (this.good.current && this.latest?.raw === raw && !this.interpretFailed) {
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

  private readonly visibilityChanged = (): void => {
    if (document.visibilityState !== 'hidden') this.readers.reader?.visible?.();
  };
}
