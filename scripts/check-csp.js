#!/usr/bin/env node
/**
 * CI check: the built bundle works on a page locked down by a strict Content
 * Security Policy with Trusted Types enforced. Run `npm run build` first.
 *
 *   node scripts/check-csp.js
 *
 * 1. Starts scripts/serve-csp.js as a child process with PORT=0 (the OS picks
 *    a free port; the server announces it) and waits until it answers.
 * 2. Opens each demo page (PAGES) in headless Chromium and asserts:
 *    - the page is served with a CSP that requires Trusted Types, so this
 *      check cannot pass against a page without the policy;
 *    - no `securitypolicyviolation` event, console error, page error or
 *      failed request while the cards load;
 *    - every <kpi-card>, <kpi-trend> and <leading-lagging-board> is defined
 *      and settles (leaves `:state(loading)`); settled cards show a value,
 *      trends their line and boards their summary (or the empty message), and
 *      none is in `:state(error)`;
 *    - Trusted Types is really enforced: a string assigned to `innerHTML`
 *      throws a TypeError and raises exactly the expected violation (this
 *      deliberate violation is made after everything else is collected, and
 *      it doubles as a self-test of the violation listener).
 * 3. Prints a table of the cards and PASS/FAIL; exits 1 on failure. The
 *    server and the browser are always shut down (finally, SIGINT, SIGTERM,
 *    SIGHUP, and an overall deadline).
 *
 * Env: CHROMIUM_PATH (default /usr/bin/chromium), CHECK_CSP_SETTLE_MS
 * (default 15000, how long cards may take to settle).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from './chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SERVER_SCRIPT = join(root, 'scripts', 'serve-csp.js');
const BUNDLE = join(root, 'dist', 'cdn', 'kpi-kit.js');
const BUNDLE_PATH = '/dist/cdn/kpi-kit.js';

/** Every demo page, each with the kit tags it must contain. */
const PAGES = [
  { path: '', requires: ['kpi-card', 'kpi-trend', 'leading-lagging-board'] },
  {
    path: 'intranet.html',
    requires: ['kpi-source', 'kpi-card', 'kpi-trend'],
    // Its own module script wires "Reload all": clicking it must reach the source and announce the answer.
    async interact(page) {
      await page.locator('#reload-all:enabled').click({ timeout: SETTLE_MS });
      await page.waitForFunction(() => /^(Loaded|Checked) at /.test(document.getElementById('reload-status')?.textContent ?? ''), null, {
        timeout: SETTLE_MS,
      });
    },
  },
];

/** Readiness waits (not assertions on timing): how long each step may take before it counts as failed. */
const SERVER_START_MS = 10_000;
const SETTLE_MS = Number(process.env.CHECK_CSP_SETTLE_MS ?? 15_000);
const VIOLATION_EVENT_MS = 5_000;
const NAVIGATION_MS = 15_000;
/** Hard stop for the whole check, so CI never hangs on a wedged browser or server. */
const DEADLINE_MS = 120_000;

const SETTLED_STATES = ['good', 'warning', 'critical', 'neutral', 'empty', 'error'];
const ALL_STATES = ['good', 'warning', 'critical', 'neutral', 'loading', 'empty', 'error', 'stale', 'refresh-failed', 'guardrail-breached'];
const OK_STATUSES = ['good', 'warning', 'critical', 'neutral'];

/** Directives the served policy must contain, or the check proves nothing. */
const REQUIRED_CSP = [
  { test: (p) => /(^|;)\s*require-trusted-types-for\s+'script'\s*(;|$)/.test(p), what: "require-trusted-types-for 'script'" },
  { test: (p) => /(^|;)\s*trusted-types\s[^;]*\blit-html\b/.test(p), what: 'trusted-types lit-html' },
  { test: (p) => /(^|;)\s*script-src\s+'self'\s*(;|$)/.test(p), what: "script-src 'self' (and nothing else)" },
];

/**
 * Runs in the page before any of its scripts (injected by the driver over
 * CDP, so the page's CSP does not apply to it). Records every
 * securitypolicyviolation from the start of the document.
 */
function recordViolations() {
  const violations = [];
  Object.defineProperty(window, '__cspCheck', { value: { violations }, configurable: false });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      violations.push({
        effectiveDirective: e.effectiveDirective,
        violatedDirective: e.violatedDirective,
        disposition: e.disposition,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        lineNumber: e.lineNumber,
        columnNumber: e.columnNumber,
        sample: e.sample,
      });
    },
    true,
  );
}

// ---------------------------------------------------------------- resources

/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
/** @type {import('playwright-core').Browser | undefined} */
let browser;
let cleanupPromise;

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function serverRunning() {
  return server !== undefined && server.exitCode === null && server.signalCode === null;
}

async function stopServer() {
  if (!serverRunning()) return;
  const child = /** @type {import('node:child_process').ChildProcess} */ (server);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  try {
    await withTimeout(exited, 5_000, 'serve-csp shutdown');
  } catch {
    child.kill('SIGKILL');
    await withTimeout(exited, 5_000, 'serve-csp kill').catch(() => {});
  }
}

/** Idempotent: closes the browser, then stops the server. Never throws. */
function cleanup() {
  cleanupPromise ??= (async () => {
    if (browser) await withTimeout(browser.close(), 10_000, 'browser.close()').catch((e) => console.error(`check-csp: ${e.message}`));
    await stopServer().catch((e) => console.error(`check-csp: could not stop serve-csp: ${e.message}`));
  })();
  return cleanupPromise;
}

// Last resort if the process exits without cleanup (e.g. an unexpected throw): signals are sent synchronously.
process.on('exit', () => {
  if (serverRunning()) server?.kill('SIGKILL');
});

for (const [signal, code] of /** @type {const} */ ([
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
])) {
  process.once(signal, () => {
    console.error(`\ncheck-csp: received ${signal}, cleaning up`);
    cleanup().finally(() => process.exit(code));
  });
}

const deadline = setTimeout(() => {
  console.error(`\ncheck-csp: FAIL: the whole check took longer than ${DEADLINE_MS} ms; aborting`);
  cleanup().finally(() => process.exit(1));
}, DEADLINE_MS);
deadline.unref();

// ---------------------------------------------------------------- server

/** Starts serve-csp.js on a free port and resolves with its base URL once it answers HTTP. */
async function startServer() {
  const child = spawn(process.execPath, [SERVER_SCRIPT], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (output += chunk));

  const announced = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve(`http://127.0.0.1:${match[1]}/`);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`serve-csp exited before listening (code ${code}, signal ${signal})\n${output.trim()}`)));
  });
  const url = await withTimeout(announced, SERVER_START_MS, 'serve-csp start-up').catch((error) => {
    throw new Error(`${error.message}${output && !error.message.includes(output.trim()) ? `\nserve-csp output:\n${output.trim()}` : ''}`);
  });

  // It printed its URL from the listen callback; confirm it answers before pointing a browser at it.
  const until = Date.now() + SERVER_START_MS;
  for (;;) {
    try {
      const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(2_000) });
      if (response.ok) return url;
      throw new Error(`HEAD ${url} answered ${response.status}`);
    } catch (error) {
      if (Date.now() > until || !serverRunning()) throw new Error(`serve-csp did not answer at ${url}: ${error.message}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

// ---------------------------------------------------------------- checks

function formatViolation(v) {
  const where = v.sourceFile ? ` at ${v.sourceFile}:${v.lineNumber}:${v.columnNumber}` : '';
  const blocked = v.blockedURI ? ` blocked ${v.blockedURI}` : '';
  const sample = v.sample ? ` sample ${JSON.stringify(v.sample)}` : '';
  return `${v.effectiveDirective} (${v.disposition})${blocked}${where}${sample}`;
}

function printTable(rows) {
  const header = ['#', 'source', 'label', 'status', 'states', 'shows'];
  const lines = rows.map((r, i) => [String(i + 1), r.source, r.label || '∅', r.status ?? '–', r.states.join(' ') || '∅', r.shows]);
  const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const widths = header.map((h, c) => Math.min(c === 5 ? 60 : 40, Math.max(h.length, ...lines.map((l) => l[c].length))));
  const fmt = (cells) =>
    cells
      .map((cell, c) => clip(cell, widths[c]).padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  console.log(fmt(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const line of lines) console.log(fmt(line));
}

async function run() {
  const failures = [];
  const fail = (message) => failures.push(message);

  if (!existsSync(BUNDLE)) {
    fail(`${BUNDLE} does not exist: run \`npm run build\` first`);
    return failures;
  }

  const url = await startServer();
  console.log(`check-csp: serve-csp is up at ${url}`);

  browser = await chromium.launch({
    executablePath: chromiumExecutablePath,
    headless: true,
    args: chromiumArgs,
    // This script handles signals itself, so the server is stopped too.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const unchecked = readdirSync(join(root, 'demo')).filter((f) => f.endsWith('.html') && !PAGES.some((p) => (p.path || 'index.html') === f));
  for (const file of unchecked) fail(`demo/${file} is not in PAGES: add it with the tags it must contain`);
  for (const { path, requires, interact } of PAGES) {
    const pageUrl = new URL(path, url).href;
    await checkPage(pageUrl, requires, interact, (message) => fail(`${path || 'index.html'}: ${message}`));
  }
  return failures;
}

/**
 * Checks one demo page in a fresh browser context; every problem goes to `fail`.
 * `requires`: tags the page must contain, so a page that lost its elements cannot pass.
 * `interact`: optional steps a reader takes once everything has settled, made before errors are collected.
 */
async function checkPage(url, requires, interact, fail) {
  const context = await /** @type {import('playwright-core').Browser} */ (browser).newContext();
  const page = await context.newPage();

  const consoleErrors = [];
  const pageErrors = [];
  const failedRequests = [];
  let bundleStatus;
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const { url: file, lineNumber } = msg.location();
    consoleErrors.push(`${msg.text()}${file ? ` (${file}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)));
  page.on('requestfailed', (request) => failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === BUNDLE_PATH) bundleStatus = response.status();
    if (response.status() >= 400) failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });

  await page.addInitScript(recordViolations);

  // ---- the policy itself
  const response = await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_MS });
  if (!response) throw new Error(`no response for ${url}`);
  if (response.status() !== 200) fail(`GET ${url} answered HTTP ${response.status()}`);
  const csp = (await response.allHeaders())['content-security-policy'];
  if (!csp) {
    fail('the page was served without a Content-Security-Policy header');
  } else {
    for (const { test, what } of REQUIRED_CSP) if (!test(csp)) fail(`the page's CSP lacks ${what}: ${csp}`);
    if (/unsafe-inline|unsafe-eval/.test(csp)) fail(`the page's CSP allows unsafe-inline or unsafe-eval: ${csp}`);
  }
  if (bundleStatus !== 200) fail(`the page did not load ${BUNDLE_PATH} (status ${bundleStatus ?? 'never requested'})`);

  const listenerInstalled = await page.evaluate(() => Array.isArray(window.__cspCheck?.violations));
  if (!listenerInstalled) throw new Error('the securitypolicyviolation listener was not installed by addInitScript');

  // ---- readiness: every card defined and settled
  for (const tag of requires) if ((await page.locator(tag).count()) === 0) fail(`the page has no <${tag}> element`);
  try {
    await page.waitForFunction(
      (settled) =>
        [...document.querySelectorAll('kpi-card, kpi-trend, leading-lagging-board')].every(
          (card) =>
            card.matches(':defined') && card.shadowRoot !== null && !card.matches(':state(loading)') && settled.some((s) => card.matches(`:state(${s})`)),
        ),
      SETTLED_STATES,
      { timeout: SETTLE_MS },
    );
  } catch (error) {
    if (!/Timeout/i.test(String(error))) throw error;
    fail(`not every <kpi-card> settled within ${SETTLE_MS} ms (see the table: cards still loading, or never defined)`);
  }

  // ---- what each card shows
  const rows = await page.evaluate((allStates) => {
    const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return [...document.querySelectorAll('kpi-card, kpi-trend, leading-lagging-board')].map((card) => {
      const shadow = card.shadowRoot;
      // A card shows a value; a trend shows its line; a board its summary line.
      const drawn = shadow?.querySelector('[part~="chart"] .line')?.getAttribute('d')
        ? '(line drawn)'
        : shadow?.querySelector('[part~="summary"]')
          ? text(shadow.querySelector('[part~="summary"]'))
          : null;
      return {
        tag: card.localName,
        source: card.hasAttribute('source')
          ? `source="${card.getAttribute('source')}"`
          : (card.getAttribute('src') ?? (card.querySelector(':scope > script[type="application/json"]') ? 'inline JSON' : '(none)')),
        defined: card.matches(':defined'),
        hasShadow: shadow !== null,
        status: card.status ?? null,
        states: allStates.filter((s) => card.matches(`:state(${s})`)),
        label: text(shadow?.querySelector('[part~="label"]')),
        value: shadow?.querySelector('[part~="value"]') ? text(shadow.querySelector('[part~="value"]')) : drawn,
        error: shadow?.querySelector('[part~="error"]') ? text(shadow.querySelector('[part~="error"]')) : null,
        emptyMessage: text(shadow?.querySelector('.empty-message')),
      };
    });
  }, ALL_STATES);

  for (const [i, row] of rows.entries()) {
    const name = `${row.tag} ${i + 1} (${row.source}${row.label ? `, "${row.label}"` : ''})`;
    const has = (s) => row.states.includes(s);
    if (!row.defined || !row.hasShadow) {
      row.shows = `(not upgraded: ${row.tag} is not defined)`;
      fail(`${name}: the element never upgraded; the bundle did not define <${row.tag}>`);
    } else if (has('loading')) {
      row.shows = '(still loading)';
      fail(`${name}: still :state(loading) after ${SETTLE_MS} ms`);
    } else if (has('error')) {
      row.shows = `error: ${row.error ?? '(no [part~=error])'}`;
      if (!row.error) fail(`${name}: in :state(error) but shows no non-empty [part~="error"]`);
      fail(`${name}: in :state(error): ${row.error ?? 'no message'}`);
    } else if (has('empty')) {
      row.shows = `(empty) ${row.emptyMessage}`;
      if (!row.label) fail(`${name}: :state(empty) but no [part~="label"]`);
    } else if (row.status && OK_STATUSES.includes(row.status)) {
      row.shows = row.value ?? '(no [part~=value])';
      if (!has(row.status)) fail(`${name}: status is "${row.status}" but :state(${row.status}) is not set`);
      if (!row.label) fail(`${name}: no non-empty [part~="label"]`);
      if (!row.value || row.value === '—') fail(`${name}: [part~="value"] is ${row.value === null ? 'missing' : `"${row.value}"`}`);
    } else {
      row.shows = '(unsettled)';
      fail(`${name}: no settled state (status ${row.status}, states [${row.states.join(', ')}])`);
    }
  }

  if (interact) {
    try {
      await interact(page);
    } catch (error) {
      fail(`the page's own script did not respond: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }

  // ---- nothing went wrong while loading (collected before the deliberate violation below)
  const violations = await page.evaluate(() => window.__cspCheck.violations.slice());
  const consoleBefore = consoleErrors.length;
  const pageErrorsBefore = pageErrors.length;
  const failedRequestsBefore = failedRequests.length;
  for (const v of violations) fail(`CSP violation: ${formatViolation(v)}`);
  for (const e of consoleErrors) fail(`console error: ${e}`);
  for (const e of pageErrors) fail(`page error: ${e}`);
  for (const r of failedRequests) fail(`request failed: ${r}`);

  // ---- Trusted Types is enforced: a plain string into an HTML sink must throw.
  const attempt = await page.evaluate(() => {
    const target = document.createElement('div'); // a detached element: same sink as body.innerHTML, page untouched
    try {
      target.innerHTML = '<b>x</b>';
      return { threw: false, html: target.innerHTML };
    } catch (error) {
      return { threw: true, name: error?.name, message: error?.message };
    }
  });
  if (!attempt.threw) fail(`Trusted Types is NOT enforced: innerHTML accepted a plain string (${attempt.html})`);
  else if (attempt.name !== 'TypeError') fail(`innerHTML with a plain string threw ${attempt.name}, expected a Trusted Types TypeError: ${attempt.message}`);

  // The violation event is queued as a task; wait for it to arrive (this also proves the listener works).
  let deliberate = [];
  if (attempt.threw) {
    try {
      await page.waitForFunction((n) => window.__cspCheck.violations.length > n, violations.length, { timeout: VIOLATION_EVENT_MS });
    } catch (error) {
      if (!/Timeout/i.test(String(error))) throw error;
    }
    deliberate = await page.evaluate((n) => window.__cspCheck.violations.slice(n), violations.length);
  }
  const expected = deliberate.filter((v) => v.effectiveDirective === 'require-trusted-types-for' && v.disposition === 'enforce');
  if (attempt.threw && expected.length !== 1) {
    fail(
      `expected exactly one require-trusted-types-for violation from the deliberate innerHTML write, got ${expected.length}` +
        (deliberate.length === 0 ? ' (the securitypolicyviolation listener saw nothing: violations above may be under-reported)' : ''),
    );
  }
  for (const v of deliberate.filter((x) => !expected.includes(x))) fail(`CSP violation: ${formatViolation(v)}`);
  // Chromium logs the deliberate violation to the console; anything else logged after it is still an error.
  for (const e of consoleErrors.slice(consoleBefore)) if (!/TrustedHTML/.test(e)) fail(`console error: ${e}`);
  for (const e of pageErrors.slice(pageErrorsBefore)) fail(`page error: ${e}`);
  for (const r of failedRequests.slice(failedRequestsBefore)) fail(`request failed: ${r}`);

  console.log(`\nkit elements on ${url} (${rows.length}):\n`);
  printTable(rows);
  console.log(`\nCSP: ${csp ?? '(none)'}`);
  console.log(
    `Trusted Types: innerHTML string ${attempt.threw ? `threw ${attempt.name}` : 'was ACCEPTED'}; ` +
      `violation listener saw ${expected.length} deliberate violation(s); ` +
      `${violations.length} violation(s), ${consoleBefore} console error(s), ${pageErrorsBefore} page error(s) before it`,
  );
  await context.close();
}

// ---------------------------------------------------------------- main

let failures;
try {
  failures = await run();
} catch (error) {
  failures = [`the check itself broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
} finally {
  await cleanup();
  clearTimeout(deadline);
}
// One stream, so the verdict is always the last thing in a CI log. performance.now() counts from process start.
const seconds = (performance.now() / 1000).toFixed(1);
if (failures.length === 0) {
  console.log(`\nPASS check-csp: cards render under a strict CSP with Trusted Types enforced (${seconds} s)`);
} else {
  console.log(`\nFAIL check-csp: ${failures.length} problem(s) (${seconds} s):`);
  for (const f of failures) console.log(`  ✗ ${f}`);
}
process.exit(failures.length === 0 ? 0 : 1);
