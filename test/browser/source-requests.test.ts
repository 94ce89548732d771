/**
 * How elements request `src`: credentials, the page's `request` function, one
 * request shared by the elements on one URL, and the failure each way of
 * failing is reported as. Real fetches against the scripted endpoints of
 * support/source-endpoints.js, counted on the server.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/kpi-card.js';
import type { KpiCard } from '../../src/kpi-card.js';
import type { KpiErrorDetail } from '../../src/events/kpi-error.js';
import type { KpiLoadDetail } from '../../src/events/kpi-load.js';

interface Stats {
  readonly requests: number;
  readonly aborted: number;
  readonly preflights: number;
  readonly ifNoneMatch: readonly (string | null)[];
  readonly accept: readonly (string | null)[];
  readonly cookie: readonly (string | null)[];
  readonly authorization: readonly (string | null)[];
}

interface Api {
  readonly url: string;
  stats(): Promise<Stats>;
  /** Lets the requests waiting in a `gate` step answer. */
  release(): Promise<void>;
}

/** The test server seen from another origin: the page is on localhost, this is 127.0.0.1 (or the other way round). */
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

let apiCount = 0;

/** A fresh scripted endpoint (see source-endpoints.js), on this origin or on the other one. */
function api(steps: string, options: { cors?: 'any' | 'credentials'; crossOrigin?: boolean } = {}): Api {
  const key = `requests-${Date.now().toString(36)}-${++apiCount}`;
  const query = new URLSearchParams({ key, steps, ...(options.cors && { cors: options.cors }) });
  const path = `/__kpi-source/source?${query}`;
  return {
    url: options.crossOrigin ? `${OTHER_ORIGIN}${path}` : path,
    stats: async () => (await (await fetch(`/__kpi-source/stats?key=${key}`)).json()) as Stats,
    release: async () => {
      await fetch(`/__kpi-source/release?key=${key}`);
    },
  };
}

interface Card {
  readonly el: KpiCard;
  readonly loads: KpiLoadDetail[];
  readonly errors: KpiErrorDetail[];
  /** The `value` of each JSON document the card read, in order. */
  readonly values: unknown[];
}

const cards = new Set<KpiCard>();

/** A card recording its events and the JSON it reads; connected unless `connect` is false. */
function card(src: string, setup: (el: KpiCard) => void = () => undefined, connect = true): Card {
  const el = document.createElement('kpi-card');
  const loads: KpiLoadDetail[] = [];
  const errors: KpiErrorDetail[] = [];
  const values: unknown[] = [];
  el.addEventListener('kpi-load', (event) => loads.push(event.detail));
  el.addEventListener('kpi-error', (event) => errors.push(event.detail));
  el.transform = (json) => {
    values.push((json as { value?: unknown }).value);
    return json;
  };
  setup(el);
  el.src = src;
  cards.add(el);
  if (connect) document.body.append(el);
  return { el, loads, errors, values };
}

const shown = (el: KpiCard, part: string): string => el.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const until = { timeout: 4000, interval: 10 } as const;

async function loaded(c: Card, count = 1): Promise<void> {
  await waitUntil(() => c.loads.length >= count, `load ${count} of ${c.el.src}`, until);
  await c.el.updateComplete;
}

async function failed(c: Card, count = 1): Promise<KpiErrorDetail> {
  await waitUntil(() => c.errors.length >= count, `failure ${count} of ${c.el.src}`, until);
  await c.el.updateComplete;
  return c.errors[count - 1] as KpiErrorDetail;
}

/** Adds `Authorization: Bearer <token>` to the element's request, after an await, as a token lookup would. */
const bearer =
  (token: string) =>
  async (url: string, init: RequestInit): Promise<Request> => {
    await Promise.resolve();
    const request = new Request(url, init);
    request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  };

describe('source requests', () => {
  afterEach(() => {
    for (const el of cards) el.remove();
    cards.clear();
  });

  describe('sharing', () => {
    it('makes one request for twelve cards created together on one src, and one more when all of them reload', async () => {
      const endpoint = api('ok');
      const twelve = Array.from({ length: 12 }, () => card(endpoint.url));
      for (const c of twelve) await loaded(c);
      expect((await endpoint.stats()).requests).to.equal(1);
      expect(twelve.map((c) => shown(c.el, 'value'))).to.deep.equal(Array(12).fill('1'));

      for (const c of twelve) c.el.reload();
      for (const c of twelve) await loaded(c, 2);
      expect((await endpoint.stats()).requests).to.equal(2);
      expect(twelve.map((c) => c.values)).to.deep.equal(Array.from({ length: 12 }, () => [1, 2]));
    });

    it('makes one request per refresh tick for twelve cards polling one src', async () => {
      const endpoint = api('ok');
      const twelve = Array.from({ length: 12 }, () => card(endpoint.url, (el) => (el.refresh = 0.1)));
      for (const c of twelve) await loaded(c, 3);
      // The value is the server's request count: a card that had made a request of its own would skip a number.
      for (const c of twelve) expect(c.values.slice(0, 3)).to.deep.equal([1, 2, 3]);
    });

    it('hands a card created while the request is on its way the same response', async () => {
      const endpoint = api('gate');
      const first = card(endpoint.url);
      await waitUntil(async () => (await endpoint.stats()).requests === 1, 'the request reached the server', until);
      const second = card(endpoint.url);
      await endpoint.release();
      await loaded(first);
      await loaded(second);
      expect((await endpoint.stats()).requests).to.equal(1);
    });

    it('lets a card added after the response arrived ask again, revalidated by the HTTP cache (a 304 for an unchanged body)', async () => {
      const endpoint = api('stable');
      const first = card(endpoint.url);
      await loaded(first);
      const second = card(endpoint.url);
      await loaded(second);
      const stats = await endpoint.stats();
      // Nothing is kept once a request has answered: the browser's cache sends the ETag it holds.
      expect(stats.requests).to.equal(2);
      expect(stats.ifNoneMatch).to.deep.equal([null, '"stable"']);
      expect(second.el.kpi?.value).to.equal(42);
    });

    it('does not share between different credentials modes', async () => {
      const endpoint = api('ok');
      const a = card(endpoint.url);
      const b = card(endpoint.url, (el) => (el.credentials = 'omit'));
      await loaded(a);
      await loaded(b);
      expect((await endpoint.stats()).requests).to.equal(2);
    });

    it('does not share requests built by a request function', async () => {
      const endpoint = api('ok');
      const request = bearer('shared-token');
      const a = card(endpoint.url, (el) => (el.request = request));
      const b = card(endpoint.url, (el) => (el.request = request));
      await loaded(a);
      await loaded(b);
      expect((await endpoint.stats()).requests).to.equal(2);
    });

    it('revalidates a shared URL with its ETag: a 304 confirms every card', async () => {
      const endpoint = api('stable');
      const pair = [card(endpoint.url), card(endpoint.url)];
      for (const c of pair) await loaded(c);
      const kpis = pair.map((c) => c.el.kpi);
      for (const c of pair) c.el.reload();
      for (const c of pair) await loaded(c, 2);
      const stats = await endpoint.stats();
      expect(stats.requests).to.equal(2);
      expect(stats.ifNoneMatch).to.deep.equal([null, '"stable"']);
      expect(pair.map((c) => c.loads.map((l) => l.notModified))).to.deep.equal([
        [false, true],
        [false, true],
      ]);
      expect(pair.map((c) => c.el.kpi)).to.deep.equal(kpis);
    });
  });

  describe('aborting a shared request', () => {
    it('goes on for the other card when one of two cards sharing it disconnects', async () => {
      const endpoint = api('gate');
      const leaving = card(endpoint.url);
      const staying = card(endpoint.url);
      await waitUntil(async () => (await endpoint.stats()).requests === 1, 'the request reached the server', until);
      leaving.el.remove();
      await endpoint.release();
      await loaded(staying);
      expect(shown(staying.el, 'value')).to.equal('1');
      const stats = await endpoint.stats();
      expect(stats.requests).to.equal(1);
      expect(stats.aborted).to.equal(0);
      expect(leaving.loads.length + leaving.errors.length).to.equal(0);
    });

    it('is aborted once every card waiting for it has disconnected', async () => {
      const endpoint = api('hang');
      const pair = [card(endpoint.url), card(endpoint.url)];
      await waitUntil(async () => (await endpoint.stats()).requests === 1, 'the request reached the server', until);
      pair[0]?.el.remove();
      pair[1]?.el.remove();
      await waitUntil(async () => (await endpoint.stats()).aborted === 1, 'the server saw the client abort', until);
      expect((await endpoint.stats()).requests).to.equal(1);
      expect(pair.map((c) => c.loads.length + c.errors.length)).to.deep.equal([0, 0]);
    });

    it('is aborted when the only card waiting for it switches to another src', async () => {
      const slow = api('hang');
      const fast = api('ok');
      const c = card(slow.url);
      await waitUntil(async () => (await slow.stats()).requests === 1, 'the request reached the server', until);
      c.el.src = fast.url;
      await loaded(c);
      await waitUntil(async () => (await slow.stats()).aborted === 1, 'the old request was aborted', until);
    });
  });

  describe('credentials', () => {
    const cookie = `kpi-session=${Date.now().toString(36)}`;
    before(() => {
      document.cookie = `${cookie}; path=/__kpi-source/`;
    });
    after(() => {
      document.cookie = `${cookie.split('=')[0]}=; path=/__kpi-source/; max-age=0`;
    });

    it('sends the cookies to the same origin by default, and none with credentials="omit"', async () => {
      const byDefault = api('ok');
      const omitting = api('ok');
      const a = card(byDefault.url);
      const b = card(omitting.url, (el) => el.setAttribute('credentials', 'omit'));
      await loaded(a);
      await loaded(b);
      expect((await byDefault.stats()).cookie).to.deep.equal([cookie]);
      expect((await omitting.stats()).cookie).to.deep.equal([null]);
    });

    it('passes credentials="include" to fetch: a cross-origin API must then name the origin and allow credentials', async () => {
      const allowingAnyOrigin = api('ok', { cors: 'any', crossOrigin: true });
      const allowingCredentials = api('ok', { cors: 'credentials', crossOrigin: true });
      const plain = card(allowingAnyOrigin.url);
      await loaded(plain);

      // "*" does not do for a request with credentials: the browser withholds the answer.
      const refused = card(allowingAnyOrigin.url, (el) => el.setAttribute('credentials', 'include'));
      const detail = await failed(refused);
      expect(detail.failure.kind).to.equal('network');
      expect(detail.failure.message).to.equal(
        `Could not reach ${allowingAnyOrigin.url}: the request was blocked or the server is unreachable. ` +
          `A cross-origin API must send Access-Control-Allow-Origin: ${location.origin} and Access-Control-Allow-Credentials: true`,
      );

      const allowed = card(allowingCredentials.url, (el) => el.setAttribute('credentials', 'include'));
      await loaded(allowed);
      expect(shown(allowed.el, 'value')).to.equal('1');
    });

    it('fetches again, keeping the data shown, when credentials change', async () => {
      const endpoint = api('ok');
      const c = card(endpoint.url);
      await loaded(c);
      c.el.credentials = 'omit';
      await loaded(c, 2);
      expect(c.values).to.deep.equal([1, 2]);
      expect((await endpoint.stats()).cookie).to.deep.equal([cookie, null]);
    });
  });

  describe('request function', () => {
    it("sends the function's header with the element's Accept and If-None-Match, and aborts through the element's signal", async () => {
      const endpoint = api('stable');
      const c = card(endpoint.url, (el) => (el.request = bearer('t0k3n')));
      await loaded(c);
      c.el.reload();
      await loaded(c, 2);
      const stats = await endpoint.stats();
      expect(stats.authorization).to.deep.equal(['Bearer t0k3n', 'Bearer t0k3n']);
      expect(stats.accept).to.deep.equal(['application/json', 'application/json']);
      expect(stats.ifNoneMatch).to.deep.equal([null, '"stable"']);
      expect(c.loads.map((l) => l.notModified)).to.deep.equal([false, true]);
      expect(c.el.hasAttribute('request')).to.equal(false);

      const hanging = api('hang');
      const aborted = card(hanging.url, (el) => (el.request = bearer('t0k3n')));
      await waitUntil(async () => (await hanging.stats()).requests === 1, 'the request reached the server', until);
      aborted.el.remove();
      await waitUntil(async () => (await hanging.stats()).aborted === 1, 'the server saw the client abort', until);
    });

    it('keeps the If-None-Match of the element even when the function drops the headers it was given', async () => {
      const endpoint = api('stable');
      const c = card(endpoint.url, (el) => (el.request = (url) => new Request(url, { headers: { Authorization: 'Bearer bare' } })));
      await loaded(c);
      c.el.reload();
      await loaded(c, 2);
      const stats = await endpoint.stats();
      expect(stats.ifNoneMatch).to.deep.equal([null, '"stable"']);
      expect(stats.accept).to.deep.equal(['application/json', 'application/json']);
      expect(stats.authorization).to.deep.equal(['Bearer bare', 'Bearer bare']);
    });

    it('fetches again with the function set after the first request', async () => {
      const endpoint = api('401,ok');
      const c = card(endpoint.url);
      await failed(c);
      c.el.request = bearer('late');
      await loaded(c);
      expect((await endpoint.stats()).authorization).to.deep.equal([null, 'Bearer late']);
      expect(c.el.matches(':state(error)')).to.equal(false);
    });

    it('reports a function that throws, or returns something else than a Request, naming the URL', async () => {
      const endpoint = api('ok');
      const throwing = card(endpoint.url, (el) => {
        el.request = () => {
          throw new Error('no token in the session');
        };
      });
      const wrong = card(endpoint.url, (el) => {
        el.request = (() => ({ url: 'nope' })) as unknown as KpiCard['request'];
      });
      expect((await failed(throwing)).failure.message).to.equal(`The request function for ${endpoint.url} failed: no token in the session`);
      expect((await failed(wrong)).failure.message).to.equal(`The request function for ${endpoint.url} returned an object, not a Request`);
      expect((await endpoint.stats()).requests).to.equal(0);
    });

    it('names the header a cross-origin API must allow when the preflight is refused', async () => {
      const endpoint = api('ok', { crossOrigin: true });
      const c = card(endpoint.url, (el) => (el.request = bearer('t0k3n')));
      const detail = await failed(c);
      expect(detail.failure.message).to.equal(
        `Could not reach ${endpoint.url}: the request was blocked or the server is unreachable. ` +
          `A cross-origin API must send Access-Control-Allow-Origin: ${location.origin}, and allow authorization in Access-Control-Allow-Headers`,
      );
      const stats = await endpoint.stats();
      expect(stats.preflights).to.equal(1);
      expect(stats.requests).to.equal(0);
    });
  });

  describe('failures after good data', () => {
    const cases: readonly {
      readonly name: string;
      readonly steps: string;
      readonly kind: 'network' | 'http' | 'parse';
      readonly message: (url: string) => string;
      readonly options?: { cors?: 'any' | 'credentials'; crossOrigin?: boolean };
      readonly setup?: (el: KpiCard) => void;
    }[] = [
      {
        name: '401',
        steps: 'ok,401',
        kind: 'http',
        message: (url) => `${url} answered 401 Unauthorized (sign in, or check access to it)`,
      },
      {
        name: '401 with credentials="omit"',
        steps: 'ok,401',
        kind: 'http',
        message: (url) => `${url} answered 401 Unauthorized (sign in; with credentials="omit" no cookies are sent)`,
        setup: (el) => (el.credentials = 'omit'),
      },
      {
        name: '401 from another origin, without credentials="include"',
        steps: 'ok,401',
        kind: 'http',
        message: (url) => `${url} answered 401 Unauthorized (sign in; cookies go to another origin only with credentials="include")`,
        options: { cors: 'any', crossOrigin: true },
      },
      {
        name: '401 to a bearer token',
        steps: 'ok,401',
        kind: 'http',
        message: (url) => `${url} answered 401 Unauthorized (the credentials sent were refused: sign in again, or check access to it)`,
        setup: (el) => (el.request = bearer('expired')),
      },
      {
        name: '403',
        steps: 'ok,403',
        kind: 'http',
        message: (url) => `${url} answered 403 Forbidden (no permission: ask for access, or sign in with an account that has it)`,
      },
      {
        name: '500',
        steps: 'ok,500',
        kind: 'http',
        message: (url) => `${url} answered 500 Internal Server Error`,
      },
      {
        name: 'an HTML page',
        steps: 'ok,html',
        kind: 'parse',
        message: (url) => `${url} returned HTML, not JSON (a login or error page?)`,
      },
      {
        name: 'an answer from another origin without CORS headers',
        steps: 'ok,blocked',
        kind: 'network',
        message: (url) =>
          `Could not reach ${url}: the request was blocked or the server is unreachable. ` +
          `A cross-origin API must send Access-Control-Allow-Origin: ${location.origin}`,
        options: { cors: 'any', crossOrigin: true },
      },
      {
        name: 'a dropped connection',
        steps: 'ok,reset',
        kind: 'network',
        message: (url) =>
          `Could not reach ${url}: the network is down, the server redirects in a loop, ` +
          'or it redirects to another origin (a sign-in page?) that does not send Access-Control-Allow-Origin',
      },
      {
        name: 'truncated JSON',
        steps: 'ok,truncated',
        kind: 'parse',
        message: (url) => `${url} is not valid JSON: it ends too early, at line 1, column 30 (cut off?)`,
      },
      {
        name: 'malformed JSON',
        steps: 'ok,malformed',
        kind: 'parse',
        message: (url) => `${url} is not valid JSON: unexpected "}" at line 3, column 1`,
      },
    ];

    const messages = new Map<string, string>();

    for (const { name, steps, kind, message, options, setup } of cases) {
      it(`keeps the last good data and says why the refresh failed: ${name}`, async () => {
        const endpoint = api(steps, options);
        const c = card(endpoint.url, setup);
        await loaded(c);
        expect(shown(c.el, 'value')).to.equal('1');

        c.el.reload();
        const detail = await failed(c);
        expect(detail.failure.kind).to.equal(kind);
        expect(detail.failure.message).to.equal(message(endpoint.url));
        expect(detail.failure.url).to.equal(endpoint.url);
        expect(detail.keptLastGood).to.equal(true);
        expect(shown(c.el, 'value')).to.equal('1');
        expect(shown(c.el, 'warning')).to.contain(detail.failure.message);
        expect(c.el.matches(':state(refresh-failed)')).to.equal(true);
        expect(c.el.matches(':state(error)')).to.equal(false);
        messages.set(name, detail.failure.message.replace(endpoint.url, 'URL'));
      });
    }

    it('words each of those failures differently, and never as the parser\'s "Unexpected token"', () => {
      expect(messages.size).to.equal(cases.length);
      expect(new Set(messages.values()).size).to.equal(cases.length);
      for (const message of messages.values()) expect(message).not.to.match(/unexpected token/i);
    });

    it('reports an unreachable server on another origin with what a cross-origin API must send', async () => {
      // Chromium refuses port 9 (discard) before connecting, as it would a server that is down.
      const url = `${location.protocol}//127.0.0.1:9/kpi.json`;
      const c = card(url);
      const detail = await failed(c);
      expect(detail.failure.kind).to.equal('network');
      expect(detail.failure.message).to.equal(
        `Could not reach ${url}: the request was blocked or the server is unreachable. ` +
          `A cross-origin API must send Access-Control-Allow-Origin: ${location.origin}`,
      );
      expect(detail.keptLastGood).to.equal(false);
      expect(c.el.matches(':state(error)')).to.equal(true);
      expect(shown(c.el, 'error')).to.contain(detail.failure.message);
    });
  });
});
