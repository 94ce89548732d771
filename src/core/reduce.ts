/**
 * M4 reduction (Jugel et al., VLDB 2014): for each pixel column keep the
 * first, min, max and last point, so a line drawn from the result covers the
 * same pixels as one drawn from every point. One pass over typed arrays, no
 * per-point objects or allocations (uPlot's lesson).
 *
 * Columns: the time domain [x0, x1] is cut into `columns` equal half-open
 * columns; point `t` falls in column `floor((t - x0) × columns / (x1 - x0))`,
 * and `t = x1` joins the last column. Points outside [x0, x1] are skipped.
 * Multiplying before dividing keeps the column exact for integer epoch ms
 * (while (x1 - x0) × columns < 2^53, i.e. always for real chart widths).
 *
 * Gaps (NaN values) are kept as NaN points at the time of a real gap, so a
 * line breaks where the full series breaks. Per column at most two markers:
 * - the column's first gap, wherever it lies: it breaks the link from the
 *   previous column when the column opens with a gap, and marks a gap inside;
 * - the column's last gap, only when it follows the last defined point, so the
 *   link to the next column breaks too.
 * A link between two output points therefore breaks only where the input
 * breaks, and every break across columns survives. Several gaps inside one
 * column collapse into its first one: the difference stays inside one pixel
 * column. A column therefore emits at most 6 points, in time order, each
 * input point at most once (first = min emits one point).
 */
import { EMPTY_SERIES, indexAtOrBefore, type Series } from './series.js';

/** Most points one column can emit: first, min, max, last, first gap, trailing gap. */
export const M4_POINTS_PER_COLUMN = 6;

export interface M4Reducer {
  /**
   * Folds `series` points from `fromIndex` to its end into the column state.
   * Call it again with the same (grown) series and the old length to append.
   * Points must arrive in time order across calls; points after `x1` are
   * ignored, so when the domain changes make a new reducer and add everything.
   */
  add(series: Series, fromIndex?: number): void;
  /**
   * Moves the domain's end out to a later `x1` without a pass over the points folded so far: a live
   * chart's axis, moved on past a new point. The columns keep their edges; the new span gets columns
   * of the same width, and whenever there would be more than twice the columns asked for, neighbours
   * merge in pairs, which is exact since a pair covers the same points as one column twice as wide.
   * A column is then finer than a pixel, never coarser, so no extreme is lost; it may lie a pixel
   * off the one a fresh reduction would put it in. False (nothing changed) when the domain has no
   * width or `x1` is not later: make a new reducer then.
   */
  extend(x1: number): boolean;
  /** The reduction so far, as a new series the caller owns. */
  result(): Series;
}

/**
 * The per-column state, one array per field, in this order: first, min, max and last as time, value and
 * order each, then the first and the last gap as time and order. `-1` orders mark no point and no gap.
 */
type F = Float64Array;
type Columns = [F, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F];
const FIELDS = 16;
const FIRST_O = 2;
const GAP_FIRST_O = 13;

/** State for `n` columns with nothing folded. */
const emptyColumns = (n: number): Columns =>
  Array.from({ length: FIELDS }, (_, field) => new Float64Array(n).fill(field === FIRST_O || field === GAP_FIRST_O ? -1 : 0)) as Columns;

/**
 * Column `b` folded into column `a` (`b` later): what folding their points one by one into one column
 * would give, since every field is an extreme or an end, and ties keep the earlier point.
 */
function mergeInto(s: Columns, a: number, b: number): void {
  const take = (from: number, count: number) => {
    for (let field = from; field < from + count; field++) (s[field] as Float64Array)[a] = (s[field] as Float64Array)[b] as number;
  };
  const at = (field: number, column: number) => (s[field] as Float64Array)[column] as number;
  if (at(FIRST_O, b) >= 0) {
    if (at(FIRST_O, a) < 0) take(0, 9);
    else {
      if (at(4, b) < at(4, a)) take(3, 3); // a lower minimum
      if (at(7, b) > at(7, a)) take(6, 3); // a higher maximum
    }
    take(9, 3); // the last point
  }
  if (at(GAP_FIRST_O, b) >= 0) {
    if (at(GAP_FIRST_O, a) < 0) take(12, 2);
    take(14, 2); // the last gap
  }
}

/**
 * Makes an incremental M4 reducer for the domain [x0, x1] split into `columns`
 * pixel columns. Appending one point costs O(1); `result()` costs O(columns).
 * A zero-width domain (x0 = x1) is one column holding the points at that
 * instant; an empty domain (x1 < x0, or not finite) or no columns reduce to
 * an empty series.
 */
export function createM4Reducer(x0: number, x1: number, columns: number): M4Reducer {
  const width = x1 - x0;
  if (!(columns >= 1) || !Number.isFinite(x0) || !Number.isFinite(x1) || width < 0) {
    return { add: () => {}, extend: () => false, result: () => EMPTY_SERIES };
  }
  // A zero-width domain has one column; a span of 1 makes every offset (0) land in it.
  const base = width === 0 ? 1 : Math.floor(columns);
  const span = width === 0 ? 1 : width;
  // A column is `scale` of the first grid's columns (`extend` doubles it); `n` columns cover [x0, end].
  let scale = 1;
  let n = base;
  let end = x1;

  // Order numbers (`*O`) count the points folded so far; they sort a column's output and tell when two
  // extremes are one point. The arrays are locals, not `state[field]`, for the loop in `add`.
  let state = emptyColumns(n);
  let [firstT, firstV, firstO, minT, minV, minO, maxT, maxV, maxO, lastT, lastV, lastO, gapFirstT, gapFirstO, gapLastT, gapLastO] = state;
  let order = 0;

  // Reused by every result() call.
  let outT = new Float64Array(n * M4_POINTS_PER_COLUMN);
  let outV = new Float64Array(n * M4_POINTS_PER_COLUMN);
  const candT = new Float64Array(M4_POINTS_PER_COLUMN);
  const candV = new Float64Array(M4_POINTS_PER_COLUMN);
  const candO = new Float64Array(M4_POINTS_PER_COLUMN);

  /** The column of a time in [x0, end]; `end` itself joins the last column. */
  function columnOf(time: number): number {
    const c = Math.floor(Math.floor(((time - x0) * base) / span) / scale);
    return c < n ? c : n - 1;
  }

  function firstIndexInDomain(series: Series, fromIndex: number): number {
    const { t } = series;
    // Binary search only when the start lies before x0, so an append stays O(1).
    if (!((t[fromIndex] as number) < x0)) return fromIndex;
    let i = indexAtOrBefore(series, x0);
    while (i >= 0 && t[i] === x0) i--; // points exactly at x0 belong in the domain
    return Math.max(fromIndex, i + 1);
  }

  let k = 0; // candidates gathered for the column being emitted
  function candidate(o: number, time: number, value: number): void {
    candO[k] = o;
    candT[k] = time;
    candV[k] = value;
    k++;
  }

  function add(series: Series, fromIndex = 0): void {
    const { t, v } = series;
    const count = Math.min(t.length, v.length);
    let i = firstIndexInDomain(series, Math.max(0, Math.floor(fromIndex) || 0));
    let o = order;
    while (i < count) {
      const start = t[i] as number;
      if (start > end) break; // sorted: nothing later is in the domain
      if (!(start >= x0)) {
        i++; // NaN time
        continue;
      }
      const c = columnOf(start);
      // Times ascend, so points come in runs per column: fold a run in locals, store it once.
      let fo = firstO[c] as number;
      let ft = firstT[c] as number;
      let fv = firstV[c] as number;
      let mino = minO[c] as number;
      let mint = minT[c] as number;
      let minv = minV[c] as number;
      let maxo = maxO[c] as number;
      let maxt = maxT[c] as number;
      let maxv = maxV[c] as number;
      let lo = lastO[c] as number;
      let lt = lastT[c] as number;
      let lv = lastV[c] as number;
      let gfo = gapFirstO[c] as number;
      let gft = gapFirstT[c] as number;
      let glo = gapLastO[c] as number;
      let glt = gapLastT[c] as number;
      // Below this time a point is surely in column c (a hair under the exact edge, so rounding cannot
      // disagree with columnOf); only points past it pay for the division.
      const surelyBefore = x0 + ((c + 1) * scale * span) / base - Math.abs(span) * 1e-9;
      for (; i < count; i++) {
        const time = t[i] as number;
        if (!(time < surelyBefore) && (time > end || columnOf(time) !== c)) break;
        const value = v[i] as number;
        if (value !== value) {
          if (gfo < 0) {
            gfo = o;
            gft = time;
          }
          glo = o;
          glt = time;
        } else {
          if (fo < 0) {
            fo = mino = maxo = o;
            ft = mint = maxt = time;
            fv = minv = maxv = value;
          } else if (value < minv) {
            mino = o;
            mint = time;
            minv = value;
          } else if (value > maxv) {
            maxo = o;
            maxt = time;
            maxv = value;
          }
          lo = o;
          lt = time;
          lv = value;
        }
        o++;
      }
      firstO[c] = fo;
      firstT[c] = ft;
      firstV[c] = fv;
      minO[c] = mino;
      minT[c] = mint;
      minV[c] = minv;
      maxO[c] = maxo;
      maxT[c] = maxt;
      maxV[c] = maxv;
      lastO[c] = lo;
      lastT[c] = lt;
      lastV[c] = lv;
      gapFirstO[c] = gfo;
      gapFirstT[c] = gft;
      gapLastO[c] = glo;
      gapLastT[c] = glt;
    }
    order = o;
  }

  function result(): Series {
    let length = 0;
    for (let c = 0; c < n; c++) {
      k = 0;
      const defined = (firstO[c] as number) >= 0;
      if (defined) {
        candidate(firstO[c] as number, firstT[c] as number, firstV[c] as number);
        candidate(minO[c] as number, minT[c] as number, minV[c] as number);
        candidate(maxO[c] as number, maxT[c] as number, maxV[c] as number);
        candidate(lastO[c] as number, lastT[c] as number, lastV[c] as number);
      }
      if ((gapFirstO[c] as number) >= 0) {
        candidate(gapFirstO[c] as number, gapFirstT[c] as number, NaN);
        if (defined && (gapLastO[c] as number) > (lastO[c] as number)) candidate(gapLastO[c] as number, gapLastT[c] as number, NaN);
      }
      // Insertion sort of at most 6 candidates by arrival order.
      for (let a = 1; a < k; a++) {
        const o = candO[a] as number;
        const time = candT[a] as number;
        const value = candV[a] as number;
        let b = a - 1;
        for (; b >= 0 && (candO[b] as number) > o; b--) {
          candO[b + 1] = candO[b] as number;
          candT[b + 1] = candT[b] as number;
          candV[b + 1] = candV[b] as number;
        }
        candO[b + 1] = o;
        candT[b + 1] = time;
        candV[b + 1] = value;
      }
      for (let a = 0; a < k; a++) {
        if (a > 0 && candO[a] === candO[a - 1]) continue; // one point that is several extremes
        outT[length] = candT[a] as number;
        outV[length] = candV[a] as number;
        length++;
      }
    }
    return { t: outT.slice(0, length), v: outV.slice(0, length) };
  }

  function extend(x1: number): boolean {
    if (width === 0 || !(x1 > end) || !Number.isFinite(x1)) return false;
    // The first grid's columns up to the new end, then merged in pairs while more than twice `base`.
    const wanted = Math.floor(((x1 - x0) * base) / span) + 1;
    // Merged in place: the state is replaced below.
    const merged = state;
    let count = n;
    let grownScale = scale;
    while (Math.ceil(wanted / grownScale) > 2 * base) {
      for (let c = 0; c < count; c += 2) {
        if (c + 1 < count) mergeInto(merged, c, c + 1);
        if (c > 0) for (const field of merged) field[c / 2] = field[c] as number;
      }
      count = Math.ceil(count / 2);
      grownScale *= 2;
    }
    const next = emptyColumns(Math.ceil(wanted / grownScale));
    next.forEach((field, i) => field.set((merged[i] as Float64Array).subarray(0, count)));
    state = next;
    [firstT, firstV, firstO, minT, minV, minO, maxT, maxV, maxO, lastT, lastV, lastO, gapFirstT, gapFirstO, gapLastT, gapLastO] = state;
    scale = grownScale;
    n = next[FIRST_O].length;
    end = x1;
    outT = new Float64Array(n * M4_POINTS_PER_COLUMN);
    outV = new Float64Array(n * M4_POINTS_PER_COLUMN);
    return true;
  }

  return { add, extend, result };
}

/** Reduces the points of `series` inside [x0, x1] to at most 6 per pixel column (see the module comment). */
export function reduceM4(series: Series, x0: number, x1: number, columns: number): Series {
  const reducer = createM4Reducer(x0, x1, columns);
  reducer.add(series, 0);
  return reducer.result();
}
