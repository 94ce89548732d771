/**
 * `<kpi-card>`: one story per state and feature, all from the shared fixtures.
 *
 * Every story pins `now` (the fixtures describe week 47 of 2026), so pace and
 * staleness read the same on every day the stories are opened. Network
 * states use scripted endpoints (.storybook/endpoints.ts), never a live server.
 * Each story's `play` waits for the custom states it is built to show, so the
 * stories double as tests, and the a11y addon fails any with an axe violation.
 */
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { serve } from '../.storybook/endpoints.js';
import '../src/kpi-card.js';
import type { KpiCard } from '../src/kpi-card.js';
import type { KpiSelectEvent } from '../src/index.js';
import { activationRate, HTML_PAYLOAD, invalidDocument, kpiFixtures, weeklyEngagedTeams } from './fixtures/index.js';
import {
  answersOnceThenFails,
  brandTheme,
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

/** Saturday 19 September 2026: eleven days before `retention7d`'s deadline. */
const BEFORE_RETENTION_DEADLINE = Date.UTC(2026, 8, 19, 9);

/** Fixtures selectable in the `data` control, by name. */
const DATA = { ...kpiFixtures, invalidDocument };

/** The story's inputs: the args every element shares, plus the card's own. */
interface CardArgs extends SourceArgs {
  sparkline?: boolean;
  onKpiSelect?: (event: KpiSelectEvent) => void;
}

/** The card with every arg bound: attributes as attributes, objects as properties. */
function card(args: CardArgs): TemplateResult {
  return html`<kpi-card
    ${sourceBindings(args)}
    ?sparkline=${args.sparkline ?? false}
    @kpi-select=${args.onKpiSelect}
  ></kpi-card>`;
}

/** A `play` that waits until every card in the story shows `states` (custom states, `:state(…)`). */
function settlesAs(...states: string[]) {
  return ({ canvasElement }: StoryContext<CardArgs>): Promise<void> => waitUntilSettled(canvasElement, 'kpi-card', states, { timeout: 3000 });
}

/** The first card's shadow root, once the card is in the expected state. */
const shadowOf = (canvasElement: HTMLElement): ShadowRoot => shadowRootOf(canvasElement, 'kpi-card');

const meta = {
  title: 'Elements/kpi-card',
  component: 'kpi-card',
  tags: ['autodocs'],
  render: card,
  // Cards live in dashboard grids; a story shows one at a typical grid width.
  decorators: [typicalWidth('cardWidth', '22rem')],
  args: {
    now: REVIEW,
  },
  argTypes: sourceArgTypes(DATA),
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

// Overview ---------------------------------------------------------------------

/**
 * A leading KPI, higher is better, with everything on: good status from its
 * bands, the change since yesterday, on track towards 40 % by 31 December,
 * bullet graph, sparkline with two gaps, and a guardrail that holds.
 */
export const Default: Story = {
  args: { data: 'activationRate', sparkline: true },
  play: settlesAs('good'),
};

// Direction ------------------------------------------------------------------------

/**
 * Higher is better, a single value and no series: SAP-style thresholds
 * (acceptance from 99.9 %, deviation from 99.5 %) and a fixed reference to compare with.
 */
export const IncreaseIsBetter: Story = {
  name: 'Direction: higher is better',
  args: { data: 'apiAvailability' },
  play: settlesAs('good'),
};

/**
 * Lower is better (`direction: "decrease"`): 33.5 h against a tolerance of
 * 30 h is a warning, and the rise since last week reads as worse.
 */
export const DecreaseIsBetter: Story = {
  name: 'Direction: lower is better',
  args: { data: 'timeToFirstValue', sparkline: true },
  play: settlesAs('warning'),
};

/**
 * Closest to the target is best (`direction: "target"`): 68 % against 70 %,
 * inside the 65–75 % tolerance. The sparkline shades the good band.
 */
export const TargetIsBest: Story = {
  name: 'Direction: closest to target',
  args: { data: 'clusterUtilisation', sparkline: true },
  play: settlesAs('good'),
};

// Bands ------------------------------------------------------------------------

/** Four named bands ("shrinking", "flat", "healthy", "best in class"): 108.1 % is healthy, compared with 12 months ago. */
export const BandsNamed: Story = {
  name: 'Bands: named ranges',
  args: { data: 'netRevenueRetention', sparkline: true },
  play: settlesAs('good'),
};

/** Bands of a lower-is-better KPI run good → warning → critical: churn at 2.7 % is critical. */
export const BandsLowerIsBetter: Story = {
  name: 'Bands: lower is better',
  args: { data: 'logoChurn', sparkline: true },
  play: settlesAs('critical'),
};

/** The same data with `y-domain="zero"`: the axis starts at zero, so the climb looks as large as it is. */
export const AxisFromZero: Story = {
  name: 'Sparkline axis from zero',
  args: { data: 'logoChurn', sparkline: true, 'y-domain': 'zero' },
  play: settlesAs('critical'),
};

// Pace -------------------------------------------------------------------------------

/**
 * Behind pace: 40 % on 18 September, where the straight line from 38 % on
 * 1 July to 45 % on 30 September expects about 44 %. `now` is pinned to
 * 19 September; judged today the data would also be stale.
 */
export const PaceBehind: Story = {
  name: 'Pace: behind (pinned date)',
  args: { data: 'retention7d', sparkline: true, now: BEFORE_RETENTION_DEADLINE },
  play: settlesAs('warning'),
};

/** Behind pace on a live quarter: 15 % where the line from 14 % to 18 % by 31 December expects about 16.2 %. */
export const PaceBehindLiveQuarter: Story = {
  name: 'Pace: behind on a live quarter',
  args: { data: 'trialToPaid', sparkline: true },
  play: settlesAs('warning'),
};

/** On track: the trend since the onboarding release projects past the 40 % target. */
export const PaceOnTrack: Story = {
  name: 'Pace: on track',
  args: { data: 'activationRate' },
  play: settlesAs('good'),
};

// Guardrails --------------------------------------------------------------------------

/**
 * On target, but a guardrail is breached: support tickets at 512 a week
 * against a ceiling of 450. The override turns a good KPI into a warning, and
 * the breached chip is drawn heavier, with its own icon and word.
 */
export const GuardrailBreached: Story = {
  name: 'Guardrail breached',
  args: { data: 'weeklyEngagedTeams', sparkline: true },
  play: settlesAs('warning', 'guardrail-breached'),
};

// Data states -----------------------------------------------------------------------

/**
 * Waiting for `src`: the endpoint never answers, so the skeleton stays. It
 * keeps the card's minimum height, so nothing shifts when data arrives.
 */
export const Loading: Story = {
  args: { src: '/api/kpis/activation-rate.json', label: 'Activation rate' },
  beforeEach: () => serve({ '/api/kpis/activation-rate.json': () => ({ hang: true }) }),
  play: settlesAs('loading'),
};

/** Valid, but nothing to show yet: a new metric whose first month has not closed (`series: []`). */
export const Empty: Story = {
  args: { data: 'emptyExpansionMrr' },
  play: settlesAs('empty'),
};

/**
 * Invalid data, as a hand-edited spreadsheet export would be. The error names
 * each bad field by its JSON Pointer and says what was expected.
 */
export const ErrorInvalidDocument: Story = {
  name: 'Error: invalid document',
  args: { data: 'invalidDocument', label: '7-day retention' },
  play: async (context) => {
    await settlesAs('error')(context);
    const text = shadowOf(context.canvasElement).querySelector('[part~="error"]')?.textContent ?? '';
    await expect(text).toContain('/target/value');
    await expect(text).toContain('/series/2/v');
  },
};

/**
 * The same invalid data on a German page: the details for the page's author are in the card's language, the
 * JSON paths and the values as received stay as they are.
 */
export const ErrorInvalidDocumentInGerman: Story = {
  name: 'Error: invalid document, in German',
  args: { data: 'invalidDocument', label: '7-Tage-Bindung', locale: 'de-DE' },
  play: async (context) => {
    await settlesAs('error')(context);
    const text = shadowOf(context.canvasElement).querySelector('[part~="error"]')?.textContent ?? '';
    await expect(text).toContain('/target/value: erwartet wird eine Zahl');
    await expect(text).not.toContain('expected');
    // Opened, as the author would to read them.
    const details = shadowOf(context.canvasElement).querySelector('details');
    if (details) details.open = true;
  },
};

/** The URL answered with a sign-in page instead of JSON, as behind an expired SSO session. */
export const ErrorNotJson: Story = {
  name: 'Error: not JSON',
  args: { src: '/api/kpis/net-revenue-retention.json', label: 'Net revenue retention' },
  beforeEach: () =>
    serve({
      '/api/kpis/net-revenue-retention.json': () => ({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>Sign in · Acme SSO</title><form action="/login"></form>',
      }),
    }),
  play: settlesAs('error'),
};

/** A daily feed that stopped on 1 September, with `maxAge: "P2D"`: the stale badge says how old the data is. */
export const Stale: Story = {
  args: { data: 'staleSignups', sparkline: true },
  play: settlesAs('stale'),
};

/**
 * The first request answers, the refresh after it fails with 503: the card
 * keeps the last good data and says the refresh failed.
 */
export const RefreshFailed: Story = {
  name: 'Refresh failed',
  args: { src: '/api/kpis/activation-rate.json' },
  beforeEach: () => serve({ '/api/kpis/activation-rate.json': answersOnceThenFails(activationRate) }),
  render: (args) => reloadsOnceLoaded(card(args)),
  play: settlesAs('good', 'refresh-failed'),
};

/**
 * Markup in every free-text field (label, owner, goal, band labels, unit,
 * guardrail): it shows as literal text and nothing runs.
 */
export const HtmlPayloadIsInert: Story = {
  name: 'HTML payload is inert',
  args: { data: 'htmlPayload' },
  play: async (context) => {
    await settlesAs('warning')(context);
    const root = shadowOf(context.canvasElement);
    await expect(root.querySelector('[part~="label"]')?.textContent).toBe(HTML_PAYLOAD);
    await expect(root.querySelector('img, iframe, script, style, marquee, a, i, b, u')).toBeNull();
  },
};

// Sources and mapping ------------------------------------------------------------------

/**
 * Any JSON, mapped with attributes: `value-pointer` and `series-pointer` are
 * JSON Pointers into an API response (demo/data/metrics.json), `time-key` and
 * `value-key` name the record fields, and `label` and `format` fill in what
 * the API does not say. Without an `id`, the KPI id is the label as a slug.
 */
export const PointerMapping: Story = {
  name: 'Mapping: JSON Pointers',
  args: {
    src: 'data/metrics.json',
    'value-pointer': '/metrics/retention/d7/current',
    'series-pointer': '/metrics/retention/d7/history',
    'time-key': 'date',
    'value-key': 'value',
    label: '7-day retention',
    format: 'percent',
    sparkline: true,
  },
  play: settlesAs('neutral'),
};

/**
 * The same response, with the KPI's definition (target, baseline, comparison)
 * inside it: `kpi-pointer` picks the document, and the value and series
 * pointers fill in its data.
 */
export const KpiPointer: Story = {
  name: 'Mapping: document inside a response',
  args: {
    src: 'data/metrics.json',
    'kpi-pointer': '/metrics/retention/d7/definition',
    'value-pointer': '/metrics/retention/d7/current',
    'series-pointer': '/metrics/retention/d7/history',
    'time-key': 'date',
    'value-key': 'value',
    sparkline: true,
  },
  play: async (context) => {
    const card = context.canvasElement.querySelector<KpiCard>('kpi-card');
    await waitFor(() => expect(card?.kpi?.id).toBe('retention-d7'), { timeout: 3000 });
  },
};

/** A warehouse export in rows, reshaped into a KPI document by the `transform` property. */
export const Transform: Story = {
  name: 'Mapping: transform',
  args: {
    data: {
      metric: 'nps',
      title: 'Net Promoter Score',
      goal: 45,
      columns: ['quarter_end', 'score'],
      rows: [
        ['2025-12-31', 31],
        ['2026-03-31', 34],
        ['2026-06-30', 38],
        ['2026-09-30', 41],
      ],
    },
    transform: (json) => {
      const source = json as { metric: string; title: string; goal: number; rows: [string, number][] };
      return {
        id: source.metric,
        label: source.title,
        format: { maximumFractionDigits: 0 },
        cadence: 'quarterly',
        series: source.rows.map(([t, v]) => ({ t, v })),
        target: { value: source.goal },
        comparison: { type: 'previous', label: 'vs last quarter' },
      };
    },
    sparkline: true,
  },
  play: settlesAs('warning'),
};

/**
 * Inline JSON: the document in a `<script type="application/json">` child.
 * No request, and it renders as soon as the element upgrades.
 */
export const InlineJson: Story = {
  name: 'Inline JSON',
  render: (args) => {
    const element = document.createElement('kpi-card');
    element.now = args.now;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(kpiFixtures.apiAvailability, null, 2);
    element.append(script);
    return element;
  },
  play: settlesAs('good'),
};

// Locales, theming, size ---------------------------------------------------------------

/**
 * The kit's words from its catalogues, numbers, dates, units and relative times through `Intl`:
 * `locale="en-US"`, an ancestor's `lang="de-DE"`, `locale="ja-JP"`, and Arabic right to left
 * (`lang="ar"` on an ancestor; the card sets its own direction). The toolbar's Locale switches every story.
 */
export const Locales: Story = {
  parameters: { cardWidth: 'none' },
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem">
    ${card({ ...args, data: weeklyEngagedTeams, locale: 'en-US' })}
    <div lang="de-DE">${card({ ...args, data: weeklyEngagedTeams })}</div>
    ${card({ ...args, data: weeklyEngagedTeams, locale: 'ja-JP' })}
    <div lang="ar">${card({ ...args, data: weeklyEngagedTeams })}</div>
  </div>`,
  args: { sparkline: true },
  play: async (context) => {
    await settlesAs('warning')(context);
    const cards = [...context.canvasElement.querySelectorAll<KpiCard>('kpi-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    const words = cards.map((c) => c.shadowRoot!.querySelector('[part~="target"]')?.textContent?.trim() ?? '');
    await expect(words[0]).toMatch(/^Target /);
    await expect(words[1]).toMatch(/^Ziel /);
    await expect(words[2]).toMatch(/^目標/);
    await expect(words[3]).toMatch(/^الهدف/);
    await expect(getComputedStyle(cards[3]!.shadowRoot!.querySelector('[part~="base"]')!).direction).toBe('rtl');
  },
};

/** The brand theme with the card's own tokens: its band, measure and sparkline colours. */
const BRAND_THEME = brandTheme([
  '--kpi-color-band-good: #f1e8d6',
  '--kpi-color-band-warning: #e3d4b8',
  '--kpi-color-band-critical: #cfbb97',
  '--kpi-color-measure: #1f2a44',
  '--kpi-color-target: #6d28d9',
  '--kpi-color-line: #6d28d9',
  '--kpi-color-skeleton: #efe6d4',
]);

/**
 * The default theme follows the page's `color-scheme` (light, then dark), and
 * a brand theme overrides the public tokens on any ancestor.
 */
export const Theming: Story = {
  parameters: { cardWidth: 'none' },
  args: { data: 'activationRate', sparkline: true },
  render: (args) => inEachTheme(() => card(args), '18rem', BRAND_THEME),
  play: settlesAs('good'),
};

/** 200 px wide: the value wraps rather than clips, and the secondary words give way first. */
export const Narrow: Story = {
  name: 'Narrow (200 px)',
  parameters: { cardWidth: '200px' },
  args: { data: 'weeklyEngagedTeams', sparkline: true },
  play: async (context) => {
    await settlesAs('warning')(context);
    const value = shadowOf(context.canvasElement).querySelector<HTMLElement>('[part~="value"]');
    await expect(value, 'the value part').not.toBeNull();
    // Nothing of the value is cut off: its content fits inside its own box.
    await expect(value!.scrollWidth).toBeLessThanOrEqual(value!.clientWidth);
  },
};
