/**
 * LiveStream against the scripted SSE endpoints of support/stream-endpoints.js: snapshots and
 * patches as the server pushes them, reconnects after drops and refusals, and what close()
 * leaves behind, counted on the server and on every EventSource the stream created.
 */
import { expect } from '@open-wc/testing';
import { applyPatch, parsePatch } from '../../src/core/json-patch.js';
import { validateKpiDocument } from '../../src/core/validate.js';
import { backoffDelay, LiveStream, type LiveStatus, type LiveStatusDetail, type LiveStreamOptions } from '../../src/data/live-stream.js';
import { instrument } from './support/leak-probe.js';

interface Stats {
  readonly opened: number;
  readonly open: number;
  readonly refused: number;
  readonly cookie: readonly (string | null)[];
  readonly lastEventId: readonly (string | null)[];
}

/** Set in `before`: the test server through a relay on another port, another origin of the same site. */
let otherOrigin = '';

/*
 * No deadlines of our own: every wait resolves on the event it waits for (a callback of the
 * stream, or the server answering once it saw connections close), so mocha's timeout is the
 * only bound, and a loaded machine is only slower, never failing.
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

let keyCount = 0;

/** A fresh scripted stream (see stream-endpoints.js), on this origin or on the other one. */
function api(options: { cors?: 'any' | 'credentials'; crossOrigin?: boolean } = {}) {
  const key = `live-${Date.now().toString(36)}-${++keyCount}`;
  const call = async (action: string, query = '', init?: RequestInit): Promise<unknown> =>
    (await fetch(`/__kpi-stream/${action}?key=${key}${query}`, init)).json();
  const path = `/__kpi-stream/stream?${new URLSearchParams({ key, ...(options.cors && { cors: options.cors }) })}`;
  return {
    url: options.crossOrigin ? `${otherOrigin}${path}` : path,
    stats: async () => (await call('stats')) as Stats,
    /** Resolves, with the count, once the server has at most `open` connections of this key open: it saw the others close. */
    closed: (open: number) =>
      waitFor(
        `the server to see ${key} down to ${open} open`,
        call('closed', `&open=${open}`, { signal: requests.signal }).then((answer) => (answer as { open: number }).open),
      ),
    /** Appends one point per value and replaces /value; resolves to how many connections got it. */
    push: async (...values: number[]) => ((await call('push', `&v=${values.join(',')}`)) as { sent: number }).sent,
    /** Any event, verbatim. */
    pushRaw: async (event: string, data: string) => ((await call('push', `&event=${event}`, { method: 'POST', body: data })) as { sent: number }).sent,
    drop: () => call('drop'),
    refuse: (n: number) => call('refuse', `&n=${n}`),
  };
}

type StatusEntry = readonly [LiveStatus, LiveStatusDetail];

/** A stream recording every callback, in order. */
interface Recorder {
  readonly stream: LiveStream;
  readonly snapshots: { json: unknown; id: string }[];
  readonly patches: { json: unknown; id: string }[];
  readonly errors: string[];
  readonly statuses: StatusEntry[];
  /** Every callback by name, in order. */
  readonly calls: string[];
  /** Resolves once `holds()` is true: checked now and after every callback, so at the callback that makes it true (no polling). */
  until(holds: () => boolean, what: string): Promise<void>;
}

const streams = new Set<LiveStream>();

function open(url: string, options: Partial<LiveStreamOptions> = {}): Recorder {
  const snapshots: Recorder['snapshots'] = [];
  const patches: Recorder['patches'] = [];
  const errors: string[] = [];
  const statuses: StatusEntry[] = [];
  const calls: string[] = [];
  const checks = new Set<() => void>();
  const recorded = () => {
    for (const check of [...checks]) check();
  };
  const stream = new LiveStream(url, {
    retryDelay: () => 0,
    ...options,
    onSnapshot: (json, id) => {
      calls.push('snapshot');
      snapshots.push({ json, id });
      recorded();
    },
    onPatch: (json, id) => {
      calls.push('patch');
      patches.push({ json, id });
      recorded();
    },
    onMessageError: (message) => {
      calls.push('error');
      errors.push(message);
      recorded();
    },
    onStatus: (status, detail) => {
      calls.push(status);
      statuses.push([status, detail]);
      recorded();
    },
  });
  streams.add(stream);
  const until = (holds: () => boolean, what: string) =>
    waitFor(
      what,
      new Promise<void>((resolve) => {
        const check = () => {
          if (!holds()) return;
          checks.delete(check);
          resolve();
        };
        checks.add(check);
        check();
      }),
    );
  return { stream, snapshots, patches, errors, statuses, calls, until };
}

/** Live on snapshot number `snapshots`: resolves at the callback after which the stream is live with that many. */
const live = (r: Recorder, snapshots = 1) =>
  r.until(() => r.snapshots.length >= snapshots && r.stream.status === 'live', `snapshot ${snapshots} of ${r.stream.url}`);

/** Every EventSource created during a test, to check that each was closed. */
const created: EventSource[] = [];
const NativeEventSource = window.EventSource;

class RecordedEventSource extends NativeEventSource {
  constructor(url: string | URL, init?: EventSourceInit) {
    super(url, init);
    created.push(this);
  }
}

const patchOf = (t: number, v: number) => [
  { op: 'add', path: '/series/-', value: { t, v } },
  { op: 'replace', path: '/value', value: v },
];
const START = Date.UTC(2026, 10, 22, 9, 0);
const MINUTE = 60_000;

describe('LiveStream', () => {
  beforeEach(() => {
    created.length = 0;
    window.EventSource = RecordedEventSource;
  });
  afterEach(function (this: Mocha.Context) {
    if (this.currentTest?.state === 'failed') for (const { what } of waiting) console.error(`${this.currentTest.title}: still waiting for ${what}`);
    waiting.clear();
    requests.abort();
    requests = new AbortController();
    // Open streams hold one of the six HTTP/1.1 connections the page has per origin.
    for (const stream of streams) stream.close();
    streams.clear();
    window.EventSource = NativeEventSource;
  });

  it('delivers the snapshot, then each patch in the order pushed, with their event ids', async () => {
    const endpoint = api();
    const r = open(endpoint.url);
    await live(r);
    expect(r.statuses).to.deep.equal([
      ['connecting', { attempt: 0 }],
      ['live', { attempt: 0 }],
    ]);
    expect(r.snapshots).to.deep.equal([{ json: { id: 'live', label: 'Live probe', value: 0, series: [{ t: START, v: 0 }] }, id: '1' }]);
    expect(validateKpiDocument(r.snapshots[0]!.json).ok).to.equal(true);

    expect(await endpoint.push(5)).to.equal(1);
    expect(await endpoint.push(6)).to.equal(1);
    await r.until(() => r.patches.length === 2, 'two patches');
    expect(r.patches).to.deep.equal([
      { json: patchOf(START + MINUTE, 5), id: '2' },
      { json: patchOf(START + 2 * MINUTE, 6), id: '3' },
    ]);
    expect(r.calls).to.deep.equal(['connecting', 'snapshot', 'live', 'patch', 'patch']);
    expect(r.errors).to.deep.equal([]);
  });

  it('delivers a patch of several points as one patch, and a snapshot whose data spans several lines', async () => {
    const endpoint = api();
    const r = open(endpoint.url);
    await live(r);
    await endpoint.push(1, 2, 3);
    await r.until(() => r.patches.length === 1, 'the patch');
    expect(r.patches[0]!.json).to.deep.equal([
      { op: 'add', path: '/series/-', value: { t: START + MINUTE, v: 1 } },
      { op: 'add', path: '/series/-', value: { t: START + 2 * MINUTE, v: 2 } },
      { op: 'add', path: '/series/-', value: { t: START + 3 * MINUTE, v: 3 } },
      { op: 'replace', path: '/value', value: 3 },
    ]);
    await endpoint.pushRaw('snapshot', '{\n  "id": "live",\n  "value": 9\n}');
    await r.until(() => r.snapshots.length === 2, 'the second snapshot');
    expect(r.snapshots[1]!.json).to.deep.equal({ id: 'live', value: 9 });
    // Already live: no second 'live' status.
    expect(r.statuses.map(([status]) => status)).to.deep.equal(['connecting', 'live']);
  });

  it('reconnects after the server drops the connection: reconnecting, then a new snapshot with the points pushed before', async () => {
    const endpoint = api();
    const r = open(endpoint.url);
    await live(r);
    await endpoint.push(5);
    await r.until(() => r.patches.length === 1, 'the patch');

    await endpoint.drop();
    await live(r, 2);
    expect(r.statuses).to.deep.equal([
      ['connecting', { attempt: 0 }],
      ['live', { attempt: 0 }],
      ['reconnecting', { attempt: 1, retryInMs: 0 }],
      ['reconnecting', { attempt: 1 }],
      ['live', { attempt: 1 }],
    ]);
    expect(r.snapshots[1]).to.deep.equal({
      json: {
        id: 'live',
        label: 'Live probe',
        value: 5,
        series: [
          { t: START, v: 0 },
          { t: START + MINUTE, v: 5 },
        ],
      },
      id: '3',
    });

    const stats = await endpoint.stats();
    expect(stats.opened).to.equal(2);
    expect(stats.open).to.equal(1);
    // Each connection is a new EventSource: no Last-Event-ID, the snapshot brings the client up to date.
    expect(stats.lastEventId).to.deep.equal([null, null]);
    expect(created.map((source) => source.readyState)).to.deep.equal([EventSource.CLOSED, EventSource.OPEN]);

    await endpoint.push(6);
    await r.until(() => r.patches.length === 2, 'a patch on the new connection');
    expect(r.patches[1]!.json).to.deep.equal(patchOf(START + 2 * MINUTE, 6));
  });

  it('retries refused (503) connections with growing attempts, and counts again from 1 after a snapshot', async () => {
    const endpoint = api();
    await endpoint.refuse(2);
    const attempts: number[] = [];
    const r = open(endpoint.url, {
      retryDelay: (attempt) => {
        attempts.push(attempt);
        return 0;
      },
    });
    await live(r);
    expect(attempts).to.deep.equal([1, 2]);
    expect(r.statuses).to.deep.equal([
      ['connecting', { attempt: 0 }],
      ['reconnecting', { attempt: 1, retryInMs: 0 }],
      ['reconnecting', { attempt: 1 }],
      ['reconnecting', { attempt: 2, retryInMs: 0 }],
      ['reconnecting', { attempt: 2 }],
      ['live', { attempt: 2 }],
    ]);
    const stats = await endpoint.stats();
    expect([stats.refused, stats.opened]).to.deep.equal([2, 1]);

    await endpoint.drop();
    await live(r, 2);
    expect(attempts).to.deep.equal([1, 2, 1]);
  });

  it('waits the backoff delay before a retry, with the first EventSource closed meanwhile', async () => {
    const endpoint = api();
    await endpoint.refuse(1);
    const r = open(endpoint.url, { retryDelay: () => 60_000 });
    await r.until(() => r.statuses.length === 2, 'the refusal');
    expect(r.statuses[1]).to.deep.equal(['reconnecting', { attempt: 1, retryInMs: 60_000 }]);
    expect(created).to.have.length(1);
    expect(created[0]!.readyState).to.equal(EventSource.CLOSED);
    expect((await endpoint.stats()).opened).to.equal(0);
  });

  it('cancels a scheduled retry on close()', async () => {
    const endpoint = api();
    await endpoint.refuse(1);
    const statuses: LiveStatusDetail[] = [];
    let closedOnRefusal!: () => void;
    const refused = new Promise<void>((resolve) => (closedOnRefusal = resolve));
    // Counts the timers set and not yet run or cleared: the retry is one, set before its status is announced.
    const timers = instrument();
    const baseline = timers.counts();
    try {
      const stream = new LiveStream(endpoint.url, {
        retryDelay: () => 0,
        onSnapshot: () => expect.fail('no snapshot after close'),
        onPatch: () => undefined,
        onMessageError: () => undefined,
        onStatus: (_status, detail) => {
          statuses.push(detail);
          if (detail.retryInMs === undefined) return;
          stream.close();
          closedOnRefusal();
        },
      });
      streams.add(stream);
      await waitFor('the refusal', refused);
      // The retry was due at once, and is gone: close() cleared its timer, so it can never run (nothing to sleep through).
      expect(timers.counts()).to.deep.equal(baseline);
    } finally {
      timers.restore();
    }
    expect(created).to.have.length(1);
    expect(statuses).to.deep.equal([{ attempt: 0 }, { attempt: 1, retryInMs: 0 }]);
  });

  describe('backoffDelay', () => {
    const table: [attempt: number, ceiling: number][] = [
      [1, 1000],
      [2, 2000],
      [3, 4000],
      [4, 8000],
      [5, 16_000],
      [6, 30_000],
      [12, 30_000],
      [1000, 30_000],
    ];
    for (const [attempt, ceiling] of table) {
      it(`waits between ${ceiling / 2} and ${ceiling} ms before retry ${attempt}`, () => {
        expect(backoffDelay(attempt, () => 0)).to.equal(ceiling / 2);
        expect(backoffDelay(attempt, () => 0.5)).to.equal((ceiling * 3) / 4);
        expect(backoffDelay(attempt, () => 0.999999)).to.equal(ceiling);
      });
    }
    it('is used when no retryDelay is given: a real first retry waits 0.5 to 1 s', async () => {
      const endpoint = api();
      await endpoint.refuse(1);
      const r = open(endpoint.url, { retryDelay: undefined as never });
      await r.until(() => r.statuses.length === 2, 'the refusal');
      const retryInMs = r.statuses[1]![1].retryInMs!;
      expect(retryInMs).to.be.within(500, 1000);
    });
  });

  describe('close()', () => {
    it('leaves no connection open on the server and calls nothing after it', async () => {
      const endpoint = api();
      const r = open(endpoint.url);
      await live(r);
      const calls = r.calls.length;
      r.stream.close();
      r.stream.close();
      expect(await endpoint.closed(0)).to.equal(0);
      expect(await endpoint.push(1)).to.equal(0);
      expect(created.map((source) => source.readyState)).to.deep.equal([EventSource.CLOSED]);
      // The listeners are gone: an event dispatched on the old EventSource reaches nobody.
      created[0]!.dispatchEvent(new MessageEvent('snapshot', { data: '{}' }));
      created[0]!.dispatchEvent(new Event('error'));
      expect(r.calls).to.have.length(calls);
      expect(r.stream.status).to.equal('live');
    });

    it('right after the constructor, delivers nothing at all (not even "connecting")', async () => {
      const endpoint = api();
      const r = open(endpoint.url);
      r.stream.close();
      const probe = open(endpoint.url);
      await live(probe);
      expect(r.calls).to.deep.equal([]);
      expect(created[0]!.readyState).to.equal(EventSource.CLOSED);
    });

    it('from inside a callback stops the callbacks that would follow', async () => {
      const endpoint = api();
      const calls: string[] = [];
      let snapshotTaken!: () => void;
      const snapshot = new Promise<void>((resolve) => (snapshotTaken = resolve));
      const closing = new LiveStream(endpoint.url, {
        onSnapshot: () => {
          calls.push('snapshot');
          closing.close();
          snapshotTaken();
        },
        onPatch: () => calls.push('patch'),
        onMessageError: () => calls.push('error'),
        onStatus: (status) => calls.push(status),
      });
      streams.add(closing);
      // Resumes after the event that delivered the snapshot has been handled in full.
      await waitFor('the snapshot', snapshot);
      expect(await endpoint.closed(0)).to.equal(0);
      expect(await endpoint.push(1)).to.equal(0);
      // The 'live' status would have followed the snapshot.
      expect(calls).to.deep.equal(['connecting', 'snapshot']);
    });

    it('after 1,000 open/close cycles, leaves every EventSource closed and no connection open', async () => {
      const endpoint = api();
      for (let i = 0; i < 1000; i++) open(endpoint.url).stream.close();
      // And 20 that reach the server and go live first.
      for (let i = 0; i < 20; i++) {
        const r = open(endpoint.url);
        await live(r);
        r.stream.close();
      }
      expect(created).to.have.length(1020);
      expect(created.every((source) => source.readyState === EventSource.CLOSED)).to.equal(true);
      expect(await endpoint.closed(0)).to.equal(0);
    });
  });

  describe('messages that cannot be used', () => {
    it('reports an event that is not JSON and goes on', async () => {
      const endpoint = api();
      const r = open(endpoint.url);
      await live(r);
      await endpoint.pushRaw('patch', '[{"op": "add",');
      await endpoint.pushRaw('snapshot', '<html>');
      await endpoint.push(7);
      await r.until(() => r.patches.length === 1, 'the good patch');
      expect(r.errors).to.deep.equal([
        `The "patch" event from ${endpoint.url} is not valid JSON: it ends too early, at line 1, column 15 (cut off?)`,
        `The "snapshot" event from ${endpoint.url} is not valid JSON: unexpected "<" at line 1, column 1`,
      ]);
      expect(r.snapshots).to.have.length(1);
      expect(r.stream.status).to.equal('live');
    });

    it("ignores a patch that comes before the connection's snapshot", async () => {
      const endpoint = api();
      const r = open(endpoint.url);
      created[0]!.dispatchEvent(new MessageEvent('patch', { data: '[]', lastEventId: '0' }));
      await live(r);
      expect(r.patches).to.deep.equal([]);
      expect(r.errors).to.deep.equal([`A "patch" event from ${endpoint.url} came before the connection's "snapshot", so it was ignored`]);
    });

    it('ignores unnamed messages and events of other names', async () => {
      const endpoint = api();
      const r = open(endpoint.url);
      await live(r);
      await endpoint.pushRaw('message', '{"a": 1}');
      await endpoint.pushRaw('update', '{"a": 1}');
      await endpoint.push(1);
      await r.until(() => r.patches.length === 1, 'the patch');
      expect(r.calls).to.deep.equal(['connecting', 'snapshot', 'live', 'patch']);
    });

    it('reports a URL EventSource cannot open, without retrying', async () => {
      const r = open('http://[broken');
      await r.until(() => r.errors.length === 1, 'the error');
      expect(r.errors[0]).to.match(/^Could not open a stream on http:\/\/\[broken: /);
      expect(r.statuses).to.deep.equal([['connecting', { attempt: 0 }]]);
      expect(created).to.have.length(0);
    });
  });

  it("keeps a copy in step: the snapshot with every patch applied equals the next connection's snapshot", async () => {
    const endpoint = api();
    const r = open(endpoint.url);
    await live(r);
    await endpoint.push(5, 6);
    await endpoint.push(7);
    await r.until(() => r.patches.length === 2, 'two patches');
    const copy = r.snapshots[0]!.json;
    for (const { json } of r.patches) {
      const parsed = parsePatch(json);
      if (!parsed.ok) expect.fail(JSON.stringify(parsed.diagnostics));
      expect(applyPatch(copy, parsed.operations, { maxArrayLength: 3 })).to.have.property('ok', true);
    }
    await endpoint.drop();
    await live(r, 2);
    const fresh = r.snapshots[1]!.json as { series: unknown[] };
    // The server keeps every point; the copy keeps the newest 3.
    expect(copy).to.deep.equal({ ...fresh, series: fresh.series.slice(-3) });
    expect(validateKpiDocument(copy).ok).to.equal(true);
  });

  it('reconnect() starts over with a new connection and snapshot', async () => {
    const endpoint = api();
    const r = open(endpoint.url);
    await live(r);
    r.stream.reconnect();
    await live(r, 2);
    expect(r.statuses.slice(2)).to.deep.equal([
      ['reconnecting', { attempt: 1 }],
      ['live', { attempt: 1 }],
    ]);
    // The new connection stays open; the server saw the old one close.
    expect(await endpoint.closed(1)).to.equal(1);
    expect((await endpoint.stats()).opened).to.equal(2);
  });

  describe('credentials', () => {
    const cookie = `kpi-stream=${Date.now().toString(36)}`;
    before(async () => {
      const { port } = (await (await fetch('/__kpi-stream/relay')).json()) as { port: number };
      otherOrigin = `${location.protocol}//${location.hostname}:${port}`;
      // Cookies are per host, not per port: the relay's origin gets this one too, when credentials go.
      document.cookie = `${cookie}; path=/__kpi-stream/`;
    });
    after(() => {
      document.cookie = `${cookie.split('=')[0]}=; path=/__kpi-stream/; max-age=0`;
    });

    it('sends the cookies to the same origin', async () => {
      const endpoint = api();
      await live(open(endpoint.url));
      expect((await endpoint.stats()).cookie).to.deep.equal([cookie]);
    });

    it('sends the cookies to another origin with withCredentials, and none without', async () => {
      const withCookies = api({ cors: 'credentials', crossOrigin: true });
      const without = api({ cors: 'credentials', crossOrigin: true });
      await live(open(withCookies.url, { withCredentials: true }));
      await live(open(without.url));
      expect((await withCookies.stats()).cookie).to.deep.equal([cookie]);
      expect((await without.stats()).cookie).to.deep.equal([null]);
    });

    it('treats a server that allows any origin ("*") but not credentials as a failed connection, and retries', async () => {
      const endpoint = api({ cors: 'any', crossOrigin: true });
      const r = open(endpoint.url, { withCredentials: true, retryDelay: () => 60_000 });
      await r.until(() => r.statuses.length === 2, 'the failure');
      expect(r.statuses[1]).to.deep.equal(['reconnecting', { attempt: 1, retryInMs: 60_000 }]);
      expect(r.snapshots).to.deep.equal([]);
      expect((await endpoint.stats()).cookie).to.deep.equal([cookie]);
    });
  });
});
