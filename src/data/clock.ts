/**
 * Where the source controller reads the time and sets its timers. Tests and
 * pinned pages drive polling deterministically through a clock of their own
 * (one whose time moves only when they say), instead of waiting for real time
 * to pass; everyone else gets `systemClock`.
 */

/** A timer set by a clock (never `undefined`): only good for passing back to that clock's `clearTimeout`. */
export type ClockTimer = unknown;

export interface Clock {
  /** Wall time, epoch ms (as `Date.now()`): when data arrived. */
  now(): number;
  /** Monotonic ms from an arbitrary origin (as `performance.now()`): how long until the next poll. */
  elapsed(): number;
  /** Calls `callback` once, `ms` from now (as `setTimeout`). */
  setTimeout(callback: () => void, ms: number): ClockTimer;
  /** Cancels a timer this clock set (as `clearTimeout`). */
  clearTimeout(timer: ClockTimer): void;
}

/**
 * The real time and timers. Each call looks the global up when it is made, so
 * whatever wraps those globals (a test counting timers, say) sees these too.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  elapsed: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (timer) => globalThis.clearTimeout(timer as ReturnType<typeof setTimeout>),
};
