/**
 * Locale-aware text for KPI numbers, changes, dates and ages, all through Intl.
 * Never throws: a bad locale falls back to the default locale, and number
 * options Intl rejects fall back to plain decimals.
 */
import type { NumberFormatInput } from './document.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './time.js';
import { formatMessage } from '../i18n/index.js';
import '../i18n/view-words.js';

export interface Formatters {
  /** The locale in use, after fallback; `undefined` means the host default. */
  readonly locale: string | undefined;
  /** The KPI value in its document format, followed by the document's unit word if the format has no unit of its own. */
  value(value: number): string;
  /**
   * The value split into its number and the unit that follows it (the document's
   * unit word, or an Intl unit or currency name printed after the number), so
   * the unit can be set smaller. `unit` is empty when nothing follows the number.
   * `separator` is what Intl prints between them (nothing in `27.1%`, a space in
   * `33.5 hr`, a no-break space in `12,00 €`), so that the three joined read as Intl's text.
   */
  valueParts(value: number): { readonly number: string; readonly separator: string; readonly unit: string };
  /** A scale label: the value's style (percent, currency, unit) in short form, without the unit word: `40%`, `€120K`, `1.5`. */
  tick(value: number): string;
  /** A change in the KPI's format, always signed except for zero: `+12 tickets`, `-3.5%`. */
  delta(change: number): string;
  /**
   * A rate of change (per day, week or month) with at least two significant digits, so a slow move never
   * prints as 0: `+0.047 tickets`, and for a rate in points, `+0.047 pts`.
   */
  rate(change: number): string;
  /** True when the KPI is a rate (percent style): its changes read best in percentage points. */
  readonly isRate: boolean;
  /**
   * A change of a rate in percentage points, one fraction digit: 0.013 → `+1.3 pts`; unsigned: `1.3 pts`; 0.01 → `+1 pt`.
   * Any finite change prints its digits, even one whose hundredfold is beyond the range of numbers (1.7e308 → `17,000…000 pts`).
   */
  points(change: number, signed?: boolean): string;
  /** A relative change (0.053 → `+5.3%`), one fraction digit. */
  percentChange(fraction: number): string;
  /** A UTC calendar date (document dates are UTC dates), medium style: `Sep 30, 2026`. Empty for an invalid time. */
  date(time: number): string;
  /** How long before (or after) `now` a time is, in the largest whole unit: `3 hours ago`, `yesterday`. Empty for an invalid time. */
  relativeAge(time: number, now: number): string;
  /** Items joined as a conjunction: `a, b, and c`. */
  list(items: readonly string[]): string;
}

/** `make()`'s result, made on the first call and kept. */
function firstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** Styles that already print their own unit, so the document's unit word would repeat it. */
const SELF_UNITED = new Set(['unit', 'currency', 'percent']);

export function createFormatters(locale: string | undefined, kpiFormat?: NumberFormatInput, unit?: string): Formatters {
  const tag = resolveLocale(locale);
  const base = numberOptions(kpiFormat);
  const valueFormat = numberFormat(tag, base);
  // Made on first use: a card asks for two or three of these, and each constructor costs a locale-data lookup.
  const deltaFormat = firstUse(() => numberFormat(tag, { ...base, signDisplay: 'exceptZero' }));
  // Ticks are round values: as few digits as they need, large ones compact.
  const { minimumFractionDigits: _min, maximumFractionDigits: _max, ...tickBase } = base;
  const tickFormat = firstUse(() => numberFormat(tag, { ...tickBase, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }));
  const percentFormat = firstUse(() => numberFormat(tag, { style: 'percent', signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  // One decimal, but two significant digits for small moves, so 0.012 pts never prints as 0.
  const pointDigits: Intl.NumberFormatOptions = { maximumFractionDigits: 1, maximumSignificantDigits: 2, roundingPriority: 'morePrecision' };
  const pointsFormat = firstUse(() => numberFormat(tag, { ...pointDigits, signDisplay: 'exceptZero' }));
  const unsignedPointsFormat = firstUse(() => numberFormat(tag, pointDigits));
  const rateFormat = firstUse(() => numberFormat(tag, { ...base, signDisplay: 'exceptZero', maximumSignificantDigits: 2, roundingPriority: 'morePrecision' }));
  // The word goes only where Intl printed no unit (including after a fallback to decimals).
  const word = unit !== undefined && !SELF_UNITED.has(valueFormat.resolvedOptions().style) ? unit : undefined;
  const withUnit = (text: string): string => (word === undefined ? text : `${text} ${word}`);
  // "%" would read as a relative change; points say the rate itself moved.
  const points = (change: number, signed = true): string => {
    const points = change * 100;
    // The plural follows the number as it prints after rounding to a tenth: "1 pt", "1.5 pts".
    const count = Math.abs(Math.round(points * 10)) / 10;
    if (!Number.isFinite(points) && Number.isFinite(change)) {
      // Beyond ±1.8e306 a rate times 100 overflows to ∞; Intl's percent style scales in decimal, exactly.
      const percent = numberFormat(tag, { ...pointDigits, style: 'percent', ...(signed && { signDisplay: 'exceptZero' }) });
      return formatMessage(tag, 'format.points', { value: withoutPercentSign(percent.formatToParts(change)), count });
    }
    return formatMessage(tag, 'format.points', { value: (signed ? pointsFormat() : unsignedPointsFormat()).format(points), count });
  };
  return {
    locale: tag,
    value: (value) => withUnit(valueFormat.format(value)),
    valueParts: (value) => {
      if (word !== undefined) return { number: valueFormat.format(value), separator: ' ', unit: word };
      const parts = valueFormat.formatToParts(value);
      const join = (from: number, to?: number) =>
        parts
          .slice(from, to)
          .map((p) => p.value)
          .join('');
      // Only a trailing unit or currency name splits off; "45%" and "€12" stay whole.
      const tail = parts.findLastIndex((part) => part.type !== 'literal');
      const last = parts[tail];
      if (!last || (last.type !== 'unit' && last.type !== 'currency') || tail === 0) return { number: join(0), separator: '', unit: '' };
      let gap = tail;
      while (gap > 1 && parts[gap - 1]?.type === 'literal') gap--;
      return { number: join(0, gap), separator: join(gap, tail), unit: join(tail) };
    },
    tick: (value) => tickFormat().format(value),
    delta: (change) => withUnit(deltaFormat().format(change)),
    isRate: base.style === 'percent',
    points,
    rate: (change) => (base.style === 'percent' ? points(change) : withUnit(rateFormat().format(change))),
    percentChange: (fraction) => percentFormat().format(fraction),
    date: (time) => (Number.isFinite(time) ? dateFormat(tag).format(time) : ''),
    relativeAge: (time, now) => relativeAge(tag, time, now),
    list: (items) => listFormat(tag).format(items),
  };
}

/** A percent-style number without its percent sign, nor the space or direction mark that joins the sign to it (`50 %`, `٥٠٪؜`). */
function withoutPercentSign(parts: readonly Intl.NumberFormatPart[]): string {
  const sign = (i: number) => parts[i]?.type === 'percentSign';
  return parts
    .filter((part, i) => part.type !== 'percentSign' && !(part.type === 'literal' && (sign(i - 1) || sign(i + 1))))
    .map((part) => part.value)
    .join('');
}

/** The canonical form of `locale`, or `undefined` (the host default) when it is not a valid BCP 47 tag. */
export function resolveLocale(locale: string | undefined): string | undefined {
  if (locale === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

function numberOptions(format: NumberFormatInput | undefined): Intl.NumberFormatOptions {
  if (format === undefined) return {};
  // Copy known keys only, in a fixed order, so equal formats share one cache key.
  const options: Intl.NumberFormatOptions = {};
  if (format.style !== undefined) options.style = format.style;
  if (format.currency !== undefined) options.currency = format.currency;
  if (format.unit !== undefined) options.unit = format.unit;
  if (format.unitDisplay !== undefined) options.unitDisplay = format.unitDisplay;
  if (format.notation !== undefined) options.notation = format.notation;
  if (format.minimumFractionDigits !== undefined) options.minimumFractionDigits = format.minimumFractionDigits;
  // The standard's default minimum is 0, but JavaScriptCore takes it from a currency's digits (€120.0K, not €120K).
  else if (format.maximumFractionDigits !== undefined && format.notation === 'compact') options.minimumFractionDigits = 0;
  if (format.maximumFractionDigits !== undefined) options.maximumFractionDigits = format.maximumFractionDigits;
  return options;
}

// Constructing Intl objects is slow (locale data lookup); a dashboard formats thousands of numbers.
const cache = new Map<string, unknown>();
const CACHE_LIMIT = 256;

function cached<T>(kind: string, locale: string | undefined, options: object, create: () => T): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit as T;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const made = create();
  cache.set(key, made);
  return made;
}

/**
 * A number format for `options`, made once per locale and options, falling
 * back when Intl rejects them: a currency style without a currency, a unit
 * Intl does not know ("tickets"), or minimum fraction digits above the maximum.
 */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => {
    const { style: _style, currency: _currency, unit: _unit, unitDisplay: _unitDisplay, ...decimal } = options;
    for (const attempt of [options, decimal, { signDisplay: options.signDisplay }]) {
      try {
        return new Intl.NumberFormat(locale, attempt);
      } catch {
        // Try the next, plainer options.
      }
    }
    return new Intl.NumberFormat(locale);
  });
}

/** A date-time format for `options`, made once per locale and options (axis ticks ask for one per draw). */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

function dateFormat(locale: string | undefined): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** A list format, made once per locale and type: `a, b, and c` or `a, b, or c`. */
export function listFormat(locale: string | undefined, type: Intl.ListFormatType = 'conjunction'): Intl.ListFormat {
  const options: Intl.ListFormatOptions = { type, style: 'long' };
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options));
}

/** Nominal unit lengths, largest first; months and years are average lengths, enough for an age. */
const AGE_UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365.25 * MS_PER_DAY],
  ['month', 30.4375 * MS_PER_DAY],
  ['week', 7 * MS_PER_DAY],
  ['day', MS_PER_DAY],
  ['hour', MS_PER_HOUR],
  ['minute', MS_PER_MINUTE],
  ['second', 1000],
];

/**
 * Rounds to the nearest unit (6.59 years is "7 years ago", 3 h 59 min "4 hours ago"), as readers of
 * Intl.RelativeTimeFormat expect, in the largest unit that fits at least once; a count that rounds
 * up to the next unit says that unit instead (23.6 hours is "yesterday", not "24 hours ago").
 */
function relativeAge(locale: string | undefined, time: number, now: number): string {
  const elapsed = time - now;
  if (!Number.isFinite(elapsed)) return '';
  const options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
  const format = cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
  const magnitude = Math.abs(elapsed);
  const index = AGE_UNITS.findIndex(([, size], i) => {
    const smaller = AGE_UNITS[i + 1]?.[1];
    return magnitude >= size || (smaller !== undefined && Math.round(magnitude / smaller) * smaller >= size);
  });
  const [unit, length] = AGE_UNITS[index] ?? ['second', 1000];
  return format.format(Math.sign(elapsed) * Math.round(magnitude / length), unit);
}
