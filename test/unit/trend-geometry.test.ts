import { describe, expect, it } from 'vitest';
import { expectSnapshot, r } from './support/snapshot.js';
import { EMPTY_SERIES, type Series } from '../../src/core/series.js';
import { mirroredAnchor, mirrorTransform, uprightTransform } from '../../src/render/direction.js';
import { tickFormatOptions } from '../../src/render/time-axis.js';
import {
  areaBaseline,
  laneGeometry,
  layoutAnnotationLabels,
  trendGeometry,
  type LaneGeometry,
  type TrendGeometry,
  type TrendInput,
} from '../../src/render/trend.js';

/*
 * One box for the hand-computed cases: 300 × 200 with margins 10/20/30/40, so
 * the plot is x 40–280 (240 px) and y 10–170 (160 px, so 4 value ticks).
 * Twelve days span the plot: day d sits at x = 40 + 20d.
 */
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const T = (day: number) => T0 + day * DAY;
const series = (days: readonly number[], values: readonly number[]): Series => ({
  t: Float64Array.from(days, T),
  v: Float64Array.from(values),
});

const margin = { top: 10, right: 20, bottom: 30, left: 40 };
/** Days 0–4; day 2 is a gap. On the fitted domain 20–40, y = 170 − 8 (v − 20). */
const data = series([0, 1, 2, 3, 4], [20, 30, NaN, 40, 35]);
const base: TrendInput = { width: 300, height: 200, margin, series: data, timeDomain: [T(0), T(12)], yDomain: 'fit' };
const trend = (extra: Partial<TrendInput> = {}): TrendGeometry => trendGeometry({ ...base, ...extra });

describe('trendGeometry maps', () => {
  it('puts the plot inside the margins', () => {
    expect(trend().plot).toEqual({ x: 40, y: 10, width: 240, height: 160 });
  });

  it.each([
    [0, 40],
    [6, 160],
    [12, 280],
    [-3, -20], // outside the domain it extrapolates; the element clips to the plot
  ])('maps day %d to x %d', (day, x) => {
    expect(trend().x(T(day))).toBe(x);
  });

  it.each([
    [20, 170],
    [30, 90],
    [35, 50],
    [40, 10],
  ])('maps value %d to y %d on the fitted domain 20–40', (value, y) => {
    expect(trend().y(value)).toBe(y);
  });

  it('ticks values every 5 (about one per 40 px)', () => {
    expect(trend().yTicks).toEqual([
      { value: 20, y: 170 },
      { value: 25, y: 130 },
      { value: 30, y: 90 },
      { value: 35, y: 50 },
      { value: 40, y: 10 },
    ]);
  });

  const tick = (day: number) => ({ t: T(day), x: 40 + 20 * day, context: false, anchor: 'middle' });

  it('ticks time about once per 80 px, but at least 3 times: every other day when Sundays give 2', () => {
    // 240 px asks for 3 ticks: Sundays 4 and 11 January (days 3 and 10), only two. Asked for 4, d3
    // steps 2 days, on even days since the epoch (1 January 2026 is day 20454): days 0, 2, … 12, 40 px apart.
    const g = trend();
    expect(g.xTicks).toEqual([0, 2, 4, 6, 8, 10, 12].map(tick));
    expect(g.granularity).toBe('day');
  });

  it('keeps every other tick of the two-day axis when labels 39 px wide would collide 40 px apart (39 + a 6 px gap)', () => {
    expect(trend({ timeLabelWidth: () => 30 }).xTicks).toEqual([0, 2, 4, 6, 8, 10, 12].map(tick));
    // Sundays (days 3 and 10) would be only two ticks; every fourth day is four, 80 px apart.
    expect(trend({ timeLabelWidth: () => 39 }).xTicks).toEqual([0, 4, 8, 12].map(tick));
  });

  it('names the year on the first tick of an axis that crosses into a new one', () => {
    // 24 December 2025 to 5 January 2026, at day granularity: the first tick and 1 January carry the year.
    const g = trend({ timeDomain: [T(-8), T(4)] });
    expect(g.xTicks.filter((t) => t.context).map((t) => new Date(t.t).toISOString().slice(0, 10))).toEqual(['2025-12-24', '2026-01-01']);
  });
});

describe('trendGeometry y-domain policy', () => {
  const bands = [
    { from: -Infinity, to: 25, status: 'critical', label: 'off target' },
    { from: 25, to: 35, status: 'warning', label: 'deviating' },
    { from: 35, to: Infinity, status: 'good', label: 'on target' },
    { from: 100, to: 200, status: 'good', label: 'far above' },
  ];
  const projection = { t: [T(4), T(12)], value: [35, 60], low: [35, 50], high: [35, 80] };

  it.each<[string, Partial<TrendInput>, [number, number]]>([
    ['fits the data', {}, [20, 40]],
    ['starts at zero when declared', { yDomain: 'zero' }, [0, 40]],
    ['is not stretched by open-ended or distant bands', { bands }, [20, 40]],
    ['includes a constant target', { target: 60 }, [20, 60]],
    ['includes per-period targets', { targets: series([0, 6], [15, 30]) }, [15, 40]],
    ['includes the glide path’s ends', { glide: { from: { t: T(0), v: 20 }, to: { t: T(12), v: 50 } } }, [20, 50]],
    ['includes the projection cone', { projection }, [20, 80]],
    ['includes the limits (15–45, niced to 10–50)', { limits: { floor: 15, ceiling: 45 } }, [10, 50]],
    ['includes the comparison', { comparison: series([0, 4], [10, 30]) }, [10, 40]],
    [
      'counts only points in view, and the one each side whose segment crosses the edge',
      { comparison: series([-10, -5, 0, 12, 20, 30], [500, 25, 25, 25, 30, 900]) },
      [20, 40],
    ],
    ['pads a flat series by 5 % (47.5–52.5, niced to 46–54)', { series: series([0, 1], [50, 50]) }, [46, 54]],
    ['falls back to 0–1 with nothing to fit', { series: EMPTY_SERIES }, [0, 1]],
  ])('%s', (_, extra, domain) => {
    expect(trend(extra).domain).toEqual(domain);
  });
});

describe('trendGeometry paths', () => {
  it('breaks the line at gaps', () => {
    expect(trend().line).toBe('M40,170L60,90M100,10L120,50');
  });

  it('draws a lone point between gaps as its own segment', () => {
    expect(trend({ series: series([0, 1, 2], [NaN, 30, NaN]) }).line).toBe('M60,90Z');
  });

  it('closes the area down to the bottom of a positive axis, and to zero when the axis starts there', () => {
    // Domain 20–40: the bottom, 20, at y 170.
    expect(trend({ area: true }).area).toBe('M40,170L60,90L60,170L40,170ZM100,10L120,50L120,170L100,170Z');
    // Domain 0–40: y = 170 − 4v, zero at 170.
    expect(trend({ area: true, yDomain: 'zero' }).area).toBe('M40,90L60,50L60,170L40,170ZM100,10L120,30L120,170L100,170Z');
    expect(trend().area).toBeUndefined();
  });

  it('closes the area down to the bottom of an axis below zero, not up to its top', () => {
    // −20, −30, gap, −40, −35 on the fitted domain −40 to −20: y = 170 − 8 (v + 40), the bottom (−40) at 170.
    const negative = series([0, 1, 2, 3, 4], [-20, -30, NaN, -40, -35]);
    const g = trend({ area: true, series: negative });
    expect(g.domain).toEqual([-40, -20]);
    expect(g.area).toBe('M40,10L60,90L60,170L40,170ZM100,170L120,130L120,170L100,170Z');
  });

  it('closes the area to zero when the axis crosses it, above and below', () => {
    // −10, 30, gap, 20, 10 on −10 to 30: y = 170 − 4 (v + 10), zero at 130.
    const across = series([0, 1, 2, 3, 4], [-10, 30, NaN, 20, 10]);
    const g = trend({ area: true, series: across });
    expect(g.domain).toEqual([-10, 30]);
    expect(g.area).toBe('M40,170L60,10L60,130L40,130ZM100,50L120,90L120,130L100,130Z');
  });

  it.each<[readonly [number, number], number]>([
    [[20, 40], 20],
    [[0, 40], 0],
    [[-10, 30], 0],
    [[-40, 0], 0],
    [[-40, -20], -40],
  ])('puts the area baseline of the axis %j at %d', (domain, baseline) => {
    expect(areaBaseline(domain)).toBe(baseline);
  });

  it('steps per-period targets and holds the last one to the end of the time domain', () => {
    // 25 → y 130 from day 0, 30 → y 90 from day 4, 35 → y 50 from day 8 to day 12.
    const g = trend({ targets: series([0, 4, 8], [25, 30, 35]) });
    expect(g.targetStep).toBe('M40,130L120,130L120,90L200,90L200,50L280,50L280,50');
  });

  it('does not extend a last target that is a gap', () => {
    expect(trend({ targets: series([0, 4, 8], [25, 30, NaN]) }).targetStep).toBe('M40,130L120,130L120,90');
  });

  it('places the constant target and the limits', () => {
    const g = trend({ target: 25, limits: { floor: 15, ceiling: 45 } });
    // Domain 10–50: y = 170 − 4 (v − 10).
    expect(g.target).toBe(110);
    expect(g.limits).toEqual([
      { kind: 'floor', value: 15, y: 150 },
      { kind: 'ceiling', value: 45, y: 30 },
    ]);
  });

  it('draws the glide path and the projection with its closed cone', () => {
    const g = trend({
      glide: { from: { t: T(0), v: 20 }, to: { t: T(12), v: 40 } },
      projection: { t: [T(4), T(12)], value: [35, 38], low: [35, 30], high: [35, 40] },
    });
    expect(g.glide).toBe('M40,170L280,10');
    expect(g.projection).toEqual({ line: 'M120,50L280,26', cone: 'M120,50L280,10L280,90L120,50Z' });
  });

  it('draws no glide path when an end is missing', () => {
    expect(trend({ glide: { from: { t: NaN, v: 20 }, to: { t: T(12), v: 40 } } }).glide).toBe('');
  });

  it('draws the comparison on the same maps', () => {
    expect(trend({ comparison: series([0, 6, 12], [25, 30, 35]) }).comparison).toBe('M40,130L160,90L280,50');
  });
});

describe('trendGeometry bands', () => {
  it('clamps band rects to the plot and leaves out bands wholly out of view', () => {
    const g = trend({
      bands: [
        { from: -Infinity, to: 25, status: 'critical', label: 'off target' },
        { from: 25, to: 35, status: 'warning', label: 'deviating' },
        { from: 35, to: Infinity, status: 'good', label: 'on target' },
        { from: 100, to: 200, status: 'good', label: 'far above' },
        { from: NaN, to: 30, status: 'neutral', label: 'broken' },
      ],
    });
    expect(g.bands).toEqual([
      { y: 130, height: 40, status: 'critical', label: 'off target' },
      { y: 50, height: 80, status: 'warning', label: 'deviating' },
      { y: 10, height: 40, status: 'good', label: 'on target' },
    ]);
  });
});

describe('trendGeometry breach highlight', () => {
  it.each<[string, { from: number; to: number }[], string]>([
    // 0.5 → 25 interpolated (y 130) to day 1 (y 90); 2.5 falls in the gap, so that stretch starts at day 3 and ends at 3.5 → 37.5 (y 30).
    [
      'cuts the line at the stretch edges, not across gaps',
      [
        { from: T(0.5), to: T(1) },
        { from: T(2.5), to: T(3.5) },
      ],
      'M50,130L60,90M100,10L110,30',
    ],
    ['cuts a stretch inside one segment at both ends', [{ from: T(3.25), to: T(3.75) }], 'M105,20L115,40'],
    [
      'merges overlapping stretches',
      [
        { from: T(0), to: T(1) },
        { from: T(3), to: T(0.5) },
      ],
      'M40,170L60,90M100,10Z',
    ],
    ['draws nothing for a stretch outside the data', [{ from: T(8), to: T(9) }], ''],
  ])('%s', (_, breaches, path) => {
    expect(trend({ breaches }).breachLine).toBe(path);
  });

  it('is absent without breaches', () => {
    expect(trend().breachLine).toBeUndefined();
  });
});

describe('trendGeometry annotations', () => {
  it('keeps annotations inside the time domain, edges included, and drops the rest', () => {
    const g = trend({
      annotations: [
        { t: T(-1), label: 'before' },
        { t: T(0), label: 'start' },
        { t: T(3), label: 'launch' },
        { t: T(12.5), label: 'after' },
        { t: NaN, label: 'undated' },
      ],
    });
    expect(g.annotations).toEqual([
      { x: 40, label: 'start', t: T(0) },
      { x: 100, label: 'launch', t: T(3) },
    ]);
  });
});

describe('trendGeometry nearestIndex', () => {
  const g = trend();
  it.each([
    [65, 1], // day 1.25: day 1 is nearer
    [85, 3], // day 2.25: day 2 is a gap, day 3 is nearer than day 1
    [80, 3], // day 2: days 1 and 3 tie, the later wins
    [0, 0], // left of the plot: the first point
    [1000, 4], // right of the plot: the last point
  ])('finds the defined point nearest to x %d: index %d', (px, index) => {
    expect(g.nearestIndex(data, px)).toBe(index);
  });

  it('gives -1 for an empty or all-gap series, a NaN position, or a plot without width', () => {
    expect(g.nearestIndex(EMPTY_SERIES, 100)).toBe(-1);
    expect(g.nearestIndex(series([0, 1], [NaN, NaN]), 100)).toBe(-1);
    expect(g.nearestIndex(data, NaN)).toBe(-1);
    expect(trend({ width: 60 }).nearestIndex(data, 40)).toBe(-1);
  });
});

describe('laneGeometry', () => {
  const laneInput = {
    series: series([0, 6, 12], [2, 3, 5]),
    limit: 4,
    direction: 'decrease' as const,
    timeDomain: [T(0), T(12)] as const,
    width: 300,
    height: 60,
    margin: { top: 6, right: 20, bottom: 6, left: 40 },
  };

  it('shares the main chart’s time map for the same time domain, width and margin', () => {
    const lane = laneGeometry(laneInput);
    const main = trend();
    for (const day of [-1, 0, 3, 12]) expect(lane.x(T(day))).toBe(main.x(T(day)));
    expect(lane.plot).toEqual({ x: 40, y: 6, width: 240, height: 48 });
  });

  it('fits its own domain to the series and the limit, and marks the breaching side of a ceiling', () => {
    // 2–5 with limit 4, niced (2 ticks in 48 px) to 2–6: y = 54 − 12 (v − 2).
    const lane = laneGeometry({ ...laneInput, breaches: [{ from: T(9), to: T(12) }] });
    expect(lane.domain).toEqual([2, 6]);
    expect(lane.line).toBe('M40,54L160,42L280,18');
    expect(lane.limitY).toBe(30);
    expect(lane.breachZone).toEqual({ y: 6, height: 24 });
    // The series crosses 4 at day 9 (x 220).
    expect(lane.breachLine).toBe('M220,30L280,18');
  });

  it('marks below a floor as the breaching side, and includes a limit far from the data', () => {
    const lane = laneGeometry({ ...laneInput, direction: 'increase', limit: 10 });
    // 2–10 niced (2 ticks) to 0–10.
    expect(lane.domain).toEqual([0, 10]);
    expect(lane.limitY).toBe(6);
    expect(lane.breachZone).toEqual({ y: 6, height: 48 });
    expect(lane.breachLine).toBe('');
  });

  it('has no limit line or zone for a limit that is not a number', () => {
    const lane = laneGeometry({ ...laneInput, limit: NaN });
    expect(lane.limitY).toBeUndefined();
    expect(lane.breachZone).toBeUndefined();
    expect(lane.domain).toEqual([2, 6]);
  });
});

describe('trendGeometry and laneGeometry on degenerate input', () => {
  const everything: Partial<TrendInput> = {
    area: true,
    targets: EMPTY_SERIES,
    comparison: EMPTY_SERIES,
    breaches: [{ from: T(0), to: T(1) }],
    projection: { t: [], value: [], low: [], high: [] },
    bands: [{ from: -Infinity, to: Infinity, status: 'good', label: 'all' }],
  };
  const paths = (g: TrendGeometry) => [g.line, g.area, g.targetStep, g.comparison, g.breachLine, g.projection?.line, g.projection?.cone];

  it.each<[string, Partial<TrendInput>]>([
    ['an empty series', { series: EMPTY_SERIES }],
    ['an all-gap series', { series: series([0, 1, 2], [NaN, NaN, NaN]) }],
    ['a series of infinite values', { series: series([0, 1], [Infinity, -Infinity]) }],
  ])('draws empty paths for %s', (_, extra) => {
    const g = trend({ ...everything, ...extra });
    expect(paths(g)).toEqual(['', '', '', '', '', '', '']);
    expect(g.domain).toEqual([0, 1]);
  });

  it('draws one point as a lone segment (M…Z), centred in a zero-width time domain', () => {
    const g = trend({ series: series([5], [30]), timeDomain: [T(5), T(5)] });
    expect(g.line).toBe('M160,90Z');
    expect(g.domain).toEqual([28, 32]); // 30 ± 5 %, niced
    expect(g.xTicks).toEqual([{ t: T(5), x: 160, context: false, anchor: 'middle' }]);
  });

  it.each<[string, Partial<TrendInput>]>([
    ['zero width', { width: 0 }],
    ['a width inside the margins', { width: 50 }],
    ['zero height', { height: 0 }],
    ['NaN sizes and margins', { width: NaN, height: Infinity, margin: { top: NaN, right: -5, bottom: Infinity, left: 0 } }],
  ])('draws nothing, without throwing, at %s', (_, extra) => {
    const g = trend({ ...everything, ...extra });
    expect(paths(g)).toEqual(['', '', '', '', '', '', '']);
    expect([g.xTicks, g.yTicks, g.bands]).toEqual([[], [], []]);
    expect(g.nearestIndex(data, 100)).toBe(-1);
  });

  it.each<[string, readonly [number, number]]>([
    ['NaN', [NaN, NaN]],
    ['infinite', [-Infinity, Infinity]],
  ])('survives a %s time domain: no ticks or annotations, points at the middle', (_, timeDomain) => {
    const g = trend({ timeDomain, annotations: [{ t: T(1), label: 'a' }] });
    expect(g.xTicks).toEqual([]);
    expect(g.annotations).toEqual([]);
    expect(g.x(T(1))).toBe(160);
    expect(g.domain).toEqual([20, 40]);
  });

  it('draws a reversed time domain right to left', () => {
    const g = trend({ timeDomain: [T(12), T(0)] });
    expect([g.x(T(0)), g.x(T(12))]).toEqual([280, 40]);
    expect(g.line).toBe('M280,170L260,90M220,10L200,50');
  });

  it('survives values at the ends of the number line', () => {
    const g = trend({ series: series([0, 1], [-Number.MAX_VALUE, Number.MAX_VALUE]) });
    expect(g.yTicks.every((tick) => Number.isFinite(tick.value))).toBe(true);
    expect(g.domain).toEqual([-Number.MAX_VALUE, Number.MAX_VALUE]);
  });

  it('gives a lane of nothing without throwing', () => {
    const lane = laneGeometry({
      series: EMPTY_SERIES,
      limit: NaN,
      direction: 'increase',
      timeDomain: [NaN, NaN],
      width: 0,
      height: 0,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      breaches: [{ from: 0, to: 1 }],
    });
    expect([lane.line, lane.breachLine, lane.limitY, lane.domain]).toEqual(['', '', undefined, [0, 1]]);
  });
});

describe('trendGeometry snapshots', () => {
  // Plot-style: the geometry serialised as a small SVG under test/output/, written when missing, compared otherwise.
  const revenue = series(
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
    [41, 42, 40, 43, 45, 44, NaN, NaN, 46, 48, 47, 49, 51, 50, 52, 54, 53, 55, 57, 56, 58],
  );
  const box = { width: 480, height: 240, margin: { top: 20, right: 16, bottom: 28, left: 44 } };

  it('trend-bands: bands, target, area, limits and annotations on a fitted axis', () => {
    const g = trendGeometry({
      ...box,
      series: revenue,
      timeDomain: [T(0), T(20)],
      yDomain: 'fit',
      area: true,
      bands: [
        { from: -Infinity, to: 45, status: 'critical', label: 'below baseline' },
        { from: 45, to: 50, status: 'warning', label: 'below target' },
        { from: 50, to: Infinity, status: 'good', label: 'target met' },
      ],
      target: 50,
      limits: { floor: 38 },
      breaches: [{ from: T(0), to: T(3.5) }],
      annotations: [
        { t: T(8), label: 'Pricing change' },
        { t: T(30), label: 'Out of view' },
      ],
    });
    expectSnapshot('trend-bands.svg', svgOf(g, box));
    // The same geometry as a right-to-left page draws it: time from the right, labels upright beside their marks.
    expectSnapshot('trend-bands-rtl.svg', svgOf(g, box, undefined, true));
  });

  // Net cash flow, below zero throughout, then across zero: the area hangs from the line to the axis's baseline.
  const outflow = series([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20], [-42, -45, -41, -38, -40, -36, -33, -35, -31, -28, -30]);
  const turning = series([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20], [-12, -9, -10, -5, -2, 1, 4, 3, 7, 9, 12]);

  it('trend-area-below-zero: the area runs down to the bottom of an axis below zero', () => {
    const g = trendGeometry({ ...box, series: outflow, timeDomain: [T(0), T(20)], yDomain: 'fit', area: true });
    expectSnapshot('trend-area-below-zero.svg', svgOf(g, box));
  });

  it('trend-area-across-zero: the area runs to zero, above it and below it', () => {
    const g = trendGeometry({ ...box, series: turning, timeDomain: [T(0), T(20)], yDomain: 'fit', area: true, target: 0 });
    expectSnapshot('trend-area-across-zero.svg', svgOf(g, box));
  });

  it('trend-pace: step targets, glide path, projection cone and comparison, with a guardrail lane', () => {
    const g = trendGeometry({
      ...box,
      series: revenue,
      timeDomain: [T(0), T(45)],
      yDomain: 'zero',
      targets: series([0, 15, 30], [45, 55, 65]),
      glide: { from: { t: T(0), v: 40 }, to: { t: T(45), v: 70 } },
      projection: { t: [T(20), T(30), T(45)], value: [58, 62, 68], low: [58, 57, 58], high: [58, 67, 78] },
      comparison: series([0, 5, 10, 15, 20, 25, 30], [38, 39, 41, 40, 43, 44, 46]),
    });
    const lane = laneGeometry({
      series: series([0, 5, 10, 15, 20], [1.2, 1.8, 2.6, 2.2, 1.5]),
      limit: 2,
      direction: 'decrease',
      timeDomain: [T(0), T(45)],
      width: box.width,
      height: 60,
      margin: { top: 6, right: box.margin.right, bottom: 6, left: box.margin.left },
      breaches: [{ from: T(6.25), to: T(15 + 10 / 7) }], // where 1.8 → 2.6 and 2.2 → 1.5 cross 2
    });
    expectSnapshot('trend-pace.svg', svgOf(g, box, lane));
  });
});

const FILL: Readonly<Record<string, string>> = { good: '#e3f1e4', warning: '#fdf1d6', critical: '#fbe1df', neutral: '#eeeeee' };

/** A standalone SVG of the geometry, stacked over an optional lane, for review as a diff. */
function svgOf(g: TrendGeometry, { width, height }: { width: number; height: number }, lane?: LaneGeometry, rtl = false): string {
  const { plot } = g;
  // As the element draws right-to-left: the drawing mirrored, each label upright on the far side of its anchor.
  const text = (x: number, y: number, anchor: 'start' | 'middle' | 'end', content: string, dy = '') =>
    `<text x="${r(x)}" y="${r(y)}"${dy ? ` dy="${dy}"` : ''} text-anchor="${rtl ? mirroredAnchor(anchor) : anchor}"${rtl ? ` transform="${uprightTransform(Number(r(x)))}"` : ''}>${content}</text>`;
  const label = new Intl.DateTimeFormat('en-US', tickFormatOptions(g.granularity));
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  const total = height + (lane ? lane.plot.y * 2 + lane.plot.height : 0);
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="sans-serif" font-size="10">`,
    `<rect width="${width}" height="${total}" fill="white"/>`,
    rtl ? `<g transform="${mirrorTransform(width)}">` : '',
    ...g.bands.map(
      (b) =>
        `<rect x="${r(plot.x)}" y="${r(b.y)}" width="${r(plot.width)}" height="${r(b.height)}" fill="${FILL[b.status] ?? '#eee'}"><title>${b.label}</title></rect>`,
    ),
    ...g.yTicks.map(
      (t) =>
        `<line x1="${r(plot.x)}" x2="${r(right)}" y1="${r(t.y)}" y2="${r(t.y)}" stroke="#ccc" stroke-width="0.5"/>${text(plot.x - 6, t.y, 'end', String(t.value), '0.32em')}`,
    ),
    ...g.xTicks.map(
      (t) =>
        `<line x1="${r(t.x)}" x2="${r(t.x)}" y1="${r(bottom)}" y2="${r(bottom + 4)}" stroke="#333"/>${text(t.x, bottom + 6, 'middle', label.format(t.t), '0.71em')}`,
    ),
    ...g.limits.map((l) => `<line x1="${r(plot.x)}" x2="${r(right)}" y1="${r(l.y)}" y2="${r(l.y)}" stroke="#b71c1c" stroke-dasharray="2 2"/>`),
    g.area ? `<path d="${g.area}" fill="#1565c0" fill-opacity="0.15"/>` : '',
    g.comparison ? `<path d="${g.comparison}" fill="none" stroke="#999" stroke-dasharray="3 2"/>` : '',
    g.target !== undefined ? `<line x1="${r(plot.x)}" x2="${r(right)}" y1="${r(g.target)}" y2="${r(g.target)}" stroke="#2e7d32" stroke-dasharray="6 3"/>` : '',
    g.targetStep ? `<path d="${g.targetStep}" fill="none" stroke="#2e7d32" stroke-dasharray="6 3"/>` : '',
    g.glide ? `<path d="${g.glide}" fill="none" stroke="#6a1b9a" stroke-dasharray="1 3" stroke-linecap="round"/>` : '',
    g.projection
      ? `<path d="${g.projection.cone}" fill="#1565c0" fill-opacity="0.12"/><path d="${g.projection.line}" fill="none" stroke="#1565c0" stroke-dasharray="4 3"/>`
      : '',
    `<path d="${g.line}" fill="none" stroke="#1565c0" stroke-width="1.5" stroke-linecap="round"/>`,
    g.breachLine ? `<path d="${g.breachLine}" fill="none" stroke="#b71c1c" stroke-width="4" stroke-opacity="0.6" stroke-linecap="round"/>` : '',
    ...g.annotations.map(
      (a) => `<line x1="${r(a.x)}" x2="${r(a.x)}" y1="${r(plot.y)}" y2="${r(bottom)}" stroke="#555"/>${text(a.x + 3, plot.y - 5, 'start', a.label)}`,
    ),
  ];
  if (lane) {
    const { plot: p } = lane;
    lines.push(
      `<g transform="translate(0,${height})">`,
      lane.breachZone ? `<rect x="${r(p.x)}" y="${r(lane.breachZone.y)}" width="${r(p.width)}" height="${r(lane.breachZone.height)}" fill="#fbe1df"/>` : '',
      lane.limitY !== undefined
        ? `<line x1="${r(p.x)}" x2="${r(p.x + p.width)}" y1="${r(lane.limitY)}" y2="${r(lane.limitY)}" stroke="#b71c1c" stroke-dasharray="2 2"/>`
        : '',
      `<path d="${lane.line}" fill="none" stroke="#555" stroke-width="1.5"/>`,
      `<path d="${lane.breachLine}" fill="none" stroke="#b71c1c" stroke-width="4" stroke-opacity="0.6" stroke-linecap="round"/>`,
      '</g>',
    );
  }
  lines.push(rtl ? '</g>' : '', '</svg>');
  return `${lines.filter(Boolean).join('\n')}\n`;
}

describe('layoutAnnotationLabels', () => {
  // 6 px a character, gap 3: "abcd" is 24 px wide.
  const layout = (xs: readonly number[], rows = 2, right = 200) =>
    layoutAnnotationLabels(
      xs.map((x) => ({ x, label: 'abcd' })),
      0,
      right,
      6,
      rows,
    );

  it.each([
    ['reads rightwards from its marker', [10], [{ x: 13, row: 0, anchor: 'start' }]],
    // 190 + 3 + 24 = 217 > 200, so it reads leftwards: ends at 187.
    ['reads leftwards near the right edge', [190], [{ x: 187, row: 0, anchor: 'end' }]],
    // The first takes 13–37 on row 0 (free from 43); the second at 20 would start at 23 < 43, so row 1.
    [
      'moves a crowded label to the next row',
      [10, 20],
      [
        { x: 13, row: 0, anchor: 'start' },
        { x: 23, row: 1, anchor: 'start' },
      ],
    ],
    ['drops a label that fits in no row', [10, 20, 30], [{ x: 13, row: 0, anchor: 'start' }, { x: 23, row: 1, anchor: 'start' }, undefined]],
    // Placed by x, whatever the input order: 10 first (13–37), then 100 fits beside it on row 0.
    [
      'places in time order whatever the input order',
      [100, 10],
      [
        { x: 103, row: 0, anchor: 'start' },
        { x: 13, row: 0, anchor: 'start' },
      ],
    ],
  ])('%s', (_name, xs, expected) => {
    expect(layout(xs)).toEqual(expected);
  });

  it('places nothing with no rows or no room', () => {
    expect(layout([10], 0)).toEqual([undefined]);
    expect(layout([10], 2, 20)).toEqual([undefined]);
  });
});
