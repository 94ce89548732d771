import type { Columns } from '../data.js';

/** Size of one chart in CSS px. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * A mounted chart. The harness times the mount, `update` and `append` from the
 * call until the drawing is in the DOM (after microtasks, `ready` or the
 * returned promise, and a forced layout), then two animation frames.
 */
export interface Chart<P> {
  /**
   * Resolves when the first drawing is in the DOM, for charts that draw later
   * than the mount's microtasks (an element that waits a frame for its size).
   * Rejects when the chart shows an error instead.
   */
  readonly ready?: Promise<void>;
  /** Replaces the data with `next` (the same size, other values). */
  update?(next: P): void | Promise<void>;
  /** Appends one point the contender's usual way (mounts with `live: true` only). */
  append?(t: number, v: number): void | Promise<void>;
  /** Removes what the mount created (destroys chart instances, detaches nodes). */
  destroy(): void;
}

export interface MountOptions {
  /** The chart will receive `append` calls: hold the data the way a live chart would (untimed). */
  readonly live: boolean;
}

/**
 * Per-stage times gathered inside the page while a profiled repetition runs
 * (ms, keyed by stage name, in table order).
 */
export interface Profiler {
  start(): void;
  /** `t0` and `painted` of the repetition, to place the stages on its timeline. */
  stop(rep: { readonly t0: number; readonly painted: number }): Record<string, number>;
}

/**
 * A whole board, mounted from its own generated document rather than the
 * bench's columns (scenario `board`). `D` is the document; the harness passes
 * a fresh copy of it to each mount, made outside the timed region.
 */
export interface BoardBench<D> {
  /** What the row is called in the tables, e.g. "board: 10 goals × 6 KPIs". */
  readonly name: string;
  /** The board's width in CSS px (wide enough for the connectors). */
  readonly width: number;
  /** Builds the document; untimed, once. */
  prepare(): D;
  /**
   * The board in a fresh, attached, empty container `width` px wide. Its
   * `ready` resolves when every card has settled and every connector is drawn.
   */
  mount(container: HTMLElement, data: D, width: number): Chart<D>;
  /** Optional stand-alone timings of the work behind the board (ms by name), outside any element. */
  core?(data: D): Record<string, number>;
}

/**
 * One thing to measure. `P` is the contender's own input format, made from the
 * bench's columns by `prepare` outside the timed region (e.g. a KPI JSON
 * document with plain number arrays).
 */
export interface Contender<P> {
  /** Converts the bench's columns into the contender's input; untimed, cached per size. Needed by `series` and `many`. */
  readonly prepare?: (data: Columns) => P;
  /** One chart of `data` filling `size`, in a fresh, attached, empty container. */
  readonly series?: (container: HTMLElement, data: P, size: Size, options: MountOptions) => Chart<P>;
  /** Many small charts, one per entry of `list`, each `size`, laid out by the harness's grid. */
  readonly many?: (container: HTMLElement, list: readonly P[], size: Size) => Chart<P>;
  /** Issue 18's wall: one chart with axes per entry of `list`, each `size` (240×48), in the harness's 5-column grid. */
  readonly wall?: (container: HTMLElement, list: readonly P[], size: Size) => Chart<P>;
  /**
   * The card wall: kpi-card mounts one card per entry (and ignores `size`); a chart library draws one
   * sparkline per entry at `size`, the size the card's sparkline is drawn at.
   */
  readonly cards?: (container: HTMLElement, list: readonly P[], size: Size) => Chart<P>;
  /** kpi-card only: mounts the card wall in `container` (untimed) and returns its sparklines' drawn size. */
  readonly probeCards?: (container: HTMLElement, list: readonly P[]) => Promise<Size>;
  /** Whether charts from `series` implement `update` / `append`. */
  readonly supports: { readonly update: boolean; readonly append: boolean };
  /** Optional in-page stage timings (see `Profiler`). */
  readonly profiler?: Profiler;
  /** Optional stand-alone timings of parts of the work on `data` (ms by name), outside any chart. */
  readonly standalone?: (data: P) => Record<string, number>;
  /** A board to mount (scenario `board`); it brings its own document. */
  readonly board?: BoardBench<unknown>;
}
