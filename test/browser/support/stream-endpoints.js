/**
 * Dev-server middleware with scripted Server-Sent Events endpoints for the live stream tests.
 * Keys keep tests apart; each key holds one KPI document that pushes change, so a reconnect's
 * snapshot includes what was pushed before.
 *
 *   GET /__kpi-stream/stream?key=K[&cors=any|credentials][&points=only|&doc=board]
 *     text/event-stream: an `event: snapshot` with the key's document (a valid KPI document,
 *     `{id, label, value, series}`; without `value` for `points=only`; for `doc=board`, a board
 *     document of one goal instead, which pushes do not fit), then the connection stays open for pushes (ended after
 *     60 s as a safety net). Unless refused: then 503 with an HTML page. `cors` as in
 *     source-endpoints.js: `any` sends Access-Control-Allow-Origin: *, `credentials` the
 *     request's Origin with Access-Control-Allow-Credentials: true.
 *   GET /__kpi-stream/push?key=K&v=5,6[&value=keep]
 *     A `patch` event to every open connection of K appending one point per value to /series
 *     (t one minute after the last) and replacing /value with the last value; applied to the
 *     key's document too. `value=keep`: appends only, leaving /value alone.
 *   GET /__kpi-stream/push?key=K&event=NAME&data=TEXT, or POST with TEXT as the body
 *     Any event, verbatim (for events that are not JSON); the document is not changed.
 *     Both answer JSON `{ sent }`: the number of connections written to.
 *   GET /__kpi-stream/drop?key=K
 *     Ends the open connections of K (cleanly, as a restarting server would).
 *   GET /__kpi-stream/refuse?key=K&n=2
 *     The next n stream requests for K answer 503.
 *   GET /__kpi-stream/relay
 *     `{ port }` of a second server on this host (started on first use) that forwards every
 *     request to this one: another origin of the same site, so a cookie the page set goes there
 *     with `withCredentials` (localhost and 127.0.0.1 are different sites, whose cookies the
 *     browser keeps apart).
 *   GET /__kpi-stream/stats?key=K
 *     `{ opened, open, refused, cookie, lastEventId }`: connections opened so far, open now,
 *     requests refused, and the Cookie and Last-Event-ID header of each opened connection.
 *   GET /__kpi-stream/closed?key=K&open=N
 *     Answers `{ open }` once at most N connections of K are open (at once if that holds
 *     already): the server saw the others close (the socket's `close`, or `drop`). For tests to
 *     await the close instead of polling `stats` against a deadline.
 *   GET /__kpi-stream/opened?key=K&opened=N
 *     Answers `{ opened }` once N connections of K have been opened so far (at once if so).
 *     Neither has a timeout of its own: the test's does. A waiting request the browser gives up
 *     (aborted, or the page gone) stops waiting.
 *
 * Events are written straight to the Node response (`ctx.respond = false`), so nothing
 * buffers or compresses them: the dev server's own middleware after this one never runs.
 */
import http from 'node:http';

const PREFIX = '/__kpi-stream/';
const STREAM_LIMIT_MS = 60_000;
const START = Date.UTC(2026, 10, 22, 9, 0);
const MINUTE = 60_000;

/**
 * @typedef {{ opened: number, refused: number, refuse: number, eventId: number,
 *   open: Set<import('node:http').ServerResponse>, cookie: (string | null)[], lastEventId: (string | null)[],
 *   waiting: Set<() => void>,
 *   document: { id: string, label: string, value: number, series: { t: number, v: number }[] } }} Endpoint
 * @type {Map<string, Endpoint>}
 */
const endpoints = new Map();

/** The smallest valid board: one goal, one outcome. */
const BOARD_DOCUMENT = {
  id: 'live-board',
  label: 'Live board',
  goals: [{ id: 'keep', label: 'Keep customers', outcomes: [{ id: 'retention', label: 'Retention', value: 0.41, target: { value: 0.45 } }], leading: [] }],
};

function endpointFor(key) {
  let endpoint = endpoints.get(key);
  if (!endpoint) {
    endpoint = {
      opened: 0,
      refused: 0,
      refuse: 0,
      eventId: 0,
      open: new Set(),
      cookie: [],
      lastEventId: [],
      waiting: new Set(),
      document: { id: 'live', label: 'Live probe', value: 0, series: [{ t: START, v: 0 }] },
    };
    endpoints.set(key, endpoint);
  }
  return endpoint;
}

/** One event in the text/event-stream format; each line of the data gets its own `data:` field. */
function event(name, data, id) {
  const lines = String(data)
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}\n`)
    .join('');
  return `event: ${name}\nid: ${id}\n${lines}\n`;
}

/** The key's connection counts changed: answers the `closed` and `opened` requests whose count is reached. */
function counted(endpoint) {
  for (const check of [...endpoint.waiting]) check();
}

/**
 * Resolves once `reached()` holds: now, or when a connection of the key opens or closes.
 * No timer: it waits as long as the request does (the request's `close` ends the wait).
 * @param {import('koa').Context} ctx
 * @param {Endpoint} endpoint
 * @param {() => boolean} reached
 * @returns {Promise<boolean>} false when the request went away first
 */
function whenCounted(ctx, endpoint, reached) {
  return new Promise((resolve) => {
    const stop = (answer) => {
      endpoint.waiting.delete(check);
      ctx.res.off('close', gone);
      resolve(answer);
    };
    const check = () => {
      if (reached()) stop(true);
    };
    const gone = () => stop(false);
    endpoint.waiting.add(check);
    ctx.res.once('close', gone);
    check();
  });
}

/** A waiting request the browser gave up on (the test ended): nothing to answer, and no 404 to report. */
function gaveUp(ctx) {
  ctx.status = 204;
  ctx.respond = false;
}

function broadcast(endpoint, name, data) {
  endpoint.eventId += 1;
  const text = event(name, data, endpoint.eventId);
  for (const res of endpoint.open) res.write(text);
  return endpoint.open.size;
}

/** @param {import('koa').Context} ctx */
function corsHeaders(ctx, policy) {
  if (policy === 'any') return { 'Access-Control-Allow-Origin': '*' };
  if (policy === 'credentials') {
    return { 'Access-Control-Allow-Origin': ctx.get('Origin') || '*', 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' };
  }
  return {};
}

/** @param {import('koa').Context} ctx */
function openStream(ctx, endpoint) {
  const cors = corsHeaders(ctx, ctx.query.cors);
  if (endpoint.refuse > 0) {
    endpoint.refuse -= 1;
    endpoint.refused += 1;
    ctx.status = 503;
    ctx.set(cors);
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><head><title>503</title></head><body><h1>Error 503</h1></body></html>';
    return;
  }
  // A stream of points only: no `value`, so the latest point is the value (the append path's case).
  if (ctx.query.points === 'only' && endpoint.opened === 0) delete endpoint.document.value;
  if (ctx.query.doc === 'board' && endpoint.opened === 0) endpoint.document = BOARD_DOCUMENT;
  endpoint.opened += 1;
  endpoint.cookie.push(ctx.get('Cookie') || null);
  endpoint.lastEventId.push(ctx.get('Last-Event-ID') || null);

  // Koa would end the response when the middleware returns; write to Node's response instead.
  ctx.status = 200;
  ctx.respond = false;
  const res = ctx.res;
  ctx.req.socket.setNoDelay(true);
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', ...cors });
  endpoint.open.add(res);
  endpoint.eventId += 1;
  res.write(event('snapshot', JSON.stringify(endpoint.document), endpoint.eventId));

  const limit = setTimeout(() => res.end(), STREAM_LIMIT_MS);
  res.once('close', () => {
    clearTimeout(limit);
    // Already gone from `open` if dropped.
    if (endpoint.open.delete(res)) counted(endpoint);
  });
  counted(endpoint);
}

/** @param {import('koa').Context} ctx */
function push(ctx, endpoint, body) {
  const values = ctx.query.v === undefined ? undefined : String(ctx.query.v).split(',').map(Number);
  if (values) {
    const { series } = endpoint.document;
    const operations = values.map((v, index) => ({
      op: 'add',
      path: '/series/-',
      value: { t: (series.at(-1)?.t ?? START) + (index + 1) * MINUTE, v },
    }));
    for (const operation of operations) series.push(operation.value);
    if (ctx.query.value === 'keep') {
      // Points only: whatever `value` the document has stays as it is.
    } else if (values.length > 0) {
      const op = 'value' in endpoint.document ? 'replace' : 'add';
      endpoint.document.value = values.at(-1) ?? 0;
      operations.push({ op, path: '/value', value: endpoint.document.value });
    }
    return broadcast(endpoint, 'patch', JSON.stringify(operations));
  }
  return broadcast(endpoint, String(ctx.query.event ?? 'patch'), body ?? String(ctx.query.data ?? ''));
}

/** @type {Promise<number> | undefined} */
let relay;

/** Starts (once) a server on another port that forwards requests, streamed both ways, to this one. */
function startRelay(host, port) {
  relay ??= new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const upstream = http.request({ host, port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      // A stream the browser closes closes the upstream one too, so `open` counts stay true.
      res.on('close', () => upstream.destroy());
      req.pipe(upstream);
    });
    server.unref();
    server.listen(0, () => resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port));
  });
  return relay;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** @type {import('@web/dev-server-core').Middleware} */
export async function streamEndpoints(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const key = String(ctx.query.key ?? '');
  const endpoint = endpointFor(key);
  ctx.set('Cache-Control', 'no-store');
  const json = (value) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(value);
  };

  switch (ctx.path.slice(PREFIX.length)) {
    case 'stream':
      return openStream(ctx, endpoint);
    case 'push':
      return json({ sent: push(ctx, endpoint, ctx.method === 'POST' ? await readBody(ctx.req) : undefined) });
    case 'drop': {
      const dropped = endpoint.open.size;
      for (const res of endpoint.open) {
        endpoint.open.delete(res);
        res.end();
      }
      counted(endpoint);
      return json({ dropped });
    }
    case 'refuse':
      endpoint.refuse = Number(ctx.query.n ?? 1);
      return json({ refuse: endpoint.refuse });
    case 'relay':
      return json({ port: await startRelay(ctx.req.socket.localAddress, ctx.req.socket.localPort) });
    case 'closed': {
      const most = Number(ctx.query.open ?? 0);
      if (await whenCounted(ctx, endpoint, () => endpoint.open.size <= most)) return json({ open: endpoint.open.size });
      return gaveUp(ctx);
    }
    case 'opened': {
      const least = Number(ctx.query.opened ?? 1);
      if (await whenCounted(ctx, endpoint, () => endpoint.opened >= least)) return json({ opened: endpoint.opened });
      return gaveUp(ctx);
    }
    case 'stats':
      return json({
        opened: endpoint.opened,
        open: endpoint.open.size,
        refused: endpoint.refused,
        cookie: endpoint.cookie,
        lastEventId: endpoint.lastEventId,
      });
    default:
      return next();
  }
}
