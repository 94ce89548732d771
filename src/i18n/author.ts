/**
 * The words for the page's author: the data layer's failures, the mapping's and the URL check's.
 * Kept as `Words` (key and values), so each element shows them in its own language under "Details
 * for the page's author" (one fetch can serve elements in several locales), and as English text
 * for `message`, events and logs. This module carries only that wording (`en-author.ts`) and the
 * message parser, so `<kpi-source>`, which shows no words of its own, does not load the catalogue.
 */
import author from './en-author.js';
import { englishText, withWords, type Words, type WordsArgument } from './words.js';

export type AuthorKey = keyof typeof author;

/** The author's message `key` with `values`, to be worded in whichever language shows it. */
export function authorWords<K extends AuthorKey>(key: K, ...[values]: WordsArgument<K>): Words {
  return { key, english: author[key], values: (values ?? {}) as Words['values'] };
}

/** The author's message `key` with `values` as English text (or the page's words for every locale). Never throws. */
export function authorMessage<K extends AuthorKey>(key: K, ...values: WordsArgument<K>): string {
  return englishText(authorWords(key, ...values));
}

/** A failure's `message` and `words` for the author's message `key`: spread into a `SourceFailure`. */
export function authorFailureWords<K extends AuthorKey>(key: K, ...values: WordsArgument<K>): { readonly message: string; readonly words: Words } {
  return withWords(authorWords(key, ...values));
}
