/**
 * A part of an element that most pages never need at first paint, fetched the first time one is: the
 * card's sparkline, the board's lead-time estimates and hygiene checks. A server, which renders in one
 * pass and cannot wait, provides the part up front (`kpi-kit/ssr.js`).
 */
export interface LazyPart<T> {
  /** The part once loaded (or provided); undefined until then. */
  readonly current: T | undefined;
  /** Starts (or joins) the load; a failed chunk load (offline, a deploy mid-session) is retried on the next call. */
  load(): Promise<T>;
  /** Starts the load unless the part is in, for code wanted soon (beside the data); a failure waits for the next `load`. */
  prefetch(): void;
  /** For servers: the part, imported statically. */
  provide(part: T): void;
}

export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let current: T | undefined;
  let loading: Promise<T> | undefined;
  const load = (): Promise<T> =>
    (loading ??= importer().then(
      (loaded) => (current = loaded),
      (cause: unknown) => {
        loading = undefined;
        throw cause;
      },
    ));
  return {
    get current() {
      return current;
    },
    load,
    prefetch() {
      if (current === undefined) load().catch(() => undefined);
    },
    provide(part) {
      current = part;
    },
  };
}
