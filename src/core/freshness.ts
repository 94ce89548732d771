/**
 * Staleness: is the data older than the KPI's review cadence allows?
 * A point stamped at the start of its period covers that period, so without an
 * explicit `asOf` the data's age is counted from the end of the last period.
 */
import type { Kpi } from './model.js';
import { currentReading } from './reading.js';
import { addCalendarDuration, CADENCE_MS } from './time.js';

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
  const readingAt = currentReading(kpi)?.at;
  const asOf = kpi.asOf ?? readingAt ?? receivedAt;
  const nominal = kpi.maxAgeMs ?? period;
  if (asOf === undefined) return { stale: false, ...(nominal !== undefined && { maxAgeMs: nominal }) };
  const freshUntil = kpi.asOf === undefined && readingAt !== undefined && period !== undefined ? asOf + period : asOf;
  // Months and years are counted in the calendar from where the age starts: P1M after 31 Jan is 28 days.
  const maxAgeMs = kpi.maxAge ? addCalendarDuration(freshUntil, kpi.maxAge) - freshUntil : period;
  const ageMs = now - freshUntil;
  return {
    stale: maxAgeMs !== undefined && ageMs > maxAgeMs,
    asOf,
    ...(maxAgeMs !== undefined && { maxAgeMs }),
    ageMs,
  };
}
