import { describe, expect, it } from 'vitest';
import {
  addCalendarDuration,
  CADENCE_MS,
  calendarDuration,
  durationMs,
  MS_PER_DAY,
  nominalDurationMs,
  reportTimeFromAttribute,
  toEpochMs,
} from '../../src/core/time.js';

describe('toEpochMs', () => {
  it.each<[string, string | number, number]>([
    ['reads a date without a time as midnight UTC, not local midnight', '2026-09-30', 1790726400000],
    ['reads a time without a zone as UTC', '2026-09-30T12:00', 1790769600000],
    ['accepts a space instead of the T', '2026-09-30 12:00', 1790769600000],
    ['reads seconds without a zone as UTC', '2026-09-30T12:00:30', 1790769630000],
    ['reads fractional seconds', '2026-09-30T12:00:00.5Z', 1790769600500],
    ['reads Z as UTC', '2026-09-30T12:00:00Z', 1790769600000],
    ['applies a positive offset', '2026-09-30T12:00:00+02:00', 1790762400000],
    ['applies a negative offset without a colon', '2026-09-30T12:00:00-0400', 1790784000000],
    // 02:30 on 2026-03-08 does not exist in New York (clocks spring forward); as UTC it is fine.
    ['reads a wall-clock time skipped by daylight saving in New York as UTC', '2026-03-08T02:30', 1772937000000],
    ['reads the first of January as UTC though it is still 31 December in New York', '2026-01-01', 1767225600000],
    ['passes epoch milliseconds through', 1790726400000, 1790726400000],
    ['passes negative epoch milliseconds through', -86400000, -86400000],
  ])('%s', (_, input, expected) => {
    expect(toEpochMs(input)).toBe(expected);
  });

  it.each<[string, string | number]>([
    ['words', 'yesterday'],
    ['an empty string', ''],
    ['month 13', '2026-13-01'],
    ['hour 25', '2026-09-30T25:00'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('gives NaN for %s', (_, input) => {
    expect(toEpochMs(input)).toBeNaN();
  });

  /** Date.parse would roll impossible days over and read non-ISO strings in local time; toEpochMs refuses both. */
  it.each<[string, string]>([
    ['30 February, which Date.parse rolls over to 2 March', '2026-02-30'],
    ['a slash date, which Date.parse reads as local midnight', '2026/09/30'],
    ['a month without a leading zero, read as local midnight', '2026-9-30'],
    ['an English date, read as local midnight', 'September 30, 2026'],
  ])('gives NaN for %s', (_, input) => {
    expect(toEpochMs(input)).toBeNaN();
  });
});

describe('durationMs', () => {
  it.each<[string, number]>([
    ['P2D', 172800000],
    ['PT36H', 129600000],
    ['P1W', 604800000],
    ['P1W2D', 777600000],
    ['P1DT12H', 129600000],
    ['PT1H30M', 5400000],
    ['PT90M', 5400000],
    ['PT30S', 30000],
    ['PT0.5H', 1800000],
    ['P0D', 0],
  ])('reads %s as %d ms', (duration, expected) => {
    expect(durationMs(duration)).toBe(expected);
  });

  it.each([
    ['an empty P', 'P'],
    ['an empty T', 'PT'],
    ['months, which have no fixed length', 'P1M'],
    ['years, which have no fixed length', 'P1Y'],
    ['lower case', 'p2d'],
    ['words', '2 days'],
    ['an empty string', ''],
  ])('gives NaN for %s', (_, duration) => {
    expect(durationMs(duration)).toBeNaN();
  });
});

describe('CADENCE_MS', () => {
  it.each<[keyof typeof CADENCE_MS, number]>([
    ['daily', 86400000],
    ['weekly', 604800000],
    // 365.25 / 12 days and 365.25 / 4 days.
    ['monthly', 2629800000],
    ['quarterly', 7889400000],
  ])('makes a %s period %d ms', (cadence, expected) => {
    expect(CADENCE_MS[cadence]).toBe(expected);
  });
});

describe('reportTimeFromAttribute (the now attribute)', () => {
  it.each<[string, string | null, number | undefined]>([
    ['reads a date as midnight UTC', '2026-11-23', 1795392000000],
    ['reads a date-time with a zone', '2026-11-23T09:00Z', 1795424400000],
    ['trims white space', ' 2026-11-23 ', 1795392000000],
    ['reads epoch milliseconds', '1795424400000', 1795424400000],
    ['leaves a missing attribute to the current time', null, undefined],
    ['leaves an empty attribute to the current time', '', undefined],
    ['leaves words to the current time', 'today', undefined],
    ['leaves an impossible date to the current time', '2026-02-30', undefined],
  ])('%s', (_, input, expected) => {
    expect(reportTimeFromAttribute(input)).toBe(expected);
  });
});

describe('calendarDuration and addCalendarDuration (maxAge in months and years)', () => {
  it.each<[string, { months: number; ms: number } | undefined]>([
    ['P1M', { months: 1, ms: 0 }],
    ['P1Y', { months: 12, ms: 0 }],
    // 3 days 4 h 5 min 6 s = 259200000 + 14400000 + 300000 + 6000.
    ['P1Y2M3DT4H5M6S', { months: 14, ms: 273906000 }],
    ['P2D', { months: 0, ms: 172800000 }],
    ['P1.5M', undefined],
    ['1 month', undefined],
  ])('reads %s', (text, expected) => {
    expect(calendarDuration(text)).toEqual(expected);
  });

  it.each<[string, string, string, string]>([
    ['adds a month in the UTC calendar', '2026-03-15T12:00Z', 'P1M', '2026-04-15T12:00:00.000Z'],
    ['keeps 31 January at the end of February', '2026-01-31', 'P1M', '2026-02-28T00:00:00.000Z'],
    ['lands on 29 February in a leap year', '2028-01-31', 'P1M', '2028-02-29T00:00:00.000Z'],
    ['crosses into the next year', '2026-11-30', 'P3M', '2027-02-28T00:00:00.000Z'],
    ['adds years, then months, then the fixed part', '2026-01-01', 'P1Y2M3DT4H5M6S', '2027-03-04T04:05:06.000Z'],
  ])('%s: %s + %s', (_, from, duration, expected) => {
    const parts = calendarDuration(duration);
    if (!parts) throw new Error(duration);
    expect(new Date(addCalendarDuration(toEpochMs(from), parts)).toISOString()).toBe(expected);
  });
});

describe('nominalDurationMs (the pace-window attribute)', () => {
  it.each<[string | undefined, number | undefined]>([
    ['P90D', 90 * MS_PER_DAY],
    ['P2W', 14 * MS_PER_DAY],
    // Months at 30.4375 days, years at 12 of them (365.25 days).
    ['P6M', 6 * 30.4375 * MS_PER_DAY],
    ['P10Y', 10 * 365.25 * MS_PER_DAY],
    ['P1Y1D', 366.25 * MS_PER_DAY],
    [' P3M ', 3 * 30.4375 * MS_PER_DAY],
    ['P0D', undefined],
    ['90', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('reads %j as %d ms', (text, ms) => {
    expect(nominalDurationMs(text)).toBe(ms);
  });
});
