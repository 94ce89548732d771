/**
 * JSON text → value, with failures people can act on. The body is read as
 * text first so an HTML login page, an empty body and truncated JSON each get
 * their own sentence instead of the parser's "Unexpected token <".
 */
import { findJsonSyntaxError } from './json-syntax-error.js';
import type { SourceFailure } from './source-failure.js';
import { authorWords } from '../i18n/author.js';
import { withWords, type Words } from '../i18n/words.js';

/** The inline JSON, as the subject of a sentence. */
export const INLINE_JSON: Words = authorWords('source.subject.inlineText');

export type JsonTextResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly failure: SourceFailure };

export interface JsonTextOrigin {
  /** How the text is named in messages: the URL as written, or `INLINE_JSON`. */
  readonly subject: string | Words;
  /** Set when the text is an HTTP response body. */
  readonly url?: string;
  /** The response's Content-Type. */
  readonly contentType?: string | null;
}

export function parseJsonText(text: string, origin: JsonTextOrigin): JsonTextResult {
  const fail = (words: Words): JsonTextResult => ({
    ok: false,
    failure: { kind: 'parse', ...withWords(words), ...(origin.url !== undefined && { url: origin.url }) },
  });
  const trimmed = text.trim();
  const subject = origin.subject;
  if (trimmed === '') return fail(authorWords('json.empty', { subject }));
  let value: unknown;
  try {
    // A body that parses as JSON is JSON, whatever its Content-Type says (servers label JSON text/html too).
    value = JSON.parse(trimmed);
  } catch (cause) {
    const type = origin.contentType?.toLowerCase() ?? '';
    if (origin.url !== undefined && (trimmed.startsWith('<') || type.includes('html'))) {
      // A markup body behind a JSON URL is nearly always a sign-in, proxy or error page.
      return type.includes('xml') && !type.includes('html') ? fail(authorWords('json.xml', { subject })) : fail(authorWords('json.html', { subject }));
    }
    return fail(authorWords('json.invalid', { subject, detail: describeSyntaxError(text, cause) }));
  }
  return { ok: true, value };
}

/**
 * Where and why parsing stopped, in our words: the parser's own message differs per engine,
 * often has no position, and may read "Unexpected token".
 */
function describeSyntaxError(text: string, cause: unknown): string | Words {
  const start = text.length - text.trimStart().length;
  const error = findJsonSyntaxError(text, start, text.trimEnd().length);
  if (error === undefined) return cause instanceof Error ? cause.message : String(cause);
  // Positions as the editor shows them, not as quantities ("line 1234", never "1,234").
  const [line, column] = [String(error.line), String(error.column)];
  return error.truncated
    ? authorWords('json.truncated', { line, column })
    : authorWords('json.unexpected', { found: JSON.stringify(error.found), line, column });
}
