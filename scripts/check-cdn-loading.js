#!/usr/bin/env node
/**
 * `npm run check:cdn`: the built CDN kit downloads only what a page uses.
 * Run `npm run build` first.
 *
 * Serves dist/cdn under a deep versioned path, as a CDN does, and the page
 * test/browser/support/cdn-one-card.html (one <kpi-card> with inline data,
 * one module script), then in headless Chromium:
 * 1. loads the page and waits for the card to paint: it must have fetched the
 *    autoloader and the card's static-import closure, and no file holding
 *    <kpi-trend> or <leading-lagging-board> code, nor the card's sparkline (it has none);
 * 2. adds a <leading-lagging-board> to the page: the autoloader must notice it
 *    and fetch the board, and still no <kpi-trend> (the board fetches it only
 *    for the detail view).
 * A file "holds" an element's code when its source map lists the element's
 * folder under src/elements/, or it calls customElements.define for the tag.
 * Prints each step's requests; exits 1 on a failure, console error or page error.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { parseSync } from 'vite';
import { chromiumArgs, chromiumExecutablePath } from './chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, 'dist', 'cdn');
const PAGE = join(root, 'test', 'browser', 'support', 'cdn-one-card.html');
/** Where the page expects the kit: a path no file of the kit names, so only relative imports can work. */
const CDN_PREFIX = '/npm/kpi-kit@0.0.0-check/dist/cdn/';
/** Readiness waits, not assertions on timing. */
const SETTLE_MS = 15_000;
const DEADLINE_MS = 90_000;

const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

/** Which kit elements' code each built file holds, from its source map and its defines. */
function elementsIn(file) {
  const found = new Set();
  const code = readFileSync(file, 'utf8');
  for (const [, tag] of code.matchAll(/customElements\.define\(\s*["'`]([a-z-]+)["'`]/g)) found.add(tag);
  if (existsSync(`${file}.map`)) {
    const { sources } = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    for (const source of sources) {
      const match = /src\/elements\/([a-z-]+)\//.exec(source);
      if (match) found.add(match[1]);
    }
  }
  return found;
}

/** The files a browser fetches for `file` before running it: itself and its static imports, transitively. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const { module } = parseSync(file, code, { sourceType: 'module' });
  const specifiers = [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) => e.entries.flatMap((entry) => (entry.moduleRequest ? [entry.moduleRequest.value] : []))),
  ];
  for (const specifier of specifiers) if (specifier.startsWith('.')) staticClosure(join(dirname(file), specifier), seen);
  return seen;
}

function startServer() {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file;
    if (pathname === '/') file = PAGE;
    else if (pathname.startsWith(CDN_PREFIX)) file = resolve(cdnDir, `.${pathname.slice(CDN_PREFIX.length - 1)}`);
    else if (pathname.startsWith('/data/')) file = resolve(root, 'demo', `.${pathname}`);
    const inside = file !== undefined && (file === PAGE || file.startsWith(cdnDir + sep) || file.startsWith(join(root, 'demo', 'data') + sep));
    if (!inside || !existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end(`Not found: ${pathname}\n`);
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((resolveUrl, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveUrl({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

async function run(fail) {
  if (!existsSync(join(cdnDir, 'kpi-kit.js'))) {
    fail('dist/cdn/kpi-kit.js does not exist: run `npm run build` first');
    return;
  }
  const holders = new Map();
  for (const name of readdirSync(cdnDir, { recursive: true })) {
    if (String(name).endsWith('.js')) holders.set(String(name).split(sep).join('/'), elementsIn(join(cdnDir, String(name))));
  }
  const firstCard = new Set(
    [...staticClosure(join(cdnDir, 'kpi-kit.js')), ...staticClosure(join(cdnDir, 'kpi-card.js'))].map((f) => relative(cdnDir, f).split(sep).join('/')),
  );

  const { server, url } = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath, headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('console', (message) => message.type() === 'error' && fail(`console error: ${message.text()}`));
    page.on('pageerror', (error) => fail(`page error: ${error.message}`));
    // A kit file that fails to load is this check's business; a data request's fate is check:csp's.
    page.on('requestfailed', (request) => {
      const line = `request failed: ${request.url()}: ${request.failure()?.errorText}`;
      if (new URL(request.url()).pathname.startsWith(CDN_PREFIX)) fail(line);
      else console.log(`  (note: ${line})`);
    });
    page.on('response', (response) => response.status() >= 400 && fail(`HTTP ${response.status()} for ${response.url()}`));

    /** Kit files among `paths`, as paths inside dist/cdn. */
    const kitFiles = (paths) => paths.filter((p) => p.startsWith(CDN_PREFIX)).map((p) => p.slice(CDN_PREFIX.length));
    const report = (title, paths) => {
      console.log(`\n${title} (${paths.length} requests):`);
      for (const path of paths) {
        const held = holders.get(path.startsWith(CDN_PREFIX) ? path.slice(CDN_PREFIX.length) : '');
        console.log(`  ${path}${held?.size ? `  [${[...held].join(', ')}]` : ''}`);
      }
    };
    const mustNotHold = (step, files, tags) => {
      for (const file of files) {
        for (const tag of tags) if (holders.get(file)?.has(tag)) fail(`${step}: downloaded ${file}, which holds <${tag}> code`);
      }
    };

    // 1. One card.
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const card = document.querySelector('kpi-card');
        return card?.matches(':defined') && !card.matches(':state(loading)') && card.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim();
      },
      null,
      { timeout: SETTLE_MS },
    );
    await page.waitForLoadState('networkidle');
    const cardStep = [...requests];
    report('A page with one <kpi-card>', cardStep);
    const cardFiles = kitFiles(cardStep);
    for (const file of firstCard) if (!cardFiles.includes(file)) fail(`one card: ${file} (in the card's static imports) was never requested`);
    mustNotHold('one card', cardFiles, ['kpi-trend', 'leading-lagging-board']);
    // The page's card has no sparkline attribute: the sparkline's code (geometry, d3-shape) stays on the server.
    for (const file of cardFiles) if (file.includes('card-sparkline')) fail(`one card without a sparkline: downloaded ${file}`);
    for (const file of cardFiles) if (!firstCard.has(file)) console.log(`  (fetched on demand after the first card: ${file})`);

    // 2. A board added later: the autoloader's observer must fetch it.
    await page.evaluate(() => {
      const board = document.createElement('leading-lagging-board');
      board.setAttribute('now', '2026-11-23T09:00Z');
      board.setAttribute('src', '/data/acme-growth.json');
      document.getElementById('dashboard')?.append(board);
    });
    await page.waitForFunction(
      () => {
        const board = document.querySelector('leading-lagging-board');
        return board?.matches(':defined') && !board.matches(':state(loading)') && board.shadowRoot?.querySelector('[part~="summary"]');
      },
      null,
      { timeout: SETTLE_MS },
    );
    await page.waitForLoadState('networkidle');
    const boardStep = requests.slice(cardStep.length);
    report('Then a <leading-lagging-board> added to it', boardStep);
    const boardFiles = kitFiles(boardStep);
    if (!boardFiles.includes('leading-lagging-board.js')) fail('board: leading-lagging-board.js was never requested');
    mustNotHold('board', boardFiles, ['kpi-trend']);
    const repeated = boardFiles.filter((file) => cardFiles.includes(file));
    if (repeated.length > 0) fail(`board: fetched again what the card had fetched: ${repeated.join(', ')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

const failures = [];
const deadline = setTimeout(() => {
  console.log(`\nFAIL check-cdn: the check took longer than ${DEADLINE_MS} ms`);
  process.exit(1);
}, DEADLINE_MS);
try {
  await run((message) => failures.push(message));
} catch (error) {
  failures.push(`the check itself broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
clearTimeout(deadline);
if (failures.length === 0) {
  console.log('\nPASS check-cdn: a page downloads the autoloader and the elements it uses, nothing else');
} else {
  console.log(`\nFAIL check-cdn: ${failures.length} problem(s):`);
  for (const failure of failures) console.log(`  ✗ ${failure}`);
}
process.exit(failures.length === 0 ? 0 : 1);
