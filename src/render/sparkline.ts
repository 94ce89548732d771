/**
 * Sparkline geometry: the trend's geometry (`trend.ts`) in a box with no axes, so the card's
 * sparkline, the compact trend and the full trend draw one line, one band scale and one
 * y-domain. It adds what a sparkline shows on its own: the end dot and the point count.
 */
import type { KpiStatus } from '../core/document.js';
import type { Series } from '../core/series.js';
import type { YDomainPolicy } from './domain.js';
import { trendGeometry } from './trend.js';

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

/** A sparkline's axis is niced for this many ticks: finer than a 40 px trend would choose, so the line fills it. */
const SPARKLINE_VALUE_TICKS = 4;

export function sparklineGeometry({ series, width, height, yDomain, bands = [], target, inset = 3 }: SparklineInput): SparklineGeometry {
  const { t, v } = series;
  const g = trendGeometry({
    width,
    height,
    margin: { top: inset, right: 0, bottom: inset, left: 0 },
    series,
    timeDomain: [t[0] ?? 0, t[t.length - 1] ?? 1],
    yDomain,
    valueTicks: SPARKLINE_VALUE_TICKS,
    bands: bands.map((band) => ({ ...band, label: '' })),
    ...(target !== undefined && { target }),
  });
  let definedPoints = 0;
  let lastIndex = -1;
  for (let i = 0; i < v.length; i++) {
    if (Number.isNaN(v[i])) continue;
    definedPoints++;
    lastIndex = i;
  }
  return {
    line: g.line,
    domain: g.domain,
    bands: g.bands.map(({ y, height: bandHeight, status }) => ({ y, height: bandHeight, status: status as KpiStatus })),
    ...(g.target !== undefined && { targetY: g.target }),
    ...(lastIndex >= 0 && { last: { x: g.x(t[lastIndex] as number), y: g.y(v[lastIndex] as number) } }),
    definedPoints,
  };
}
