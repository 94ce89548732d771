/**
 * The real `<kpi-trend>` element, bundled from the source like any user's
 * build. It gets a KPI JSON document through `.data` (`{ id, label, series:
 * { t: number[], v: number[] } }`, plain arrays as JSON.parse gives them), so
 * every render validates the document (every point, as the element does:
 * nothing is skipped here), maps it to columns, derives the view, reduces (M4)
 * and draws SVG.
 *
 * - first render: create the element, set `.data`, attach it; done when its
 *   chart's line is in the shadow DOM. The element learns its width from a
 *   ResizeObserver and draws in the next frame, so that frame is part of it.
 * - update: assign a new document of the same size; done at `updateComplete`.
 * - append: `appendPoints([{ t, v }])`; done at `updateComplete`.
 * - 60 sparklines: `compact` elements whose sparkline is 56×22 (the element is
 *   wider by its value and verdict, which a compact trend shows beside it).
 * - wall: 60 full (not compact) elements, 240 px wide with a 48 px chart
 *   (`--kpi-trend-height`), axes, header and summary, 90 points each.
 *
 * The whole element (header, summary and plot) fits the 600×160 box: the plot
 * is `PLOT_HEIGHT` px tall, the rest is the element's own header and summary.
 * Compact elements get `min-width: 0` from the page, because the element's
 * `min-inline-size: 10rem` would make each sparkline 160 px wide.
 *
 * The profiler wraps a few of the element's (prototype) methods to time its
 * stages; it is installed only when the first profiled run starts, after the
 * unprofiled runs.
 */
import { toKpi } from '../../src/core/model.js';
import { validateKpiDocument } from '../../src/core/validate.js';
import { KpiTrend } from '../../src/kpi-trend.js';
import { TrendChart } from '../../src/elements/kpi-trend/trend-chart.js';
import type { Columns } from '../data.js';
import type { Contender, Profiler } from './types.js';
import { textOf, whenDrawn } from './when-drawn.js';

/** Resolves when the element's chart line is drawn; rejects when it shows an error instead. */
const trendDrawn = (element: KpiTrend): Promise<void> =>
  whenDrawn(element, 'svg.chart path.line', (root) => (root.querySelector('.frame--error') ? textOf(root, '.frame--error') : undefined));

interface KpiJson {
  readonly id: string;
  readonly label: string;
  readonly series: { readonly t: number[]; readonly v: number[] };
}

/** The plot's height in the 600×160 box: 160 px minus the element's frame, header and summary (measured: 89.4 px). */
const PLOT_HEIGHT = 70;

/**
 * How much wider than its sparkline a compact trend is (its value and verdict beside it, and the gap), in px:
 * measured after the first 60-sparkline mount, so later mounts give each sparkline the peers' width.
 */
let compactReadingWidth: number | undefined;

async function settled(element: KpiTrend): Promise<void> {
  await element.updateComplete;
  if (element.shadowRoot?.querySelector('.frame--error')) throw new Error(`kpi-trend shows an error: ${textOf(element.shadowRoot, '.frame--error')}`);
}

// ── Profiler ────────────────────────────────────────────────────────────────

/**
 * Methods timed, innermost last; each stage's time excludes the stages called inside it. The chart's (M4, geometry)
 * are the TrendChart's, which the element's `render()` calls once the chart's code is in.
 */
const STAGES = [
  ['interpret', 'validate (map, checks, toKpi)'],
  ['willUpdate', 'view (status, pace, story)'],
  ['reduceMain', 'M4'],
  ['draw', 'geometry'],
  ['render', 'templates'],
  ['update', 'DOM commit'],
  ['performUpdate', 'other Lit'],
] as const;
const CHART_STAGES: ReadonlySet<string> = new Set(['reduceMain', 'draw']);

type Method = (this: unknown, ...args: unknown[]) => unknown;

function createProfiler(): Profiler {
  let installed = false;
  let recording = false;
  const own = new Map<string, number>();
  const stack: { name: string; children: number }[] = [];
  let topLevel = 0;
  /** Each Lit update: start, end, and whether it drew the chart (ran `draw()`). */
  const updates: [number, number, boolean][] = [];
  let drew = false;

  function install(): void {
    for (const [name] of STAGES) {
      const proto = (CHART_STAGES.has(name) ? TrendChart.prototype : KpiTrend.prototype) as unknown as Record<string, Method>;
      const original = proto[name];
      if (typeof original !== 'function') throw new Error(`kpi-trend has no ${name}() to time`);
      proto[name] = function (this: unknown, ...args: unknown[]): unknown {
        if (!recording) return original.apply(this, args);
        const frame = { name, children: 0 };
        stack.push(frame);
        if (name === 'performUpdate') drew = false;
        if (name === 'draw') drew = true;
        const start = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          const end = performance.now();
          const inclusive = end - start;
          stack.pop();
          own.set(name, (own.get(name) ?? 0) + inclusive - frame.children);
          const parent = stack.at(-1);
          if (parent) parent.children += inclusive;
          else topLevel += inclusive;
          if (name === 'performUpdate') updates.push([start, end, drew]);
        }
      };
    }
    installed = true;
  }

  return {
    start() {
      if (!installed) install();
      own.clear();
      stack.length = 0;
      updates.length = 0;
      topLevel = 0;
      recording = true;
    },
    stop({ t0, painted }) {
      recording = false;
      const stages: Record<string, number> = {};
      for (const [name, label] of STAGES) stages[label] = own.get(name) ?? 0;
      const lastUpdate = updates.at(-1);
      // A first render updates once without a size (nothing drawn), waits for its ResizeObserver and a frame, then draws.
      const firstDrawing = updates.findIndex(([, , drawing]) => drawing);
      const beforeDrawing =
        firstDrawing > 0
          ? updates
              .slice(0, firstDrawing)
              .filter(([, , drawing]) => !drawing)
              .at(-1)
          : undefined;
      stages['size wait (a frame)'] = beforeDrawing ? (updates[firstDrawing] as [number, number, boolean])[0] - beforeDrawing[1] : 0;
      stages['style, layout, paint, 2 frames'] = lastUpdate ? t0 + painted - lastUpdate[1] : 0;
      const accounted = topLevel + stages['size wait (a frame)'] + stages['style, layout, paint, 2 frames'];
      stages['rest'] = painted - accounted;
      stages['updates'] = updates.length;
      return stages;
    },
  };
}

// ── Contender ───────────────────────────────────────────────────────────────

const contender: Contender<KpiJson> = {
  prepare: (columns: Columns) => ({ id: 'bench', label: 'Bench series', series: { t: Array.from(columns.t), v: Array.from(columns.v) } }),
  supports: { update: true, append: true },
  series(container, data, { width }) {
    const element = document.createElement('kpi-trend');
    element.style.cssText = `width:${width}px;--kpi-trend-height:${PLOT_HEIGHT}px`;
    element.data = data;
    container.append(element);
    return {
      ready: trendDrawn(element),
      async update(next) {
        element.data = next;
        await settled(element);
      },
      async append(t, v) {
        if (element.appendPoints([{ t, v }]) !== 1) throw new Error('kpi-trend did not take the appended point');
        await settled(element);
      },
      destroy: () => element.remove(),
    };
  },
  many(container, list, { width, height }) {
    // A compact trend puts its latest value and verdict beside the sparkline: the element is that much wider, so
    // the sparkline itself gets the peers' 56 px (measured in the first, untimed warm-up run; until then a guess).
    const elementWidth = width + (compactReadingWidth ?? 96);
    const elements = list.map((data) => {
      const element = document.createElement('kpi-trend');
      element.compact = true;
      element.style.cssText = `width:${elementWidth}px;min-width:0;--kpi-trend-height:${height}px`;
      element.data = data;
      return element;
    });
    container.append(...elements);
    return {
      ready: Promise.all(elements.map(trendDrawn)).then(() => {
        // Measured once (it forces a layout): in the first, untimed warm-up run.
        if (compactReadingWidth !== undefined) return;
        const frame = elements[0]?.shadowRoot?.querySelector('.frame--compact');
        const plot = frame?.querySelector('.plot');
        if (frame && plot) compactReadingWidth = Math.round(frame.getBoundingClientRect().width - plot.getBoundingClientRect().width);
      }),
      destroy: () => container.replaceChildren(),
    };
  },
  wall(container, list, { width, height }) {
    const elements = list.map((data) => {
      const element = document.createElement('kpi-trend');
      element.style.cssText = `width:${width}px;--kpi-trend-height:${height}px`;
      element.data = data;
      return element;
    });
    container.append(...elements);
    return {
      ready: Promise.all(elements.map(trendDrawn)).then(() => undefined),
      destroy: () => container.replaceChildren(),
    };
  },
  profiler: createProfiler(),
  standalone(doc) {
    const t0 = performance.now();
    const result = validateKpiDocument(doc);
    const t1 = performance.now();
    if (!result.ok) throw new Error(`the bench document is invalid: ${result.diagnostics[0]?.message}`);
    // The document's series is still the plain arrays: this converts them again, with no checks, for comparison.
    toKpi(result.document);
    const t2 = performance.now();
    return {
      'validateKpiDocument (checks every point, builds the columns)': t1 - t0,
      'toKpi alone (the same arrays into columns, no checks)': t2 - t1,
    };
  },
};
export default contender;
