/**
 * What the kit's words share at run time, apart from the catalogues: the page's own words
 * (`setKpiMessages`) and the parsed messages. Its own module, so the author's wording (`author.ts`)
 * reads the page's words without loading every catalogue entry.
 */
import { parseMessage, type ParsedMessage } from './message-format.js';
import type { MessageOverrides } from './types.js';

/** The page's words by scope: a canonical tag (`de`, `de-AT`), or `*` for every locale. */
export const overrides = new Map<string, MessageOverrides>();

const parsed = new Map<string, ParsedMessage | null>();

/** The message parsed once per text, or null when it does not parse. */
export function parse(text: string): ParsedMessage | null {
  let hit = parsed.get(text);
  if (hit === undefined) {
    try {
      hit = parseMessage(text);
    } catch {
      hit = null;
    }
    if (parsed.size > 2048) parsed.clear();
    parsed.set(text, hit);
  }
  return hit;
}

/** `text` parsed; else the kit's own `fallback` (when a page's words do not parse); else `fallback` as it is. */
export function parseOr(text: string, fallback: string): ParsedMessage {
  return parse(text) ?? parse(fallback) ?? [fallback];
}
