/**
 * Requests for `src` shared by the elements of a page while they are on their
 * way, so twelve cards on one URL make one request, not twelve: an element
 * asking for a URL (with the same credentials mode) that is already being
 * fetched waits for that request. Nothing is kept once it has answered:
 * revalidation is the browser's HTTP cache's job (see `fetch-json.ts`), and
 * `<kpi-source>` is the way to share one response between elements for good.
 *
 * A request is aborted only when every element waiting for it has given up
 * (disconnected, changed `src`, reloaded, timed out); one element leaving
 * does not cut it off for the others.
 *
 * Elements that share a response share its parsed JSON: a `transform` must
 * not modify the JSON it is given.
 *
 * Requests built by a page's `request` function are never shared: the pool
 * cannot see what the function adds (an Authorization header, another URL),
 * and a response fetched with one element's credentials must never be shown
 * by another. Cookies, by contrast, belong to the page, so elements with the
 * same `src` and `credentials` mode share.
 */
import { fetchJson, type FetchJsonOptions, type FetchJsonResult } from './fetch-json.js';

interface Entry {
  readonly abort: AbortController;
  readonly promise: Promise<FetchJsonResult>;
  /** Callers waiting for the answer; the request is aborted when the last one leaves. */
  waiting: number;
}

const entries = new Map<string, Entry>();

/** What makes two requests one: the URL, the credentials mode and the size limit; undefined for a page's `request` function, never shared. */
export function sharedRequestKey(url: string, options: Pick<FetchJsonOptions, 'credentials' | 'maxBytes' | 'request'>): string | undefined {
  return options.request ? undefined : `${options.credentials ?? 'same-origin'} ${options.maxBytes} ${url}`;
}

/** The JSON at `url`, from a request on its way or a new one. Rejects with the signal's reason when `options.signal` aborts. */
export function loadShared(url: string, options: FetchJsonOptions): Promise<FetchJsonResult> {
  const key = sharedRequestKey(url, options);
  if (key === undefined) return fetchJson(url, options);
  options.signal.throwIfAborted();
  let entry = entries.get(key);
  if (!entry) {
    const abort = new AbortController();
    const promise = fetchJson(url, { ...options, signal: abort.signal });
    entry = { abort, promise, waiting: 0 };
    const started = entry;
    const forget = (): void => {
      if (entries.get(key) === started) entries.delete(key);
    };
    // Nobody may be left to hear that an abandoned request was aborted.
    promise.then(forget, forget);
    entries.set(key, entry);
  }
  return wait(key, entry, options.signal);
}

function wait(key: string, entry: Entry, signal: AbortSignal): Promise<FetchJsonResult> {
  entry.waiting++;
  return new Promise<FetchJsonResult>((resolve, reject) => {
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
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('The request was aborted.', 'AbortError'));
      if (entry.waiting === 0) {
        entry.abort.abort(signal.reason);
        if (entries.get(key) === entry) entries.delete(key);
      }
    };
    signal.addEventListener('abort', leave, { once: true });
    entry.promise.then(
      (result) => finish() && resolve(result),
      (error: unknown) => finish() && reject(error instanceof Error ? error : new Error(String(error))),
    );
  });
}

/** How many requests are on their way, for leak tests. */
export function requestsInFlight(): number {
  return entries.size;
}
