/** Which URLs the kit fetches: only http(s), absolute or relative to the page. Pure, so it is tested in node. */
import { authorWords } from '../i18n/author.js';
import type { Words } from '../i18n/words.js';

const FETCHED_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * Why `url` (resolved against `base`, the page's address) must not be fetched, or `undefined` when it may:
 * `javascript:`, `data:`, `vbscript:`, `file:` and every other scheme are refused before any request.
 */
export function refusedUrl(url: string, base: string): Words | undefined {
  let scheme: string;
  try {
    scheme = new URL(url, base).protocol;
  } catch {
    return authorWords('url.notUrl', { url });
  }
  if (FETCHED_SCHEMES.has(scheme)) return undefined;
  return authorWords('url.scheme', { url, scheme: `"${scheme}"` });
}
