/**
 * Time axis: tick times (epoch ms, UTC) for a time domain and the granularity
 * their labels need. The element formats the labels with Intl, so this module
 * returns numbers and `Intl.DateTimeFormatOptions`, never strings. Ticks come
 * from the kit's UTC calendar (`core/calendar.ts`, d3-time's rules), which picks calendar-aligned steps:
 * 1, 5, 15, 30 seconds or minutes; 1, 3, 6, 12 hours; 1, 2 days; 1, 2 weeks
 * (Sundays); 1, 3 months; whole years. Dates are UTC dates, so a date-only
 * series (UTC midnights) gets ticks on its days whatever the host's zone.
 */
import { utcTickStep, utcTickTimes } from '../core/calendar.js';
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
  const step = utcTickStep(start, stop, n);
  if (!step) return { ticks: [], granularity: granularityOfStep(stop - start) };
  return { ticks: utcTickTimes(start, stop, step), granularity: granularityOfStep(step.nominal) };
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

/**
 * Which tick labels name their enclosing period: those {@link tickNeedsContext} marks, and the
 * first one whenever the domain `[from, to]` runs into a second year (month and day ticks) or UTC
 * day (times of day), so the axis says where it starts: `Nov 2025, Dec, Jan 2026, Feb`, and
 * `Jan 2026, Feb, Mar` for 20 December to March.
 */
export function tickContexts(ticks: ArrayLike<number>, granularity: TimeGranularity, from: number, to: number): boolean[] {
  const crosses =
    granularity !== 'year' &&
    validTime(from) &&
    validTime(to) &&
    enclosingPeriod(Math.min(from, to), granularity) !== enclosingPeriod(Math.max(from, to), granularity);
  return Array.from({ length: ticks.length }, (_, index) => (index === 0 ? crosses : tickNeedsContext(ticks, index, granularity)));
}

function enclosingPeriod(time: number, granularity: TimeGranularity): number {
  return granularity === 'month' || granularity === 'day' ? new Date(time).getUTCFullYear() : Math.floor(time / MS_PER_DAY);
}

/** Where a tick label sits on its tick: centred, or starting or ending at it near an edge. */
export type TickAnchor = 'start' | 'middle' | 'end';

export interface FittedTimeTicks extends TimeTicks {
  /** Per tick: whether its label names the enclosing period (see {@link tickContexts}). */
  readonly context: readonly boolean[];
  /** Per tick: centred, or turned inward where a centred label would pass the bounds. */
  readonly anchor: readonly TickAnchor[];
}

export interface TickFit {
  /** Time (epoch ms) → px along the axis. */
  readonly x: (time: number) => number;
  /** The axis's length in px. */
  readonly length: number;
  /** About one tick per this many px. */
  readonly spacing: number;
  /** At least this many ticks wherever their labels fit. */
  readonly least: number;
  /** A label's width in px as it will be printed; 0 by default. */
  readonly labelWidth?: (time: number, granularity: TimeGranularity, context: boolean) => number;
  /** The px labels keep between them. Default 6. */
  readonly gap?: number;
  /** Labels stay inside [lo, hi] px. Default: unbounded. */
  readonly bounds?: readonly [number, number];
}

/** Past this many tries beyond the usual count, a denser axis is not looked for. */
const EXTRA_TRIES = 8;

/**
 * Calendar ticks from `from` to `to` whose labels do not overlap: about one per `spacing` px, or
 * more (the fewest more) when that gives fewer than `least`, or fewer when those labels collide.
 * A label near an edge reads inward from its tick instead of running past `bounds`. When no
 * count fits, it is the sparsest axis d3 gives (one tick request). Costs a few `timeTicks` calls.
 */
export function fitTimeTicks(from: number, to: number, fit: TickFit): FittedTimeTicks {
  const ideal = Math.max(1, Math.round(fit.length / fit.spacing));
  const at = (count: number) => label(timeTicks(from, to, count), from, to, fit);
  const usual = at(ideal);
  if (usual.fits && usual.axis.ticks.length >= fit.least) return usual.axis;
  if (usual.fits) {
    // Too few: ask for more until there are enough, as long as they still fit.
    for (let count = ideal + 1; count <= ideal + EXTRA_TRIES && count <= fit.length; count++) {
      const denser = at(count);
      if (denser.axis.ticks.length < fit.least) continue;
      if (denser.fits) return denser.axis;
      break;
    }
    return thinnedFinerAxis(from, to, fit, ideal + 1) ?? usual.axis;
  }
  for (let count = ideal - 1; count >= 1; count--) {
    const sparser = at(count);
    if (sparser.fits) {
      if (sparser.axis.ticks.length >= fit.least) return sparser.axis;
      return thinnedFinerAxis(from, to, fit, ideal) ?? sparser.axis;
    }
  }
  return thinnedFinerAxis(from, to, fit, ideal) ?? at(1).axis;
}

/** At most every this many ticks of a finer axis are kept when thinning it. */
const MAX_STRIDE = 4;

/**
 * When the calendar's next step is too coarse (17 months at 260 px: quarters collide, years give one
 * tick), every second, third or fourth tick of a finer axis, counted from a period start where there
 * is one (Jul 2025, Jan 2026, Jul 2026), as long as its labels fit and there are at least `least`.
 */
function thinnedFinerAxis(from: number, to: number, fit: TickFit, ideal: number): FittedTimeTicks | undefined {
  for (let count = ideal; count <= ideal + EXTRA_TRIES && count <= fit.length; count++) {
    const finer = timeTicks(from, to, count);
    const starts = tickContexts(finer.ticks, finer.granularity, from, to);
    for (let stride = 2; stride <= MAX_STRIDE; stride++) {
      const anchorIndex = Math.max(0, starts.indexOf(true, 1));
      const kept = finer.ticks.filter((_, i) => (i - anchorIndex) % stride === 0);
      if (kept.length < fit.least) break;
      const thinned = label({ ticks: kept, granularity: finer.granularity }, from, to, fit);
      if (thinned.fits) return thinned.axis;
    }
  }
  return undefined;
}

/** The axis's labels (context and anchor) and whether they fit. */
function label(axis: TimeTicks, from: number, to: number, fit: TickFit): { axis: FittedTimeTicks; fits: boolean } {
  const { ticks, granularity } = axis;
  const context = tickContexts(ticks, granularity, from, to);
  const gap = fit.gap ?? 6;
  const [lo, hi] = fit.bounds ?? [-Infinity, Infinity];
  const anchor: TickAnchor[] = [];
  const spans: [number, number][] = [];
  let fits = true;
  for (let i = 0; i < ticks.length; i++) {
    const x = fit.x(ticks[i] as number);
    const width = Math.max(0, fit.labelWidth?.(ticks[i] as number, granularity, context[i] as boolean) ?? 0);
    let side: TickAnchor = 'middle';
    let start = x - width / 2;
    if (start < lo) [side, start] = ['start', x];
    else if (start + width > hi) [side, start] = ['end', x - width];
    anchor.push(side);
    if (!(start >= lo && start + width <= hi)) fits = false;
    spans.push([start, start + width]);
  }
  // In px order: a reversed time domain runs right to left.
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if ((spans[i] as [number, number])[0] < (spans[i - 1] as [number, number])[1] + gap) fits = false;
  return { axis: { ticks, granularity, context, anchor }, fits };
}
