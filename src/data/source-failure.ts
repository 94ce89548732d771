import type { Diagnostic } from '../core/diagnostic.js';
import { messageWords } from '../i18n/index.js';
import { withWords, type Words } from '../i18n/words.js';

/** Why data could not be shown. Each kind has its own wording, so "Unexpected token <" never reaches a person. */
export type SourceFailureKind =
  /**
   * No readable answer: offline, unreachable, blocked by CORS (the message names the
   * `Access-Control-Allow-*` headers a cross-origin API must send), or the page's `request`
   * function failed.
   */
  | 'network'
  /** The server answered with an HTTP error status (`status`); 401 and 403 name signing in and permission. */
  | 'http'
  /**
   * The body was not JSON: an HTML login or error page, an empty body, or invalid or truncated
   * JSON (the message gives the line and column where reading stopped).
   */
  | 'parse'
  /** A pointer in the mapping attributes did not resolve, or `transform` threw. */
  | 'mapping'
  /** The JSON was read but is not a valid KPI document. */
  | 'invalid'
  /** The `<kpi-source>` named by `source` is not on the page (or was removed). */
  | 'source'
  /** `src` is not an http(s) URL or a path on the site (`javascript:`, `data:`…): nothing was fetched. */
  | 'url'
  /** `src` did not answer, body included, within the element's `timeout`. */
  | 'timeout'
  /** The body of `src` is larger than the element's `max-bytes`: reading stopped there. */
  | 'too-large';

export interface SourceFailure {
  readonly kind: SourceFailureKind;
  /** One sentence for people, naming the URL, status or JSON path involved. */
  readonly message: string;
  /** The same as a message's key and values: what the element shows, in its own language (`formatWords`). */
  readonly words?: Words;
  /** Validation diagnostics, each with the JSON Pointer of a bad field. */
  readonly diagnostics?: readonly Diagnostic[];
  /** HTTP status, for `kind: 'http'`. */
  readonly status?: number;
  readonly url?: string;
}

/** A validation problem with its place, `/target/value: expected a number, got "45%"`, as words. */
export function diagnosticWords(diagnostic: Diagnostic): Words {
  const problem = diagnostic.words ?? diagnostic.message;
  if (diagnostic.place) return messageWords('state.diagnostic', { path: diagnostic.place, problem });
  return diagnostic.path ? messageWords('state.diagnostic', { path: diagnostic.path, problem }) : messageWords('state.diagnosticDocument', { problem });
}

/** Data that failed validation: the first problem with its JSON path, how many more there are, and all of them. */
export function invalidData(what: string, diagnostics: readonly Diagnostic[]): SourceFailure {
  const [first] = diagnostics;
  const values = { what: what === 'board' ? 'board' : 'kpi', first: first ? diagnosticWords(first) : messageWords('failure.noDetails') };
  const words =
    diagnostics.length > 1 ? messageWords('failure.invalidMore', { ...values, more: diagnostics.length - 1 }) : messageWords('failure.invalid', values);
  return { kind: 'invalid', ...withWords(words), diagnostics };
}
