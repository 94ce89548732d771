import { withWords, type Words } from '../i18n/words.js';

/** One problem found in a document, and how it reads. Valibot-free, so every element can word a failure without loading the validator. */
export interface Diagnostic {
  /** JSON Pointer of the offending field; `""` is the document itself. */
  readonly path: string;
  /** What was expected and found, e.g. `expected a number, got "45%"`. */
  readonly message: string;
  /** The same problem as a message's key and values, so each element words it in its own language (`formatWords`). */
  readonly words?: Words;
  /** Where the problem is when the data was not JSON (a CSV's line and column): `path` in words. */
  readonly place?: Words;
}

/** `/target/value: expected a number, got "45%"`; the root reads as "document". */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.path || 'document'}: ${diagnostic.message}`;
}

/** A problem at `path` (a JSON Pointer) in words: its English `message` and the `words` each element says in its own language. */
export const diagnosticAt = (path: string, words: Words): Diagnostic => ({ path, ...withWords(words) });
