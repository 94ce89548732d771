/**
 * The change of a KPI against its comparison (`kpi.comparison`): the previous
 * value, the value N periods ago, or a fixed reference, read in the KPI's
 * direction so a fall can be good news.
 */
import type { Kpi } from './model.js';
import { indexAtOrBefore, lastDefinedIndex, type Series } from './series.js';

export type Movement = 'up' | 'down' | 'flat';
export type Judgement = 'better' | 'worse' | 'neutral';

export interface Delta {
  /** The value compared against. */
  readonly reference: number;
  /** When the reference was measured; absent for a fixed `reference` comparison. */
  readonly referenceAt?: number;
  /** `current − reference`, in the KPI's unit. */
  readonly absolute: number;
  /**
   * `absolute / |reference|` (so the sign follows the movement), or `null` when the reference is 0, or so
   * close to 0 that the ratio is beyond the range of numbers (1e308 against 5e-324).
   */
  readonly relative: number | null;
  /** `flat` when the change is smaller than `kpi.minimumChange` or exactly zero. */
  readonly movement: Movement;
  readonly judgement: Judgement;
  /** The comparison's label, e.g. "vs last month". */
  readonly label?: string;
  /**
   * `periods-ago` only: the point N periods back was a gap, so the nearest
   * earlier value was used instead.
   */
  readonly walkedBack?: true;
}

export interface CurrentValue {
  readonly value: number;
  /**
   * When the value was measured. A series point at exactly this time is the
   * current point; otherwise the value counts as a new point after the last
   * point at or before it. Omitted: the current point is the series' last value.
   */
  readonly at?: number;
}

/**
 * Compares `current` with the KPI's comparison. Returns `undefined` when the
 * KPI has no comparison or there is nothing to compare with (no earlier value,
 * not enough periods, a non-finite current value), and when the change is beyond
 * the range of numbers (1.7e308 against −1.7e308): no size can be given for it.
 *
 * `periods-ago` counts series points, not calendar time: the reference is the
 * point at index `current index − periods`, because a series holds one point
 * per period of its cadence. If that point is a gap, the nearest earlier value
 * stands in and `walkedBack` says so.
 */
export function computeDelta(kpi: Kpi, current: CurrentValue): Delta | undefined {
  const comparison = kpi.comparison;
  if (comparison === undefined || !Number.isFinite(current.value)) return undefined;
  const series = kpi.series;
  const position = series ? currentPosition(series, current.at) : undefined;

  let reference: number;
  let referenceAt: number | undefined;
  let walkedBack = false;
  if (comparison.type === 'reference') {
    reference = comparison.value;
  } else {
    if (series === undefined || position === undefined) return undefined;
    let index: number;
    if (comparison.type === 'previous') {
      index = lastDefinedIndex(series, position);
    } else {
      const exact = position - comparison.periods;
      if (exact < 0) return undefined;
      index = lastDefinedIndex(series, exact + 1);
      walkedBack = index !== exact;
    }
    if (index < 0) return undefined;
    reference = series.v[index] as number;
    referenceAt = series.t[index];
  }

  const absolute = current.value - reference;
  if (!Number.isFinite(absolute)) return undefined;
  const relative = reference === 0 ? null : absolute / Math.abs(reference);
  const movement = movementOf(absolute, kpi.minimumChange, current.value, reference);
  const currentAt = current.at !== undefined && Number.isFinite(current.at) ? current.at : pointTime(series, position);
  return {
    reference,
    ...(referenceAt !== undefined && { referenceAt }),
    absolute,
    relative: relative !== null && Number.isFinite(relative) ? relative : null,
    movement,
    judgement: judge(kpi, movement, current.value, currentAt, reference, referenceAt),
    ...(comparison.label !== undefined && { label: comparison.label }),
    ...(walkedBack && { walkedBack: true as const }),
  };
}

/**
 * Index of the current point in the series. When `at` falls between points
 * (or after the last one), the current value is a virtual point inserted
 * there, so its index is one past the last point at or before `at`.
 */
function currentPosition(series: Series, at: number | undefined): number | undefined {
  if (at === undefined || !Number.isFinite(at)) {
    const last = lastDefinedIndex(series);
    return last < 0 ? undefined : last;
  }
  const index = indexAtOrBefore(series, at);
  return index >= 0 && series.t[index] === at ? index : index + 1;
}

function pointTime(series: Series | undefined, position: number | undefined): number | undefined {
  if (series === undefined || position === undefined) return undefined;
  return series.t[position];
}

function movementOf(absolute: number, minimumChange: number, a: number, b: number): Movement {
  // A rounding residue (0.1 + 0.2 − 0.3) is no movement, and a change equal to
  // minimumChange must not read as flat because 0.3 − 0.1 is 0.19999999999999998.
  const residue = 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  const magnitude = Math.abs(absolute);
  if (magnitude <= residue || magnitude < minimumChange - residue) return 'flat';
  return absolute > 0 ? 'up' : 'down';
}

function judge(kpi: Kpi, movement: Movement, current: number, currentAt: number | undefined, reference: number, referenceAt: number | undefined): Judgement {
  if (movement === 'flat') return 'neutral';
  if (kpi.direction === 'increase') return movement === 'up' ? 'better' : 'worse';
  if (kpi.direction === 'decrease') return movement === 'down' ? 'better' : 'worse';
  // Per-period targets can differ between the two times, so each value is measured against its own.
  const currentTarget = targetAt(kpi, currentAt);
  const referenceTarget = referenceAt === undefined ? currentTarget : targetAt(kpi, referenceAt);
  if (currentTarget === undefined || referenceTarget === undefined) return 'neutral';
  const before = Math.abs(reference - referenceTarget);
  const after = Math.abs(current - currentTarget);
  if (after < before) return 'better';
  if (after > before) return 'worse';
  return 'neutral';
}

/**
 * The target in force at `time`: the latest per-period target at or before it,
 * else the single `target.value`. Without a time, the latest per-period target.
 */
function targetAt(kpi: Kpi, time: number | undefined): number | undefined {
  const targets = kpi.targets;
  if (targets !== undefined) {
    const before = time === undefined ? targets.v.length : indexAtOrBefore(targets, time) + 1;
    const index = lastDefinedIndex(targets, before);
    if (index >= 0) return targets.v[index];
  }
  return kpi.target?.value;
}
