/** The KPI's current reading and the target that applies to it. */
import type { Kpi } from './model.js';
import { indexAtOrBefore, lastDefinedIndex, type Series } from './series.js';

export interface Reading {
  readonly value: number;
  /** When the value was observed (epoch ms), when known. */
  readonly at?: number;
  /** True when the latest point is a gap and an earlier value is shown "as of" its time. */
  readonly carriedForward: boolean;
}

/**
 * An explicit `value` wins. Otherwise the last series point, and when that
 * point is a gap, the last non-gap point, flagged as carried forward.
 */
export function currentReading(kpi: Kpi): Reading | undefined {
  if (kpi.value !== null) {
    const at = kpi.asOf ?? lastTime(kpi.series);
    return { value: kpi.value, ...(at !== undefined && { at }), carriedForward: false };
  }
  return latestOf(kpi.series);
}

/** The latest value of a series, carried forward across trailing gaps. */
export function latestOf(series: Series | undefined): Reading | undefined {
  if (!series) return undefined;
  const index = lastDefinedIndex(series);
  if (index < 0) return undefined;
  return {
    value: series.v[index] as number,
    at: series.t[index] as number,
    carriedForward: index < series.v.length - 1,
  };
}

function lastTime(series: Series | undefined): number | undefined {
  return series && series.t.length > 0 ? series.t[series.t.length - 1] : undefined;
}

/**
 * The target in force at `time`: the per-period target whose period started
 * at or before it, else the single target. Per-period targets are steps.
 */
export function targetAt(kpi: Kpi, time: number | undefined): number | undefined {
  if (kpi.targets && kpi.targets.t.length > 0) {
    const index = time === undefined ? kpi.targets.t.length - 1 : indexAtOrBefore(kpi.targets, time);
    const value = index >= 0 ? kpi.targets.v[index] : kpi.targets.v[0];
    if (value !== undefined && !Number.isNaN(value)) return value;
  }
  return kpi.target?.value;
}
