/**
 * Validation's problems as words (key and values) with their English text, so each element shows
 * them in its own language. Loaded with the validators only (`en-diagnostics.ts`), never on a
 * valid document's path.
 */
import diagnostics from './en-diagnostics.js';
import type { Words, WordsArgument } from './words.js';

export type DiagnosticKey = keyof typeof diagnostics;

/** Validation's message `key` with `values`. */
export function diagnosticWords<K extends DiagnosticKey>(key: K, ...[values]: WordsArgument<K>): Words {
  return { key, english: diagnostics[key], values: (values ?? {}) as Words['values'] };
}

/**
 * A schema's message. valibot carries messages as strings, so this is the key, with its values
 * as JSON after a line break when it has any; `schemaWords` reads it back.
 */
export function schemaMessage<K extends DiagnosticKey>(key: K, ...[values]: WordsArgument<K>): string {
  return values ? `${key}\n${JSON.stringify(values)}` : key;
}

/** The words of a `schemaMessage`, or undefined for any other text. */
export function schemaWords(message: string): Words | undefined {
  const at = message.indexOf('\n');
  const key = at < 0 ? message : message.slice(0, at);
  if (!Object.hasOwn(diagnostics, key)) return undefined;
  const values: unknown = at < 0 ? {} : JSON.parse(message.slice(at + 1));
  return { key: key as DiagnosticKey, english: diagnostics[key as DiagnosticKey], values: values as Words['values'] };
}
