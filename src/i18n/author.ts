/**
 * The words for the page's author, in English (or the page's own words for every locale): the data
 * layer's failures, the mapping's and the URL check's. One fetch can serve elements in several
 * locales, so these are in none of theirs; they show under "Details for the page's author". This
 * module carries only that wording (`en-author.ts`) and the message parser, so `<kpi-source>`,
 * which shows no words of its own, does not load the catalogue.
 */
import author from './en-author.js';
import { formatToString } from './message-format.js';
import { overrides, parseOr } from './store.js';
import type { ValuesArgument } from './types.js';

export type AuthorKey = keyof typeof author;

/** The author's message `key` with `values`: the page's override for every locale, else the kit's English. Never throws. */
export function authorMessage<K extends AuthorKey>(key: K, ...[values]: ValuesArgument<K>): string {
  const message = parseOr(overrides.get('*')?.[key] ?? author[key], author[key]);
  return formatToString('en', message, values ?? {});
}
