/**
 * Sparkline geometry: the trend's drawing core (`plot.ts`, `domain.ts`) in a box with no axes,
 * so the card's sparkline, the compact trend and the full trend draw one line, one band scale
 * and one y-domain. It adds what a sparkline shows on its own: the end dot and the point count.
 */
import type { KpiStatus } from '../core/document.js';
import type { Series } from '../core/series.js';
import { niceDomain, SPARKLINE_VALUE_TICKS, valueExtent, type YDomainPolicy } from './domain.js';
import { bandRects, linePath, timeFrame, valueMap } from './plot.js';

export type { YDomainPolicy } from './domain.js';

export interface SparklineInput {
  readonly series: Series;
  readonly width: number;
  readonly height: number;
  readonly yDomain: YDomainPolicy;
  /** The bands to shade behind the line; infinite edges shade to the chart's edge. */
  readonly bands?: readonly { readonly from: number; readonly to: number; readonly status: KpiStatus }[];
  /** A target level to draw as a rule. */
  readonly target?: number;
  /** Vertical inset so the line's stroke and end dot are not cut off. */
  readonly inset?: number;
}

export interface SparklineGeometry {
  readonly line: string;
  readonly domain: readonly [number, number];
  /** The bands in view, clamped to the chart; a band outside the axis is left out. */
  readonly bands: readonly { readonly y: number; readonly height: number; readonly status: KpiStatus }[];
  readonly targetY?: number;
  /** The last defined point, for the end dot. */
  readonly last?: { readonly x: number; readonly y: number };
  readonly definedPoints: number;
}

/** The value axis a sparkline of this series draws on: the extent of its values and the target, niced. It needs no size. */
export function sparklineDomain(series: Series, yDomain: YDomainPolicy, target?: number): [number, number] {
  const extent = valueExtent();
  extent.series(series.t, series.v, NaN, NaN);
  if (target !== undefined) extent.add(target);
  return niceDomain(extent.lo, extent.hi, yDomain, SPARKLINE_VALUE_TICKS);
}

export function sparklineGeometry({ series, width, height, yDomain, bands = [], target, inset = 3 }: SparklineInput): SparklineGeometry {
  const { t, v } = series;
  const { plot, x, drawable } = timeFrame([t[0] ?? 0, t[t.length - 1] ?? 1], width, height, { top: inset, right: 0, bottom: inset, left: 0 });
  const domain = sparklineDomain(series, yDomain, target);
  const y = valueMap(domain, plot);
  const line = linePath(drawable, x, y, t, v);
  let definedPoints = 0;
  let lastIndex = -1;
  for (let i = 0; i < v.length; i++) {
    if (Number.isNaN(v[i])) continue;
    definedPoints++;
    // The end dot sits on the line, which skips what it cannot place.
    if (Number.isFinite(v[i]) && Number.isFinite(t[i])) lastIndex = i;
  }
  return {
    line,
    domain,
    bands: bandRects(
      bands.map((band) => ({ ...band, label: '' })),
      domain,
      y,
      plot,
    ).map((rect) => ({
      y: rect.y,
      height: rect.height,
      status: rect.status as KpiStatus,
    })),
    ...(target !== undefined && Number.isFinite(target) && { targetY: y(target) }),
    ...(lastIndex >= 0 && { last: { x: x(t[lastIndex] as number), y: y(v[lastIndex] as number) } }),
    definedPoints,
  };
}
