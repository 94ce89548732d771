/**
 * Pace towards a time-bound target: where the glide path from the baseline to
 * the target says the KPI should be, where its recent trend will take it by
 * the deadline, and whether that is on track.
 */
import type { Kpi } from './model.js';
import type { KpiCadence } from './document.js';
import { isSeasonal, PERIODS_PER_YEAR, yearOverYearTrend } from './seasonality.js';
import { indexAtOrBefore, lastDefinedIndex, type Series } from './series.js';
import { CADENCE_MS, MS_PER_DAY } from './time.js';
import { formatDuration, formatMessage, type DurationUnit } from '../i18n/index.js';
import '../i18n/view-words.js';

export interface Baseline {
  readonly value: number;
  readonly at: number;
}

export interface Deadline {
  readonly value: number;
  readonly by: number;
}

/** A fitted line `value = intercept + slope × time`, time in epoch ms. */
export interface Trend {
  /** Change per millisecond. */
  readonly slope: number;
  /** The line's value at time 0 (the epoch). */
  readonly intercept: number;
  /** How many points were fitted. */
  readonly points: number;
  /**
   * Standard error of `slope` (per ms): how far the fitted rate could be off
   * given the scatter about the line. The scatter is the residual variance
   * with n − 2 degrees of freedom (the line spent two), so two points give 0.
   */
  readonly slopeStdError: number;
}

export type TrendMethod = 'least-squares' | 'year-over-year';

export type PaceVerdict = 'on-track' | 'at-risk' | 'off-track' | 'achieved' | 'missed';

export type Pace =
  | { readonly verdict: 'no-deadline' }
  | { readonly verdict: 'insufficient-history'; readonly reason: string; readonly expected: number }
  | {
      readonly verdict: PaceVerdict;
      /** The glide-path value at `now`. */
      readonly expected: number;
      /** The latest value (after the deadline: the latest value at or before it). */
      readonly current: number;
      /** Where the trend takes `current` by the deadline; after the deadline, `current` itself. */
      readonly projected: number;
      /** The deadline, `target.by`. */
      readonly projectedAt: number;
      /** The trend in the KPI's unit per day; 0 after the deadline when no trend could be fitted. */
      readonly slopePerDay: number;
      /** How many points the trend was fitted on (year over year: how many changes were averaged). */
      readonly points: number;
      /**
       * How the trend was measured: a least-squares line over the window, or, for a seasonal series
       * (see `seasonality.ts`), the mean year-over-year change over it, which cancels the season.
       */
      readonly method?: TrendMethod;
      /** When `current` was measured (epoch ms): where the projection starts. */
      readonly currentAt: number;
      /** Standard error of `slopePerDay`; 0 when no trend was fitted or it was fitted on two points. */
      readonly slopeStdErrorPerDay: number;
      /** The degrees of freedom of `slopeStdErrorPerDay`: `points − 2` for a line, `points − 1` year over year; 0 when no trend was fitted. */
      readonly degreesOfFreedom: number;
      readonly explanation: string;
    };

export interface PaceFormat {
  /** The locale of the explanation's words (English when undefined); `createFormatters` gives it. */
  readonly locale?: string | undefined;
  /** Formats values in the explanation. Default `String`. */
  readonly value?: (value: number) => string;
  /** Formats the per-day trend in the explanation when `rate` is not given. Default `String`. */
  readonly delta?: (value: number) => string;
  /** Formats the trend's rate per day, week or month (see `Formatters.rate`). Default: `delta`. */
  readonly rate?: (value: number) => string;
  /** Formats the deadline in the explanation. Default: the ISO date, e.g. `2026-09-30`. */
  readonly date?: (time: number) => string;
}

export interface PaceOptions {
  /**
   * The trend window in ms, ending at the latest value. Default: 8 cadence periods, or 28 days; for a
   * seasonal series, one year (12 months or 52 weeks), so the mean change spans a whole season.
   */
  readonly window?: number;
  /** The fewest points a trend may be fitted on (at least 2). Default 3. */
  readonly minPoints?: number;
  /**
   * How far the projection may fall short and still be "at risk" rather than
   * "off track", as a fraction of the whole distance |target − baseline|. Default 0.1.
   */
  readonly atRiskTolerance?: number;
  /** Formatters for `explanation`; pass those of `createFormatters` for a localised sentence. */
  readonly format?: PaceFormat;
}

const DEFAULT_WINDOW_PERIODS = 8;
const DEFAULT_WINDOW_MS = 28 * MS_PER_DAY;
const DEFAULT_MIN_POINTS = 3;
const DEFAULT_AT_RISK_TOLERANCE = 0.1;

/**
 * The glide-path value at `time`: a straight line from the baseline to the
 * target, holding the baseline before it starts and the target after `by`.
 * A zero-length path (at == by) steps from the baseline to the target at `by`.
 */
export function expectedValueAt(baseline: Baseline, target: Deadline, time: number): number {
  if (time >= target.by) return target.value;
  if (time <= baseline.at) return baseline.value;
  const progress = (time - baseline.at) / (target.by - baseline.at);
  return baseline.value + (target.value - baseline.value) * progress;
}

/** Beyond this, squares and products of values could overflow: the fit scales them first. */
const EXTREME_VALUE = 1e150;

/**
 * Ordinary least squares over the non-gap points with `fromTime ≤ t ≤ toTime`,
 * with the standard error of the slope. Returns `undefined` with fewer than
 * `minPoints` (default 3, at least 2) points, or when they all share one time.
 */
export function leastSquaresTrend(series: Series, fromTime: number, toTime: number, minPoints = DEFAULT_MIN_POINTS): Trend | undefined {
  // Only the window is visited: a live series of a million points costs what its window holds.
  const first = indexAtOrBefore(series, fromTime - 1) + 1;
  const end = indexAtOrBefore(series, toTime) + 1;
  let count = 0;
  let sumT = 0;
  let largest = 0;
  for (let i = first; i < end; i++) {
    const t = series.t[i] as number;
    const v = series.v[i] as number;
    if (t < fromTime || t > toTime || Number.isNaN(v)) continue;
    count++;
    sumT += t;
    if (Math.abs(v) > largest) largest = Math.abs(v);
  }
  if (count < Math.max(2, minPoints)) return undefined;
  // Times are centred, since epoch ms squared would swamp the variance in rounding error. Values as large
  // as 1.7e308 would overflow the sums: those are divided by the largest first, and the slope's sum is taken
  // as Σdt·v (equal to Σdt·(v − mean), as Σdt = 0), since subtracting a mean of 1e307 would cancel 1 and 2 to 0.
  const extreme = largest > EXTREME_VALUE;
  const scale = extreme ? largest : 1;
  const meanT = sumT / count;
  let sumV = 0;
  for (let i = first; i < end; i++) {
    const t = series.t[i] as number;
    const v = series.v[i] as number;
    if (t < fromTime || t > toTime || Number.isNaN(v)) continue;
    sumV += v / scale;
  }
  const meanV = sumV / count;
  let sumTT = 0;
  let sumTV = 0;
  for (let i = first; i < end; i++) {
    const t = series.t[i] as number;
    const v = series.v[i] as number;
    if (t < fromTime || t > toTime || Number.isNaN(v)) continue;
    sumTT += (t - meanT) ** 2;
    sumTV += (t - meanT) * (extreme ? v / scale : v / scale - meanV);
  }
  if (!(sumTT > 0)) return undefined;
  const scaledSlope = sumTV / sumTT;
  // Residuals summed directly rather than as Σdv² − slope·Σdt·dv, which cancels to noise on a near-exact line.
  let sumSquaredResiduals = 0;
  for (let i = first; i < end; i++) {
    const t = series.t[i] as number;
    const v = series.v[i] as number;
    if (t < fromTime || t > toTime || Number.isNaN(v)) continue;
    sumSquaredResiduals += (v / scale - meanV - scaledSlope * (t - meanT)) ** 2;
  }
  const slope = scaledSlope * scale;
  const slopeStdError = count > 2 ? Math.sqrt(sumSquaredResiduals / (count - 2) / sumTT) * scale : 0;
  return { slope, intercept: meanV * scale - slope * meanT, points: count, slopeStdError };
}

/**
 * `value` carried `elapsed` ms forward at `slopePerDay`. The one formula for
 * `Pace.projected` and the projections drawn from a pace, so both agree to the bit.
 */
export function carryForward(value: number, slopePerDay: number, elapsed: number): number {
  return value + slopePerDay * (elapsed / MS_PER_DAY);
}

/**
 * Judges the pace towards `target.value` by `target.by`, starting from
 * `baseline` at `baseline.at`. Both times are needed; without them there is
 * no glide path (`no-deadline`).
 *
 * Before the deadline, the latest value is carried forward at the slope of the
 * least-squares trend over the window (the latest value is the best estimate
 * of where the KPI is; the trend supplies only the rate). The projection is
 * on track when it meets the target, at risk when it misses by no more than
 * `atRiskTolerance × |target − baseline|`, off track otherwise. After the
 * deadline (`now > by`), the latest value at or before it is achieved or missed.
 *
 * "Meets" follows the direction: at or above the target for `increase`, at or
 * below it for `decrease`, and within `kpi.minimumChange` of it for `target`.
 *
 * A pace with a projection also carries where it starts (`currentAt`) and how
 * sure its rate is (`slopeStdErrorPerDay`, `degreesOfFreedom`), so a chart can
 * draw the projection's cone with `projectionAt` from `trend.ts`.
 */
export function assessPace(kpi: Kpi, now: number, options: PaceOptions = {}): Pace {
  const { baseline, target } = kpi;
  if (baseline?.at === undefined || target?.by === undefined) return { verdict: 'no-deadline' };
  const start: Baseline = { value: baseline.value, at: baseline.at };
  const deadline: Deadline = { value: target.value, by: target.by };
  const expected = expectedValueAt(start, deadline, now);

  const { cadence, series } = kpi;
  const seasonal = series !== undefined && isSeasonal(series, cadence);
  const periodMs = cadence && CADENCE_MS[cadence];
  const windowMs = positiveOr(
    options.window,
    periodMs ? (seasonal ? (PERIODS_PER_YEAR[cadence] as number) : DEFAULT_WINDOW_PERIODS) * periodMs : DEFAULT_WINDOW_MS,
  );
  const minPoints = Math.max(2, Math.floor(positiveOr(options.minPoints, DEFAULT_MIN_POINTS)));
  const tolerance = options.atRiskTolerance !== undefined && options.atRiskTolerance >= 0 ? options.atRiskTolerance : DEFAULT_AT_RISK_TOLERANCE;
  const formatValue = options.format?.value ?? String;
  const formatRate = options.format?.rate ?? options.format?.delta ?? String;
  const formatDate = options.format?.date ?? isoDate;
  const locale = options.format?.locale;
  const days = formatDuration(locale, windowMs / MS_PER_DAY, 'day');
  // The window and the rate in the cadence's own unit, when the window is a whole number of them.
  const unit = cadence ? RATE_UNITS[cadence] : RATE_UNITS.daily;
  const periods = periodMs ? windowMs / periodMs : NaN;
  const windowText = Number.isInteger(periods) && cadence ? formatDuration(locale, periods, PERIOD_NAMES[cadence]) : days;

  const passed = now > deadline.by;
  const latest = latestValue(kpi, passed ? deadline.by : now, now) ?? (passed ? latestValue(kpi, now, now) : undefined);
  if (latest === undefined) {
    return { verdict: 'insufficient-history', reason: formatMessage(locale, 'pace.reason.noValue'), expected };
  }
  const method: TrendMethod = seasonal ? 'year-over-year' : 'least-squares';
  const from = latest.at - windowMs;
  const trend = series && (seasonal ? yearOverYearTrend(series, cadence, from, latest.at, minPoints) : leastSquaresTrend(series, from, latest.at, minPoints));
  const slopePerDay = trend ? trend.slope * MS_PER_DAY : 0;
  const points = trend?.points ?? 0;
  const uncertainty = {
    method,
    currentAt: latest.at,
    slopeStdErrorPerDay: trend ? trend.slopeStdError * MS_PER_DAY : 0,
    degreesOfFreedom: trend ? trend.points - (seasonal ? 1 : 2) : 0,
  };
  const targetText = formatValue(deadline.value);

  if (passed) {
    const achieved = shortfall(kpi, latest.value, deadline.value) <= 0;
    return {
      verdict: achieved ? 'achieved' : 'missed',
      expected,
      current: latest.value,
      projected: latest.value,
      projectedAt: deadline.by,
      slopePerDay,
      points,
      ...uncertainty,
      explanation: formatMessage(locale, achieved ? 'pace.explain.achieved' : 'pace.explain.missed', {
        value: formatValue(latest.value),
        date: formatDate(deadline.by),
        target: targetText,
      }),
    };
  }

  if (trend === undefined) {
    return {
      verdict: 'insufficient-history',
      reason: seasonal
        ? formatMessage(locale, 'pace.reason.seasonalNeeds', { count: minPoints, window: windowText })
        : formatMessage(locale, 'pace.reason.trendNeeds', { count: minPoints, window: days }),
      expected,
    };
  }
  const projected = carryForward(latest.value, slopePerDay, deadline.by - latest.at);
  if (!Number.isFinite(projected) || !Number.isFinite(slopePerDay)) {
    // Extreme values can fit a line whose projection leaves the range of numbers: no verdict from that.
    return { verdict: 'insufficient-history', reason: formatMessage(locale, 'pace.reason.overflow'), expected };
  }
  const miss = shortfall(kpi, projected, deadline.value);
  const allowance = tolerance * Math.abs(deadline.value - start.value);
  return {
    verdict: miss <= 0 ? 'on-track' : miss <= allowance ? 'at-risk' : 'off-track',
    expected,
    current: latest.value,
    projected,
    projectedAt: deadline.by,
    slopePerDay,
    points,
    ...uncertainty,
    explanation: formatMessage(locale, seasonal ? 'pace.explain.projectedSeasonal' : 'pace.explain.projected', {
      projected: formatValue(projected),
      date: formatDate(deadline.by),
      target: targetText,
      rate: formatRate(slopePerDay * (unit[1] / MS_PER_DAY)),
      unit: unit[0],
      window: windowText,
    }),
  };
}

/**
 * How far `value` falls short of `target` in the KPI's direction; ≤ 0 meets it.
 * A rounding residue counts as meeting, so a line that lands on the target does.
 */
function shortfall(kpi: Kpi, value: number, target: number): number {
  const residue = 1e-9 * Math.max(Math.abs(value), Math.abs(target));
  const gap = kpi.direction === 'increase' ? target - value : kpi.direction === 'decrease' ? value - target : Math.abs(value - target) - kpi.minimumChange;
  return gap <= residue ? 0 : gap;
}

/**
 * The latest known value at or before `time`: the series' last non-gap point,
 * or `kpi.value` at `kpi.asOf` (else at the series' last point, else `now`), whichever is later.
 */
function latestValue(kpi: Kpi, time: number, now: number): { value: number; at: number } | undefined {
  let found: { value: number; at: number } | undefined;
  if (kpi.series) {
    const index = lastDefinedIndex(kpi.series, indexAtOrBefore(kpi.series, time) + 1);
    if (index >= 0) found = { value: kpi.series.v[index] as number, at: kpi.series.t[index] as number };
  }
  if (kpi.value !== null) {
    // Dated as currentReading dates it: asOf, else the series' last point, else now.
    const at = kpi.asOf ?? kpi.series?.t.at(-1) ?? now;
    if (at <= time && (found === undefined || at >= found.at)) found = { value: kpi.value, at };
  }
  return found;
}

/** The unit a rate reads best in for each cadence: per day, per week, or per month for slower ones. */
const RATE_UNITS: Readonly<Record<KpiCadence, readonly [string, number]>> = {
  daily: ['day', MS_PER_DAY],
  weekly: ['week', CADENCE_MS.weekly],
  monthly: ['month', CADENCE_MS.monthly],
  quarterly: ['month', CADENCE_MS.monthly],
};
const PERIOD_NAMES: Readonly<Record<KpiCadence, DurationUnit>> = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter' };

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && value > 0 && Number.isFinite(value) ? value : fallback;
}

function isoDate(time: number): string {
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : String(time);
}
