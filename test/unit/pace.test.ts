import { describe, expect, it } from 'vitest';
import type { KpiDocument } from '../../src/core/document.js';
import { createFormatters } from '../../src/core/format.js';
import { toKpi } from '../../src/core/model.js';
import { assessPace, carryForward, expectedValueAt, leastSquaresTrend, type Pace, type PaceVerdict } from '../../src/core/pace.js';
import { toSeries } from '../../src/core/series.js';
import { MS_PER_DAY, toEpochMs } from '../../src/core/time.js';

const day = (date: string): number => toEpochMs(date);

describe('expectedValueAt', () => {
  // 2026-07-01 → 2026-09-30 is 91 days, so the path climbs 7 / 91 a day.
  const baseline = { value: 38, at: day('2026-07-01') };
  const target = { value: 45, by: day('2026-09-30') };

  it.each([
    ['starts at the baseline', '2026-07-01', 38],
    ['climbs 7 × 13 / 91 = 1 in 13 days', '2026-07-14', 39],
    ['is 38 + 7 × 31 / 91 after 31 days', '2026-08-01', 40.38461538461539],
    ['is halfway after 45.5 days', '2026-08-15T12:00Z', 41.5],
    ['climbs 7 × 78 / 91 = 6 in 78 days', '2026-09-17', 44],
    ['reaches the target at the deadline', '2026-09-30', 45],
    ['holds the target after the deadline', '2026-10-15', 45],
    ['holds the baseline before the path starts', '2026-06-01', 38],
  ])('%s (%s → %d)', (_, time, expected) => {
    expect(expectedValueAt(baseline, target, day(time))).toBeCloseTo(expected, 12);
  });

  it('descends for a target below the baseline', () => {
    expect(expectedValueAt({ value: 12, at: day('2026-01-01') }, { value: 8, by: day('2026-01-11') }, day('2026-01-06'))).toBe(10);
  });

  it.each([
    ['holds the baseline before a zero-length path', '2026-06-01', 38],
    ['steps to the target at a zero-length path', '2026-07-01', 45],
    ['holds the target after a zero-length path', '2026-08-01', 45],
  ])('%s', (_, time, expected) => {
    const at = day('2026-07-01');
    expect(expectedValueAt({ value: 38, at }, { value: 45, by: at }, day(time))).toBe(expected);
  });
});

/** Daily points from `start`, one per value; `null` is a gap. */
function daily(start: string, values: readonly (number | null)[]) {
  return values.map((v, i) => ({ t: day(start) + i * MS_PER_DAY, v }));
}

describe('leastSquaresTrend', () => {
  const whole = [-Infinity, Infinity] as const;

  it('recovers the slope and intercept of an exact line', () => {
    // v = 38 + 0.5 × days since 2026-07-01, which is day 20 635 of the epoch: intercept 38 − 10 317.5.
    const trend = leastSquaresTrend(toSeries(daily('2026-07-01', [38, 38.5, 39, 39.5, 40])), ...whole);
    expect(trend?.points).toBe(5);
    expect((trend?.slope ?? NaN) * MS_PER_DAY).toBeCloseTo(0.5, 12);
    expect(trend?.intercept).toBeCloseTo(-10279.5, 6);
  });

  it('recovers a falling line from unevenly spaced points', () => {
    const series = toSeries([
      { t: '2026-01-01', v: 100 },
      { t: '2026-01-02', v: 98 },
      { t: '2026-01-04', v: 94 },
      { t: '2026-01-08', v: 86 },
    ]);
    expect((leastSquaresTrend(series, ...whole)?.slope ?? NaN) * MS_PER_DAY).toBeCloseTo(-2, 12);
  });

  it('fits the best line through scattered points', () => {
    // Times −1, 0, 1 around the mean, values 1, 3, 2 around 2: slope Σ(dt·dv) / Σdt² = 1 / 2.
    const trend = leastSquaresTrend(toSeries(daily('2026-01-01', [1, 3, 2])), ...whole);
    expect((trend?.slope ?? NaN) * MS_PER_DAY).toBeCloseTo(0.5, 12);
    expect((trend?.intercept ?? NaN) + (trend?.slope ?? NaN) * day('2026-01-02')).toBeCloseTo(2, 6);
  });

  it('ignores gaps', () => {
    const trend = leastSquaresTrend(toSeries(daily('2026-07-01', [38, null, 39, null, 40])), ...whole);
    expect(trend?.points).toBe(3);
    expect((trend?.slope ?? NaN) * MS_PER_DAY).toBeCloseTo(0.5, 12);
  });

  it('uses only points inside the window, both ends included', () => {
    const series = toSeries(daily('2026-07-01', [999, 1, 2, 3, 4, 5, -999]));
    const trend = leastSquaresTrend(series, day('2026-07-02'), day('2026-07-06'));
    expect(trend?.points).toBe(5);
    expect((trend?.slope ?? NaN) * MS_PER_DAY).toBeCloseTo(1, 12);
  });

  it.each([
    ['with two points', daily('2026-07-01', [1, 2]), 3],
    ['with three points of which one is a gap', daily('2026-07-01', [1, null, 2]), 3],
    ['for an empty series', [], 3],
    ['when every point is a gap', daily('2026-07-01', [null, null, null]), 3],
    ['when all points share one time', [1, 2, 3].map((v) => ({ t: day('2026-07-01'), v })), 3],
    ['with one point even when one is allowed', daily('2026-07-01', [1]), 1],
  ])('has no trend %s', (_, points, minPoints) => {
    expect(leastSquaresTrend(toSeries(points), -Infinity, Infinity, minPoints)).toBeUndefined();
  });

  it('fits two points when two are allowed', () => {
    const trend = leastSquaresTrend(toSeries(daily('2026-07-01', [1, 3])), -Infinity, Infinity, 2);
    expect((trend?.slope ?? NaN) * MS_PER_DAY).toBeCloseTo(2, 12);
  });

  it('has no trend for an empty window', () => {
    expect(leastSquaresTrend(toSeries(daily('2026-07-01', [1, 2, 3])), day('2026-08-01'), day('2026-07-01'))).toBeUndefined();
  });
});

describe('leastSquaresTrend standard error of the slope', () => {
  // SE = √(Σr² / (n − 2) / Σdt²), computed here in days and compared per day.
  it.each<[string, (number | null)[], number]>([
    ['is 0 on an exact line', [38, 38.5, 39, 39.5, 40], 0],
    ['is 0 with two points (no degrees of freedom left)', [1, 3], 0],
    // dt −1, 0, 1; fit 1.5, 2, 2.5; r −0.5, 1, −0.5; Σr² 1.5; df 1; Σdt² 2: √(1.5 / 1 / 2) = √0.75.
    ['is √0.75 for 1, 3, 2', [1, 3, 2], 0.8660254037844386],
    // dt −2…2, slope 8 / 10 = 0.8; r −0.4, 0.8, −1, 1.2, −0.6; Σr² 3.6; df 3; Σdt² 10: √(3.6 / 3 / 10) = √0.12.
    ['is √0.12 for 10, 12, 11, 14, 13', [10, 12, 11, 14, 13], 0.34641016151377546],
    // Gaps leave dt −2, 0, 2 and values 1, 3, 2: the same residuals, Σdt² 8: √(1.5 / 1 / 8) = √0.1875.
    ['ignores gaps: √0.1875 for 1, –, 3, –, 2', [1, null, 3, null, 2], 0.4330127018922193],
  ])('%s', (_, values, perDay) => {
    const trend = leastSquaresTrend(toSeries(daily('2026-07-01', values)), -Infinity, Infinity, 2);
    expect((trend?.slopeStdError ?? NaN) * MS_PER_DAY).toBeCloseTo(perDay, 12);
  });
});

describe('carryForward', () => {
  it.each([
    ['carries 40 at 0.1 a day for 60 days to 46', 40, 0.1, 60 * MS_PER_DAY, 46],
    ['carries back for a negative elapsed time', 40, 0.1, -10 * MS_PER_DAY, 39],
    ['holds the value when nothing elapsed', 40, 0.1, 0, 40],
    ['holds the value at a zero slope', 40, 0, 60 * MS_PER_DAY, 40],
    ['carries half a day at half the daily change', 10, -2, MS_PER_DAY / 2, 9],
  ])('%s', (_, value, slopePerDay, elapsed, expected) => {
    expect(carryForward(value, slopePerDay, elapsed)).toBeCloseTo(expected, 12);
  });
});

/** Four daily points ending at `end` on a line that rises `slope` a day and reaches `current`. */
function endingAt(end: string, current: number, slope: number) {
  return [3, 2, 1, 0].map((back) => ({ t: day(end) - back * MS_PER_DAY, v: current - back * slope }));
}

function weeklyEndingAt(end: string, current: number, perWeek: number) {
  return [3, 2, 1, 0].map((back) => ({ t: day(end) - back * 7 * MS_PER_DAY, v: current - back * perWeek }));
}

function paceKpi(overrides: Partial<KpiDocument>) {
  return toKpi({
    id: 'k',
    label: 'K',
    baseline: { value: 38, at: '2026-07-01' },
    target: { value: 45, by: '2026-09-30' },
    ...overrides,
  });
}

// From 2026-08-01 to the deadline 2026-09-30 is 60 days.
const NOW = day('2026-08-01');

describe('assessPace before the deadline', () => {
  it.each<[string, Partial<KpiDocument>, number, number, PaceVerdict, number]>([
    // Increase: 38 → 45, so at risk within 0.1 × 7 = 0.7 below 45.
    ['is on track for increase when the projection passes the target', {}, 40, 0.1, 'on-track', 46],
    ['is at risk for increase when it falls 0.5 short (≤ 0.7)', {}, 40, 0.075, 'at-risk', 44.5],
    ['is off track for increase when it falls 2 short (> 0.7)', {}, 40, 0.05, 'off-track', 43],
    ['is off track for increase when the KPI is not moving', {}, 40, 0, 'off-track', 40],
    ['is on track for increase when it lands exactly on the target', {}, 37.5, 0.125, 'on-track', 45],
    // Decrease: 12 → 8, so at risk within 0.1 × 4 = 0.4 above 8.
    ...(
      [
        ['is on track for decrease when the projection passes below the target', 10, -0.05, 'on-track', 7],
        ['is at risk for decrease when it stays 0.2 above (≤ 0.4)', 10, -0.03, 'at-risk', 8.2],
        ['is off track for decrease when it stays 1.4 above (> 0.4)', 10, -0.01, 'off-track', 9.4],
        ['is off track for decrease when the KPI rises', 10, 0.01, 'off-track', 10.6],
      ] as const
    ).map(
      ([name, current, slope, verdict, projected]) =>
        [
          name,
          { direction: 'decrease', baseline: { value: 12, at: '2026-07-01' }, target: { value: 8, by: '2026-09-30' } },
          current,
          slope,
          verdict,
          projected,
        ] as [string, Partial<KpiDocument>, number, number, PaceVerdict, number],
    ),
    // Target: 60 → 50 within ±0.5, at risk within 0.1 × 10 = 1 beyond that.
    ...(
      [
        ['is on track for target when it lands within the minimum change', 55, -0.08, 'on-track', 50.2],
        ['is at risk for target when it lands 1.1 away (0.6 beyond ±0.5)', 55, -0.065, 'at-risk', 51.1],
        ['is off track for target when it overshoots by 7', 55, -0.2, 'off-track', 43],
      ] as const
    ).map(
      ([name, current, slope, verdict, projected]) =>
        [
          name,
          { direction: 'target', minimumChange: 0.5, baseline: { value: 60, at: '2026-07-01' }, target: { value: 50, by: '2026-09-30' } },
          current,
          slope,
          verdict,
          projected,
        ] as [string, Partial<KpiDocument>, number, number, PaceVerdict, number],
    ),
  ])('%s', (_, overrides, current, slope, verdict, projected) => {
    const pace = assessPace(paceKpi({ ...overrides, series: endingAt('2026-08-01', current, slope) }), NOW);
    expect(pace.verdict).toBe(verdict);
    if (!('projected' in pace)) throw new Error('expected a projection');
    expect(pace.projected).toBeCloseTo(projected, 9);
    expect(pace.slopePerDay).toBeCloseTo(slope, 9);
    expect(pace.current).toBe(current);
    expect(pace.projectedAt).toBe(day('2026-09-30'));
    expect(pace.points).toBe(4);
  });

  it('reports the glide-path value at now as expected', () => {
    const pace = assessPace(paceKpi({ series: endingAt('2026-08-01', 40, 0.1) }), NOW);
    // 38 + 7 × 31 / 91
    expect(pace).toMatchObject({ verdict: 'on-track' });
    if (!('expected' in pace)) throw new Error('expected a glide-path value');
    expect(pace.expected).toBeCloseTo(40.38461538461539, 12);
  });

  it.each<[string, number, PaceVerdict]>([
    ['turns at risk into off track with no tolerance', 0, 'off-track'],
    ['turns off track into at risk with a wide tolerance (2 ≤ 0.5 × 7)', 0.5, 'at-risk'],
  ])('%s', (_, atRiskTolerance, verdict) => {
    const slope = atRiskTolerance === 0 ? 0.075 : 0.05;
    expect(assessPace(paceKpi({ series: endingAt('2026-08-01', 40, slope) }), NOW, { atRiskTolerance }).verdict).toBe(verdict);
  });

  it('projects from kpi.value at kpi.asOf when it is newer than the series', () => {
    const series = endingAt('2026-07-31', 39.9, 0.1);
    const pace = assessPace(paceKpi({ series, value: 40, asOf: '2026-08-01' }), NOW);
    expect(pace).toMatchObject({ verdict: 'on-track', current: 40 });
    if (!('projected' in pace)) throw new Error('expected a projection');
    expect(pace.projected).toBeCloseTo(46, 9);
  });

  it('ignores points after now', () => {
    const series = [...endingAt('2026-08-01', 40, 0.1), { t: day('2026-08-20'), v: 0 }];
    expect(assessPace(paceKpi({ series }), NOW)).toMatchObject({ verdict: 'on-track', current: 40 });
  });

  it('uses 8 cadence periods as the default window', () => {
    // Weekly points 42 and 35 days back are outside 28 days but inside 56.
    const series = [
      { t: day('2026-06-20'), v: 39 },
      { t: day('2026-06-27'), v: 39.5 },
      { t: day('2026-08-01'), v: 40 },
    ];
    expect(assessPace(paceKpi({ series, cadence: 'weekly' }), NOW)).toMatchObject({ points: 3 });
    expect(assessPace(paceKpi({ series }), NOW)).toMatchObject({ verdict: 'insufficient-history' });
  });

  it('takes the window from the options', () => {
    const series = [
      { t: day('2026-06-20'), v: 39 },
      { t: day('2026-06-27'), v: 39.5 },
      { t: day('2026-08-01'), v: 40 },
    ];
    expect(assessPace(paceKpi({ series }), NOW, { window: 60 * MS_PER_DAY })).toMatchObject({ points: 3 });
  });

  it('explains the projection with the formatters it is given', () => {
    const f = createFormatters('en-US', { maximumFractionDigits: 2 });
    const pace = assessPace(paceKpi({ series: endingAt('2026-08-01', 40, 0.1) }), NOW, { format: f });
    expect(pace).toMatchObject({
      explanation: 'Projected 46 by Sep 30, 2026 against a target of 45 (trend +0.1 per day over the last 28 days)',
    });
  });

  it.each<[string, Partial<KpiDocument>, string]>([
    // A rate rising 0.047 points a day printed "trend 0%/day" in the value's format (1 fraction digit).
    [
      'prints a slow rate in points with two significant digits',
      {
        format: { style: 'percent', maximumFractionDigits: 1 },
        series: endingAt('2026-08-01', 0.4, 0.00047),
        baseline: { value: 0.38, at: '2026-07-01' },
        target: { value: 0.45, by: '2026-09-30' },
      },
      '(trend +0.047 pts per day over the last 28 days)',
    ],
    [
      'prints a slow count with two significant digits',
      { format: { maximumFractionDigits: 0 }, series: endingAt('2026-08-01', 40, 0.0123) },
      '(trend +0.012 per day over the last 28 days)',
    ],
    // 0.1 a day × 7 = 0.7 a week; the default window is 8 weeks.
    [
      'gives a weekly KPI its rate per week',
      { cadence: 'weekly', series: weeklyEndingAt('2026-08-01', 40, 0.7) },
      '(trend +0.7 per week over the last 8 weeks)',
    ],
    // 0.1 a day × 30.4375 = 3.04375 a month, printed to the format's 2 fraction digits.
    [
      'gives a monthly KPI its rate per month',
      {
        cadence: 'monthly',
        series: daily(
          '2026-06-01',
          Array.from({ length: 62 }, (_, i) => 34 + 0.1 * i),
        ),
      },
      '(trend +3.04 per month over the last 8 months)',
    ],
  ])('%s', (_, overrides, expected) => {
    const f = createFormatters('en-US', overrides.format ?? { maximumFractionDigits: 2 });
    const pace = assessPace(paceKpi(overrides), NOW, { format: f });
    expect('explanation' in pace && pace.explanation).toContain(expected);
  });
});

describe('assessPace projection uncertainty', () => {
  it.each<[string, Partial<KpiDocument>, number, string, number, number]>([
    ['has no uncertainty on an exact line, with n − 2 = 2 degrees of freedom', { series: endingAt('2026-08-01', 40, 0.1) }, NOW, '2026-08-01', 0, 2],
    // dt −1.5 … 1.5 (Σdt² 5), mean 40.2, slope 0.5 / 5 = 0.1; r −0.05, 0.15, −0.15, 0.05; Σr² 0.05; √(0.05 / 2 / 5) = √0.005.
    ['measures the scatter about the fitted line', { series: daily('2026-07-29', [40, 40.3, 40.1, 40.4]) }, NOW, '2026-08-01', 0.07071067811865475, 2],
    [
      'starts from kpi.value at kpi.asOf when it is newer',
      { series: endingAt('2026-07-31', 39.9, 0.1), value: 40, asOf: '2026-08-01' },
      NOW,
      '2026-08-01',
      0,
      2,
    ],
    ['after the deadline, starts from the value at the deadline', { series: endingAt('2026-09-30', 45.5, 0.1) }, day('2026-10-15'), '2026-09-30', 0, 2],
    ['after the deadline with no trend, has no degrees of freedom', { series: [{ t: '2026-10-05', v: 46 }] }, day('2026-10-15'), '2026-10-05', 0, 0],
  ])('%s', (_, overrides, now, currentAt, slopeStdErrorPerDay, degreesOfFreedom) => {
    const pace = assessPace(paceKpi(overrides), now);
    if (!('currentAt' in pace)) throw new Error('expected a projection');
    expect(pace.currentAt).toBe(day(currentAt));
    expect(pace.slopeStdErrorPerDay).toBeCloseTo(slopeStdErrorPerDay, 12);
    expect(pace.degreesOfFreedom).toBe(degreesOfFreedom);
  });

  it('keeps the projection of a scattered series: 40.4 + 0.1 × 60 = 46.4', () => {
    const pace = assessPace(paceKpi({ series: daily('2026-07-29', [40, 40.3, 40.1, 40.4]) }), NOW);
    expect(pace).toMatchObject({ verdict: 'on-track', current: 40.4, points: 4 });
    if (!('projected' in pace)) throw new Error('expected a projection');
    expect(pace.projected).toBeCloseTo(46.4, 12);
  });
});

describe('assessPace after the deadline', () => {
  const AFTER = day('2026-10-15');

  it.each<[string, Partial<KpiDocument>, { t: number; v: number | null }[], 'achieved' | 'missed', number]>([
    ['has achieved an increase target met at the deadline', {}, endingAt('2026-09-30', 45.5, 0.1), 'achieved', 45.5],
    ['has achieved an increase target hit exactly', {}, endingAt('2026-09-30', 45, 0.1), 'achieved', 45],
    ['has missed an increase target short at the deadline', {}, endingAt('2026-09-30', 44, 0.1), 'missed', 44],
    ['judges the value at the deadline, not a later one', {}, [...endingAt('2026-09-30', 44, 0.1), { t: day('2026-10-10'), v: 46 }], 'missed', 44],
    ['falls back to a later value when none precedes the deadline', {}, [{ t: day('2026-10-05'), v: 46 }], 'achieved', 46],
    [
      'has achieved a decrease target met at the deadline',
      { direction: 'decrease', baseline: { value: 12, at: '2026-07-01' }, target: { value: 8, by: '2026-09-30' } },
      endingAt('2026-09-30', 7.9, -0.1),
      'achieved',
      7.9,
    ],
    [
      'has missed a decrease target still above at the deadline',
      { direction: 'decrease', baseline: { value: 12, at: '2026-07-01' }, target: { value: 8, by: '2026-09-30' } },
      endingAt('2026-09-30', 8.1, -0.1),
      'missed',
      8.1,
    ],
    [
      'has missed a target-direction KPI that overshot beyond the minimum change',
      { direction: 'target', minimumChange: 0.5, target: { value: 45, by: '2026-09-30' } },
      endingAt('2026-09-30', 46, 0.1),
      'missed',
      46,
    ],
  ])('%s', (_, overrides, series, verdict, current) => {
    expect(assessPace(paceKpi({ ...overrides, series }), AFTER)).toMatchObject({
      verdict,
      current,
      projected: current,
      projectedAt: day('2026-09-30'),
      expected: overrides.target?.value ?? 45,
    });
  });

  it('explains the result with raw numbers and an ISO date by default', () => {
    expect(assessPace(paceKpi({ series: endingAt('2026-09-30', 45.5, 0.1) }), AFTER)).toMatchObject({
      explanation: 'Reached 45.5 by 2026-09-30, meeting the target of 45',
    });
    expect(assessPace(paceKpi({ series: endingAt('2026-09-30', 44, 0.1) }), AFTER)).toMatchObject({
      explanation: 'Ended at 44 by 2026-09-30, missing the target of 45',
    });
  });
});

describe('assessPace without enough to go on', () => {
  it.each<[string, Partial<KpiDocument>]>([
    ['has no deadline without target.by', { target: { value: 45 } }],
    ['has no deadline without baseline.at', { baseline: { value: 38 } }],
    ['has no deadline without a baseline', { baseline: undefined }],
    ['has no deadline without a target', { target: undefined }],
  ])('%s', (_, overrides) => {
    expect(assessPace(paceKpi({ ...overrides, series: endingAt('2026-08-01', 40, 0.1) }), NOW)).toEqual({ verdict: 'no-deadline' });
  });

  it.each<[string, Partial<KpiDocument>, string]>([
    [
      'has insufficient history with two points',
      { series: endingAt('2026-08-01', 40, 0.1).slice(2) },
      'Fitting a trend needs at least 3 values at distinct times in the 28 days up to the latest one.',
    ],
    [
      'has insufficient history when the older points are outside the window',
      { series: [{ t: day('2026-06-01'), v: 38 }, ...endingAt('2026-08-01', 40, 0.1).slice(2)] },
      'Fitting a trend needs at least 3 values at distinct times in the 28 days up to the latest one.',
    ],
    [
      'has insufficient history with a value but no series',
      { value: 40, asOf: '2026-08-01' },
      'Fitting a trend needs at least 3 values at distinct times in the 28 days up to the latest one.',
    ],
    ['has insufficient history when every point is a gap', { series: daily('2026-07-29', [null, null, null]) }, 'There is no value yet to measure pace from.'],
  ])('%s', (_, overrides, reason) => {
    const pace = assessPace(paceKpi(overrides), NOW);
    expect(pace).toMatchObject({ verdict: 'insufficient-history', reason });
    if (!('expected' in pace)) throw new Error('expected a glide-path value');
    expect(pace.expected).toBeCloseTo(40.38461538461539, 12);
  });

  it('says how many points it needs when minPoints is raised', () => {
    expect(assessPace(paceKpi({ series: endingAt('2026-08-01', 40, 0.1) }), NOW, { minPoints: 5 })).toMatchObject({
      verdict: 'insufficient-history',
      reason: 'Fitting a trend needs at least 5 values at distinct times in the 28 days up to the latest one.',
    });
  });
});

describe('assessPace on a zero-length glide path', () => {
  const zero = { baseline: { value: 38, at: '2026-09-30' }, target: { value: 45, by: '2026-09-30' } };

  it.each<[string, string, Pace['verdict']]>([
    ['projects before the deadline', '2026-08-01', 'on-track'],
    ['judges after the deadline', '2026-10-15', 'missed'],
  ])('%s without throwing', (_, now, verdict) => {
    expect(assessPace(paceKpi({ ...zero, series: endingAt('2026-08-01', 40, 0.1) }), day(now)).verdict).toBe(verdict);
  });
});

describe('assessPace with odd options', () => {
  it.each([
    ['a negative window', { window: -1 }],
    ['a zero window', { window: 0 }],
    ['a window that is not a number', { window: Number.NaN }],
    ['minPoints below 2', { minPoints: 0 }],
    ['a negative tolerance', { atRiskTolerance: -1 }],
  ])('falls back to defaults for %s', (_, options) => {
    expect(assessPace(paceKpi({ series: endingAt('2026-08-01', 40, 0.1) }), NOW, options).verdict).toBe('on-track');
  });

  it('does not throw for a time that is not a number', () => {
    expect(assessPace(paceKpi({ series: endingAt('2026-08-01', 40, 0.1) }), Number.NaN).verdict).toBe('insufficient-history');
  });
});

describe('assessPace with extreme finite values', () => {
  it('fits a line through 1, 1.7e308, 2 without overflowing: slope 1/2 a day, as for 1, 3, 2 (Σdt·dv = 1, Σdt² = 2)', () => {
    const trend = leastSquaresTrend(toSeries(daily('2026-01-01', [1, 1.7e308, 2])), -Infinity, Infinity);
    expect(Number.isFinite(trend?.slope)).toBe(true);
    // Divided by the outlier, 1 and 2 keep their digits (as subnormals); the slope comes back at about 1/2.
    expect((trend?.slope ?? NaN) * MS_PER_DAY).toBeCloseTo(0.5, 2);
    expect(Number.isFinite(trend?.slopeStdError)).toBe(true);
  });

  it('gives the fuzzed KPI a verdict from finite numbers (it showed "projected NaN")', () => {
    const kpi = paceKpi({ series: daily('2026-01-01', [1, 1.7e308, 2]), baseline: { value: 0, at: '2026-01-01' }, target: { value: 10, by: '2026-12-31' } });
    const pace = assessPace(kpi, day('2026-01-03'), { format: { value: String, delta: String, date: String } });
    if (!('projected' in pace)) throw new Error(`expected a projection, got ${pace.verdict}`);
    // 2 + 0.5 × 362 days = 183: well past 10, so on track.
    expect(pace.projected).toBeCloseTo(183, 0);
    expect(pace.verdict).toBe('on-track');
    expect(pace.explanation).not.toMatch(/NaN|Infinity/);
  });

  it('takes no verdict from a projection past the range of numbers, and says why in words', () => {
    const kpi = paceKpi({
      series: daily('2026-01-01', [1e308, 1.5e308, 1.7e308]),
      baseline: { value: 0, at: '2026-01-01' },
      target: { value: 10, by: '2026-12-31' },
    });
    expect(assessPace(kpi, day('2026-01-03'))).toMatchObject({
      verdict: 'insufficient-history',
      reason: 'The trend cannot be projected: its values are too large to extend to the deadline.',
    });
  });
});
