/**
 * Reads `src` as a live stream (`stream="sse"`): snapshots and JSON Patch
 * updates from `LiveStream`, applied to the stream's own copy of the JSON.
 * While the tab is hidden the copy keeps growing (within `maxPoints` per
 * array) and is shown in one go when the tab is visible again. Loaded only by
 * pages that stream.
 */
import { applyPatch, parsePatch } from '../core/json-patch.js';
import { refusedUrl } from '../core/url.js';
import { LiveStream, type LiveStatus } from './live-stream.js';
import type { Reader, ReaderSink } from './reader.js';
import { authorWords } from '../i18n/author.js';
import { withWords } from '../i18n/words.js';

export class StreamReader implements Reader {
  /** `undefined` when the URL may not be read (a `javascript:` or `data:` src): nothing is opened. */
  private readonly stream: LiveStream | undefined;
  /** The stream's JSON, patched in place; `undefined` until the first snapshot. */
  private json: unknown;
  /** Patches applied while the tab was hidden, not shown yet. */
  private behind = false;
  /** False once closed: no call to the sink after that. */
  private open = true;
  /** Set from a lost or refused connection until the stream is live again. */
  private outage = false;

  constructor(
    private readonly url: string,
    withCredentials: boolean,
    private readonly maxPoints: () => number,
    private readonly sink: ReaderSink,
  ) {
    // Checked before anything is opened, as for a fetched src: an EventSource would reach the page's CSP.
    const refused = refusedUrl(url, document.baseURI);
    if (refused !== undefined) {
      this.stream = undefined;
      queueMicrotask(() => this.open && sink.failed({ kind: 'url', ...withWords(refused), url }, true));
      return;
    }
    this.stream = new LiveStream(url, {
      withCredentials,
      onSnapshot: (json) => {
        this.json = json;
        this.behind = false;
        sink.take(json, sink.now(), { origin: 'src', url, notModified: false });
      },
      onPatch: (patch) => this.patch(patch),
      onMessageError: (message, words) => sink.failed({ kind: 'parse', message, words, url }, true),
      onStatus: (status, { retryInMs }) => {
        if (status === 'reconnecting' && retryInMs !== undefined) {
          const seconds = Math.max(1, Math.round(retryInMs / 1000));
          const words = authorWords(this.json === undefined ? 'stream.reconnecting' : 'stream.lostReconnecting', { url, seconds });
          // kpi-error once per outage; the countdown in the message is updated on every retry.
          sink.failed({ kind: 'network', ...withWords(words), url }, !this.outage);
          this.outage = true;
        } else if (status === 'live') {
          this.outage = false;
        }
        sink.changed();
      },
    });
  }

  get live(): LiveStatus | undefined {
    return this.stream?.status;
  }

  refresh(): void {
    this.stream?.reconnect();
  }

  visible(): void {
    if (!this.behind) return;
    this.behind = false;
    this.sink.take(this.json, this.sink.now(), undefined);
  }

  close(): void {
    this.open = false;
    this.stream?.close();
  }

  private patch(patch: unknown): void {
    const parsed = parsePatch(patch);
    const applied = parsed.ok ? applyPatch(this.json, parsed.operations, { maxArrayLength: this.maxPoints() }) : parsed;
    if (!applied.ok) {
      const [first] = applied.diagnostics;
      // In the author's words (en-author.ts), which load with this reader: the core catalogue stays in the element's first chunk.
      const problem = first?.words ?? first?.message ?? '';
      const where = first?.path ? authorWords('stream.patch.at', { path: first.path, problem }) : authorWords('stream.patch.atDocument', { problem });
      this.sink.failed({ kind: 'invalid', ...withWords(authorWords('stream.patchFailed', { url: this.url, where })), url: this.url }, true);
      return;
    }
    if (document.visibilityState === 'hidden' || this.behind) {
      this.behind = true;
      return;
    }
    if (applied.onlyAppends) this.sink.takeAppends(this.json, applied.appends, this.sink.now());
    else this.sink.take(this.json, this.sink.now(), undefined);
  }
}
