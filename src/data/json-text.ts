/**
 * JSON text → value, with failures people can act on. The body is read as
 * text first so an HTML login page, an empty body and truncated JSON each get
 * their own sentence instead of the parser's "Unexpected token <".
 */
import { findJsonSyntaxError } from './json-syntax-error.js';
import type { SourceFailure } from './source-failure.js';

export type JsonTextResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly failure: SourceFailure };

export interface JsonTextOrigin {
  /** How the text is named in messages: the URL as written, or "The inline JSON". */
  readonly subject: string;
  /** Set when the text is an HTTP response body. */
  readonly url?: string;
  /** The response's Content-Type. */
  readonly contentType?: string | null;
}

export function parseJsonText(text: string, origin: JsonTextOrigin): JsonTextResult {
  const fail = (message: string): JsonTextResult => ({
    ok: false,
    failure: { kind: 'parse', message, ...(origin.url !== undefined && { url: origin.url }) },
  });
  const trimmed = text.trim();
  if (trimmed === '') return fail(`${origin.subject} is empty, not JSON`);
  let value: unknown;
  try {
    // A body that parses as JSON is JSON, whatever its Content-Type says (servers label JSON text/html too).
    value = JSON.parse(trimmed);
  } catch (cause) {
    const type = origin.contentType?.toLowerCase() ?? '';
    if (origin.url !== undefined && (trimmed.startsWith('<') || type.includes('html'))) {
      // A markup body behind a JSON URL is nearly always a sign-in, proxy or error page.
      return type.includes('xml') && !type.includes('html')
        ? fail(`${origin.subject} returned XML, not JSON`)
        : fail(`${origin.subject} returned HTML, not JSON (a login or error page?)`);
    }
    return fail(`${origin.subject} is not valid JSON: ${describeSyntaxError(text, cause)}`);
  }
  return { ok: true, value };
}

/**
 * Where and why parsing stopped, in our words: the parser's own message differs per engine,
 * often has no position, and may read "Unexpected token".
 */
function describeSyntaxError(text: string, cause: unknown): string {
  const start = text.length - text.trimStart().length;
  const error = findJsonSyntaxError(text, start, text.trimEnd().length);
  if (error === undefined) return cause instanceof Error ? cause.message : String(cause);
  const where = `line ${error.line}, column ${error.column}`;
  return error.truncated ? `it ends too early, at ${where} (cut off?)` : `unexpected ${JSON.stringify(error.found)} at ${where}`;
}
