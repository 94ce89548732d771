/**
 * Sparkline geometry: a line (with gaps) through a columnar series, the KPI's
 * bands behind it (the same scheme as the bullet graph and the trend), and the
 * declared y-domain policy, so the chart says honestly whether its axis starts at zero.
 */
import { nice } from 'd3-array';
import { line } from 'd3-shape';
import type { KpiStatus } from '../core/document.js';
import type { Series } from '../core/series.js';
import { linearMap } from './linear.js';

/** `zero`: the axis includes zero. `fit`: the axis fits the data (and band), so small moves look large. */
export type YDomainPolicy = 'zero' | 'fit';

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
  /** The bands in view, top to bottom as given; a band outside the axis has no height. */
  readonly bands: readonly { readonly y: number; readonly height: number; readonly status: KpiStatus }[];
  readonly targetY?: number;
  /** The last defined point, for the end dot. */
  readonly last?: { readonly x: number; readonly y: number };
  readonly definedPoints: number;
}

export function sparklineGeometry({ series, width, height, yDomain, bands = [], target, inset = 3 }: SparklineInput): SparklineGeometry {
  const { t, v } = series;
  const indices = Array.from({ length: t.length }, (_, i) => i);
  const defined = (i: number) => !Number.isNaN(v[i]);
  // One pass for the extent: no filtered copies and no spread of a long array into extent().
  let lo = target ?? Infinity;
  let hi = target ?? -Infinity;
  let definedPoints = 0;
  for (let i = 0; i < v.length; i++) {
    const value = v[i] as number;
    if (Number.isNaN(value)) continue;
    definedPoints++;
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  // The axis fits the data and the target; bands only shade what is in view, so a wide band cannot flatten the line.
  if (lo === Infinity) [lo, hi] = [0, 1];
  if (yDomain === 'zero') {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const domain = nice(lo, hi, 4);
  const x = linearMap([t[0] ?? 0, t[t.length - 1] ?? 1], [0, width]);
  const y = linearMap(domain, [height - inset, inset]);
  const xAt = (i: number) => x(t[i] as number);
  const yAt = (i: number) => y(v[i] as number);
  const lastIndex = indices.findLast(defined);
  const clampY = (value: number) => Math.min(height, Math.max(0, y(value)));
  return {
    line: line<number>().defined(defined).x(xAt).y(yAt)(indices) ?? '',
    domain,
    bands: bands
      .map((band) => ({ y: clampY(band.to), height: Math.max(0, clampY(band.from) - clampY(band.to)), status: band.status }))
      .filter((band) => band.height > 0),
    ...(target !== undefined && { targetY: y(target) }),
    ...(lastIndex !== undefined && { last: { x: xAt(lastIndex), y: yAt(lastIndex) } }),
    definedPoints,
  };
}
