/**
 * `<kpi-source>` and its readers: one request per refresh for many readers,
 * shared loading and failure states, sources added late, missing, removed and
 * re-added, lookup across shadow roots, and nothing left behind after many
 * connect/disconnect cycles. Real fetches against support/source-endpoints.js.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/kpi-card.js';
import '../../src/kpi-source.js';
import '../../src/kpi-trend.js';
import type { KpiCard } from '../../src/kpi-card.js';
import type { KpiSource } from '../../src/kpi-source.js';
import type { KpiLoadDetail } from '../../src/events/kpi-load.js';
import type { KpiErrorDetail } from '../../src/events/kpi-error.js';
import { waitingReaderCount } from '../../src/data/shared-sources.js';
import { instrument } from './support/leak-probe.js';

const until = { timeout: 4000, interval: 10 } as const;
let keyCount = 0;

interface Endpoint {
  readonly url: string;
  requests(): Promise<number>;
}

function endpoint(steps: string): Endpoint {
  const key = `shared-${Date.now().toString(36)}-${++keyCount}`;
  return {
    url: `/__kpi-source/source?${new URLSearchParams({ key, steps })}`,
    requests: async () => ((await (await fetch(`/__kpi-source/stats?key=${key}`)).json()) as { requests: number }).requests,
  };
}

const added = new Set<Element>();
/** Connects an element (or a reader's card) to the page, to be removed after the test. */
function add<T extends Element | Reader>(item: T, parent: ParentNode = document.body): T {
  const el = item instanceof Element ? item : item.el;
  parent.append(el);
  added.add(el);
  return item;
}

function source(id: string, setup: (el: KpiSource) => void = () => undefined): KpiSource {
  const el = document.createElement('kpi-source');
  el.id = id;
  setup(el);
  return el;
}

interface Reader {
  readonly el: KpiCard;
  readonly loads: KpiLoadDetail[];
  readonly errors: KpiErrorDetail[];
}

function reader(sourceId: string, setup: (el: KpiCard) => void = () => undefined): Reader {
  const el = document.createElement('kpi-card');
  const loads: KpiLoadDetail[] = [];
  const errors: KpiErrorDetail[] = [];
  el.addEventListener('kpi-load', (event) => loads.push(event.detail));
  el.addEventListener('kpi-error', (event) => errors.push(event.detail));
  el.source = sourceId;
  setup(el);
  return { el, loads, errors };
}

const shown = (el: Element, part: string): string => el.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const hasState = (el: KpiCard, state: string): boolean => (el as unknown as { internals: ElementInternals }).internals.states.has(state);

async function settled(...els: KpiCard[]): Promise<void> {
  for (const el of els) await el.updateComplete;
}

/** JSON shaped like an API response, read with pointers. */
const metrics = (signups: number) => ({
  signups: { id: 'signups', label: 'Weekly sign-ups', value: signups, target: { value: 1200 }, direction: 'increase' },
  churn: {
    id: 'logo-churn',
    label: 'Logo churn',
    value: 0.021,
    target: { value: 0.02 },
    direction: 'decrease',
    format: { style: 'percent', maximumFractionDigits: 1 },
  },
});

describe('<kpi-source>', () => {
  afterEach(() => {
    for (const el of added) el.remove();
    added.clear();
  });

  it('serves twelve cards with one request per refresh, and all of them update together', async () => {
    const api = endpoint('ok');
    const src = add(source('metrics-12', (el) => (el.src = api.url)));
    const twelve = Array.from({ length: 12 }, () => add(reader('metrics-12')));
    await waitUntil(() => twelve.every((r) => r.loads.length === 1), 'all twelve loaded', until);
    await settled(...twelve.map((r) => r.el));
    expect(await api.requests()).to.equal(1);
    expect(twelve.map((r) => shown(r.el, 'value'))).to.deep.equal(Array(12).fill('1'));
    expect(twelve[0]!.loads[0]).to.deep.equal({ origin: 'source', source: 'metrics-12', url: api.url, notModified: false });

    // A reader's reload() refreshes the source, so every reader gets the new snapshot.
    twelve[3]!.el.reload();
    await waitUntil(() => twelve.every((r) => r.loads.length === 2), 'all twelve reloaded', until);
    await settled(...twelve.map((r) => r.el));
    expect(await api.requests()).to.equal(2);
    expect(twelve.map((r) => shown(r.el, 'value'))).to.deep.equal(Array(12).fill('2'));

    src.reload();
    await waitUntil(() => twelve.every((r) => r.loads.length === 3), 'all twelve refreshed', until);
    expect(await api.requests()).to.equal(3);
  });

  it('polls once for all its readers', async () => {
    const api = endpoint('ok');
    add(source('metrics-poll', (el) => ((el.src = api.url), (el.refresh = 0.1))));
    const seen: unknown[][] = [[], [], []];
    const three = seen.map((values) =>
      add(
        reader('metrics-poll', (el) => {
          el.transform = (json) => (values.push((json as { value: unknown }).value), json);
        }),
      ),
    );
    await waitUntil(() => three.every((r) => r.loads.length >= 3), 'three polls reached every reader', until);
    // The value is the server's request count: a reader that had polled on its own would skip a number.
    for (const values of seen) expect(values.slice(0, 3)).to.deep.equal([1, 2, 3]);
  });

  it('lets each reader point into the shared JSON with its own pointers', async () => {
    add(source('metrics-pointers', (el) => (el.data = metrics(1100))));
    const signups = add(reader('metrics-pointers', (el) => (el.kpiPointer = '/signups')));
    const churn = add(reader('metrics-pointers', (el) => (el.kpiPointer = '/churn')));
    await waitUntil(() => signups.el.kpi !== undefined && churn.el.kpi !== undefined, 'both read', until);
    await settled(signups.el, churn.el);
    expect(shown(signups.el, 'value')).to.equal('1,100');
    expect(shown(churn.el, 'value')).to.equal('2.1%');
  });

  it('shares its failure: readers keep the last good data and say the refresh failed', async () => {
    const api = endpoint('ok,500');
    const src = add(source('metrics-fail', (el) => (el.src = api.url)));
    const pair = [add(reader('metrics-fail')), add(reader('metrics-fail'))];
    await waitUntil(() => pair.every((r) => r.loads.length === 1), 'loaded', until);
    src.reload();
    await waitUntil(() => pair.every((r) => r.errors.length === 1), 'both heard of the failure', until);
    await settled(...pair.map((r) => r.el));
    for (const r of pair) {
      expect(shown(r.el, 'value')).to.equal('1');
      expect(shown(r.el, 'warning')).to.contain('answered 500');
      expect(hasState(r.el, 'refresh-failed')).to.equal(true);
      expect(r.errors[0]!.keptLastGood).to.equal(true);
    }
    expect(await api.requests()).to.equal(2);
  });

  it('shares its loading state, then a first failure as an error', async () => {
    const api = endpoint('gate,401');
    const src = add(source('metrics-first-fail', (el) => (el.src = api.url)));
    const r = add(reader('metrics-first-fail'));
    await settled(r.el);
    expect(hasState(r.el, 'loading')).to.equal(true);
    await fetch(api.url.replace('/source?', '/release?'));
    await waitUntil(() => r.loads.length === 1, 'the gated answer', until);
    await settled(r.el);
    expect(hasState(r.el, 'loading')).to.equal(false);

    const failing = endpoint('401');
    src.src = failing.url;
    await waitUntil(() => r.errors.length === 1, 'the failure reached the reader', until);
    await settled(r.el);
    expect(hasState(r.el, 'error')).to.equal(true);
    expect(r.errors[0]!.keptLastGood).to.equal(false);
    expect(shown(r.el, 'error')).to.contain('answered 401');
  });

  it('reads a source added after its readers, and names a missing one meanwhile', async () => {
    const late = add(reader('metrics-late'));
    await waitUntil(() => late.errors.length === 1, 'the missing source reported', until);
    await settled(late.el);
    expect(late.errors[0]!.failure.kind).to.equal('source');
    expect(shown(late.el, 'error')).to.contain('No <kpi-source id="metrics-late"> on this page');
    expect(hasState(late.el, 'error')).to.equal(true);

    add(source('metrics-late', (el) => (el.data = { id: 'late', label: 'Late', value: 7 })));
    await waitUntil(() => late.el.kpi?.value === 7, 'read the late source', until);
    await settled(late.el);
    expect(hasState(late.el, 'error')).to.equal(false);
    expect(shown(late.el, 'value')).to.equal('7');
  });

  it('does not flash an error for a source added in the same task as its reader', async () => {
    const r = add(reader('metrics-same-task'));
    add(source('metrics-same-task', (el) => (el.data = { id: 'same-task', label: 'Same task', value: 3 })));
    await waitUntil(() => r.el.kpi?.value === 3, 'read', until);
    expect(r.errors).to.deep.equal([]);
  });

  it('keeps the last data when its source is removed, and reads it again when it is back', async () => {
    const src = add(source('metrics-removed', (el) => (el.data = { id: 'removed', label: 'Removed', value: 5 })));
    const r = add(reader('metrics-removed'));
    await waitUntil(() => r.el.kpi?.value === 5, 'read', until);
    src.remove();
    await waitUntil(() => r.errors.length === 1, 'the removal reported', until);
    await settled(r.el);
    expect(shown(r.el, 'value')).to.equal('5');
    expect(shown(r.el, 'warning')).to.contain('no longer on the page');

    src.data = { id: 'removed', label: 'Removed', value: 6 };
    add(src);
    await waitUntil(() => r.el.kpi?.value === 6, 'read again', until);
    await settled(r.el);
    expect(shown(r.el, 'warning')).to.equal('');
  });

  it('follows a source that changes its id, and a reader that changes its source', async () => {
    const a = add(source('metrics-a', (el) => (el.data = { id: 'a', label: 'A', value: 1 })));
    add(source('metrics-b', (el) => (el.data = { id: 'b', label: 'B', value: 2 })));
    const r = add(reader('metrics-a'));
    await waitUntil(() => r.el.kpi?.value === 1, 'read a', until);
    r.el.source = 'metrics-b';
    await waitUntil(() => r.el.kpi?.value === 2, 'read b', until);
    r.el.source = 'metrics-a';
    await waitUntil(() => r.el.kpi?.value === 1, 'read a again', until);
    a.id = 'metrics-renamed';
    await waitUntil(() => r.errors.length === 1, 'the rename reported', until);
    r.el.source = 'metrics-renamed';
    await waitUntil(() => r.el.kpi?.value === 1 && r.el.shadowRoot?.querySelector('[part~="warning"]') === null, 'follows the new id', until);
  });

  it('takes inline JSON and a transform, and lets data on a reader win', async () => {
    const src = source('metrics-inline', (el) => (el.transform = (json) => (json as { wrapped: unknown }).wrapped));
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ wrapped: { id: 'inline', label: 'Inline', value: 11 } });
    src.append(script);
    add(src);
    const r = add(reader('metrics-inline'));
    const own = add(reader('metrics-inline', (el) => (el.data = { id: 'own', label: 'Own', value: 12 })));
    await waitUntil(() => r.el.kpi?.value === 11 && own.el.kpi?.value === 12, 'read', until);
    expect(src.json).to.deep.equal({ id: 'inline', label: 'Inline', value: 11 });
  });

  it('is found from inside a shadow root, its own scope first', async () => {
    add(source('metrics-scoped', (el) => (el.data = { id: 'page', label: 'Page', value: 1 })));
    const host = add(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    const inner = reader('metrics-scoped');
    root.append(inner.el);
    await waitUntil(() => inner.el.kpi?.value === 1, 'found the page source', until);
    const scoped = source('metrics-scoped', (el) => (el.data = { id: 'scoped', label: 'Scoped', value: 2 }));
    root.append(scoped);
    await waitUntil(() => inner.el.kpi?.value === 2, 'prefers its own scope', until);
  });

  it('shares one snapshot between cards and a trend', async () => {
    const series = [
      { t: '2026-11-01', v: 10 },
      { t: '2026-11-02', v: 12 },
    ];
    add(source('metrics-mixed', (el) => (el.data = { id: 'mixed', label: 'Mixed', value: 12, series })));
    const card = add(reader('metrics-mixed'));
    const trend = add(document.createElement('kpi-trend'));
    trend.source = 'metrics-mixed';
    await waitUntil(() => card.el.kpi !== undefined && trend.kpi !== undefined, 'both read', until);
    expect(trend.kpi?.series?.v).to.deep.equal(new Float64Array([10, 12]));
  });

  it('leaves no timers, listeners or waiting readers behind after 1,000 connect/disconnect cycles', async () => {
    const api = endpoint('ok');
    const live = instrument();
    try {
      const baseline = live.counts();
      const waitingBefore = waitingReaderCount();
      const src = source('metrics-cycles', (el) => ((el.src = api.url), (el.refresh = 60)));
      const r = reader('metrics-cycles');
      const missing = reader('metrics-nowhere');
      const own = document.createElement('kpi-card');
      own.src = api.url;
      own.refresh = 60;
      for (let cycle = 0; cycle < 1000; cycle++) {
        document.body.append(src, r.el, missing.el, own);
        // Every few cycles let the elements render and their requests land, so what they start has started.
        if (cycle % 100 === 0) await Promise.all([r.el.updateComplete, own.updateComplete, new Promise((done) => setTimeout(done, 20))]);
        src.remove();
        r.el.remove();
        missing.el.remove();
        own.remove();
      }
      await new Promise((done) => setTimeout(done, 50));
      expect(live.counts()).to.deep.equal(baseline);
      expect(waitingReaderCount()).to.equal(waitingBefore);
    } finally {
      live.restore();
    }
  });
});
