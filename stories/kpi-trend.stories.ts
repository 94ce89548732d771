/**
 * `<kpi-trend>`: one story per overlay, option and state, from the shared
 * fixtures (the card's stories and the browser tests use the same ones).
 *
 * Every story pins `now` (the fixtures describe week 47 of 2026), so pace,
 * projection and staleness read the same on every day the stories are opened.
 * Network states use scripted endpoints (.storybook/endpoints.ts), never a
 * live server. Each story's `play` waits for the custom states it is built to
 * show and for the overlay it is about to be drawn, so the stories double as
 * tests, and the a11y addon fails any with an axe violation.
 */
import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { serve } from '../.storybook/endpoints.js';
import '../src/kpi-trend.js';
import { mulberry32 } from './fixtures/seeded-random.js';
import type { KpiTrend } from '../src/kpi-trend.js';
import type { KpiDocument, KpiPointSelectEvent } from '../src/index.js';
import {
  activationRate,
  clusterUtilisation,
  HTML_PAYLOAD,
  invalidDocument,
  kpiFixtures,
  logoChurn,
  netRevenueRetention,
  retention7d,
  staleSignups,
  timeToFirstValue,
  trialToPaid,
  weeklyEngagedTeams,
} from './fixtures/index.js';
import {
  answersOnceThenFails,
  brandTheme,
  elementsIn,
  inEachTheme,
  reloadsOnceLoaded,
  REVIEW,
  shadowRootOf,
  sourceArgTypes,
  sourceBindings,
  typicalWidth,
  waitUntilSettled,
  type SourceArgs,
} from './support/shared.js';

const MINUTE = 60_000;

// Documents built here from the fixtures ---------------------------------------------

/**
 * Logo churn against a budget that tightens every quarter (`targets`, each
 * value holding from its date until the next), instead of the fixture's one
 * constant target. No fixture has per-period targets, so this one is derived.
 */
const churnWithQuarterlyBudget: KpiDocument = (() => {
  const { target: _constant, ...churn } = structuredClone<KpiDocument>(logoChurn);
  return {
    ...churn,
    id: 'logo-churn-budget',
    label: 'Logo churn against its quarterly budget',
    goal: 'Bring monthly churn down to the quarterly budget',
    targets: [
      { t: '2025-10-01', v: 0.02 },
      { t: '2026-01-01', v: 0.018 },
      { t: '2026-04-01', v: 0.017 },
      { t: '2026-07-01', v: 0.016 },
      { t: '2026-10-01', v: 0.015 },
    ],
  };
})();

/** A guardrail's own series as a KPI of its own, for the compact grid. */
function guardrailAsKpi(doc: KpiDocument, index: number): KpiDocument {
  const guardrail = doc.guardrails?.[index];
  if (!guardrail?.series) throw new Error(`${doc.id} has no guardrail ${index} with a series`);
  return {
    id: `${doc.id}-${guardrail.id ?? index}`,
    label: guardrail.label,
    direction: guardrail.direction === 'decrease' ? 'decrease' : 'increase',
    ...(guardrail.format && { format: guardrail.format }),
    ...(guardrail.unit && { unit: guardrail.unit }),
    cadence: 'weekly',
    series: structuredClone(guardrail.series),
    bands:
      guardrail.direction === 'decrease'
        ? [
            { to: guardrail.limit, status: 'good', label: 'within limit' },
            { from: guardrail.limit, status: 'critical', label: 'over limit' },
          ]
        : [
            { to: guardrail.limit, status: 'critical', label: 'under limit' },
            { from: guardrail.limit, status: 'good', label: 'within limit' },
          ],
  };
}

/** A mean-reverting random walk step around `mean`, with a rare spike. */
function walker(seed: number, mean: number, pull: number, noise: number, spike = 0): (value: number) => number {
  const random = mulberry32(seed);
  return (value) => {
    const next = value + pull * (mean - value) + (random() - 0.5) * 2 * noise;
    return spike > 0 && random() < 0.00002 ? next + spike * (0.5 + random()) : next;
  };
}

const MILLION = 1_000_000;

/**
 * API latency, one reading a minute for a million minutes (about 23 months)
 * ending at the review: a seeded random walk with rare spikes past the
 * 500 ms ceiling. Columns (`{ t: [], v: [] }`), built anew for each render.
 */
function millionPointLatency(): KpiDocument {
  const t = new Array<number>(MILLION);
  const v = new Array<number>(MILLION);
  const step = walker(20261123, 220, 0.02, 14, 420);
  const start = REVIEW - MILLION * MINUTE;
  let value = 220;
  for (let i = 0; i < MILLION; i++) {
    value = Math.max(40, step(value));
    t[i] = start + i * MINUTE;
    v[i] = Math.round(value);
  }
  return {
    id: 'api-latency-p95',
    label: 'API latency (p95), per minute',
    direction: 'decrease',
    format: { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 },
    series: { t, v },
    bands: [
      { to: 300, status: 'good', label: 'fast' },
      { from: 300, to: 500, status: 'warning', label: 'slow' },
      { from: 500, status: 'critical', label: 'too slow' },
    ],
  };
}

/** Where the live story's simulated clock starts: two hours of history before it. */
const LIVE_START = REVIEW - 6 * 60 * MINUTE;
const LIVE_HISTORY = 120;

/** The live story's first data: two hours of checkout requests a minute. */
function liveCheckouts(): KpiDocument {
  const step = walker(47, 120, 0.08, 6);
  let value = 120;
  const series = Array.from({ length: LIVE_HISTORY }, (_, i) => {
    value = step(value);
    return { t: LIVE_START + i * MINUTE, v: Math.round(value) };
  });
  return {
    id: 'checkout-requests',
    label: 'Checkout requests per minute',
    direction: 'increase',
    format: { style: 'decimal', maximumFractionDigits: 0 },
    series,
    bands: [
      { to: 80, status: 'critical', label: 'outage' },
      { from: 80, to: 100, status: 'warning', label: 'low' },
      { from: 100, status: 'good', label: 'normal' },
    ],
  };
}

/** Fixtures selectable in the `data` control, by name. */
const DATA = { ...kpiFixtures, churnWithQuarterlyBudget, invalidDocument };

// The element with its args ------------------------------------------------------------

/** The story's inputs: the args every element shares, plus the trend's own. */
interface TrendArgs extends SourceArgs {
  area?: boolean;
  compact?: boolean;
  compare?: boolean;
  table?: boolean;
  onKpiPointSelect?: (event: KpiPointSelectEvent) => void;
}

/** The trend with every arg bound: attributes as attributes, objects as properties. */
function trend(args: TrendArgs): TemplateResult {
  return html`<kpi-trend
    ${sourceBindings(args)}
    ?area=${args.area ?? false}
    ?compact=${args.compact ?? false}
    ?compare=${args.compare ?? false}
    ?table=${args.table ?? false}
    @kpi-point-select=${args.onKpiPointSelect}
  ></kpi-trend>`;
}

// Plays --------------------------------------------------------------------------------

const trendsIn = (canvasElement: HTMLElement): KpiTrend[] => elementsIn<KpiTrend>(canvasElement, 'kpi-trend');

/** The `index`-th trend's shadow root (the first by default). */
const shadowOf = (canvasElement: HTMLElement, index = 0): ShadowRoot => shadowRootOf(canvasElement, 'kpi-trend', index);

/** A chart is drawn once the element has measured its plot: the SVG is there, with a line when there is data. */
const isDrawn = (element: KpiTrend): boolean => {
  const root = element.shadowRoot;
  return !!root && (!!root.querySelector('[part~="table"]') || (root.querySelector('.line')?.getAttribute('d') ?? '') !== '');
};

/**
 * A `play` that waits until every trend in the story shows `states` (custom
 * states, `:state(…)`), and, with `drawn`, has drawn its chart or table.
 */
function settlesAs(states: readonly string[], { drawn = true }: { drawn?: boolean } = {}) {
  return ({ canvasElement }: StoryContext<TrendArgs>): Promise<void> =>
    waitUntilSettled<KpiTrend>(canvasElement, 'kpi-trend', states, {
      timeout: 5000,
      alsoCheck: drawn ? (element) => expect(isDrawn(element), '<kpi-trend> has drawn its chart').toBe(true) : undefined,
    });
}

/** `settlesAs`, then a check on the first trend's shadow root. */
function settlesWith(states: readonly string[], check: (root: ShadowRoot, context: StoryContext<TrendArgs>) => Promise<void>, options?: { drawn?: boolean }) {
  return async (context: StoryContext<TrendArgs>): Promise<void> => {
    await settlesAs(states, options)(context);
    await check(shadowOf(context.canvasElement), context);
  };
}

/** A path attribute that draws something. */
const pathOf = (root: ShadowRoot, selector: string): string => root.querySelector(selector)?.getAttribute('d') ?? '';

const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

// Meta ---------------------------------------------------------------------------------

const meta = {
  title: 'Elements/kpi-trend',
  component: 'kpi-trend',
  tags: ['autodocs'],
  render: trend,
  // Trends span a dashboard column or two; a story shows one at a typical width.
  decorators: [typicalWidth('trendWidth', '44rem')],
  args: {
    now: REVIEW,
  },
  argTypes: sourceArgTypes(DATA),
} satisfies Meta<TrendArgs>;

export default meta;
type Story = StoryObj<TrendArgs>;

// Overview -----------------------------------------------------------------------------

/**
 * Everything on at once: activation rate against its three bands, the glide
 * path from 30 % on 1 October to 40 % by 31 December with the projection and
 * its cone, the 30 % floor with the August and September dips highlighted,
 * three annotations, and the support-tickets guardrail in its lane.
 */
export const Default: Story = {
  args: { data: 'activationRate' },
  play: settlesAs(['good']),
};

// Overlays -----------------------------------------------------------------------------

/**
 * Four named bands ("shrinking", "flat", "healthy", "best in class") shade
 * the ranges in view; each band names itself in a tooltip. Bands never
 * stretch the fitted axis, so the open-ended top band cannot flatten the line.
 */
export const Bands: Story = {
  name: 'Overlay: target bands',
  args: { data: 'netRevenueRetention' },
  play: settlesWith(['good'], async (root) => {
    const titles = [...root.querySelectorAll('.band title')].map((title) => title.textContent);
    await expect(titles).toContain('healthy');
  }),
};

/**
 * Per-period targets (`targets`): a churn budget that tightens each quarter,
 * drawn as a step line, each target holding until the next. The document is
 * the `logoChurn` fixture with its constant target replaced by the steps.
 */
export const StepTargets: Story = {
  name: 'Overlay: per-period targets (step)',
  args: { data: 'churnWithQuarterlyBudget' },
  play: settlesWith(['critical'], async (root) => {
    await expect(pathOf(root, '.target-step')).toMatch(/^M/);
    await expect(root.querySelector('line.target'), 'no constant target rule').toBeNull();
  }),
};

/**
 * Ahead of pace: the glide path runs straight from the baseline (30 % on
 * 1 October) to the target (40 % by 31 December). The projection carries the
 * recent slope on to the deadline, with the 95 % cone of that slope's
 * uncertainty around it, and lands above the target.
 */
export const GlidePathAhead: Story = {
  name: 'Overlay: glide path and projection, ahead',
  args: { data: 'activationRate' },
  play: settlesWith(['good'], async (root) => {
    await expect(pathOf(root, '.glide')).toMatch(/^M/);
    await expect(pathOf(root, '.projection')).toMatch(/^M/);
    await expect(pathOf(root, '.cone')).toMatch(/Z$/);
  }),
};

/**
 * Behind pace: trial-to-paid conversion is at 15 % where the glide path from
 * 14 % to 18 % by 31 December expects about 16.2 %, and the projection's cone
 * ends below the target.
 */
export const GlidePathBehind: Story = {
  name: 'Overlay: glide path and projection, behind',
  args: { data: 'trialToPaid' },
  play: settlesWith(['warning'], async (root) => {
    await expect(pathOf(root, '.glide')).toMatch(/^M/);
    await expect(pathOf(root, '.cone')).toMatch(/Z$/);
    await expect(text(root.querySelector('[part~="summary"]'))).toContain('behind');
  }),
};

/**
 * The KPI's own floor: where its bands turn critical (30 % for activation
 * rate) is drawn as a dashed limit, and every stretch of the line below it is
 * drawn thick in the critical colour. Here: the late-August and September dips.
 */
export const FloorBreaches: Story = {
  name: 'Overlay: floor, breaches highlighted',
  args: { data: 'activationRate', label: 'Activation rate against its 30 % floor' },
  play: settlesWith(['good'], async (root) => {
    await expect(root.querySelectorAll('.limit[data-kind="floor"]').length).toBe(1);
    await expect(pathOf(root, '.breach')).toMatch(/^M/);
  }),
};

/** The mirror image for a lower-is-better KPI: logo churn breaks through its 2.5 % ceiling in October. */
export const CeilingBreaches: Story = {
  name: 'Overlay: ceiling, breaches highlighted',
  args: { data: 'logoChurn' },
  play: settlesWith(['critical'], async (root) => {
    await expect(root.querySelectorAll('.limit[data-kind="ceiling"]').length).toBe(1);
    await expect(pathOf(root, '.breach')).toMatch(/^M/);
  }),
};

/**
 * On target, but a guardrail is breached: support tickets at 512 a week
 * against a ceiling of 450 get a lane under the chart, on the same time axis,
 * with the breach drawn and said in words. The override turns the good KPI
 * into a warning. The second guardrail has no series, so it has no lane.
 */
export const GuardrailLanes: Story = {
  name: 'Overlay: guardrail lanes, one breached',
  args: { data: 'weeklyEngagedTeams' },
  play: settlesWith(['warning', 'guardrail-breached'], async (root) => {
    const lanes = [...root.querySelectorAll('[part~="lane"]')];
    await expect(lanes.length).toBe(1);
    await expect(lanes[0]?.getAttribute('part')).toContain('lane-breached');
    await expect(text(lanes[0])).toContain('breached');
  }),
};

/**
 * `compare`: the previous period over this one, per the document's
 * `comparison`. Net revenue retention compares with 12 months ago, so last
 * year's line runs under this year's from May on.
 */
export const Compare: Story = {
  name: 'Overlay: previous period (compare)',
  args: { data: 'netRevenueRetention', compare: true },
  play: settlesWith(['good'], async (root) => {
    await expect(pathOf(root, '.comparison')).toMatch(/^M/);
  }),
};

/** Annotations mark what shipped or broke: here the SSO step after which time to first value slipped again. */
export const Annotations: Story = {
  name: 'Overlay: annotations',
  args: { data: 'timeToFirstValue' },
  play: settlesWith(['warning'], async (root) => {
    const labels = [...root.querySelectorAll('.annotation text')].map((label) => label.textContent);
    await expect(labels).toEqual(['SSO setup step added to onboarding']);
  }),
};

// Options ------------------------------------------------------------------------------

/** `area` fills under the line: cluster utilisation around its 70 % target, with the Black Friday preview peak. */
export const Area: Story = {
  name: 'Area fill',
  args: { data: 'clusterUtilisation', area: true },
  play: settlesWith(['good'], async (root) => {
    await expect(pathOf(root, '.area')).toMatch(/^M/);
  }),
};

/**
 * The same data on both y-axis policies. `fit` (the default) fits the line,
 * target and projection, so the climb from 1,545 to 1,862 teams fills the
 * chart; `zero` starts at zero, so the climb looks as large as it is (+20 %).
 */
export const YDomain: Story = {
  name: 'Y axis: fitted vs from zero',
  parameters: { trendWidth: 'none' },
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(24rem, 100%), 1fr)); gap: 1rem">
    ${trend({ ...args, label: 'Weekly engaged teams, fitted axis', 'y-domain': 'fit' })}
    ${trend({ ...args, label: 'Weekly engaged teams, axis from zero', 'y-domain': 'zero' })}
  </div>`,
  args: { data: 'weeklyEngagedTeams' },
  play: async (context) => {
    await settlesAs(['warning'])(context);
    const ticks = (index: number) => [...shadowOf(context.canvasElement, index).querySelectorAll('.axis--y text')].map((t) => t.textContent);
    await expect(ticks(0)).not.toContain('0');
    await expect(ticks(1)).toContain('0');
  },
};

/**
 * `compact`: a bare sparkline for cards, boards and tables. No axes, lanes or
 * table toggle; the bands, target and glide path stay. It is one image whose
 * text alternative is the trend and the KPI's story.
 */
export const Compact: Story = {
  name: 'Compact (sparkline)',
  parameters: { trendWidth: '14rem' },
  args: { data: 'activationRate', compact: true },
  play: settlesWith(['good'], async (root) => {
    const base = root.querySelector('[part~="base"]');
    await expect(base?.getAttribute('role')).toBe('img');
    await expect(base?.getAttribute('aria-label')).toMatch(/^Activation rate: /);
    await expect(root.querySelector('[part~="table-toggle"]')).toBeNull();
  }),
};

/** The twelve series the compact grid shows: the fixtures with a series, the derived budget and two guardrails. */
const GRID: readonly KpiDocument[] = [
  activationRate,
  netRevenueRetention,
  timeToFirstValue,
  retention7d,
  logoChurn,
  weeklyEngagedTeams,
  clusterUtilisation,
  trialToPaid,
  staleSignups,
  churnWithQuarterlyBudget,
  guardrailAsKpi(weeklyEngagedTeams, 0),
  guardrailAsKpi(activationRate, 0),
];

/** Twelve compact trends in a dashboard grid, each beside its name: how a board of KPIs reads at a glance. */
export const CompactGrid: Story = {
  name: 'Compact: a grid of 12',
  parameters: { trendWidth: 'none' },
  args: { compact: true },
  render: (args) => html`<ul
    style="display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 1rem 1.5rem; margin: 0; padding: 0; list-style: none"
  >
    ${GRID.map(
      (doc) => html`<li style="display: grid; gap: 0.25rem">
        <span style="font: 600 0.8rem/1.2 system-ui, sans-serif">${doc.label}</span>
        ${trend({ ...args, data: doc })}
      </li>`,
    )}
  </ul>`,
  play: async (context) => {
    await settlesAs([])(context);
    await expect(trendsIn(context.canvasElement).length).toBe(12);
  },
};

/**
 * `table`: the data as a table instead of the chart, with the target and the
 * status of every point; the visible "Show as chart" button switches back.
 */
export const Table: Story = {
  name: 'Table view',
  args: { data: 'weeklyEngagedTeams', table: true },
  play: settlesWith(['warning'], async (root) => {
    await expect(root.querySelectorAll('[part~="table"] tbody tr').length).toBe(26);
    await expect(root.querySelector('[part~="table-toggle"]')?.getAttribute('aria-pressed')).toBe('true');
  }),
};

// Data states --------------------------------------------------------------------------

/**
 * Waiting for `src`: the endpoint never answers, so the skeleton stays. The
 * plot keeps its height, so nothing shifts when data arrives.
 */
export const Loading: Story = {
  args: { src: '/api/trends/activation-rate.json', label: 'Activation rate' },
  beforeEach: () => serve({ '/api/trends/activation-rate.json': () => ({ hang: true }) }),
  play: settlesWith(
    ['loading'],
    async (root) => {
      await expect(root.querySelector('[part~="skeleton"]')).not.toBeNull();
    },
    { drawn: false },
  ),
};

/** Valid, but nothing to show yet: a new metric whose first month has not closed (`series: []`). */
export const Empty: Story = {
  args: { data: 'emptyExpansionMrr' },
  play: settlesAs(['empty'], { drawn: false }),
};

/**
 * Invalid data, as a hand-edited spreadsheet export would be. The error names
 * each bad field by its JSON Pointer and says what was expected.
 */
export const ErrorInvalidDocument: Story = {
  name: 'Error: invalid document',
  args: { data: 'invalidDocument', label: '7-day retention' },
  play: async (context) => {
    await settlesAs(['error'], { drawn: false })(context);
    const error = text(shadowOf(context.canvasElement).querySelector('[part~="error"]'));
    await expect(error).toContain('/target/value');
    await expect(error).toContain('/series/2/v');
  },
};

/** A daily feed that stopped on 1 September, with `maxAge: "P2D"`: the stale badge says how old the data is. */
export const Stale: Story = {
  args: { data: 'staleSignups' },
  play: settlesWith(['stale'], async (root) => {
    await expect(text(root.querySelector('[part~="stale"]'))).toMatch(/^Stale · .+ ago$/);
  }),
};

/**
 * The first request answers, the refresh after it fails with 503: the trend
 * keeps the last good data and says the refresh failed.
 */
export const RefreshFailed: Story = {
  name: 'Refresh failed',
  args: { src: '/api/trends/activation-rate-refresh.json' },
  beforeEach: () =>
    serve({
      // Its own path: on the Docs page every story's endpoints are served at once.
      '/api/trends/activation-rate-refresh.json': answersOnceThenFails(activationRate),
    }),
  render: (args) => reloadsOnceLoaded(trend(args)),
  play: settlesWith(['good', 'refresh-failed'], async (root) => {
    await expect(text(root.querySelector('[part~="warning"]'))).toContain('Refresh failed');
  }),
};

/** Markup in every free-text field (label, band labels, unit, guardrail, annotation) shows as literal text. */
export const HtmlPayloadIsInert: Story = {
  name: 'HTML payload is inert',
  args: { data: 'htmlPayload' },
  play: settlesWith(['warning'], async (root) => {
    await expect(text(root.querySelector('[part~="label"]'))).toBe(HTML_PAYLOAD);
    await expect(root.querySelector('img, iframe, script, style, marquee, a, i, b, u')).toBeNull();
  }),
};

// Interaction --------------------------------------------------------------------------

/**
 * The plot is one focusable stop. End jumps to the latest point, the arrow
 * keys move point to point (skipping gaps), Home jumps to the first, and
 * Enter selects (`kpi-point-select`). A polite live region reads each point:
 * its date, value, target, status word and position.
 */
export const Keyboard: Story = {
  name: 'Keyboard navigation',
  args: { data: 'activationRate' },
  play: async (context) => {
    await settlesAs(['good'])(context);
    const root = shadowOf(context.canvasElement);
    const plot = root.querySelector<HTMLElement>('[part~="plot"]');
    await expect(plot, 'the plot part').not.toBeNull();
    plot!.focus();
    const live = () => text(root.querySelector('[aria-live]'));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(live()).toMatch(/^Nov 20, 2026: 36\.5%, target 40\.0%, on track\. Point 90 of 90\.$/));
    // One step back in time: time runs the way the text does, so that is the arrow towards the line's start.
    const back = getComputedStyle(context.canvasElement).direction === 'rtl' ? '{ArrowRight}' : '{ArrowLeft}';
    await userEvent.keyboard(back);
    await waitFor(() => expect(live()).toMatch(/^Nov 19, 2026: 37\.8%, .*Point 89 of 90\.$/));
    await expect(root.querySelector('.focus-point')).not.toBeNull();
    // Enter selects the focused point.
    const element = trendsIn(context.canvasElement)[0] as KpiTrend;
    const selected = new Promise<KpiPointSelectEvent>((resolve) => element.addEventListener('kpi-point-select', resolve, { once: true }));
    await userEvent.keyboard('{Enter}');
    await expect((await selected).detail.index).toBe(88);
  },
};

// Scale and streaming ---------------------------------------------------------------------

/**
 * A million points (one latency reading a minute for about 23 months, a seeded
 * random walk generated on each render): reduced (M4) to a few points per
 * pixel column before drawing, so every spike past the 500 ms ceiling survives
 * and is highlighted, and the DOM stays small.
 */
export const MillionPoints: Story = {
  name: '1,000,000 points',
  // Not on the Docs page, which renders every story at once: generating and validating a million points takes a second.
  tags: ['!autodocs'],
  render: (args) => trend({ ...args, data: millionPointLatency() }),
  play: async (context) => {
    await settlesAs([])(context);
    const element = trendsIn(context.canvasElement)[0] as KpiTrend;
    await expect(element.kpi?.series?.t.length).toBe(MILLION);
    const root = shadowOf(context.canvasElement);
    const width = Number(root.querySelector('[part~="chart"]')?.getAttribute('width'));
    const drawnPoints = pathOf(root, '.line').split(/[ML]/).length - 1;
    await expect(drawnPoints).toBeLessThanOrEqual(6 * width);
    await expect(pathOf(root, '.breach')).toMatch(/^M/);
  },
};

/** How often the live story appends a point; each one is the next simulated minute. */
const LIVE_INTERVAL_MS = 1000;

/**
 * A stream: every second, `appendPoints()` adds the next minute's reading
 * (a seeded random walk) without validating or reducing what is there again.
 * The time axis runs a quarter of its span past the last point, so it rarely
 * moves. The interval stops when the story unmounts.
 */
export const Live: Story = {
  name: 'Live: appendPoints()',
  args: { data: liveCheckouts() },
  argTypes: { data: { control: false } },
  beforeEach: ({ canvasElement }) => {
    const step = walker(1123, 120, 0.08, 6);
    let time = LIVE_START + (LIVE_HISTORY - 1) * MINUTE;
    let value = 120;
    const timer = setInterval(() => {
      const element = canvasElement.querySelector<KpiTrend>('kpi-trend');
      if (!element?.kpi) return;
      const last = element.kpi.series;
      const lastT = last && last.t.length > 0 ? (last.t[last.t.length - 1] as number) : time;
      time = Math.max(time, lastT) + MINUTE;
      value = step(value);
      element.appendPoints([{ t: time, v: Math.round(value) }]);
    }, LIVE_INTERVAL_MS);
    return () => clearInterval(timer);
  },
  play: async (context) => {
    await settlesAs([])(context);
    const element = trendsIn(context.canvasElement)[0] as KpiTrend;
    await waitFor(() => expect(element.kpi?.series?.t.length ?? 0).toBeGreaterThan(LIVE_HISTORY), { timeout: 10_000 });
  },
};

// Theming ------------------------------------------------------------------------------

/** The brand theme with the trend's own tokens: its target, line and overlay colours. */
const BRAND_THEME = brandTheme([
  '--kpi-color-target: #6d28d9',
  '--kpi-color-line: #1f2a44',
  '--kpi-color-projection: #6d28d9',
  '--kpi-color-comparison: #8a7a5c',
  '--kpi-color-annotation: #4a5163',
  '--kpi-color-skeleton: #efe6d4',
]);

/**
 * The kit's words from its catalogues; ticks, values, dates and the table through `Intl`: `locale="en-US"`,
 * an ancestor's `lang="de-DE"` (decimal commas, "Okt."), `locale="ja-JP"`, and Arabic (`lang="ar"`), right to left.
 */
export const Locales: Story = {
  parameters: { trendWidth: 'none' },
  args: { data: 'weeklyEngagedTeams' },
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(24rem, 100%), 1fr)); gap: 1rem">
    ${trend({ ...args, locale: 'en-US' })}
    <div lang="de-DE">${trend(args)}</div>
    ${trend({ ...args, locale: 'ja-JP' })}
    <div lang="ar">${trend(args)}</div>
  </div>`,
  play: settlesWith(['warning'], async (_root, { canvasElement }) => {
    const [, german] = trendsIn(canvasElement);
    const ticks = [...german!.shadowRoot!.querySelectorAll('.axis--y text')].map((tick) => tick.textContent ?? '');
    // Thousands in German take a dot: 1.600, not 1,600.
    await expect(ticks.some((tick) => /^\d\.\d{3}$/.test(tick))).toBe(true);
    await Promise.all(trendsIn(canvasElement).map((t) => t.updateComplete));
    const toggles = trendsIn(canvasElement).map((t) => t.shadowRoot!.querySelector('[part~="table-toggle"]')?.textContent?.trim());
    await expect(toggles).toEqual(['Show as table', 'Als Tabelle anzeigen', '表で表示', 'العرض كجدول']);
  }),
};

/**
 * The default theme follows the page's `color-scheme` (light, then dark), and
 * a brand theme overrides the public tokens on any ancestor. Every overlay is
 * on: bands, glide path, projection, floor breaches, annotations, the
 * previous period and the guardrail lane.
 */
export const Theming: Story = {
  parameters: { trendWidth: 'none' },
  args: { data: 'activationRate', compare: true },
  // A column's least width gives way to the viewport's, so a phone shows one column without scrolling sideways.
  render: (args) => inEachTheme(() => trend(args), 'min(26rem, 100%)', BRAND_THEME),
  play: settlesAs(['good']),
};

/** Dark on its own, at full width: every overlay against the dark surface. */
export const Dark: Story = {
  name: 'Theming: dark',
  args: { data: 'weeklyEngagedTeams', compare: true, area: true },
  decorators: [(story) => html`<div style="color-scheme: dark; background: #101315; padding: 1rem">${story()}</div>`],
  play: settlesAs(['warning', 'guardrail-breached']),
};
