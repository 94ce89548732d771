/**
 * Every number the geometry emits is finite, whatever finite doubles come in, the ends of the
 * number line (±1e308, ±5e-324) included: a path with NaN, Infinity or a number past single
 * precision is rejected by the browser ("<path> attribute d: Expected number") and draws nothing
 * from there on. Positions also stay within 1e7 px, where SVG's float32 is still exact to 1 px.
 * Fixed seed, so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Band } from '../../src/core/bands.js';
import type { Series } from '../../src/core/series.js';
import { bulletGeometry } from '../../src/render/bullet.js';
import { connectorGeometry, spreadAlong, type Box } from '../../src/render/connectors.js';
import { sparklineGeometry } from '../../src/render/sparkline.js';
import { laneGeometry, trendGeometry, type TrendInput } from '../../src/render/trend.js';

const RUNS = { seed: 42, numRuns: 300 } as const;
/** Beyond this a position is no longer exact to 1 px in single precision. */
const MAX_POSITION = 1e7;

const EXTREMES = [1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 1e300, -1.3e-292, 0, -0] as const;
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Finite doubles: everyday ones, any at all, and the ends of the number line. */
const value = fc.oneof(fc.double({ min: -1000, max: 1000, noNaN: true }), anyFinite, fc.constantFrom(...EXTREMES));
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const time = fc.oneof(fc.integer({ min: T0 - 400 * DAY, max: T0 + 400 * DAY }), value);
const size = fc.oneof(fc.integer({ min: 0, max: 2000 }), value);
const margin = fc.record({ top: size, right: size, bottom: size, left: size });

/** Columnar, in any order, with NaN gaps. */
const series: fc.Arbitrary<Series> = fc
  .array(fc.tuple(time, fc.option(value, { nil: Number.NaN })), { maxLength: 12 })
  .chain((points) => fc.boolean().map((sorted) => (sorted ? [...points].sort((a, b) => a[0] - b[0]) : points)))
  .map((points) => ({ t: Float64Array.from(points, ([t]) => t), v: Float64Array.from(points, ([, v]) => v) }));
const status = fc.constantFrom('good', 'warning', 'critical', 'neutral' as const);
const edge = fc.oneof(value, fc.constantFrom(-Infinity, Infinity));
const band = fc.record({ from: edge, to: edge, status, label: fc.constant('band') });
const stretch = fc.record({ from: time, to: time });

const trendInput: fc.Arbitrary<TrendInput> = fc.record(
  {
    width: size,
    height: size,
    margin,
    series,
    timeDomain: fc.tuple(time, time),
    yDomain: fc.constantFrom('fit', 'zero' as const),
    area: fc.boolean(),
    bands: fc.array(band, { maxLength: 4 }),
    target: value,
    targets: series,
    glide: fc.record({ from: fc.record({ t: time, v: value }), to: fc.record({ t: time, v: value }) }),
    projection: fc
      .array(fc.tuple(time, value, value, value), { maxLength: 5 })
      .map((rows) => ({ t: rows.map((r) => r[0]), value: rows.map((r) => r[1]), low: rows.map((r) => r[2]), high: rows.map((r) => r[3]) })),
    limits: fc.record({ floor: value, ceiling: value }, { requiredKeys: [] }),
    breaches: fc.array(stretch, { maxLength: 3 }),
    comparison: series,
    overlay: series,
    annotations: fc.array(fc.record({ t: time, label: fc.constant('note') }), { maxLength: 3 }),
  },
  { requiredKeys: ['width', 'height', 'margin', 'series', 'timeDomain', 'yDomain'] },
);

/** Every number in an SVG path string, and whether it holds anything that is not one. */
function pathNumbers(d: string): number[] {
  expect(d, d).not.toMatch(/NaN|Infinity/);
  return (d.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi) ?? []).map(Number);
}

/**
 * Walks a geometry: every number finite; path strings (keys in `paths`) and positions (every
 * other number, but data values under `dataKeys`) within MAX_POSITION.
 */
function expectFinite(geometry: unknown, paths: ReadonlySet<string>, dataKeys: ReadonlySet<string> = new Set()): void {
  const visit = (node: unknown, key: string, where: string, data: boolean): void => {
    if (typeof node === 'number') {
      expect(Number.isFinite(node), `${where} = ${node}`).toBe(true);
      if (!data) expect(Math.abs(node), `${where} = ${node}`).toBeLessThanOrEqual(MAX_POSITION);
    } else if (typeof node === 'string' && paths.has(key)) {
      for (const n of pathNumbers(node)) {
        expect(Number.isFinite(n), `${where}: ${node}`).toBe(true);
        expect(Math.abs(n), `${where}: ${node}`).toBeLessThanOrEqual(MAX_POSITION);
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, key, `${where}[${i}]`, data));
    } else if (node && typeof node === 'object') {
      for (const [k, child] of Object.entries(node)) visit(child, k, `${where}.${k}`, data || dataKeys.has(k));
    }
  };
  visit(geometry, '', 'geometry', false);
}

const TREND_PATHS = new Set(['line', 'area', 'targetStep', 'glide', 'cone', 'breachLine', 'comparison', 'overlay']);
/** Data values passed through (ticks' values, the domain, limits, times), not positions. */
const TREND_DATA = new Set(['domain', 'value', 't']);

describe('render geometry emits only finite numbers', () => {
  it('trendGeometry: paths, ticks, bands, rules, annotations and its maps', () => {
    fc.assert(
      fc.property(trendInput, value, (input, probe) => {
        const g = trendGeometry(input);
        expectFinite(g, TREND_PATHS, TREND_DATA);
        // The maps the element draws the crosshair and focus point with.
        expect(Number.isFinite(g.x(probe)) && Number.isFinite(g.y(probe)), `x/y(${probe})`).toBe(true);
        expect(Math.max(Math.abs(g.x(probe)), Math.abs(g.y(probe)))).toBeLessThanOrEqual(MAX_POSITION);
      }),
      RUNS,
    );
  });

  it('laneGeometry: the lane line, its limit and breach zone', () => {
    fc.assert(
      fc.property(
        series,
        value,
        fc.constantFrom('increase', 'decrease' as const),
        fc.tuple(time, time),
        size,
        size,
        margin,
        fc.array(stretch, { maxLength: 3 }),
        (s, limit, direction, timeDomain, width, height, m, breaches) => {
          expectFinite(
            laneGeometry({ series: s, limit, direction, timeDomain, width, height, margin: m, breaches }),
            new Set(['line', 'breachLine']),
            new Set(['domain']),
          );
        },
      ),
      RUNS,
    );
  });

  it('sparklineGeometry: the line, bands, target rule and end dot', () => {
    fc.assert(
      fc.property(
        series,
        size,
        size,
        fc.constantFrom('fit', 'zero' as const),
        fc.array(band, { maxLength: 4 }),
        fc.option(value, { nil: undefined }),
        (s, width, height, yDomain, bands, target) => {
          const g = sparklineGeometry({ series: s, width, height, yDomain, bands, ...(target !== undefined && { target }) });
          expectFinite(g, new Set(['line']), new Set(['domain']));
        },
      ),
      RUNS,
    );
  });

  it('bulletGeometry: band, bar and tick positions in percent, and the scale', () => {
    const bands = fc.array(band, { maxLength: 4 }).map((list) => list as unknown as Band[]);
    fc.assert(
      fc.property(bands, value, fc.option(value, { nil: undefined }), fc.option(value, { nil: undefined }), (b, v, target, comparative) => {
        const g = bulletGeometry({ bands: b, value: v, ...(target !== undefined && { target }), ...(comparative !== undefined && { comparative }) });
        expectFinite(g, new Set(), new Set(['domain', 'value']));
        for (const x of [g.bar.x, g.bar.x + g.bar.width, g.target ?? 0, g.comparative ?? 0, ...g.bands.map((band) => band.x)]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(100);
        }
      }),
      RUNS,
    );
  });

  it('connectorGeometry: paths, arrowheads and label boxes', () => {
    const box: fc.Arbitrary<Box> = fc.record({ x: value, y: value, width: value, height: value });
    const boxes = fc.array(box, { minLength: 1, maxLength: 3 }).map((list) => new Map(list.map((b, i) => [`k${i}`, b])));
    const option = fc.option(value, { nil: undefined });
    fc.assert(
      fc.property(
        boxes,
        boxes,
        fc.constantFrom('ltr', 'rtl' as const),
        option,
        option,
        option,
        option,
        option,
        (leading, outcomes, direction, bend, anchor, spacing, head, labelGap) => {
          const links = [...leading.keys()].flatMap((from) => [...outcomes.keys()].map((to) => ({ from, to })));
          const options = Object.fromEntries(Object.entries({ bend, anchor, spacing, head, labelGap }).filter(([, v]) => v !== undefined));
          const connectors = connectorGeometry({ leading, outcomes, links, direction, ...options });
          expectFinite(connectors, new Set(['path', 'head']));
          for (const b of leading.values()) expectFinite(spreadAlong(b, 3, anchor, spacing), new Set());
        },
      ),
      RUNS,
    );
  });
});

describe('issue 14, defect 4', () => {
  it('draws per-period targets of 1e300 and -1.3e-292 before the axis with finite coordinates, and keeps the line', () => {
    // June 2026, daily, 10 to 14: the targets hold from 3 and 6 May, before the axis starts.
    const june = Date.UTC(2026, 5, 1);
    const days = Array.from({ length: 30 }, (_, i) => i);
    const g = trendGeometry({
      width: 566,
      height: 240,
      margin: { top: 6, right: 12, bottom: 24, left: 50 },
      series: { t: Float64Array.from(days, (d) => june + d * DAY), v: Float64Array.from(days, (d) => 10 + (d % 5)) },
      timeDomain: [june, june + 29 * DAY],
      yDomain: 'fit',
      targets: { t: Float64Array.from([1777766400000, 1778025600000]), v: Float64Array.from([1e300, -1.3e-292]) },
    });
    // Only the target in force when the axis starts counts: -1.3e-292, so the axis is -5 to 15 and 10 sits at y 58.5.
    expect(g.domain).toEqual([-5, 15]);
    expect(g.line).toMatch(/^M50,58\.5L67\.379,48L/);
    // 504 px for 29 days: 3 May is 29 days before the axis, at x -454. 1e300 is drawn 4 plot heights (840 px) above
    // the plot's top (6), not at y -1.05e301, which SVG rejects; -1.3e-292 is 0, at y 163.5.
    expect(g.targetStep).toBe('M-454,-834L-401.862,-834L-401.862,163.5L554,163.5L554,163.5');
  });
});
