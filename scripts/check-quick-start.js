/**
 * `npm run check:quick-start`: the README's 30-second start works as written, before
 * publication. Run `npm run build` first.
 *
 * Reads the page and the KPI document from README.md's "30-second start" itself, lays
 * out a folder the way the README's commands do (`cp -R dist/cdn/. <site>/kpi-kit/`, the
 * page as index.html, the JSON as api/retention.json) and also the theme the README's
 * "Theme files" section links from the CDN folder, serves it on 127.0.0.1 with a plain static
 * server, and opens it in headless Chromium. The card must be defined, fetch the JSON,
 * and show the README's label and value with a status word; no request may fail and the
 * page must log no error. Nothing here depends on today's date: the value and the status
 * come from the document, not from pace or staleness.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from './chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## 30-second start'), readme.indexOf('## Installing'));
const block = (language) => {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section);
  assert.ok(match, `README's 30-second start has no ${language} block`);
  return match[1];
};
const page = block('html');
const documentJson = block('json');
const kpi = JSON.parse(documentJson);

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };

let site;
let server;
let origin;
let browser;

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'kpi-quick-start-'));
  mkdirSync(join(site, 'kpi-kit'), { recursive: true });
  mkdirSync(join(site, 'api'));
  cpSync(join(root, 'dist', 'cdn'), join(site, 'kpi-kit'), { recursive: true });
  writeFileSync(join(site, 'index.html'), page);
  writeFileSync(join(site, 'api', 'retention.json'), documentJson);
  server = createServer((request, response) => {
    // Chromium asks every site for one; the page has none, and a 404 would read as a console error.
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs], headless: true });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (site) rmSync(site, { recursive: true, force: true });
});

test("the README's page, served beside a copy of dist/cdn, shows the README's KPI", async () => {
  assert.match(page, /<script type="module" src="\/kpi-kit\/kpi-kit\.js"><\/script>/, 'the page loads the kit from the copied folder');
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  tab.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
  const fetched = [];
  tab.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await tab.goto(`${origin}/`);
  const shown = await tab.waitForFunction(
    () => {
      const card = document.querySelector('kpi-card');
      const text = (part) => card?.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
      const status = card?.status;
      return customElements.get('kpi-card') && status ? { label: text('label'), value: text('value'), status, word: text('status') } : null;
    },
    undefined,
    { timeout: 30_000 },
  );
  const card = await shown.jsonValue();
  await context.close();
  assert.deepEqual(problems, []);
  assert.ok(fetched.includes('/api/retention.json'), "the card fetched the JSON from the page's own server");
  assert.ok(fetched.includes('/kpi-kit/kpi-card.js'), 'the autoloader fetched the card from the copied folder');
  assert.equal(card.label, kpi.label);
  // The last point, 0.41, with the document's format: 41%.
  assert.match(card.value ?? '', /^41\s?%$/);
  assert.ok(['good', 'warning', 'critical', 'neutral'].includes(card.status), card.status);
  assert.ok((card.word ?? '').length > 0, 'the status is in words');
});

test("the theme files are in the CDN folder, where the README's link points", async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/`);
  const response = await tab.request.get(`${origin}/kpi-kit/themes/dark.css`);
  assert.equal(response.status(), 200);
  assert.match(await response.text(), /\.kpi-theme-dark\s*\{/);
  await context.close();
});
