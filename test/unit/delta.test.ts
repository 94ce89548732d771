import { describe, expect, it } from 'vitest';
import { computeDelta, type CurrentValue, type Delta } from '../../src/core/delta.js';
import type { KpiDocument } from '../../src/core/document.js';
import { toKpi } from '../../src/core/model.js';
import { toEpochMs } from '../../src/core/time.js';

const day = (date: string): number => toEpochMs(date);

/** Daily points; 03-03 is a gap. */
const SERIES = [
  { t: '2026-03-01', v: 10 },
  { t: '2026-03-02', v: 12 },
  { t: '2026-03-03', v: null },
  { t: '2026-03-04', v: 11 },
  { t: '2026-03-05', v: 15 },
];

function kpi(overrides: Partial<KpiDocument>) {
  return toKpi({ id: 'k', label: 'K', series: SERIES, comparison: { type: 'previous' }, ...overrides });
}

describe('computeDelta against the previous value', () => {
  it.each<[string, Partial<KpiDocument>, CurrentValue, Partial<Delta>]>([
    [
      'compares the last point with the one before it when no time is given',
      {},
      { value: 15 },
      { reference: 11, referenceAt: day('2026-03-04'), absolute: 4, movement: 'up', judgement: 'better' },
    ],
    [
      'skips gaps to find the previous value',
      {},
      { value: 11, at: day('2026-03-04') },
      { reference: 12, referenceAt: day('2026-03-02'), absolute: -1, movement: 'down', judgement: 'worse' },
    ],
    [
      'treats a value between points as following the last point at or before it',
      {},
      { value: 14, at: day('2026-03-04T12:00Z') },
      { reference: 11, referenceAt: day('2026-03-04'), absolute: 3, movement: 'up' },
    ],
    [
      'treats a value after the series as a new point following it',
      {},
      { value: 16, at: day('2026-03-06') },
      { reference: 15, referenceAt: day('2026-03-05'), absolute: 1, movement: 'up' },
    ],
    ['ignores points after the current time', {}, { value: 12, at: day('2026-03-02') }, { reference: 10, referenceAt: day('2026-03-01'), absolute: 2 }],
    [
      'judges a fall better when decrease is better',
      { direction: 'decrease' },
      { value: 11, at: day('2026-03-04') },
      { absolute: -1, movement: 'down', judgement: 'better' },
    ],
    ['judges a rise worse when decrease is better', { direction: 'decrease' }, { value: 15 }, { absolute: 4, movement: 'up', judgement: 'worse' }],
    ['passes the comparison label through', { comparison: { type: 'previous', label: 'vs yesterday' } }, { value: 15 }, { label: 'vs yesterday' }],
  ])('%s', (_, overrides, current, expected) => {
    expect(computeDelta(kpi(overrides), current)).toMatchObject(expected);
  });

  it('gives the relative change as a fraction of the reference', () => {
    // 4 / 11
    expect(computeDelta(kpi({}), { value: 15 })?.relative).toBeCloseTo(0.363636363636, 10);
  });

  it('does not flag walking back over gaps, which is what "previous" means', () => {
    expect(computeDelta(kpi({}), { value: 11, at: day('2026-03-04') })).not.toHaveProperty('walkedBack');
  });
});

describe('computeDelta against the value N periods ago', () => {
  it.each<[string, number, CurrentValue, Partial<Delta> | undefined]>([
    ['counts series points back from the current one', 4, { value: 15 }, { reference: 10, referenceAt: day('2026-03-01'), absolute: 5, relative: 0.5 }],
    ['counts a virtual current point after the series', 2, { value: 16, at: day('2026-03-06') }, { reference: 11, absolute: 5 }],
    [
      'walks back to the nearest earlier value when that point is a gap',
      2,
      { value: 15 },
      { reference: 12, referenceAt: day('2026-03-02'), absolute: 3, relative: 0.25, walkedBack: true },
    ],
    ['has no delta when the series is not that long', 5, { value: 15 }, undefined],
  ])('%s', (_, periods, current, expected) => {
    const delta = computeDelta(kpi({ comparison: { type: 'periods-ago', periods } }), current);
    if (expected === undefined) expect(delta).toBeUndefined();
    else expect(delta).toMatchObject(expected);
  });

  it('does not flag a point that was present', () => {
    const delta = computeDelta(kpi({ comparison: { type: 'periods-ago', periods: 4 } }), { value: 15 });
    expect(delta).not.toHaveProperty('walkedBack');
  });
});

describe('computeDelta against a fixed reference', () => {
  it.each<[string, number, number, Partial<Delta>]>([
    ['reads a fall below the reference', 20, 15, { reference: 20, absolute: -5, relative: -0.25, movement: 'down', judgement: 'worse' }],
    ['gives no relative change against a reference of 0', 0, 15, { reference: 0, absolute: 15, relative: null, movement: 'up' }],
    ['keeps the sign of the movement for a negative reference', -4, -2, { absolute: 2, relative: 0.5, movement: 'up', judgement: 'better' }],
    ['reads no change as flat and neutral', 7, 7, { absolute: 0, relative: 0, movement: 'flat', judgement: 'neutral' }],
    // Issue 14: 1e308 against 5e-324 made a relative change of Infinity, printed "∞%".
    [
      'gives no relative change against a reference whose ratio is beyond the range of numbers',
      5e-324,
      1e308,
      { absolute: 1e308, relative: null, movement: 'up' },
    ],
  ])('%s', (_, reference, value, expected) => {
    const delta = computeDelta(kpi({ comparison: { type: 'reference', value: reference } }), { value });
    expect(delta).toMatchObject(expected);
    expect(delta).not.toHaveProperty('referenceAt');
  });

  it('needs no series', () => {
    const delta = computeDelta(kpi({ series: undefined, value: 3, comparison: { type: 'reference', value: 2 } }), { value: 3 });
    expect(delta).toMatchObject({ reference: 2, absolute: 1, relative: 0.5, movement: 'up' });
  });
});

describe('computeDelta with a minimum meaningful change', () => {
  it.each<[string, number, number, number, 'up' | 'down' | 'flat']>([
    ['reads a 0.2 rise as flat when 0.5 is the smallest meaningful change', 0.5, 15, 15.2, 'flat'],
    ['reads a 0.2 fall as flat when 0.5 is the smallest meaningful change', 0.5, 15, 14.8, 'flat'],
    ['reads a change of exactly the minimum as a movement', 0.5, 10, 10.5, 'up'],
    ['is not fooled by 0.3 − 0.1 being 0.19999999999999998', 0.2, 0.1, 0.3, 'up'],
    ['reads a rounding residue as flat when no minimum is set', 0, 0.3, 0.1 + 0.2, 'flat'],
  ])('%s', (_, minimumChange, reference, value, movement) => {
    const delta = computeDelta(kpi({ minimumChange, comparison: { type: 'reference', value: reference } }), { value });
    expect(delta?.movement).toBe(movement);
    expect(delta?.judgement).toBe(movement === 'flat' ? 'neutral' : 'better');
  });

  it('still reports the small absolute change it reads as flat', () => {
    const delta = computeDelta(kpi({ minimumChange: 0.5, comparison: { type: 'reference', value: 15 } }), { value: 15.2 });
    expect(delta?.absolute).toBeCloseTo(0.2, 12);
  });
});

describe('computeDelta for a KPI aiming at a target', () => {
  const TWO_POINTS = [
    { t: '2026-03-01', v: 40 },
    { t: '2026-03-02', v: null },
  ];
  it.each<[string, number, 'up' | 'down' | 'flat', 'better' | 'worse' | 'neutral']>([
    ['judges getting closer from below better', 43, 'up', 'better'],
    ['judges overshooting to a smaller distance better', 47, 'up', 'better'],
    ['judges crossing to the same distance neutral', 50, 'up', 'neutral'],
    ['judges moving away worse', 38, 'down', 'worse'],
  ])('%s (40 → %d, target 45)', (_, value, movement, judgement) => {
    const target = kpi({ direction: 'target', target: { value: 45 }, series: TWO_POINTS });
    expect(computeDelta(target, { value, at: day('2026-03-02') })).toMatchObject({ reference: 40, movement, judgement });
  });

  it('measures each value against the per-period target in force at its time', () => {
    const budget = kpi({
      direction: 'target',
      targets: [
        { t: '2026-01-01', v: 100 },
        { t: '2026-02-01', v: 120 },
      ],
      series: [
        { t: '2026-01-15', v: 100 },
        { t: '2026-02-15', v: 110 },
      ],
    });
    // January was on its budget (distance 0); February is 10 under its own (distance 10).
    expect(computeDelta(budget, { value: 110 })).toMatchObject({ movement: 'up', judgement: 'worse' });
  });

  it('measures a fixed reference against the current target', () => {
    const target = kpi({ direction: 'target', target: { value: 45 }, comparison: { type: 'reference', value: 44 } });
    // |44 − 45| = |46 − 45|
    expect(computeDelta(target, { value: 46 })).toMatchObject({ movement: 'up', judgement: 'neutral' });
  });

  it('is neutral when no target is known', () => {
    expect(computeDelta(kpi({ direction: 'target' }), { value: 15 })).toMatchObject({ movement: 'up', judgement: 'neutral' });
  });
});

describe('computeDelta with nothing to compare', () => {
  it.each<[string, Partial<KpiDocument>, CurrentValue]>([
    ['has no delta without a comparison', { comparison: undefined }, { value: 15 }],
    ['has no delta for a series with one point', { series: [{ t: '2026-03-01', v: 10 }] }, { value: 10 }],
    ['has no delta for an empty series', { series: [] }, { value: 10 }],
    [
      'has no delta when every point is a gap',
      {
        series: [
          { t: '2026-03-01', v: null },
          { t: '2026-03-02', v: null },
        ],
      },
      { value: 10 },
    ],
    ['has no delta before the first point', {}, { value: 9, at: day('2026-02-28') }],
    ['has no delta against the previous value without a series', { series: undefined, value: 3 }, { value: 3 }],
    ['has no delta for a current value that is not a number', {}, { value: Number.NaN }],
    // Issue 14: 1e308 → −1.7976931348623157e308 overflowed to an absolute change of −Infinity, printed "-∞%".
    [
      'has no delta when the change is beyond the range of numbers',
      {
        series: [
          { t: '2026-03-01', v: 1e308 },
          { t: '2026-03-02', v: -Number.MAX_VALUE },
        ],
      },
      { value: -Number.MAX_VALUE },
    ],
  ])('%s', (_, overrides, current) => {
    expect(computeDelta(kpi(overrides), current)).toBeUndefined();
  });
});
