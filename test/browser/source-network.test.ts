/**
 * Network manners of the source controller (issue 14): timeouts, backoff, Retry-After,
 * refused access, the body size cap, JSON labelled as HTML and redirect loops.
 * Time is the test's ManualClock: waits are proved by moving it, never by sleeping.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { countFetches, stopCountingFetches } from './support/fetch-counter.js';
import { ManualClock } from './support/manual-clock.js';
import { endpoint, mount, nextError, nextLoad, unmountAll, until } from './support/source-harness.js';

/** The jitter this file draws: half way, so a backed-off wait is 3/4 of its exponential step. */
const halfway = (): number => 0.5;

describe('source network manners', () => {
  afterEach(() => {
    unmountAll();
    stopCountingFetches();
  });

  describe('timeouts', () => {
    it('ends a first request that never answers with a timeout error, instead of loading for ever', async () => {
      const api = endpoint('hang');
      const clock = new ManualClock();
      const { el, errors } = await mount({ src: api.url, clock, timeout: 5 });
      await waitUntil(async () => (await api.stats()).requests === 1, 'the request reached the server', until);
      clock.advance(4_999);
      expect(el.controller.state).to.equal('loading');
      clock.advance(1);
      await waitUntil(() => errors.length === 1, 'the timeout', until);
      expect(el.controller.state).to.equal('error');
      expect(el.controller.failure?.kind).to.equal('timeout');
      expect(el.controller.failure?.message).to.equal(`${api.url} did not answer within 5 s (the timeout); trying again later`);
      await waitUntil(async () => (await api.stats()).aborted === 1, 'the server saw the request cut off', until);
    });

    it('keeps the last good data through a hung poll, says so, and polls again: a hung server never stops polling', async () => {
      const api = endpoint('ok,hang,ok');
      const clock = new ManualClock();
      const fetches = countFetches(api.url);
      const { el, errors } = await mount({ src: api.url, clock, refresh: 1, timeout: 5, random: halfway });
      await nextLoad(el);
      clock.advance(1_000);
      expect(fetches.count, 'the poll').to.equal(2);
      await waitUntil(async () => (await api.stats()).requests === 2, 'the poll reached the server', until);
      clock.advance(5_000);
      await waitUntil(() => errors.length === 1, 'the timeout', until);
      expect(errors[0]?.keptLastGood).to.equal(true);
      expect(el.controller.state).to.equal('ok');
      expect(el.controller.value?.value).to.equal(1);
      expect(el.controller.failure?.kind).to.equal('timeout');
      // One failure: the next poll waits 3/4 of twice the period.
      clock.advance(1_499);
      expect(fetches.count).to.equal(2);
      const load = nextLoad(el);
      clock.advance(1);
      expect(fetches.count).to.equal(3);
      await load;
      expect(el.controller.value?.value).to.equal(3);
      expect(el.controller.failure).to.equal(undefined);
    });

    it('times out a body that trickles in and never ends', async () => {
      const api = endpoint('ok,trickle');
      const clock = new ManualClock();
      const { el, errors } = await mount({ src: api.url, clock, timeout: 2 });
      await nextLoad(el);
      el.controller.refresh();
      await waitUntil(async () => (await api.stats()).requests === 2, 'the second request reached the server', until);
      clock.advance(2_000);
      await waitUntil(() => errors.length === 1, 'the timeout', until);
      expect(el.controller.failure?.kind).to.equal('timeout');
      expect(el.controller.value?.value).to.equal(1);
    });
  });

  describe('backoff', () => {
    it('waits twice as long after each failure in a row, with jitter, and returns to the period after a success', async () => {
      const api = endpoint('ok,500,500,500,ok,500');
      const clock = new ManualClock();
      const fetches = countFetches(api.url);
      const { el, errors } = await mount({ src: api.url, clock, refresh: 1, random: halfway });
      await nextLoad(el);
      // Waits after each outcome: the period after a success, then 3/4 of 2, 4, 8 periods.
      for (const [wait, failures] of [
        [1_000, 1],
        [1_500, 2],
        [3_000, 3],
      ] as const) {
        const before = fetches.count;
        clock.advance(wait - 1);
        expect(fetches.count, `no request before ${wait} ms`).to.equal(before);
        clock.advance(1);
        expect(fetches.count, `a request at ${wait} ms`).to.equal(before + 1);
        await waitUntil(() => errors.length === failures, `failure ${failures}`, until);
      }
      const recovered = nextLoad(el);
      clock.advance(6_000);
      await recovered;
      const before = fetches.count;
      clock.advance(999);
      expect(fetches.count).to.equal(before);
      clock.advance(1);
      expect(fetches.count, 'back to the period').to.equal(before + 1);
    });

    for (const { step, wait } of [
      { step: '503-retry', wait: 120_000 },
      { step: '429-retry', wait: 60_000 },
    ]) {
      it(`honours the Retry-After of a ${step.slice(0, 3)}: no request before it asks`, async () => {
        const api = endpoint(`ok,${step},ok`);
        const clock = new ManualClock();
        const fetches = countFetches(api.url);
        const { el } = await mount({ src: api.url, clock, refresh: 1, random: halfway });
        await nextLoad(el);
        const failed = nextError(el);
        clock.advance(1_000);
        expect((await failed).failure.status).to.equal(Number(step.slice(0, 3)));
        clock.advance(wait - 1);
        expect(fetches.count).to.equal(2);
        clock.advance(1);
        expect(fetches.count).to.equal(3);
      });
    }

    for (const status of ['401', '403']) {
      it(`slows polling to every 5 minutes after a ${status}: waiting will not sign anyone in`, async () => {
        const api = endpoint(`ok,${status}`);
        const clock = new ManualClock();
        const fetches = countFetches(api.url);
        const { el } = await mount({ src: api.url, clock, refresh: 1, random: halfway });
        await nextLoad(el);
        const failed = nextError(el);
        clock.advance(1_000);
        await failed;
        clock.advance(299_999);
        expect(fetches.count).to.equal(2);
        clock.advance(1);
        expect(fetches.count).to.equal(3);
      });
    }
  });

  describe('bodies', () => {
    it('refuses a body larger than max-bytes, by its Content-Length, without reading it', async () => {
      const api = endpoint('ok');
      const { el } = await mount({ src: api.url, maxBytes: 10 });
      const { failure } = await nextError(el);
      expect(failure.kind).to.equal('too-large');
      expect(failure.message).to.equal(`${api.url} is larger than the 10 bytes this element reads (max-bytes): not read`);
    });

    it('stops reading a streamed body once it passes max-bytes', async () => {
      const api = endpoint('chunked');
      const { el } = await mount({ src: api.url, maxBytes: 1_500 });
      const { failure } = await nextError(el);
      expect(failure.kind).to.equal('too-large');
      expect(failure.message).to.equal(`${api.url} is larger than the 1.5 kilobytes this element reads (max-bytes): not read`);
    });

    it('reads a streamed body within max-bytes', async () => {
      const api = endpoint('chunked');
      const { el } = await mount({ src: api.url, maxBytes: 5_000 });
      await nextLoad(el);
      expect(el.controller.value?.value).to.equal(1);
    });

    it('takes a JSON body labelled text/html: a body that parses as JSON is JSON', async () => {
      const api = endpoint('json-html');
      const { el } = await mount({ src: api.url });
      await nextLoad(el);
      expect(el.controller.value?.value).to.equal(1);
    });

    it('still calls an HTML page HTML', async () => {
      const api = endpoint('html');
      const { el } = await mount({ src: api.url });
      const { failure } = await nextError(el);
      expect(failure.message).to.equal(`${api.url} returned HTML, not JSON (a login or error page?)`);
    });
  });

  it('describes a same-origin redirect loop as a possible loop, not only as a redirect to another origin', async () => {
    const api = endpoint('loop');
    const { el } = await mount({ src: api.url });
    const { failure } = await nextError(el);
    expect(failure.kind).to.equal('network');
    expect(failure.message).to.contain('the server redirects in a loop');
    // The browser follows 20 redirects, then gives up: 21 requests for one load.
    expect((await api.stats()).requests).to.equal(21);
  });
});
