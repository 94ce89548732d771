import { utcTicks } from 'd3-time';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addUtcMonths, utcTickStep, utcTickTimes } from '../../src/core/calendar.js';

describe('addUtcMonths', () => {
  it.each([
    { from: '2026-01-31T00:00:00.000Z', months: 1, expected: '2026-02-28T00:00:00.000Z' },
    { from: '2028-01-31T00:00:00.000Z', months: 1, expected: '2028-02-29T00:00:00.000Z' },
    { from: '2026-03-31T10:30:15.250Z', months: -1, expected: '2026-02-28T10:30:15.250Z' },
    { from: '2026-05-15T00:00:00.000Z', months: 12, expected: '2027-05-15T00:00:00.000Z' },
    { from: '2026-01-15T23:59:00.000Z', months: -13, expected: '2024-12-15T23:59:00.000Z' },
    { from: '2024-02-29T00:00:00.000Z', months: 12, expected: '2025-02-28T00:00:00.000Z' },
    { from: '2026-08-31T00:00:00.000Z', months: 0, expected: '2026-08-31T00:00:00.000Z' },
  ])('$from + $months months → $expected', ({ from, months, expected }) => {
    expect(new Date(addUtcMonths(Date.parse(from), months)).toISOString()).toBe(expected);
  });

  it('leaves a time that is not finite as it is', () => {
    expect(addUtcMonths(Number.NaN, 3)).toBeNaN();
    expect(addUtcMonths(Number.POSITIVE_INFINITY, 3)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('utcTickStep and utcTickTimes', () => {
  // d3-time (a dev dependency now) is the reference: the kit's ticks must be the very ones its utcTicks gives.
  const span = fc.oneof(
    fc.integer({ min: 1, max: 120_000 }), // up to two minutes
    fc.integer({ min: 1, max: 3 * 86_400_000 }), // up to three days
    fc.integer({ min: 1, max: 400 * 86_400_000 }), // up to 400 days
    fc.integer({ min: 1, max: 200 * 365 * 86_400_000 }), // up to two centuries
  );
  it('gives the ticks d3-time gives, for any domain and count', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2e12, max: 4e12 }), span, fc.integer({ min: 1, max: 40 }), (start, width, count) => {
        const stop = start + width;
        const step = utcTickStep(start, stop, count);
        const ours = step ? utcTickTimes(start, stop, step) : [];
        expect(ours).toEqual(utcTicks(new Date(start), new Date(stop), count).map(Number));
      }),
      { seed: 20261202, numRuns: 3000 },
    );
  });

  it.each([
    { from: '2025-11-01', to: '2026-02-28', count: 4, expected: ['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01'] },
    { from: '2026-03-01', to: '2026-03-10', count: 5, expected: ['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-08', '2026-03-10'] },
    { from: '2026-01-01', to: '2026-12-31', count: 4, expected: ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'] },
    { from: '2000-06-01', to: '2030-06-01', count: 4, expected: ['2010-01-01', '2020-01-01', '2030-01-01'] },
  ])('$from to $to in $count ticks (hand-checked)', ({ from, to, count, expected }) => {
    const start = Date.parse(from);
    const stop = Date.parse(to);
    const step = utcTickStep(start, stop, count);
    expect(step && utcTickTimes(start, stop, step).map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(expected);
  });
});
