/**
 * One GET of a JSON URL, with each way it can fail told apart: unreachable or
 * blocked (CORS), an HTTP error status (401 and 403 naming sign-in and
 * permission), a body that is too large, or one that is not JSON (an HTML
 * login page, truncated JSON). The page may build the Request itself
 * (`RequestBuilder`). Aborting is not a failure: it rejects with the
 * signal's reason, as fetch does (a timeout is the caller's signal too).
 *
 * Every request revalidates through the browser's HTTP cache (`cache:
 * 'no-cache'`): the browser sends the ETag or Last-Modified it holds, and an
 * unchanged body answered with 304 is not downloaded again.
 */
import { refusedUrl } from '../core/url.js';
import { parseJsonText } from './json-text.js';
import type { SourceFailure } from './source-failure.js';
import { authorWords, type AuthorKey } from '../i18n/author.js';
import { withWords, type Words } from '../i18n/words.js';

export type FetchJsonResult =
  /** `text`: the body as received, to tell an unchanged response from a new one. */
  | { readonly kind: 'json'; readonly value: unknown; readonly text: string }
  /** `retryAfter`: the response's `Retry-After` header, if it had one. */
  | { readonly kind: 'failure'; readonly failure: SourceFailure; readonly retryAfter?: string };

/**
 * Builds the Request for a URL, e.g. to add an `Authorization` header. `init` holds what the
 * controller would send: `method`, `headers` (`Accept`), `credentials`, `cache` and `signal`;
 * build on it, e.g. `new Request(url, init)`, then `request.headers.set('Authorization', …)`.
 * Whatever it returns, the controller puts its own `signal` (combined with the Request's), its
 * `cache` mode (`no-cache`: revalidate) and, unless the Request has one, `Accept` back on it; the
 * rest (URL, method, credentials, other headers) is the function's. It may be async (fetch a token first).
 */
export type RequestBuilder = (url: string, init: RequestInit) => Request | Promise<Request>;

export interface FetchJsonOptions {
  /** Aborts the request; a `TimeoutError` reason is reported by the caller as a timeout. */
  readonly signal: AbortSignal;
  /** The largest body read, in bytes (its Content-Length, else as read); past it reading stops with a failure. */
  readonly maxBytes: number;
  /** Whether cookies and HTTP auth go with the request; fetch's default is `same-origin`. */
  readonly credentials?: RequestCredentials | undefined;
  /** Builds the Request instead of the plain GET. */
  readonly request?: RequestBuilder | undefined;
}

/** HTTP/2 responses carry no reason phrase, so the common ones are spelled out here. */
const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The hint after a status that names what to do, for the page's author. */
const HINTS: Readonly<Record<number, AuthorKey>> = { 401: 'fetch.hint.signIn', 403: 'fetch.hint.forbidden', 404: 'fetch.hint.notFound' };

/** "https://… answered 404 Not Found (check the src URL)". */
function answered(url: string, status: string, hint: Words | undefined): Words {
  return hint ? authorWords('fetch.httpWithHint', { url, status, hint }) : authorWords('fetch.http', { url, status });
}

function hintWords(status: number): Words | undefined {
  const key = HINTS[status];
  return key && authorWords(key as 'fetch.hint.signIn');
}

/** Request headers a cross-origin server need not allow in `Access-Control-Allow-Headers`. */
const SAFELISTED_HEADERS: ReadonlySet<string> = new Set(['accept', 'accept-language', 'content-language', 'content-type']);

export async function fetchJson(url: string, options: FetchJsonOptions): Promise<FetchJsonResult> {
  const { signal, maxBytes, credentials = 'same-origin', request } = options;
  const headers = new Headers({ Accept: 'application/json' });
  // Revalidate every time: a dashboard must not show a heuristically cached copy.
  const cache: RequestCache = 'no-cache';
  const init: RequestInit = { method: 'GET', headers, credentials, cache, signal };

  // Checked before anything is sent, so a javascript: or data: src never reaches fetch (nor the page's CSP).
  const refused = refusedUrl(url, document.baseURI);
  if (refused !== undefined) return failure({ kind: 'url', ...withWords(refused), url });

  let sent: { input: string | Request; init: RequestInit };
  if (request) {
    const built = await buildRequest(url, init, request, signal);
    if (!(built instanceof Request)) return built;
    const refusedBuilt = refusedUrl(built.url, document.baseURI);
    if (refusedBuilt !== undefined) return failure({ kind: 'url', ...withWords(authorWords('fetch.refusedBuilt', { refused: refusedBuilt })), url });
    sent = { input: built, init: ownedParts(built, cache, signal) };
  } else {
    sent = { input: url, init };
  }

  let response: Response;
  try {
    response = await fetch(sent.input, sent.init);
  } catch (cause) {
    if (signal.aborted) throw signal.reason ?? cause;
    if (sent.init.signal?.aborted) return failure({ kind: 'network', ...withWords(abortedByRequest(url, sent.init.signal.reason)), url });
    return failure({ kind: 'network', ...withWords(unreachable(url, sent)), url });
  }

  if (response.type === 'opaque' || response.type === 'opaqueredirect') {
    // Only a request function can ask for these (mode "no-cors", redirect "manual").
    return failure({ kind: 'network', ...withWords(authorWords('fetch.opaque', { url, mode: '"no-cors"', redirect: '"manual"' })), url });
  }
  if (!response.ok) {
    // The error page's body is of no use; do not keep the connection busy downloading it.
    response.body?.cancel().catch(() => undefined);
    const reason = response.statusText || REASONS[response.status] || '';
    const retryAfter = response.headers.get('Retry-After');
    return {
      kind: 'failure',
      failure: {
        kind: 'http',
        ...withWords(answered(url, `${response.status}${reason ? ` ${reason}` : ''}`, hint(response.status, sent))),
        status: response.status,
        url,
      },
      ...(retryAfter !== null && { retryAfter }),
    };
  }

  let text: string | FetchJsonResult;
  try {
    text = await readText(response, url, maxBytes);
  } catch (cause) {
    if (signal.aborted) throw signal.reason ?? cause;
    return failure({ kind: 'network', ...withWords(authorWords('fetch.lostConnection', { url })), url });
  }
  signal.throwIfAborted();
  if (typeof text !== 'string') return text;

  const contentType = response.headers.get('Content-Type');
  if (isCsv(url, contentType)) {
    // CSV is read into records by d3-dsv, loaded the first time a page fetches one.
    const { parseCsvText } = await import('./csv-text.js');
    signal.throwIfAborted();
    const csv = parseCsvText(text, url);
    return csv.ok ? { kind: 'json', value: csv.value, text } : failure({ kind: 'parse', message: csv.message, words: csv.words, url });
  }
  const parsed = parseJsonText(text, { subject: url, url, contentType });
  if (!parsed.ok) return { kind: 'failure', failure: parsed.failure };
  return { kind: 'json', value: parsed.value, text };
}

/** A `text/csv` answer, or one from a URL whose path ends in `.csv`. */
function isCsv(url: string, contentType: string | null): boolean {
  return /^\s*text\/csv/i.test(contentType ?? '') || /\.csv$/i.test(new URL(url, document.baseURI).pathname);
}

/** The body as text, read as a stream so that a body past `maxBytes` is never read whole. */
async function readText(response: Response, url: string, maxBytes: number): Promise<string | FetchJsonResult> {
  const tooLarge = (): FetchJsonResult =>
    failure({ kind: 'too-large', ...withWords(authorWords('fetch.tooLarge', { url, size: sizeInWords(maxBytes), attribute: 'max-bytes' })), url });
  const body = response.body;
  if (!body) return '';
  const declared = Number(response.headers.get('Content-Length') ?? NaN);
  if (declared > maxBytes) {
    body.cancel().catch(() => undefined);
    return tooLarge();
  }
  // A declared size within the cap: let the browser read it whole (reading it as a stream to its last
  // byte can still leave the request cancelled, when the stream is dropped before the network says it is done).
  if (declared <= maxBytes) return response.text();
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** A byte count in the largest unit that keeps it at 1 or more, to a tenth: "1.5 kilobytes". */
function sizeInWords(bytes: number): Words {
  const [unit, scale] = bytes >= 1e6 ? (['megabyte', 1e6] as const) : bytes >= 1e3 ? (['kilobyte', 1e3] as const) : (['byte', 1] as const);
  return authorWords('fetch.size', { unit, amount: Math.round((bytes / scale) * 10) / 10 });
}

const failure = (failure: SourceFailure): FetchJsonResult => ({ kind: 'failure', failure });

/** Runs the page's request function; what it throws or returns instead of a Request is a failure. */
async function buildRequest(url: string, init: RequestInit, request: RequestBuilder, signal: AbortSignal): Promise<Request | FetchJsonResult> {
  let built: unknown;
  try {
    built = await request(url, init);
  } catch (cause) {
    if (signal.aborted) throw signal.reason ?? cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    return failure({ kind: 'network', ...withWords(authorWords('fetch.requestFailed', { url, reason })), url });
  }
  signal.throwIfAborted();
  if (built instanceof Request) return built;
  const what = built === null ? 'null' : typeof built === 'object' ? 'an object' : typeof built;
  return failure({ kind: 'network', ...withWords(authorWords('fetch.requestReturned', { url, what })), url });
}

/** What the controller keeps for itself on a Request the page built: the signal and the cache mode (revalidation). */
function ownedParts(built: Request, cache: RequestCache, signal: AbortSignal): RequestInit {
  const headers = new Headers(built.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  return { headers, cache, signal: AbortSignal.any([signal, built.signal]) };
}

const crossOrigin = (url: string): boolean => new URL(url, document.baseURI).origin !== location.origin;

/** fetch rejected with a TypeError: the browser does not say why, so name what to check. */
function unreachable(url: string, sent: { input: string | Request; init: RequestInit }): Words {
  const base = authorWords('fetch.unreachable', { url });
  const target = sent.input instanceof Request ? sent.input.url : url;
  let isCrossOrigin: boolean;
  try {
    isCrossOrigin = crossOrigin(target);
  } catch {
    return authorWords('fetch.invalidUrl', { url });
  }
  // The browser does not say which: no network, a redirect loop (it gives up after 20), or a redirect to
  // another origin (typically a sign-in page) that does not allow this page to read it.
  if (!isCrossOrigin) return authorWords('fetch.unreachableSameOrigin', { url, header: 'Access-Control-Allow-Origin' });
  const credentials = sent.init.credentials ?? (sent.input instanceof Request ? sent.input.credentials : 'same-origin');
  const headers = new Headers(sent.init.headers);
  const unsafe = [...headers.keys()].filter((name) => !SAFELISTED_HEADERS.has(name));
  const needs = [`Access-Control-Allow-Origin: ${location.origin}`, ...(credentials === 'include' ? ['Access-Control-Allow-Credentials: true'] : [])];
  return unsafe.length > 0
    ? authorWords('fetch.unreachableCorsAllow', { reason: base, headers: needs, names: unsafe, allowHeader: 'Access-Control-Allow-Headers' })
    : authorWords('fetch.unreachableCors', { reason: base, headers: needs });
}

function abortedByRequest(url: string, reason: unknown): Words {
  return reason instanceof DOMException && reason.name === 'TimeoutError'
    ? authorWords('fetch.timeoutByRequest', { url })
    : authorWords('fetch.abortedByRequest', { url });
}

/** After 401: say why no sign-in reached the server when the credentials mode kept the cookies back. */
function hint(status: number, sent: { input: string | Request; init: RequestInit }): Words | undefined {
  if (status !== 401) return hintWords(status);
  const credentials = sent.input instanceof Request ? sent.input.credentials : (sent.init.credentials ?? 'same-origin');
  const target = sent.input instanceof Request ? sent.input.url : sent.input;
  const hasAuthorization = new Headers(sent.init.headers).has('Authorization');
  if (hasAuthorization) return authorWords('fetch.hint.refused');
  if (credentials === 'omit') return authorWords('fetch.hint.omit', { attribute: 'credentials="omit"' });
  if (credentials === 'same-origin' && crossOrigin(target)) return authorWords('fetch.hint.crossOrigin', { attribute: 'credentials="include"' });
  return hintWords(401);
}
