/**
 * One live stream of a KPI source over Server-Sent Events (an `EventSource` on the URL), with
 * our own reconnects.
 *
 * The message format:
 * - `event: snapshot`, `data:` the whole JSON, exactly what a plain GET of the URL returns.
 *   The server sends one first on every connection, and may send another whenever it likes
 *   (e.g. for a change a patch cannot express).
 * - `event: patch`, `data:` a JSON Patch (RFC 6902) array of `add` and `replace` operations
 *   on the latest snapshot (see `core/json-patch.ts`), typically points to append:
 *
 *       event: patch
 *       id: 1042
 *       data: [{"op": "add", "path": "/series/-", "value": {"t": "2026-11-22T10:05:00Z", "v": 42}},
 *       data:  {"op": "replace", "path": "/value", "value": 42}]
 *
 *   (`data:` lines are joined with line breaks, so a long JSON may span several.)
 * - Events of other names, unnamed `message` events and `:` comment lines (keep-alives) are ignored.
 *
 * Because every connection starts with a snapshot, the client keeps no `Last-Event-ID` state:
 * a reconnect is a new `EventSource` that sends none, and the snapshot brings it up to date.
 * A server may still set `id:`; it is handed on to the callbacks (`""` when absent).
 * Patches that arrive on a connection before its snapshot are ignored (and reported), since
 * they may not fit the copy held from the previous connection.
 *
 * Reconnects: on any `error` (the connection dropped, or was refused with an HTTP error, after
 * which `EventSource` itself would give up) the `EventSource` is closed and a new one is opened
 * after `retryDelay(attempt)`: by default 1 s, 2 s, 4 s … up to 30 s, each with up to half
 * taken off at random so that many pages do not reconnect in step. A snapshot resets the count.
 */
import { parseJsonText } from './json-text.js';
import { authorWords } from '../i18n/author.js';
import { englishText, type Words } from '../i18n/words.js';

/**
 * - `connecting`: the first connection is being opened;
 * - `live`: a snapshot arrived on the current connection;
 * - `reconnecting`: the connection failed; waiting `retryInMs` to retry, or (without it) retrying now.
 */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface LiveStatusDetail {
  /**
   * 0 for the first connection; n for the n-th retry since the stream was last live. With
   * `live`, the attempt that succeeded.
   */
  readonly attempt: number;
  /** With `reconnecting`: how long until the next attempt. */
  readonly retryInMs?: number;
}

export interface LiveStreamOptions {
  /** Sends cookies and HTTP auth to a cross-origin URL (which must allow credentials); same-origin always sends them. */
  readonly withCredentials?: boolean;
  /** The whole JSON, at the start of every connection and whenever the server sends one. */
  readonly onSnapshot: (json: unknown, eventId: string) => void;
  /** A patch's parsed JSON, unchecked: pass it to `parsePatch`. */
  readonly onPatch: (patch: unknown, eventId: string) => void;
  /**
   * A sentence for people about a message that could not be used: an event that is not JSON, a
   * patch before the connection's snapshot, or a URL `EventSource` cannot open. The stream goes
   * on; call `reconnect()` to start over from a new snapshot. `words`: the same, to be worded in
   * the language of whoever shows it.
   */
  readonly onMessageError: (message: string, words: Words) => void;
  readonly onStatus: (status: LiveStatus, detail: LiveStatusDetail) => void;
  /** Milliseconds to wait before retry number `attempt` (1, 2, …); `backoffDelay` by default. Tests pass `() => 0`. */
  readonly retryDelay?: (attempt: number) => number;
}

const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

/** 1 s, 2 s, 4 s … capped at 30 s, for retry 1, 2, 3 …; each with up to half taken off at random ("equal jitter"). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Opens the stream at once (statuses and events are always delivered asynchronously, never from
 * the constructor) and keeps it open, reconnecting, until `close()`.
 */
export class LiveStream {
  readonly url: string;
  private readonly options: LiveStreamOptions;
  private source: EventSource | undefined;
  /** Removes the current EventSource's listeners. */
  private listening: AbortController | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  /** Whether the current connection has delivered its snapshot. */
  private synced = false;
  private closed = false;
  private currentStatus: LiveStatus = 'connecting';

  constructor(url: string, options: LiveStreamOptions) {
    this.url = url;
    this.options = options;
    queueMicrotask(() => this.setStatus('connecting', { attempt: 0 }));
    this.connect();
  }

  get status(): LiveStatus {
    return this.currentStatus;
  }

  /** Drops the connection and opens a new one at once, for a fresh snapshot (e.g. after a patch that did not apply). */
  reconnect(): void {
    if (this.closed) return;
    this.disconnect();
    this.attempt += 1;
    this.connect();
    this.setStatus('reconnecting', { attempt: this.attempt });
  }

  /** Closes the connection, cancels any retry and removes every listener. Idempotent; no callback runs after it. */
  close(): void {
    this.closed = true;
    this.disconnect();
  }

  private messageError(words: Words): void {
    this.options.onMessageError(englishText(words), words);
  }

  private connect(): void {
    this.synced = false;
    let source: EventSource;
    try {
      source = new EventSource(this.url, { withCredentials: this.options.withCredentials ?? false });
    } catch (cause) {
      // A URL that cannot be parsed (SyntaxError), or no EventSource at all: retrying would not help.
      const reason = cause instanceof Error ? cause.message : String(cause);
      queueMicrotask(() => {
        if (!this.closed) this.messageError(authorWords('stream.openFailed', { url: this.url, reason }));
      });
      return;
    }
    const listening = new AbortController();
    const { signal } = listening;
    source.addEventListener('snapshot', (event) => this.received(event, 'snapshot'), { signal });
    source.addEventListener('patch', (event) => this.received(event, 'patch'), { signal });
    source.addEventListener('error', () => this.failed(), { signal });
    this.source = source;
    this.listening = listening;
  }

  private received(event: MessageEvent, kind: 'snapshot' | 'patch'): void {
    const parsed = parseJsonText(String(event.data), { subject: authorWords('stream.event', { kind: `"${kind}"`, url: this.url }) });
    if (!parsed.ok) {
      this.options.onMessageError(parsed.failure.message, parsed.failure.words ?? authorWords('stream.event', { kind: `"${kind}"`, url: this.url }));
      return;
    }
    if (kind === 'patch') {
      if (this.synced) this.options.onPatch(parsed.value, event.lastEventId);
      else this.messageError(authorWords('stream.patchBeforeSnapshot', { patch: '"patch"', url: this.url, snapshot: '"snapshot"' }));
      return;
    }
    this.synced = true;
    const attempt = this.attempt;
    this.attempt = 0;
    this.options.onSnapshot(parsed.value, event.lastEventId);
    if (this.currentStatus !== 'live') this.setStatus('live', { attempt });
  }

  private failed(): void {
    this.disconnect();
    this.attempt += 1;
    const attempt = this.attempt;
    const retryInMs = Math.max(0, (this.options.retryDelay ?? backoffDelay)(attempt)) || 0;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connect();
      this.setStatus('reconnecting', { attempt });
    }, retryInMs);
    this.setStatus('reconnecting', { attempt, retryInMs });
  }

  /** Closes the current EventSource (if any) and cancels a pending retry. */
  private disconnect(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.listening?.abort();
    this.listening = undefined;
    this.source?.close();
    this.source = undefined;
  }

  private setStatus(status: LiveStatus, detail: LiveStatusDetail): void {
    if (this.closed) return;
    this.currentStatus = status;
    this.options.onStatus(status, detail);
  }
}
