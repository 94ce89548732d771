/**
 * An affine map from a value domain to a pixel or percent range.
 * Why not d3-scale's scaleLinear: it pulls d3-interpolate, d3-color and d3-format
 * (10 kB gzip), two thirds of the card's whole budget, for a map that is one line.
 * Nice domains and ticks still come from d3-array.
 */
export type LinearMap = (value: number) => number;

/**
 * No drawing is a million px across: the charts cut their box to this, and the board its card
 * boxes, so positions stay finite and within SVG's single precision (exact to 1 px up to 1.6e7).
 */
export const MAX_PX = 1e6;

/**
 * Never NaN for a number in: a finite value maps to a finite position or, when `value − d0`
 * overflows, to ±Infinity (which `boundedMap` clamps). A zero-width domain, or one so narrow
 * that its scale overflows (5e-324 wide), maps everything to the middle of the range.
 */
export function linearMap([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): LinearMap {
  const middle = () => (r0 + r1) / 2;
  const span = d1 - d0;
  if (Number.isFinite(span)) {
    const k = (r1 - r0) / span;
    if (span === 0 || !Number.isFinite(k)) return middle;
    // An empty range: every value is at it, even one whose offset overflows (Infinity × 0 is NaN).
    if (k === 0) return () => r0;
    return (value) => r0 + (value - d0) * k;
  }
  // A domain as wide as the number line (−1.8e308 to 1.8e308) overflows its span: map it halved.
  const half = d1 / 2 - d0 / 2;
  const k = (r1 - r0) / half;
  if (!(Number.isFinite(half) && Number.isFinite(k) && half !== 0)) return middle;
  if (k === 0) return () => r0;
  return (value) => r0 + (value / 2 - d0 / 2) * k;
}

/**
 * `map`, its output clamped to `[r0, r1]` widened by `overshoot` times the range's length (at
 * least 1) on each side; NaN stays NaN (a gap). Far enough out that what the plot shows of a line
 * leaving it barely changes; near enough that SVG's single-precision parser accepts every number.
 */
export function boundedMap(map: LinearMap, [r0, r1]: readonly [number, number], overshoot: number): LinearMap {
  const room = Math.max(Math.abs(r1 - r0), 1) * overshoot;
  const lo = Math.min(r0, r1) - room;
  const hi = Math.max(r0, r1) + room;
  return (value) => clamp(map(value), lo, hi);
}

/** `value` inside [lo, hi]; NaN stays NaN. */
export const clamp = (value: number, lo: number, hi: number): number => (value < lo ? lo : value > hi ? hi : value);
