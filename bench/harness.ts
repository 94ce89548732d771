/**
 * The in-page half of `npm run bench`. Bundled once per contender; run.js
 * drives it one repetition at a time through `window.__bench.rep`.
 *
 * One repetition: drop the previous container, (gc if exposed), wait two
 * frames so the page is idle, attach a fresh empty container, then
 *   t0 = performance.now(); mount(); await microtasks; force layout; t1
 *   two requestAnimationFrame callbacks; t2
 * sync = t1 - t0, painted = t2 - t0. Data is generated (and cached) outside
 * the timed region. No assertions: this measures, it does not test.
 */
import { randomWalk, type Columns } from './data.js';
import type { Contender, Teardown } from './contenders/types.js';

export type Scenario = 'series' | 'many';

export interface RepResult {
  readonly sync: number;
  readonly painted: number;
}

/** Page geometry shared by all contenders (the viewport is the same 600×160). */
export const WIDTH = 600;
export const HEIGHT = 160;
/** "60 sparklines × 90 points": a 10 × 6 grid of 56×22 charts, 4 px gaps, all inside 600×160. */
export const MANY = { count: 60, points: 90, width: 56, height: 22, gap: 4 } as const;

declare global {
  interface Window {
    __bench: { rep(scenario: Scenario, size: number): Promise<RepResult>; has(scenario: Scenario): boolean };
    gc?: () => void;
  }
}

const seriesCache = new Map<number, Columns>();
let manyCache: Columns[] | undefined;

function seriesData(size: number): Columns {
  let data = seriesCache.get(size);
  if (!data) {
    seriesCache.clear(); // keep at most one large series alive
    data = randomWalk(size, 42);
    seriesCache.set(size, data);
  }
  return data;
}

function manyData(): Columns[] {
  manyCache ??= Array.from({ length: MANY.count }, (_, i) => randomWalk(MANY.points, 1000 + i));
  return manyCache;
}

const twoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

async function drainMicrotasks(): Promise<void> {
  // Each await yields to everything already queued (uPlot commits in a queueMicrotask); a few cover short chains.
  for (let i = 0; i < 4; i++) await null;
}

export function install(contender: Contender): void {
  let container: HTMLElement | undefined;
  let teardown: Teardown | undefined;

  async function rep(scenario: Scenario, size: number): Promise<RepResult> {
    teardown?.();
    container?.remove();
    teardown = undefined;
    const mount = scenario === 'series' ? contender.series : contender.many;
    if (!mount) throw new Error(`contender has no "${scenario}" scenario`);
    const data = scenario === 'series' ? seriesData(size) : manyData();
    window.gc?.();
    await twoFrames();

    const box = document.createElement('div');
    box.style.cssText =
      scenario === 'series'
        ? `width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden`
        : `width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;display:flex;flex-wrap:wrap;align-content:flex-start;gap:${MANY.gap}px`;
    document.body.append(box);
    container = box;

    const t0 = performance.now();
    teardown =
      scenario === 'series'
        ? (mount as NonNullable<Contender['series']>)(box, data as Columns, WIDTH, HEIGHT)
        : (mount as NonNullable<Contender['many']>)(box, data as Columns[], MANY.width, MANY.height);
    await drainMicrotasks();
    void box.offsetHeight; // forced style + layout
    const t1 = performance.now();
    await twoFrames();
    const t2 = performance.now();
    return { sync: t1 - t0, painted: t2 - t0 };
  }

  window.__bench = {
    rep,
    has: (scenario) => (scenario === 'series' ? contender.series : contender.many) !== undefined,
  };
}
