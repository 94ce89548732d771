/**
 * Simulated live KPI streams for the stream-mode stories (stories/live.stories.ts), served by
 * Storybook's dev server and by the Vite server the story tests run on. A static build has no
 * server, so there the stories find no stream (see the stories' own note).
 *
 *   GET /__live/<feed>[?drop=SECONDS][&client=ID]
 *     text/event-stream in the kit's stream format (src/data/live-stream.ts): an `event: snapshot`
 *     with the feed's KPI document (a few hundred points of history, no `value`, so the latest
 *     point is the value), then an `event: patch` every second appending the next point:
 *     `[{"op":"add","path":"/series/-","value":{"t":…,"v":…}}]`.
 *     `drop`: the server ends the connection after that many seconds, as a restarting server
 *     would, so the client's reconnect can be seen.
 *   GET /__live/<feed>?refuse
 *     503, as an upstream that is down; every time.
 *   GET /__live/status[?client=ID]
 *     JSON `{ service, feeds, opened, open }`: the feeds, and for ID the connections opened so far
 *     and open now. The stories ask it first to tell a dev server from a static build.
 *
 * Feeds: `checkout-success-rate`, `orders-per-minute`. A point's time is the current second and
 * its value a function of that second alone (a seeded hash, no Math.random), so the numbers
 * are the same for everyone watching, and a reconnect's snapshot agrees with the patches
 * before it.
 *
 * Nothing buffers the events. Storybook's dev server gzips text responses (a compression
 * middleware that wraps `res.write`, `writeHead` and `end` and holds output in zlib until the
 * response ends), so the stream goes out through `ServerResponse.prototype` itself, never the
 * wrapped methods; headers are flushed at once and Nagle's delay is off. Each connection's
 * timers stop when the client goes away (`close`), and any open stream ends when the server
 * closes (Vite calls `closeBundle` then, in middleware mode too).
 */
import { EventEmitter } from 'node:events';
import { ServerResponse, type IncomingMessage } from 'node:http';
import type { Plugin } from 'vite';

export const LIVE_PREFIX = '/__live';
/** What `GET /__live/status` names itself, so a page can tell this server from anything else answering 200. */
export const LIVE_SERVICE = 'kpi-kit live stream simulator';

const PATCH_EVERY_MS = 1000;
const HISTORY = 300;
/** A safety net: no connection stays open longer than this (the client reconnects). */
const CONNECTION_LIMIT_MS = 10 * 60_000;
const MAX_CLIENTS = 500;

interface Feed {
  /** The KPI document without its series. */
  readonly document: Readonly<Record<string, unknown>>;
  /** The value at second `k` (epoch seconds), a pure function of `k`. */
  readonly valueAt: (k: number) => number;
}

/** A hash of (seed, k) in [0, 1): the same inputs always give the same number. */
function noise(seed: number, k: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(k | 0, 0xc2b2ae35) ^ Math.floor(k / 2 ** 32);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

/** Smooth noise: hashed values at every `period` seconds, eased in between. */
function drift(seed: number, k: number, period: number): number {
  const i = Math.floor(k / period);
  const f = (k - i * period) / period;
  const ease = f * f * (3 - 2 * f);
  return noise(seed, i) + (noise(seed, i + 1) - noise(seed, i)) * ease - 0.5;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

const FEEDS: Readonly<Record<string, Feed>> = {
  'checkout-success-rate': {
    document: {
      id: 'checkout-success-rate',
      label: 'Checkout success rate',
      description: 'Share of checkout attempts that end in a paid order, over the last minute, sampled every second.',
      goal: 'Keep checkout working for at least 98.5 % of attempts',
      owner: 'Payments team',
      kind: 'lagging',
      direction: 'increase',
      format: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
      target: { value: 0.985 },
      bands: [
        { to: 0.95, status: 'critical', label: 'incident' },
        { from: 0.95, to: 0.98, status: 'warning', label: 'degraded' },
        { from: 0.98, status: 'good', label: 'healthy' },
      ],
      maxAge: 'PT1M',
    },
    valueAt: (k) => {
      // Around 98.8 %, with a slow swell, jitter, and now and then a payment provider's bad minute.
      const dip = noise(7, Math.floor(k / 90)) < 0.12 ? 0.02 + 0.03 * Math.max(0, Math.sin((Math.PI * (k % 90)) / 90)) : 0;
      const rate = 0.988 + 0.004 * drift(11, k, 45) + 0.003 * (noise(13, k) - 0.5) - dip;
      return round(Math.min(0.999, Math.max(0.9, rate)), 4);
    },
  },
  'orders-per-minute': {
    document: {
      id: 'orders-per-minute',
      label: 'Orders per minute',
      description: 'Paid orders in the last minute, sampled every second.',
      goal: 'Hold at least 120 orders a minute through the campaign',
      owner: 'E-commerce operations',
      kind: 'leading',
      direction: 'increase',
      unit: 'orders',
      format: { style: 'decimal', maximumFractionDigits: 0 },
      target: { value: 120 },
      bands: [
        { to: 80, status: 'critical', label: 'outage' },
        { from: 80, to: 110, status: 'warning', label: 'slow' },
        { from: 110, status: 'good', label: 'normal' },
      ],
      maxAge: 'PT1M',
    },
    valueAt: (k) => Math.max(0, Math.round(132 + 18 * Math.sin((2 * Math.PI * k) / 240) + 24 * drift(23, k, 30) + 8 * (noise(29, k) - 0.5))),
  },
};

/** One event in the text/event-stream format; each line of the data gets its own `data:` field. */
function event(name: string, id: number, data: string): string {
  return `event: ${name}\nid: ${id}\n${data
    .split('\n')
    .map((line) => `data: ${line}\n`)
    .join('')}\n`;
}

const point = (feed: Feed, k: number) => ({ t: k * 1000, v: feed.valueAt(k) });

/** The feed's whole document at second `now`: its last `HISTORY` points, ending with `now`. */
function snapshot(feed: Feed, now: number): unknown {
  return { ...feed.document, series: Array.from({ length: HISTORY }, (_, i) => point(feed, now - HISTORY + 1 + i)) };
}

// Writing past any wrapper that the dev server put on the response (see the header).
const node = ServerResponse.prototype;
const nodeWrite = node.write as (this: ServerResponse, chunk: string) => boolean;
const nodeEnd = node.end as (this: ServerResponse, chunk?: string) => ServerResponse;
const writeHead = (res: ServerResponse, status: number, headers: Record<string, string>): void => {
  node.writeHead.call(res, status, headers);
  node.flushHeaders.call(res);
};
const write = (res: ServerResponse, text: string): void => void nodeWrite.call(res, text);
const end = (res: ServerResponse, text?: string): void => void (text === undefined ? nodeEnd.call(res) : nodeEnd.call(res, text));
// The compression wrapper also holds back listeners added with `res.on` until its first write.
const onClose = (res: ServerResponse, listener: () => void): void => void EventEmitter.prototype.on.call(res, 'close', listener);

interface ClientStats {
  opened: number;
  open: number;
}

export function liveStreamServer(): Plugin {
  const open = new Set<ServerResponse>();
  const clients = new Map<string, ClientStats>();
  const statsOf = (client: string): ClientStats => {
    let stats = clients.get(client);
    if (!stats) {
      // Story renders name clients; keep the latest few hundred.
      if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value as string);
      clients.set(client, (stats = { opened: 0, open: 0 }));
    }
    return stats;
  };

  function stream(req: IncomingMessage, res: ServerResponse, feed: Feed, query: URLSearchParams): void {
    if (query.has('refuse')) {
      writeHead(res, 503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '5' });
      end(res, 'Service Unavailable: the live feed is down (simulated by .storybook/live-stream-server.ts).\n');
      return;
    }
    const stats = query.has('client') ? statsOf(query.get('client') ?? '') : undefined;
    if (stats) {
      stats.opened += 1;
      stats.open += 1;
    }
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0);
    writeHead(res, 200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: proxies must not compress or hold the stream either.
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    open.add(res);

    let eventId = 0;
    let second = Math.floor(Date.now() / 1000);
    write(res, event('snapshot', ++eventId, JSON.stringify(snapshot(feed, second))));
    const patches = setInterval(() => {
      // One point a tick; a late tick catches up to the clock, never skipping a second.
      const now = Math.floor(Date.now() / 1000);
      const operations = [];
      while (second < now && operations.length < 10) {
        second += 1;
        operations.push({ op: 'add', path: '/series/-', value: point(feed, second) });
      }
      if (operations.length > 0) write(res, event('patch', ++eventId, JSON.stringify(operations)));
    }, PATCH_EVERY_MS);

    const dropAfter = Number(query.get('drop'));
    const limit = setTimeout(() => end(res), Number.isFinite(dropAfter) && dropAfter > 0 ? dropAfter * 1000 : CONNECTION_LIMIT_MS);

    onClose(res, () => {
      clearInterval(patches);
      clearTimeout(limit);
      open.delete(res);
      if (stats) stats.open -= 1;
    });
  }

  return {
    name: 'kpi-kit:live-stream-server',
    apply: 'serve',
    closeBundle() {
      // Open streams would hold the server's sockets open; end them when it closes.
      for (const res of open) end(res);
    },
    configureServer(server) {
      server.middlewares.use(LIVE_PREFIX, (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const name = url.pathname.replace(/^\/+|\/+$/g, '');
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        if (name === 'status') {
          const client = url.searchParams.get('client');
          const body = {
            service: LIVE_SERVICE,
            feeds: Object.keys(FEEDS),
            ...(client !== null && statsOf(client)),
          };
          writeHead(res, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
          end(res, JSON.stringify(body));
          return;
        }
        const feed = FEEDS[name];
        if (!feed) return next();
        stream(req, res, feed, url.searchParams);
      });
    },
  };
}
