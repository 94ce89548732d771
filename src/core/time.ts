/** Time for KPI documents: epoch milliseconds, durations and cadence lengths. */
import type { KpiCadence, Timestamp } from './document.js';
import { addUtcMonths, MS_PER_DAY } from './calendar.js';
import { ISO_8601_DURATION, isoToEpochMs } from './iso.js';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export { MS_PER_DAY };

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

// In iso.ts, with the date reading it needs: every element's `now` attribute, without this module's calendar.
export { reportTimeFromAttribute } from './iso.js';

/** Milliseconds in an ISO 8601 duration of fixed length (weeks, days, hours, minutes, seconds), or NaN (also for years and months). */
export function durationMs(duration: string): number {
  const parts = calendarDuration(duration);
  return parts && parts.months === 0 ? parts.ms : NaN;
}

/**
 * Milliseconds in an ISO 8601 duration with months and years at their average length (30.4375 and
 * 365.25 days), for a window that need not fall on calendar dates (`P10Y`, `P6M`, `P90D`); `undefined`
 * for anything else, or a duration of zero.
 */
export function nominalDurationMs(duration: string | null | undefined): number | undefined {
  const parts = duration ? calendarDuration(duration.trim()) : undefined;
  const ms = parts && parts.months * CADENCE_MS.monthly + parts.ms;
  return ms ? ms : undefined;
}

/** An ISO 8601 duration as whole calendar months (years × 12 + months) and a fixed part in ms. */
export interface CalendarDuration {
  readonly months: number;
  readonly ms: number;
}

/** `P1Y2M3DT4H5M6S` → { months: 14, ms: 3 days 4 h 5 min 6 s }; `undefined` when it is not an ISO 8601 duration. */
export function calendarDuration(duration: string): CalendarDuration | undefined {
  const match = ISO_8601_DURATION.exec(duration);
  if (!match) return undefined;
  const [, years, months, weeks, days, hours, minutes, seconds] = match.map((part) => (part === undefined ? 0 : Number(part)));
  const ms =
    (weeks as number) * 7 * MS_PER_DAY +
    (days as number) * MS_PER_DAY +
    (hours as number) * MS_PER_HOUR +
    (minutes as number) * MS_PER_MINUTE +
    (seconds as number) * 1000;
  return { months: (years as number) * 12 + (months as number), ms };
}

/**
 * `from` plus a duration, in the UTC calendar (document dates are UTC): months first, a day past the end of
 * the month kept at its last day (31 Jan + P1M = 28 Feb), then the fixed part.
 */
export function addCalendarDuration(from: number, { months, ms }: CalendarDuration): number {
  return addUtcMonths(from, months) + ms;
}
