/**
 * Deterministic bench data: a seeded random walk, one point a minute, as
 * columnar Float64Arrays (the kit's Series shape: epoch-ms times, values).
 */
import { mulberry32 } from '../stories/fixtures/seeded-random.js';

export interface Columns {
  readonly t: Float64Array;
  readonly v: Float64Array;
}

const START_MS = Date.UTC(2026, 0, 1);
const MINUTE_MS = 60_000;

/** `length` points of a random walk starting at 100, one a minute from 2026-01-01T00:00Z. */
export function randomWalk(length: number, seed = 42): Columns {
  const random = mulberry32(seed);
  const t = new Float64Array(length);
  const v = new Float64Array(length);
  let value = 100;
  for (let i = 0; i < length; i++) {
    value += random() - 0.5;
    t[i] = START_MS + i * MINUTE_MS;
    v[i] = value;
  }
  return { t, v };
}
