#!/usr/bin/env node
/**
 * `npm run bench`: render-time benchmark of chart contenders in headless
 * Chromium (a benchmark, never a test: nothing here asserts on time).
 *
 * For each contender: esbuild bundles bench/harness.ts + the contender into one
 * page, served from an in-memory node:http server on 127.0.0.1 (port 0);
 * Chromium opens it at 600×160 px, device-pixel-ratio 1, and run.js asks the
 * page for one repetition at a time (fresh container each time). Per size it
 * reports the median `sync` (render call → microtasks → forced layout) and
 * `painted` (→ two requestAnimationFrame callbacks) in ms, and painted
 * relative to uPlot's from the same run. Method: /work/shared/BENCH-ANCHORS.md.
 *
 * Env:
 *   BENCH_SIZES=1e3,1e4     series sizes (default 1e3,1e4,1e5,1e6)
 *   BENCH_RUNS=5            repetitions per contender × size (default 5)
 *   BENCH_ONLY=uplot,kit    contender ids to run (default all available)
 *   BENCH_REP_CAP_MS=5000   a repetition slower than this stops that size (1 rep kept) and skips larger ones
 *   BENCH_TIMEOUT_MS=240000 hard limit for the whole run
 *   BENCH_WARMUP=3          untimed warm-up runs per contender × scenario, at the smallest size
 *   BENCH_SCREENSHOTS=1     also save bench/screenshots/<id>-<size>.png after each size's last run (to eyeball output)
 *
 * Writes bench/results.json and prints a markdown table to stdout (progress to stderr).
 * Adding a contender = one entry in CONTENDERS plus a bench/contenders/<id>.ts
 * whose default export implements bench/contenders/types.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from '../scripts/chromium.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');

/**
 * The contenders, in table order. The first is the reference for ratios.
 * `requires`: files (relative to the repo root) that must exist, else the row is skipped with a note.
 */
const CONTENDERS = [
  { id: 'uplot', label: 'uPlot 1.6 (line)', file: 'contenders/uplot.ts', css: 'node_modules/uplot/dist/uPlot.min.css' },
  { id: 'kit-sparkline', label: 'kit sparkline: SVG path of every point', file: 'contenders/kit-sparkline.ts' },
  {
    id: 'kit-m4',
    label: 'kit: M4 reduce → SVG path',
    file: 'contenders/kit-m4.ts',
    requires: ['src/core/reduce.ts'],
  },
];
const REFERENCE = 'uplot';

const num = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) fail(`${name}=${raw} is not a positive number`);
  return value;
};
const SIZES = (process.env.BENCH_SIZES ?? '1e3,1e4,1e5,1e6')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
  .map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 2) fail(`BENCH_SIZES: "${s}" is not an integer ≥ 2`);
    return n;
  })
  .sort((a, b) => a - b);
const RUNS = Math.round(num('BENCH_RUNS', 5));
const REP_CAP_MS = num('BENCH_REP_CAP_MS', 5000);
const TIMEOUT_MS = num('BENCH_TIMEOUT_MS', 240_000);
const WARMUP = process.env.BENCH_WARMUP === '0' ? 0 : Math.round(num('BENCH_WARMUP', 3));
const SCREENSHOTS = process.env.BENCH_SCREENSHOTS === '1' ? join(benchDir, 'screenshots') : undefined;
/** A single page call slower than this is abandoned (the page is closed). */
const CALL_TIMEOUT_MS = Math.max(REP_CAP_MS * 6, 30_000);
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
const MANY_KEY = 'many';

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}
const log = (message) => console.error(message);

// ---------------------------------------------------------------------------
// Cleanup: whatever happens, close the browser and the server.
let browser;
let server;
let cleaning;
async function cleanup() {
  cleaning ??= (async () => {
    await Promise.race([browser?.close().catch(() => {}), sleep(10_000)]);
    await new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections?.();
  })();
  return cleaning;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());
let aborting = false;
const hardTimer = setTimeout(async () => {
  aborting = true;
  console.error(`bench: hard timeout after ${TIMEOUT_MS} ms (BENCH_TIMEOUT_MS); closing the browser and server.`);
  await cleanup();
  process.exit(3);
}, TIMEOUT_MS);
hardTimer.unref();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    console.error(`bench: ${signal}, cleaning up`);
    await cleanup();
    process.exit(130);
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------
// Bundling.
async function bundle({ contents, entry }) {
  const result = await build({
    ...(entry ? { entryPoints: [entry] } : { stdin: { contents, resolveDir: benchDir, loader: 'ts', sourcefile: 'entry.ts' } }),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
    tsconfig: join(benchDir, 'tsconfig.json'),
  });
  const code = result.outputFiles[0].contents;
  return { code, gz: gzipSync(code, { level: 9 }).length, min: code.length };
}

async function prepare(contender) {
  const contenderPath = join(benchDir, contender.file);
  // Size of what the contender ships (its render code + library), without the harness.
  const own = await bundle({ entry: contenderPath });
  const page = await bundle({
    contents: `import contender from './${contender.file}';\nimport { install } from './harness.ts';\ninstall(contender);\n`,
  });
  const css = contender.css ? readFileSync(join(root, contender.css), 'utf8') : '';
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>bench ${contender.id}</title>
<style>html,body{margin:0;padding:0;background:#fff;overflow:hidden}${css}</style></head>
<body><script type="module" src="/${contender.id}.js"></script></body></html>`;
  return { js: page.code, html, kB: { ownGz: own.gz / 1000, ownMin: own.min / 1000, pageGz: page.gz / 1000 } };
}

// ---------------------------------------------------------------------------
const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (ms) => (!Number.isFinite(ms) ? '–' : ms < 10 ? ms.toFixed(1) : ms < 100 ? ms.toFixed(1) : String(Math.round(ms)));
const sizeLabel = (n) => {
  const e = Math.log10(n);
  return Number.isInteger(e) ? `1e${e}` : String(n);
};

async function main() {
  const t0 = Date.now();
  const selected = CONTENDERS.filter((c) => !ONLY || ONLY.includes(c.id));
  if (selected.length === 0) fail(`BENCH_ONLY=${process.env.BENCH_ONLY} matches no contender (${CONTENDERS.map((c) => c.id).join(', ')})`);
  const notes = [];
  const available = [];
  for (const c of selected) {
    const missing = (c.requires ?? []).filter((f) => !existsSync(join(root, f)));
    if (missing.length > 0) notes.push(`${c.label}: skipped, missing ${missing.join(', ')}`);
    else available.push(c);
  }

  log(`bench: bundling ${available.length} contender(s)…`);
  const pages = new Map();
  for (const c of available) {
    try {
      pages.set(c.id, await prepare(c));
    } catch (error) {
      const detail = error.errors?.map((e) => `${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}`).join('; ') ?? error.message;
      notes.push(`${c.label}: bundle failed: ${detail}`);
      log(`bench: ${c.id}: bundle failed: ${detail}`);
    }
  }

  server = createServer((req, res) => {
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const match = /^\/([a-z0-9-]+)\.(html|js)$/.exec(req.url ?? '');
    const page = match && pages.get(match[1]);
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    const isJs = match[2] === 'js';
    res.writeHead(200, { 'content-type': isJs ? 'text/javascript' : 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(isJs ? page.js : page.html);
  });
  await new Promise((resolve, reject) => server.listen(0, '127.0.0.1', resolve).once('error', reject));
  const origin = `http://127.0.0.1:${server.address().port}`;

  browser = await chromium.launch({
    executablePath: chromiumExecutablePath,
    headless: true,
    args: [...chromiumArgs, '--disable-frame-rate-limit', '--js-flags=--expose-gc'],
    timeout: 30_000,
  });
  const browserVersion = browser.version();
  log(`bench: Chromium ${browserVersion}, ${RUNS} runs, sizes ${SIZES.map(sizeLabel).join(', ')}, at ${origin}`);

  const results = [];
  for (const c of available) {
    const page = pages.get(c.id);
    if (!page) continue;
    const row = { id: c.id, label: c.label, kB: page.kB, cells: {} };
    results.push(row);
    const context = await browser.newContext({ viewport: { width: 600, height: 160 }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    const pageErrors = [];
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    try {
      await tab.goto(`${origin}/${c.id}.html`, { waitUntil: 'load', timeout: 30_000 });
      await tab.waitForFunction(() => window.__bench !== undefined, null, { timeout: 10_000 }).catch(() => {
        throw new Error(`the page did not start${pageErrors.length ? `: ${pageErrors.join('; ')}` : ''}`);
      });
      const rep = (scenario, size) =>
        withTimeout(
          tab.evaluate(([s, n]) => window.__bench.rep(s, n), [scenario, size]),
          CALL_TIMEOUT_MS,
          `${c.id} ${scenario} ${size}`,
        );
      const has = async (scenario) => tab.evaluate((s) => window.__bench.has(s), scenario);

      const plan = [];
      if (await has('series')) for (const size of SIZES) plan.push({ scenario: 'series', size, key: String(size) });
      if (await has('many')) plan.push({ scenario: 'many', size: 0, key: MANY_KEY });

      const warmed = new Set();
      let capped = false; // a series size hit the cap: larger sizes are skipped
      for (const { scenario, size, key } of plan) {
        if (scenario === 'series' && capped) {
          row.cells[key] = { skipped: true, note: `skipped: a smaller size exceeded ${REP_CAP_MS} ms per run` };
          log(`  ${c.id} ${sizeLabel(size)}: skipped (smaller size over the cap)`);
          continue;
        }
        if (!warmed.has(scenario)) {
          // Untimed warm-up per scenario at the smallest size (JIT, first canvas, fonts).
          for (let i = 0; i < WARMUP; i++) await rep(scenario, scenario === 'series' ? SIZES[0] : 0);
          warmed.add(scenario);
        }
        const sync = [];
        const painted = [];
        let note;
        for (let i = 0; i < RUNS; i++) {
          const r = await rep(scenario, size);
          sync.push(r.sync);
          painted.push(r.painted);
          if (r.painted > REP_CAP_MS) {
            note = `capped: run ${i + 1} took ${Math.round(r.painted)} ms (> ${REP_CAP_MS}), median of ${i + 1} run(s)`;
            if (scenario === 'series') capped = true;
            break;
          }
        }
        if (SCREENSHOTS) {
          mkdirSync(SCREENSHOTS, { recursive: true });
          await tab.screenshot({ path: join(SCREENSHOTS, `${c.id}-${scenario === 'series' ? sizeLabel(size) : 'many'}.png`) });
        }
        row.cells[key] = { sync, painted, syncMedian: median(sync), paintedMedian: median(painted), ...(note && { note }) };
        log(`  ${c.id} ${scenario === 'series' ? sizeLabel(size) : '60 sparklines'}: ${fmt(median(sync))} / ${fmt(median(painted))} ms${note ? ` (${note})` : ''}`);
      }
    } catch (error) {
      if (aborting) throw new Error('aborted by the hard timeout');
      const message = `${error.message}${pageErrors.length ? ` [page: ${pageErrors.join('; ')}]` : ''}`;
      row.error = message;
      notes.push(`${c.label}: failed: ${message}`);
      log(`bench: ${c.id}: ${message}`);
    } finally {
      await Promise.race([context.close().catch(() => {}), sleep(10_000)]);
    }
  }

  // Ratios: painted median relative to the reference's from this run.
  const ref = results.find((r) => r.id === REFERENCE);
  for (const row of results) {
    for (const [key, cell] of Object.entries(row.cells)) {
      const base = ref?.cells[key]?.paintedMedian;
      if (cell.paintedMedian !== undefined && base) cell.ratio = cell.paintedMedian / base;
    }
  }

  const keys = [...SIZES.map(String), MANY_KEY];
  const header = ['contender', 'min+gz kB', ...SIZES.map((n) => `${sizeLabel(n)} pts`), '60 sparklines × 90 pts'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of results) {
    const cells = keys.map((key) => {
      const cell = row.cells[key];
      if (!cell) return '–';
      if (cell.skipped) return 'skipped';
      const ratio = row.id !== REFERENCE && cell.ratio !== undefined ? ` (${cell.ratio.toFixed(2)}×)` : '';
      const star = cell.note ? ' *' : '';
      return `${fmt(cell.syncMedian)} / ${fmt(cell.paintedMedian)}${ratio}${star}`;
    });
    lines.push(`| ${row.label} | ${row.kB.ownGz.toFixed(1)} | ${cells.join(' | ')} |`);
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine = `Chromium ${browserVersion} headless (--disable-frame-rate-limit), 600×160 @1x, Node ${process.version}, ${os.cpus().length}× ${cpu}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;
  const out = [
    `### kpi-kit bench (${new Date().toISOString()})`,
    '',
    `Cells: median sync / painted ms over ${RUNS} runs (fresh container each); (×) = painted relative to uPlot in this run. min+gz = the contender's own bundle (render code + library, no harness).`,
    '',
    ...lines,
    '',
    ...Object.entries(Object.fromEntries(results.flatMap((r) => Object.entries(r.cells).filter(([, c]) => c.note && !c.skipped).map(([k, c]) => [`${r.id}@${k}`, c.note])))).map(
      ([k, n]) => `\\* ${k}: ${n}`,
    ),
    ...results.flatMap((r) => Object.entries(r.cells).filter(([, c]) => c.skipped).map(([k, c]) => `${r.id}@${k}: ${c.note}`)),
    ...notes.map((n) => `Note: ${n}`),
    '',
    `Machine: ${machine}. Shared, noisy cores and a ~20 ms headless frame floor under "painted": compare ratios within one run, not absolute ms across runs.`,
    `Total: ${((Date.now() - t0) / 1000).toFixed(1)} s.`,
  ];
  console.log(out.join('\n'));

  const json = {
    date: new Date().toISOString(),
    machine: { chromium: browserVersion, node: process.version, cpus: os.cpus().length, cpu, loadavg: os.loadavg() },
    method: { viewport: '600x160', deviceScaleFactor: 1, runs: RUNS, warmup: WARMUP, sizes: SIZES, repCapMs: REP_CAP_MS, many: '60 charts × 90 points, 56×22 px each' },
    reference: REFERENCE,
    contenders: results,
    notes,
  };
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  return results.some((r) => r.error) ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  if (aborting) await new Promise(() => {}); // the hard-timeout handler cleans up and exits 3
  console.error(`bench: ${error.stack ?? error}`);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
