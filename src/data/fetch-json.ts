/**
 * One GET of a JSON URL, with each way it can fail told apart: unreachable,
 * an HTTP error status, or a body that is not JSON. Aborting is not a
 * failure: it rejects with the signal's reason, as fetch does.
 */
import { parseJsonText } from './json-text.js';
import type { SourceFailure } from './source-failure.js';

export type FetchJsonResult =
  | { readonly kind: 'json'; readonly value: unknown; readonly etag?: string }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'failure'; readonly failure: SourceFailure };

export interface FetchJsonOptions {
  readonly signal: AbortSignal;
  /** The ETag of the copy already held; sent as `If-None-Match`, so the server may answer 304. */
  readonly etag?: string | undefined;
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
  403: ' (sign in, or check access to it)',
  404: ' (check the src URL)',
};

export async function fetchJson(url: string, { signal, etag }: FetchJsonOptions): Promise<FetchJsonResult> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (etag !== undefined) headers['If-None-Match'] = etag;
  let response: Response;
  try {
    // Revalidate every time: a dashboard must not show a heuristically cached copy. With our own
    // If-None-Match the HTTP cache is bypassed, so a 304 reaches us instead of a cached 200.
    response = await fetch(url, { signal, headers, cache: etag === undefined ? 'no-cache' : 'no-store' });
  } catch (cause) {
    if (signal.aborted) throw signal.reason ?? cause;
    return failure({ kind: 'network', message: `Could not reach ${url} (offline, or blocked by CORS)`, url });
  }

  if (response.status === 304) return { kind: 'not-modified' };
  if (!response.ok) {
    // The error page's body is of no use; do not keep the connection busy downloading it.
    response.body?.cancel().catch(() => undefined);
    const reason = response.statusText || REASONS[response.status] || '';
    return failure({
      kind: 'http',
      message: `${url} answered ${response.status}${reason ? ` ${reason}` : ''}${HINTS[response.status] ?? ''}`,
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
