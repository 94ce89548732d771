/**
 * Which source an element reads, decided from its properties alone (pure):
 * `data`, then `source`, then `src`, then inline JSON. Also how `src` is
 * requested and how often it is read again.
 */
import type { Source, SourceHost, UrlSource } from './source-types.js';

/** Seconds a request may take, body included, unless the element sets `timeout`. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
/** The largest body read from `src` unless the element sets `max-bytes`: 5 MB, far beyond any KPI document. */
export const DEFAULT_MAX_BYTES = 5_000_000;
/** How many items a stream keeps per array it appends to, unless the host says otherwise. */
export const DEFAULT_MAX_POINTS = 100_000;

const CREDENTIALS: ReadonlySet<string> = new Set<RequestCredentials>(['omit', 'same-origin', 'include']);

type SourceProperties = Pick<SourceHost, 'data' | 'source' | 'src' | 'credentials' | 'request' | 'stream'>;

/** The source that wins, or `undefined` while the element has none. */
export function chooseSource(host: SourceProperties, inlineText: string | undefined): Source | undefined {
  const { data, src, source } = host;
  if (data !== undefined) return { origin: 'data', data };
  if (typeof source === 'string' && source.trim() !== '') return { origin: 'source', id: source.trim() };
  if (typeof src === 'string' && src.trim() !== '') {
    const { credentials, request } = host;
    return {
      origin: 'src',
      url: src,
      stream: host.stream === 'sse',
      // An unknown value would make fetch throw; fall back to fetch's default.
      credentials: typeof credentials === 'string' && CREDENTIALS.has(credentials) ? (credentials as RequestCredentials) : 'same-origin',
      request: typeof request === 'function' ? request : undefined,
    };
  }
  if (inlineText !== undefined) return { origin: 'inline', text: inlineText };
  return undefined;
}

/** Whether two choices name the same data (a changed `credentials` or `request` is the same source, asked for differently). */
export function sameSource(a: Source | undefined, b: Source | undefined): boolean {
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

export function sameRequest(a: UrlSource, b: UrlSource): boolean {
  return a.credentials === b.credentials && a.request === b.request;
}

/** Milliseconds between polls of a fetched (not streamed) `src`; 0: no polling. */
export function pollPeriodMs(source: Source | undefined, refreshSeconds: unknown): number {
  const seconds = Number(refreshSeconds);
  return source?.origin === 'src' && !source.stream && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/** A positive number from a property, else the default (`null` and `''` read as 0, `undefined` as NaN: both fall back). */
export function positiveOr(value: unknown, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}
