/**
 * Requests for `src` shared by the elements of a page, so twelve cards on one
 * URL make one request, not twelve.
 *
 * - Elements asking for the same URL with the same credentials mode while a
 *   request for it is on its way wait for that request.
 * - A response that arrived less than `REUSE_MS` (1 s) ago, and that an
 *   element on the page still shows, is handed to the other elements that
 *   ask for it: cards created over a few frames still make one request, and
 *   so does each refresh tick of cards polling one URL (the first card due
 *   starts the request, the others join it or take its response). An element
 *   is not handed the response it already shows, so its polls and `reload()`
 *   ask the server again; and once every element that took a response has
 *   gone, an element added later asks again too.
 * - A request is aborted only when every element waiting for it has given up
 *   (disconnected, changed `src`, reloaded); one element leaving does not cut
 *   it off for the others.
 * - The ETag and body of each URL's last response are kept here, per URL and
 *   credentials mode, so a shared request revalidates with `If-None-Match` and
 *   a 304 hands every element the body held.
 *
 * Elements that share a response share its parsed JSON: a `transform` must
 * not modify the JSON it is given.
 *
 * Requests built by a page's `request` function are not shared: the pool
 * cannot see what the function adds (an Authorization header, another URL,
 * a method or body) without calling it for every element, and a response
 * fetched with one element's credentials must never be shown by another.
 * Each element with a `request` function gets a pool of its own. Cookies,
 * by contrast, belong to the page, not to an element: elements with the same
 * `src` and `credentials` mode would get the same answer, so they share it.
 */
import { fetchJson, type FetchJsonResult, type RequestBuilder } from './fetch-json.js';
import type { SourceFailure } from './source-failure.js';

/** How long (ms) after it arrived a response still shown by an element is handed to other elements asking for the same URL. */
export const REUSE_MS = 1000;

/** What an element gets: the JSON (a 304 brings the body held for the URL), or a failure. */
export type SourceResult =
  | { readonly kind: 'json'; readonly value: unknown; readonly notModified: boolean }
  | { readonly kind: 'failure'; readonly failure: SourceFailure };

export interface LoadOptions {
  readonly signal: AbortSignal;
  readonly credentials: RequestCredentials;
  readonly request?: RequestBuilder | undefined;
  /** Do not take a response that already arrived (`reload()`); one still on its way is joined. */
  readonly fresh?: boolean;
  /** Who asks (the element's controller): it holds the response it gets until it gets another or calls `release`. */
  readonly holder: object;
}

interface Entry {
  readonly key: string;
  readonly abort: AbortController;
  readonly promise: Promise<SourceResult>;
  /** Callers waiting for the answer; the request is aborted when the last one leaves. */
  waiting: number;
  settled?: { readonly at: number; readonly result: SourceResult };
  /** Callers showing this response; it is handed to others only while there are some. */
  readonly holders: Set<object>;
}

export class RequestPool {
  private readonly entries = new Map<string, Entry>();
  /** The last ETag and body per key, oldest first, for `If-None-Match`. */
  private readonly held = new Map<string, { etag: string; raw: unknown }>();
  /** The response each holder holds. */
  private readonly holding = new WeakMap<object, Entry>();

  /** @param maxHeld How many URLs' bodies are kept for revalidation. */
  constructor(private readonly maxHeld: number) {}

  /** The JSON at `url`, from a request on its way, a response that just arrived, or a new request. Rejects only when `signal` aborts. */
  async load(url: string, options: LoadOptions): Promise<SourceResult> {
    options.signal.throwIfAborted();
    const key = `${options.credentials} ${url}`;
    const now = performance.now();
    this.prune(now);
    let entry = this.entries.get(key);
    if (entry?.settled && !this.reusable(entry, options, now)) entry = undefined;
    entry ??= this.start(key, url, options);
    const result = await this.wait(entry, options.signal);
    options.signal.throwIfAborted();
    this.release(options.holder);
    entry.holders.add(options.holder);
    this.holding.set(options.holder, entry);
    return result;
  }

  /** The holder no longer shows the response it got (it disconnected or changed source). */
  release(holder: object): void {
    this.holding.get(holder)?.holders.delete(holder);
    this.holding.delete(holder);
  }

  private reusable(entry: Entry, { fresh, holder }: LoadOptions, now: number): boolean {
    const settled = entry.settled;
    if (!settled || fresh === true || now - settled.at > REUSE_MS) return false;
    return entry.holders.size > 0 && !entry.holders.has(holder);
  }

  private start(key: string, url: string, { credentials, request }: LoadOptions): Entry {
    const abort = new AbortController();
    const held = this.held.get(key);
    let entry: Entry;
    const promise = fetchJson(url, { signal: abort.signal, etag: held?.etag, credentials, request }).then(
      (fetched) => {
        const result = this.settle(key, url, fetched, held);
        entry.settled = { at: performance.now(), result };
        return result;
      },
      (error: unknown) => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
        throw error;
      },
    );
    // Nobody may be left to hear that an abandoned request was aborted.
    promise.catch(() => undefined);
    entry = { key, abort, waiting: 0, promise, holders: new Set() };
    this.entries.set(key, entry);
    return entry;
  }

  private wait(entry: Entry, signal: AbortSignal): Promise<SourceResult> {
    const settled = entry.settled;
    if (settled) return Promise.resolve(settled.result);
    entry.waiting++;
    return new Promise<SourceResult>((resolve, reject) => {
      let done = false;
      const finish = (): boolean => {
        if (done) return false;
        done = true;
        entry.waiting--;
        signal.removeEventListener('abort', leave);
        return true;
      };
      const leave = (): void => {
        if (!finish()) return;
        reject(signal.reason);
        if (entry.waiting === 0 && !entry.settled) {
          entry.abort.abort(signal.reason);
          if (this.entries.get(entry.key) === entry) this.entries.delete(entry.key);
        }
      };
      signal.addEventListener('abort', leave, { once: true });
      entry.promise.then(
        (result) => finish() && resolve(result),
        (error: unknown) => finish() && reject(error),
      );
    });
  }

  /** A 200 replaces the body held for the URL; a 304 hands out the body held when the request was made. */
  private settle(key: string, url: string, fetched: FetchJsonResult, held: { etag: string; raw: unknown } | undefined): SourceResult {
    switch (fetched.kind) {
      case 'json':
        this.remember(key, url, fetched.etag, fetched.value);
        return { kind: 'json', value: fetched.value, notModified: false };
      case 'not-modified':
        if (!held) {
          return {
            kind: 'failure',
            failure: { kind: 'http', message: `${url} answered 304 Not Modified, but no earlier copy is held`, status: 304, url },
          };
        }
        // Most recently used last, so the oldest is dropped first.
        this.held.delete(key);
        this.held.set(key, held);
        return { kind: 'json', value: held.raw, notModified: true };
      case 'failure':
        return fetched;
    }
  }

  /** Revalidating a cross-origin URL would add a CORS preflight the server may refuse; the HTTP cache revalidates those instead. */
  private remember(key: string, url: string, etag: string | undefined, raw: unknown): void {
    this.held.delete(key);
    if (etag === undefined || new URL(url, document.baseURI).origin !== location.origin) return;
    this.held.set(key, { etag, raw });
    if (this.held.size > this.maxHeld) {
      const oldest = this.held.keys().next().value as string;
      this.held.delete(oldest);
    }
  }

  /** Forgets responses too old to hand out, so their JSON can be collected. */
  private prune(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.settled && now - entry.settled.at > REUSE_MS) this.entries.delete(key);
    }
  }
}

/** The page's pool, for every element without a `request` function. */
export const sharedRequests = new RequestPool(64);
