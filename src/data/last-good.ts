/**
 * The last good value of the current source, and when it arrived: the one
 * thing the kit keeps beyond what `@lit/task` does (a task drops its value
 * when a run fails, and a dashboard must go on showing the last good data).
 */
import type { SourceState } from './source-types.js';

export interface Held<T> {
  readonly value: T;
  /** Valid, but nothing to show yet. */
  readonly empty: boolean;
  /** The JSON it was read from, to tell an unchanged response from a new one. */
  readonly raw: unknown;
}

export class LastGood<T> {
  private held: Held<T> | undefined;
  /** Epoch ms when the good value (or a response confirming it) arrived. */
  receivedAt: number | undefined;

  get current(): Held<T> | undefined {
    return this.held;
  }

  hold(held: Held<T>, receivedAt: number): void {
    this.held = held;
    this.receivedAt = receivedAt;
  }

  /** The value held is current as of `receivedAt`. */
  confirm(receivedAt: number): void {
    if (this.held) this.receivedAt = receivedAt;
  }

  clear(): void {
    this.held = this.receivedAt = undefined;
  }

  /** `ok` or `empty` while a value is held, else `without`. */
  state(without: SourceState): SourceState {
    return this.held ? (this.held.empty ? 'empty' : 'ok') : without;
  }
}
