import { describe, expect, it } from 'vitest';
import type { KpiDocument } from '../../src/core/document.js';
import { createFormatters } from '../../src/core/format.js';
import { toKpi } from '../../src/core/model.js';
import { assessPace } from '../../src/core/pace.js';
import { isSeasonal, seasonalAutocorrelation, yearOverYearTrend } from '../../src/core/seasonality.js';
import { toSeries } from '../../src/core/series.js';
import { MS_PER_DAY, toEpochMs } from '../../src/core/time.js';

const day = (date: string): number => toEpochMs(date);
const month = (index: number): string => new Date(Date.UTC(2021, index, 1)).toISOString().slice(0, 10);

/** A yearly season: up 3 by April, down to −3 by October, back by January. */
const SEASON = [0, 1, 2, 3, 2, 1, 0, -1, -2, -3, -2, -1];

/** January 2021 to December 2023, monthly: 10 + 0.1 a month + the season (k = months since January 2021). */
const seasonalMonths = Array.from({ length: 36 }, (_, k) => ({ t: month(k), v: 10 + 0.1 * k + (SEASON[k % 12] as number) }));

/** The same trend with a 5-month wobble, which does not repeat after a year. */
const WOBBLE = [0, 0.3, -0.2, 0.1, -0.2];
const wobblyMonths = Array.from({ length: 36 }, (_, k) => ({ t: month(k), v: 10 + 0.1 * k + (WOBBLE[k % 5] as number) }));

describe('seasonalAutocorrelation', () => {
  it('finds the season of a monthly series: each change equals the one a year earlier, r = 1', () => {
    // Changes are 0.1 + 1 (Nov to Apr) or 0.1 − 1 (May to Oct), the same every year.
    expect(seasonalAutocorrelation(toSeries(seasonalMonths), 'monthly')).toBeCloseTo(1, 12);
    expect(isSeasonal(toSeries(seasonalMonths), 'monthly')).toBe(true);
  });

  it('reads months stamped on their last day as it reads months stamped on the first', () => {
    const lastDays = seasonalMonths.map(({ v }, k) => ({ t: new Date(Date.UTC(2021, k + 1, 0)).toISOString().slice(0, 10), v }));
    expect(seasonalAutocorrelation(toSeries(lastDays), 'monthly')).toBeCloseTo(1, 12);
  });

  it('finds it with exactly two years of months (11 changes with one a year earlier)', () => {
    expect(isSeasonal(toSeries(seasonalMonths.slice(0, 24)), 'monthly')).toBe(true);
  });

  it('finds none in a wobble that does not repeat yearly (r about 0.29, under 0.5)', () => {
    // 12 months on is 2 months on in a 5-month cycle: changes 0.4, −0.4, 0.4, −0.4, 0.3 (+0.1 trend) pair with
    // those two later, r = 0.2885 (Python's statistics.correlation on the same 23 pairs).
    expect(seasonalAutocorrelation(toSeries(wobblyMonths), 'monthly')).toBeCloseTo(0.28852724820208403, 12);
    expect(isSeasonal(toSeries(wobblyMonths), 'monthly')).toBe(false);
  });

  it.each<[string, { t: string; v: number }[], KpiDocument['cadence']]>([
    ['less than two years of history', seasonalMonths.slice(0, 23), 'monthly'],
    ['a daily cadence', seasonalMonths, 'daily'],
    ['no cadence', seasonalMonths, undefined],
    ['a straight line, whose changes do not vary', seasonalMonths.map(({ t }, k) => ({ t, v: k })), 'monthly'],
  ])('looks for no season with %s', (_, points, cadence) => {
    expect(seasonalAutocorrelation(toSeries(points), cadence)).toBeUndefined();
    expect(isSeasonal(toSeries(points), cadence)).toBe(false);
  });

  it('finds the season of a weekly series with exactly two years (52-week lag)', () => {
    // 104 Mondays from 4 January 2021 on a 52-week sine: the 51 changes with one a year earlier repeat it.
    const start = day('2021-01-04');
    const weeks = Array.from({ length: 104 }, (_, k) => ({ t: start + k * 7 * MS_PER_DAY, v: 100 + 5 * Math.sin((2 * Math.PI * k) / 52) }));
    expect(seasonalAutocorrelation(toSeries(weeks), 'weekly')).toBeCloseTo(1, 9);
    expect(isSeasonal(toSeries(weeks), 'weekly')).toBe(true);
  });
});

describe('yearOverYearTrend', () => {
  it('averages each change against the same month a year earlier: 1.2 over 365 days', () => {
    // Every month is 12 × 0.1 = 1.2 above the same month a year earlier (the season cancels), and no
    // pair from 2022 to 2023 spans a 29 February.
    const trend = yearOverYearTrend(toSeries(seasonalMonths), 'monthly', day('2022-01-01'), day('2023-12-01'), 3);
    expect(trend?.points).toBe(24);
    expect((trend?.slope ?? NaN) * MS_PER_DAY).toBeCloseTo(1.2 / 365, 15);
    expect(trend?.slopeStdError).toBeCloseTo(0, 15);
  });

  it('needs minPoints changes with a point a year earlier', () => {
    // Only the 12 months of 2021 lie in the window, and none has a year before it.
    expect(yearOverYearTrend(toSeries(seasonalMonths), 'monthly', day('2021-01-01'), day('2021-12-01'), 3)).toBeUndefined();
  });

  it('gives the standard error of the mean change', () => {
    // Weekly, 52 weeks apart (364 days): changes of 3.64 and 7.28 are 0.01 and 0.02 a day; mean 0.015,
    // sample deviation √((0.005² · 2) / 1) = 0.00707…, over √2: 0.005.
    const start = day('2021-01-04');
    const weeks = [
      { t: start, v: 10 },
      { t: start + 7 * MS_PER_DAY, v: 10 },
      { t: start + 52 * 7 * MS_PER_DAY, v: 13.64 },
      { t: start + 53 * 7 * MS_PER_DAY, v: 17.28 },
    ];
    const trend = yearOverYearTrend(toSeries(weeks), 'weekly', -Infinity, Infinity, 2);
    expect((trend?.slope ?? NaN) * MS_PER_DAY).toBeCloseTo(0.015, 12);
    expect((trend?.slopeStdError ?? NaN) * MS_PER_DAY).toBeCloseTo(0.005, 12);
    expect(trend?.points).toBe(2);
  });
});

describe('assessPace on a seasonal series', () => {
  // The whole 2021–2023 history; the deadline is the end of 2024.
  const seasonalKpi = (overrides: Partial<KpiDocument> = {}) =>
    toKpi({
      id: 'co2',
      label: 'CO₂',
      direction: 'increase',
      cadence: 'monthly',
      baseline: { value: 10, at: '2021-01-01' },
      target: { value: 16, by: '2024-12-31' },
      series: seasonalMonths,
      ...overrides,
    });
  const NOW = day('2024-01-15');

  it('projects the mean year-over-year change over the last year, and says so', () => {
    // The latest point, December 2023, is 10 + 3.5 − 1 = 12.5. A year back from it (365.25 days) reaches
    // 1 December 2022: 13 months, each 1.2 above a year earlier over 365 days. 1 December 2023 to
    // 31 December 2024 is 396 days: 12.5 + 1.2 × 396 / 365 = 13.80…, more than 0.6 short of 16.
    const pace = assessPace(seasonalKpi(), NOW, { format: createFormatters('en-US', { maximumFractionDigits: 2 }) });
    expect(pace).toMatchObject({ verdict: 'off-track', method: 'year-over-year', points: 13, degreesOfFreedom: 12, current: 12.5 });
    if (!('projected' in pace)) throw new Error('expected a projection');
    expect(pace.slopePerDay).toBeCloseTo(1.2 / 365, 15);
    expect(pace.projected).toBeCloseTo(12.5 + (1.2 * 396) / 365, 12);
    // 1.2 / 365 × 30.4375 days = 0.10007 a month.
    expect(pace.explanation).toBe(
      'Projected 13.8 by Dec 31, 2024 against a target of 16 (trend +0.1 per month, the mean year-over-year change over the last 12 months, as the series is seasonal)',
    );
  });

  it('would follow the season with a least-squares line (why the method matters)', () => {
    // The same months without the season fit 0.1 a month exactly; the season makes the last 8 months
    // (May to December 2023: 2, 1, 0, −1, −2, −3, −2, −1 on top of the trend) fall instead.
    const withoutSeason = seasonalMonths.map(({ t }, k) => ({ t, v: 10 + 0.1 * k }));
    const plain = assessPace(seasonalKpi({ series: withoutSeason }), NOW);
    expect(plain).toMatchObject({ method: 'least-squares', points: 8 });
    const seasonal = assessPace(seasonalKpi(), NOW, { window: 8 * 30.4375 * MS_PER_DAY });
    expect(seasonal).toMatchObject({ method: 'year-over-year', points: 8 });
    if (!('slopePerDay' in seasonal)) throw new Error('expected a projection');
    expect(seasonal.slopePerDay).toBeCloseTo(1.2 / 365, 15);
  });

  it('takes the window from the options: 3 months hold September to December 2023', () => {
    const pace = assessPace(seasonalKpi(), NOW, { window: 3 * 30.4375 * MS_PER_DAY, format: createFormatters('en-US') });
    expect(pace).toMatchObject({ method: 'year-over-year', points: 4 });
    expect('explanation' in pace && pace.explanation).toContain('over the last 3 months, as the series is seasonal');
  });

  it('keeps the least-squares line for a series with no season', () => {
    expect(assessPace(seasonalKpi({ series: wobblyMonths }), NOW)).toMatchObject({ method: 'least-squares', points: 8 });
  });
});
