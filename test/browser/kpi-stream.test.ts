/**
 * Stream mode (`stream="sse"`) in the elements: a snapshot, then patches taken
 * through the trend's append path; the live/reconnecting indicator; one stream
 * for the readers of a `<kpi-source>`; buffering while the tab is hidden within
 * `max-points`; and no connection left open by elements that went away.
 * Against the scripted SSE endpoints of support/stream-endpoints.js.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/kpi-card.js';
import '../../src/kpi-source.js';
import '../../src/kpi-trend.js';
import '../../src/leading-lagging-board.js';
import type { KpiCard } from '../../src/kpi-card.js';
import type { KpiTrend } from '../../src/kpi-trend.js';
import type { Kpi } from '../../src/core/model.js';
import { instrument } from './support/leak-probe.js';
import { restorePageVisibility, setPageVisibility } from './support/source-harness.js';

let keyCount = 0;

/*
 * No deadlines of our own: every wait resolves on the event it waits for (the element's update
 * that shows it, a DOM event, an event on the element's EventSource, or the server answering
 * once its connection count is reached), so mocha's timeout is the only bound, and a loaded
 * machine is only slower, never failing.
 */

/** What the running test waits for; named in the browser log if mocha's timeout ends the test first. */
const waiting = new Set<{ readonly what: string }>();
async function waitFor<T>(what: string, promise: Promise<T>): Promise<T> {
  const entry = { what };
  waiting.add(entry);
  try {
    return await promise;
  } finally {
    waiting.delete(entry);
  }
}

/** Aborts a test's waiting requests when it ends, so a failed one leaves none holding a connection. */
let requests = new AbortController();

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
  /** Resolves, with the count, once the server has at most `open` connections of this key open: it saw the others close. */
  closed(open: number): Promise<number>;
  /** Resolves, with the count, once the server has opened `opened` connections of this key so far. */
  opened(opened: number): Promise<number>;
}

function stream(): Stream {
  // Unique across runs against one server, without reading the clock.
  const key = `stream-${crypto.randomUUID()}-${++keyCount}`;
  const call = async (path: string, query: Record<string, string> = {}, init?: RequestInit) =>
    (await fetch(`/__kpi-stream/${path}?${new URLSearchParams({ key, ...query })}`, init)).json();
  return {
    url: `/__kpi-stream/stream?key=${key}&points=only`,
    push: async (...values) => ((await call('push', { v: values.join(','), value: 'keep' })) as { sent: number }).sent,
    pushWithValue: async (...values) => ((await call('push', { v: values.join(',') })) as { sent: number }).sent,
    send: async (event, data) => ((await call('push', { event, data })) as { sent: number }).sent,
    drop: async () => {
      await fetch(`/__kpi-stream/drop?key=${key}`);
    },
    stats: async () => (await call('stats')) as StreamStats,
    closed: (open) =>
      waitFor(
        `the server to see ${key} down to ${open} open`,
        call('closed', { open: String(open) }, { signal: requests.signal }).then((answer) => (answer as { open: number }).open),
      ),
    opened: (opened) =>
      waitFor(
        `the server to open ${opened} of ${key}`,
        call('opened', { opened: String(opened) }, { signal: requests.signal }).then((answer) => (answer as { opened: number }).opened),
      ),
  };
}

const added = new Set<Element>();
function add<T extends Element>(el: T): T {
  document.body.append(el);
  added.add(el);
  return el;
}

function streamed<K extends 'kpi-card' | 'kpi-trend' | 'kpi-source' | 'leading-lagging-board'>(
  tag: K,
  url: string,
  setup: (el: HTMLElementTagNameMap[K]) => void = () => undefined,
) {
  const el = document.createElement(tag);
  el.stream = 'sse';
  el.src = url;
  setup(el);
  return el;
}

const shown = (el: Element, part: string): string => el.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const states = (el: Element): ElementInternals['states'] => (el as unknown as { internals: ElementInternals }).internals.states;
/** The KPI the element's source last interpreted: unchanged when points came through the append path. */
const loaded = (el: KpiTrend | KpiCard): Kpi | undefined => (el as unknown as { sourceController: { value?: { kpi: Kpi } } }).sourceController.value?.kpi;
const pointCount = (el: KpiTrend | KpiCard): number => el.kpi?.series?.t.length ?? 0;

/**
 * Resolves with what `read()` returns once that is truthy: now, or right after the element's
 * update that makes it so (its custom states are set in `updated()`, which runs just before the
 * microtask this checks in). Read there, a passing state (Reconnecting) is seen in the update that
 * shows it, however slow the machine. A controller on the element, no timers, no polling.
 */
function shows<T>(el: ReactiveElement, read: () => T | false | undefined, what: string): Promise<T> {
  return waitFor(
    what,
    new Promise<T>((resolve) => {
      const now = read();
      if (now) return resolve(now);
      const controller = {
        hostUpdated: () =>
          queueMicrotask(() => {
            const value = read();
            if (!value) return;
            el.removeController(controller);
            resolve(value);
          }),
      };
      el.addController(controller);
    }),
  );
}

/** Every EventSource the page creates during a test (the elements' streams), to await events on them. */
const created: EventSource[] = [];
const NativeEventSource = window.EventSource;
class RecordedEventSource extends NativeEventSource {
  constructor(url: string | URL, init?: EventSourceInit) {
    super(url, init);
    created.push(this);
  }
}

/**
 * The next `marker` event on the stream's one EventSource. Events on a connection are handled
 * in the order sent, so once it is, every event the server sent before it has been handled too.
 */
function marker(): Promise<void> {
  expect(created, 'one EventSource').to.have.length(1);
  return waitFor('the marker event', new Promise((resolve) => created[0]!.addEventListener('marker', () => resolve(), { once: true })));
}

describe('stream mode (stream="sse")', () => {
  beforeEach(() => {
    created.length = 0;
    window.EventSource = RecordedEventSource;
  });
  afterEach(function (this: Mocha.Context) {
    if (this.currentTest?.state === 'failed') for (const { what } of waiting) console.error(`${this.currentTest.title}: still waiting for ${what}`);
    waiting.clear();
    requests.abort();
    requests = new AbortController();
    for (const el of added) el.remove();
    added.clear();
    restorePageVisibility();
    window.EventSource = NativeEventSource;
  });

  it('shows the snapshot, then appends patched points through the trend’s append path', async () => {
    const sse = stream();
    const trend = add(streamed('kpi-trend', sse.url));
    await shows(trend, () => trend.kpi !== undefined && states(trend).has('live'), 'the snapshot');
    await trend.updateComplete;
    expect(shown(trend, 'live')).to.equal('Live');
    const before = pointCount(trend);
    const first = loaded(trend);

    expect(await sse.push(5, 6)).to.equal(1);
    await shows(trend, () => pointCount(trend) === before + 2, 'two points appended');
    // Appended in place: the source's KPI was not read again.
    expect(loaded(trend)).to.equal(first);
    expect(Array.from(trend.kpi!.series!.v.slice(-2))).to.deep.equal([5, 6]);
  });

  it('reads the JSON again for a patch that is not only appends', async () => {
    const sse = stream();
    const trend = add(streamed('kpi-trend', sse.url));
    await shows(trend, () => trend.kpi !== undefined, 'the snapshot');
    const first = loaded(trend);
    await sse.pushWithValue(9);
    await shows(trend, () => trend.kpi?.value === 9, 'the new value');
    expect(loaded(trend)).not.to.equal(first);
  });

  it('shows a card’s new value from appended points', async () => {
    const sse = stream();
    const card = add(streamed('kpi-card', sse.url));
    await shows(card, () => card.kpi !== undefined, 'the snapshot');
    await sse.push(77);
    await shows(card, () => shown(card, 'value') === '77', 'the appended point is the value');
  });

  it('says it is reconnecting when the stream drops, then catches up from the new snapshot', async () => {
    const sse = stream();
    const trend = add(streamed('kpi-trend', sse.url));
    await shows(trend, () => states(trend).has('live'), 'live');
    await sse.drop();
    // Read in the update that shows the outage, so the retry (0.5 to 1 s later) cannot come first.
    const outage = await shows(
      trend,
      () => states(trend).has('reconnecting') && { live: shown(trend, 'live'), warning: shown(trend, 'warning'), kpi: trend.kpi },
      'reconnecting',
    );
    expect(outage.live).to.equal('Reconnecting');
    expect(outage.warning).to.contain('Lost the live stream');
    // The last data stays meanwhile.
    expect(outage.kpi).not.to.equal(undefined);
    const back = await shows(trend, () => states(trend).has('live') && { warning: shown(trend, 'warning') }, 'live again');
    expect(back.warning).to.equal('');
    expect((await sse.stats()).opened).to.equal(2);
    await sse.push(3);
    await shows(trend, () => trend.kpi?.series?.v.at(-1) === 3, 'patches flow again');
  });

  it('shows the board live, then reconnecting in its header, keeping the board on screen', async () => {
    const sse = stream();
    const board = add(streamed('leading-lagging-board', sse.url.replace('points=only', 'doc=board')));
    await shows(board, () => states(board).has('live'), 'live');
    await board.updateComplete;
    expect(shown(board, 'live')).to.equal('Live');
    expect(shown(board, 'label')).to.equal('Live board');
    await sse.drop();
    // Read in the update that shows the outage, so the retry (0.5 to 1 s later) cannot come first.
    const outage = await shows(board, () => states(board).has('reconnecting') && { live: shown(board, 'live'), label: shown(board, 'label') }, 'reconnecting');
    expect(outage.live).to.equal('Reconnecting');
    expect(outage.label).to.equal('Live board');
    await shows(board, () => states(board).has('live'), 'live again');
  });

  it('fires one kpi-error for a stream it cannot open, says so, and goes live when the server answers', async () => {
    const sse = stream();
    await fetch(sse.url.replace('/stream?', '/refuse?') + '&n=1');
    const card = streamed('kpi-card', sse.url);
    const errors: string[] = [];
    let firstError!: () => void;
    const errored = new Promise<void>((resolve) => (firstError = resolve));
    card.addEventListener('kpi-error', (event) => {
      errors.push(event.detail.failure.message);
      firstError();
    });
    add(card);
    await waitFor('the kpi-error', errored);
    // Still in the task that saw the refusal (the event and the update are microtasks): the retry cannot have come first.
    await card.updateComplete;
    expect(errors[0]).to.match(/^Could not open the live stream from .*; reconnecting in \d+ s$/);
    expect(states(card).has('error') && states(card).has('reconnecting')).to.equal(true);
    await shows(card, () => states(card).has('live') && card.kpi !== undefined, 'live after the retry');
    expect(errors).to.have.length(1);
  });

  it('reports a message that is not JSON, keeps the data and goes on', async () => {
    const sse = stream();
    const card = add(streamed('kpi-card', sse.url));
    await shows(card, () => card.kpi !== undefined, 'the snapshot');
    await sse.send('patch', 'not json');
    await shows(card, () => shown(card, 'warning') !== '', 'the warning');
    expect(card.kpi).not.to.equal(undefined);
    await sse.push(12);
    await shows(card, () => shown(card, 'value') === '12' && shown(card, 'warning') === '', 'recovered');
  });

  it('streams once for all readers of a <kpi-source>, appending in each trend', async () => {
    const sse = stream();
    const src = add(streamed('kpi-source', sse.url, (el) => (el.id = `live-${keyCount}`)));
    const cards = [0, 1, 2].map(() => add(Object.assign(document.createElement('kpi-card'), { source: src.id })));
    const trend = add(Object.assign(document.createElement('kpi-trend'), { source: src.id }));
    for (const el of [...cards, trend]) await shows(el, () => el.kpi !== undefined, 'all read the snapshot');
    await shows(trend, () => states(trend).has('live'), 'readers share the live state');
    await trend.updateComplete;
    await cards[0]!.updateComplete;
    expect(shown(cards[0]!, 'live')).to.equal('Live');
    const first = loaded(trend);
    const before = pointCount(trend);
    await sse.push(41, 42);
    await shows(trend, () => pointCount(trend) === before + 2, 'the trend appended');
    for (const card of cards) await shows(card, () => shown(card, 'value') === '42', 'every card updated');
    // All at once, as well.
    expect(pointCount(trend)).to.equal(before + 2);
    expect(cards.map((card) => shown(card, 'value'))).to.deep.equal(['42', '42', '42']);
    expect(loaded(trend)).to.equal(first);
    expect((await sse.stats()).opened).to.equal(1);
  });

  it('keeps streaming while the tab is hidden, within max-points, and shows it all when visible again', async () => {
    const sse = stream();
    const trend = add(streamed('kpi-trend', sse.url, (el) => (el.maxPoints = 4)));
    await shows(trend, () => trend.kpi !== undefined, 'the snapshot');
    setPageVisibility('hidden');
    const shownWhileHidden = trend.kpi;
    await sse.push(1, 2, 3);
    await sse.push(4, 5, 6);
    // Nothing shows to wait for: an event the element ignores, sent after the patches on the same
    // connection, says they have arrived too; then any update they asked for has run.
    const afterPatches = marker();
    expect(await sse.send('marker', 'after the patches')).to.equal(1);
    await afterPatches;
    await trend.updateComplete;
    expect(trend.kpi).to.equal(shownWhileHidden);
    setPageVisibility('visible');
    await shows(trend, () => trend.kpi !== shownWhileHidden, 'caught up');
    expect(Array.from(trend.kpi!.series!.v)).to.deep.equal([3, 4, 5, 6]);
  });

  it('drops the oldest points beyond max-points on the append path too', async () => {
    const sse = stream();
    const trend = add(streamed('kpi-trend', sse.url, (el) => (el.maxPoints = 5)));
    await shows(trend, () => trend.kpi !== undefined, 'the snapshot');
    const first = loaded(trend);
    for (let round = 0; round < 6; round++) await sse.push(10 + round);
    await shows(trend, () => trend.kpi?.series?.v.at(-1) === 15, 'all pushes arrived');
    expect(Array.from(trend.kpi!.series!.v)).to.deep.equal([11, 12, 13, 14, 15]);
    expect(loaded(trend)).to.equal(first);
  });

  it('closes its stream when disconnected, and leaves none open after 1,000 connect/disconnect cycles', async () => {
    const sse = stream();
    const trend = streamed('kpi-trend', sse.url);
    const src = streamed('kpi-source', sse.url, (el) => (el.id = `cycles-${keyCount}`));
    const reader = Object.assign(document.createElement('kpi-card'), { source: src.id });
    // The waits below set no timers and no document or window listeners, which this counts.
    const live = instrument();
    const baseline = live.counts();
    try {
      for (let cycle = 0; cycle < 1000; cycle++) {
        // Now and then let the streams really open before they are closed again. The server's count is read before
        // the append: read after it, both streams could already be open, and the wait would ask for two more.
        const checkpoint = cycle % 200 === 0;
        const before = checkpoint ? (await sse.stats()).opened : 0;
        document.body.append(trend, src, reader);
        if (checkpoint) {
          expect(await sse.opened(before + 2), 'both opened').to.equal(before + 2);
          await shows(trend, () => states(trend).has('live'), 'the trend live');
          await shows(src, () => states(src).has('live'), 'the source live');
          await shows(reader, () => reader.kpi !== undefined, 'the reader read the source');
          expect(states(trend).has('live') && states(src).has('live') && reader.kpi !== undefined, 'all live').to.equal(true);
        }
        trend.remove();
        src.remove();
        reader.remove();
      }
      expect(await sse.closed(0), 'every connection closed').to.equal(0);
      expect(live.counts(), 'timers and document/window listeners left').to.deep.equal(baseline);
    } finally {
      live.restore();
    }
    const { opened } = await sse.stats();
    expect(opened).to.be.greaterThanOrEqual(10);
  });
});
