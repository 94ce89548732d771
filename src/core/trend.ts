/**
 * The numbers behind a trend chart, DOM-free: the projection's cone towards a
 * deadline, the stretches where a series breaches a limit, the KPI's own
 * threshold lines, the shifted comparison overlay, and the sentence that
 * sums the chart up for people who cannot see it.
 */
import type { Band } from './bands.js';
import { addUtcMonths } from './calendar.js';
import type { KpiCadence } from './document.js';
import type { Formatters } from './format.js';
import type { Kpi } from './model.js';
import { carryForward, type Pace } from './pace.js';
import { lastDefinedIndex, type Series } from './series.js';
import { evaluateStatus } from './status.js';
import { paceWord } from './summary.js';
import { addEnglish, formatDuration, formatMessage } from '../i18n/index.js';
import trendWords from '../i18n/en-trend.js';
import { CADENCE_MS, MS_PER_DAY } from './time.js';

// A trend's words join the English at hand when its code loads (a card does without them).
addEnglish(trendWords);

// ── Projection ───────────────────────────────────────────────────────────────

/** A projected value and the cone around it. */
export interface Projection {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** A projection sampled for drawing, columnar: times, the centre line and the cone's edges. */
export interface ProjectionPath {
  readonly t: Float64Array;
  readonly value: Float64Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
}

/** Two-sided 95 % Student-t critical values for 1 to 30 degrees of freedom (index df − 1). */
const STUDENT_T_95: readonly number[] = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069,
  2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** Two-sided normal quantiles by confidence, ascending. */
const NORMAL_QUANTILES: readonly (readonly [confidence: number, z: number])[] = [
  [0.8, 1.2816],
  [0.9, 1.6449],
  [0.95, 1.96],
  [0.99, 2.5758],
];

/**
 * How many standard errors either side of an estimate a two-sided
 * `confidence` interval spans with `degreesOfFreedom`.
 *
 * 0.95 uses the Student-t table up to 30 degrees of freedom and 1.96 beyond.
 * Other confidences use the normal quantile of the nearest tabulated
 * confidence at or above (0.8, 0.9, 0.95, 0.99), so the cone is never narrower
 * than asked, except above 0.99, which gets 0.99's. A normal quantile is
 * narrower than the t one for few points; ask for 0.95 when that matters.
 * No degrees of freedom, or a confidence outside (0, 1): 0, a zero-width cone.
 */
export function criticalValue(degreesOfFreedom: number, confidence = 0.95): number {
  if (!(degreesOfFreedom >= 1) || !(confidence > 0 && confidence < 1)) return 0;
  if (confidence === 0.95) return STUDENT_T_95[Math.floor(degreesOfFreedom) - 1] ?? 1.96;
  const row = NORMAL_QUANTILES.find(([tabulated]) => tabulated >= confidence) ?? NORMAL_QUANTILES[NORMAL_QUANTILES.length - 1];
  return row ? row[1] : 1.96;
}

/**
 * The pace's projection at `time`: the latest value carried forward at the
 * fitted slope, exactly as `assessPace` computes `projected` (so at
 * `pace.projectedAt` the value is `pace.projected`), with a cone of half-width
 * `t(df, confidence) × slopeStdError × |time − currentAt|`.
 *
 * The cone is the uncertainty of the rate only: zero at the latest value and
 * opening with the horizon. It is not a prediction interval for single future
 * values, which would also carry the scatter about the line.
 *
 * Never throws. Once the deadline has passed (`achieved`, `missed`) the outcome
 * is known, so the projection is `current`, flat and zero-width. A pace
 * without a projection (`no-deadline`, `insufficient-history`) gives NaN,
 * which drawing code treats as a gap. Two points (df 0) give a zero-width cone.
 */
export function projectionAt(pace: Pace, time: number, confidence = 0.95): Projection {
  if (!('current' in pace)) return { value: NaN, low: NaN, high: NaN };
  if (pace.verdict === 'achieved' || pace.verdict === 'missed') return { value: pace.current, low: pace.current, high: pace.current };
  const elapsed = time - pace.currentAt;
  const value = carryForward(pace.current, pace.slopePerDay, elapsed);
  const halfWidth = criticalValue(pace.degreesOfFreedom, confidence) * pace.slopeStdErrorPerDay * (Math.abs(elapsed) / MS_PER_DAY);
  return { value, low: value - halfWidth, high: value + halfWidth };
}

/**
 * The projection from `currentAt` to `projectedAt` in `steps` equal steps
 * (`steps + 1` points, the last exactly at `projectedAt`). The line and the
 * cone's edges are straight, so the default single step draws them exactly;
 * more steps give points to hover over.
 *
 * Empty for a pace without a projection; one point at `currentAt` when the
 * deadline is not after it.
 */
export function projectionPath(pace: Pace, steps = 1, confidence = 0.95): ProjectionPath {
  if (!('current' in pace) || !Number.isFinite(pace.currentAt)) {
    return { t: new Float64Array(0), value: new Float64Array(0), low: new Float64Array(0), high: new Float64Array(0) };
  }
  const from = pace.currentAt;
  const to = pace.projectedAt;
  const segments = to > from ? (Number.isFinite(steps) && steps >= 1 ? Math.floor(steps) : 1) : 0;
  const path: ProjectionPath = {
    t: new Float64Array(segments + 1),
    value: new Float64Array(segments + 1),
    low: new Float64Array(segments + 1),
    high: new Float64Array(segments + 1),
  };
  for (let i = 0; i <= segments; i++) {
    // The last time is `to` itself, not from + (to − from), which may round away from it.
    const time = i === 0 ? from : i === segments ? to : from + (to - from) * (i / segments);
    const { value, low, high } = projectionAt(pace, time, confidence);
    path.t[i] = time;
    path.value[i] = value;
    path.low[i] = low;
    path.high[i] = high;
  }
  return path;
}

// ── Breaches ─────────────────────────────────────────────────────────────────

/** A contiguous stretch of points that breach a limit. */
export interface BreachRun {
  /** Time of the first breaching point. */
  readonly from: number;
  /** Time of the last breaching point. */
  readonly to: number;
  readonly fromIndex: number;
  readonly toIndex: number;
  /** The most extreme breaching value: the lowest below a floor, the highest above a ceiling. */
  readonly worst: number;
}

/**
 * The stretches where `series` breaches `limit`, in one pass. `increase`: the
 * limit is a floor, breached below it; `decrease`: a ceiling, breached above
 * it. A value on the limit holds, as for guardrails. A gap ends a run, since
 * nothing is known about it. A NaN limit is never breached.
 */
export function breachRuns(series: Series, limit: number, direction: 'increase' | 'decrease'): BreachRun[] {
  const isFloor = direction === 'increase';
  const runs: BreachRun[] = [];
  let start = -1;
  let worst = NaN;
  const close = (end: number): void => {
    runs.push({ from: series.t[start] as number, to: series.t[end] as number, fromIndex: start, toIndex: end, worst });
    start = -1;
  };
  for (let i = 0; i < series.v.length; i++) {
    const v = series.v[i] as number;
    // NaN compares false both ways, so a gap is not a breach and ends the run.
    const breached = isFloor ? v < limit : v > limit;
    if (!breached) {
      if (start >= 0) close(i - 1);
    } else if (start < 0) {
      start = i;
      worst = v;
    } else if (isFloor ? v < worst : v > worst) {
      worst = v;
    }
  }
  if (start >= 0) close(series.v.length - 1);
  return runs;
}

/**
 * A breach run widened to where the line crosses the limit: linear
 * interpolation with the neighbouring point on each side, so a one-point
 * breach still draws as a visible spike. A side whose neighbour is missing or a
 * gap stays at the breaching point, since nothing is known beyond it.
 */
export function breachStretch(series: Series, run: BreachRun, limit: number): { from: number; to: number } {
  const crossing = (inside: number, outside: number): number => {
    const tIn = series.t[inside] as number;
    const vIn = series.v[inside] as number;
    const tOut = series.t[outside];
    const vOut = series.v[outside];
    if (tOut === undefined || vOut === undefined || Number.isNaN(vOut) || vOut === vIn) return tIn;
    return tIn + ((limit - vIn) / (vOut - vIn)) * (tOut - tIn);
  };
  return { from: crossing(run.fromIndex, run.fromIndex - 1), to: crossing(run.toIndex, run.toIndex + 1) };
}

// ── Threshold lines ──────────────────────────────────────────────────────────

export interface KpiLimits {
  /** Below this the KPI is critical. */
  readonly floor?: number;
  /** Above this the KPI is critical. */
  readonly ceiling?: number;
}

/**
 * The KPI's own floor and ceiling for threshold lines: the edges where its
 * bands turn critical. `increase` has at most a floor, `decrease` at most a
 * ceiling, `target` either or both. A side without a critical band, or with
 * only critical bands, has no limit.
 *
 * `bands` defaults to the ones `evaluateStatus` judges by; pass
 * `status.bands` when the status is at hand to skip resolving them again.
 */
export function kpiLimits(kpi: Kpi, bands: readonly Band[] = evaluateStatus(kpi).bands): KpiLimits {
  const floor = kpi.direction === 'decrease' ? undefined : criticalFloor(bands);
  const ceiling = kpi.direction === 'increase' ? undefined : criticalCeiling(bands);
  return { ...(floor !== undefined && { floor }), ...(ceiling !== undefined && { ceiling }) };
}

/** Where the critical bands at the bottom of the (ascending) axis end. */
function criticalFloor(bands: readonly Band[]): number | undefined {
  let firstHolding = 0;
  while (bands[firstHolding]?.status === 'critical') firstHolding++;
  if (firstHolding === 0 || firstHolding === bands.length) return undefined;
  const edge = (bands[firstHolding - 1] as Band).to;
  return Number.isFinite(edge) ? edge : undefined;
}

/** Where the critical bands at the top of the (ascending) axis begin. */
function criticalCeiling(bands: readonly Band[]): number | undefined {
  let lastHolding = bands.length - 1;
  while (bands[lastHolding]?.status === 'critical') lastHolding--;
  if (lastHolding === bands.length - 1 || lastHolding < 0) return undefined;
  const edge = (bands[lastHolding + 1] as Band).from;
  return Number.isFinite(edge) ? edge : undefined;
}

// ── Comparison overlay ───────────────────────────────────────────────────────

/**
 * How far to move a series forward in time (negative: back). `years` and
 * `months` move along the UTC calendar, `ms` by a fixed length.
 */
export type SeriesShift = { readonly years: number } | { readonly months: number } | { readonly ms: number };

/**
 * A copy of `series` moved by `shift`, in new arrays, so last year's line can
 * be drawn over this year's.
 *
 * Calendar shifts keep the UTC date and time of day (document dates are UTC
 * dates) and clamp a day the target month lacks to its last day: Feb 29 moves
 * to Feb 28, Mar 31 one month back to Feb 28 or 29. Whole years and months
 * only (fractions are truncated). Clamping can fold two points onto one day,
 * so the result is re-sorted when needed. A non-finite shift gives an
 * unshifted copy.
 */
export function shiftSeries(series: Series, shift: SeriesShift): Series {
  const move = shifter(shift);
  const t = new Float64Array(series.t.length);
  let sorted = true;
  for (let i = 0; i < t.length; i++) {
    t[i] = move(series.t[i] as number);
    if (i > 0 && (t[i] as number) < (t[i - 1] as number)) sorted = false;
  }
  const v = Float64Array.from(series.v);
  if (sorted) return { t, v };
  // Array sort is stable, so points clamped onto one time keep their order.
  const order = Array.from(t.keys()).sort((a, b) => (t[a] as number) - (t[b] as number));
  return { t: Float64Array.from(order, (i) => t[i] as number), v: Float64Array.from(order, (i) => v[i] as number) };
}

function shifter(shift: SeriesShift): (time: number) => number {
  const amount = 'ms' in shift ? shift.ms : 'months' in shift ? shift.months : shift.years;
  if (!Number.isFinite(amount)) return (time) => time;
  if ('ms' in shift) return (time) => time + amount;
  const months = Math.trunc(amount) * ('months' in shift ? 1 : 12);
  return (time) => addUtcMonths(time, months);
}

/**
 * The shift that lays the KPI's comparison over the visible window:
 *
 * - `periods-ago` and `previous` (one period) move by that many cadence
 *   periods: daily and weekly by their length, monthly and quarterly by
 *   calendar months (1 and 3), so a month lines up with the same dates.
 * - Without a cadence the period's length is unknown, so the visible window
 *   stands in for one period: `previous` shows the window just before the
 *   visible one, as "previous period" does in analytics tools.
 * - No comparison, or a fixed `reference` (a value, not a time): one year,
 *   the usual "same time last year" overlay. Also the fallback when the
 *   visible window is empty or not a number.
 */
export function comparisonShift(kpi: Kpi, visibleFrom: number, visibleTo: number): SeriesShift {
  const comparison = kpi.comparison;
  if (comparison === undefined || comparison.type === 'reference') return { years: 1 };
  const periods = comparison.type === 'periods-ago' ? comparison.periods : 1;
  if (kpi.cadence !== undefined) return cadenceShift(kpi.cadence, periods);
  const span = visibleTo - visibleFrom;
  return span > 0 && Number.isFinite(span) ? { ms: periods * span } : { years: 1 };
}

function cadenceShift(cadence: KpiCadence, periods: number): SeriesShift {
  if (cadence === 'monthly') return { months: periods };
  if (cadence === 'quarterly') return { months: 3 * periods };
  return { ms: periods * CADENCE_MS[cadence] };
}

// ── Summary ──────────────────────────────────────────────────────────────────

/**
 * The chart's accessible summary: how the visible series moved from its first
 * to its last value, over what span, and the pace when there is a deadline,
 * e.g. "up 12.0% over 3 months, on track" or "down 3.1 pts over 6 weeks, at risk".
 *
 * Rates (percent KPIs) move in percentage points, as elsewhere in the kit;
 * other KPIs by a relative change, or by an absolute one from zero (or from a
 * start so near zero that the ratio is beyond the range of numbers). A change
 * below `kpi.minimumChange` is flat; one beyond the range of numbers says which
 * way it went, without a size. The span counts days under 15, weeks
 * under 9, months beyond.
 */
export function describeTrend(kpi: Kpi, series: Series, pace: Pace | undefined, format: Formatters): string {
  const locale = format.locale;
  const paceText = pace ? paceWord(locale, pace.verdict) : '';
  const withPace = (summary: string): string => (paceText ? formatMessage(locale, 'trend.summary.withPace', { summary, pace: paceText }) : summary);
  const last = lastDefinedIndex(series);
  const first = firstDefinedIndex(series);
  if (last < 0) return withPace(formatMessage(locale, 'trend.summary.noValues'));
  if (first === last) return withPace(formatMessage(locale, 'trend.summary.oneValue'));

  const from = series.v[first] as number;
  const to = series.v[last] as number;
  const change = to - from;
  const span = spanWords((series.t[last] as number) - (series.t[first] as number), locale);
  if (isFlat(change, kpi.minimumChange, from, to)) return withPace(formatMessage(locale, 'trend.summary.flat', { span }));
  const movement = change > 0 ? 'up' : 'down';
  // From −1.7e308 to 1.7e308 the change is beyond the range of numbers: the way it went, but no size.
  if (!Number.isFinite(change)) return withPace(formatMessage(locale, 'trend.summary.movedNoSize', { movement, span }));
  // Against a start as small as 5e-324 the ratio can be beyond it too: the change is then given as it is.
  const relative = from !== 0 ? Math.abs(change / from) : Infinity;
  const size = format.isRate
    ? format.points(Math.abs(change), false)
    : Number.isFinite(relative)
      ? format.percentChange(relative).replace(/^\+/, '')
      : format.delta(Math.abs(change)).replace(/^\+/, '');
  return withPace(formatMessage(locale, 'trend.summary.moved', { movement, size, span }));
}

function firstDefinedIndex(series: Series): number {
  return series.v.findIndex((v) => !Number.isNaN(v));
}

/** As delta.ts judges movement: a rounding residue is no change, and a change of exactly `minimumChange` is one. */
function isFlat(change: number, minimumChange: number, a: number, b: number): boolean {
  const residue = 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  const magnitude = Math.abs(change);
  return magnitude <= residue || magnitude < minimumChange - residue;
}

const DAYS_PER_MONTH = CADENCE_MS.monthly / MS_PER_DAY;

function spanWords(ms: number, locale: string | undefined): string {
  const days = ms / MS_PER_DAY;
  if (!(days >= 1)) return formatMessage(locale, 'trend.span.withinDay');
  const duration =
    days < 15
      ? formatDuration(locale, Math.round(days), 'day')
      : days / 7 < 9
        ? formatDuration(locale, Math.round(days / 7), 'week')
        : formatDuration(locale, Math.round(days / DAYS_PER_MONTH), 'month');
  return formatMessage(locale, 'trend.span.over', { duration });
}
