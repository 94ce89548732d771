/**
 * Trend chart geometry for `<kpi-trend>`: plain data and a box in, pixel
 * positions and SVG path strings out. DOM-free and pure, so it is tested in
 * node and the same numbers serve SVG and canvas (`new Path2D(path)`).
 *
 * Cost is O(points) of the series given: paths are drawn by d3-shape over
 * index ranges of the columnar arrays (no per-point objects), and value
 * extents are one pass. Give it a series already reduced to the pixels (M4).
 *
 * The y-domain is declared, as in the sparkline: `zero` includes zero, `fit`
 * fits what is drawn (series, targets, glide path, projection cone, limits,
 * comparison). Bands never stretch it: they only shade what is in view, so an
 * open-ended or wide band cannot flatten the line. Only points inside the time
 * domain count (and the one on each side, whose segment crosses its edge), so
 * a year of targets does not squash a quarter's chart.
 */
import { bisectLeft } from 'd3-array';
import type { Series } from '../core/series.js';
import { linearMap, type LinearMap } from './linear.js';
import { bandRects, finite, pathMaker, timeFrame, valueMap, type Margin, type PlotBox, type TimeStretch } from './plot.js';
import { niceDomain, valueExtent, valueTicks, type YDomainPolicy } from './domain.js';
import { fitTimeTicks, timeTicks, type TickAnchor, type TimeGranularity } from './time-axis.js';

export type { Margin, PlotBox, TimeStretch } from './plot.js';

export interface TrendBand {
  /** Value edges; ±Infinity shade to the plot's edge. */
  readonly from: number;
  readonly to: number;
  readonly status: string;
  readonly label: string;
}

export interface TrendInput {
  /** The whole SVG box in CSS px. */
  readonly width: number;
  readonly height: number;
  /** Chosen by the element, which measures its labels. */
  readonly margin: Margin;
  /** Already reduced to what the pixels show (M4); NaN values are gaps. */
  readonly series: Series;
  /** [from, to] in epoch ms; may extend past the data, e.g. to a target's `by` date. */
  readonly timeDomain: readonly [number, number];
  readonly yDomain: YDomainPolicy;
  /** Also return the area under the line, down to the value axis's baseline (see `areaBaseline`). */
  readonly area?: boolean;
  /** Resolved bands, shaded behind the line where in view. */
  readonly bands?: readonly TrendBand[];
  /** A constant target, drawn as a rule. */
  readonly target?: number;
  /** Per-period targets: each holds from its time until the next (the last until the domain's end). */
  readonly targets?: Series;
  /** The glide path from the baseline to the target. */
  readonly glide?: { readonly from: { readonly t: number; readonly v: number }; readonly to: { readonly t: number; readonly v: number } };
  /** A projection with its uncertainty, columnar; points whose value (or low/high) is not finite are gaps. */
  readonly projection?: {
    readonly t: ArrayLike<number>;
    readonly value: ArrayLike<number>;
    readonly low: ArrayLike<number>;
    readonly high: ArrayLike<number>;
  };
  /** The KPI's own threshold lines. */
  readonly limits?: { readonly floor?: number; readonly ceiling?: number };
  /** Time stretches to highlight on the line. */
  readonly breaches?: readonly TimeStretch[];
  /** The previous period, already shifted onto this one. */
  readonly comparison?: Series;
  /** Another series drawn on the same axes, e.g. a leading indicator aligned with this outcome. */
  readonly overlay?: Series;
  readonly annotations?: readonly { readonly t: number; readonly label: string }[];
  /** How many value ticks the y-domain is niced for; by default one per 40 px of plot height (at least 2). */
  readonly valueTicks?: number;
  /**
   * How wide a time tick's label will print, in px (`context`: with its year or date, see
   * `tickContexts`), so the ticks are chosen for labels that do not overlap. Without it labels count as 0 px wide.
   */
  readonly timeLabelWidth?: (time: number, granularity: TimeGranularity, context: boolean) => number;
}

export interface TrendGeometry {
  readonly plot: PlotBox;
  /**
   * Time ticks inside the domain, at least 3 where their labels fit without overlapping; empty
   * when the plot has no area. `context`: the label names its year or date (`tickFormatOptions`);
   * `anchor`: it is centred on its tick, or reads inward from it at an edge of the box.
   */
  readonly xTicks: readonly { readonly t: number; readonly x: number; readonly context: boolean; readonly anchor: TickAnchor }[];
  /** What the tick labels must show: format them with `tickFormatOptions(granularity)`. */
  readonly granularity: TimeGranularity;
  /** Value ticks, about one per 40 px of plot height; empty when the plot has no area. */
  readonly yTicks: readonly { readonly value: number; readonly y: number }[];
  /** The niced y-domain [lo, hi]. */
  readonly domain: readonly [number, number];
  /** The series, broken at gaps; '' when nothing is drawable. */
  readonly line: string;
  /** Present when `area` was asked for. */
  readonly area?: string;
  /** Bands clamped to the plot; bands wholly out of view are left out. */
  readonly bands: readonly { readonly y: number; readonly height: number; readonly status: string; readonly label: string }[];
  /** The constant target's y. */
  readonly target?: number;
  /** The per-period targets as a step line (present when `targets` was given). */
  readonly targetStep?: string;
  readonly glide?: string;
  /** The projected line and its cone (a closed area from low to high). */
  readonly projection?: { readonly line: string; readonly cone: string };
  readonly limits: readonly { readonly kind: 'floor' | 'ceiling'; readonly value: number; readonly y: number }[];
  /** Only the series inside the breach stretches (cut at their edges), for a thick highlight. */
  readonly breachLine?: string;
  readonly comparison?: string;
  readonly overlay?: string;
  /** Annotations inside the time domain. */
  readonly annotations: readonly { readonly x: number; readonly label: string; readonly t: number }[];
  /** Time (epoch ms) → x px. */
  readonly x: LinearMap;
  /** Value → y px. */
  readonly y: LinearMap;
  /**
   * For hit-testing: the index of the defined point of `series` nearest to
   * `px` along x (on a tie the later one), or -1 when there is none or the
   * plot has no area. Bisects the times, so it costs O(log n) plus any gaps
   * stepped over.
   */
  nearestIndex(series: Series, px: number): number;
}

export interface LaneInput {
  readonly series: Series;
  readonly limit: number;
  /** `increase`: the limit is a floor. `decrease`: it is a ceiling. */
  readonly direction: 'increase' | 'decrease';
  readonly timeDomain: readonly [number, number];
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly breaches?: readonly TimeStretch[];
}

export interface LaneGeometry {
  readonly plot: PlotBox;
  /** The same time map as the main chart's for the same time domain, width and margin. */
  readonly x: LinearMap;
  readonly y: LinearMap;
  /** Fitted to the series and the limit, niced. */
  readonly domain: readonly [number, number];
  readonly line: string;
  /** Absent when the limit is not a finite number. */
  readonly limitY?: number;
  /** The side of the limit that breaches it (below a floor, above a ceiling), clamped to the plot. */
  readonly breachZone?: { readonly y: number; readonly height: number };
  readonly breachLine: string;
}

/** About one time tick per this many px of plot width. */
const X_TICK_SPACING = 80;
/** Fewer time ticks than this do not show the pace of time; more are found where their labels fit. */
const LEAST_X_TICKS = 3;
/** About one value tick per this many px of plot height. */
const Y_TICK_SPACING = 40;

type FittedTimeAxis = { readonly ticks: TrendGeometry['xTicks']; readonly granularity: TimeGranularity };

export function trendGeometry(input: TrendInput): TrendGeometry {
  const { series, yDomain, bands, target, targets, glide, projection, limits, breaches, comparison, overlay, annotations } = input;
  const frame = timeFrame(input.timeDomain, input.width, input.height, input.margin);
  const { plot, x, drawable, start, stop } = frame;

  // The y-domain: what is drawn, never the bands.
  const extent = valueExtent();
  extent.series(series.t, series.v, start, stop);
  if (targets) extent.series(targets.t, targets.v, start, stop);
  if (comparison) extent.series(comparison.t, comparison.v, start, stop);
  if (overlay) extent.series(overlay.t, overlay.v, start, stop);
  if (projection) {
    extent.series(projection.t, projection.value, start, stop);
    extent.series(projection.t, projection.low, start, stop);
    extent.series(projection.t, projection.high, start, stop);
  }
  if (target !== undefined) extent.add(target);
  if (glide) {
    extent.add(glide.from.v);
    extent.add(glide.to.v);
  }
  if (limits) {
    if (limits.floor !== undefined) extent.add(limits.floor);
    if (limits.ceiling !== undefined) extent.add(limits.ceiling);
  }
  const yCount = input.valueTicks ?? tickCount(plot.height, Y_TICK_SPACING, 2);
  const domain = niceDomain(extent.lo, extent.hi, yDomain, yCount);
  const y = valueMap(domain, plot);
  const [d0, d1] = domain;
  const path = pathMaker(drawable, x, y);

  // The time axis is found when first read: a compact trend (a sparkline) prints none and never pays for it.
  let fitted: FittedTimeAxis | undefined;
  const timeAxis = (): FittedTimeAxis => (fitted ??= fittedTimeAxis());
  const fittedTimeAxis = (): FittedTimeAxis => {
    const axis = drawable
      ? fitTimeTicks(start, stop, {
          x,
          length: plot.width,
          spacing: X_TICK_SPACING,
          least: LEAST_X_TICKS,
          ...(input.timeLabelWidth && { labelWidth: input.timeLabelWidth }),
          // The labels stay inside the whole box: under the value axis or in the right margin, not past them.
          bounds: [0, Math.max(plot.x + plot.width, input.width || 0)],
        })
      : { ...timeTicks(start, stop, tickCount(plot.width, X_TICK_SPACING, 1)), context: [], anchor: [] };
    return {
      ticks: drawable ? axis.ticks.map((t, i) => ({ t, x: x(t), context: axis.context[i] ?? false, anchor: axis.anchor[i] ?? 'middle' })) : [],
      granularity: axis.granularity,
    };
  };
  const bandBoxes = bandRects(bands ?? [], domain, y, plot);

  const limitLines: { kind: 'floor' | 'ceiling'; value: number; y: number }[] = [];
  if (limits?.floor !== undefined && Number.isFinite(limits.floor)) limitLines.push({ kind: 'floor', value: limits.floor, y: y(limits.floor) });
  if (limits?.ceiling !== undefined && Number.isFinite(limits.ceiling)) limitLines.push({ kind: 'ceiling', value: limits.ceiling, y: y(limits.ceiling) });

  const notes: { x: number; label: string; t: number }[] = [];
  for (const note of annotations ?? []) {
    if (note.t >= start && note.t <= stop) notes.push({ x: x(note.t), label: note.label, t: note.t });
  }

  const invertX = linearMap([plot.x, plot.x + plot.width], input.timeDomain);

  return {
    plot,
    get xTicks() {
      return timeAxis().ticks;
    },
    get granularity() {
      return timeAxis().granularity;
    },
    yTicks: drawable ? valueTicks(d0, d1, yCount).flatMap((value) => (Number.isFinite(value) ? [{ value, y: y(value) }] : [])) : [],
    domain,
    line: path.line(series.t, series.v),
    ...(input.area && { area: path.area(series.t, series.v, y(areaBaseline(domain))) }),
    bands: bandBoxes,
    ...(target !== undefined && Number.isFinite(target) && { target: y(target) }),
    ...(targets && { targetStep: path.steps(targets, stop) }),
    ...(glide && { glide: glidePath(glide, path) }),
    ...(projection && {
      projection: { line: path.line(projection.t, projection.value), cone: path.cone(projection.t, projection.low, projection.high) },
    }),
    limits: limitLines,
    ...(breaches && { breachLine: path.breaches(series, breaches) }),
    ...(comparison && { comparison: path.line(comparison.t, comparison.v) }),
    ...(overlay && { overlay: path.line(overlay.t, overlay.v) }),
    annotations: notes,
    x,
    y,
    nearestIndex: (s, px) => (drawable ? nearestDefined(s, invertX(px)) : -1),
  };
}

/**
 * Where the area under the line stops: zero when the axis shows it, else the axis's bottom, so
 * the fill always hangs from the line down to where the axis starts, as a reader expects "under"
 * to mean, also for a KPI that is negative throughout (never up to the top edge).
 */
export function areaBaseline([d0, d1]: readonly [number, number]): number {
  return d0 <= 0 && 0 <= d1 ? 0 : d0;
}

/** The glide path's straight line, or '' unless both ends are finite (half a glide path is no path). */
function glidePath({ from, to }: NonNullable<TrendInput['glide']>, path: ReturnType<typeof pathMaker>): string {
  const ends = [from.t, from.v, to.t, to.v];
  return ends.every(Number.isFinite) ? path.line([from.t, to.t], [from.v, to.v]) : '';
}

/** A guardrail lane under the main chart: the guardrail's series against its limit, on the chart's time map. */
export function laneGeometry(input: LaneInput): LaneGeometry {
  const { series, limit, direction, breaches } = input;
  const { plot, x, drawable, start, stop } = timeFrame(input.timeDomain, input.width, input.height, input.margin);
  const extent = valueExtent();
  extent.series(series.t, series.v, start, stop);
  extent.add(limit);
  const domain = niceDomain(extent.lo, extent.hi, 'fit', tickCount(plot.height, Y_TICK_SPACING, 2));
  const y = valueMap(domain, plot);
  const path = pathMaker(drawable, x, y);
  const bottom = plot.y + plot.height;
  const limitY = Number.isFinite(limit) ? Math.min(bottom, Math.max(plot.y, y(limit))) : undefined;
  return {
    plot,
    x,
    y,
    domain,
    line: path.line(series.t, series.v),
    ...(limitY !== undefined && {
      limitY,
      breachZone: direction === 'decrease' ? { y: plot.y, height: limitY - plot.y } : { y: limitY, height: bottom - limitY },
    }),
    breachLine: breaches ? path.breaches(series, breaches) : '',
  };
}

function tickCount(length: number, spacing: number, least: number): number {
  return Math.max(least, Math.round(length / spacing));
}

/** The defined point nearest to `time` (the later one on a tie), or -1. */
function nearestDefined({ t, v }: Series, time: number): number {
  const n = Math.min(t.length, v.length);
  if (Number.isNaN(time) || n === 0) return -1;
  const defined = (i: number) => finite(v[i]) && finite(t[i]);
  const i = bisectLeft(t, time, 0, n);
  let left = i - 1;
  while (left >= 0 && !defined(left)) left--;
  let right = i;
  while (right < n && !defined(right)) right++;
  if (left < 0) return right < n ? right : -1;
  if (right >= n) return left;
  return time - (t[left] as number) < (t[right] as number) - time ? left : right;
}

/** Where an annotation's label goes: its row above the plot, and which side of the marker it reads from. */
export interface AnnotationLabel {
  readonly x: number;
  readonly row: number;
  readonly anchor: 'start' | 'end';
}

/**
 * Places annotation labels in up to `rows` rows above the plot so none
 * overlaps another or runs off `[left, right]`. A label reads rightwards from
 * its marker, or leftwards when it would pass `right`; one that fits nowhere is
 * `undefined` (the marker stays, and its title still names it). Widths are
 * estimated at `charWidth` per character, so this stays DOM-free.
 */
export function layoutAnnotationLabels(
  annotations: readonly { readonly x: number; readonly label: string }[],
  left: number,
  right: number,
  charWidth: number,
  rows: number,
  gap = 3,
): (AnnotationLabel | undefined)[] {
  // Per row, the x where the next label may start.
  const free = Array.from({ length: Math.max(0, rows) }, () => left);
  const order = annotations.map((_, index) => index).sort((a, b) => (annotations[a]?.x ?? 0) - (annotations[b]?.x ?? 0));
  const placed: (AnnotationLabel | undefined)[] = annotations.map(() => undefined);
  for (const index of order) {
    const { x, label } = annotations[index] as { x: number; label: string };
    const width = label.length * charWidth;
    const rightward = { from: x + gap, to: x + gap + width, anchor: 'start' as const, x: x + gap };
    const leftward = { from: x - gap - width, to: x - gap, anchor: 'end' as const, x: x - gap };
    for (let row = 0; row < free.length && placed[index] === undefined; row++) {
      for (const span of [rightward, leftward]) {
        if (span.from >= (free[row] as number) && span.from >= left && span.to <= right) {
          placed[index] = { x: span.x, row, anchor: span.anchor };
          free[row] = span.to + gap * 2;
          break;
        }
      }
    }
  }
  return placed;
}
