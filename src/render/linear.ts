/**
 * An affine map from a value domain to a pixel or percent range.
 * Why not d3-scale's scaleLinear: it pulls d3-interpolate, d3-color and d3-format
 * (10 kB gzip), two thirds of the card's whole budget, for a map that is one line.
 * Nice domains and ticks still come from d3-array.
 */
export type LinearMap = (value: number) => number;

export function linearMap([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): LinearMap {
  const span = d1 - d0;
  // A zero-width domain maps everything to the middle of the range instead of dividing by zero.
  if (span === 0 || !Number.isFinite(span)) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / span;
  return (value) => r0 + (value - d0) * k;
}
