import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/kpi-card.js';
import type { KpiCard } from '../../src/kpi-card.js';
import { ManualClock } from './support/manual-clock.js';
import type { KpiStatusChangeEvent } from '../../src/events/kpi-status-change.js';
import type { KpiSelectEvent } from '../../src/events/kpi-select.js';
import {
  activationRate,
  emptyExpansionMrr,
  HTML_PAYLOAD,
  htmlPayload,
  invalidDocument,
  netRevenueRetention,
  retention7d,
  staleSignups,
  timeToFirstValue,
  weeklyEngagedTeams,
} from '../../stories/fixtures/index.js';

/** 23 Nov 2026, noon UTC: "today" for the fixtures. */
const NOW = Date.UTC(2026, 10, 23, 12);

const shadow = (card: KpiCard) => card.shadowRoot as ShadowRoot;
const part = (card: KpiCard, name: string) => shadow(card).querySelector(`[part~="${name}"]`);
const text = (card: KpiCard, name: string) => part(card, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const base = (card: KpiCard) => part(card, 'base') as HTMLElement;
const hasState = (card: KpiCard, state: string) => card.matches(`:state(${state})`);

async function cardWith(data: unknown, attributes = html``): Promise<KpiCard> {
  const card = await fixture<KpiCard>(html`<kpi-card .now=${NOW} .data=${data}>${attributes}</kpi-card>`);
  await card.updateComplete;
  return card;
}

/** Replaces fetch for one test; returns a restore function. */
function stubFetch(implementation: typeof fetch): () => void {
  const original = window.fetch;
  window.fetch = implementation;
  return () => {
    window.fetch = original;
  };
}

describe('<kpi-card>', () => {
  describe('ok state', () => {
    it('shows the label, formatted value, status word and icon, target, and meta', async () => {
      const card = await cardWith(activationRate);
      expect(text(card, 'label')).to.equal('Activation rate');
      expect(text(card, 'value')).to.match(/^\d+(\.\d)?%$/);
      expect(part(card, 'status')?.querySelector('svg')).to.exist;
      expect(text(card, 'status')).to.not.equal('');
      expect(text(card, 'target')).to.match(/^Target 40(\.0)?% by Dec 31, 2026/);
      // A rate moves in percentage points, not in percent of itself.
      expect(text(card, 'delta')).to.match(/^▼ -\d+(\.\d)? pts worse vs previous day/);
      expect(text(card, 'target')).to.match(/· \d+(\.\d)? pts below/);
      // The baseline's tick in the bullet graph is named in the text, beside its key.
      expect(text(card, 'target')).to.match(/baseline 30(\.0)?%$/);
      expect(text(card, 'pace')).to.match(/^On track, projected \d+(\.\d)?%$/);
      expect(text(card, 'meta')).to.contain('Owner: Growth · Priya Raman');
      expect(text(card, 'meta')).to.contain('As of');
      expect(card.status).to.equal('good');
      expect(hasState(card, 'good')).to.be.true;
      expect(hasState(card, 'loading')).to.be.false;
    });

    it('tells the KPI’s story in its accessible name: value, target, pace and status word', async () => {
      const card = await cardWith(retention7d);
      card.now = Date.UTC(2026, 8, 19, 12);
      await card.updateComplete;
      const name = base(card).getAttribute('aria-label') ?? '';
      expect(name).to.match(/^7-day retention \d+(\.\d)?%, target 45% by Sep 30, 2026, behind pace, /);
      expect(name).to.match(/\(warning\)$|warning$/);
    });

    it('shows the delta with an arrow, a better/worse word and a judgement', async () => {
      const card = await cardWith(timeToFirstValue);
      const delta = part(card, 'delta') as HTMLElement;
      expect(delta).to.exist;
      expect(delta.dataset['judgement']).to.be.oneOf(['better', 'worse', 'neutral']);
      expect(delta.textContent).to.match(/[▲▼▶]/);
      expect(delta.textContent).to.match(/better|worse|flat/);
    });

    it('draws a bullet graph with bands in one hue, the measure bar and the target tick', async () => {
      const card = await cardWith(activationRate);
      const bullet = part(card, 'bullet') as SVGElement;
      expect(bullet.querySelectorAll('.band').length).to.be.within(2, 5);
      expect(bullet.querySelector('.measure')).to.exist;
      expect(bullet.querySelector('.target')).to.exist;
      expect(bullet.getAttribute('aria-label')).to.contain('Bullet graph');
    });

    it('lets a breached guardrail draw the eye and override a good status', async () => {
      const card = await cardWith(weeklyEngagedTeams);
      expect(card.status).to.equal('warning');
      expect(text(card, 'status')).to.contain('guardrail breached');
      const breached = part(card, 'guardrail-breached') as HTMLElement;
      expect(breached.textContent).to.contain('breached');
      expect(breached.querySelector('svg')).to.exist;
      expect(hasState(card, 'guardrail-breached')).to.be.true;
      expect(card.explanation).to.contain('is breached');
    });

    it('draws a sparkline sized to its container, with the y-domain policy printed', async () => {
      const card = await fixture<KpiCard>(html`<kpi-card sparkline style="width: 320px" .now=${NOW} .data=${activationRate}></kpi-card>`);
      await waitUntil(() => part(card, 'chart'), 'the sparkline should render once measured');
      const chart = part(card, 'chart') as SVGSVGElement;
      expect(Number(chart.getAttribute('width'))).to.be.within(200, 320);
      expect(chart.querySelector('.spark-line')?.getAttribute('d')).to.match(/^M/);
      // A fitted axis says the range it spans, in plain words; one from zero says so too.
      expect(shadow(card).querySelector('.axis-note')?.textContent?.trim()).to.match(/^Range \d+(\.\d)?%–\d+(\.\d)?%$/);
      expect(chart.getAttribute('aria-label')).to.contain('axis fits the data');
      card.yDomain = 'zero';
      await card.updateComplete;
      expect(shadow(card).querySelector('.axis-note')?.textContent).to.contain('from zero');
      expect(shadow(card).querySelector('.axis-note')?.textContent).to.match(/^Range 0(\.0)?%–/);
    });

    it('redraws the sparkline at the new width when the card is resized', async () => {
      const card = await fixture<KpiCard>(html`<kpi-card sparkline style="width: 320px" .now=${NOW} .data=${activationRate}></kpi-card>`);
      await waitUntil(() => part(card, 'chart'));
      const before = Number(part(card, 'chart')?.getAttribute('width'));
      card.style.width = '480px';
      await waitUntil(() => Number(part(card, 'chart')?.getAttribute('width')) > before, 'the chart should widen');
    });

    it('reduces a long series to what its pixels can show before drawing', async () => {
      const count = 100_000;
      const start = Date.UTC(2026, 0, 1);
      const series = {
        t: Array.from({ length: count }, (_, i) => start + i * 60_000),
        v: Array.from({ length: count }, (_, i) => (i === 50_000 ? 500 : Math.sin(i / 1000))),
      };
      const card = await fixture<KpiCard>(html`<kpi-card sparkline style="width: 320px" .now=${NOW} .data=${{ id: 'big', label: 'Big', series }}></kpi-card>`);
      await waitUntil(() => part(card, 'chart'), 'the sparkline should render');
      const path = part(card, 'chart')?.querySelector('.spark-line')?.getAttribute('d') ?? '';
      const width = Number(part(card, 'chart')?.getAttribute('width'));
      // At most 6 points per pixel column (first, min, max, last and gap markers), far below 100,000.
      expect(path.split(/[ML]/).length - 1).to.be.at.most(6 * width);
      // The one spike survives the reduction: nice(−1, 500) is −200 to 600; without it the axis would be −1 to 1.
      expect(shadow(card).querySelector('.axis-note')?.textContent?.trim()).to.equal('Range -200–600');
    });

    it('renders labels carrying HTML as inert text', async () => {
      const card = await cardWith(htmlPayload);
      expect(text(card, 'label')).to.contain(HTML_PAYLOAD);
      expect(shadow(card).querySelector('img')).to.equal(null);
    });

    it('formats for the locale attribute, then the nearest lang', async () => {
      const card = await cardWith(activationRate);
      card.locale = 'de-DE';
      await card.updateComplete;
      expect(part(card, 'value')?.textContent).to.match(/^\d+(,\d)?\u00a0%$/);
      const wrapper = await fixture<HTMLElement>(html`<div lang="ja-JP"><kpi-card .now=${NOW} .data=${activationRate}></kpi-card></div>`);
      const nested = wrapper.querySelector('kpi-card') as KpiCard;
      await nested.updateComplete;
      expect(text(nested, 'target')).to.contain('2026/12/31');
    });
  });

  describe('data states', () => {
    it('shows a skeleton with the same minimum height while loading', async () => {
      const restore = stubFetch(() => new Promise<Response>(() => {}));
      try {
        const card = await fixture<KpiCard>(html`<kpi-card src="/never.json" label="Churn"></kpi-card>`);
        expect(part(card, 'skeleton')).to.exist;
        expect(text(card, 'label')).to.equal('Churn');
        expect(hasState(card, 'loading')).to.be.true;
        expect(base(card).getAttribute('aria-busy')).to.equal('true');
        // A data state in words with its own icon (an hourglass), never a status word or icon.
        const loading = shadow(card).querySelector('[data-state="loading"]');
        expect(loading?.textContent?.trim()).to.equal('Loading');
        expect(loading?.querySelector('svg')?.getAttribute('data-icon')).to.equal('loading');
        expect(shadow(card).querySelector('[data-level]')).to.equal(null);
        const loadingHeight = card.getBoundingClientRect().height;
        const loaded = await cardWith(apiLike());
        expect(loadingHeight).to.be.at.least(parseFloat(getComputedStyle(base(loaded)).minHeight));
        await expect(card).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('shows an empty state when the document has no value yet', async () => {
      const card = await cardWith(emptyExpansionMrr);
      expect(hasState(card, 'empty')).to.be.true;
      expect(shadow(card).textContent).to.contain('No data yet');
      expect(text(card, 'label')).to.equal(emptyExpansionMrr.label);
      // Who owns it and what it aims for still matter before the first value arrives.
      expect(text(card, 'meta')).to.contain('Owner: Finance · Marta Okafor');
      expect(text(card, 'target')).to.equal('Target €120K by Nov 30, 2026');
      await expect(card).to.be.accessible();
    });

    it('shows an error naming the JSON path of every bad field', async () => {
      const card = await cardWith(invalidDocument);
      expect(hasState(card, 'error')).to.be.true;
      const error = text(card, 'error');
      expect(error).to.contain('/target/value: expected a number, got "45%"');
      expect(error).to.contain('/series/2/v');
      expect(card.status).to.equal(undefined);
      await expect(card).to.be.accessible();
    });

    it('names the source path when pointers map arbitrary JSON', async () => {
      const api = {
        metrics: {
          d7: {
            history: [
              { date: '2026-11-01', value: 0.4 },
              { date: '2026-11-02', value: 'n/a' },
            ],
          },
        },
      };
      const card = await fixture<KpiCard>(
        html`<kpi-card label="7-day retention" series-pointer="/metrics/d7/history" time-key="date" value-key="value" .data=${api}></kpi-card>`,
      );
      expect(text(card, 'error')).to.contain('/metrics/d7/history/1/value: expected a number');
    });

    it('says which pointer found nothing', async () => {
      const card = await fixture<KpiCard>(html`<kpi-card label="X" value-pointer="/metrics/nope" .data=${{ metrics: {} }}></kpi-card>`);
      expect(text(card, 'error')).to.contain('value-pointer "/metrics/nope" found nothing at /metrics/nope');
    });

    it('flags stale data with a badge showing its relative age', async () => {
      const card = await cardWith(staleSignups);
      expect(hasState(card, 'stale')).to.be.true;
      expect(text(card, 'stale')).to.match(/^Stale · .*ago$/);
      expect(base(card).getAttribute('aria-label')).to.contain('stale');
      await expect(card).to.be.accessible();
    });

    it('turns stale by itself when its data ages past maxAge while on screen', async () => {
      // The card's own clock, moved by the test: fresh until 2 s have passed, stale 1 ms after.
      const clock = new ManualClock(Date.UTC(2026, 10, 23, 9));
      const doc = { id: 'live', label: 'Live', value: 1, asOf: new Date(clock.now()).toISOString(), maxAge: 'PT2S' };
      const card = document.createElement('kpi-card');
      card['sourceController'].clock = clock;
      card.data = doc;
      const placed = await fixture<HTMLElement>(html`<div></div>`);
      placed.append(card);
      await card.updateComplete;
      expect(hasState(card, 'stale')).to.be.false;
      clock.advance(2000);
      await card.updateComplete;
      expect(hasState(card, 'stale')).to.be.false;
      clock.advance(2);
      await card.updateComplete;
      expect(hasState(card, 'stale')).to.be.true;
      expect(text(card, 'stale')).to.match(/^Stale · /);
    });

    it('is axe-clean in the ok state, with sparkline and guardrails', async () => {
      const card = await fixture<KpiCard>(html`<kpi-card sparkline .now=${NOW} .data=${weeklyEngagedTeams}></kpi-card>`);
      await expect(card).to.be.accessible();
    });
  });

  describe('compact', () => {
    it('is a small tile: value, status, change, target and sparkline, no bullet, chips or meta', async () => {
      const card = await fixture<KpiCard>(html`<kpi-card compact style="width: 260px" .now=${NOW} .data=${weeklyEngagedTeams}></kpi-card>`);
      await waitUntil(() => part(card, 'chart'), 'the compact card draws its sparkline without the sparkline attribute');
      expect(card.hasAttribute('compact')).to.be.true;
      expect(text(card, 'value')).to.not.equal('');
      expect(text(card, 'status')).to.not.equal('');
      expect(part(card, 'target')).to.exist;
      for (const name of ['bullet', 'guardrails', 'meta']) expect(part(card, name), name).to.equal(null);
      // The guardrail breach still speaks through the status word.
      expect(text(card, 'status')).to.contain('guardrail breached');
      await expect(card).to.be.accessible();
    });

    it('keeps the stale badge, in the header', async () => {
      const card = await fixture<KpiCard>(html`<kpi-card compact .now=${NOW} .data=${staleSignups}></kpi-card>`);
      await card.updateComplete;
      expect(shadow(card).querySelector('.header [part~="stale"]')).to.exist;
    });
  });

  describe('attributes and properties', () => {
    it('reflects src, locale and sparkline, and reads refresh, y-domain and pointers from attributes', async () => {
      const restore = stubFetch(() => new Promise<Response>(() => {}));
      try {
        const card = await fixture<KpiCard>(
          html`<kpi-card src="/a.json" refresh="30" locale="fr-FR" y-domain="zero" value-pointer="/v" series-pointer="/s" time-key="d" value-key="n" kpi-pointer="/k"></kpi-card>`,
        );
        expect([card.src, card.refresh, card.locale, card.yDomain]).to.deep.equal(['/a.json', 30, 'fr-FR', 'zero']);
        expect([card.valuePointer, card.seriesPointer, card.timeKey, card.valueKey, card.kpiPointer]).to.deep.equal(['/v', '/s', 'd', 'n', '/k']);
        card.sparkline = true;
        card.locale = 'de-DE';
        card.src = '/b.json';
        await card.updateComplete;
        expect(card.hasAttribute('sparkline')).to.be.true;
        expect(card.getAttribute('locale')).to.equal('de-DE');
        expect(card.getAttribute('src')).to.equal('/b.json');
      } finally {
        restore();
      }
    });

    it('keeps data and transform as properties only', async () => {
      const card = await cardWith(activationRate);
      expect(card.hasAttribute('data')).to.be.false;
      card.transform = (json) => ({ ...(json as object), label: 'Transformed' });
      await card.updateComplete;
      await waitUntil(() => text(card, 'label') === 'Transformed');
      expect(card.hasAttribute('transform')).to.be.false;
    });

    it('does not reflect the computed status as an attribute; it is a custom state', async () => {
      const card = await cardWith(activationRate);
      expect(card.hasAttribute('status')).to.be.false;
      expect(hasState(card, card.status as string)).to.be.true;
    });
  });

  describe('events', () => {
    it('emits kpi-select with the id and goal on click', async () => {
      const card = await cardWith(activationRate);
      setTimeout(() => base(card).click());
      const event = await oneEvent<KpiSelectEvent>(card, 'kpi-select');
      expect(event.detail).to.deep.equal({ id: 'activation-rate', goal: activationRate.goal });
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('is keyboard reachable and emits kpi-select on Enter', async () => {
      const card = await cardWith(activationRate);
      base(card).focus();
      expect(shadow(card).activeElement).to.equal(base(card));
      setTimeout(() => base(card).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
      const event = await oneEvent<KpiSelectEvent>(card, 'kpi-select');
      expect(event.detail.id).to.equal('activation-rate');
    });

    it('emits kpi-load and kpi-status-change for fetched data, from a local JSON file', async () => {
      const card = document.createElement('kpi-card');
      card.now = NOW;
      const statusChange = oneEvent<KpiStatusChangeEvent>(card, 'kpi-status-change');
      const load = oneEvent(card, 'kpi-load');
      card.src = '/demo/data/activation-rate.json';
      document.body.append(card);
      try {
        expect((await load).detail).to.include({ origin: 'src', notModified: false });
        expect((await statusChange).detail).to.deep.equal({ id: 'activation-rate', from: undefined, to: 'good' });
        await card.updateComplete;
        expect(text(card, 'label')).to.equal('Activation rate');
      } finally {
        card.remove();
      }
    });

    it('does not emit kpi-status-change or kpi-load when the page sets .data', async () => {
      const seen: string[] = [];
      const card = document.createElement('kpi-card');
      for (const type of ['kpi-status-change', 'kpi-load']) card.addEventListener(type, () => seen.push(type));
      card.data = activationRate;
      document.body.append(card);
      try {
        await card.updateComplete;
        card.data = weeklyEngagedTeams;
        await card.updateComplete;
        expect(card.status).to.equal('warning');
        expect(seen).to.deep.equal([]);
      } finally {
        card.remove();
      }
    });
  });

  describe('fetching', () => {
    it('keeps the last good data on screen when a refresh fails, with a warning', async () => {
      let calls = 0;
      const original = window.fetch;
      const restore = stubFetch((input, init) => {
        calls += 1;
        return calls === 1 ? original(input, init) : Promise.resolve(new Response('oops', { status: 500, statusText: 'Internal Server Error' }));
      });
      try {
        const card = await fixture<KpiCard>(html`<kpi-card .now=${NOW} src="/demo/data/activation-rate.json"></kpi-card>`);
        await waitUntil(() => card.status === 'good', 'the first load should succeed');
        const failed = oneEvent(card, 'kpi-error');
        card.reload();
        expect((await failed).detail.keptLastGood).to.be.true;
        await card.updateComplete;
        expect(text(card, 'label')).to.equal('Activation rate');
        // Plain words first; the URL and status for the page's author, one step away.
        const warning = part(card, 'warning') as HTMLElement;
        expect(warning.querySelector('.warning-plain')?.textContent).to.equal(
          'Refresh failed. The data source could not answer just now. Showing the data received less than a minute ago.',
        );
        expect(warning.querySelector('.warning-plain')?.textContent).not.to.contain('500');
        expect(warning.querySelector('details:not([open]) .error-message')?.textContent).to.contain('500');
        expect(hasState(card, 'refresh-failed')).to.be.true;
        expect(hasState(card, 'error')).to.be.false;
        await expect(card).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('says how old the kept data is by the clock that stamped it, not by a pinned now', async () => {
      // `now` (the judged time) is pinned a year back; the data arrived by the controller's clock.
      const clock = new ManualClock(Date.UTC(2027, 10, 23, 9));
      let calls = 0;
      const original = window.fetch;
      const restore = stubFetch((input, init) => {
        calls += 1;
        return calls === 1 ? original(input, init) : Promise.resolve(new Response('down', { status: 503 }));
      });
      try {
        const card = document.createElement('kpi-card');
        card['sourceController'].clock = clock;
        card.now = NOW;
        card.src = '/demo/data/activation-rate.json';
        (await fixture<HTMLElement>(html`<div></div>`)).append(card);
        await waitUntil(() => card.status === 'good', 'the first load should succeed');
        clock.advance(5 * 60_000);
        card.reload();
        await waitUntil(() => hasState(card, 'refresh-failed'), 'the refresh should fail');
        expect(text(card, 'warning')).to.contain('Showing the data received 5 minutes ago.');
      } finally {
        restore();
      }
    });

    it('aborts its request when disconnected', async () => {
      let signal: AbortSignal | undefined;
      const restore = stubFetch((_input, init) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>(() => {});
      });
      try {
        const card = await fixture<KpiCard>(html`<kpi-card src="/slow.json"></kpi-card>`);
        await waitUntil(() => signal !== undefined, 'fetch should start');
        card.remove();
        expect(signal?.aborted).to.be.true;
      } finally {
        restore();
      }
    });

    it('reads inline JSON from a child script', async () => {
      const card = document.createElement('kpi-card');
      card.now = NOW;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(activationRate);
      card.append(script);
      document.body.append(card);
      try {
        await waitUntil(() => card.status === 'good', 'inline JSON should load');
        expect(text(card, 'label')).to.equal('Activation rate');
      } finally {
        card.remove();
      }
    });
  });
});

describe('<kpi-card> never shows another KPI', () => {
  it('shows the error of an invalid document the page assigns after a valid one, not the old numbers', async () => {
    const card = await fixture<KpiCard>(
      html`<kpi-card .now=${NOW} .data=${{ id: 'revenue', label: 'Revenue', value: 100, target: { value: 90 } }}></kpi-card>`,
    );
    expect(text(card, 'value')).to.equal('100');
    card.data = { id: 'churn', label: 'Churn', value: 'n/a' };
    await card.updateComplete;
    expect(card.kpi).to.equal(undefined);
    expect(card.status).to.equal(undefined);
    expect(hasState(card, 'error')).to.be.true;
    expect(hasState(card, 'good')).to.be.false;
    expect(part(card, 'value')).to.equal(null);
    expect(part(card, 'warning')).to.equal(null);
    expect(text(card, 'error')).to.contain('/value');
  });

  it('keeps the last good data when the same document is read again and fails (a refresh)', async () => {
    const doc = { id: 'revenue', label: 'Revenue', value: 100 };
    const card = await fixture<KpiCard>(html`<kpi-card .now=${NOW} .data=${doc}></kpi-card>`);
    (doc as { value: unknown }).value = 'n/a'; // edited in place, then reloaded
    card.reload();
    await card.updateComplete;
    expect(text(card, 'value')).to.equal('100');
    expect(hasState(card, 'refresh-failed')).to.be.true;
  });
});

describe('<kpi-card> fetches only http(s)', () => {
  for (const src of ['javascript:alert(1)', 'data:application/json,{"id":"x","label":"X","value":1}', 'vbscript:msgbox']) {
    it(`refuses src="${src.slice(0, 16)}…" with a clear error and no request`, async () => {
      let calls = 0;
      const restore = stubFetch(async (...args) => {
        calls++;
        return new Response(JSON.stringify(args), { status: 500 });
      });
      try {
        const errors: unknown[] = [];
        const card = document.createElement('kpi-card');
        card.addEventListener('kpi-error', (event) => errors.push(event.detail));
        card.label = 'Churn';
        card.src = src;
        const placed = await fixture<HTMLElement>(html`<div></div>`);
        placed.append(card);
        await waitUntil(() => hasState(card, 'error'), 'the card should show the refusal');
        expect(calls).to.equal(0);
        expect(text(card, 'label')).to.equal('Churn');
        expect(text(card, 'error')).to.contain('only http and https URLs');
        expect(shadow(card).querySelector('.error-plain')?.textContent).to.equal('The address of the data is not one the page may load.');
        await waitUntil(() => errors.length === 1, 'kpi-error');
      } finally {
        restore();
      }
    });
  }

  it('refuses a streamed src="javascript:…" without opening an EventSource', async () => {
    const RealEventSource = window.EventSource;
    let opened = 0;
    window.EventSource = class extends RealEventSource {
      constructor(url: string | URL, init?: EventSourceInit) {
        opened++;
        super(url, init);
      }
    };
    try {
      const card = document.createElement('kpi-card');
      card.label = 'Churn';
      card.stream = 'sse';
      card.src = 'javascript:alert(1)';
      const placed = await fixture<HTMLElement>(html`<div></div>`);
      placed.append(card);
      await waitUntil(() => hasState(card, 'error'), 'the card should show the refusal');
      expect(opened).to.equal(0);
      expect(text(card, 'error')).to.contain('only http and https URLs');
    } finally {
      window.EventSource = RealEventSource;
    }
  });
});

describe('<kpi-card> look', () => {
  /** Every box the shadow root draws, and the host's. */
  function overflowing(card: KpiCard): string[] {
    const host = card.getBoundingClientRect();
    const out: string[] = [];
    for (const el of shadow(card).querySelectorAll('*')) {
      for (const r of el.getClientRects()) {
        if (r.width === 0 && r.height === 0) continue;
        const tolerance = 0.5;
        if (r.left < host.left - tolerance || r.right > host.right + tolerance || r.top < host.top - tolerance || r.bottom > host.bottom + tolerance) {
          out.push(
            `${el.localName}.${el.getAttribute('class') ?? ''} [${Math.round(r.left - host.left)}, ${Math.round(r.top - host.top)}, ${Math.round(r.width)} × ${Math.round(r.height)}]`,
          );
        }
      }
    }
    return out;
  }

  const TILES: readonly [string, unknown, string?][] = [
    ['a good KPI with a sparkline', activationRate],
    ['a warning KPI with a unit', timeToFirstValue],
    ['a stale KPI', staleSignups],
    ['a long label', { ...activationRate, label: 'Share of new enterprise workspaces activated within their first seven days' }],
    ['an error, with the page’s label', invalidDocument, 'Churn'],
  ];
  for (const [what, data, label] of TILES) {
    it(`keeps a 160 × 100 tile inside its box: label, value and verdict only (${what})`, async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card sparkline style="width: 160px; height: 100px" label=${label ?? ''} .now=${NOW} .data=${data}></kpi-card>`,
      );
      await card.updateComplete;
      await new Promise(requestAnimationFrame);
      expect(overflowing(card)).to.deep.equal([]);
      expect((part(card, 'label') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(0);
      expect((part(card, 'status') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(0);
      if (label) expect(text(card, 'label')).to.equal(label);
      else expect((part(card, 'value') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(0);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`draws adjacent bands at least 8 CIE L* apart, worse with more ink, in the ${scheme} theme`, async () => {
      const holder = await fixture<HTMLElement>(html`<div style="color-scheme: ${scheme}"><kpi-card .now=${NOW} .data=${activationRate}></kpi-card></div>`);
      const card = holder.querySelector('kpi-card') as KpiCard;
      await card.updateComplete;
      const lightness = (status: string): number => {
        const band = shadow(card).querySelector(`.bullet [data-band="${status}"]`) as SVGElement;
        const [r, g, b] = (getComputedStyle(band).fill.match(/\d+(\.\d+)?/g) ?? []).map((c) => Number(c) / 255);
        const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        const y = 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
        return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
      };
      const [good, warning, critical] = ['good', 'warning', 'critical'].map(lightness) as [number, number, number];
      const ink = scheme === 'light' ? [-good, -warning, -critical] : [good, warning, critical];
      expect(ink[1]! - ink[0]!, `good ${good.toFixed(1)} → warning ${warning.toFixed(1)}`).to.be.at.least(8);
      expect(ink[2]! - ink[1]!, `warning ${warning.toFixed(1)} → critical ${critical.toFixed(1)}`).to.be.at.least(8);
    });
  }

  it('marks stale data with a clock in the data-state hue, unlike the warning status (triangle, amber)', async () => {
    const stale = await cardWith(staleSignups);
    const warning = await cardWith(timeToFirstValue);
    expect(warning.status).to.equal('warning');
    const badge = part(stale, 'stale') as HTMLElement;
    const status = part(warning, 'status') as HTMLElement;
    const badgeIcon = badge.querySelector('svg') as SVGSVGElement;
    const statusIcon = status.querySelector('svg') as SVGSVGElement;
    expect(badgeIcon.dataset['icon']).to.equal('stale');
    expect(badgeIcon.innerHTML).to.not.equal(statusIcon.innerHTML);
    expect(getComputedStyle(badge).color).to.not.equal(getComputedStyle(status).color);
    // Nor the colour of any status.
    const good = part(await cardWith(activationRate), 'status') as HTMLElement;
    expect(getComputedStyle(badge).color).to.not.equal(getComputedStyle(good).color);
  });

  it('says "Could not load" with a broken link, not the critical cross, when no data can be shown', async () => {
    const card = await cardWith(invalidDocument);
    const badge = part(card, 'status') as HTMLElement;
    expect(text(card, 'status')).to.equal('Could not load');
    expect(badge.querySelector('svg')?.dataset['icon']).to.equal('broken');
    expect(badge.hasAttribute('data-level')).to.be.false;
    // Plain words first; the JSON paths are one click away, for the page's author.
    const error = part(card, 'error') as HTMLElement;
    expect(error.querySelector('.error-plain')?.textContent).to.equal('The data has a mistake, so this KPI cannot be shown.');
    expect(error.querySelector('details')?.open).to.be.false;
    expect(error.querySelector('details')?.textContent).to.contain('/target/value');
    await expect(card).to.be.accessible();
  });

  it('gives one verdict in a status colour: the change and the pace are in the muted colour', async () => {
    // Net revenue retention: healthy (good), but behind pace; the change is better.
    const card = await cardWith(netRevenueRetention);
    const muted = getComputedStyle(part(card, 'meta') as HTMLElement).color;
    const status = getComputedStyle(part(card, 'status') as HTMLElement).color;
    expect(text(card, 'status')).to.equal('healthy');
    expect(text(card, 'pace')).to.match(/^Behind pace/);
    for (const name of ['delta', 'target', 'pace']) {
      expect(getComputedStyle(part(card, name) as HTMLElement).color, name).to.equal(muted);
      expect(getComputedStyle(part(card, name) as HTMLElement).color, name).to.not.equal(status);
    }
    expect(card.explanation).to.contain('The pace verdict (behind pace) points the other way');
  });

  it('puts the values of cards in a row on one baseline, whatever the label length', async () => {
    const row = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: repeat(3, 240px); gap: 8px">
      <kpi-card .now=${NOW} .data=${activationRate}></kpi-card>
      <kpi-card .now=${NOW} .data=${{ ...timeToFirstValue, label: 'Time to first value for new workspaces after sign-up, median' }}></kpi-card>
      <kpi-card .now=${NOW} .data=${staleSignups}></kpi-card>
    </div>`);
    const cards = [...row.querySelectorAll('kpi-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    const bottoms = cards.map((c) => Math.round((part(c, 'value') as HTMLElement).getBoundingClientRect().top));
    expect(new Set(bottoms).size, `value tops ${bottoms.join(', ')}`).to.equal(1);
  });
});

/** A minimal valid document with a value. */
function apiLike() {
  return { id: 'x', label: 'X', value: 1 };
}
