/**
 * Stream mode (`stream="sse"`) in the elements: a snapshot, then patches taken
 * through the trend's append path; the live/reconnecting indicator; one stream
 * for the readers of a `<kpi-source>`; buffering while the tab is hidden within
 * `max-points`; and no connection left open by elements that went away.
 * Against the scripted SSE endpoints of support/stream-endpoints.js.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/kpi-card.js';
import '../../src/kpi-source.js';
import '../../src/kpi-trend.js';
import '../../src/leading-lagging-board.js';
import type { KpiCard } from '../../src/kpi-card.js';
import type { KpiTrend } from '../../src/kpi-trend.js';
import type { Kpi } from '../../src/core/model.js';
import { instrument } from './support/leak-probe.js';
import { restorePageVisibility, setPageVisibility } from './support/source-harness.js';

const until = { timeout: 6000, interval: 10 } as const;
let keyCount = 0;

interface StreamStats {
  readonly opened: number;
  readonly open: number;
}

interface Stream {
  readonly url: string;
  /** Appends one point per value (a minute apart) with a patch of `add /series/-` operations only (the document has no `value`: the latest point is it). */
  push(...values: number[]): Promise<number>;
  /** A patch that also sets `/value`: not only appends. */
  pushWithValue(...values: number[]): Promise<number>;
  send(event: string, data: string): Promise<number>;
  drop(): Promise<void>;
  stats(): Promise<StreamStats>;
}

function stream(): Stream {
  const key = `stream-${Date.now().toString(36)}-${++keyCount}`;
  const call = async (path: string, query: Record<string, string> = {}) =>
    (await fetch(`/__kpi-stream/${path}?${new URLSearchParams({ key, ...query })}`)).json();
  return {
    url: `/__kpi-stream/stream?key=${key}&points=only`,
    push: async (...values) => ((await call('push', { v: values.join(','), value: 'keep' })) as { sent: number }).sent,
    pushWithValue: async (...values) => ((await call('push', { v: values.join(',') })) as { sent: number }).sent,
    send: async (event, data) => ((await call('push', { event, data })) as { sent: number }).sent,
    drop: async () => {
      await fetch(`/__kpi-stream/drop?key=${key}`);
    },
    stats: async () => (await call('stats')) as StreamStats,
  };
}

const added = new Set<Element>();
function add<T extends Element>(el: T): T {
  document.body.append(el);
  added.add(el);
  return el;
}

function streamed<K extends 'kpi-card' | 'kpi-trend' | 'kpi-source' | 'leading-lagging-board'>(tag: K, url: string, setup: (el: HTMLElementTagNameMap[K]) => void = () => undefined) {
  const el = document.createElement(tag);
  el.stream = 'sse';
  el.src = url;
  setup(el);
  return el;
}

const shown = (el: Element, part: string): string =>
  el.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const states = (el: Element): ElementInternals['states'] => (el as unknown as { internals: ElementInternals }).internals.states;
/** The KPI the element's source last interpreted: unchanged when points came through the append path. */
const loaded = (el: KpiTrend | KpiCard): Kpi | undefined =>
  (el as unknown as { sourceController: { value?: { kpi: Kpi } } }).sourceController.value?.kpi;
const pointCount = (el: KpiTrend | KpiCard): number => el.kpi?.series?.t.length ?? 0;

/** Waits frame by frame, not with timers (waitUntil leaves its timeout timer behind, which a leak count would see). */
async function framesUntil(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let frame = 0; frame < 600; frame++) {
    if (await condition()) return;
    await new Promise((done) => requestAnimationFrame(done));
  }
  throw new Error(`Gave up waiting: ${what}`);
}

describe('stream mode (stream="sse")', () => {
  afterEach(() => {
    for (const el of added) el.remove();
    added.clear();
    restorePageVisibility();
  });

  it('shows the snapshot, then appends patched points through the trend’s append path', async () => {
    const sse = stream();
    const trend = add(streamed('kpi-trend', sse.url));
    await waitUntil(() => trend.kpi !== undefined && states(trend).has('live'), 'the snapshot', until);
    await trend.updateComplete;
    expect(shown(trend, 'live')).to.equal('Live');
    const before = pointCount(trend);
    const first = loaded(trend);

    expect(await sse.push(5, 6)).to.equal(1);
    await waitUntil(() => pointCount(trend) === before + 2, 'two points appended', until);
    // Appended in place: the source's KPI was not read again.
    expect(loaded(trend)).to.equal(first);
    expect(Array.from(trend.kpi!.series!.v.slice(-2))).to.deep.equal([5, 6]);
  });

  it('reads the JSON again for a patch that is not only appends', async () => {
    const sse = stream();
    const trend = add(streamed('kpi-trend', sse.url));
    await waitUntil(() => trend.kpi !== undefined, 'the snapshot', until);
    const first = loaded(trend);
    await sse.pushWithValue(9);
    await waitUntil(() => trend.kpi?.value === 9, 'the new value', until);
    expect(loaded(trend)).not.to.equal(first);
  });

  it('shows a card’s new value from appended points', async () => {
    const sse = stream();
    const card = add(streamed('kpi-card', sse.url));
    await waitUntil(() => card.kpi !== undefined, 'the snapshot', until);
    await sse.push(77);
    await waitUntil(() => shown(card, 'value') === '77', 'the appended point is the value', until);
  });

  it('says it is reconnecting when the stream drops, then catches up from the new snapshot', async () => {
    const sse = stream();
    const trend = add(streamed('kpi-trend', sse.url));
    await waitUntil(() => states(trend).has('live'), 'live', until);
    await sse.drop();
    await waitUntil(() => states(trend).has('reconnecting'), 'reconnecting', until);
    await trend.updateComplete;
    expect(shown(trend, 'live')).to.equal('Reconnecting');
    expect(shown(trend, 'warning')).to.contain('Lost the live stream');
    // The last data stays meanwhile.
    expect(trend.kpi).not.to.equal(undefined);
    await waitUntil(() => states(trend).has('live'), 'live again', until);
    await trend.updateComplete;
    expect(shown(trend, 'warning')).to.equal('');
    expect((await sse.stats()).opened).to.equal(2);
    await sse.push(3);
    await waitUntil(() => trend.kpi?.series?.v.at(-1) === 3, 'patches flow again', until);
  });

  it('shows the board live, then reconnecting in its header, keeping the board on screen', async () => {
    const sse = stream();
    const board = add(streamed('leading-lagging-board', sse.url.replace('points=only', 'doc=board')));
    await waitUntil(() => states(board).has('live'), 'live', until);
    await board.updateComplete;
    expect(shown(board, 'live')).to.equal('Live');
    expect(shown(board, 'label')).to.equal('Live board');
    await sse.drop();
    await waitUntil(() => states(board).has('reconnecting'), 'reconnecting', until);
    await board.updateComplete;
    expect(shown(board, 'live')).to.equal('Reconnecting');
    expect(shown(board, 'label')).to.equal('Live board');
    await waitUntil(() => states(board).has('live'), 'live again', until);
  });

  it('fires one kpi-error for a stream it cannot open, says so, and goes live when the server answers', async () => {
    const sse = stream();
    await fetch(sse.url.replace('/stream?', '/refuse?') + '&n=1');
    const card = streamed('kpi-card', sse.url);
    const errors: string[] = [];
    card.addEventListener('kpi-error', (event) => errors.push(event.detail.failure.message));
    add(card);
    await waitUntil(() => errors.length === 1, 'the kpi-error', until);
    await card.updateComplete;
    expect(errors[0]).to.match(/^Could not open the live stream from .*; reconnecting in \d+ s$/);
    expect(states(card).has('error') && states(card).has('reconnecting')).to.equal(true);
    await waitUntil(() => states(card).has('live') && card.kpi !== undefined, 'live after the retry', until);
    expect(errors).to.have.length(1);
  });

  it('reports a message that is not JSON, keeps the data and goes on', async () => {
    const sse = stream();
    const card = add(streamed('kpi-card', sse.url));
    await waitUntil(() => card.kpi !== undefined, 'the snapshot', until);
    await sse.send('patch', 'not json');
    await waitUntil(() => shown(card, 'warning') !== '', 'the warning', until);
    expect(card.kpi).not.to.equal(undefined);
    await sse.push(12);
    await waitUntil(() => shown(card, 'value') === '12' && shown(card, 'warning') === '', 'recovered', until);
  });

  it('streams once for all readers of a <kpi-source>, appending in each trend', async () => {
    const sse = stream();
    const src = add(streamed('kpi-source', sse.url, (el) => (el.id = `live-${keyCount}`)));
    const cards = [0, 1, 2].map(() => add(Object.assign(document.createElement('kpi-card'), { source: src.id })));
    const trend = add(Object.assign(document.createElement('kpi-trend'), { source: src.id }));
    await waitUntil(() => [...cards, trend].every((el) => el.kpi !== undefined), 'all read the snapshot', until);
    await waitUntil(() => states(trend).has('live'), 'readers share the live state', until);
    await trend.updateComplete;
    expect(shown(cards[0]!, 'live')).to.equal('Live');
    const first = loaded(trend);
    const before = pointCount(trend);
    await sse.push(41, 42);
    await waitUntil(() => pointCount(trend) === before + 2 && cards.every((card) => shown(card, 'value') === '42'), 'every reader updated', until);
    expect(loaded(trend)).to.equal(first);
    expect((await sse.stats()).opened).to.equal(1);
  });

  it('keeps streaming while the tab is hidden, within max-points, and shows it all when visible again', async () => {
    const sse = stream();
    const trend = add(streamed('kpi-trend', sse.url, (el) => (el.maxPoints = 4)));
    await waitUntil(() => trend.kpi !== undefined, 'the snapshot', until);
    setPageVisibility('hidden');
    const shownWhileHidden = trend.kpi;
    await sse.push(1, 2, 3);
    await sse.push(4, 5, 6);
    // Nothing to wait for that shows: ask the server for one more round trip instead of sleeping.
    await sse.stats();
    await new Promise((done) => requestAnimationFrame(done));
    expect(trend.kpi).to.equal(shownWhileHidden);
    setPageVisibility('visible');
    await waitUntil(() => trend.kpi !== shownWhileHidden, 'caught up', until);
    expect(Array.from(trend.kpi!.series!.v)).to.deep.equal([3, 4, 5, 6]);
  });

  it('drops the oldest points beyond max-points on the append path too', async () => {
    const sse = stream();
    const trend = add(streamed('kpi-trend', sse.url, (el) => (el.maxPoints = 5)));
    await waitUntil(() => trend.kpi !== undefined, 'the snapshot', until);
    const first = loaded(trend);
    for (let round = 0; round < 6; round++) await sse.push(10 + round);
    await waitUntil(() => trend.kpi?.series?.v.at(-1) === 15, 'all pushes arrived', until);
    expect(Array.from(trend.kpi!.series!.v)).to.deep.equal([11, 12, 13, 14, 15]);
    expect(loaded(trend)).to.equal(first);
  });

  it('closes its stream when disconnected, and leaves none open after 1,000 connect/disconnect cycles', async () => {
    const sse = stream();
    const trend = streamed('kpi-trend', sse.url);
    const src = streamed('kpi-source', sse.url, (el) => (el.id = `cycles-${keyCount}`));
    const reader = Object.assign(document.createElement('kpi-card'), { source: src.id });
    const live = instrument();
    const baseline = live.counts();
    try {
      for (let cycle = 0; cycle < 1000; cycle++) {
        document.body.append(trend, src, reader);
        // Now and then let the streams really open before they are closed again.
        if (cycle % 200 === 0) {
          const before = (await sse.stats()).opened;
          await framesUntil(async () => (await sse.stats()).opened === before + 2, 'both opened');
          await framesUntil(() => states(trend).has('live') && states(src).has('live') && reader.kpi !== undefined, 'all live');
        }
        trend.remove();
        src.remove();
        reader.remove();
      }
      await framesUntil(async () => (await sse.stats()).open === 0, 'every connection closed');
      expect(live.counts(), 'timers and document/window listeners left').to.deep.equal(baseline);
    } finally {
      live.restore();
    }
    const { opened } = await sse.stats();
    expect(opened).to.be.greaterThanOrEqual(10);
  });
});
