/**
 * Staleness: is the data older than the KPI's review cadence allows?
 * A point stamped at the start of its period covers that period, so without an
 * explicit `asOf` the data's age is counted from the end of the last period.
 */
import type { Kpi } from './model.js';
import { currentReading } from './reading.js';
import { CADENCE_MS } from './time.js';

export interface Freshness {
  readonly stale: boolean;
  /** The time the data speaks for (epoch ms), when known. */
  readonly asOf?: number;
  /** How long the data may age before it is stale, when the KPI says (maxAge or cadence). */
  readonly maxAgeMs?: number;
  /** now − (asOf, or the end of the last period). */
  readonly ageMs?: number;
}

export function assessFreshness(kpi: Kpi, now: number, receivedAt?: number): Freshness {
  const period = kpi.cadence ? CADENCE_MS[kpi.cadence] : undefined;
  const maxAgeMs = kpi.maxAgeMs ?? period;
  const readingAt = currentReading(kpi)?.at;
  const asOf = kpi.asOf ?? readingAt ?? receivedAt;
  if (asOf === undefined) return { stale: false, ...(maxAgeMs !== undefined && { maxAgeMs }) };
  const freshUntil = kpi.asOf === undefined && readingAt !== undefined && period !== undefined ? asOf + period : asOf;
  const ageMs = now - freshUntil;
  return {
    stale: maxAgeMs !== undefined && ageMs > maxAgeMs,
    asOf,
    ...(maxAgeMs !== undefined && { maxAgeMs }),
    ageMs,
  };
}
