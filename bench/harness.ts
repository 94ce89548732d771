/**
 * The in-page half of `npm run bench`. Bundled once per contender; run.js
 * drives it one repetition at a time through `window.__bench.rep`.
 *
 * Scenarios:
 * - `first`: mount a chart of n points in a fresh, empty container;
 * - `update`: assign new data of the same size to a chart already on screen
 *   (the chart is set up once per size, untimed; repetitions alternate
 *   between two data sets, so every one is a real change);
 * - `append`: append one point to a live chart of n points (set up once per
 *   size, untimed; each repetition appends the next point of the walk);
 * - `many`: mount 60 sparklines of 90 points;
 * - `wall`: mount 60 charts of 90 points, 240×48 px each, with axes, in a
 *   5-column grid (issue 18's "wall of KPIs");
 * - `cards`: mount 60 KPI cards with a sparkline (kpi-card) in the same grid;
 *   chart libraries draw 60 sparklines at the size the card's sparkline gets
 *   (measured once by run.js on the kpi-card page, see `probeCards`, and
 *   passed in with `configure`);
 * - `board`: mount a whole board from the contender's own generated document
 *   (`contender.board`), in a fresh container as wide as the board asks for
 *   and as tall as it grows; done when every card has settled and every
 *   connector is drawn. Each repetition gets a fresh copy of the document,
 *   made before t0.
 *
 * One repetition: (gc if exposed), wait two frames so the page is idle, then
 *   t0 = performance.now(); the call; await microtasks and, if the chart has
 *   one, its promise that the drawing is in the DOM; force layout; t1
 *   two requestAnimationFrame callbacks; t2
 * sync = t1 - t0, painted = t2 - t0. An element that waits a frame for its
 * size before drawing therefore has that frame in `sync`: it is when the
 * chart appears. Data is generated and converted to each contender's input
 * outside the timed region. No assertions: this measures, it does not test.
 */
import { mulberry32 } from '../stories/fixtures/seeded-random.js';
import { randomWalk, type Columns } from './data.js';
import type { Chart, Contender, Size } from './contenders/types.js';

export type Scenario = 'first' | 'update' | 'append' | 'many' | 'wall' | 'cards' | 'board';

export interface RepResult {
  readonly sync: number;
  readonly painted: number;
  /** Per-stage times when the repetition was profiled. */
  readonly stages?: Record<string, number>;
}

/** Page geometry shared by all contenders (the viewport is the same 600×160). */
export const WIDTH = 600;
export const HEIGHT = 160;
/** "60 sparklines × 90 points": a 10 × 6 grid of 56×22 charts, 4 px gaps, all inside 600×160. */
export const MANY = { count: 60, points: 90, width: 56, height: 22, gap: 4 } as const;
/** Issue 18's wall: 60 charts of 240×48 px with axes, 90 points each, 5 to a row (1216 px wide, in a 1280 px viewport). */
export const WALL = { count: 60, points: 90, width: 240, height: 48, gap: 4, columns: 5 } as const;
/** The card wall's cells: 60 cards, as wide as the wall's charts. */
export const CARD_WIDTH = WALL.width;
/** Seeds of the two data sets `update` alternates between (same times, other values). */
const SEEDS = { a: 42, b: 43 } as const;
const MINUTE_MS = 60_000;

export interface BenchApi {
  has(scenario: Scenario): boolean;
  readonly profiles: boolean;
  readonly standalones: boolean;
  /** `collect: false` skips the gc() before the repetition (the CPU-profiled runs collect before the profiler starts). */
  rep(scenario: Scenario, size: number, profile?: boolean, collect?: boolean): Promise<RepResult>;
  /** Drops the chart on screen; the next `update` / `append` repetition sets up a fresh one. */
  reset(): void;
  /** Sets up a fresh chart for `update` / `append` now (untimed), so the next repetition is the first on it. */
  setUp(scenario: 'update' | 'append', size: number): Promise<void>;
  /** The contender's stand-alone timings on the `size`-point data set. */
  standalone(size: number): Record<string, number>;
  /** The board's name and its stand-alone core timings, when the contender has a board. */
  readonly board?: { readonly name: string; readonly core: boolean };
  boardCore(): Record<string, number>;
  /** Settings from run.js that one contender's page measures for the others (the card's sparkline size). */
  configure(options: { readonly cardSparkline?: Size }): void;
  /** kpi-card only: mounts the card wall once, untimed, and returns the size its sparklines are drawn at. */
  probeCards?(): Promise<Size>;
}

declare global {
  interface Window {
    __bench: BenchApi;
    gc?: () => void;
  }
}

const twoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

async function drainMicrotasks(): Promise<void> {
  // Each await yields to everything already queued (uPlot commits in a queueMicrotask); a few cover short chains.
  for (let i = 0; i < 4; i++) await Promise.resolve();
}

export function install<P>(contender: Contender<P>): void {
  const prepare = (columns: Columns): P => {
    if (!contender.prepare) throw new Error('contender has no prepare() for the bench columns');
    return contender.prepare(columns);
  };
  // ── Data, converted once per size (at most one size held, both variants) ──
  let cachedSize = -1;
  const cache = new Map<keyof typeof SEEDS, { input: P; last: { t: number; v: number } }>();
  function prepared(size: number, variant: keyof typeof SEEDS): { input: P; last: { t: number; v: number } } {
    if (size !== cachedSize) {
      cache.clear(); // keep at most one large size alive
      cachedSize = size;
    }
    let entry = cache.get(variant);
    if (!entry) {
      const columns: Columns = randomWalk(size, SEEDS[variant]);
      entry = { input: prepare(columns), last: { t: columns.t[size - 1] as number, v: columns.v[size - 1] as number } };
      cache.set(variant, entry);
    }
    return entry;
  }
  let cardSparkline: Size | undefined;
  let manyCache: P[] | undefined;
  const manyData = (): P[] => (manyCache ??= Array.from({ length: MANY.count }, (_, i) => prepare(randomWalk(MANY.points, 1000 + i))));
  let boardCache: unknown;
  /** A fresh copy of the board's document for each repetition (built once, cloned outside the timed region). */
  const boardData = (): unknown => structuredClone((boardCache ??= contender.board!.prepare()));

  // ── What is on screen ──
  interface Current {
    readonly scenario: Scenario;
    readonly size: number;
    readonly box: HTMLElement;
    chart?: Chart<P>;
    /** `update`: the data set shown now. */
    variant: keyof typeof SEEDS;
    /** `append`: the last point and the walk's generator. */
    last: { t: number; v: number };
    readonly random: () => number;
  }
  let current: Current | undefined;

  function drop(): void {
    current?.chart?.destroy();
    current?.box.remove();
    current = undefined;
  }

  function freshBox(scenario: Scenario, size: number): Current {
    drop();
    const box = document.createElement('div');
    box.style.cssText =
      scenario === 'many'
        ? `width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;display:flex;flex-wrap:wrap;align-content:flex-start;gap:${MANY.gap}px`
        : scenario === 'wall' || scenario === 'cards'
          ? `width:${WALL.columns * WALL.width + (WALL.columns - 1) * WALL.gap}px;display:grid;grid-template-columns:repeat(${WALL.columns},${WALL.width}px);gap:${WALL.gap}px;align-items:start`
          : scenario === 'board'
            ? `width:${contender.board?.width ?? WIDTH}px`
            : `width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden`;
    document.body.append(box);
    current = { scenario, size, box, variant: 'a', last: { t: 0, v: 0 }, random: mulberry32(7) };
    return current;
  }

  const seriesSize: Size = { width: WIDTH, height: HEIGHT };
  const manySize: Size = { width: MANY.width, height: MANY.height };
  const wallSize: Size = { width: WALL.width, height: WALL.height };

  /** Sets up the chart that `update` / `append` repetitions work on (untimed). */
  async function setUp(scenario: 'update' | 'append', size: number): Promise<Current> {
    if (!contender.series) throw new Error('contender has no series chart');
    const session = freshBox(scenario, size);
    const { input, last } = prepared(size, 'a');
    session.last = { ...last };
    session.chart = contender.series(session.box, input, seriesSize, { live: scenario === 'append' });
    await session.chart.ready;
    await drainMicrotasks();
    return session;
  }

  async function rep(scenario: Scenario, size: number, profile = false, collect = true): Promise<RepResult> {
    if (!api.has(scenario)) throw new Error(`contender has no "${scenario}" scenario`);
    const profiler = profile ? contender.profiler : undefined;
    if (profile && !profiler) throw new Error('contender has no profiler');

    let box: HTMLElement;
    let call: () => void | Promise<void>;
    if (scenario === 'board') {
      const bench = contender.board!;
      const data = boardData();
      const session = freshBox(scenario, size);
      box = session.box;
      call = () => {
        session.chart = bench.mount(session.box, data, bench.width);
        return session.chart.ready;
      };
    } else if (scenario === 'wall' || scenario === 'cards') {
      const list = manyData();
      const session = freshBox(scenario, size);
      box = session.box;
      const cellSize = scenario === 'wall' ? wallSize : cardSparkline;
      if (!cellSize) throw new Error('cards: no card sparkline size configured (run.js measures it on the kpi-card page)');
      call = () => {
        session.chart = scenario === 'wall' ? contender.wall!(session.box, list, cellSize) : contender.cards!(session.box, list, cellSize);
        return session.chart.ready;
      };
    } else if (scenario === 'first' || scenario === 'many') {
      const input = scenario === 'first' ? prepared(size, 'a').input : undefined;
      const list = scenario === 'many' ? manyData() : undefined;
      const session = freshBox(scenario, size);
      box = session.box;
      call = () => {
        session.chart = list ? contender.many!(session.box, list, manySize) : contender.series!(session.box, input as P, seriesSize, { live: false });
        return session.chart.ready;
      };
    } else {
      const session = current?.scenario === scenario && current.size === size && current.chart ? current : await setUp(scenario, size);
      const chart = session.chart as Chart<P>;
      box = session.box;
      if (scenario === 'update') {
        session.variant = session.variant === 'a' ? 'b' : 'a';
        const next = prepared(size, session.variant).input;
        call = () => chart.update!(next);
      } else {
        const t = session.last.t + MINUTE_MS;
        const v = session.last.v + session.random() - 0.5;
        session.last = { t, v };
        call = () => chart.append!(t, v);
      }
    }

    if (collect) window.gc?.();
    await twoFrames();
    profiler?.start();
    const t0 = performance.now();
    const pending = call();
    if (pending) await pending;
    await drainMicrotasks();
    void box.offsetHeight; // forced style + layout
    const t1 = performance.now();
    await twoFrames();
    const t2 = performance.now();
    const stages = profiler?.stop({ t0, painted: t2 - t0 });
    return { sync: t1 - t0, painted: t2 - t0, ...(stages && { stages }) };
  }

  const api: BenchApi = {
    has: (scenario) => {
      switch (scenario) {
        case 'first':
          return contender.series !== undefined;
        case 'update':
          return contender.series !== undefined && contender.supports.update;
        case 'append':
          return contender.series !== undefined && contender.supports.append;
        case 'many':
          return contender.many !== undefined;
        case 'wall':
          return contender.wall !== undefined;
        case 'cards':
          return contender.cards !== undefined;
        case 'board':
          return contender.board !== undefined;
      }
    },
    profiles: contender.profiler !== undefined,
    standalones: contender.standalone !== undefined,
    rep,
    reset: drop,
    setUp: async (scenario, size) => {
      await setUp(scenario, size);
    },
    standalone(size) {
      if (!contender.standalone) throw new Error('contender has no stand-alone timings');
      drop();
      window.gc?.();
      return contender.standalone(prepared(size, 'a').input);
    },
    ...(contender.board && { board: { name: contender.board.name, core: contender.board.core !== undefined } }),
    configure(options) {
      if (options.cardSparkline) cardSparkline = options.cardSparkline;
    },
    boardCore() {
      const core = contender.board?.core;
      if (!core) throw new Error('contender has no board core timings');
      const data = boardData();
      drop();
      window.gc?.();
      return core.call(contender.board, data);
    },
  };
  if (contender.probeCards) {
    const probe = contender.probeCards;
    api.probeCards = async () => {
      const session = freshBox('cards', 0);
      const measured = await probe(session.box, manyData());
      drop();
      return measured;
    };
  }
  window.__bench = api;
}
