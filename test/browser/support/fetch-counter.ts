/**
 * Counts the page's calls to `fetch` for one URL, as they are made: unlike the
 * server's count, it cannot lag behind a request still on its way.
 *
 * The controller calls `fetch` in the same task as whatever starts the request
 * (a poll timer the test's clock runs, a visibilitychange): with no `request`
 * function, synchronously; with one, a few microtasks later, which have all
 * run by the time any later await on the network (such as an endpoint's
 * `stats()`) resolves.
 */

export interface FetchCount {
  /** Calls so far for the URL. */
  readonly count: number;
}

const counters = new Map<string, { count: number }>();
let original: typeof window.fetch | undefined;

const absolute = (url: string): string => new URL(url, location.href).href;

/** Starts counting the fetches of `url` (relative to the page, or absolute); `stopCountingFetches` ends it. */
export function countFetches(url: string): FetchCount {
  const counter = { count: 0 };
  counters.set(absolute(url), counter);
  if (!original) {
    const real = window.fetch;
    original = real;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const counted = counters.get(absolute(input instanceof Request ? input.url : String(input)));
      if (counted) counted.count++;
      return real.call(window, input, init);
    };
  }
  return {
    get count() {
      return counter.count;
    },
  };
}

/** Puts the real `fetch` back and forgets every counter. */
export function stopCountingFetches(): void {
  if (original) window.fetch = original;
  original = undefined;
  counters.clear();
}
