/**
 * Lead time between a leading indicator and a lagging outcome: both series
 * resampled to one period, trend removed, then cross-correlated at lags
 * 0…maxLag to find how many periods the leading one runs ahead, and whether
 * that is distinguishable from noise at all.
 */
import type { KpiCadence } from './document.js';
import { CADENCES } from './vocabulary.js';
import { numberFormat, resolveLocale } from './format.js';
import { EMPTY_SERIES, type Series } from './series.js';
import { periodIndex, periodStart } from './calendar.js';
import { CADENCE_MS } from './time.js';
import { addEnglish, formatDuration, formatMessage, type DurationUnit } from '../i18n/index.js';
import analysisWords from '../i18n/en-analysis.js';

// The analysis's words join the English at hand when its code loads, after a board's lanes have painted.
addEnglish(analysisWords);

export { periodIndex, periodStart } from './calendar.js';

/** A series and, when known, its cadence. A `Kpi` fits as it is. */
export interface LeadLagInput {
  readonly series?: Series;
  readonly cadence?: KpiCadence;
}

/** How trend is removed before correlating: first differences, or not at all. */
export type Detrend = 'difference' | 'none';

export interface LeadLagOptions {
  /** The longest lag tried, in periods. Default 8; fewer when the series are too short to leave `minPairs` pairs. */
  readonly maxLag?: number;
  /** The common period. Default: the coarser cadence of the two, each declared or inferred from its points. */
  readonly period?: KpiCadence;
  /** Default `'difference'`, so two series that merely both rise do not look related. */
  readonly detrend?: Detrend;
  /** The fewest overlapping pairs a lag needs to count (at least 3). Default 12. */
  readonly minPairs?: number;
  /** Locale for the words and numbers in `phrase`, `confidence` and `reason`. Default: the host's numbers, English words. */
  readonly locale?: string;
}

/** Pearson's r over `n` pairs; `r` is NaN (undefined) when n < 2 or either side does not vary. */
export interface Correlation {
  readonly r: number;
  readonly n: number;
}

/** The correlogram, columnar: r and the number of pairs at each lag 0…maxLag. */
export interface LagProfile {
  /** r at each lag; NaN where r is undefined or the lag has fewer than `minPairs` pairs. */
  readonly r: Float64Array;
  /** Overlapping non-gap pairs at each lag. */
  readonly n: Uint32Array;
}

interface LeadLagCommon {
  /** The period both series were resampled to. */
  readonly period: KpiCadence;
  readonly detrend: Detrend;
  readonly minPairs: number;
  /** The longest lag tried after capping; −1 when no lag could reach `minPairs`. */
  readonly maxLag: number;
  readonly profile: LagProfile;
}

/** The best lag found, strong or not. */
interface BestLag {
  /** Periods by which the leading series runs ahead. */
  readonly lag: number;
  /** `lag` as a nominal duration (`CADENCE_MS` per period). */
  readonly leadMs: number;
  readonly r: number;
  /** Overlapping pairs at `lag`. */
  readonly n: number;
  /** The noise line z/√n, z corrected for the lags tried: the best |r| of unrelated series stays under it about 95 % of the time. */
  readonly noise: number;
}

export type LeadLag =
  | (LeadLagCommon &
      BestLag & {
        readonly kind: 'lead';
        /** `same` when the lagging series follows in the same direction, `inverse` when it moves the opposite way. */
        readonly relation: 'same' | 'inverse';
        /** In words, e.g. "r is 1.8× the ±2.77/√n noise line for n = 40, 9 lags tried". */
        readonly confidence: string;
        /** E.g. "leads by ~3 weeks (r = 0.72, n = 40)" or "moves opposite, ~2 weeks ahead (r = -0.61, n = 40)". */
        readonly phrase: string;
      })
  | (LeadLagCommon &
      Partial<BestLag> & {
        /** The best |r| is inside the noise line, or r is undefined at every lag (a series that does not vary). */
        readonly kind: 'no-relationship';
        readonly reason: string;
      })
  | (LeadLagCommon & {
      /** No lag has `minPairs` overlapping pairs. */
      readonly kind: 'not-enough-history';
      readonly reason: string;
      /** The most pairs found at any lag tried. */
      readonly n: number;
    });

const DEFAULT_MAX_LAG = 8;
const DEFAULT_MIN_PAIRS = 12;
/** A resampled series keeps at most this many periods, the latest ones (about 2,900 years of days). */
const MAX_PERIODS = 1 << 20;
/** A side whose spread is below this fraction of its largest magnitude is rounding error: it does not vary. */
const CONSTANT_TOLERANCE = 1e-9;

// ── Periods ──────────────────────────────────────────────────────────────────

/** Spacings at or above `CADENCE_BOUNDARIES[k]` are nearer cadence k + 1 than k on a log scale. */
const CADENCE_BOUNDARIES: readonly number[] = CADENCES.slice(1).map((coarse, k) => Math.sqrt(CADENCE_MS[coarse] * CADENCE_MS[CADENCES[k] as KpiCadence]));

/**
 * The cadence nearest the median spacing of the points' distinct times (the
 * lower median for an even count), measured on a log scale: the boundaries are
 * the geometric means of neighbouring cadences, about 2.6 days, 14.6 days and
 * 52.7 days, so 2 days is daily and 3 weekly, 2 weeks weekly and 3 monthly,
 * 7 weeks monthly and 8 quarterly. Finer than a day is daily, coarser than a
 * quarter quarterly. Gap points count: they still say when a value was due.
 * `undefined` with fewer than two distinct times. One pass, no sorting.
 */
export function inferCadence(series: Series): KpiCadence | undefined {
  // Which cadence a spacing is nearest depends only on its size, so the median's
  // cadence is the cadence holding the middle spacing: counting per cadence is enough.
  const counts = CADENCES.map(() => 0);
  let total = 0;
  let previous = NaN;
  for (let i = 0; i < series.t.length; i++) {
    const t = series.t[i] as number;
    if (!Number.isFinite(t)) continue;
    if (t > previous) {
      const spacing = t - previous;
      let nearest = 0;
      while (nearest < CADENCE_BOUNDARIES.length && spacing >= (CADENCE_BOUNDARIES[nearest] as number)) nearest++;
      counts[nearest] = (counts[nearest] as number) + 1;
      total++;
    }
    if (!(t <= previous)) previous = t;
  }
  if (total === 0) return undefined;
  let seen = 0;
  for (let k = 0; k < CADENCES.length; k++) {
    seen += counts[k] as number;
    if (seen >= Math.ceil(total / 2)) return CADENCES[k];
  }
  return undefined;
}

/** Bucket means on a contiguous run of periods: `v[i]` is the mean of period `first + i`, NaN when it is empty. */
interface Buckets {
  readonly first: number;
  readonly v: Float64Array;
}

const NO_BUCKETS: Buckets = { first: 0, v: new Float64Array(0) };

function bucketMeans(series: Series, period: KpiCadence): Buckets {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < series.t.length; i++) {
    if (Number.isNaN(series.v[i])) continue;
    const index = periodIndex(series.t[i] as number, period);
    if (index < first) first = index;
    if (index > last) last = index;
  }
  if (!(last >= first)) return NO_BUCKETS;
  first = Math.max(first, last - MAX_PERIODS + 1);
  const sums = new Float64Array(last - first + 1);
  const counts = new Uint32Array(sums.length);
  for (let i = 0; i < series.t.length; i++) {
    const value = series.v[i] as number;
    if (Number.isNaN(value)) continue;
    const index = periodIndex(series.t[i] as number, period);
    if (!(index >= first)) continue;
    sums[index - first] = (sums[index - first] as number) + value;
    counts[index - first] = (counts[index - first] as number) + 1;
  }
  for (let i = 0; i < sums.length; i++) sums[i] = counts[i] === 0 ? NaN : (sums[i] as number) / (counts[i] as number);
  return { first, v: sums };
}

/**
 * The series resampled to `period`: one point per UTC period (days at 00:00Z,
 * ISO weeks from Monday, calendar months and quarters) from the first period
 * with a value to the last, each the mean of the period's non-gap values, NaN
 * for a period without any. Times are the periods' starts. A series spanning
 * more than 2^20 periods keeps only the latest 2^20.
 */
export function resample(series: Series, period: KpiCadence): Series {
  const { first, v } = bucketMeans(series, period);
  const t = new Float64Array(v.length);
  for (let i = 0; i < t.length; i++) t[i] = periodStart(first + i, period);
  return { t, v };
}

// ── Correlation ──────────────────────────────────────────────────────────────

/** First differences: `d[i] = v[i] − v[i − 1]`, NaN at 0 and wherever either value is a gap. */
export function difference(values: Float64Array): Float64Array {
  const d = new Float64Array(values.length);
  if (d.length > 0) d[0] = NaN;
  // NaN propagates through subtraction, so a difference touching a gap is a gap.
  for (let i = 1; i < d.length; i++) d[i] = (values[i] as number) - (values[i - 1] as number);
  return d;
}

/**
 * Pearson's r between `x[i]` and `y[i + shift]` over the indices where both
 * exist and neither is a gap (NaN). `r` is NaN with fewer than two pairs, or
 * when either side does not vary (its spread is rounding error: below 1e-9 of
 * its largest magnitude). Two passes, so large levels do not cancel to noise.
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>, shift = 0): Correlation {
  const from = Math.max(0, -shift);
  const to = Math.min(x.length, y.length - shift);
  let n = 0;
  let sumX = 0;
  let sumY = 0;
  for (let i = from; i < to; i++) {
    const a = x[i] as number;
    const b = y[i + shift] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    n++;
    sumX += a;
    sumY += b;
  }
  if (n < 2) return { r: NaN, n };
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let largestX = 0;
  let largestY = 0;
  for (let i = from; i < to; i++) {
    const a = x[i] as number;
    const b = y[i + shift] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    sxx += (a - meanX) ** 2;
    syy += (b - meanY) ** 2;
    sxy += (a - meanX) * (b - meanY);
    largestX = Math.max(largestX, Math.abs(a));
    largestY = Math.max(largestY, Math.abs(b));
  }
  const flat = (spread: number, largest: number) => !(Math.sqrt(spread / n) > CONSTANT_TOLERANCE * largest);
  if (flat(sxx, largestX) || flat(syy, largestY)) return { r: NaN, n };
  // Clamped: rounding can carry a perfect correlation a hair past ±1.
  return { r: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), n };
}

// ── Lead time ────────────────────────────────────────────────────────────────

/**
 * How many periods `leading` runs ahead of `lagging`.
 *
 * Both series are resampled to one period (`options.period`, else the coarser
 * of their cadences, each declared or inferred from its points), differenced
 * unless `detrend` is `'none'`, and correlated with `leading[t]` paired with
 * `lagging[t + lag]` for lags 0…maxLag. The best lag has the largest |r|, the
 * smaller lag on a tie. A negative r is an inverse relationship: the lagging
 * series moves the opposite way, `lag` periods later.
 *
 * Refuses rather than report a number that means nothing:
 * `not-enough-history` when no lag has `minPairs` overlapping pairs, and
 * `no-relationship` when the best |r| is under the noise line (below) or r is
 * undefined at every lag (a series that does not vary). `maxLag` is capped so
 * that the lags tried can still overlap by `minPairs` periods.
 *
 * The noise line is z/√n with z corrected for the number of lags tried
 * (Bonferroni: the two-sided normal quantile for 5 % shared among them, and
 * never under the ±2/√n rule of thumb). The plain 2/√n line is for one lag:
 * keeping the best of nine, unrelated random walks crossed it about a third
 * of the time; the corrected line (2.77/√n for nine lags) about 5 %.
 *
 * O(periods × maxLag); never throws.
 */
export function estimateLeadLag(leading: LeadLagInput, lagging: LeadLagInput, options: LeadLagOptions = {}): LeadLag {
  const leadingSeries = leading.series ?? EMPTY_SERIES;
  const laggingSeries = lagging.series ?? EMPTY_SERIES;
  const period = options.period ?? coarser(leading.cadence ?? inferCadence(leadingSeries), lagging.cadence ?? inferCadence(laggingSeries)) ?? 'daily';
  const detrend: Detrend = options.detrend === 'none' ? 'none' : 'difference';
  const minPairs = Math.max(3, Math.floor(finiteOr(options.minPairs, DEFAULT_MIN_PAIRS)));
  const requestedMaxLag = Math.max(0, Math.floor(finiteOr(options.maxLag, DEFAULT_MAX_LAG)));
  const locale = options.locale;
  const numbers = numberFormats(locale);
  const periods = (count: number) => periodsInWords(count, period, locale);
  const same = formatMessage(locale, 'lead.samePeriod', { period });

  const x = bucketMeans(leadingSeries, period);
  const y = bucketMeans(laggingSeries, period);
  const xv = detrend === 'difference' ? difference(x.v) : x.v;
  const yv = detrend === 'difference' ? difference(y.v) : y.v;

  // Lags whose spans cannot overlap by minPairs periods are not tried; the longest that can is the cap.
  let maxLag = -1;
  for (let lag = requestedMaxLag; lag >= 0 && maxLag < 0; lag--) {
    const from = Math.max(x.first, y.first - lag);
    const to = Math.min(x.first + xv.length, y.first + yv.length - lag);
    if (to - from >= minPairs) maxLag = lag;
  }
  const profile: LagProfile = { r: new Float64Array(maxLag + 1).fill(NaN), n: new Uint32Array(maxLag + 1) };
  let best = -1;
  let mostPairs = 0;
  for (let lag = 0; lag <= maxLag; lag++) {
    // leading at period x.first + i meets lagging at period x.first + i + lag, index i + lag + x.first − y.first.
    const { r, n } = pearson(xv, yv, lag + x.first - y.first);
    profile.n[lag] = n;
    mostPairs = Math.max(mostPairs, n);
    if (n < minPairs || Number.isNaN(r)) continue;
    profile.r[lag] = r;
    if (best < 0 || Math.abs(r) > Math.abs(profile.r[best] as number)) best = lag;
  }
  const common: LeadLagCommon = { period, detrend, minPairs, maxLag, profile };

  if (mostPairs < minPairs) {
    // No lag tried: count the pairs the widest overlap holds, so the refusal says how far short the history is.
    if (maxLag < 0) mostPairs = countPairs(xv, yv, x.first, y.first, requestedMaxLag);
    return {
      ...common,
      kind: 'not-enough-history',
      n: mostPairs,
      reason: formatMessage(locale, 'lead.reason.notEnoughHistory', {
        min: numbers.integer.format(minPairs),
        pairs: detrend === 'difference' ? 'difference' : 'level',
        period,
        maxLag: periods(requestedMaxLag),
        found: numbers.integer.format(mostPairs),
      }),
    };
  }
  if (best < 0) {
    return {
      ...common,
      kind: 'no-relationship',
      reason: detrend === 'difference' ? formatMessage(locale, 'lead.reason.constantChange', { period }) : formatMessage(locale, 'lead.reason.constant'),
    };
  }

  const r = profile.r[best] as number;
  const n = profile.n[best] as number;
  const lagsTried = profile.r.reduce((count, value) => (Number.isNaN(value) ? count : count + 1), 0);
  const z = noiseMultiplier(lagsTried);
  const noise = z / Math.sqrt(n);
  const line = `${numbers.r.format(z)}/√n`;
  const tried = formatMessage(locale, 'lead.tried', { count: lagsTried });
  const found: BestLag = { lag: best, leadMs: best * CADENCE_MS[period], r, n, noise };
  const rText = numbers.r.format(r);
  const nText = numbers.integer.format(n);
  const lag = periods(best);
  if (!(Math.abs(r) >= noise)) {
    return {
      ...common,
      ...found,
      kind: 'no-relationship',
      reason: formatMessage(locale, 'lead.reason.noise', {
        r: rText,
        where: best === 0 ? same : formatMessage(locale, 'lead.atLag', { lag }),
        noise: numbers.r.format(noise),
        line,
        n: nText,
        tried,
      }),
    };
  }
  const relation = r < 0 ? 'inverse' : 'same';
  const stats = { r: rText, n: nText };
  const phrase =
    relation === 'inverse'
      ? best === 0
        ? formatMessage(locale, 'lead.phrase.oppositeSame', { same, ...stats })
        : formatMessage(locale, 'lead.phrase.opposite', { lag, ...stats })
      : best === 0
        ? formatMessage(locale, 'lead.phrase.together', { same, ...stats })
        : formatMessage(locale, 'lead.phrase.leads', { lag, ...stats });
  return {
    ...common,
    ...found,
    kind: 'lead',
    relation,
    confidence: formatMessage(locale, 'lead.confidence', {
      which: relation === 'inverse' ? 'abs' : 'r',
      ratio: numbers.ratio.format(Math.abs(r) / noise),
      line: `±${line}`,
      n: nText,
      tried,
    }),
    phrase,
  };
}

/**
 * How many standard errors (1/√n) an r must clear when the best of `lags`
 * correlations is kept: the two-sided normal quantile for 5 % / lags
 * (Abramowitz & Stegun 26.2.23, error under 5e-4), and at least 2.
 */
export function noiseMultiplier(lags: number): number {
  const p = 0.025 / Math.max(1, lags);
  const t = Math.sqrt(-2 * Math.log(p));
  const z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  return Math.max(2, z);
}

/** The most non-gap pairs at any lag 0…maxLag, for a refusal; O(overlap × lags) on short series only. */
function countPairs(xv: Float64Array, yv: Float64Array, xFirst: number, yFirst: number, maxLag: number): number {
  let most = 0;
  for (let lag = 0; lag <= maxLag; lag++) most = Math.max(most, pearson(xv, yv, lag + xFirst - yFirst).n);
  return most;
}

/** The coarser of two cadences; either alone when the other is unknown. */
function coarser(a: KpiCadence | undefined, b: KpiCadence | undefined): KpiCadence | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return CADENCES.indexOf(a) >= CADENCES.indexOf(b) ? a : b;
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

function numberFormats(locale: string | undefined) {
  const tag = resolveLocale(locale);
  return {
    r: numberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    ratio: numberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    integer: numberFormat(tag, { maximumFractionDigits: 0 }),
  };
}

// ── Overlay ──────────────────────────────────────────────────────────────────

/**
 * The leading series made comparable with the lagging one, for drawing on its
 * chart: resampled to the estimate's period, moved `lag` periods later (so a
 * lead lines up with what it predicts), and rescaled so its mean and spread
 * match the lagging series' (each over its own history; flipped for an inverse
 * relationship). Only the shape is comparable; the values are not the leading
 * KPI's own, and a chart must say so. Empty when there is no lead to show.
 */
export function alignedLeading(leading: LeadLagInput, lagging: LeadLagInput, estimate: LeadLag): Series {
  if (estimate.kind !== 'lead') return EMPTY_SERIES;
  const x = resample(leading.series ?? EMPTY_SERIES, estimate.period);
  const y = resample(lagging.series ?? EMPTY_SERIES, estimate.period);
  const shiftMs = (index: number) => periodStart(periodIndex(x.t[index] as number, estimate.period) + estimate.lag, estimate.period);
  const t = Float64Array.from(x.t, (_, i) => shiftMs(i));
  const mx = meanAndSpread(x.v);
  const my = meanAndSpread(y.v);
  if (!(mx.spread > 0) || !(my.spread > 0)) return EMPTY_SERIES;
  const sign = estimate.relation === 'inverse' ? -1 : 1;
  const v = Float64Array.from(x.v, (value) => my.mean + (sign * (value - mx.mean) * my.spread) / mx.spread);
  return { t, v };
}

/** Mean and standard deviation of the non-gap values; NaN spread for fewer than two. */
function meanAndSpread(values: Float64Array): { mean: number; spread: number } {
  let n = 0;
  let sum = 0;
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    n++;
    sum += value;
  }
  const mean = sum / n;
  let squares = 0;
  for (const value of values) if (!Number.isNaN(value)) squares += (value - mean) ** 2;
  return { mean, spread: n > 1 ? Math.sqrt(squares / (n - 1)) : NaN };
}

// ── Labels ───────────────────────────────────────────────────────────────────

/** The duration unit of each period; a quarter, which Intl has no unit for, is the `lead.quarters` message. */
const PERIOD_UNITS: Readonly<Record<KpiCadence, DurationUnit>> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
};

/**
 * A count of periods in `locale`'s words, by Intl (`Intl.DurationFormat` where the platform has it):
 * "3 weeks", "1 month", "2 quarters", "3 Wochen", "٣ أسابيع" in ar-EG.
 */
export function periodsInWords(count: number, period: KpiCadence, locale?: string): string {
  return formatDuration(resolveLocale(locale), count, PERIOD_UNITS[period]);
}

/**
 * The short label a board prints beside a connector: "leads by ~3 weeks",
 * "leads by ~2 weeks, inverse", "moves together, in the same week"; without a lead,
 * "no lead found" or "too little history". The statistics behind it (r, n,
 * the noise line) are in `phrase`, `confidence` and `reason`, one step away.
 */
export function leadLabel(estimate: LeadLag, locale?: string): string {
  if (estimate.kind === 'not-enough-history') return formatMessage(locale, 'lead.label.notEnoughHistory');
  if (estimate.kind === 'no-relationship') return formatMessage(locale, 'lead.label.none');
  const inverse = estimate.relation === 'inverse';
  if (estimate.lag === 0) {
    return formatMessage(locale, inverse ? 'lead.label.opposite' : 'lead.label.together', {
      same: formatMessage(locale, 'lead.samePeriod', { period: estimate.period }),
    });
  }
  return formatMessage(locale, inverse ? 'lead.label.leadsInverse' : 'lead.label.leads', { lag: periodsInWords(estimate.lag, estimate.period, locale) });
}
