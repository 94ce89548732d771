import { expect, waitUntil } from '@open-wc/testing';
import {
  endpoint,
  fixtureJson,
  fixtureUrl,
  mount,
  nextError,
  nextLoad,
  restorePageVisibility,
  setPageVisibility,
  settle,
  unmountAll,
  until,
} from './support/source-harness.js';
import { countFetches, stopCountingFetches } from './support/fetch-counter.js';
import { instrument } from './support/leak-probe.js';
import { ManualClock } from './support/manual-clock.js';

const doc = (label: string, value: number) => ({ id: 'probe', label, value });

const shown = (el: HTMLElement, part: string): string => el.shadowRoot?.querySelector(`[part="${part}"]`)?.textContent?.trim() ?? '';

describe('KpiSourceController', () => {
  afterEach(() => {
    unmountAll();
    restorePageVisibility();
    stopCountingFetches();
  });

  describe('sources', () => {
    it('fetches src: loading first, then ok with the validated value and a kpi-load naming the URL', async () => {
      const url = fixtureUrl('revenue.json');
      const { el, loads } = await mount({ src: url });
      expect(el.controller.state).to.equal('loading');
      expect(el.controller.origin).to.equal('src');
      await nextLoad(el);
      await el.updateComplete;
      expect(el.controller.state).to.equal('ok');
      expect(el.controller.value?.label).to.equal('Monthly recurring revenue');
      expect(el.controller.value?.value).to.equal(48200);
      expect(el.controller.failure).to.equal(undefined);
      expect(el.controller.receivedAt).to.be.a('number');
      expect(loads).to.deep.equal([{ origin: 'src', url, notModified: false }]);
      expect(shown(el, 'value')).to.equal('Monthly recurring revenue: 48200');
    });

    it('asks the server for JSON', async () => {
      const api = endpoint('ok');
      const { el } = await mount({ src: api.url });
      await nextLoad(el);
      expect((await api.stats()).accept).to.deep.equal(['application/json']);
    });

    it('shows .data in the same update that receives it, without a kpi-load', async () => {
      const { el, loads, errors } = await mount();
      el.data = doc('From the page', 7);
      await settle(el);
      // view is derived in willUpdate, before the controller's hostUpdate runs.
      expect(el.view).to.deep.equal({ state: 'ok', text: 'From the page: 7' });
      expect(el.controller.origin).to.equal('data');
      expect(el.controller.receivedAt).to.be.a('number');
      el.data = doc('Replaced', 8);
      await settle(el);
      expect(shown(el, 'value')).to.equal('Replaced: 8');
      expect(loads).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('reads inline JSON and follows edits to its text', async () => {
      const { el, loads } = await mount({ inline: doc('Inline', 1) });
      await settle(el);
      expect(el.controller.origin).to.equal('inline');
      expect(el.controller.state).to.equal('ok');
      expect(shown(el, 'value')).to.equal('Inline: 1');
      expect(loads).to.deep.equal([{ origin: 'inline', notModified: false }]);

      const script = el.querySelector('script') as HTMLScriptElement;
      script.textContent = JSON.stringify(doc('Inline edited', 2));
      await nextLoad(el);
      await el.updateComplete;
      expect(shown(el, 'value')).to.equal('Inline edited: 2');
    });

    it('picks up an inline script added after the element connected', async () => {
      const { el } = await mount();
      expect(el.controller.origin).to.equal(undefined);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(doc('Late', 3));
      el.append(script);
      await nextLoad(el);
      await el.updateComplete;
      expect(shown(el, 'value')).to.equal('Late: 3');
    });

    it('prefers .data over src over inline JSON, and falls back when the winner goes away', async () => {
      const api = endpoint('ok', 'From src');
      const { el } = await mount({ data: doc('From data', 1), src: api.url, inline: doc('From inline', 3) });
      expect(el.controller.origin).to.equal('data');
      expect(shown(el, 'value')).to.equal('From data: 1');
      expect((await api.stats()).requests).to.equal(0);

      el.data = undefined;
      await nextLoad(el);
      await el.updateComplete;
      expect(el.controller.origin).to.equal('src');
      expect(shown(el, 'value')).to.equal('From src: 1');

      el.src = null;
      await settle(el);
      expect(el.controller.origin).to.equal('inline');
      expect(shown(el, 'value')).to.equal('From inline: 3');

      el.data = doc('From data again', 4);
      await settle(el);
      expect(el.controller.origin).to.equal('data');
      expect(shown(el, 'value')).to.equal('From data again: 4');
    });

    it('waits in loading, with no origin, while the element has no source', async () => {
      const { el, loads, errors } = await mount();
      await settle(el);
      expect(el.controller.state).to.equal('loading');
      expect(el.controller.origin).to.equal(undefined);
      expect(el.controller.value).to.equal(undefined);
      expect(loads.length + errors.length).to.equal(0);
    });

    it('does not carry a value over to a different src', async () => {
      const first = endpoint('ok', 'First');
      const second = endpoint('hang');
      const { el } = await mount({ src: first.url });
      await nextLoad(el);
      el.src = second.url;
      await el.updateComplete;
      expect(el.controller.state).to.equal('loading');
      expect(el.controller.value).to.equal(undefined);
      expect(el.view.text).to.equal('');
    });
  });

  describe('outcomes', () => {
    it('reports empty when the document is valid but has nothing to show yet', async () => {
      const { el } = await mount({ src: fixtureUrl('no-points.json') });
      await nextLoad(el);
      expect(el.controller.state).to.equal('empty');
      expect(el.controller.value?.label).to.equal('Trial sign-ups');
    });

    it('reports error with diagnostics naming the JSON Pointer of the bad field', async () => {
      const url = fixtureUrl('invalid.json');
      const { el, loads } = await mount({ src: url });
      const detail = await nextError(el);
      await el.updateComplete;
      expect(el.controller.state).to.equal('error');
      expect(el.controller.value).to.equal(undefined);
      expect(detail.keptLastGood).to.equal(false);
      expect(detail.failure.kind).to.equal('invalid');
      expect(detail.failure.url).to.equal(url);
      expect(detail.failure.diagnostics?.map((d) => d.path)).to.deep.equal(['/value']);
      expect(el.controller.failure).to.deep.equal(detail.failure);
      expect(shown(el, 'failure')).to.contain('/value');
      expect(loads).to.deep.equal([]);
    });

    it('keeps the last good value when a refresh fails, sets failure and reports keptLastGood', async () => {
      const api = endpoint('ok,500');
      const { el } = await mount({ src: api.url });
      await nextLoad(el);
      const good = el.controller.value;
      const receivedAt = el.controller.receivedAt;

      el.controller.refresh();
      const detail = await nextError(el);
      await el.updateComplete;
      expect(detail.keptLastGood).to.equal(true);
      expect(detail.failure.kind).to.equal('http');
      expect(el.controller.state).to.equal('ok');
      expect(el.controller.value).to.equal(good);
      expect(el.controller.receivedAt).to.equal(receivedAt);
      expect(el.controller.failure?.status).to.equal(500);
      expect(shown(el, 'value')).to.equal('Probe: 1');
    });

    it('clears the failure with the next success', async () => {
      const api = endpoint('ok,503,ok');
      const { el } = await mount({ src: api.url });
      await nextLoad(el);
      el.controller.refresh();
      await nextError(el);
      el.controller.refresh();
      await nextLoad(el);
      expect(el.controller.failure).to.equal(undefined);
      expect(el.controller.value?.value).to.equal(3);
    });

    it('turns an interpret that throws into a mapping failure quoting the error', async () => {
      const { el } = await mount({
        src: fixtureUrl('revenue.json'),
        onInterpret: () => {
          throw new Error('transform exploded');
        },
      });
      const detail = await nextError(el);
      expect(detail.failure.kind).to.equal('mapping');
      expect(detail.failure.message).to.contain('transform exploded');
      expect(el.controller.state).to.equal('error');
    });

    it('sets error and failure for invalid .data without firing kpi-error', async () => {
      const { el, errors } = await mount({ data: { id: 'probe', label: 'Probe', value: '45%' } });
      await settle(el);
      expect(el.controller.state).to.equal('error');
      expect(el.controller.failure?.kind).to.equal('invalid');
      expect(el.controller.failure?.diagnostics?.[0]?.path).to.equal('/value');
      expect(errors).to.deep.equal([]);
    });

    it('keeps the last good inline value when the inline JSON is edited into something broken', async () => {
      const { el } = await mount({ inline: doc('Inline', 1) });
      const script = el.querySelector('script') as HTMLScriptElement;
      script.textContent = '{"id": "probe", ';
      const detail = await nextError(el);
      expect(detail.keptLastGood).to.equal(true);
      expect(detail.failure.kind).to.equal('parse');
      expect(detail.failure.message).to.match(/^The inline JSON is not valid JSON: .+/);
      expect(el.controller.state).to.equal('ok');
      expect(el.controller.value?.label).to.equal('Inline');
    });
  });

  describe('failure messages', () => {
    const cases = [
      {
        step: 'reset',
        kind: 'network',
        message: (url: string) =>
          `Could not reach ${url}: the network is down, the server redirects in a loop, ` +
          'or it redirects to another origin (a sign-in page?) that does not send Access-Control-Allow-Origin',
      },
      { step: '500', kind: 'http', message: (url: string) => `${url} answered 500 Internal Server Error` },
      { step: '401', kind: 'http', message: (url: string) => `${url} answered 401 Unauthorized (sign in, or check access to it)` },
      {
        step: '403',
        kind: 'http',
        message: (url: string) => `${url} answered 403 Forbidden (no permission: ask for access, or sign in with an account that has it)`,
      },
      { step: '404', kind: 'http', message: (url: string) => `${url} answered 404 Not Found (check the src URL)` },
      { step: 'html', kind: 'parse', message: (url: string) => `${url} returned HTML, not JSON (a login or error page?)` },
      { step: 'blank', kind: 'parse', message: (url: string) => `${url} is empty, not JSON` },
      { step: 'truncated', kind: 'parse', message: (url: string) => `${url} is not valid JSON: it ends too early, at line 1, column 30 (cut off?)` },
      { step: 'malformed', kind: 'parse', message: (url: string) => `${url} is not valid JSON: unexpected "}" at line 3, column 1` },
    ] as const;

    for (const { step, kind, message } of cases) {
      it(`names the URL and the cause when the server answers "${step}"`, async () => {
        const api = endpoint(step);
        const { el } = await mount({ src: api.url });
        const detail = await nextError(el);
        expect(detail.failure.kind).to.equal(kind);
        expect(detail.failure.message).to.equal(message(api.url));
        expect(detail.failure.url).to.equal(api.url);
      });
    }

    it('carries the HTTP status on http failures', async () => {
      const api = endpoint('503');
      const { el } = await mount({ src: api.url });
      const detail = await nextError(el);
      expect(detail.failure.status).to.equal(503);
    });

    it("says where inline JSON stops being JSON, in its own words rather than the parser's", async () => {
      const { el } = await mount({ inline: '{"id": "probe",\n "label": <b>Probe</b>}' });
      // The wording loads on demand, the first time inline JSON is broken.
      await waitUntil(() => el.controller.failure, 'the parse failure', until);
      expect(el.controller.failure?.kind).to.equal('parse');
      expect(el.controller.failure?.message).to.equal('The inline JSON is not valid JSON: unexpected "<" at line 2, column 11');
    });

    it('explains truncated JSON in a sentence of its own, prefixed by the URL', async () => {
      const api = endpoint('truncated');
      const { el } = await mount({ src: api.url });
      const detail = await nextError(el);
      expect(detail.failure.kind).to.equal('parse');
      expect(detail.failure.message.startsWith(`${api.url} is not valid JSON: `)).to.equal(true);
      expect(detail.failure.message.length).to.be.greaterThan(`${api.url} is not valid JSON: `.length);
    });
  });

  describe('aborting', () => {
    it('aborts the request when the element is disconnected, and changes nothing afterwards', async () => {
      const api = endpoint('hang');
      const { el, loads, errors } = await mount({ src: api.url });
      await waitUntil(async () => (await api.stats()).requests === 1, 'the request reached the server', until);
      el.remove();
      await waitUntil(async () => (await api.stats()).aborted === 1, 'the server saw the client abort', until);
      await settle(el);
      expect(el.controller.state).to.equal('loading');
      expect(el.controller.failure).to.equal(undefined);
      expect(loads.length + errors.length).to.equal(0);
    });

    it('resumes the interrupted load when the element is connected again', async () => {
      const api = endpoint('hang,ok');
      const { el } = await mount({ src: api.url });
      await waitUntil(async () => (await api.stats()).requests === 1, 'the first request reached the server', until);
      el.remove();
      document.body.append(el);
      await nextLoad(el);
      expect(el.controller.value?.value).to.equal(2);
      expect((await api.stats()).aborted).to.equal(1);
    });

    it('does not fetch again when a loaded element is only moved', async () => {
      const api = endpoint('ok');
      const { el } = await mount({ src: api.url });
      await nextLoad(el);
      el.remove();
      document.body.prepend(el);
      await settle(el);
      expect((await api.stats()).requests).to.equal(1);
      expect(el.controller.state).to.equal('ok');
    });

    it('aborts the superseded request when src changes, so only the newest result is shown', async () => {
      const slow = endpoint('hang', 'Old');
      const fast = endpoint('ok', 'New');
      const { el, loads } = await mount({ src: slow.url });
      await waitUntil(async () => (await slow.stats()).requests === 1, 'the old request reached the server', until);
      el.src = fast.url;
      await nextLoad(el);
      await el.updateComplete;
      await waitUntil(async () => (await slow.stats()).aborted === 1, 'the old request was aborted', until);
      expect(shown(el, 'value')).to.equal('New: 1');
      expect(loads.map((l) => l.url)).to.deep.equal([fast.url]);
    });

    it('aborts a pending fetch when the page sets .data', async () => {
      const api = endpoint('hang');
      const { el, errors } = await mount({ src: api.url });
      await waitUntil(async () => (await api.stats()).requests === 1, 'the request reached the server', until);
      el.data = doc('From the page', 5);
      await settle(el);
      expect(shown(el, 'value')).to.equal('From the page: 5');
      await waitUntil(async () => (await api.stats()).aborted === 1, 'the fetch was aborted', until);
      expect(el.controller.origin).to.equal('data');
      expect(errors).to.deep.equal([]);
    });
  });

  describe('polling', () => {
    it('fetches again every refresh seconds after the previous load completes', async () => {
      const api = endpoint('ok');
      const { el, loads } = await mount({ src: api.url, refresh: 0.05 });
      await waitUntil(() => loads.length >= 3, 'three loads', until);
      await el.updateComplete;
      expect(el.controller.value?.value).to.be.at.least(3);
      expect(shown(el, 'value')).to.equal(`Probe: ${el.controller.value?.value}`);
    });

    it('keeps polling after a failed poll', async () => {
      const api = endpoint('ok,500,ok');
      const { el, errors } = await mount({ src: api.url, refresh: 0.05 });
      await waitUntil(() => el.controller.value?.value === 3, 'the poll after the failure', until);
      expect(errors.map((e) => e.keptLastGood)).to.deep.equal([true]);
      expect(el.controller.failure).to.equal(undefined);
    });

    // Time is the test's ManualClock: it moves only when the test advances it, so "no request"
    // is proved by letting poll periods pass on the clock and counting fetches, never by sleeping.

    it('pauses while the tab is hidden and fetches at once when it is shown with a poll overdue', async () => {
      const api = endpoint('ok');
      const clock = new ManualClock();
      const fetches = countFetches(api.url);
      const { el, loads } = await mount({ src: api.url, refresh: 0.05, clock });
      await nextLoad(el);
      expect(clock.pending, 'the next poll is planned').to.equal(1);
      setPageVisibility('hidden');
      const fetchesWhenHidden = fetches.count;
      const requestsWhenHidden = (await api.stats()).requests;
      expect(fetchesWhenHidden).to.equal(1);
      // Six poll periods pass with the tab hidden: the poll falls due, and nothing is fetched.
      expect(clock.advance(300), 'poll timers run').to.be.at.least(1);
      expect((await api.stats()).requests).to.equal(requestsWhenHidden);
      expect(fetches.count, 'fetches while hidden').to.equal(fetchesWhenHidden);
      expect(loads.length).to.equal(1);

      // Shown again: the overdue poll runs without the clock moving on.
      const loadsBefore = loads.length;
      setPageVisibility('visible');
      await waitUntil(() => loads.length > loadsBefore, 'a load as soon as the tab is visible', until);
      expect(fetches.count).to.equal(fetchesWhenHidden + 1);
      expect((await api.stats()).requests).to.equal(requestsWhenHidden + 1);
    });

    it('stops polling when refresh is set to 0', async () => {
      const api = endpoint('ok');
      const clock = new ManualClock();
      const fetches = countFetches(api.url);
      const { el, loads } = await mount({ src: api.url, refresh: 0.05, clock });
      await nextLoad(el);
      clock.advance(50);
      await nextLoad(el);
      expect(loads.length, 'polling runs').to.equal(2);
      expect(clock.pending, 'the next poll is planned').to.equal(1);

      el.refresh = 0;
      await el.updateComplete;
      // Twenty poll periods pass: nothing more.
      clock.advance(1000);
      expect((await api.stats()).requests).to.equal(2);
      expect(fetches.count).to.equal(2);
      expect(loads.length).to.equal(2);
      expect(clock.pending, 'polls planned').to.equal(0);
    });

    it('polls a src shared by elements that loaded at different times on one schedule: one request per period', async () => {
      const api = endpoint('ok');
      const clock = new ManualClock();
      const first = await mount({ src: api.url, refresh: 0.05, clock });
      await nextLoad(first.el);
      clock.advance(20);
      // The second element's own load comes after the first one's has answered, so it is a request of its own.
      const second = await mount({ src: api.url, refresh: 0.05, clock });
      await nextLoad(second.el);
      expect((await api.stats()).requests).to.equal(2);
      expect(clock.pending, 'one poll planned for both').to.equal(1);

      // The first element's poll falls due 50 ms after its load: both poll then, in one request.
      const both = Promise.all([nextLoad(first.el), nextLoad(second.el)]);
      expect(clock.advance(30), 'poll timers run').to.equal(1);
      await both;
      expect((await api.stats()).requests).to.equal(3);
      expect([first.el.controller.value?.value, second.el.controller.value?.value]).to.deep.equal([3, 3]);

      // Two more periods: two more requests, however the answers' callbacks interleave.
      for (const period of [4, 5]) {
        const next = Promise.all([nextLoad(first.el), nextLoad(second.el)]);
        clock.advance(50);
        await next;
        expect((await api.stats()).requests).to.equal(period);
      }
      expect(first.loads.length + second.loads.length).to.equal(8);
    });

    it("gives each poll period of a src its own schedule, and cancels a schedule's timer when its last element leaves", async () => {
      const healthy = endpoint('ok');
      const clock = new ManualClock();
      const a = await mount({ src: healthy.url, refresh: 0.05, clock });
      const b = await mount({ src: healthy.url, refresh: 0.05, clock });
      await Promise.all([nextLoad(a.el), nextLoad(b.el)]);
      expect(clock.pending, 'one poll planned for both').to.equal(1);
      b.el.refresh = 0.1;
      await b.el.updateComplete;
      expect(clock.pending, 'a new period is a schedule of its own').to.equal(2);
      b.el.remove();
      await b.el.updateComplete;
      expect(clock.pending, 'leaving the schedule cancels its timer').to.equal(1);
    });

    it('lets a poll already on its way land when refresh is set to 0, and polls no more after it', async () => {
      // The poll waits at the server (a gate) until the test lets it answer, so it is surely on its way.
      const api = endpoint('ok,gate');
      const clock = new ManualClock();
      const fetches = countFetches(api.url);
      const { el, loads } = await mount({ src: api.url, refresh: 0.05, clock });
      await nextLoad(el);
      clock.advance(50);
      await waitUntil(async () => (await api.stats()).requests === 2, 'the poll reached the server', until);

      el.refresh = 0;
      await el.updateComplete;
      const landed = nextLoad(el);
      await api.release();
      await landed;
      expect(el.controller.value?.value).to.equal(2);
      // Twenty poll periods pass: nothing more.
      clock.advance(1000);
      expect((await api.stats()).requests).to.equal(2);
      expect(fetches.count).to.equal(2);
      expect(loads.length).to.equal(2);
      expect(clock.pending, 'polls planned').to.equal(0);
    });

    it('revalidates with If-None-Match: a 304 keeps the value, updates receivedAt and fires kpi-load notModified', async () => {
      const api = endpoint('stable');
      const clock = new ManualClock();
      const { el, loads } = await mount({ src: api.url, clock });
      await nextLoad(el);
      const value = el.controller.value;
      const receivedAt = el.controller.receivedAt as number;
      expect(receivedAt).to.equal(clock.now());
      clock.advance(5); // the clock moves on, so the new receivedAt is distinguishable

      el.controller.refresh();
      const detail = await nextLoad(el);
      expect(detail).to.deep.equal({ origin: 'src', url: api.url, notModified: true });
      expect(el.controller.value).to.equal(value);
      expect(el.controller.state).to.equal('ok');
      expect(el.controller.receivedAt).to.be.greaterThan(receivedAt);
      expect(el.controller.receivedAt).to.equal(receivedAt + 5);
      expect((await api.stats()).ifNoneMatch).to.deep.equal([null, '"stable"']);
      expect(loads.map((l) => l.notModified)).to.deep.equal([false, true]);
    });

    it('treats a 304 after a failed refresh as a success that clears the failure', async () => {
      const api = endpoint('stable,500,stable');
      const { el } = await mount({ src: api.url });
      await nextLoad(el);
      el.controller.refresh();
      await nextError(el);
      expect(el.controller.failure?.status).to.equal(500);
      el.controller.refresh();
      const detail = await nextLoad(el);
      expect(detail.notModified).to.equal(true);
      expect(el.controller.failure).to.equal(undefined);
    });
  });

  describe('reinterpret', () => {
    it('keeps reporting a failed refresh after re-reading the earlier JSON', async () => {
      const api = endpoint('ok,500');
      const { el } = await mount({ src: api.url });
      await nextLoad(el);
      el.controller.refresh();
      await nextError(el);
      el.controller.reinterpret();
      expect(el.controller.state).to.equal('ok');
      expect(el.controller.failure?.status).to.equal(500);
    });

    it('runs interpret again on the last JSON without fetching', async () => {
      const url = fixtureUrl('nested.json');
      const { el } = await mount({ src: url, kpiPointer: '/kpis/revenue' });
      await nextLoad(el);
      await el.updateComplete;
      expect(shown(el, 'value')).to.equal('Monthly recurring revenue: 48200');

      let fetched = 0;
      const count = () => fetched++;
      el.addEventListener('kpi-load', count);
      el.kpiPointer = '/kpis/churn';
      await settle(el);
      expect(shown(el, 'value')).to.equal('Logo churn: 2.1');
      expect(fetched).to.equal(0);
    });

    it('reports a mapping failure from reinterpret in state and failure, without events', async () => {
      const { el, errors } = await mount({ data: await fixtureJson('nested.json'), kpiPointer: '/kpis/revenue' });
      el.kpiPointer = '/kpis/missing';
      await settle(el);
      expect(el.controller.failure?.kind).to.equal('mapping');
      expect(el.controller.failure?.message).to.contain('/kpis/missing');
      expect(el.controller.state).to.equal('ok');
      expect(errors).to.deep.equal([]);
    });
  });

  describe('refresh()', () => {
    it('reads .data again when the page changed it in place', async () => {
      const data = doc('Mutable', 1);
      const { el } = await mount({ data });
      data.value = 2;
      el.controller.refresh();
      await settle(el);
      expect(shown(el, 'value')).to.equal('Mutable: 2');
    });

    it('reads inline JSON again', async () => {
      let interpreted = 0;
      const { el } = await mount({ inline: doc('Inline', 1), onInterpret: () => interpreted++ });
      el.controller.refresh();
      await nextLoad(el);
      expect(interpreted).to.equal(2);
    });
  });

  describe('lifecycle', () => {
    it('leaves no timers, listeners or polls behind after 200 connect/disconnect cycles', async () => {
      const api = endpoint('ok');
      const clock = new ManualClock();
      const fetches = countFetches(api.url);
      const { el } = await mount({ src: api.url, refresh: 0.05, clock });
      await nextLoad(el);
      expect(clock.pending, 'the next poll is planned').to.equal(1);
      el.remove();
      expect(clock.pending, 'poll timers left after the first disconnect').to.equal(0);

      const live = instrument();
      const baseline = live.counts();
      let planned = 0;
      try {
        for (let cycle = 0; cycle < 200; cycle++) {
          document.body.append(el);
          // Each connect plans the next poll (on the test's clock, so the probe above does not see it)...
          planned += clock.pending;
          el.remove();
        }
        expect(live.counts(), 'timers and document/window listeners left').to.deep.equal(baseline);
      } finally {
        live.restore();
      }
      // ...and each disconnect cancels it.
      expect(planned, 'polls planned while connected').to.equal(200);
      expect(clock.pending, 'poll timers left').to.equal(0);

      // End to end: a detached element does not keep polling. Twenty poll periods pass.
      expect(clock.advance(1000), 'poll timers run').to.equal(0);
      expect((await api.stats()).requests).to.equal(1);
      expect(fetches.count).to.equal(1);
    });
  });
});
