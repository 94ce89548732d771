/**
 * UTC calendar arithmetic, the kit's one implementation of it (document dates
 * are UTC): the period a time falls in, where a period starts, and moving a
 * time by whole calendar months, and the calendar-aligned ticks of a time
 * axis. d3-time is not used: its dist is one file that bundlers cannot
 * tree-shake, so one interval costs 2 kB gz.
 */
import { tickStep } from 'd3-array';
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

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const WEEK = 7 * MS_PER_DAY;
/** Nominal lengths, as d3-time's tick rules use them to choose a step. */
const MONTH = 30 * MS_PER_DAY;
const YEAR = 365 * MS_PER_DAY;

type TickUnit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** The calendar-aligned steps ticks may take, as d3-time's `utcTicks` offers them, with their nominal lengths. */
const TICK_STEPS: readonly (readonly [unit: TickUnit, every: number, nominal: number])[] = [
  ['second', 1, SECOND],
  ['second', 5, 5 * SECOND],
  ['second', 15, 15 * SECOND],
  ['second', 30, 30 * SECOND],
  ['minute', 1, MINUTE],
  ['minute', 5, 5 * MINUTE],
  ['minute', 15, 15 * MINUTE],
  ['minute', 30, 30 * MINUTE],
  ['hour', 1, HOUR],
  ['hour', 3, 3 * HOUR],
  ['hour', 6, 6 * HOUR],
  ['hour', 12, 12 * HOUR],
  ['day', 1, MS_PER_DAY],
  ['day', 2, 2 * MS_PER_DAY],
  ['week', 1, WEEK],
  ['month', 1, MONTH],
  ['month', 3, 3 * MONTH],
  ['year', 1, YEAR],
];

export interface UtcTickStep {
  readonly unit: TickUnit;
  /** Every how many units: 2 days are the even days from the epoch, 3 months start quarters, 5 years are multiples of 5. */
  readonly every: number;
  /** The step's nominal length in ms (a month counts 30 days), for choosing how labels read. */
  readonly nominal: number;
}

/**
 * The step for about `count` ticks from `start` to `stop` (epoch ms, `start` < `stop`), chosen
 * the way d3-time's `utcTickInterval` chooses: the listed step nearest on a log scale to the
 * span over `count`; finer than a second, whole milliseconds; coarser than a year, a nice
 * number of years. `undefined` when no step fits.
 */
export function utcTickStep(start: number, stop: number, count: number): UtcTickStep | undefined {
  const target = Math.abs(stop - start) / count;
  let i = 0;
  while (i < TICK_STEPS.length && (TICK_STEPS[i] as (typeof TICK_STEPS)[number])[2] <= target) i++;
  if (i === TICK_STEPS.length) {
    const years = Math.floor(tickStep(start / YEAR, stop / YEAR, count));
    return years > 0 && Number.isFinite(years) ? { unit: 'year', every: years, nominal: years * YEAR } : undefined;
  }
  if (i === 0) {
    const ms = Math.max(Math.floor(tickStep(start, stop, count)), 1);
    return { unit: 'millisecond', every: ms, nominal: ms };
  }
  const below = TICK_STEPS[i - 1] as (typeof TICK_STEPS)[number];
  const above = TICK_STEPS[i] as (typeof TICK_STEPS)[number];
  const [unit, every, nominal] = target / below[2] < above[2] / target ? below : above;
  return { unit, every, nominal };
}

/** The tick times of `step` from `start` to `stop` (epoch ms, both included), in UTC. */
export function utcTickTimes(start: number, stop: number, { unit, every }: UtcTickStep): number[] {
  const ticks: number[] = [];
  const fixed = { millisecond: 1, second: SECOND, minute: MINUTE, hour: HOUR }[unit as 'second'];
  if (fixed !== undefined) {
    // A minute, an hour and a UTC day are whole multiples of these steps: multiples of the step from the epoch line up.
    const size = fixed * every;
    // `+ 0` turns the -0 of Math.ceil(-0.5) into 0.
    for (let t = Math.ceil(start / size) * size + 0; t <= stop; t += size) ticks.push(t);
    return ticks;
  }
  if (unit === 'day' || unit === 'week') {
    let day = Math.ceil(start / MS_PER_DAY) + 0;
    // 1970-01-01 was a Thursday: weeks start on the Sundays three days later, as d3-time's utcWeek.
    if (unit === 'week') day += (((3 - day) % 7) + 7) % 7;
    for (let t = day * MS_PER_DAY; t <= stop; t += unit === 'week' ? WEEK : MS_PER_DAY) {
      // Days count from the epoch, as d3-time's ticks (its unixDay) do: every 2 days is every other epoch day.
      if (unit === 'week' || Math.round(t / MS_PER_DAY) % every === 0) ticks.push(t);
    }
    return ticks;
  }
  const from = new Date(start);
  if (unit === 'month') {
    let month = from.getUTCFullYear() * 12 + from.getUTCMonth();
    if (monthStart(month) < start) month++;
    for (let t = monthStart(month); t <= stop; t = monthStart(++month)) if ((((month % 12) + 12) % 12) % every === 0) ticks.push(t);
    return ticks;
  }
  let year = Math.ceil(from.getUTCFullYear() / every) * every;
  if (yearStart(year) < start) year += every;
  for (let t = yearStart(year); t <= stop; t = yearStart((year += every))) ticks.push(t);
  return ticks;
}

/** The first of month `index` (months counted from January of year 0), 00:00Z; years 0–99 included (Date.UTC reads them as 1900–1999). */
function monthStart(index: number): number {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(index / 12), ((index % 12) + 12) % 12, 1);
  return date.getTime();
}

const yearStart = (year: number): number => monthStart(year * 12);
