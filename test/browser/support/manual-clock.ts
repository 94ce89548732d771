/**
 * A clock for the source controller tests whose time moves only when the test
 * says: `advance(ms)` runs the timers falling due on the way, in order, and
 * `runDue()` those already due. A test then asserts what ran and how often,
 * never how long something took, and proves that nothing happened by moving
 * time on rather than by sleeping.
 */
import type { Clock, ClockTimer } from '../../../src/data/clock.js';

interface Timer {
  readonly id: number;
  readonly due: number;
  readonly callback: () => void;
}

export class ManualClock implements Clock {
  private elapsedMs = 0;
  private readonly wallStart: number;
  private readonly timers = new Map<number, Timer>();
  private nextId = 1;

  /** @param wallStart The wall time (epoch ms) `now()` starts at. */
  constructor(wallStart = Date.UTC(2025, 0, 15, 9, 0, 0)) {
    this.wallStart = wallStart;
  }

  now(): number {
    return this.wallStart + this.elapsedMs;
  }

  elapsed(): number {
    return this.elapsedMs;
  }

  setTimeout(callback: () => void, ms: number): ClockTimer {
    const id = this.nextId++;
    const wait = Number.isFinite(ms) && ms > 0 ? ms : 0;
    this.timers.set(id, { id, due: this.elapsedMs + wait, callback });
    return id;
  }

  clearTimeout(timer: ClockTimer): void {
    if (typeof timer === 'number') this.timers.delete(timer);
  }

  /** How many timers are set and have neither run nor been cleared. */
  get pending(): number {
    return this.timers.size;
  }

  /**
   * Moves time on by `ms`, running each timer that falls due on the way at its due
   * time, earliest first (in the order they were set when due together), including
   * timers those set. Returns how many ran.
   */
  advance(ms: number): number {
    if (!(ms >= 0)) throw new RangeError(`advance(${ms}): time only moves forward`);
    const target = this.elapsedMs + ms;
    let ran = 0;
    for (let timer = this.nextDue(target); timer; timer = this.nextDue(target)) {
      this.elapsedMs = timer.due;
      this.timers.delete(timer.id);
      timer.callback();
      ran++;
    }
    this.elapsedMs = target;
    return ran;
  }

  /** Runs the timers already due (e.g. set with no wait), without moving time. Returns how many ran. */
  runDue(): number {
    return this.advance(0);
  }

  private nextDue(limit: number): Timer | undefined {
    let next: Timer | undefined;
    // Map order is the order timers were set, so ties keep it.
    for (const timer of this.timers.values()) if (timer.due <= limit && (!next || timer.due < next.due)) next = timer;
    return next;
  }
}
