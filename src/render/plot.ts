/**
 * The drawing core shared by every chart of the kit, DOM-free: the plot box and time map inside
 * margins, the band rectangles, and the path strings (line, area, cone, steps, breaches) over
 * columnar arrays. The trend adds its axes, annotations and lanes (`trend.ts`); the card's
 * sparkline uses this core alone, so it pays for no time axis.
 *
 * Every position it emits is finite: the maps clamp to OVERSHOOT plot sizes beyond the plot's
 * edges, so a value far outside the axis (a target of 1e300 on a chart of tens) draws off the
 * plot instead of writing `-2e301` into a path, which SVG's single-precision parser rejects,
 * dropping the rest of the path.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import { area, curveStepAfter, line, type CurveFactory } from 'd3-shape';
import type { Series } from '../core/series.js';
import { boundedMap, linearMap, MAX_PX, type LinearMap } from './linear.js';

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** The plotting area inside the margins, in px of the whole box. */
export interface PlotBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A closed time range [from, to] in epoch ms. */
export interface TimeStretch {
  readonly from: number;
  readonly to: number;
}

/** A band to shade: value edges (±Infinity shade to the plot's edge), its status and its name. */
export interface PlotBand {
  readonly from: number;
  readonly to: number;
  readonly status: string;
  readonly label: string;
}

/** Bands clamped to the plot on the value map `y` over `domain`; bands wholly out of view are left out. */
export function bandRects(
  bands: readonly PlotBand[],
  [d0, d1]: readonly [number, number],
  y: LinearMap,
  plot: PlotBox,
): { y: number; height: number; status: string; label: string }[] {
  if (!(plot.width > 0 && plot.height > 0)) return [];
  const clampY = (value: number) => Math.min(plot.y + plot.height, Math.max(plot.y, y(value)));
  const rects: { y: number; height: number; status: string; label: string }[] = [];
  for (const band of bands) {
    const lo = Math.max(d0, Math.min(band.from, band.to));
    const hi = Math.min(d1, Math.max(band.from, band.to));
    if (!(lo < hi)) continue; // out of view, empty, or NaN edges
    const top = clampY(hi);
    rects.push({ y: top, height: clampY(lo) - top, status: band.status, label: band.label });
  }
  return rects;
}

export interface TimeFrame {
  readonly plot: PlotBox;
  readonly x: LinearMap;
  /** Whether the plot has an area to draw in. */
  readonly drawable: boolean;
  /** The time domain ascending; NaN when either end is not finite. */
  readonly start: number;
  readonly stop: number;
}

/** How many plot sizes past its edges a drawn position may lie; beyond, it is clamped. */
export const OVERSHOOT = 4;

/** Value → y px on the plot (the domain's low end at its bottom), clamped to OVERSHOOT plot heights around it. */
export function valueMap(domain: readonly [number, number], plot: PlotBox): LinearMap {
  const range = [plot.y + plot.height, plot.y] as const;
  return boundedMap(linearMap(domain, range), range, OVERSHOOT);
}

/** A non-negative finite size up to MAX_PX; NaN and ±Infinity count as 0. */
const size = (n: number): number => (n > 0 && n < Infinity ? Math.min(n, MAX_PX) : 0);

/** The plot box and the time map; the trend and its lanes share it, so they line up. */
export function timeFrame(timeDomain: readonly [number, number], width: number, height: number, margin: Margin): TimeFrame {
  const left = size(margin.left);
  const top = size(margin.top);
  const plot = {
    x: left,
    y: top,
    width: size(size(width) - left - size(margin.right)),
    height: size(size(height) - top - size(margin.bottom)),
  };
  const [t0, t1] = timeDomain;
  const finite = Number.isFinite(t0) && Number.isFinite(t1);
  return {
    plot,
    x: boundedMap(linearMap(timeDomain, [plot.x, plot.x + plot.width]), [plot.x, plot.x + plot.width], OVERSHOOT),
    drawable: plot.width > 0 && plot.height > 0,
    start: finite ? Math.min(t0, t1) : NaN,
    stop: finite ? Math.max(t0, t1) : NaN,
  };
}

/**
 * d3-shape reads any array-like as it is: this "array" of `n` holes lets the
 * accessors index the columnar arrays directly, so a path costs no copy.
 */
const indices = (n: number): number[] => ({ length: n }) as unknown as number[];

export const finite = Number.isFinite;

type At = (i: number) => number;

/** `"." + f` with f's trailing zeros dropped, for f = 1 … 999 thousandths; '' for 0. */
const THOUSANDTHS = Array.from({ length: 1000 }, (_, f) => (f === 0 ? '' : `.${String(f).padStart(3, '0').replace(/0+$/, '')}`));

/**
 * `value` rounded to 3 decimals as d3-path writes it (`String(Math.round(value * 1000) / 1000)`), the same
 * characters, from integer parts: printing the shortest round-trip decimal of a fractional double is most of
 * what a path of a few hundred points costs, and the charts draw thousands of them on a wall of KPIs.
 */
export function pathNumber(value: number): string {
  const m = Math.round(value * 1000);
  // Past 2^53 / 1000 the integer parts are not exact (no chart position is that large: OVERSHOOT keeps them near the plot).
  if (!(m > -9e15 && m < 9e15)) return String(m / 1000);
  const a = m < 0 ? -m : m;
  const whole = Math.floor(a / 1000);
  const text = `${whole}${THOUSANDTHS[a - whole * 1000] as string}`;
  return m < 0 ? `-${text}` : text;
}

/**
 * A straight-segment line through points 0 … n − 1 read by index, written directly: the same string as
 * d3-shape's `line()` with its default curve and 3 digits (a segment of one point is `M…Z`), without the
 * accessor calls and the path object per point.
 */
function linearPolyline(x: LinearMap, y: LinearMap, n: number, timeAt: At, valueAt: At): string {
  let path = '';
  let run = 0; // points in the segment being written
  for (let i = 0; i < n; i++) {
    const time = timeAt(i);
    const value = valueAt(i);
    if (!(finite(time) && finite(value))) {
      if (run === 1) path += 'Z';
      run = 0;
      continue;
    }
    path += `${run === 0 ? 'M' : 'L'}${pathNumber(x(time))},${pathNumber(y(value))}`;
    run++;
  }
  if (run === 1) path += 'Z';
  return path;
}

/** A line through points 0 … n − 1 read by index, '' when the plot has no area; a point with a non-finite time or value is a gap. */
function polyline(drawable: boolean, x: LinearMap, y: LinearMap, n: number, timeAt: At, valueAt: At, curve?: CurveFactory): string {
  if (!drawable) return '';
  if (!curve) return linearPolyline(x, y, n, timeAt, valueAt);
  const shape = line<number>()
    .defined((_, i) => finite(timeAt(i)) && finite(valueAt(i)))
    .x((_, i) => x(timeAt(i)))
    .y((_, i) => y(valueAt(i)))
    .curve(curve);
  return shape(indices(n)) ?? '';
}

/** The series line alone: what a sparkline draws, without the rest of `pathMaker` (areas, steps), which it does not pay for. */
export function linePath(drawable: boolean, x: LinearMap, y: LinearMap, t: ArrayLike<number>, v: ArrayLike<number>): string {
  return polyline(
    drawable,
    x,
    y,
    Math.min(t.length, v.length),
    (i) => t[i] as number,
    (i) => v[i] as number,
  );
}

/** Path strings on the maps x and y, all '' when the plot has no area. */
export function pathMaker(drawable: boolean, x: LinearMap, y: LinearMap) {
  const draw = (make: () => string | null): string => (drawable ? (make() ?? '') : '');
  const polyline_ = (n: number, timeAt: At, valueAt: At, curve?: CurveFactory): string => polyline(drawable, x, y, n, timeAt, valueAt, curve);

  const columns = (t: ArrayLike<number>, v: ArrayLike<number>): [number, At, At] => [
    Math.min(t.length, v.length),
    (i) => t[i] as number,
    (i) => v[i] as number,
  ];

  return {
    line: (t: ArrayLike<number>, v: ArrayLike<number>): string => linePath(drawable, x, y, t, v),

    area: (t: ArrayLike<number>, v: ArrayLike<number>, baseY: number): string =>
      draw(() =>
        area<number>()
          .defined((_, i) => finite(t[i]) && finite(v[i]))
          .x((_, i) => x(t[i] as number))
          .y0(baseY)
          .y1((_, i) => y(v[i] as number))(indices(Math.min(t.length, v.length))),
      ),

    cone: (t: ArrayLike<number>, low: ArrayLike<number>, high: ArrayLike<number>): string =>
      draw(() =>
        area<number>()
          .defined((_, i) => finite(t[i]) && finite(low[i]) && finite(high[i]))
          .x((_, i) => x(t[i] as number))
          .y0((_, i) => y(low[i] as number))
          .y1((_, i) => y(high[i] as number))(indices(Math.min(t.length, low.length, high.length))),
      ),

    /** Each target holds until the next; the last (when defined) holds until `end`, so its period shows too. */
    steps: ({ t, v }: Series, end: number): string => {
      const n = Math.min(t.length, v.length);
      const last = n - 1;
      const extend = n > 0 && finite(v[last]) && (t[last] as number) < end;
      if (!extend)
        return polyline_(
          n,
          (i) => t[i] as number,
          (i) => v[i] as number,
          curveStepAfter,
        );
      // Point n repeats the last value at the domain's end.
      return polyline_(
        n + 1,
        (i) => (i < n ? (t[i] as number) : end),
        (i) => v[i < n ? i : last] as number,
        curveStepAfter,
      );
    },

    breaches: (series: Series, stretches: readonly TimeStretch[]): string => {
      if (!drawable) return '';
      const { bt, bv } = cutStretches(series, stretches);
      return polyline_(...columns(bt, bv));
    },
  };
}

/**
 * The series points inside each stretch, with the line interpolated at the
 * stretch's edges and a NaN gap after each stretch. Overlapping stretches are
 * merged first. Costs O(points inside the stretches + stretches × log n).
 */
function cutStretches({ t, v }: Series, stretches: readonly TimeStretch[]): { bt: number[]; bv: number[] } {
  const n = Math.min(t.length, v.length);
  const bt: number[] = [];
  const bv: number[] = [];
  const push = (time: number, value: number) => {
    bt.push(time);
    bv.push(value);
  };
  /** The line's value at `time` between points j and j + 1, or NaN across a gap. */
  const between = (j: number, time: number): number => {
    const ta = t[j] as number;
    const tb = t[j + 1] as number;
    const va = v[j] as number;
    const vb = v[j + 1] as number;
    // Weighted rather than va + (vb − va)·f, and the times halved when their span overflows, so values and times at the ends of the number line stay finite.
    const span = tb - ta;
    const f = Number.isFinite(span) ? (time - ta) / span : (time / 2 - ta / 2) / (tb / 2 - ta / 2);
    return va * (1 - f) + vb * f;
  };
  for (const [a, b] of mergeStretches(stretches)) {
    const first = bisectLeft(t, a, 0, n); // first point at or after a
    const end = bisectRight(t, b, 0, n); // first point after b
    if (first > 0 && first < n && (t[first] as number) > a) push(a, between(first - 1, a));
    for (let i = first; i < end; i++) push(t[i] as number, v[i] as number);
    if (end > 0 && end < n && (t[end - 1] as number) < b) push(b, between(end - 1, b));
    push(NaN, NaN);
  }
  return { bt, bv };
}

/** Stretches with both ends not NaN, ascending and merged where they overlap or touch. */
function mergeStretches(stretches: readonly TimeStretch[]): [number, number][] {
  const sorted = stretches
    .filter((s) => !Number.isNaN(s.from) && !Number.isNaN(s.to))
    .map((s): [number, number] => (s.from <= s.to ? [s.from, s.to] : [s.to, s.from]))
    .sort((p, q) => p[0] - q[0]);
  const merged: [number, number][] = [];
  for (const stretch of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && stretch[0] <= previous[1]) previous[1] = Math.max(previous[1], stretch[1]);
    else merged.push(stretch);
  }
  return merged;
}
