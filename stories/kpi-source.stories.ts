/**
 * `<kpi-source>`: one JSON, many readers. It renders nothing, so every story
 * shows the source together with the cards and trends that read it with
 * `source="<id>"` and their own pointers, all from one API response
 * (fixtures/ops-review.ts, the intranet demo page's data).
 *
 * The data is in the story (the `data` property, inline JSON, or a scripted
 * endpoint from .storybook/endpoints.ts), never a live server, so nothing
 * depends on network timing. Readers pin `now` to the review (week 47 of
 * 2026). Each story's `play` waits for what it is built to show and asserts
 * it, so the stories double as tests, and the a11y addon fails any with an
 * axe violation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { serve, type Endpoint } from '../.storybook/endpoints.js';
import '../src/kpi-card.js';
import '../src/kpi-source.js';
import '../src/kpi-trend.js';
import type { KpiCard } from '../src/kpi-card.js';
import type { KpiSource } from '../src/kpi-source.js';
import type { KpiTrend } from '../src/kpi-trend.js';
import type { KpiErrorEvent, KpiLoadEvent } from '../src/index.js';
import { OPS_READERS, opsWeeklyReview, type OpsReader, type OpsReaderName } from './fixtures/ops-review.js';
import { answersOnceThenFails, elementsIn, reloadsOnceLoaded, REVIEW } from './support/shared.js';

// Args and readers ------------------------------------------------------------------------

/** The source's inputs (attributes by their HTML names, properties by their JS names), plus the readers' pinned `now`. */
interface SourceStoryArgs {
  id: string;
  src?: string;
  refresh?: number;
  credentials?: RequestCredentials;
  data?: unknown;
  transform?: (json: unknown) => unknown;
  /** Not the source's: the time its readers judge pace and staleness at. */
  now: number;
  onKpiLoad?: (event: KpiLoadEvent) => void;
  onKpiError?: (event: KpiErrorEvent) => void;
}

/** Responses selectable in the `data` control, by name. */
const DATA = { opsWeeklyReview };

/** The source element with every arg bound. */
const sourceElement = (args: SourceStoryArgs): TemplateResult =>
  html`<kpi-source
    id=${args.id}
    src=${args.src ?? nothing}
    refresh=${args.refresh ?? nothing}
    credentials=${args.credentials ?? nothing}
    .data=${args.data}
    .transform=${args.transform}
    @kpi-load=${args.onKpiLoad}
    @kpi-error=${args.onKpiError}
  ></kpi-source>`;

const CARD = literal`kpi-card`;
const TREND = literal`kpi-trend`;

/** A card (with its sparkline) or a trend reading `reader`'s KPI from the source `sourceId`. */
const reading = (tag: StaticValue, sourceId: string, reader: OpsReader, now: number, labelled = false): TemplateResult =>
  staticHtml`<${tag}
    source=${sourceId}
    kpi-pointer=${reader['kpi-pointer'] ?? nothing}
    value-pointer=${reader['value-pointer']}
    series-pointer=${reader['series-pointer']}
    time-key=${reader['time-key']}
    value-key=${reader['value-key']}
    label=${reader.label ?? (labelled ? reader.name : nothing)}
    format=${reader.format ?? nothing}
    .now=${now}
    ?sparkline=${tag === CARD}
  ></${tag}>`;

/** Cards for `names`, in a dashboard grid. */
const cards = (sourceId: string, names: readonly OpsReaderName[], now: number, { labelled = false } = {}): TemplateResult =>
  html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem">
    ${names.map((name) => reading(CARD, sourceId, OPS_READERS[name], now, labelled))}
  </div>`;

/** The page's language, so numbers and units read as on the intranet page (en-GB: "37 mins"). */
const onPage = (content: TemplateResult): TemplateResult => html`<div lang="en-GB">${content}</div>`;

const ALL_CARDS: readonly OpsReaderName[] = ['csat', 'firstResponse', 'slaAttainment', 'backlog', 'solved', 'deflection', 'mttr', 'onCall'];
const THREE_CARDS: readonly OpsReaderName[] = ['csat', 'backlog', 'solved'];

// Plays -----------------------------------------------------------------------------------

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a reader shows in `part`. */
const shown = (reader: Element, part: string): string => text(reader.shadowRoot?.querySelector(`[part~="${part}"]`));

/** Every reader (card and trend) in the story. */
const readersIn = (canvasElement: HTMLElement): (KpiCard | KpiTrend)[] => elementsIn(canvasElement, 'kpi-card, kpi-trend');

/** The story's one source. */
function sourceIn(canvasElement: HTMLElement): KpiSource {
  const source = canvasElement.querySelector<KpiSource>('kpi-source');
  if (!source) throw new Error('no <kpi-source> in the story');
  return source;
}

/** Waits until every reader in the story shows all of `states` and none of `absent`. */
async function readersSettle(canvasElement: HTMLElement, states: readonly string[], absent: readonly string[] = []): Promise<void> {
  const readers = readersIn(canvasElement);
  await expect(readers.length, 'readers in the story').toBeGreaterThan(0);
  await waitFor(
    async () => {
      for (const reader of readers) {
        for (const state of states) await expect(reader.matches(`:state(${state})`), `<${reader.localName}> in :state(${state})`).toBe(true);
        for (const state of absent) await expect(reader.matches(`:state(${state})`), `<${reader.localName}> in :state(${state})`).toBe(false);
      }
    },
    { timeout: 4000 },
  );
}

/** Waits until every reader shows data (a status, not loading or an error). */
const readersShowData = (canvasElement: HTMLElement): Promise<void> =>
  waitFor(
    async () => {
      for (const reader of readersIn(canvasElement)) {
        await expect(reader.status, `<${reader.localName}> status`).toBeDefined();
        await expect(reader.matches(':state(loading)') || reader.matches(':state(error)'), `<${reader.localName}> loading or in error`).toBe(false);
      }
    },
    { timeout: 4000 },
  );

/** An endpoint that counts its requests, so a play can check one request per refresh however many readers there are. */
function counted(endpoint: Endpoint): { endpoint: Endpoint; requests: () => number } {
  let requests = 0;
  return {
    endpoint: (call) => {
      requests++;
      return endpoint(call);
    },
    requests: () => requests,
  };
}

/** The request counts of the running story's endpoint, set in its `beforeEach`. */
let reloadAllRequests: () => number = () => 0;
let refreshFailedRequests: () => number = () => 0;

/*
 * Every story gives its source its own id and its endpoint its own path: the
 * Docs page renders all stories in one document, where readers would otherwise
 * find another story's source, and a later story's route would answer for an
 * earlier one.
 */

// Meta ------------------------------------------------------------------------------------

const meta = {
  title: 'Elements/kpi-source',
  component: 'kpi-source',
  tags: ['autodocs'],
  render: (args) => onPage(html`${sourceElement(args)}${cards(args.id, THREE_CARDS, args.now)}`),
  args: {
    id: 'ops',
    now: REVIEW,
  },
  argTypes: {
    id: {
      description: 'The name readers use in `source="…"`. Readers look it up like `getElementById`, in their own shadow root first.',
      control: 'text',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    data: {
      description: 'The JSON its readers read, set as a property (never an attribute). Pick a response here.',
      options: Object.keys(DATA),
      mapping: DATA,
      control: 'select',
      table: { category: 'properties', type: { summary: 'unknown' } },
    },
    transform: { control: false, table: { category: 'properties' } },
    refresh: { control: { type: 'number', min: 0, step: 30 } },
    credentials: { control: 'inline-radio', options: ['same-origin', 'include', 'omit'] },
    now: {
      description: "Not the source's: the time its readers judge pace and staleness at (epoch ms). Stories pin it.",
      control: 'date',
      table: { category: 'readers' },
    },
  },
} satisfies Meta<SourceStoryArgs>;

export default meta;
type Story = StoryObj<SourceStoryArgs>;

// Sharing ---------------------------------------------------------------------------------

/**
 * One API response, read by eight cards and a trend. Each reader names the
 * source with `source="ops"` and picks its KPI with its own pointers: a
 * `definition` with `kpi-pointer` where the API has one, the current value
 * with `value-pointer`, and a history with `series-pointer` plus `time-key`
 * and `value-key`, because the API calls them `weekStart`/`score`,
 * `date`/`open`, `week`/`hours`. Replies within SLA and self-service
 * deflection have no definition, so `label` and `format` name them and they
 * have no status. Tickets solved is on target, but its reopen-rate guardrail
 * is breached.
 */
export const Default: Story = {
  name: 'Many readers, one response',
  args: { data: 'opsWeeklyReview' },
  render: (args) =>
    onPage(html`${sourceElement(args)}
      <div style="display: grid; gap: 1rem">
        ${cards(args.id, ALL_CARDS, args.now)} ${reading(TREND, args.id, OPS_READERS.firstResponse, args.now)}
      </div>`),
  play: async ({ canvasElement }) => {
    await readersShowData(canvasElement);
    const [cardEls, [trendEl]] = [elementsIn<KpiCard>(canvasElement, 'kpi-card'), elementsIn<KpiTrend>(canvasElement, 'kpi-trend')];
    await expect(cardEls.map((el) => shown(el, 'label'))).toEqual(ALL_CARDS.map((name) => OPS_READERS[name].name));
    await expect(cardEls.map((el) => shown(el, 'value'))).toEqual([
      '90.7%',
      '37 mins',
      '93.1%',
      '412 tickets',
      '3,874 tickets',
      '27.4%',
      '2.2 hrs',
      '17 pages',
    ]);
    await expect(cardEls.map((el) => el.status)).toEqual(['good', 'warning', 'neutral', 'warning', 'warning', 'neutral', 'good', 'good']);
    await expect(cardEls[4]!.matches(':state(guardrail-breached)')).toBe(true);
    await expect(shown(cardEls[4]!, 'guardrail-breached')).toContain('Reopened within 7 days');
    // The trend reads the same definition and history as the second card.
    await expect(trendEl?.kpi?.id).toBe('first-response-time');
    await expect(trendEl?.kpi?.series?.v.length).toBe(opsWeeklyReview.support.firstResponse.weekly.length);
    await expect(sourceIn(canvasElement).json).toEqual(opsWeeklyReview);
  },
};

/**
 * The response inside the source, in a `<script type="application/json">`
 * child: no request, and its readers render as soon as the kit is defined.
 * Here it holds only the reliability part of the response.
 */
export const InlineJson: Story = {
  name: 'Inline JSON',
  render: (args) => {
    const source = document.createElement('kpi-source');
    source.id = 'ops-inline';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ generatedAt: opsWeeklyReview.generatedAt, reliability: opsWeeklyReview.reliability }, null, 2);
    source.append(script);
    return onPage(html`${source}${cards('ops-inline', ['mttr', 'onCall'], args.now)}`);
  },
  play: async ({ canvasElement }) => {
    await readersSettle(canvasElement, ['good']);
    await expect(readersIn(canvasElement).map((el) => shown(el, 'value'))).toEqual(['2.2 hrs', '17 pages']);
  },
};

/**
 * A button that calls the source's `reload()`. The scripted endpoint answers
 * each request with fresher numbers; all three cards change together, and
 * the endpoint counts one request per refresh, not one per card.
 */
export const ReloadAll: Story = {
  name: 'Reload all: one request, every reader updates',
  args: { id: 'ops-reload', src: '/api/ops/reload.json' },
  beforeEach: () => {
    const later = structuredClone(opsWeeklyReview);
    later.generatedAt = '2026-11-23T09:15:00Z';
    later.support.csat.score = 0.911;
    later.support.backlog.open = 398;
    later.support.volume.solved = 3902;
    const api = counted((call) => ({ json: call === 0 ? opsWeeklyReview : later }));
    reloadAllRequests = api.requests;
    return serve({ '/api/ops/reload.json': api.endpoint });
  },
  render: (args) =>
    onPage(html`${sourceElement(args)}
      <p>
        <button type="button" @click=${(event: Event) => (event.currentTarget as HTMLElement).closest('div')?.querySelector('kpi-source')?.reload()}>
          Reload all
        </button>
      </p>
      ${cards(args.id, THREE_CARDS, args.now)}`),
  play: async ({ canvasElement }) => {
    const readers = readersIn(canvasElement);
    await waitFor(() => expect(readers.map((el) => shown(el, 'value'))).toEqual(['90.7%', '412 tickets', '3,874 tickets']), { timeout: 4000 });
    await expect(reloadAllRequests()).toBe(1);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Reload all' }));
    await waitFor(() => expect(readers.map((el) => shown(el, 'value'))).toEqual(['91.1%', '398 tickets', '3,902 tickets']), { timeout: 4000 });
    await expect(reloadAllRequests()).toBe(2);
  },
};
// Shared states ---------------------------------------------------------------------------

/** The endpoint has not answered yet: the source and every reader share its loading state. */
export const Loading: Story = {
  args: { id: 'ops-loading', src: '/api/ops/loading.json' },
  beforeEach: () => serve({ '/api/ops/loading.json': () => ({ hang: true }) }),
  play: async ({ canvasElement }) => {
    await readersSettle(canvasElement, ['loading']);
    await expect(sourceIn(canvasElement).matches(':state(loading)')).toBe(true);
  },
};

/**
 * The first request answered, the refresh after it failed with 503 (the
 * wrapper reloads once, as a `refresh` poll would, without waiting a
 * minute). Every reader keeps the last good data and says the refresh
 * failed, together: one failed request, not one per card.
 */
export const RefreshFailed: Story = {
  name: 'Refresh failed: readers keep the last good data',
  args: { id: 'ops-refresh-failed', src: '/api/ops/refresh-failed.json', refresh: 60 },
  beforeEach: () => {
    const api = counted(answersOnceThenFails(opsWeeklyReview));
    refreshFailedRequests = api.requests;
    return serve({ '/api/ops/refresh-failed.json': api.endpoint });
  },
  render: (args) => onPage(reloadsOnceLoaded(html`${sourceElement(args)}${cards(args.id, THREE_CARDS, args.now)}`)),
  play: async ({ canvasElement }) => {
    await readersSettle(canvasElement, ['refresh-failed'], ['error']);
    const readers = readersIn(canvasElement);
    await expect(readers.map((el) => shown(el, 'value'))).toEqual(['90.7%', '412 tickets', '3,874 tickets']);
    for (const reader of readers) await expect(shown(reader, 'warning')).toContain('503');
    await expect(sourceIn(canvasElement).matches(':state(refresh-failed)')).toBe(true);
    await expect(refreshFailedRequests()).toBe(2);
  },
};
/** The first request failed (an expired session: 401), so there is no good data: every reader shows the source's error. */
export const ErrorShared: Story = {
  name: 'Error: the source could not load',
  args: { id: 'ops-unauthorized', src: '/api/ops/unauthorized.json' },
  // Each reader's `label`: a card that never got its data still says which KPI it stands for.
  render: (args) => onPage(html`${sourceElement(args)}${cards(args.id, THREE_CARDS, args.now, { labelled: true })}`),
  beforeEach: () => serve({ '/api/ops/unauthorized.json': () => ({ status: 401, body: 'Unauthorized' }) }),
  play: async ({ canvasElement }) => {
    await readersSettle(canvasElement, ['error']);
    for (const reader of readersIn(canvasElement)) await expect(shown(reader, 'error')).toContain('401');
    await expect(readersIn(canvasElement).map((reader) => shown(reader, 'label'))).toEqual(THREE_CARDS.map((name) => OPS_READERS[name].name));
    await expect(sourceIn(canvasElement).matches(':state(error)')).toBe(true);
  },
};

// Finding the source ----------------------------------------------------------------------

/**
 * The page has `<kpi-source id="ops-review">`, but these readers say
 * `source="ops-weekly"`: each one's error names the id it could not find,
 * and how to fix it.
 */
export const MissingSource: Story = {
  name: 'Error: no source with that id',
  args: { id: 'ops-review', data: 'opsWeeklyReview' },
  render: (args) => onPage(html`${sourceElement(args)}${cards('ops-weekly', ['csat', 'solved'], args.now)}`),
  play: async ({ canvasElement }) => {
    await readersSettle(canvasElement, ['error']);
    for (const reader of readersIn(canvasElement)) {
      await expect(shown(reader, 'error')).toContain('No <kpi-source id="ops-weekly"> on this page');
    }
  },
};

/**
 * Readers first, the source later, as when a framework renders the
 * dashboard before the data layer: until then the readers say which source
 * they are waiting for; the button adds it, and they read it.
 */
export const AddedLater: Story = {
  name: 'Source added after its readers',
  render: (args) => {
    const addSource = (event: Event): void => {
      const button = event.currentTarget as HTMLButtonElement;
      const source = document.createElement('kpi-source');
      source.id = 'ops-late';
      source.data = opsWeeklyReview;
      button.closest('div')?.append(source);
      button.disabled = true;
    };
    return onPage(html`<p><button type="button" @click=${addSource}>Add the source</button></p>
      ${cards('ops-late', THREE_CARDS, args.now)}`);
  },
  play: async ({ canvasElement }) => {
    await readersSettle(canvasElement, ['error']);
    await expect(shown(readersIn(canvasElement)[0]!, 'error')).toContain('No <kpi-source id="ops-late"> on this page');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Add the source' }));
    await readersShowData(canvasElement);
    await expect(readersIn(canvasElement).map((el) => shown(el, 'value'))).toEqual(['90.7%', '412 tickets', '3,874 tickets']);
    for (const reader of readersIn(canvasElement)) await expect(reader.shadowRoot?.querySelector('[part~="error"]')).toBeNull();
  },
};
