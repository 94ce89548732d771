/**
 * Stream mode (`stream="sse"`): elements fed by Server-Sent Events, one story
 * per thing a live dashboard goes through: streaming, sharing one stream,
 * losing it and getting it back, and never getting it.
 *
 * The streams are real: Storybook's dev server (and the Vite server the story
 * tests run on) serves simulated feeds under `/__live/`
 * (.storybook/live-stream-server.ts): a snapshot of a KPI document with five
 * minutes of history, then one appended point a second. A static
 * `build-storybook` has no server, so there each story shows a note instead.
 *
 * Unlike the element stories, nothing pins `now`: the points are stamped with
 * the current second, so staleness is judged against the real clock. Each
 * `play` waits for the custom states the story is built to show (`:state(live)`,
 * `:state(reconnecting)`…), the badge that says them in words, and new points
 * arriving, with `waitFor`, never a fixed sleep.
 */
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '../src/kpi-card.js';
import '../src/kpi-source.js';
import '../src/kpi-trend.js';
import type { KpiCard } from '../src/kpi-card.js';
import type { KpiSource } from '../src/kpi-source.js';
import type { KpiTrend } from '../src/kpi-trend.js';
import { elementsIn, shadowRootOf } from './support/shared.js';

// The simulated feeds -------------------------------------------------------------------

/** Where .storybook/live-stream-server.ts serves its feeds, and how its status answer names itself. */
const LIVE = '/__live';
const LIVE_SERVICE = 'kpi-kit live stream simulator';

type Feed = 'checkout-success-rate' | 'orders-per-minute';

/**
 * A feed's URL. `client` tags the connection so a play can ask the server how
 * many it opened; `drop` has the server end each connection after that many
 * seconds; `refuse` has it answer 503.
 */
function feed(name: Feed, options: { client?: string; drop?: number; refuse?: boolean } = {}): string {
  const query = [
    ...(options.drop !== undefined ? [`drop=${options.drop}`] : []),
    ...(options.refuse ? ['refuse'] : []),
    ...(options.client !== undefined ? [`client=${encodeURIComponent(options.client)}`] : []),
  ];
  return `${LIVE}/${name}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

interface FeedStats {
  readonly opened: number;
  readonly open: number;
}

async function statsOf(client: string): Promise<FeedStats> {
  const response = await fetch(`${LIVE}/status?client=${encodeURIComponent(client)}`, { cache: 'no-store' });
  return (await response.json()) as FeedStats;
}

let probing: Promise<boolean> | undefined;

/** Whether the feeds are served here: the dev server answers its status; a static build has nothing there. */
function feedsServed(): Promise<boolean> {
  probing ??= fetch(`${LIVE}/status`, { cache: 'no-store' })
    .then(async (response) => {
      if (!response.ok || !(response.headers.get('Content-Type') ?? '').includes('json')) return false;
      const body = (await response.json()) as { service?: unknown };
      return body.service === LIVE_SERVICE;
    })
    .catch(() => false);
  return probing;
}

const isDevServer = (import.meta as ImportMeta & { env?: { DEV?: boolean } }).env?.DEV === true;

/** What the loader gives every story: whether the feeds are there, and a tag for this render's connections. */
interface Live {
  readonly served: boolean;
  readonly client: string;
}

const liveOf = (context: StoryContext): Live => context.loaded as Live;

let renders = 0;

// Degrading in a static build -----------------------------------------------------------

/** In place of the story where no feeds are served: why, and what to run instead. */
function noFeeds(): TemplateResult {
  return html`<p
    class="live-note"
    role="note"
    style="max-inline-size: 40rem; margin: 0; padding: 0.75rem 1rem; border: 1px solid #8a6d1f; border-inline-start-width: 4px; border-radius: 4px; background: #fff8e1; color: #3d3000; font: 0.95rem/1.4 system-ui, sans-serif"
  >
    ${
      isDevServer
        ? html`The simulated live feeds did not answer at <code>${LIVE}/status</code>. They come from
          <code>.storybook/live-stream-server.ts</code>, which <code>.storybook/main.ts</code> registers in
          <code>viteFinal</code>.`
        : html`This story streams from simulated live feeds that only Storybook's dev server has. This static build
          has none: run <code>npm run storybook</code> to see it live.`
    }
  </p>`;
}

/** The story, or the note when no feeds are served. */
function whenServed(render: (live: Live) => TemplateResult) {
  return (_args: unknown, context: StoryContext): TemplateResult => {
    const live = liveOf(context);
    return live.served ? render(live) : noFeeds();
  };
}

/**
 * The story's play, where the feeds are served. Where they are not, the note
 * must be showing instead, and only a static build may lack them: in the dev
 * server and the story tests, a missing feed fails the play.
 */
function playWhenServed(play: (context: StoryContext, live: Live) => Promise<void>) {
  return async (context: StoryContext): Promise<void> => {
    const live = liveOf(context);
    if (live.served) return play(context, live);
    await expect(context.canvasElement.querySelector('.live-note'), 'the note that the live feeds are missing').not.toBeNull();
    if (isDevServer) throw new Error(`No live feeds at ${LIVE}/status: register liveStreamServer() in .storybook/main.ts viteFinal`);
  };
}

// Plays -----------------------------------------------------------------------------------

type LiveElement = KpiCard | KpiTrend;

/** Generous: a snapshot is one request, a reconnect waits up to a second first, and the test machine may be busy. */
const TIMEOUT = 10_000;

const inState = (element: Element, state: string): boolean => element.matches(`:state(${state})`);

/** The text of a part in the element's shadow root, whitespace collapsed; '' when it is not there. */
function partText(element: Element, part: string): string {
  return element.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

const pointCount = (element: LiveElement): number => element.kpi?.series?.t.length ?? 0;
const lastTime = (element: LiveElement): number | undefined => {
  const t = element.kpi?.series?.t;
  return t && t.length > 0 ? Number(t[t.length - 1]) : undefined;
};

/** Waits until every element is `:state(live)`, with data, and its badge says "Live". */
async function untilLive(elements: readonly LiveElement[]): Promise<void> {
  await expect(elements.length, 'live elements in the story').toBeGreaterThan(0);
  await waitFor(
    async () => {
      for (const element of elements) {
        await expect(inState(element, 'live'), `<${element.localName}> in :state(live)`).toBe(true);
        await expect(element.kpi, `<${element.localName}> shows the snapshot`).toBeDefined();
        await expect(partText(element, 'live'), `<${element.localName}>'s badge`).toBe('Live');
      }
    },
    { timeout: TIMEOUT },
  );
}

/** Waits until each element's series has grown past what it holds now: the patches are arriving. */
async function untilPointsArrive(elements: readonly LiveElement[]): Promise<void> {
  const before = elements.map(pointCount);
  await waitFor(
    async () => {
      for (const [index, element] of elements.entries()) {
        await expect(pointCount(element), `<${element.localName}>'s points`).toBeGreaterThan(before[index] ?? 0);
      }
    },
    { timeout: TIMEOUT },
  );
}

const liveElementsIn = (canvasElement: HTMLElement): LiveElement[] => elementsIn<LiveElement>(canvasElement, 'kpi-card, kpi-trend');

// Layout ----------------------------------------------------------------------------------

/** A card beside a trend, at the widths they have in a dashboard, wrapping when narrow. */
const cardAndTrend = (card: TemplateResult, trend: TemplateResult): TemplateResult =>
  html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; align-items: start; max-inline-size: 66rem">
    <div style="max-inline-size: 22rem">${card}</div>
    <div style="min-inline-size: 0">${trend}</div>
  </div>`;

// Meta ------------------------------------------------------------------------------------

/**
 * Elements with `stream="sse"` read `src` as a Server-Sent Events stream: an
 * `event: snapshot` with the whole KPI document, then `event: patch` JSON
 * Patches, here one point appended to `/series` a second. The documents have
 * no `value`, so the latest point is the value and `<kpi-trend>` appends it
 * without reading the document again. A "Live" / "Reconnecting" badge says
 * how the stream is doing, and the element reconnects on its own.
 *
 * **These stories need `npm run storybook`**: the simulated feeds come from
 * its dev server (.storybook/live-stream-server.ts). A static
 * `build-storybook` shows a note in their place.
 */
const meta = {
  title: 'Patterns/Live stream',
  tags: ['autodocs'],
  loaders: [async () => ({ served: await feedsServed(), client: `live-${Date.now().toString(36)}-${++renders}` }) satisfies Live],
} satisfies Meta;

export default meta;
type Story = StoryObj;

// Stories ---------------------------------------------------------------------------------

/**
 * Each element on a stream of its own: checkout success rate as a trend
 * against its 98.5 % target, orders per minute as a card with a sparkline.
 * Both say "Live", and a point arrives every second: the trend appends it to
 * its line, the card shows it as the value.
 */
export const OwnStreams: Story = {
  name: 'Each element on its own stream',
  render: whenServed(
    ({ client }) =>
      html`${cardAndTrend(
        html`<kpi-card stream="sse" src=${feed('orders-per-minute', { client })} sparkline></kpi-card>`,
        html`<kpi-trend stream="sse" src=${feed('checkout-success-rate', { client })}></kpi-trend>`,
      )}`,
  ),
  play: playWhenServed(async ({ canvasElement }, { client }) => {
    const elements = liveElementsIn(canvasElement);
    await expect(elements.map((element) => element.localName)).toEqual(['kpi-card', 'kpi-trend']);
    await untilLive(elements);
    await untilPointsArrive(elements);
    await expect(partText(elements[0]!, 'value'), 'the card shows a value').not.toBe('');
    await expect((await statsOf(client)).opened, 'one connection per element').toBe(2);
  }),
};

/**
 * One `<kpi-source stream="sse">` and two readers: the card and the trend read
 * the source's JSON (`source="live-orders"`), so the page holds one
 * connection, both show the same points, and both share the source's live state.
 */
export const SharedStream: Story = {
  name: 'One stream, shared by a card and a trend',
  render: whenServed(
    ({ client }) => html`
      <kpi-source id="live-orders" stream="sse" src=${feed('orders-per-minute', { client })}></kpi-source>
      ${cardAndTrend(html`<kpi-card source="live-orders" sparkline></kpi-card>`, html`<kpi-trend source="live-orders" area></kpi-trend>`)}
    `,
  ),
  play: playWhenServed(async ({ canvasElement }, { client }) => {
    const source = canvasElement.querySelector<KpiSource>('kpi-source');
    const readers = liveElementsIn(canvasElement);
    await untilLive(readers);
    await expect(source !== null && inState(source, 'live'), '<kpi-source> in :state(live)').toBe(true);
    await untilPointsArrive(readers);
    // A patch reaches both readers together: they end on the same point.
    await waitFor(() => expect(lastTime(readers[0]!)).toBe(lastTime(readers[1]!)), { timeout: TIMEOUT });
    const { opened, open } = await statsOf(client);
    await expect({ opened, open }, 'one connection, still open').toEqual({ opened: 1, open: 1 });
  }),
};

/**
 * The server ends the stream every four seconds, as a restarting server
 * would. The trend says "Reconnecting" and why, keeps its line meanwhile,
 * reconnects after about a second, catches up from the new snapshot, and
 * says "Live" again.
 */
export const DropsAndReconnects: Story = {
  name: 'A stream that drops and reconnects',
  render: whenServed(
    ({ client }) => html`<div style="max-inline-size: 44rem">
      <kpi-trend stream="sse" src=${feed('orders-per-minute', { client, drop: 4 })}></kpi-trend>
    </div>`,
  ),
  play: playWhenServed(async ({ canvasElement }, { client }) => {
    const trend = elementsIn<KpiTrend>(canvasElement, 'kpi-trend')[0]!;
    await untilLive([trend]);
    await waitFor(
      async () => {
        await expect(inState(trend, 'reconnecting'), ':state(reconnecting)').toBe(true);
        await expect(partText(trend, 'live')).toBe('Reconnecting');
        await expect(partText(trend, 'warning')).toContain('Lost the live stream');
      },
      { timeout: TIMEOUT },
    );
    await expect(trend.kpi, 'the last data stays while reconnecting').toBeDefined();
    await untilLive([trend]);
    await expect(partText(trend, 'warning'), 'the warning goes once live again').toBe('');
    await expect((await statsOf(client)).opened, 'connections opened').toBeGreaterThanOrEqual(2);
    await untilPointsArrive([trend]);
  }),
};

/**
 * The stream is refused from the start (503, every time): with no data to
 * keep, the card shows the error and when it will try again, and stays
 * `:state(reconnecting)`, retrying with growing waits (1 s, 2 s, 4 s … 30 s).
 */
export const CannotConnect: Story = {
  name: 'A stream that cannot connect',
  render: whenServed(
    () => html`<div style="max-inline-size: 22rem">
      <kpi-card stream="sse" src=${feed('checkout-success-rate', { refuse: true })} label="Checkout success rate"></kpi-card>
    </div>`,
  ),
  play: playWhenServed(async ({ canvasElement }) => {
    const card = elementsIn<KpiCard>(canvasElement, 'kpi-card')[0]!;
    await waitFor(
      async () => {
        await expect(inState(card, 'error'), ':state(error)').toBe(true);
        await expect(inState(card, 'reconnecting'), ':state(reconnecting)').toBe(true);
        await expect(partText(card, 'error')).toMatch(/live stream .*reconnecting in \d+ s/);
      },
      { timeout: TIMEOUT },
    );
    await expect(inState(card, 'live'), 'never live').toBe(false);
    await expect(card.kpi, 'no data to show').toBeUndefined();
    await expect(shadowRootOf(canvasElement, 'kpi-card').querySelector('[part~="label"]')?.textContent).toBe('Checkout success rate');
  }),
};
