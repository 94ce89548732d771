/**
 * Columnar time series: two parallel Float64Arrays, times in epoch ms sorted
 * ascending, values with NaN for gaps. No per-point objects (uPlot's lesson).
 */
import type { SeriesInput, Timestamp } from './document.js';
import { MS_PER_DAY, toEpochMs } from './time.js';

export interface Series {
  readonly t: Float64Array;
  readonly v: Float64Array;
}

export const EMPTY_SERIES: Series = { t: new Float64Array(0), v: new Float64Array(0) };

/** Builds a sorted columnar series from records or columns; `null` values become NaN gaps. */
export function toSeries(input: SeriesInput): Series {
  const times: readonly Timestamp[] = Array.isArray(input) ? input.map((p) => p.t) : input.t;
  const values: readonly (number | null)[] = Array.isArray(input) ? input.map((p) => p.v) : input.v;
  const length = Math.min(times.length, values.length);
  const t = new Float64Array(length);
  const v = new Float64Array(length);
  let sorted = true;
  for (let i = 0; i < length; i++) {
    t[i] = toEpochMs(times[i] as Timestamp);
    v[i] = values[i] ?? NaN;
    if (i > 0 && (t[i] as number) < (t[i - 1] as number)) sorted = false;
  }
  return sorted ? { t, v } : sortByTime(t, v);
}

/**
 * Columns for `length` points with room behind them: a live chart appends in place instead of copying a
 * million points first (see `<kpi-trend>`'s `appendPoints`). The room is an eighth, at least 64 points.
 */
export function columnsWithRoom(length: number): Series {
  const capacity = length + Math.max(64, length >>> 3);
  return { t: new Float64Array(capacity).subarray(0, length), v: new Float64Array(capacity).subarray(0, length) };
}

/** The points ordered by time (a stable sort, so equal times keep their order). */
export function sortByTime(t: Float64Array, v: Float64Array): Series {
  const order = Array.from(t.keys()).sort((a, b) => (t[a] as number) - (t[b] as number));
  return { t: Float64Array.from(order, (i) => t[i] as number), v: Float64Array.from(order, (i) => v[i] as number) };
}

/** Index of the last point with a value (not a gap), or -1. */
export function lastDefinedIndex(series: Series, before = series.v.length): number {
  for (let i = Math.min(before, series.v.length) - 1; i >= 0; i--) {
    if (!Number.isNaN(series.v[i])) return i;
  }
  return -1;
}

/** Index of the last point at or before `time`, or -1. */
export function indexAtOrBefore(series: Series, time: number): number {
  let low = 0;
  let high = series.t.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((series.t[mid] as number) <= time) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * A time this close to 1 January 1970 (a year either side) reads as a unit mix-up, not as data from
 * 1970: epoch seconds, day counts or years read as epoch milliseconds (1 700 000 000 s is November
 * 2023, but 1 700 000 000 ms is 20 January 1970). See suspicious-times-scan.ts.
 */
export const NEAR_EPOCH_MS = 365.25 * MS_PER_DAY;

/**
 * The cheap test an element makes on every read of a series (sorted, so a repeat sits next to its
 * first): true when it holds a time near 1970 or two points at one time, which the full scan in
 * suspicious-times-scan.ts then names. Both are valid: only a warning follows.
 */
export function mayHaveSuspiciousTimes(sorted: ArrayLike<number>): boolean {
  // The previous time in a local: reading `sorted[-1]` would take V8 off its fast path for the whole loop.
  let previous = Number.NaN;
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i] as number;
    if (Math.abs(t) < NEAR_EPOCH_MS || t === previous) return true;
    previous = t;
  }
  return false;
}
