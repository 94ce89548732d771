import { describe, expect, it } from 'vitest';
import type { SeriesInput } from '../../src/core/document.js';
import { EMPTY_SERIES, indexAtOrBefore, lastDefinedIndex, toSeries, type Series } from '../../src/core/series.js';

// Midnight UTC of 2026-01-01, -02, -03 in epoch ms.
const JAN_1 = 1767225600000;
const JAN_2 = 1767312000000;
const JAN_3 = 1767398400000;

const columns = (series: Series) => ({ t: Array.from(series.t), v: Array.from(series.v) });

describe('toSeries', () => {
  it.each<[string, SeriesInput, { t: number[]; v: number[] }]>([
    [
      'reads records',
      [
        { t: '2026-01-01', v: 1 },
        { t: '2026-01-02', v: 2 },
      ],
      { t: [JAN_1, JAN_2], v: [1, 2] },
    ],
    ['reads columns', { t: ['2026-01-01', '2026-01-02'], v: [1, 2] }, { t: [JAN_1, JAN_2], v: [1, 2] }],
    ['reads epoch milliseconds and ISO strings alike', { t: [JAN_1, '2026-01-02'], v: [1, 2] }, { t: [JAN_1, JAN_2], v: [1, 2] }],
    [
      'turns null into a NaN gap, not zero',
      [
        { t: '2026-01-01', v: null },
        { t: '2026-01-02', v: 0 },
      ],
      { t: [JAN_1, JAN_2], v: [Number.NaN, 0] },
    ],
    [
      'sorts records by time, values following their times',
      [
        { t: '2026-01-03', v: 3 },
        { t: '2026-01-01', v: 1 },
        { t: '2026-01-02', v: null },
      ],
      { t: [JAN_1, JAN_2, JAN_3], v: [1, Number.NaN, 3] },
    ],
    ['sorts columns by time', { t: ['2026-01-02', '2026-01-01'], v: [2, 1] }, { t: [JAN_1, JAN_2], v: [1, 2] }],
    ['keeps the input order of equal times', { t: ['2026-01-02', '2026-01-01', '2026-01-01'], v: [3, 1, 2] }, { t: [JAN_1, JAN_1, JAN_2], v: [1, 2, 3] }],
    ['truncates columns of unequal length to the shorter', { t: ['2026-01-01', '2026-01-02'], v: [1] }, { t: [JAN_1], v: [1] }],
    ['reads empty records', [], { t: [], v: [] }],
    ['reads empty columns', { t: [], v: [] }, { t: [], v: [] }],
  ])('%s', (_, input, expected) => {
    const series = toSeries(input);
    expect(series.t).toBeInstanceOf(Float64Array);
    expect(series.v).toBeInstanceOf(Float64Array);
    expect(columns(series)).toEqual(expected);
  });
});

describe('lastDefinedIndex', () => {
  const series = toSeries({ t: [1, 2, 3, 4, 5], v: [10, null, 30, null, null] });

  it.each<[string, number | undefined, number]>([
    ['skips trailing gaps', undefined, 2],
    ['looks only before the given index', 2, 0],
    ['finds a value just before the given index', 3, 2],
    ['finds nothing before index 0', 0, -1],
    ['treats an index past the end as the end', 99, 2],
    ['finds nothing before a negative index', -1, -1],
  ])('%s (before %s → %d)', (_, before, expected) => {
    expect(lastDefinedIndex(series, before)).toBe(expected);
  });

  it.each<[string, Series]>([
    ['an empty series', EMPTY_SERIES],
    ['a series of gaps', toSeries({ t: [1, 2], v: [null, null] })],
  ])('finds nothing in %s', (_, empty) => {
    expect(lastDefinedIndex(empty)).toBe(-1);
  });
});

describe('indexAtOrBefore', () => {
  const series = toSeries({ t: [10, 20, 20, 30], v: [1, 2, 3, null] });

  it.each<[string, number, number]>([
    ['finds nothing before the first point', 5, -1],
    ['finds the first point at its exact time', 10, 0],
    ['finds the point before a time between points', 15, 0],
    ['finds the last of several points at the same time', 20, 2],
    ['finds a gap too: it looks at times only', 30, 3],
    ['finds the last point after the end', 1000, 3],
    ['finds nothing for NaN', Number.NaN, -1],
  ])('%s (%d → %d)', (_, time, expected) => {
    expect(indexAtOrBefore(series, time)).toBe(expected);
  });

  it('finds nothing in an empty series', () => {
    expect(indexAtOrBefore(EMPTY_SERIES, 0)).toBe(-1);
  });
});
