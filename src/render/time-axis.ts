/**
 * Time axis: tick times (epoch ms, UTC) for a time domain and the granularity
 * their labels need. The element formats the labels with Intl, so this module
 * returns numbers and `Intl.DateTimeFormatOptions`, never strings. Ticks come
 * from d3-time's UTC intervals (`utcTicks`), which pick calendar-aligned steps:
 * 1, 5, 15, 30 seconds or minutes; 1, 3, 6, 12 hours; 1, 2 days; 1, 2 weeks
 * (Sundays); 1, 3 months; whole years. Dates are UTC dates, so a date-only
 * series (UTC midnights) gets ticks on its days whatever the host's zone.
 */
import { utcTickInterval, utcTicks } from 'd3-time';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../core/time.js';

/** The finest calendar unit a tick label must show. */
export type TimeGranularity = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

export interface TimeTicks {
  /** Tick times in epoch ms, ascending, inside the domain (both ends included). */
  readonly ticks: number[];
  readonly granularity: TimeGranularity;
}

/** The largest time a Date can hold (±100 million days from the epoch). */
const MAX_TIME = 8.64e15;

const validTime = (time: number): boolean => Number.isFinite(time) && Math.abs(time) <= MAX_TIME;

/**
 * About `count` calendar-aligned ticks from `from` to `to` (epoch ms, UTC).
 * Never throws: a reversed domain is read ascending; a zero-width domain has
 * one tick, its granularity read from the instant (a UTC midnight is a day);
 * a domain with a non-finite end has no ticks. A `count` below 1 (or not a
 * number) asks for one tick.
 */
export function timeTicks(from: number, to: number, count: number): TimeTicks {
  if (!validTime(from) || !validTime(to)) return { ticks: [], granularity: 'day' };
  const [start, stop] = from <= to ? [from, to] : [to, from];
  if (start === stop) return { ticks: [start], granularity: granularityOfInstant(start) };
  // A huge count would ask for one tick per millisecond; no axis has more ticks than pixels.
  const n = count >= 1 ? Math.min(count, 10_000) : 1;
  const startDate = new Date(start);
  const stopDate = new Date(stop);
  const interval = utcTickInterval(startDate, stopDate, n);
  if (!interval) return { ticks: [], granularity: granularityOfStep(stop - start) };
  const ticks = utcTicks(startDate, stopDate, n).map(Number);
  // The step between two consecutive ticks of the chosen interval (months and years vary, the unit does not).
  const first = interval.floor(startDate);
  return { ticks, granularity: granularityOfStep(+interval.offset(first, 1) - +first) };
}

function granularityOfStep(step: number): TimeGranularity {
  if (!(step >= MS_PER_MINUTE)) return 'second';
  if (step < MS_PER_HOUR) return 'minute';
  if (step < MS_PER_DAY) return 'hour';
  if (step < 28 * MS_PER_DAY) return 'day'; // days and weeks
  if (step < 365 * MS_PER_DAY) return 'month'; // 1 and 3 months (28 to 92 days)
  return 'year';
}

function granularityOfInstant(time: number): TimeGranularity {
  if (time % MS_PER_DAY === 0) return 'day';
  if (time % MS_PER_MINUTE === 0) return 'minute';
  return 'second';
}

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

const OPTIONS: Readonly<Record<TimeGranularity, Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { month: 'short', day: 'numeric' },
  hour: TIME,
  minute: TIME,
  second: { ...TIME, second: '2-digit' },
};

/** The same labels with the enclosing period: the year for months and days, the date for times of day. */
const CONTEXT_OPTIONS: Readonly<Record<TimeGranularity, Intl.DateTimeFormatOptions>> = {
  year: OPTIONS.year,
  month: { month: 'short', year: 'numeric' },
  day: { month: 'short', day: 'numeric', year: 'numeric' },
  hour: { month: 'short', day: 'numeric', ...TIME },
  minute: { month: 'short', day: 'numeric', ...TIME },
  second: { month: 'short', day: 'numeric', ...OPTIONS.second },
};

/**
 * Intl options for tick labels of a granularity, in UTC: `2026` (year), `Mar`
 * (month), `Mar 4` (day), `14:00` (hour, minute; a 24-hour clock), `14:00:30`.
 * With `context`, the label also names the enclosing period: `Jan 2027`,
 * `Jan 1, 2027`, `Mar 4, 00:00`; use it where {@link tickNeedsContext} says so.
 * Returns a fresh object the caller may extend (e.g. with a locale's `numberingSystem`).
 */
export function tickFormatOptions(granularity: TimeGranularity, context = false): Intl.DateTimeFormatOptions {
  const options = (context ? CONTEXT_OPTIONS : OPTIONS)[granularity] ?? OPTIONS.day;
  return { ...options, timeZone: 'UTC' };
}

/**
 * Whether tick `index` starts a new enclosing period (a new UTC year for month
 * and day ticks, a new UTC day for times of day) after the tick before it, so
 * its label needs {@link tickFormatOptions}'s `context`: `Nov, Dec, Jan 2027, Feb`.
 * The first tick and year ticks never do.
 */
export function tickNeedsContext(ticks: ArrayLike<number>, index: number, granularity: TimeGranularity): boolean {
  if (granularity === 'year' || !(index >= 1) || index >= ticks.length) return false;
  const time = ticks[index] as number;
  const previous = ticks[index - 1] as number;
  if (granularity === 'month' || granularity === 'day') return new Date(time).getUTCFullYear() !== new Date(previous).getUTCFullYear();
  return Math.floor(time / MS_PER_DAY) !== Math.floor(previous / MS_PER_DAY);
}
