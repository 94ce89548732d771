/**
 * Bullet graph geometry (Stephen Few): qualitative bands in intensities of one
 * hue, the featured measure as a bar, the target as a tick, an optional second
 * comparative tick. Positions are percentages of the track, so the template
 * needs no measured width. Over-achievement extends the domain instead of clamping.
 */
import { nice } from 'd3-array';
import type { Band } from '../core/bands.js';
import type { KpiStatus } from '../core/document.js';
import { valueTicks } from './domain.js';
import { linearMap } from './linear.js';

export interface BulletInput {
  readonly bands: readonly Band[];
  readonly value: number;
  readonly target?: number;
  /** A second comparative measure, e.g. the baseline or last period. */
  readonly comparative?: number;
}

export interface BulletBandGeometry {
  readonly x: number;
  readonly width: number;
  readonly status: KpiStatus;
  readonly label: string;
  /** 0 (lightest) … 2 (darkest): worse ranges are darker, as Few specifies. */
  readonly intensity: number;
}

export interface BulletGeometry {
  readonly domain: readonly [number, number];
  /**
   * `bar` from zero, as Few specifies; `marker` when everything sits in a narrow
   * range far from zero (99.5–99.96 %): a bar must start at zero, so a fitted
   * scale shows the measure as a marker instead of a misleading bar.
   */
  readonly measure: 'bar' | 'marker';
  readonly bands: readonly BulletBandGeometry[];
  /** The featured measure, drawn from zero (or the domain edge nearest zero). */
  readonly bar: { readonly x: number; readonly width: number };
  readonly target?: number;
  readonly comparative?: number;
  /** The quantitative scale: round values and their positions (percent), ends included. */
  readonly ticks: readonly { readonly x: number; readonly value: number }[];
}

/** At most this many scale labels: a card is narrow (a narrow card shows only the ends). */
const MAX_TICKS = 6;
/** The share of the scale left past its outermost mark. */
const EDGE_ROOM = 0.04;
/** The tick count the domain is niced for, so the scale's first and last labels sit on its ends. */
const NICE_COUNT = 5;

/**
 * Round values across the domain, at most MAX_TICKS. Asked for five, d3 lands on the ends of
 * a domain niced for five; it may return more than asked, so fewer are asked for then.
 */
function scaleTicks(d0: number, d1: number): number[] {
  for (let count = NICE_COUNT; count >= 1; count--) {
    const values = valueTicks(d0, d1, count);
    // A domain as wide as the number line has no finite step: its ends are its scale.
    if (values.length > 0 && values.length <= MAX_TICKS && values.every(Number.isFinite)) return values;
  }
  return d0 === d1 ? [d0] : [d0, d1];
}

const INTENSITY: Readonly<Record<KpiStatus, number>> = { critical: 2, warning: 1, good: 0, neutral: 0 };

export function bulletGeometry({ bands, value, target, comparative }: BulletInput): BulletGeometry {
  const finiteEdges = bands.flatMap((b) => [b.from, b.to]).filter(Number.isFinite);
  const marks = [value, target, comparative].filter((m): m is number => m !== undefined && Number.isFinite(m));
  const all = [...finiteEdges, ...marks];
  const [least, most] = [Math.min(...all), Math.max(...all)];
  // Few's bars start at zero. Only when that would squeeze everything into the last twentieth of
  // the track (99.5–99.96 %) does the scale fit the data, with a marker in place of the bar.
  const fitted = (least > 0 && most - least < 0.05 * most) || (most < 0 && most - least < 0.05 * -least);
  let lo: number;
  let hi: number;
  if (fitted) {
    const pad = (most - least) * 0.15 || Math.abs(most) * 0.01;
    [lo, hi] = [least - pad, most + pad];
  } else {
    // Bars encode length, so the scale starts at zero unless the data lies on both sides of it.
    lo = Math.min(0, least);
    hi = Math.max(0, most);
    // A notch of room past the outermost mark, so an open-ended band stays visible and a bar past the target never
    // looks clamped; only a notch, so a scale for 92 % stops at 100 %, not 120 %. A share of each end, not of their
    // difference, which can overflow.
    if (hi === most && hi > 0) hi += hi * EDGE_ROOM - lo * EDGE_ROOM;
    if (lo === least && lo < 0) lo -= hi * EDGE_ROOM - lo * EDGE_ROOM;
  }
  // Padding at the ends of the number line stops there.
  lo = Math.max(lo, -Number.MAX_VALUE);
  hi = Math.min(hi, Number.MAX_VALUE);
  if (lo === hi) hi = lo + 1;
  const niced = nice(lo, hi, NICE_COUNT);
  const [d0, d1] = niced.every(Number.isFinite) ? niced : [lo, hi];
  const x = linearMap([d0, d1], [0, 100]);
  // A percent of the track; NaN (no value) is the track's start.
  const clamp = (v: number) => {
    const at = x(v);
    return at > 0 ? Math.min(100, at) : 0;
  };
  const zero = fitted ? clamp(value) : clamp(0);
  const end = Number.isNaN(value) ? zero : clamp(value);
  return {
    domain: [d0, d1],
    measure: fitted ? 'marker' : 'bar',
    bands: bands.map((b) => {
      const from = clamp(b.from === -Infinity ? d0 : b.from);
      const to = clamp(b.to === Infinity ? d1 : b.to);
      return { x: from, width: Math.max(0, to - from), status: b.status, label: b.label, intensity: INTENSITY[b.status] };
    }),
    bar: { x: Math.min(zero, end), width: Math.abs(end - zero) },
    ticks: scaleTicks(d0, d1).map((value) => ({ x: x(value), value })),
    ...(target !== undefined && Number.isFinite(target) && { target: clamp(target) }),
    ...(comparative !== undefined && Number.isFinite(comparative) && { comparative: clamp(comparative) }),
  };
}
