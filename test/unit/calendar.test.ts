import { describe, expect, it } from 'vitest';
import { addUtcMonths } from '../../src/core/calendar.js';

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
