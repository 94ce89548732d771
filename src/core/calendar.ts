/**
 * UTC calendar arithmetic, the kit's one implementation of it (document dates
 * are UTC): the period a time falls in, where a period starts, and moving a
 * time by whole calendar months. d3-time is not used for these: its dist is
 * one file that bundlers cannot tree-shake, so one interval costs 2 kB gz.
 */
import type { KpiCadence } from './document.js';

export const MS_PER_DAY = 86_400_000;

/**
 * The UTC period `time` falls in, as a whole number counted from the epoch:
 * days from 1970-01-01, ISO weeks (Monday to Sunday) from the week of
 * 1969-12-29, calendar months from January 1970, calendar quarters from Q1 1970.
 * NaN for a time that is not finite.
 */
export function periodIndex(time: number, period: KpiCadence): number {
  if (!Number.isFinite(time)) return NaN;
  const days = Math.floor(time / MS_PER_DAY);
  switch (period) {
    case 'daily':
      return days;
    case 'weekly':
      // 1970-01-01 was a Thursday, three days after the Monday that starts its ISO week.
      return Math.floor((days + 3) / 7);
    case 'monthly':
      return monthIndex(days);
    case 'quarterly':
      return Math.floor(monthIndex(days) / 3);
  }
}

/** When period `index` of `period` starts, in epoch ms (00:00Z); the inverse of `periodIndex`. */
export function periodStart(index: number, period: KpiCadence): number {
  switch (period) {
    case 'daily':
      return index * MS_PER_DAY;
    case 'weekly':
      return (index * 7 - 3) * MS_PER_DAY;
    case 'monthly':
      return Date.UTC(1970, index, 1);
    case 'quarterly':
      return Date.UTC(1970, index * 3, 1);
  }
}

/** Months since January 1970 of the UTC day `days` since the epoch, by civil-from-days arithmetic (no Date per point). */
function monthIndex(days: number): number {
  // Howard Hinnant's civil_from_days: years counted from March, so leap days fall at the end.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  // March-based month 0…11 → January-based 0…11, with January and February in the next year.
  const month = marchMonth < 10 ? marchMonth + 2 : marchMonth - 10;
  const year = yearOfEra + era * 400 + (month < 2 ? 1 : 0);
  return (year - 1970) * 12 + month;
}

/**
 * `time` moved by whole calendar months in UTC, the time of day kept; a day past the end of the
 * target month becomes its last day (31 January + 1 month = 28 or 29 February).
 */
export function addUtcMonths(time: number, months: number): number {
  if (!Number.isFinite(time) || months === 0) return time;
  const date = new Date(time);
  const monthIndex = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), monthIndex + 1, 0)).getUTCDate();
  // All parts at once: setting the month alone would roll 31 January over into March first.
  return Date.UTC(
    date.getUTCFullYear(),
    monthIndex,
    Math.min(date.getUTCDate(), lastDay),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}
