/**
 * Seasonality in a KPI's history, and its trend with the season taken out.
 *
 * A monthly or weekly series with two years or more of history is seasonal when its
 * period-to-period changes repeat a year later: their correlation with the changes a year earlier
 * is at least `SEASONAL_AUTOCORRELATION`. A straight line fitted over a few months of such a series
 * follows the season (the spring rise of a CO₂ record) and projects it for years. Its trend is
 * instead the mean year-over-year change, which compares each period with the same period a year
 * earlier, so the season cancels out.
 */
import type { KpiCadence } from './document.js';
import type { Series } from './series.js';
import { CADENCE_MS } from './time.js';

/** Periods in a year for the cadences whose season the kit looks for. */
export const PERIODS_PER_YEAR: Partial<Readonly<Record<KpiCadence, number>>> = { monthly: 12, weekly: 52 };

/** Changes this correlated with those a year earlier make a season; noise stays near 0, a repeating pattern near 1. */
export const SEASONAL_AUTOCORRELATION = 0.5;

/** The mean year-over-year change, as a rate. */
export interface YearOverYearTrend {
  /** Change per millisecond: the mean of each year-over-year change divided by the time between its two points. */
  readonly slope: number;
  /** Standard error of `slope` (the sample standard deviation over √n); 0 for one change. */
  readonly slopeStdError: number;
  /** How many year-over-year changes were averaged. */
  readonly points: number;
}

/**
 * The last non-gap point of each period, by period number: the time over the cadence's average
 * length, rounded. Calendar months stray from 30.4375-day steps by a day or two, never by half a
 * month, so the months of a monthly series count up by one however long they run.
 */
function pointsByPeriod(series: Series, cadence: KpiCadence): Map<number, { t: number; v: number }> {
  const byPeriod = new Map<number, { t: number; v: number }>();
  for (let i = 0; i < series.t.length; i++) {
    const v = series.v[i] as number;
    const t = series.t[i] as number;
    if (!Number.isNaN(v)) byPeriod.set(Math.round(t / CADENCE_MS[cadence]), { t, v });
  }
  return byPeriod;
}

/**
 * The correlation (Pearson's r) between each change from one period to the next and the change a year
 * earlier; `undefined` when the cadence has no season the kit looks for, the history spans less than
 * two years, fewer than half a year of changes have one a year earlier, or the changes do not vary.
 * Correlating the pairs themselves, rather than the usual autocorrelation over all changes, lets a
 * pattern that repeats exactly reach 1 with only two years of history.
 */
export function seasonalAutocorrelation(series: Series, cadence: KpiCadence | undefined): number | undefined {
  const year = cadence && PERIODS_PER_YEAR[cadence];
  if (!year || !cadence) return undefined;
  const byPeriod = pointsByPeriod(series, cadence);
  const periods = [...byPeriod.keys()];
  if (periods.length < 2 || (periods.at(-1) as number) - (periods[0] as number) + 1 < 2 * year) return undefined;
  const changes = new Map<number, number>();
  for (const [period, { v }] of byPeriod) {
    const previous = byPeriod.get(period - 1);
    if (previous) changes.set(period, v - previous.v);
  }
  const now: number[] = [];
  const before: number[] = [];
  for (const [period, change] of changes) {
    const yearEarlier = changes.get(period - year);
    if (yearEarlier === undefined) continue;
    now.push(change);
    before.push(yearEarlier);
  }
  if (now.length < year / 2) return undefined;
  const n = now.length;
  const meanNow = now.reduce((sum, x) => sum + x, 0) / n;
  const meanBefore = before.reduce((sum, x) => sum + x, 0) / n;
  let product = 0;
  let squaresNow = 0;
  let squaresBefore = 0;
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const a = (now[i] as number) - meanNow;
    const b = (before[i] as number) - meanBefore;
    product += a * b;
    squaresNow += a * a;
    squaresBefore += b * b;
    scale += (now[i] as number) ** 2 + (before[i] as number) ** 2;
  }
  // Steady changes (a straight line) leave only rounding noise, whose correlation means nothing.
  if (!(squaresNow > 1e-12 * scale && squaresBefore > 1e-12 * scale)) return undefined;
  return product / Math.sqrt(squaresNow * squaresBefore);
}

/** True when `seasonalAutocorrelation` finds a season. */
export function isSeasonal(series: Series, cadence: KpiCadence | undefined): boolean {
  return (seasonalAutocorrelation(series, cadence) ?? 0) >= SEASONAL_AUTOCORRELATION;
}

/**
 * The mean year-over-year change over the points with `fromTime ≤ t ≤ toTime` that have a point in
 * the same period a year earlier; `undefined` with fewer than `minPoints` such changes, or a cadence
 * without a season.
 */
export function yearOverYearTrend(
  series: Series,
  cadence: KpiCadence | undefined,
  fromTime: number,
  toTime: number,
  minPoints: number,
): YearOverYearTrend | undefined {
  const year = cadence && PERIODS_PER_YEAR[cadence];
  if (!year || !cadence) return undefined;
  const byPeriod = pointsByPeriod(series, cadence);
  const rates: number[] = [];
  for (const [period, { t, v }] of byPeriod) {
    const yearEarlier = byPeriod.get(period - year);
    if (t >= fromTime && t <= toTime && yearEarlier) rates.push((v - yearEarlier.v) / (t - yearEarlier.t));
  }
  const n = rates.length;
  if (n < Math.max(1, minPoints)) return undefined;
  const slope = rates.reduce((sum, rate) => sum + rate / n, 0);
  const squares = rates.reduce((sum, rate) => sum + (rate - slope) ** 2, 0);
  return { slope, slopeStdError: n > 1 ? Math.sqrt(squares / (n - 1) / n) : 0, points: n };
}
