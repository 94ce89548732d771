import { describe, expect, it } from 'vitest';
import { tickFormatOptions, tickNeedsContext, timeTicks, type TimeGranularity } from '../../src/render/time-axis.js';

const utc = Date.UTC;
const iso = (ticks: readonly number[]) => ticks.map((t) => new Date(t).toISOString().replace(':00.000Z', 'Z').replace('T00:00Z', ''));

describe('timeTicks', () => {
  it.each([
    // span, from, to, count, granularity, ticks
    ['2 hours, 2 ticks', utc(2026, 2, 4, 14), utc(2026, 2, 4, 16), 2, 'hour', ['2026-03-04T14:00Z', '2026-03-04T15:00Z', '2026-03-04T16:00Z']],
    [
      '2 hours, 5 ticks',
      utc(2026, 2, 4, 14),
      utc(2026, 2, 4, 16),
      5,
      'minute',
      ['2026-03-04T14:00Z', '2026-03-04T14:30Z', '2026-03-04T15:00Z', '2026-03-04T15:30Z', '2026-03-04T16:00Z'],
    ],
    // Two-day steps fall on even days since the epoch; 1 March 2026 is day 20513.
    ['10 days', utc(2026, 2, 1), utc(2026, 2, 11), 5, 'day', ['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-08', '2026-03-10']],
    ['90 days, 3 ticks', utc(2026, 0, 1), utc(2026, 3, 1), 3, 'month', ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01']],
    ['3 years', utc(2024, 0, 1), utc(2027, 0, 1), 5, 'year', ['2024-01-01', '2025-01-01', '2026-01-01', '2027-01-01']],
  ] as const)('ticks a span of %s at the right granularity', (_, from, to, count, granularity, expected) => {
    const axis = timeTicks(from, to, count);
    expect(axis.granularity).toBe(granularity);
    expect(iso(axis.ticks)).toEqual(expected);
  });

  it('ticks 90 days at 8 ticks weekly, on Sundays, at day granularity', () => {
    const axis = timeTicks(utc(2026, 0, 1), utc(2026, 3, 1), 8);
    expect(axis.granularity).toBe('day');
    expect(axis.ticks).toHaveLength(13);
    expect(iso(axis.ticks.slice(0, 2))).toEqual(['2026-01-04', '2026-01-11']);
    expect(axis.ticks.every((t) => new Date(t).getUTCDay() === 0)).toBe(true);
  });

  it('keeps daily ticks on UTC midnights across the host zone’s daylight-saving change (8 March 2026 in New York)', () => {
    const axis = timeTicks(utc(2026, 2, 6), utc(2026, 2, 10), 4);
    expect(iso(axis.ticks)).toEqual(['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
  });

  it('reads a reversed domain ascending', () => {
    expect(timeTicks(utc(2026, 2, 11), utc(2026, 2, 1), 5)).toEqual(timeTicks(utc(2026, 2, 1), utc(2026, 2, 11), 5));
  });

  it.each([
    ['a UTC midnight', utc(2026, 2, 4), 'day'],
    ['a whole minute', utc(2026, 2, 4, 14, 30), 'minute'],
    ['an odd second', utc(2026, 2, 4, 14, 30, 5), 'second'],
  ] as const)('gives a zero-width domain at %s one tick at %s granularity', (_, time, granularity) => {
    expect(timeTicks(time, time, 5)).toEqual({ ticks: [time], granularity });
  });

  it.each([
    ['NaN', NaN, 0],
    ['Infinity', 0, Infinity],
    ['-Infinity', -Infinity, 0],
    ['past the range of Date', 0, 1e16],
  ])('gives no ticks, without throwing, for a domain end of %s', (_, from, to) => {
    expect(timeTicks(from, to, 5)).toEqual({ ticks: [], granularity: 'day' });
  });

  it.each([0, -3, NaN])('asks for one tick when the count is %d', (count) => {
    expect(timeTicks(utc(2024, 0, 1), utc(2027, 0, 1), count)).toEqual(timeTicks(utc(2024, 0, 1), utc(2027, 0, 1), 1));
  });
});

describe('tickFormatOptions', () => {
  const at = utc(2026, 2, 4, 14, 0, 30);
  const label = (granularity: TimeGranularity, context?: boolean) => new Intl.DateTimeFormat('en-US', tickFormatOptions(granularity, context)).format(at);

  it.each([
    ['year', '2026', '2026'],
    ['month', 'Mar', 'Mar 2026'],
    ['day', 'Mar 4', 'Mar 4, 2026'],
    ['hour', '14:00', 'Mar 4, 14:00'],
    ['minute', '14:00', 'Mar 4, 14:00'],
    ['second', '14:00:30', 'Mar 4, 14:00:30'],
  ] as const)('labels %s ticks “%s”, or “%s” with context', (granularity, plain, withContext) => {
    expect(label(granularity)).toBe(plain);
    expect(label(granularity, true)).toBe(withContext);
  });

  it('formats in UTC, so a UTC midnight is its own date in New York', () => {
    expect(tickFormatOptions('day').timeZone).toBe('UTC');
    expect(new Intl.DateTimeFormat('en-US', tickFormatOptions('day')).format(utc(2026, 0, 1))).toBe('Jan 1');
  });

  it('returns a fresh object the caller may extend', () => {
    const options = tickFormatOptions('month');
    options.month = 'long';
    expect(tickFormatOptions('month').month).toBe('short');
  });
});

describe('tickNeedsContext', () => {
  it('marks the first month tick of a new year (Nov, Dec, Jan 2027, Feb)', () => {
    const ticks = [utc(2026, 10, 1), utc(2026, 11, 1), utc(2027, 0, 1), utc(2027, 1, 1)];
    expect(ticks.map((_, i) => tickNeedsContext(ticks, i, 'month'))).toEqual([false, false, true, false]);
  });

  it('marks the first hour tick of a new UTC day', () => {
    const ticks = [utc(2026, 2, 4, 18), utc(2026, 2, 5, 0), utc(2026, 2, 5, 6)];
    expect(ticks.map((_, i) => tickNeedsContext(ticks, i, 'hour'))).toEqual([false, true, false]);
  });

  it('never marks year ticks or an index out of range', () => {
    const ticks = [utc(2025, 0, 1), utc(2026, 0, 1)];
    expect([tickNeedsContext(ticks, 1, 'year'), tickNeedsContext(ticks, 2, 'day'), tickNeedsContext(ticks, -1, 'day')]).toEqual([false, false, false]);
  });
});
