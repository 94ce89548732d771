#!/usr/bin/env node
/**
 * Serves the demo pages with the built CDN bundle under a strict Content
 * Security Policy with Trusted Types enforced: `npm run build`, then
 * `npm run demo:csp`. If a card works here, it works on a locked-down page.
 *
 *   /            demo/ (index.html, intranet.html, demo.css, data/*.json)
 *   /dist/...    dist/ (the build output)
 *
 * Every demo page is served with its kit script pointed at
 * /dist/cdn/kpi-kit.js instead of /src/kit.ts (vite's dev entry); nothing
 * else is rewritten. Listens on 127.0.0.1, port $PORT or 4174.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const demoDir = join(root, 'demo');
const distDir = join(root, 'dist');

const DEV_ENTRY = 'src="/src/kit.ts"';
const BUILT_ENTRY = 'src="/dist/cdn/kpi-kit.js"';
const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4174);

/** `trusted-types lit-html`: the only policy the page may create is the one lit-html creates for its templates. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** A demo page as the CSP server serves it: the dev entry swapped for the built bundle. */
function builtPageHtml(file) {
  const html = readFileSync(file, 'utf8');
  const count = html.split(DEV_ENTRY).length - 1;
  if (count !== 1) throw new Error(`${file} must contain ${DEV_ENTRY} exactly once, found ${count}`);
  return html.replace(DEV_ENTRY, BUILT_ENTRY);
}

/** Maps a URL path to a file inside demo/ or dist/, or `undefined` when it would leave them. */
function fileFor(pathname) {
  const [base, rest] = pathname === '/dist' || pathname.startsWith('/dist/') ? [distDir, pathname.slice(5)] : [demoDir, pathname];
  const file = resolve(base, `.${rest.endsWith('/') ? `${rest}index.html` : rest}`);
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

function send(response, status, body, contentType = CONTENT_TYPES['.txt'], head = false) {
  response.writeHead(status, { ...BASE_HEADERS, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
  response.end(head ? undefined : body);
}

function handle(request, response) {
  const head = request.method === 'HEAD';
  if (request.method !== 'GET' && !head) {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'Method not allowed\n', undefined, head);
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', `http://${HOST}`).pathname);
  } catch {
    return send(response, 400, 'Bad request\n', undefined, head);
  }
  if (pathname.includes('\0')) return send(response, 400, 'Bad request\n', undefined, head);

  const file = fileFor(pathname);
  const stats = file && existsSync(file) ? statSync(file) : undefined;
  if (!file || !stats?.isFile()) {
    const hint = pathname.startsWith('/dist/') && !existsSync(distDir) ? ' (run `npm run build` first)' : '';
    return send(response, 404, `Not found: ${pathname}${hint}\n`, undefined, head);
  }
  if (file.startsWith(demoDir + sep) && extname(file) === '.html') {
    try {
      return send(response, 200, builtPageHtml(file), CONTENT_TYPES['.html'], head);
    } catch (error) {
      return send(response, 500, `${error instanceof Error ? error.message : String(error)}\n`, undefined, head);
    }
  }
  response.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stats.size,
  });
  if (head) return response.end();
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

const server = createServer(handle);
server.on('error', (error) => {
  console.error(`serve-csp: ${error.message}`);
  process.exit(1);
});
server.listen(PORT, HOST, () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Demo under a strict CSP: http://${HOST}:${port}/`);
  if (!existsSync(join(distDir, 'cdn', 'kpi-kit.js'))) {
    console.warn('dist/cdn/kpi-kit.js is missing: run `npm run build` first, or the cards will not load.');
  }
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
