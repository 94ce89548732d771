/**
 * The one value extent and y-domain routine of the kit's charts: the trend, its compact form
 * and the card's sparkline all read their axis from here, so they fit and pad alike.
 */
import { bisectLeft, bisectRight, nice, tickIncrement, ticks } from 'd3-array';

/** `zero`: the axis includes zero. `fit`: the axis fits what is drawn, so small moves look large. */
export type YDomainPolicy = 'zero' | 'fit';

/**
 * d3-array's `ticks`, or none when the step is too small for a number (a span under about 1e-306): there
 * d3's step underflows and `ticks` throws "Invalid array length". Every value axis takes its ticks here.
 */
export function valueTicks(d0: number, d1: number, count: number): number[] {
  return Number.isFinite(tickIncrement(d0, d1, count)) ? ticks(d0, d1, count) : [];
}

/** A sparkline's axis (the card's, or the compact trend's) is niced for this many ticks, so the line fills it. */
export const SPARKLINE_VALUE_TICKS = 4;

export interface ValueExtent {
  readonly lo: number;
  readonly hi: number;
  /** Includes a finite value. */
  add(value: number): void;
  /** Includes the finite values of points inside [start, stop], and the one each side (NaN bounds: every point). */
  series(t: ArrayLike<number>, v: ArrayLike<number>, start: number, stop: number): void;
}

export function valueExtent(): ValueExtent {
  let lo = Infinity;
  let hi = -Infinity;
  const add = (value: number) => {
    if (!Number.isFinite(value)) return;
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  };
  return {
    get lo() {
      return lo;
    },
    get hi() {
      return hi;
    },
    add,
    series(t, v, start, stop) {
      const n = Math.min(t.length, v.length);
      const inDomain = start <= stop;
      const from = inDomain ? Math.max(0, bisectLeft(t, start, 0, n) - 1) : 0;
      const to = inDomain ? Math.min(n, bisectRight(t, stop, 0, n) + 1) : n;
      for (let i = from; i < to; i++) add(v[i] as number);
    },
  };
}

/** The niced y-domain for an extent under a policy; an empty extent is [0, 1], a flat one is padded by 5 %. */
export function niceDomain(least: number, most: number, policy: YDomainPolicy, count: number): [number, number] {
  let lo = least;
  let hi = most;
  if (!(lo <= hi)) [lo, hi] = [0, 1];
  if (policy === 'zero') {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  if (lo === hi) {
    if (lo === 0) hi = 1;
    else {
      // Padding stops at the ends of the number line, so a flat series of 1.7e308 keeps a finite axis.
      const pad = Math.abs(lo) * 0.05;
      lo = Math.max(lo - pad, -Number.MAX_VALUE);
      hi = Math.min(hi + pad, Number.MAX_VALUE);
    }
  }
  const [n0, n1] = nice(lo, hi, count);
  return Number.isFinite(n0) && Number.isFinite(n1) ? [n0, n1] : [lo, hi];
}
