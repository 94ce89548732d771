import fc from 'fast-check';
import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { pathMaker, pathNumber } from '../../src/render/plot.js';
import { linearMap } from '../../src/render/linear.js';
import { toSeries } from '../../src/core/series.js';
import { isoPatternToEpochMs, isoToEpochMs } from '../../src/core/iso.js';

describe('pathNumber', () => {
  it('writes a position as d3-path writes it at 3 digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (value) => {
        expect(pathNumber(value)).toBe(String(Math.round(value * 1000) / 1000));
      }),
      { seed: 18, numRuns: 20_000 },
    );
    for (const value of [0, -0, -0.0004, 0.0005, -0.0005, 1.9995, -1.9995, 123456.7891, 1e12, -1e15, Infinity, -Infinity]) {
      expect(pathNumber(value)).toBe(String(Math.round(value * 1000) / 1000));
    }
  });
});

describe('the straight-segment line', () => {
  it('is the string d3-shape line() draws, gaps and one-point segments included', () => {
    const x = linearMap([0, 99], [3, 237]);
    const y = linearMap([90, 110], [45, 3]);
    const point = fc.oneof(fc.double({ min: 80, max: 120, noNaN: true }), fc.constant(NaN), fc.constant(Infinity));
    fc.assert(
      fc.property(fc.array(point, { maxLength: 120 }), (values) => {
        const t = Float64Array.from(values, (_, i) => i);
        const v = Float64Array.from(values);
        const d3 =
          line<number>()
            .defined((_, i) => Number.isFinite(t[i]) && Number.isFinite(v[i]))
            .x((_, i) => x(t[i] as number))
            .y((_, i) => y(v[i] as number))({ length: values.length } as unknown as number[]) ?? '';
        expect(pathMaker(true, x, y).line(t, v)).toBe(d3);
      }),
      { seed: 18, numRuns: 2_000 },
    );
  });
});

describe('date-only times read without the ISO pattern', () => {
  it('give, through isoToEpochMs and toSeries, the times the pattern gives, impossible dates and odd years included', () => {
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((x) => String(x).padStart(n, '0'));
    const date = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    const text = fc.oneof(
      date,
      fc.constantFrom('2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0050-03-01', '2026-1-01', '2026-01-01T00:00Z', 'x026-01-01'),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), (times) => {
        const expected = times.map((t) => isoPatternToEpochMs(t));
        expect(times.map((t) => isoToEpochMs(t))).toEqual(expected);
        const series = toSeries({ t: times, v: times.map(() => 1) });
        // toSeries sorts; NaN times sort as they come, so compare as multisets.
        const key = (x: number) => (Number.isNaN(x) ? 'NaN' : String(x));
        expect(Array.from(series.t, key).sort()).toEqual(expected.map(key).sort());
      }),
      { seed: 18, numRuns: 5_000 },
    );
  });
});
