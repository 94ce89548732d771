/**
 * Dev-server middleware with scripted JSON endpoints for the source controller tests.
 *
 *   GET /__kpi-source/source?key=K&steps=ok,500,ok[&label=L][&cors=any|credentials]
 *     The n-th request for key K plays steps[n] (the last step repeats). Keys keep tests apart.
 *     `cors` lets other origins read the answers (the test page on localhost reaches this same
 *     server cross-origin as 127.0.0.1, and the other way round): `any` sends
 *     Access-Control-Allow-Origin: *, `credentials` the request's Origin with
 *     Access-Control-Allow-Credentials: true. Preflights (OPTIONS) are answered, not counted.
 *   GET /__kpi-source/stats?key=K
 *     What the server saw for K: requests, aborted (the client closed before an answer),
 *     preflights, and the If-None-Match, Accept, Cookie and Authorization header of each request.
 *   GET /__kpi-source/release?key=K
 *     Lets the requests for K waiting in a `gate` step answer.
 *
 * Steps:
 *   ok         200, a valid KPI document whose value is the request number (ETag "n-<number>")
 *   stable     200, the same document every time (ETag "stable"); 304 when If-None-Match matches
 *   empty      200, a valid document with no value and no points
 *   invalid    200, a document whose /value is the string "45%"
 *   html       200, an HTML sign-in page
 *   truncated  200, JSON cut off mid-string
 *   malformed  200, JSON with a trailing comma on line 2
 *   blank      200, an empty body labelled as JSON
 *   401 403 404 500 503   that status, with an HTML error page
 *   blocked    like ok, but without CORS headers whatever `cors` says
 *   gate       like ok, once /release is called for the key; until then, like hang
 *   reset      the connection is dropped without an answer (fetch rejects)
 *   hang       no answer until the client gives up (aborts); 504 after 15 s as a safety net
 *   trickle    200 and the first bytes of a body, then nothing until the client gives up
 *   503-retry  503 with Retry-After: 120
 *   429-retry  429 with Retry-After: 60
 *   json-html  200, a valid KPI document labelled text/html
 *   chunked    200, a valid 2,000-byte KPI document sent in chunks, with no Content-Length
 *   loop       302 back to the same URL, for ever (the browser gives up after 20 redirects)
 *   csv        200, text/csv: date,rate rows for 20 to 22 November 2026 (0.4, 0.405, 0.41)
 *   csv-ragged 200, text/csv whose line 4 has a field beyond the header's two columns
 *   csv-quote  200, text/csv whose quoted field opened on line 3 is never closed
 *   csv-bad-value 200, text/csv whose line 3 rate is "n/a"
 *   csv-plain  the csv rows labelled text/plain (for /__kpi-source/table.csv, read as CSV by its path)
 *
 * /__kpi-source/table.csv answers like /__kpi-source/source, for a URL whose path ends in .csv.
 */
import { Readable } from 'node:stream';

const PREFIX = '/__kpi-source/';
const HANG_LIMIT_MS = 15_000;

/**
 * @typedef {{ requests: number, aborted: number, preflights: number, ifNoneMatch: (string | null)[],
 *   accept: (string | null)[], cookie: (string | null)[], authorization: (string | null)[] }} Stats
 * @type {Map<string, Stats>}
 */
const endpoints = new Map();
/** Per key, the `gate` requests waiting for /release. @type {Map<string, Set<() => void>>} */
const gates = new Map();

function statsFor(key) {
  let stats = endpoints.get(key);
  if (!stats) {
    stats = { requests: 0, aborted: 0, preflights: 0, ifNoneMatch: [], accept: [], cookie: [], authorization: [] };
    endpoints.set(key, stats);
  }
  return stats;
}

/** @param {import('koa').Context} ctx */
function allowCrossOrigin(ctx) {
  const policy = ctx.query.cors;
  if (policy === 'any') {
    ctx.set('Access-Control-Allow-Origin', '*');
  } else if (policy === 'credentials') {
    ctx.set('Access-Control-Allow-Origin', ctx.get('Origin') || '*');
    ctx.set('Access-Control-Allow-Credentials', 'true');
    ctx.set('Vary', 'Origin');
  }
}

/** Resolves true when the client gave up first, false when `answer` was called. */
function waitFor(ctx, arm) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), HANG_LIMIT_MS);
    arm(() => {
      clearTimeout(timer);
      resolve(false);
    });
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

const errorPage = (status) => `<!doctype html><html><head><title>${status}</title></head><body><h1>Error ${status}</h1></body></html>`;

/** @param {import('koa').Context} ctx */
function json(ctx, body, etag) {
  ctx.status = 200;
  ctx.type = 'application/json';
  // A response with an ETag may be stored, but must be revalidated: the browser's HTTP cache then
  // sends If-None-Match itself, as it does for a real API that sends ETags.
  if (etag) ctx.set({ ETag: etag, 'Cache-Control': 'no-cache' });
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

/** @type {import('@web/dev-server-core').Middleware} */
export async function sourceEndpoints(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  ctx.set('Cache-Control', 'no-store');
  const key = String(ctx.query.key ?? '');
  const stats = statsFor(key);

  if (ctx.path === `${PREFIX}stats`) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(stats);
    return;
  }
  if (ctx.path === `${PREFIX}release`) {
    for (const answer of gates.get(key) ?? []) answer();
    gates.delete(key);
    ctx.status = 204;
    return;
  }
  if (ctx.path !== `${PREFIX}source` && ctx.path !== `${PREFIX}table.csv`) return next();

  if (ctx.method === 'OPTIONS') {
    stats.preflights += 1;
    allowCrossOrigin(ctx);
    ctx.set('Access-Control-Allow-Methods', 'GET');
    ctx.set('Access-Control-Allow-Headers', ctx.get('Access-Control-Request-Headers'));
    ctx.status = 204;
    return;
  }

  stats.requests += 1;
  const number = stats.requests;
  stats.ifNoneMatch.push(ctx.get('If-None-Match') || null);
  stats.accept.push(ctx.get('Accept') || null);
  stats.cookie.push(ctx.get('Cookie') || null);
  stats.authorization.push(ctx.get('Authorization') || null);
  const steps = String(ctx.query.steps ?? 'ok').split(',');
  const step = steps[Math.min(number, steps.length) - 1];
  if (step !== 'blocked') allowCrossOrigin(ctx);
  const label = String(ctx.query.label ?? 'Probe');
  const finished = () => ctx.res.writableFinished;
  ctx.res.once('close', () => {
    if (!finished()) stats.aborted += 1;
  });

  switch (step) {
    case 'ok':
    case 'blocked':
      return json(ctx, { id: 'probe', label, value: number }, `"n-${number}"`);
    case 'gate': {
      let answer;
      const closed = await waitFor(ctx, (release) => {
        answer = release;
        if (!gates.has(key)) gates.set(key, new Set());
        gates.get(key)?.add(answer);
      });
      gates.get(key)?.delete(answer);
      if (closed) {
        ctx.status = 204;
        ctx.respond = false;
        return;
      }
      return json(ctx, { id: 'probe', label, value: number }, `"n-${number}"`);
    }
    case 'stable':
      if (ctx.get('If-None-Match') === '"stable"') {
        ctx.status = 304;
        ctx.set({ ETag: '"stable"', 'Cache-Control': 'no-cache' });
        return;
      }
      return json(ctx, { id: 'probe', label, value: 42 }, '"stable"');
    case 'empty':
      return json(ctx, { id: 'probe', label, series: [] });
    case 'invalid':
      return json(ctx, { id: 'probe', label, value: '45%' });
    case 'html':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><body><form action="/login"><input name="user"></form></body></html>';
      return;
    case 'truncated':
      return json(ctx, '{"id": "probe", "label": "Pro');
    case 'malformed':
      return json(ctx, '{\n  "id": "probe", "value": 1,\n}');
    case 'blank':
      return json(ctx, '');
    case '503-retry':
    case '429-retry':
      ctx.status = Number(step.slice(0, 3));
      ctx.set('Retry-After', step === '503-retry' ? '120' : '60');
      ctx.type = 'text/html';
      ctx.body = errorPage(ctx.status);
      return;
    case 'json-html':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = JSON.stringify({ id: 'probe', label, value: stats.requests });
      return;
    case 'chunked': {
      const body = JSON.stringify({ id: 'probe', label, value: stats.requests, note: 'x'.repeat(1900) });
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = Readable.from([body.slice(0, 1000), body.slice(1000)]);
      return;
    }
    case 'loop':
      ctx.redirect(ctx.originalUrl);
      return;
    case 'csv':
    case 'csv-plain':
      ctx.status = 200;
      ctx.type = step === 'csv' ? 'text/csv' : 'text/plain';
      ctx.body = 'date,rate\n2026-11-20,0.4\n2026-11-21,0.405\n2026-11-22,0.41\n';
      return;
    case 'csv-ragged':
      ctx.status = 200;
      ctx.type = 'text/csv';
      ctx.body = 'date,rate\n2026-11-20,0.4\n2026-11-21,0.405\n2026-11-22,0.41,extra\n';
      return;
    case 'csv-quote':
      ctx.status = 200;
      ctx.type = 'text/csv';
      ctx.body = 'date,rate\n2026-11-20,0.4\n2026-11-21,"0.405\n2026-11-22,0.41\n';
      return;
    case 'csv-bad-value':
      ctx.status = 200;
      ctx.type = 'text/csv';
      ctx.body = 'date,rate\n2026-11-20,0.4\n2026-11-21,n/a\n2026-11-22,0.41\n';
      return;
    case 'trickle': {
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      ctx.res.write('{"id": "probe", ');
      const closed = await waitFor(ctx, () => undefined);
      if (!closed) ctx.res.end('"value": 0}');
      return;
    }
    case '401':
    case '403':
    case '404':
    case '500':
    case '503':
      ctx.status = Number(step);
      ctx.type = 'text/html';
      ctx.body = errorPage(step);
      return;
    case 'reset':
      ctx.req.socket.destroy();
      // Nothing is sent; the status only keeps the runner from listing this as a 404.
      ctx.status = 204;
      ctx.respond = false;
      return;
    case 'hang': {
      const closed = await waitFor(ctx, () => undefined);
      if (closed) {
        ctx.status = 204;
        ctx.respond = false;
        return;
      }
      ctx.status = 504;
      ctx.body = errorPage(504);
      return;
    }
    default:
      ctx.status = 400;
      ctx.type = 'text/plain';
      ctx.body = `Unknown step "${step}"`;
  }
}
