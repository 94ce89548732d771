import { describe, expect, it } from 'vitest';
import { resolveBands } from '../../src/core/bands.js';
import { toSeries } from '../../src/core/series.js';
import { bulletGeometry } from '../../src/render/bullet.js';
import { valueTicks } from '../../src/render/domain.js';
import { linearMap } from '../../src/render/linear.js';
import { sparklineGeometry } from '../../src/render/sparkline.js';
import { kpi } from './kpi-builder.js';

describe('linearMap', () => {
  it.each([
    [[0, 50], [0, 100], 41, 82],
    [[-10, 15], [0, 100], 0, 40],
    [[1, 3], [20, 0], 2.5, 5],
  ] as const)('maps %j → %j: %d ↦ %d', (domain, range, value, expected) => {
    expect(linearMap(domain, range)(value)).toBeCloseTo(expected, 10);
  });

  it('maps a zero-width domain to the middle of the range instead of dividing by zero', () => {
    expect(linearMap([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('bulletGeometry', () => {
  const retention = resolveBands(kpi({ value: 41, target: { value: 45 }, baseline: { value: 38 } }), 45).bands;

  it('lays bands, bar and ticks on a zero-based nice domain (0–49.5 → 0–50)', () => {
    const g = bulletGeometry({ bands: retention, value: 41, target: 45, comparative: 38 });
    expect(g.domain).toEqual([0, 50]);
    expect(g.bands.map((b) => [b.x, b.width, b.intensity])).toEqual([
      [0, 76, 2],
      [76, 14, 1],
      [90, 10, 0],
    ]);
    expect(g.bar).toEqual({ x: 0, width: 82 });
    expect([g.target, g.comparative]).toEqual([90, 76]);
    // The scale: 0 to 50 in steps of 10, its ends on the track's ends.
    expect(g.ticks).toEqual([0, 10, 20, 30, 40, 50].map((value) => ({ value, x: value * 2 })));
  });

  it('extends the domain for over-achievement instead of clamping (60 of 45 → domain 0–70)', () => {
    const g = bulletGeometry({ bands: retention, value: 60, target: 45 });
    expect(g.domain).toEqual([0, 70]);
    expect(g.bar.width).toBeCloseTo((60 / 70) * 100, 10);
    expect(g.target).toBeCloseTo((45 / 70) * 100, 10);
    // Steps of 10 would give 8 labels; steps of 20 give 4, the last short of the end.
    expect(g.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60]);
  });

  it('stops a scale for 90.7 % against a 92 % target at 100 %, not 120 % (a notch of room, then nice)', () => {
    // The outermost mark is the target, 0.92; 4 % of room is 0.9568, which d3 nices (steps of 0.2) to 1.
    const bands = [
      { from: -Infinity, to: 0.85, status: 'critical' as const, label: 'poor' },
      { from: 0.85, to: 0.9, status: 'warning' as const, label: 'fair' },
      { from: 0.9, to: Infinity, status: 'good' as const, label: 'good' },
    ];
    const g = bulletGeometry({ bands, value: 0.907, target: 0.92 });
    expect(g.domain).toEqual([0, 1]);
    expect(g.target).toBeCloseTo(92, 10);
    expect(g.bands.map((b) => [b.x, b.width].map((n) => Math.round(n)))).toEqual([
      [0, 85],
      [85, 5],
      [90, 10],
    ]);
  });

  it('draws a negative measure leftwards from zero (domain −10 to 15)', () => {
    const g = bulletGeometry({ bands: [], value: -5, target: 10 });
    expect(g.domain).toEqual([-10, 15]);
    expect(g.bar).toEqual({ x: 20, width: 20 });
    expect(g.target).toBe(80);
    expect(g.ticks.map((t) => [t.value, t.x])).toEqual([
      [-10, 0],
      [-5, 20],
      [0, 40],
      [5, 60],
      [10, 80],
      [15, 100],
    ]);
  });

  it('never throws on a zero value with no bands', () => {
    const g = bulletGeometry({ bands: [], value: 0 });
    expect(g.bar.width).toBe(0);
    expect(g.domain[0]).toBeLessThan(g.domain[1]);
  });
});

describe('sparklineGeometry', () => {
  const series = toSeries({ t: [0, 1, 2, 3], v: [1, null, 3, 2] });

  it('breaks the line at gaps and fits the axis to the data (1–3)', () => {
    const g = sparklineGeometry({ series, width: 30, height: 20, yDomain: 'fit', inset: 0 });
    expect(g.domain).toEqual([1, 3]);
    // x: 0,1,2,3 → 0,10,20,30; y: 1 → 20, 3 → 0, 2 → 10. The lone first point is its own segment.
    expect(g.line).toBe('M0,20ZM20,0L30,10');
    expect(g.last).toEqual({ x: 30, y: 10 });
    expect(g.definedPoints).toBe(3);
  });

  it('starts the axis at zero when declared (0–3), and shades the band', () => {
    const g = sparklineGeometry({ series, width: 30, height: 30, yDomain: 'zero', inset: 0, bands: [{ from: 2, to: 3, status: 'good' }] });
    expect(g.domain).toEqual([0, 3]);
    expect(g.bands).toEqual([{ y: 0, height: 10, status: 'good' }]);
  });

  it('stays drawable for an all-gap series', () => {
    const g = sparklineGeometry({ series: toSeries({ t: [0, 1], v: [null, null] }), width: 10, height: 10, yDomain: 'fit' });
    expect(g.line).toBe('');
    expect(g.last).toBeUndefined();
    expect(g.definedPoints).toBe(0);
  });
});

describe('sparklineGeometry with an open-ended band', () => {
  it('shades to the chart edge without stretching the axis', () => {
    const g = sparklineGeometry({
      series: toSeries({ t: [0, 1], v: [1, 3] }),
      width: 10,
      height: 20,
      yDomain: 'fit',
      inset: 0,
      bands: [
        { from: -Infinity, to: 2, status: 'critical' },
        { from: 2, to: Infinity, status: 'good' },
      ],
    });
    expect(g.domain).toEqual([1, 3]);
    expect(g.bands).toEqual([
      { y: 10, height: 10, status: 'critical' },
      { y: 0, height: 10, status: 'good' },
    ]);
  });
});

describe('bulletGeometry far from zero', () => {
  it('fits the scale and marks the measure instead of drawing a bar (availability 99.5–99.96 %)', () => {
    const bands = [
      { from: -Infinity, to: 0.995, status: 'critical' as const, label: 'off target' },
      { from: 0.995, to: 0.999, status: 'warning' as const, label: 'deviating' },
      { from: 0.999, to: Infinity, status: 'good' as const, label: 'on target' },
    ];
    const g = bulletGeometry({ bands, value: 0.9996, target: 0.999 });
    // least 0.995, most 0.9996; pad 0.15 × 0.0046 = 0.00069 → nice(0.99431, 1.00029) = [0.994, 1.001].
    expect(g.domain[0]).toBeCloseTo(0.994, 10);
    expect(g.domain[1]).toBeCloseTo(1.001, 10);
    expect(g.measure).toBe('marker');
    expect(g.bar.width).toBe(0);
    expect(g.bar.x).toBeCloseTo(((0.9996 - 0.994) / 0.007) * 100, 8);
    // The warning band is 4/7 of the track instead of a pixel.
    expect(g.bands[1]?.width).toBeCloseTo((0.004 / 0.007) * 100, 8);
  });

  it('keeps Few’s zero-based bar when the data spans more than a twentieth of the scale (38 → 45)', () => {
    expect(bulletGeometry({ bands: [], value: 41, target: 45, comparative: 38 }).measure).toBe('bar');
  });
});

describe('valueTicks', () => {
  it.each([
    { d0: 0, d1: 10, count: 5, expected: [0, 2, 4, 6, 8, 10] },
    { d0: 1e-306, d1: 2e-306, count: 5, expected: [1e-306, 1.2e-306, 1.4e-306, 1.6e-306, 1.8e-306, 2e-306] },
    // d3-array's step underflows here, and its ticks() would throw "Invalid array length".
    { d0: 4.4e-323, d1: 5.4e-323, count: 5, expected: [] },
    { d0: 2.2e-308, d1: 2.3e-308, count: 5, expected: [] },
  ])('[$d0, $d1] in $count → $expected', ({ d0, d1, count, expected }) => {
    const ticks = valueTicks(d0, d1, count);
    expect(ticks).toHaveLength(expected.length);
    // Relative: these ticks are as small as 1e-306, beyond what an absolute tolerance can tell apart.
    ticks.forEach((tick, i) => expect(Math.abs(tick - (expected[i] as number))).toBeLessThanOrEqual(Math.abs(expected[i] as number) * 1e-12));
  });
});
