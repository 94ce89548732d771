/**
 * The kit's words, in the page's language. DOM-free and Lit-free: it runs in node, in SSR and in
 * the browser, and configures nothing global that a host page's own localisation could clash with.
 *
 * ## How the elements use it
 *
 * 1. Resolve the locale as today: the element's `locale` attribute, else the nearest `lang` up the
 *    tree across shadow roots, else `navigator.language` (`KpiElement.resolveLocale`).
 * 2. In `willUpdate`, call `ensureMessages(locale)`. English is built in; any other catalogue is a
 *    dynamic `import()` (its own chunk in the npm build and the CDN loader), made once per page.
 *    Until it arrives, `formatMessage` answers in English, so the first render never waits.
 * 3. When the promise resolves (or `onMessagesChange` fires, after a page override), call
 *    `requestUpdate()`: the element renders again in its language. Core functions
 *    (`evaluateStatus`, `describeKpi`, `assessPace`, `checkHygiene`, …) take the locale they already
 *    take for numbers and call `formatMessage(locale, key, values)` instead of building English.
 * 4. Two elements in two locales on one page each pass their own locale: nothing is global but the
 *    cache of loaded catalogues and the page's overrides.
 *
 * ## Fallback
 *
 * `de-AT` → `de` → `en`; `pt-BR` → `en`; `ar-EG` → `ar`; a malformed tag → `en`; never an error.
 * Plurals, numbers and lists use the full requested tag (`ar-EG` writes Arabic-Indic digits),
 * only the words come from the nearest catalogue.
 *
 * ## The page's own words
 *
 * `setKpiMessages({ 'status.level.good': 'green' })` replaces a message in every locale;
 * `setKpiMessages({ 'status.level.good': 'grün' }, { locale: 'de' })` in one (and its regions).
 * Lookup order: override for the exact tag, then its shorter tags (`de-AT`, `de`), then the
 * all-locale override, then the catalogue, then English. It is plain data, no `eval`, so it works
 * from a module script under a strict CSP. Band labels from the document are shown as given.
 *
 * ## Chunk weights
 *
 * Minified ESM, gzip -9, measured 2026-12-02 with
 * `npx esbuild src/i18n/<file>.ts --bundle --minify --format=esm | gzip -9 -c | wc -c`:
 * de 9,430 B · fr 9,483 B · es 8,980 B · ja 10,037 B · ar 11,764 B (each its own chunk, loaded on first use).
 * English comes in three parts: `en-core.ts` 3,012 B, built into every element; `en-author.ts` 1,963 B,
 * with the data layer (`author.ts`, with the parser, 3,284 B, is all `<kpi-source>` carries); `en-board.ts`
 * 3,756 B, added by a board's code (`addEnglish`). This module with the parser, `en-core` and `en-author`:
 * 7,323 B (`npx esbuild src/i18n/index.ts --bundle --splitting --minify --format=esm --outdir=…`).
 * 341 messages each.
 */
import core from './en-core.js';
import viewKeys from './en-view-keys.js';
// en.ts (every key, for the types and the tests) is not imported: a board's words come with its code.
import { cached, formatParsed, formatToString, safe, type ParsedMessage } from './message-format.js';
import { overrides, parse, parseOr } from './store.js';
import { wordsToText, type Words, type WordsArgument } from './words.js';
import type { Catalogue, MessageKey, MessageOverrides, MessageValues, ValuesArgument } from './types.js';

export type { Catalogue, MessageKey, MessageOverrides, MessageValues } from './types.js';
export type { Words } from './words.js';
export { parseMessage, placeholdersOf, pluralBranchesOf, MessageSyntaxError } from './message-format.js';

/** The locales with a catalogue. English is built in; the others load on first use. */
export const KIT_LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'ar'] as const;
export type KitLocale = (typeof KIT_LOCALES)[number];

/** Each catalogue's chunk: a literal `import()` per file, so bundlers split one chunk per language. */
const LOADERS: Readonly<Record<Exclude<KitLocale, 'en'>, () => Promise<{ default: Catalogue }>>> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  ja: () => import('./ja.js'),
  ar: () => import('./ar.js'),
};

const canonicalTags = new Map<string, string | undefined>();

/** The canonical tag, or undefined when it is not a valid BCP 47 tag. Cached: every message asks. */
function canonical(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  if (canonicalTags.has(locale)) return canonicalTags.get(locale);
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(locale)[0];
  } catch {
    tag = undefined;
  }
  if (canonicalTags.size > 256) canonicalTags.clear();
  canonicalTags.set(locale, tag);
  return tag;
}

/** The tag and its shorter forms, longest first: `de-Latn-AT` → `de-Latn-AT`, `de-Latn`, `de`. */
function chain(locale: string | undefined): string[] {
  const tag = canonical(locale);
  if (!tag) return [];
  const parts = tag.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/** The catalogue a locale speaks: the nearest kit locale by its language, else `en`. Never throws. */
export function resolveMessageLocale(locale: string | undefined): KitLocale {
  for (const tag of chain(locale)) {
    const language = tag.toLowerCase();
    if ((KIT_LOCALES as readonly string[]).includes(language)) return language as KitLocale;
  }
  return 'en';
}

/**
 * The English words at hand: every element's (`en-core.ts`); a KPI view's (`en-view.ts`), a trend's and a board's
 * (`en-trend.ts`, `en-board.ts`) join them when their code loads (`addEnglish`). The page's author's (`en-author.ts`)
 * are said by `author.ts`, with the data layer.
 */
const english: Record<string, string> = { ...core };
/** Keys of the English words that live elsewhere (see above): a page may set them before their code loads. */
const VIEW_KEYS: ReadonlySet<string> = new Set(viewKeys);
const LATER_KEYS = /^(trend|legend|lane|table|board|goal|tally|detail|lead|hygiene|json|csv|expression|url|stream|fetch|loader|source|times|diagnostic)\./;

/** Adds English words that load with the code that says them (`en-trend.ts` with a trend's, `en-board.ts` with a board's). */
export function addEnglish(words: Readonly<Record<string, string>>): void {
  Object.assign(english, words);
}

/** The loaded translations; English is always here. */
const loaded = new Map<KitLocale, Catalogue>();
const loading = new Map<KitLocale, Promise<Catalogue>>();
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((listener) => listener());

/**
 * Loads the catalogue `locale` speaks, once; resolves to it. A catalogue that fails to load leaves
 * the locale in English (and may be tried again later). Notifies `onMessagesChange` listeners.
 */
export function ensureMessages(locale: string | undefined): Promise<Catalogue> {
  const kit = resolveMessageLocale(locale);
  const ready = kit === 'en' ? (english as Catalogue) : loaded.get(kit);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(kit);
  if (!pending) {
    pending = LOADERS[kit as Exclude<KitLocale, 'en'>]()
      .then((module) => {
        loaded.set(kit, module.default);
        notify();
        return module.default;
      })
      .catch(() => {
        loading.delete(kit);
        return english as Catalogue;
      });
    loading.set(kit, pending);
  }
  return pending;
}

/** Whether the words for `locale` are here, so `formatMessage` speaks it rather than English. */
export function hasMessages(locale: string | undefined): boolean {
  const kit = resolveMessageLocale(locale);
  return kit === 'en' || loaded.has(kit);
}

/** Calls `listener` when a catalogue arrives or the page's overrides change; returns the unsubscribe. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface SetMessagesOptions {
  /** The locale the words are for (`de`, `de-AT`); omitted: every locale. */
  readonly locale?: string;
}

/**
 * Replaces messages with the page's own words, for one locale or for all. Later calls add to
 * earlier ones; a message set to `undefined` goes back to the kit's. Unknown keys and messages that
 * do not parse are ignored and returned, so a page author can see what did not take.
 *
 * ```js
 * import { setKpiMessages } from 'kpi-kit/i18n.js';
 * setKpiMessages({ 'status.level.good': 'green', 'status.level.warning': 'amber', 'status.level.critical': 'red' });
 * setKpiMessages({ 'status.level.good': 'grün' }, { locale: 'de' });
 * ```
 */
export function setKpiMessages(messages: MessageOverrides, options: SetMessagesOptions = {}): { readonly ignored: readonly string[] } {
  if (messages === null || typeof messages !== 'object') return { ignored: [] };
  const scope = options.locale === undefined ? '*' : (canonical(options.locale) ?? options.locale);
  const next: Record<string, string | undefined> = { ...overrides.get(scope) };
  const ignored: string[] = [];
  for (const [key, text] of Object.entries(messages) as [string, string | undefined][]) {
    if (!(key in english) && !VIEW_KEYS.has(key) && !LATER_KEYS.test(key)) {
      ignored.push(key);
    } else if (text === undefined) {
      delete next[key];
    } else if (typeof text !== 'string' || parse(text) === null) {
      ignored.push(key);
    } else {
      next[key] = text;
    }
  }
  overrides.set(scope, next);
  notify();
  return { ignored };
}

/** Removes the page's overrides: for one locale, or with no argument, all of them. */
export function resetKpiMessages(options: SetMessagesOptions = {}): void {
  if (options.locale === undefined) overrides.clear();
  else overrides.delete(canonical(options.locale) ?? options.locale);
  notify();
}

/** The message text in force for `key` in `locale`, after overrides and fallback (`english`, else the key). */
export function messageText(locale: string | undefined, key: MessageKey, englishText: string | undefined = english[key]): string {
  for (const tag of chain(locale)) {
    const text = overrides.get(tag)?.[key];
    if (text !== undefined) return text;
  }
  const all = overrides.get('*')?.[key];
  if (all !== undefined) return all;
  return loaded.get(resolveMessageLocale(locale))?.[key] ?? englishText ?? key;
}

/** The message `key` of the built-in English (`en-core.ts`) with `values`, kept as `Words` to be worded where it is shown. */
export function messageWords<K extends MessageKey>(key: K, ...[values]: WordsArgument<K>): Words {
  return { key, english: english[key] ?? key, values: (values ?? {}) as Words['values'] };
}

/**
 * Words kept as key and values (a failure's details, a validation problem) in `locale`: its
 * catalogue if loaded, else the English they carry; the page's words first. Never throws.
 */
export function formatWords(locale: string | undefined, words: Words): string {
  return wordsToText(words, canonical(locale), (w) => messageText(locale, w.key, w.english));
}

function parsedMessage(locale: string | undefined, key: MessageKey): ParsedMessage {
  return parseOr(messageText(locale, key), english[key] ?? key);
}

/**
 * The message `key` in `locale` with `values`, as one string. Numbers, plurals and lists follow
 * `locale` itself (so `ar-EG` has its digits); the words come from its catalogue if loaded, else
 * English (call `ensureMessages` first and render again when it resolves). Never throws.
 */
export function formatMessage<K extends MessageKey>(locale: string | undefined, key: K, ...[values]: ValuesArgument<K>): string {
  return formatToString(canonical(locale), parsedMessage(locale, key), values ?? {});
}

/**
 * The same as parts, for templates: a value that is not a string, number or string array (a Lit
 * `html` result, a node) is passed through where its placeholder stands, e.g. `{date}` as a `<time>`.
 */
export function formatMessageToParts<K extends MessageKey>(
  locale: string | undefined,
  key: K,
  values: {
    readonly [P in keyof MessageValues<K>]: MessageValues<K>[P] | object;
  },
): unknown[] {
  return formatParsed(canonical(locale), parsedMessage(locale, key), values);
}

/** A bound formatter for one locale: `messagesFor('de').format('status.level.good')`. */
export function messagesFor(locale: string | undefined): {
  readonly locale: KitLocale;
  readonly ready: boolean;
  format<K extends MessageKey>(key: K, ...values: ValuesArgument<K>): string;
} {
  return {
    locale: resolveMessageLocale(locale),
    ready: hasMessages(locale),
    format: (key, ...values) => formatMessage(locale, key, ...values),
  };
}

/** Joins clauses with the locale's clause separator (`text.clauses`): "a, b, c"; "a、b、c" in Japanese. */
export function joinClauses(locale: string | undefined, clauses: readonly string[]): string {
  return clauses.filter((c) => c !== '').reduce((first, next) => (first === '' ? next : formatMessage(locale, 'text.clauses', { first, next })), '');
}

/** Joins sentences with the locale's sentence separator (`text.sentences`): a space, none in Japanese. */
export function joinSentences(locale: string | undefined, sentences: readonly string[]): string {
  return sentences.filter((s) => s !== '').reduce((first, next) => (first === '' ? next : formatMessage(locale, 'text.sentences', { first, next })), '');
}

export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'quarter';

interface DurationFormatLike {
  format(duration: Partial<Record<string, number>>): string;
}
type DurationFormatConstructor = new (locale: string | undefined, options: { style: 'long' }) => DurationFormatLike;

/**
 * A count of one unit in words, "3 weeks", "3 Wochen", "٣ أسابيع": `Intl.DurationFormat` where the
 * platform has it, else `Intl.NumberFormat`'s unit style (its plural forms are the platform's too).
 * Quarters, which neither knows, use the `lead.quarters` message.
 */
export function formatDuration(locale: string | undefined, count: number, unit: DurationUnit): string {
  if (unit === 'quarter') return formatMessage(locale, 'lead.quarters', { count });
  const tag = canonical(locale);
  // A board says the same few durations hundreds of times, and DurationFormat's format is slow: each text is made once.
  return cached(`text|${tag}|${unit}|${count}`, () => durationText(tag, count, unit));
}

function durationText(tag: string | undefined, count: number, unit: Exclude<DurationUnit, 'quarter'>): string {
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  // Intl objects are costly to build: each is made once per tag (and unit).
  if (DurationFormat && Number.isInteger(count) && count >= 0) {
    try {
      return cached(`duration|${tag}`, () => safe((l) => new DurationFormat(l, { style: 'long' }), tag)).format({ [`${unit}s`]: count });
    } catch {
      // The unit style below.
    }
  }
  return cached(`unit|${unit}|${tag}`, () => safe((l) => new Intl.NumberFormat(l, { style: 'unit', unit, unitDisplay: 'long' }), tag)).format(count);
}
