/**
 * One GET of a JSON URL, with each way it can fail told apart: unreachable or
 * blocked (CORS), an HTTP error status (401 and 403 naming sign-in and
 * permission), or a body that is not JSON (an HTML login page, truncated
 * JSON). The page may build the Request itself (`RequestBuilder`). Aborting
 * is not a failure: it rejects with the signal's reason, as fetch does.
 */
import { refusedUrl } from '../core/url.js';
import { parseJsonText } from './json-text.js';
import type { SourceFailure } from './source-failure.js';

export type FetchJsonResult =
  | { readonly kind: 'json'; readonly value: unknown; readonly etag?: string }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'failure'; readonly failure: SourceFailure };

/**
 * Builds the Request for a URL, e.g. to add an `Authorization` header. `init` holds what the
 * controller would send: `method`, `headers` (`Accept`, and `If-None-Match` when revalidating),
 * `credentials`, `cache` and `signal`; build on it, e.g. `new Request(url, init)`, then
 * `request.headers.set('Authorization', …)`.
 * Whatever it returns, the controller puts its own `signal` (combined with the Request's), its
 * `If-None-Match`, its `cache` mode and, unless the Request has one, `Accept` back on it; the
 * rest (URL, method, credentials, other headers) is the function's. It may be async (fetch a token first).
 */
export type RequestBuilder = (url: string, init: RequestInit) => Request | Promise<Request>;

export interface FetchJsonOptions {
  readonly signal: AbortSignal;
  /** The ETag of the copy already held; sent as `If-None-Match`, so the server may answer 304. */
  readonly etag?: string | undefined;
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

const HINTS: Readonly<Record<number, string>> = {
  401: ' (sign in, or check access to it)',
  403: ' (no permission: ask for access, or sign in with an account that has it)',
  404: ' (check the src URL)',
};

/** Request headers a cross-origin server need not allow in `Access-Control-Allow-Headers`. */
const SAFELISTED_HEADERS: ReadonlySet<string> = new Set(['accept', 'accept-language', 'content-language', 'content-type']);

export async function fetchJson(url: string, options: FetchJsonOptions): Promise<FetchJsonResult> {
  const { signal, etag, credentials = 'same-origin', request } = options;
  const headers = new Headers({ Accept: 'application/json' });
  if (etag !== undefined) headers.set('If-None-Match', etag);
  // Revalidate every time: a dashboard must not show a heuristically cached copy. With our own
  // If-None-Match the HTTP cache is bypassed, so a 304 reaches us instead of a cached 200.
  const cache: RequestCache = etag === undefined ? 'no-cache' : 'no-store';
  const init: RequestInit = { method: 'GET', headers, credentials, cache, signal };

  // Checked before anything is sent, so a javascript: or data: src never reaches fetch (nor the page's CSP).
  const refused = refusedUrl(url, document.baseURI);
  if (refused !== undefined) return failure({ kind: 'url', message: refused, url });

  let sent: { input: string | Request; init: RequestInit };
  if (request) {
    const built = await buildRequest(url, init, request, signal);
    if (!(built instanceof Request)) return built;
    const refusedBuilt = refusedUrl(built.url, document.baseURI);
    if (refusedBuilt !== undefined) return failure({ kind: 'url', message: `The request function built ${refusedBuilt}`, url });
    sent = { input: built, init: ownedParts(built, etag, cache, signal) };
  } else {
    sent = { input: url, init };
  }

  let response: Response;
  try {
    response = await fetch(sent.input, sent.init);
  } catch (cause) {
    if (signal.aborted) throw signal.reason ?? cause;
    if (sent.init.signal?.aborted) return failure({ kind: 'network', message: abortedByRequest(url, sent.init.signal.reason), url });
    return failure({ kind: 'network', message: unreachable(url, sent), url });
  }

  if (response.type === 'opaque' || response.type === 'opaqueredirect') {
    // Only a request function can ask for these (mode "no-cors", redirect "manual").
    return failure({ kind: 'network', message: `${url} gave a response the page may not read (request mode "no-cors" or redirect "manual"?)`, url });
  }
  if (response.status === 304) return { kind: 'not-modified' };
  if (!response.ok) {
    // The error page's body is of no use; do not keep the connection busy downloading it.
    response.body?.cancel().catch(() => undefined);
    const reason = response.statusText || REASONS[response.status] || '';
    return failure({
      kind: 'http',
      message: `${url} answered ${response.status}${reason ? ` ${reason}` : ''}${hint(response.status, sent)}`,
      status: response.status,
      url,
    });
  }

  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    if (signal.aborted) throw signal.reason ?? cause;
    return failure({ kind: 'network', message: `Lost the connection to ${url} while reading it`, url });
  }
  signal.throwIfAborted();

  const parsed = parseJsonText(text, { subject: url, url, contentType: response.headers.get('Content-Type') });
  if (!parsed.ok) return { kind: 'failure', failure: parsed.failure };
  const responseEtag = response.headers.get('ETag');
  return { kind: 'json', value: parsed.value, ...(responseEtag !== null && { etag: responseEtag }) };
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
    return failure({ kind: 'network', message: `The request function for ${url} failed: ${reason}`, url });
  }
  signal.throwIfAborted();
  if (built instanceof Request) return built;
  const what = built === null ? 'null' : typeof built === 'object' ? 'an object' : typeof built;
  return failure({ kind: 'network', message: `The request function for ${url} returned ${what}, not a Request`, url });
}

/** What the controller keeps for itself on a Request the page built: the signal, revalidation and the cache mode. */
function ownedParts(built: Request, etag: string | undefined, cache: RequestCache, signal: AbortSignal): RequestInit {
  const headers = new Headers(built.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (etag !== undefined) headers.set('If-None-Match', etag);
  else headers.delete('If-None-Match');
  return { headers, cache, signal: AbortSignal.any([signal, built.signal]) };
}

const crossOrigin = (url: string): boolean => new URL(url, document.baseURI).origin !== location.origin;

/** fetch rejected with a TypeError: the browser does not say why, so name what to check. */
function unreachable(url: string, sent: { input: string | Request; init: RequestInit }): string {
  const base = `Could not reach ${url}: the request was blocked or the server is unreachable`;
  const target = sent.input instanceof Request ? sent.input.url : url;
  let isCrossOrigin: boolean;
  try {
    isCrossOrigin = crossOrigin(target);
  } catch {
    return `Could not reach ${url}: it is not a valid URL`;
  }
  // A same-origin request is blocked by CORS only when it is redirected elsewhere, typically to a sign-in page.
  if (!isCrossOrigin) return `${base} (offline? or redirected to another origin, such as a sign-in page, that does not send Access-Control-Allow-Origin?)`;
  const credentials = sent.init.credentials ?? (sent.input instanceof Request ? sent.input.credentials : 'same-origin');
  const headers = new Headers(sent.init.headers);
  const unsafe = [...headers.keys()].filter((name) => !SAFELISTED_HEADERS.has(name));
  let needs = `A cross-origin API must send Access-Control-Allow-Origin: ${location.origin}`;
  if (credentials === 'include') needs += ' and Access-Control-Allow-Credentials: true';
  if (unsafe.length > 0) needs += `, and allow ${unsafe.join(', ')} in Access-Control-Allow-Headers`;
  return `${base}. ${needs}`;
}

function abortedByRequest(url: string, reason: unknown): string {
  return reason instanceof DOMException && reason.name === 'TimeoutError'
    ? `${url} did not answer in time (the request function's timeout)`
    : `The request for ${url} was aborted by the request function's signal`;
}

/** After 401: say why no sign-in reached the server when the credentials mode kept the cookies back. */
function hint(status: number, sent: { input: string | Request; init: RequestInit }): string {
  if (status !== 401) return HINTS[status] ?? '';
  const credentials = sent.input instanceof Request ? sent.input.credentials : (sent.init.credentials ?? 'same-origin');
  const target = sent.input instanceof Request ? sent.input.url : sent.input;
  const hasAuthorization = new Headers(sent.init.headers).has('Authorization');
  if (hasAuthorization) return ' (the credentials sent were refused: sign in again, or check access to it)';
  if (credentials === 'omit') return ' (sign in; with credentials="omit" no cookies are sent)';
  if (credentials === 'same-origin' && crossOrigin(target)) return ' (sign in; cookies go to another origin only with credentials="include")';
  return HINTS[401] ?? '';
}
