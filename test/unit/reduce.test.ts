import { describe, expect, it } from 'vitest';
import { createM4Reducer, M4_POINTS_PER_COLUMN, reduceM4 } from '../../src/core/reduce.js';
import { indexAtOrBefore, type Series } from '../../src/core/series.js';

const N = Number.NaN;
const series = (t: number[], v: number[]): Series => ({ t: Float64Array.from(t), v: Float64Array.from(v) });
const columns = (s: Series) => ({ t: Array.from(s.t), v: Array.from(s.v) });

type Case = [name: string, input: Series, domain: [x0: number, x1: number, columns: number], expected: { t: number[]; v: number[] }];

describe('reduceM4', () => {
  it.each<Case>([
    [
      '8 points into 2 columns keeps first, min, max and last of each, once each',
      // Column 0 (t 0–3): 1 is first and min, 5 is max and last. Column 1 (t 4–7): 4 first and min, 9 max, 6 last; 7 goes.
      series([0, 1, 2, 3, 4, 5, 6, 7], [1, 3, 2, 5, 4, 9, 7, 6]),
      [0, 8, 2],
      { t: [0, 3, 4, 5, 7], v: [1, 5, 4, 9, 6] },
    ],
    [
      '12 points into 2 columns emits a max before its min in time order',
      // Column 0: 5 first, 9 max, 1 min, 4 last (7 and 3 go). Column 1: 2 first, 0 min, first 8 is max, 2 last.
      series([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [5, 7, 9, 1, 3, 4, 2, 2, 0, 8, 8, 2]),
      [0, 12, 2],
      { t: [0, 2, 3, 5, 6, 8, 9, 11], v: [5, 9, 1, 4, 2, 0, 8, 2] },
    ],
    ['takes the first of tied minima and lets first stand for a tied maximum', series([0, 1, 2, 3], [2, 1, 1, 2]), [0, 4, 1], { t: [0, 1, 3], v: [2, 1, 2] }],
    ['emits one point for a one-point column and two for a two-point column', series([0, 2, 3], [7, 1, 8]), [0, 4, 2], { t: [0, 2, 3], v: [7, 1, 8] }],
    ['emits nothing for empty columns', series([0, 9], [1, 2]), [0, 10, 10], { t: [0, 9], v: [1, 2] }],
    [
      'skips points before x0 and after x1, and puts a point at x1 in the last column',
      // Columns 10–15 and 15–20; the gap at 5 is outside too.
      series([0, 5, 10, 14, 15, 20, 25], [100, N, 1, 2, 3, 4, 200]),
      [10, 20, 2],
      { t: [10, 14, 15, 20], v: [1, 2, 3, 4] },
    ],
    ['starts at the first of several points exactly at x0', series([5, 10, 10, 12], [9, 1, 2, 3]), [10, 12, 1], { t: [10, 12], v: [1, 3] }],
  ])('%s', (_, input, [x0, x1, count], expected) => {
    const reduced = reduceM4(input, x0, x1, count);
    expect(reduced.t).toBeInstanceOf(Float64Array);
    expect(reduced.v).toBeInstanceOf(Float64Array);
    expect(columns(reduced)).toEqual(expected);
  });

  describe('keeps gaps as NaN points at the time of a real gap', () => {
    it.each<Case>([
      ['keeps a gap between two points of one column', series([0, 1, 2], [1, N, 3]), [0, 3, 1], { t: [0, 1, 2], v: [1, N, 3] }],
      [
        'keeps a gap that opens a column, breaking the link from the previous one',
        series([0, 1, 2, 3], [1, 2, N, 5]),
        [0, 4, 2],
        { t: [0, 1, 2, 3], v: [1, 2, N, 5] },
      ],
      [
        'keeps a trailing gap after an earlier gap, breaking the link to the next column',
        series([0, 1, 2, 3, 4], [3, N, 4, N, 5]),
        [0, 8, 2],
        { t: [0, 1, 2, 3, 4], v: [3, N, 4, N, 5] },
      ],
      ['collapses a run of gaps inside a column into its first', series([0, 1, 2, 3, 4], [1, N, N, N, 2]), [0, 5, 1], { t: [0, 1, 4], v: [1, N, 2] }],
      ['marks an all-gap column with one NaN point', series([0, 1, 2, 3, 4, 5], [1, 2, N, N, 5, 6]), [0, 6, 3], { t: [0, 1, 2, 4, 5], v: [1, 2, N, 5, 6] }],
      [
        'emits at most 6 points: first, first gap, max, min, last, trailing gap',
        // 2 (t 3) is no extreme; the gap at t 6 is neither the first nor the last gap.
        series([0, 1, 2, 3, 4, 5, 6, 7], [1, N, 5, 2, 0, 3, N, N]),
        [0, 10, 1],
        { t: [0, 1, 2, 4, 5, 7], v: [1, N, 5, 0, 3, N] },
      ],
    ])('%s', (_, input, [x0, x1, count], expected) => {
      expect(columns(reduceM4(input, x0, x1, count))).toEqual(expected);
    });
  });

  describe('never throws on degenerate input', () => {
    const four = series([4, 5, 5, 6], [1, 2, 3, 4]);
    it.each<Case>([
      ['reduces an empty series to an empty series', series([], []), [0, 10, 600], { t: [], v: [] }],
      ['reduces to nothing with zero columns', four, [0, 10, 0], { t: [], v: [] }],
      ['reduces to nothing with negative columns', four, [0, 10, -3], { t: [], v: [] }],
      ['reduces to nothing with NaN columns', four, [0, 10, N], { t: [], v: [] }],
      ['reduces to nothing when x1 is before x0', four, [10, 0, 600], { t: [], v: [] }],
      ['reduces to nothing over a NaN domain', four, [N, 10, 600], { t: [], v: [] }],
      ['reduces to nothing over an infinite domain', four, [-Infinity, Infinity, 600], { t: [], v: [] }],
      ['keeps the points at the instant of a zero-width domain, as one column', four, [5, 5, 600], { t: [5, 5], v: [2, 3] }],
      ['keeps a single point', series([5], [1]), [0, 10, 600], { t: [5], v: [1] }],
      ['marks each all-gap column once', series([0, 1, 2], [N, N, N]), [0, 3, 3], { t: [0, 1, 2], v: [N, N, N] }],
      ['marks an all-gap series in one column once', series([0, 1, 2], [N, N, N]), [0, 3, 1], { t: [0], v: [N] }],
    ])('%s', (_, input, [x0, x1, count], expected) => {
      expect(columns(reduceM4(input, x0, x1, count))).toEqual(expected);
    });
  });
});

/** Deterministic PRNG (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const T0 = 1767225600000; // 2026-01-01T00:00Z
const MINUTE = 60_000;

/** One point a minute from T0, a random walk with runs of 1–20 gaps starting at `gapRate` of the points. */
function randomWalk(length: number, seed: number, gapRate = 0.001): Series {
  const next = random(seed);
  const t = new Float64Array(length);
  const v = new Float64Array(length);
  let value = 100;
  let gapLeft = 0;
  for (let i = 0; i < length; i++) {
    t[i] = T0 + i * MINUTE;
    value += next() - 0.5;
    if (gapLeft === 0 && next() < gapRate) gapLeft = 1 + Math.floor(next() * 20);
    v[i] = gapLeft > 0 ? N : value;
    if (gapLeft > 0) gapLeft--;
  }
  return { t, v };
}

interface ColumnTruth {
  first?: [number, number];
  last?: [number, number];
  min: number;
  max: number;
  gaps: number;
}

/** Per-column first, min, max, last and gap count by a plain loop over the points in [x0, x1]. */
function bruteForce(s: Series, x0: number, x1: number, count: number, pick: (i: number) => boolean = () => true): ColumnTruth[] {
  const truth: ColumnTruth[] = Array.from({ length: count }, () => ({ min: Infinity, max: -Infinity, gaps: 0 }));
  for (let i = 0; i < s.t.length; i++) {
    const time = s.t[i] as number;
    const value = s.v[i] as number;
    if (time < x0 || time > x1 || !pick(i)) continue;
    const column = truth[Math.min(count - 1, Math.floor(((time - x0) * count) / (x1 - x0)))] as ColumnTruth;
    if (Number.isNaN(value)) {
      column.gaps++;
      continue;
    }
    column.first ??= [time, value];
    column.last = [time, value];
    column.min = Math.min(column.min, value);
    column.max = Math.max(column.max, value);
  }
  return truth;
}

/** Checks a reduction against the full series: extremes per column, only real points, and where lines break. */
function expectFaithful(s: Series, x0: number, x1: number, count: number, reduced: Series): void {
  const expected = bruteForce(s, x0, x1, count);
  const actual = bruteForce(reduced, x0, x1, count);
  expect(actual.map(({ first, last, min, max, gaps }) => ({ first, last, min, max, hasGap: gaps > 0 }))).toEqual(
    expected.map(({ first, last, min, max, gaps }) => ({ first, last, min, max, hasGap: gaps > 0 })),
  );
  expect(actual.every((column) => column.gaps <= 2)).toBe(true);

  // Every output point is an input point (times are unique here), in time order.
  const indices = Array.from(reduced.t, (time) => {
    const i = indexAtOrBefore(s, time);
    return s.t[i] === time ? i : -1;
  });
  expect(indices.every((i, k) => i >= 0 && Object.is(s.v[i], reduced.v[k]))).toBe(true);
  expect(indices.every((i, k) => k === 0 || i > (indices[k - 1] as number))).toBe(true);

  // A line through the output breaks between two defined points only if the input does,
  // and always does when the two points lie in different columns.
  const gapsBefore = new Float64Array(s.v.length + 1);
  s.v.forEach((value, i) => (gapsBefore[i + 1] = (gapsBefore[i] as number) + (Number.isNaN(value) ? 1 : 0)));
  const column = (time: number) => Math.min(count - 1, Math.floor(((time - x0) * count) / (x1 - x0)));
  let previous = -1;
  let brokenSincePrevious = false;
  const mismatches: string[] = [];
  indices.forEach((i, k) => {
    if (Number.isNaN(reduced.v[k])) {
      brokenSincePrevious = true;
      return;
    }
    if (previous >= 0) {
      const inputBreaks = (gapsBefore[i] as number) - (gapsBefore[previous + 1] as number) > 0;
      const crossesColumns = column(s.t[previous] as number) !== column(s.t[i] as number);
      if (brokenSincePrevious && !inputBreaks) mismatches.push(`false break before t=${s.t[i]}`);
      if (crossesColumns && inputBreaks && !brokenSincePrevious) mismatches.push(`lost break before t=${s.t[i]}`);
    }
    previous = i;
    brokenSincePrevious = false;
  });
  expect(mismatches).toEqual([]);
}

describe('reduceM4 against a per-column brute force', () => {
  it.each([
    // [seed, points, columns, gap rate, domain start and end as point indices]
    [1, 5000, 600, 0.01, 0, 4999],
    [2, 5000, 37, 0.05, 1200, 3800],
    [3, 300, 600, 0.1, 0, 299],
    [4, 20000, 600, 0.2, -500, 25000],
    [5, 2000, 1, 0.01, 10, 1990],
  ])('preserves every column of seed %i (%i points, %i columns, gap rate %d)', (seed, length, count, gapRate, from, to) => {
    const walk = randomWalk(length, seed, gapRate);
    const [x0, x1] = [T0 + from * MINUTE, T0 + to * MINUTE];
    expectFaithful(walk, x0, x1, count, reduceM4(walk, x0, x1, count));
  });

  it('reduces a million-point random walk to at most 4 points a column plus 2 gap markers', () => {
    const walk = randomWalk(1_000_000, 42);
    const [x0, x1] = [walk.t[0] as number, walk.t[999_999] as number];
    const reduced = reduceM4(walk, x0, x1, 600);
    const markers = reduced.v.filter(Number.isNaN).length;
    expect(markers).toBeGreaterThan(0);
    expect(markers).toBeLessThanOrEqual(2 * 600);
    expect(reduced.t.length - markers).toBeLessThanOrEqual(4 * 600);
    expect(reduced.t.length).toBeLessThanOrEqual(M4_POINTS_PER_COLUMN * 600);
    expectFaithful(walk, x0, x1, 600, reduced);
  });
});

describe('createM4Reducer', () => {
  const walk = randomWalk(3000, 7, 0.02);
  // The domain starts after the series does and ends before it, so both edges are exercised.
  const [x0, x1, count] = [T0 + 250 * MINUTE, T0 + 2750 * MINUTE, 90];
  const prefix = (length: number): Series => ({ t: walk.t.subarray(0, length), v: walk.v.subarray(0, length) });
  const oneShot = columns(reduceM4(walk, x0, x1, count));

  it('equals the one-shot reduction when points are appended one by one', () => {
    const reducer = createM4Reducer(x0, x1, count);
    for (let length = 1; length <= walk.t.length; length++) reducer.add(prefix(length), length - 1);
    expect(columns(reducer.result())).toEqual(oneShot);
  });

  it.each([[[1, 250, 251, 1000, 2749, 2751, 3000]], [[1500, 3000]], [[0, 3000]]])(
    'equals the one-shot reduction when appended in chunks ending at %j',
    (ends) => {
      const reducer = createM4Reducer(x0, x1, count);
      let from = 0;
      for (const end of ends) {
        reducer.add(prefix(end), from);
        from = end;
      }
      expect(columns(reducer.result())).toEqual(oneShot);
    },
  );

  it('returns snapshots that later appends do not change, each equal to the reduction of the prefix', () => {
    const reducer = createM4Reducer(x0, x1, count);
    reducer.add(prefix(1500));
    const early = reducer.result();
    const earlyCopy = columns(early);
    reducer.add(walk, 1500);
    expect(columns(early)).toEqual(earlyCopy);
    expect(earlyCopy).toEqual(columns(reduceM4(prefix(1500), x0, x1, count)));
    expect(columns(reducer.result())).toEqual(oneShot);
  });

  it('ignores points appended after x1', () => {
    const reducer = createM4Reducer(0, 4, 2);
    const grown = series([0, 1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 60, 70]);
    reducer.add({ t: grown.t.subarray(0, 5), v: grown.v.subarray(0, 5) });
    reducer.add(grown, 5);
    expect(columns(reducer.result())).toEqual({ t: [0, 1, 2, 4], v: [1, 2, 3, 5] });
  });

  it('adds nothing from an index at or past the end of the series', () => {
    const reducer = createM4Reducer(0, 4, 2);
    reducer.add(series([0, 1], [1, 2]), 2);
    reducer.add(series([0, 1], [1, 2]), 99);
    expect(columns(reducer.result())).toEqual({ t: [], v: [] });
  });
});

describe('createM4Reducer: extend', () => {
  const minutes = (count: number) => T0 + count * MINUTE;
  const walk = randomWalk(6000, 11, 0.03);
  const prefix = (length: number): Series => ({ t: walk.t.subarray(0, length), v: walk.v.subarray(0, length) });

  // [name, columns asked, points before, new end (minutes), points after, the grid a fresh reducer needs (columns over [T0, end])]
  it.each<[string, number, number, number, number, [number, number]]>([
    // 100 columns of 10 min over 0–1000; 0–1500 wants 151 columns of 10 min (the point at 1500 gets its own): no merge.
    ['adds columns of the same width', 100, 1000, 1500, 1501, [151, 1510]],
    // 0–2500 wants 251 columns of 10 min, over 200: pairs merge into 126 columns of 20 min.
    ['merges neighbours in pairs past twice the columns asked', 100, 1000, 2500, 2501, [126, 2520]],
    // 0–5990 wants 600 columns of 10 min: merged twice, 150 columns of 40 min.
    ['merges as often as it must', 100, 1000, 5990, 5991, [150, 6000]],
    ['keeps the folded points when nothing is appended after', 100, 1000, 2500, 1000, [126, 2520]],
  ])('%s', (_, count, before, newEnd, after, [freshColumns, freshEnd]) => {
    // Points before the extension lie inside [T0, old end): the last column's edge is the only place the two grids differ (see below).
    const reducer = createM4Reducer(minutes(0), minutes(1000), count);
    reducer.add(prefix(before));
    expect(reducer.extend(minutes(newEnd))).toBe(true);
    reducer.add(prefix(after), before);
    const fresh = reduceM4(prefix(after), minutes(0), minutes(freshEnd), freshColumns);
    expect(columns(reducer.result())).toEqual(columns(fresh));
  });

  it('keeps a point folded at the old end in the last column it had, a column before a fresh grid would put it', () => {
    // Columns 0–2 and 2–4 (the point at 4 joins the last); out to 6, columns 4–6 and 6–8 are added.
    const reducer = createM4Reducer(0, 4, 2);
    const points = series([0, 1, 3, 4, 4.5, 5, 5.5], [1, 5, 2, 9, 5, 3, 7]);
    reducer.add({ t: points.t.subarray(0, 4), v: points.v.subarray(0, 4) });
    expect(reducer.extend(6)).toBe(true);
    reducer.add(points, 4);
    // Column 4–6 holds 4.5, 5 and 5.5 (all kept); a fresh grid puts 4 there too, as first and max, and drops 4.5.
    expect(columns(reducer.result())).toEqual({ t: [0, 1, 3, 4, 4.5, 5, 5.5], v: [1, 5, 2, 9, 5, 3, 7] });
    expect(columns(reduceM4(points, 0, 8, 4))).toEqual({ t: [0, 1, 3, 4, 5, 5.5], v: [1, 5, 2, 9, 3, 7] });
  });

  it('merges the gap markers of a pair as one column would keep them', () => {
    // Columns of 1: [0: 1, gap] [1: gap, 2] [2: 3] [3: gap]. Out to 8 with 2 columns asked: 0–2, 2–4, 4–6, 6–8 after one merge.
    const points = series([0, 0.5, 1, 1.5, 2, 3], [1, N, N, 2, 3, N]);
    const reducer = createM4Reducer(0, 4, 4);
    reducer.add(points);
    expect(reducer.extend(9)).toBe(true);
    expect(columns(reducer.result())).toEqual(columns(reduceM4(points, 0, 10, 5)));
  });

  it.each([
    ['an earlier end', 0, 10, 5],
    ['the same end', 0, 10, 10],
    ['an end that is not a number', 0, 10, N],
    ['a domain with no width', 5, 5, 10],
  ])('refuses %s and changes nothing', (_, x0, x1, to) => {
    const points = series([5, 6], [1, 2]);
    const reducer = createM4Reducer(x0, x1, 4);
    reducer.add(points);
    const before = columns(reducer.result());
    expect(reducer.extend(to)).toBe(false);
    expect(columns(reducer.result())).toEqual(before);
  });
});
