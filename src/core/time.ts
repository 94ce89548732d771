/** Time for KPI documents: epoch milliseconds, durations and cadence lengths. */
import type { KpiCadence, Timestamp } from './document.js';
import { ISO_8601_DURATION, isoToEpochMs } from './iso.js';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Nominal length of one period of each cadence, in milliseconds. */
export const CADENCE_MS: Readonly<Record<KpiCadence, number>> = {
  daily: MS_PER_DAY,
  weekly: 7 * MS_PER_DAY,
  monthly: 30.4375 * MS_PER_DAY,
  quarterly: 91.3125 * MS_PER_DAY,
};

/** Milliseconds since the epoch, or NaN when the input is not a valid time. */
export function toEpochMs(time: Timestamp): number {
  if (typeof time === 'number') return Number.isFinite(time) ? time : NaN;
  return isoToEpochMs(time);
}

/**
 * The `now` attribute: an ISO 8601 date or date-time (`2026-11-23`, `2026-11-23T09:00Z`),
 * or epoch milliseconds. Anything else is `undefined`, so the element keeps the current time.
 */
export function reportTimeFromAttribute(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const trimmed = text.trim();
  const ms = /^-?\d+$/.test(trimmed) ? Number(trimmed) : isoToEpochMs(trimmed);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Milliseconds in an ISO 8601 duration (weeks, days, hours, minutes, seconds), or NaN. */
export function durationMs(duration: string): number {
  const match = ISO_8601_DURATION.exec(duration);
  if (!match) return NaN;
  const [, weeks, days, hours, minutes, seconds] = match.map((part) => (part === undefined ? 0 : Number(part)));
  return (
    (weeks as number) * 7 * MS_PER_DAY +
    (days as number) * MS_PER_DAY +
    (hours as number) * MS_PER_HOUR +
    (minutes as number) * MS_PER_MINUTE +
    (seconds as number) * 1000
  );
}
