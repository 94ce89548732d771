import type { Columns } from '../data.js';

/** Removes what a mount created (destroys chart instances, detaches nodes). */
export type Teardown = () => void;

/**
 * One thing to measure. Each hook renders synchronously (or queues microtasks)
 * into a fresh, attached, empty container; the harness times it.
 */
export interface Contender {
  /** One chart of `data` filling width × height. */
  readonly series?: (container: HTMLElement, data: Columns, width: number, height: number) => Teardown;
  /** Many small charts, one per entry of `list`, each width × height, laid out by the harness's grid. */
  readonly many?: (container: HTMLElement, list: readonly Columns[], width: number, height: number) => Teardown;
}
