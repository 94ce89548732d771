/**
 * Dev-server middleware with scripted JSON endpoints for the source controller tests.
 *
 *   GET /__kpi-source/source?key=K&steps=ok,500,ok[&label=L]
 *     The n-th request for key K plays steps[n] (the last step repeats). Keys keep tests apart.
 *   GET /__kpi-source/stats?key=K
 *     What the server saw for K: requests, aborted (the client closed before an answer),
 *     and the If-None-Match and Accept header of each request.
 *
 * Steps:
 *   ok         200, a valid KPI document whose value is the request number (ETag "n-<number>")
 *   stable     200, the same document every time (ETag "stable"); 304 when If-None-Match matches
 *   empty      200, a valid document with no value and no points
 *   invalid    200, a document whose /value is the string "45%"
 *   html       200, an HTML sign-in page
 *   truncated  200, JSON cut off mid-string
 *   blank      200, an empty body labelled as JSON
 *   401 404 500 503   that status, with an HTML error page
 *   reset      the connection is dropped without an answer (fetch rejects)
 *   hang       no answer until the client gives up (aborts); 504 after 15 s as a safety net
 */
const PREFIX = '/__kpi-source/';
const HANG_LIMIT_MS = 15_000;

/** @type {Map<string, { requests: number, aborted: number, ifNoneMatch: (string | null)[], accept: (string | null)[] }>} */
const endpoints = new Map();

function statsFor(key) {
  let stats = endpoints.get(key);
  if (!stats) {
    stats = { requests: 0, aborted: 0, ifNoneMatch: [], accept: [] };
    endpoints.set(key, stats);
  }
  return stats;
}

const errorPage = (status) =>
  `<!doctype html><html><head><title>${status}</title></head><body><h1>Error ${status}</h1></body></html>`;

/** @param {import('koa').Context} ctx */
function json(ctx, body, etag) {
  ctx.status = 200;
  ctx.type = 'application/json';
  if (etag) ctx.set('ETag', etag);
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
  if (ctx.path !== `${PREFIX}source`) return next();

  stats.requests += 1;
  const number = stats.requests;
  stats.ifNoneMatch.push(ctx.get('If-None-Match') || null);
  stats.accept.push(ctx.get('Accept') || null);
  const steps = String(ctx.query.steps ?? 'ok').split(',');
  const step = steps[Math.min(number, steps.length) - 1];
  const label = String(ctx.query.label ?? 'Probe');
  const finished = () => ctx.res.writableFinished;
  ctx.res.once('close', () => {
    if (!finished()) stats.aborted += 1;
  });

  switch (step) {
    case 'ok':
      return json(ctx, { id: 'probe', label, value: number }, `"n-${number}"`);
    case 'stable':
      if (ctx.get('If-None-Match') === '"stable"') {
        ctx.status = 304;
        ctx.set('ETag', '"stable"');
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
    case 'blank':
      return json(ctx, '');
    case '401':
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
      const closed = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), HANG_LIMIT_MS);
        ctx.res.once('close', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
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
