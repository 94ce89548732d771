/**
 * A message kept as its key and values rather than as text, so that each element can word it in
 * its own language: one fetch, one validation, may serve elements in several locales. It carries
 * its English message, so whoever shows it needs no English catalogue of its own. DOM-free and
 * Lit-free, and it loads no catalogue: the data layer and `<kpi-source>` use it.
 */
import { formatToString } from './message-format.js';
import { overrides, parseOr } from './store.js';
import type { MessageKey, MessageValues } from './types.js';

/** A message with its values; a value may be another message, worded in the same language. */
export interface Words {
  readonly key: MessageKey;
  /** The kit's English message: the fallback when a locale has no catalogue loaded. */
  readonly english: string;
  readonly values: Readonly<Record<string, WordsValue>>;
}

export type WordsValue = string | number | readonly string[] | Words;

/** The values of message `K`, where any text may be a message of its own. */
export type WordsValues<K extends MessageKey> = {
  readonly [P in keyof MessageValues<K>]: MessageValues<K>[P] | (MessageValues<K>[P] extends string | number ? Words : never);
};

/** The rest parameter of a words builder: values are optional only for a message without placeholders. */
export type WordsArgument<K extends MessageKey> = keyof MessageValues<K> extends never ? [values?: Record<string, never>] : [values: WordsValues<K>];

export const isWords = (value: unknown): value is Words => typeof value === 'object' && value !== null && 'key' in value && 'english' in value;

/**
 * Words as text: the message in force for each key (`textOf`), formatted with `locale`'s grammar,
 * nested messages first. Never throws.
 */
export function wordsToText(words: Words, locale: string | undefined, textOf: (words: Words) => string): string {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(words.values)) values[name] = isWords(value) ? wordsToText(value, locale, textOf) : value;
  return formatToString(locale, parseOr(textOf(words), words.english), values);
}

/** Words in English, or in the page's own words for every locale: what logs, events and `message` carry. */
export function englishText(words: Words): string {
  return wordsToText(words, 'en', (w) => overrides.get('*')?.[w.key] ?? w.english);
}

/** A result's `message` (English, for events and logs) with the `words` an element shows in its own language. */
export const withWords = (words: Words): { readonly message: string; readonly words: Words } => ({ message: englishText(words), words });
