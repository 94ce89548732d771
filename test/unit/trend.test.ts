import { describe, expect, it } from 'vitest';
import { resolveBands } from '../../src/core/bands.js';
import type { KpiDocument } from '../../src/core/document.js';
import { createFormatters } from '../../src/core/format.js';
import { toKpi } from '../../src/core/model.js';
import { assessPace, type Pace, type PaceVerdict } from '../../src/core/pace.js';
import { toSeries, type Series } from '../../src/core/series.js';
import { MS_PER_DAY, toEpochMs } from '../../src/core/time.js';
import {
  breachStretch,
  breachRuns,
  comparisonShift,
  criticalValue,
  describeTrend,
  kpiLimits,
  projectionAt,
  projectionPath,
  shiftSeries,
  type SeriesShift,
} from '../../src/core/trend.js';
import { kpi as validKpi } from './kpi-builder.js';

/** A valid KPI from a partial document; the value only satisfies validation. */
const kpi = (doc: Partial<KpiDocument>) => validKpi({ value: 1, ...doc });
const day = (date: string): number => toEpochMs(date);
const days = (n: number): number => n * MS_PER_DAY;

/** Daily points from `start`, one per value; `null` is a gap. */
function daily(start: string, values: readonly (number | null)[]): Series {
  return toSeries(values.map((v, i) => ({ t: day(start) + days(i), v })));
}

type Projecting = Extract<Pace, { readonly current: number }>;

// A pace at 40 on 2026-08-01, rising 0.1 ± 0.01 a day (df 10, so t = 2.228), due 60 days later.
const T0 = day('2026-08-01');
function projecting(overrides: Partial<Projecting> = {}): Projecting {
  return {
    verdict: 'on-track',
    expected: 40,
    current: 40,
    currentAt: T0,
    projected: 46,
    projectedAt: T0 + days(60),
    slopePerDay: 0.1,
    slopeStdErrorPerDay: 0.01,
    degreesOfFreedom: 10,
    points: 12,
    explanation: '',
    ...overrides,
  };
}

describe('criticalValue', () => {
  it.each([
    ['uses Student t for 1 degree of freedom at 95%', 1, 0.95, 12.706],
    ['uses Student t for 10 degrees of freedom at 95%', 10, 0.95, 2.228],
    ['uses Student t for 30 degrees of freedom at 95%', 30, 0.95, 2.042],
    ['uses 1.96 beyond 30 degrees of freedom at 95%', 31, 0.95, 1.96],
    ['uses 1.96 for unbounded degrees of freedom', Infinity, 0.95, 1.96],
    ['truncates fractional degrees of freedom', 2.9, 0.95, 4.303],
    ['uses the normal quantile at 80%', 10, 0.8, 1.2816],
    ['uses the normal quantile at 90%', 10, 0.9, 1.6449],
    ['uses the normal quantile at 99%', 10, 0.99, 2.5758],
    ['rounds an untabulated confidence up to the next one (85% → 90%)', 10, 0.85, 1.6449],
    ['caps a confidence above 99% at 99%', 10, 0.995, 2.5758],
    ['is 0 with no degrees of freedom', 0, 0.95, 0],
    ['is 0 with negative degrees of freedom', -1, 0.95, 0],
    ['is 0 with degrees of freedom that are not a number', NaN, 0.95, 0],
    ['is 0 for a confidence of 1', 10, 1, 0],
    ['is 0 for a confidence of 0', 10, 0, 0],
    ['is 0 for a confidence that is not a number', 10, NaN, 0],
  ])('%s', (_, df, confidence, expected) => {
    expect(criticalValue(df, confidence)).toBe(expected);
  });
});

describe('projectionAt', () => {
  // Half-width = 2.228 × 0.01 × |days from 2026-08-01|.
  it.each([
    ['has no width at the latest value', 0, 40, 40, 40],
    ['opens 2.228 × 0.01 × 30 = 0.6684 halfway to the deadline', 30, 43, 42.3316, 43.6684],
    ['opens 2.228 × 0.01 × 60 = 1.3368 at the deadline', 60, 46, 44.6632, 47.3368],
    ['opens 2.228 × 0.01 × 10 = 0.2228 ten days before the latest value', -10, 39, 38.7772, 39.2228],
  ])('%s', (_, offset, value, low, high) => {
    const projection = projectionAt(projecting(), T0 + days(offset));
    expect(projection.value).toBeCloseTo(value, 12);
    expect(projection.low).toBeCloseTo(low, 12);
    expect(projection.high).toBeCloseTo(high, 12);
  });

  // At the deadline the cone is 60 × 0.01 = 0.6 standard errors wide, times the critical value.
  it.each<[string, Partial<Projecting>, number, number]>([
    ['widens to 12.706 × 0.6 = 7.6236 with one degree of freedom', { degreesOfFreedom: 1 }, 0.95, 7.6236],
    ['narrows to 1.96 × 0.6 = 1.176 beyond 30 degrees of freedom', { degreesOfFreedom: 40 }, 0.95, 1.176],
    ['narrows to 1.6449 × 0.6 = 0.98694 at 90%', {}, 0.9, 0.98694],
    ['widens to 2.5758 × 0.6 = 1.54548 at 99%', {}, 0.99, 1.54548],
    ['has no width with no degrees of freedom (two points)', { degreesOfFreedom: 0, slopeStdErrorPerDay: 0 }, 0.95, 0],
    ['has no width on an exact line', { slopeStdErrorPerDay: 0 }, 0.95, 0],
  ])('%s', (_, overrides, confidence, halfWidth) => {
    const projection = projectionAt(projecting(overrides), T0 + days(60), confidence);
    expect(projection.value).toBeCloseTo(46, 12);
    expect(projection.high - projection.value).toBeCloseTo(halfWidth, 12);
    expect(projection.value - projection.low).toBeCloseTo(halfWidth, 12);
  });

  it.each<[string, PaceVerdict]>([
    ['holds an achieved target flat at the final value, with no width', 'achieved'],
    ['holds a missed target flat at the final value, with no width', 'missed'],
  ])('%s', (_, verdict) => {
    const pace = projecting({ verdict, current: 44, projected: 44 });
    expect(projectionAt(pace, T0 + days(30))).toEqual({ value: 44, low: 44, high: 44 });
  });

  it.each<[string, Pace]>([
    ['no deadline', { verdict: 'no-deadline' }],
    ['too little history', { verdict: 'insufficient-history', reason: '', expected: 40 }],
  ])('is a gap (NaN) for a pace with %s', (_, pace) => {
    expect(projectionAt(pace, T0)).toEqual({ value: NaN, low: NaN, high: NaN });
  });

  it('is a gap, not an error, at a time that is not a number', () => {
    expect(projectionAt(projecting(), NaN).value).toBeNaN();
  });

  it('lands exactly on the projection assessPace made', () => {
    // 40.4 on 2026-08-01 at 0.1 ± √0.005 a day (df 2, t 4.303); the deadline is 60 days on.
    const kpiDoc = toKpi({
      id: 'k',
      label: 'K',
      baseline: { value: 38, at: '2026-07-01' },
      target: { value: 45, by: '2026-09-30' },
      series: [40, 40.3, 40.1, 40.4].map((v, i) => ({ t: day('2026-07-29') + days(i), v })),
    });
    const pace = assessPace(kpiDoc, T0);
    if (!('projected' in pace)) throw new Error('expected a projection');
    const projection = projectionAt(pace, pace.projectedAt);
    expect(projection.value).toBe(pace.projected);
    // 4.303 × √0.005 × 60 = 18.256082876674284
    expect(projection.high - projection.value).toBeCloseTo(18.256082876674284, 9);
  });
});

describe('projectionPath', () => {
  it('samples the line and the cone from the latest value to the deadline', () => {
    const path = projectionPath(projecting(), 2);
    expect(Array.from(path.t)).toEqual([T0, T0 + days(30), T0 + days(60)]);
    [40, 43, 46].forEach((v, i) => expect(path.value[i]).toBeCloseTo(v, 12));
    [40, 42.3316, 44.6632].forEach((v, i) => expect(path.low[i]).toBeCloseTo(v, 12));
    [40, 43.6684, 47.3368].forEach((v, i) => expect(path.high[i]).toBeCloseTo(v, 12));
  });

  it.each([
    ['draws the straight cone from its two ends by default', undefined, 2],
    ['takes whole steps only', 2.7, 3],
    ['takes one step for zero steps', 0, 2],
    ['takes one step for a negative count', -3, 2],
    ['takes one step for a count that is not a number', NaN, 2],
    ['takes one step for infinitely many', Infinity, 2],
    ['takes 24 steps when asked', 24, 25],
  ])('%s', (_, steps, points) => {
    const path = projectionPath(projecting(), steps);
    expect(path.t.length).toBe(points);
    expect(path.t[0]).toBe(T0);
    expect(path.t.at(-1)).toBe(T0 + days(60));
  });

  it('ends exactly on the projection assessPace made, at awkward times', () => {
    const kpiDoc = toKpi({
      id: 'k',
      label: 'K',
      baseline: { value: 38, at: '2026-07-01' },
      target: { value: 45, by: '2026-09-30T17:23:11.007Z' },
      series: [40, 40.3, 40.1, 40.4].map((v, i) => ({ t: day('2026-07-29T03:17:00Z') + days(i), v })),
    });
    const pace = assessPace(kpiDoc, day('2026-08-02'));
    if (!('projected' in pace)) throw new Error('expected a projection');
    const path = projectionPath(pace, 7);
    expect(path.t.at(-1)).toBe(pace.projectedAt);
    expect(path.value.at(-1)).toBe(pace.projected);
  });

  it.each<[string, Partial<Projecting>]>([
    ['is one point when the deadline is the latest value’s time', { projectedAt: T0 }],
    ['is one point when the deadline is before the latest value', { verdict: 'achieved', projectedAt: T0 - days(5) }],
  ])('%s', (_, overrides) => {
    const path = projectionPath(projecting(overrides), 10);
    expect(Array.from(path.t)).toEqual([T0]);
    expect(Array.from(path.value)).toEqual([40]);
    expect(Array.from(path.low)).toEqual([40]);
    expect(Array.from(path.high)).toEqual([40]);
  });

  it.each<[string, Pace]>([
    ['no deadline', { verdict: 'no-deadline' }],
    ['too little history', { verdict: 'insufficient-history', reason: '', expected: 40 }],
  ])('is empty for a pace with %s', (_, pace) => {
    const path = projectionPath(pace, 4);
    expect([path.t.length, path.value.length, path.low.length, path.high.length]).toEqual([0, 0, 0, 0]);
  });
});

describe('breachRuns', () => {
  it.each<[string, (number | null)[], number, 'increase' | 'decrease', [number, number, number][]]>([
    [
      'finds two runs below a floor, each with its lowest value',
      [12, 9, 8, 11, 7, 12],
      10,
      'increase',
      [
        [1, 2, 8],
        [4, 4, 7],
      ],
    ],
    ['finds a run above a ceiling, with its highest value', [9, 11, 13, 12, 9], 10, 'decrease', [[1, 3, 13]]],
    ['does not count a value on the floor as a breach', [10, 10, 10], 10, 'increase', []],
    ['does not count a value on the ceiling as a breach', [10, 10, 10], 10, 'decrease', []],
    [
      'ends a run at a gap',
      [9, null, 8],
      10,
      'increase',
      [
        [0, 0, 9],
        [2, 2, 8],
      ],
    ],
    ['closes a run that lasts to the end', [12, 9, 8], 10, 'increase', [[1, 2, 8]]],
    ['finds one run over the whole series', [3, 1, 2], 10, 'increase', [[0, 2, 1]]],
    ['finds none in a series that holds', [11, 12, 13], 10, 'increase', []],
    ['finds none in an empty series', [], 10, 'increase', []],
    ['finds none in a series of gaps', [null, null], 10, 'decrease', []],
    ['finds none against a limit that is not a number', [1, 2, 3], NaN, 'increase', []],
  ])('%s', (_, values, limit, direction, expected) => {
    const runs = breachRuns(daily('2026-07-01', values), limit, direction);
    expect(runs.map((r) => [r.fromIndex, r.toIndex, r.worst])).toEqual(expected);
  });

  it('dates each run by its first and last breaching points', () => {
    const [run] = breachRuns(daily('2026-07-01', [12, 9, 8, 11]), 10, 'increase');
    expect(run).toEqual({ from: day('2026-07-02'), to: day('2026-07-03'), fromIndex: 1, toIndex: 2, worst: 8 });
  });
});

describe('kpiLimits', () => {
  it.each<[string, Partial<KpiDocument>, { floor?: number; ceiling?: number }]>([
    ['puts the floor of an increase KPI at its deviation threshold', { thresholds: { deviation: { low: 30 }, tolerance: { low: 40 } } }, { floor: 30 }],
    [
      'puts the ceiling of a decrease KPI at its deviation threshold',
      { direction: 'decrease', thresholds: { tolerance: { high: 24 }, deviation: { high: 48 } } },
      { ceiling: 48 },
    ],
    [
      'gives a target KPI both sides',
      { direction: 'target', target: { value: 0.7 }, thresholds: { tolerance: { low: 0.65, high: 0.75 }, deviation: { low: 0.5, high: 0.9 } } },
      { floor: 0.5, ceiling: 0.9 },
    ],
    [
      'gives a target KPI only the side that turns critical',
      { direction: 'target', target: { value: 0.7 }, thresholds: { tolerance: { low: 0.65, high: 0.75 }, deviation: { low: 0.5 } } },
      { floor: 0.5 },
    ],
    // Default target bands: critical beyond ±10 % of 100.
    ['gives a target KPI with default bands 100 ∓ 10', { direction: 'target', target: { value: 100 } }, { floor: 90, ceiling: 110 }],
    ['puts the floor of an increase KPI at its baseline (critical below it)', { target: { value: 45 }, baseline: { value: 38 } }, { floor: 38 }],
    ['puts the ceiling of a decrease KPI at its baseline', { direction: 'decrease', target: { value: 24 }, baseline: { value: 48 } }, { ceiling: 48 }],
    ['has no floor when no band is critical', { target: { value: 45 } }, {}],
    ['has none without a target or bands', {}, {}],
    [
      'reads the document’s own bands',
      {
        bands: [
          { to: 0.4, status: 'critical', label: 'poor' },
          { from: 0.4, to: 0.45, status: 'warning' },
          { from: 0.45, status: 'good' },
        ],
      },
      { floor: 0.4 },
    ],
    [
      'puts the floor above every critical band at the bottom',
      {
        bands: [
          { to: 10, status: 'critical', label: 'dire' },
          { from: 10, to: 20, status: 'critical' },
          { from: 20, status: 'good' },
        ],
      },
      { floor: 20 },
    ],
    [
      'has none when every band is critical',
      {
        bands: [
          { to: 10, status: 'critical' },
          { from: 10, status: 'critical' },
        ],
      },
      {},
    ],
    [
      'ignores a critical band on the wrong side for the direction',
      {
        direction: 'decrease',
        bands: [
          { to: 10, status: 'critical' },
          { from: 10, to: 20, status: 'good' },
          { from: 20, status: 'critical' },
        ],
      },
      { ceiling: 20 },
    ],
  ])('%s', (_, doc, expected) => {
    expect(kpiLimits(kpi(doc))).toEqual(expected);
  });

  it('takes bands that were already resolved', () => {
    const k = kpi({ target: { value: 45 } });
    const bands = resolveBands(kpi({ target: { value: 45 }, baseline: { value: 38 } }), 45).bands;
    expect(kpiLimits(k, bands)).toEqual({ floor: 38 });
  });
});

describe('shiftSeries', () => {
  it.each<[string, SeriesShift, string, string]>([
    ['moves a date a year on', { years: 1 }, '2025-03-15T12:00:00Z', '2026-03-15T12:00:00Z'],
    ['keeps the UTC time of day across a daylight-saving change', { years: 1 }, '2025-03-09T06:30:00Z', '2026-03-09T06:30:00Z'],
    ['moves Feb 29 to Feb 28 in a common year', { years: 1 }, '2024-02-29', '2025-02-28'],
    ['keeps Feb 29 in a leap year', { years: 4 }, '2024-02-29', '2028-02-29'],
    ['moves a year back', { years: -1 }, '2024-02-29', '2023-02-28'],
    ['moves whole years only (1.7 → 1)', { years: 1.7 }, '2025-03-15', '2026-03-15'],
    ['clamps Jan 31 + 1 month to Feb 28', { months: 1 }, '2026-01-31', '2026-02-28'],
    ['clamps Jan 31 + 1 month to Feb 29 in a leap year', { months: 1 }, '2024-01-31', '2024-02-29'],
    ['clamps Mar 31 − 1 month to Feb 28', { months: -1 }, '2026-03-31', '2026-02-28'],
    ['moves a quarter across the new year', { months: 3 }, '2025-11-30', '2026-02-28'],
    ['moves 13 months back across two years', { months: -13 }, '2026-01-15', '2024-12-15'],
    ['moves by milliseconds', { ms: days(7) }, '2026-03-07', '2026-03-14'],
    ['leaves times unshifted for a shift that is not a number', { ms: NaN }, '2026-03-07', '2026-03-07'],
    ['leaves times unshifted for an infinite shift', { years: Infinity }, '2026-03-07', '2026-03-07'],
  ])('%s', (_, shift, from, to) => {
    expect(Array.from(shiftSeries(toSeries([{ t: from, v: 1 }]), shift).t)).toEqual([day(to)]);
  });

  it('copies the values, gaps included, into new arrays', () => {
    const source = daily('2026-07-01', [1, null, 3]);
    const shifted = shiftSeries(source, { years: 1 });
    expect(shifted.v).not.toBe(source.v);
    expect(shifted.t).not.toBe(source.t);
    expect(Array.from(shifted.v)).toEqual([1, NaN, 3]);
    expect(Array.from(source.t)).toEqual([day('2026-07-01'), day('2026-07-02'), day('2026-07-03')]);
  });

  it('re-sorts points that Feb 29 folds onto Feb 28', () => {
    const source = toSeries([
      { t: '2024-02-28T23:00:00Z', v: 1 },
      { t: '2024-02-29T01:00:00Z', v: 2 },
    ]);
    const shifted = shiftSeries(source, { years: 1 });
    expect(Array.from(shifted.t)).toEqual([day('2025-02-28T01:00:00Z'), day('2025-02-28T23:00:00Z')]);
    expect(Array.from(shifted.v)).toEqual([2, 1]);
  });

  it('shifts an empty series to an empty one', () => {
    expect(shiftSeries(toSeries([]), { months: 1 }).t.length).toBe(0);
  });
});

describe('comparisonShift', () => {
  const visible: [number, number] = [day('2026-04-01'), day('2026-06-30')];

  it.each<[string, Partial<KpiDocument>, [number, number], SeriesShift]>([
    ['overlays last year without a comparison', {}, visible, { years: 1 }],
    ['overlays last year for a fixed reference', { comparison: { type: 'reference', value: 3 } }, visible, { years: 1 }],
    ['moves a daily KPI one day for previous', { cadence: 'daily', comparison: { type: 'previous' } }, visible, { ms: days(1) }],
    ['moves a weekly KPI 4 × 7 days for 4 periods ago', { cadence: 'weekly', comparison: { type: 'periods-ago', periods: 4 } }, visible, { ms: days(28) }],
    ['moves a monthly KPI one calendar month for previous', { cadence: 'monthly', comparison: { type: 'previous' } }, visible, { months: 1 }],
    [
      'moves a monthly KPI 12 calendar months for 12 periods ago',
      { cadence: 'monthly', comparison: { type: 'periods-ago', periods: 12 } },
      visible,
      { months: 12 },
    ],
    ['moves a quarterly KPI 3 calendar months for previous', { cadence: 'quarterly', comparison: { type: 'previous' } }, visible, { months: 3 }],
    ['moves a quarterly KPI 2 × 3 months for 2 periods ago', { cadence: 'quarterly', comparison: { type: 'periods-ago', periods: 2 } }, visible, { months: 6 }],
    // 2026-04-01 → 2026-06-30 is 30 + 31 + 29 = 90 days.
    ['moves by the visible 90 days for previous without a cadence', { comparison: { type: 'previous' } }, visible, { ms: days(90) }],
    ['moves by 2 × the visible 90 days for 2 periods ago without a cadence', { comparison: { type: 'periods-ago', periods: 2 } }, visible, { ms: days(180) }],
    ['overlays last year when the visible window is empty', { comparison: { type: 'previous' } }, [visible[0], visible[0]], { years: 1 }],
    ['overlays last year when the visible window is not a number', { comparison: { type: 'previous' } }, [NaN, visible[1]], { years: 1 }],
  ])('%s', (_, doc, [from, to], expected) => {
    expect(comparisonShift(kpi(doc), from, to)).toEqual(expected);
  });
});

describe('describeTrend', () => {
  const plain = createFormatters('en-US');
  const rate = createFormatters('en-US', { style: 'percent' });
  const tickets = createFormatters('en-US', undefined, 'tickets');
  const points = (input: [number, number | null][]): Series => toSeries(input.map(([offset, v]) => ({ t: day('2026-01-01') + days(offset), v })));

  it.each<[string, Partial<KpiDocument>, Series, ReturnType<typeof createFormatters>, string]>([
    // 100 → 112 is +12 %; day 1 → day 91 is 90 days, 90 / 30.4375 ≈ 2.96 months.
    [
      'measures from the first to the last value, skipping gaps',
      {},
      points([
        [0, null],
        [1, 100],
        [45, 130],
        [91, 112],
        [92, null],
      ]),
      plain,
      'up 12.0% over 3 months',
    ],
    // 0.45 → 0.419 is −3.1 points; 42 days is 6 weeks.
    [
      'speaks of a rate in percentage points',
      {},
      points([
        [0, 0.45],
        [42, 0.419],
      ]),
      rate,
      'down 3.1 pts over 6 weeks',
    ],
    [
      'describes movement, not judgement, for a decrease KPI',
      { direction: 'decrease' },
      points([
        [0, 50],
        [7, 40],
      ]),
      plain,
      'down 20.0% over 7 days',
    ],
    // −10 → −5 is +5, or 5 / |−10| = +50 %.
    [
      'measures a relative change against the size of a negative start',
      {},
      points([
        [0, -10],
        [7, -5],
      ]),
      plain,
      'up 50.0% over 7 days',
    ],
    [
      'gives an absolute change from zero',
      {},
      points([
        [0, 0],
        [7, 5],
      ]),
      tickets,
      'up 5 tickets over 7 days',
    ],
    // 0.4 < 0.5 over 30 days ≈ 4.3 weeks.
    [
      'is flat below the minimum change',
      { minimumChange: 0.5 },
      points([
        [0, 50],
        [30, 50.4],
      ]),
      plain,
      'flat over 4 weeks',
    ],
    [
      'is not flat at exactly the minimum change',
      { minimumChange: 0.5 },
      points([
        [0, 50],
        [14, 50.5],
      ]),
      plain,
      'up 1.0% over 14 days',
    ],
    [
      'is flat with no change at all',
      {},
      points([
        [0, 50],
        [3, 50],
      ]),
      plain,
      'flat over 3 days',
    ],
    ['says when there are no values', {}, points([]), plain, 'no trend yet: no values'],
    [
      'says when every value is a gap',
      {},
      points([
        [0, null],
        [1, null],
      ]),
      plain,
      'no trend yet: no values',
    ],
    [
      'says when there is one value',
      {},
      points([
        [0, null],
        [1, 5],
        [2, null],
      ]),
      plain,
      'no trend yet: one value',
    ],
    // Issue 14: each of these printed "∞" (the change, its ratio or its hundredfold beyond the range of numbers).
    [
      'says which way a change beyond the range of numbers went, without a size',
      {},
      points([
        [0, -1.7e308],
        [7, 1.7e308],
      ]),
      plain,
      'up over 7 days',
    ],
    [
      'gives the change as it is when its ratio to the start is beyond the range of numbers',
      {},
      points([
        [0, 5e-324],
        [7, 1e308],
      ]),
      plain,
      `up 100${',000'.repeat(102)} over 7 days`,
    ],
    [
      'speaks of a rate’s huge change in percentage points, every digit',
      {},
      points([
        [0, 1e308],
        [7, 0],
      ]),
      rate,
      `down 10${',000'.repeat(103)} pts over 7 days`,
    ],
  ])('%s', (_, doc, series, format, expected) => {
    expect(describeTrend(kpi(doc), series, undefined, format)).toBe(expected);
  });

  it.each([
    ['counts a single day', 1, '1 day'],
    ['counts days under 15', 14, '14 days'],
    ['counts weeks from 15 days (15 / 7 ≈ 2.1)', 15, '2 weeks'],
    ['still counts 9 days in days', 9, '9 days'],
    ['counts weeks under 9 (62 / 7 ≈ 8.9)', 62, '9 weeks'],
    ['counts months from 63 days (63 / 30.4375 ≈ 2.07)', 63, '2 months'],
    ['counts a year as 12 months (365 / 30.4375 ≈ 11.99)', 365, '12 months'],
  ])('%s', (_, span, words) => {
    expect(
      describeTrend(
        kpi({}),
        points([
          [0, 100],
          [span, 110],
        ]),
        undefined,
        plain,
      ),
    ).toBe(`up 10.0% over ${words}`);
  });

  it('says within a day for a span under a day', () => {
    const series = toSeries([
      { t: '2026-01-01T08:00:00Z', v: 100 },
      { t: '2026-01-01T20:00:00Z', v: 110 },
    ]);
    expect(describeTrend(kpi({}), series, undefined, plain)).toBe('up 10.0% within a day');
  });

  it.each<[string, Pace, string]>([
    ['adds on track', projecting(), 'up 10.0% over 7 days, on track'],
    ['adds at risk', projecting({ verdict: 'at-risk' }), 'up 10.0% over 7 days, at risk'],
    ['adds behind pace', projecting({ verdict: 'off-track' }), 'up 10.0% over 7 days, behind pace'],
    ['adds target achieved', projecting({ verdict: 'achieved' }), 'up 10.0% over 7 days, target achieved'],
    ['adds target missed', projecting({ verdict: 'missed' }), 'up 10.0% over 7 days, target missed'],
    ['says it is too early to project', { verdict: 'insufficient-history', reason: '', expected: 40 }, 'up 10.0% over 7 days, too early to project'],
    ['adds nothing without a deadline', { verdict: 'no-deadline' }, 'up 10.0% over 7 days'],
  ])('%s when the KPI has a deadline', (_, pace, expected) => {
    expect(
      describeTrend(
        kpi({}),
        points([
          [0, 100],
          [7, 110],
        ]),
        pace,
        plain,
      ),
    ).toBe(expected);
  });

  it('adds the pace to a series too short for a trend', () => {
    expect(describeTrend(kpi({}), points([[0, 40]]), projecting(), plain)).toBe('no trend yet: one value, on track');
  });
});

describe('breachStretch', () => {
  // Days 0..4 at 10, 10, 4, 10, NaN against a floor of 8: one breaching point at day 2.
  const day = 86_400_000;
  const series = { t: Float64Array.from([0, 1, 2, 3, 4], (d) => d * day), v: Float64Array.from([10, 10, 4, 10, NaN]) };

  it.each([
    // From 10 (day 1) down to 4 (day 2), the line crosses 8 a third of the way: day 1⅓. Back up symmetrically: day 2⅔.
    ['widens a one-point breach to the crossings', 8, 'increase' as const, { from: day * (4 / 3), to: day * (8 / 3) }],
    // Ceiling 9: days 0, 1 and 3 breach. The run of days 0–1 has no left neighbour, so it starts at day 0;
    // 10 → 4 crosses 9 a sixth of the way from day 1.
    ['keeps an edge without a neighbour at the point', 9, 'decrease' as const, { from: 0, to: day * (1 + 1 / 6) }],
  ])('%s', (_name, limit, direction, expected) => {
    const run = breachRuns(series, limit, direction)[0]!;
    const stretch = breachStretch(series, run, limit);
    expect(stretch.from).toBeCloseTo(expected.from, 3);
    expect(stretch.to).toBeCloseTo(expected.to, 3);
  });

  it('stops at a gap: day 3 breaches a ceiling of 9 and day 4 is a gap', () => {
    const run = breachRuns(series, 9, 'decrease')[1]!;
    // 4 (day 2) up to 10 (day 3) crosses 9 five sixths of the way; the gap after day 3 keeps the end at day 3.
    const stretch = breachStretch(series, run, 9);
    expect(stretch.from).toBeCloseTo(day * (2 + 5 / 6), 3);
    expect(stretch.to).toBe(day * 3);
  });
});
