#!/usr/bin/env node
/**
 * `npm run bench`: render-time benchmark of `<kpi-trend>` against uPlot and
 * Chart.js in headless Chromium, and of `<leading-lagging-board>` on its own
 * (a benchmark, never a test: nothing here asserts on time; the goals are
 * reported, not enforced).
 *
 * For each contender: esbuild bundles bench/harness.ts + the contender into one
 * page, served from an in-memory node:http server on 127.0.0.1 (port 0);
 * Chromium opens it at 600×160 px, device-pixel-ratio 1, and run.js asks the
 * page for one repetition at a time. Scenarios (see bench/harness.ts):
 *   first render at each size, 60 sparklines × 90 points, a full data update
 *   at each size, one appended point at each size; then, for contenders with
 *   a profiler (kpi-trend), profiled runs that split the element's time into
 *   stages, and stand-alone timings of its validation.
 *   `board` (leading-lagging-board only, in a 1280×800 viewport): time to first
 *   paint of a generated board of 10 goals × 6 KPIs (bench/board-data.ts),
 *   from the call until every card has settled and every connector is drawn,
 *   then two frames; and stand-alone timings of the core work behind it
 *   (validation, view, lead-lag estimates, hygiene). It has no uPlot ratio:
 *   uPlot draws charts, not boards, so there is no peer to compare with.
 * Per cell it reports the median `sync` (call → drawing in the DOM → forced
 * layout) and `painted` (→ two requestAnimationFrame callbacks) in ms, and the
 * ratio to uPlot's from the same run (uPlot is the reference; Chart.js is a
 * second peer, set up per its performance guide: bench/contenders/chartjs.ts).
 * Method: /work/shared/BENCH-ANCHORS.md.
 *
 * Env:
 *   BENCH_SIZES=1e3,1e4          series sizes (default 1e3,1e4,1e5,1e6)
 *   BENCH_RUNS=5                 timed repetitions per contender × scenario × size (default 5)
 *   BENCH_ONLY=uplot,kpi-trend   contender ids to run (default all available: uplot, chartjs, kpi-trend,
 *                                geometry, leading-lagging-board); keep uplot in the list for ratios
 *   BENCH_SCENARIOS=first,many   scenarios to run: first, many, update, append, board, profile (default all)
 *   BENCH_PROFILE_SIZES=1e5,1e6  sizes of the profiled runs (default 1e5,1e6, those of BENCH_SIZES)
 *   BENCH_REP_CAP_MS=5000        a repetition slower than this stops that scenario's size (runs so far kept) and skips larger ones
 *   BENCH_TIMEOUT_MS=900000      hard limit for the whole run
 *   BENCH_WARMUP=3               untimed warm-up runs per contender × scenario, at the smallest size
 *   BENCH_WARMUP_PER_SIZE=1      then untimed runs before each size's timed ones (first render, update), so code
 *                                paths a size meets first (e.g. M4 from 1e4 up) are not timed cold
 *   BENCH_SCREENSHOTS=1          also save bench/screenshots/<id>-<scenario>-<size>.png after each cell (to eyeball output)
 *
 * Writes bench/results.json and prints markdown tables to stdout (progress to stderr).
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
  {
    id: 'chartjs',
    label: 'Chart.js 4.6 (line, min-max decimation)',
    file: 'contenders/chartjs.ts',
    requires: ['node_modules/chart.js/package.json'],
  },
  {
    id: 'kpi-trend',
    label: '`<kpi-trend>` (validates, M4, SVG)',
    file: 'contenders/kpi-trend.ts',
    requires: ['src/kpi-trend.ts'],
  },
  {
    id: 'kpi-card',
    label: '`<kpi-card sparkline>` (validates, card view, SVG)',
    file: 'contenders/kpi-card.ts',
    requires: ['src/kpi-card.ts'],
  },
  {
    id: 'geometry',
    label: 'geometry only: M4 → SVG path, no element',
    file: 'contenders/geometry.ts',
    requires: ['src/core/reduce.ts'],
  },
  {
    id: 'leading-lagging-board',
    label: '`<leading-lagging-board>`',
    file: 'contenders/leading-lagging-board.ts',
    requires: ['src/leading-lagging-board.ts'],
    // A board lays its lanes out side by side (with connectors) from 40rem up; the charts' 600×160 would stack it.
    viewport: { width: 1280, height: 800 },
  },
];
const REFERENCE = 'uplot';
const SUBJECT = 'kpi-trend';
const SCENARIOS = ['first', 'many', 'wall', 'cards', 'update', 'append', 'board', 'profile', 'cdp'];
/** The wall scenarios run in a desktop screen: uPlot's 12 rows of 48 px fit in it; taller elements run below the fold, as on a real page. */
const WALL_VIEWPORT = { width: 1280, height: 800 };
const WALL_SCENARIOS = new Set(['wall', 'cards']);
/** The viewport of a contender that does not set its own. */
const VIEWPORT = { width: 600, height: 160 };

const num = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) fail(`${name}=${raw} is not a positive number`);
  return value;
};
const sizes = (name, fallback) =>
  (process.env[name] ?? fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const n = Number(s);
      if (!Number.isInteger(n) || n < 2) fail(`${name}: "${s}" is not an integer ≥ 2`);
      return n;
    })
    .sort((a, b) => a - b);
const SIZES = sizes('BENCH_SIZES', '1e3,1e4,1e5,1e6');
const PROFILE_SIZES = sizes('BENCH_PROFILE_SIZES', '1e5,1e6').filter((n) => SIZES.includes(n));
const RUNS = Math.round(num('BENCH_RUNS', 5));
const REP_CAP_MS = num('BENCH_REP_CAP_MS', 5000);
const TIMEOUT_MS = num('BENCH_TIMEOUT_MS', 900_000);
const WARMUP = process.env.BENCH_WARMUP === '0' ? 0 : Math.round(num('BENCH_WARMUP', 3));
const WARMUP_PER_SIZE = process.env.BENCH_WARMUP_PER_SIZE === '0' ? 0 : Math.round(num('BENCH_WARMUP_PER_SIZE', 1));
const SCREENSHOTS = process.env.BENCH_SCREENSHOTS === '1' ? join(benchDir, 'screenshots') : undefined;
/** A single page call slower than this is abandoned (the page is closed). */
const CALL_TIMEOUT_MS = Math.max(REP_CAP_MS * 6, 30_000);
const ONLY = process.env.BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const ONLY_SCENARIOS = process.env.BENCH_SCENARIOS?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const s of ONLY_SCENARIOS ?? []) if (!SCENARIOS.includes(s)) fail(`BENCH_SCENARIOS: "${s}" is not one of ${SCENARIOS.join(', ')}`);
const wants = (scenario) => !ONLY_SCENARIOS || ONLY_SCENARIOS.includes(scenario);

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
async function bundle({ contents, entry, minify = true }) {
  const result = await build({
    ...(entry ? { entryPoints: [entry] } : { stdin: { contents, resolveDir: benchDir, loader: 'ts', sourcefile: 'entry.ts' } }),
    bundle: true,
    format: 'esm',
    minify,
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
  // The page itself is not minified: its functions keep their names and esbuild's `// path` comments say which file
  // each line comes from, so the CPU profiles (scenario cdp) can be read by source file. V8 runs it the same.
  const page = await bundle({
    minify: false,
    contents: `import contender from './${contender.file}';\nimport { install } from './harness.ts';\ninstall(contender);\n`,
  });
  const css = contender.css ? readFileSync(join(root, contender.css), 'utf8') : '';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench ${contender.id}</title>
<style>html,body{margin:0;padding:0;background:#fff;overflow:hidden}${css}</style></head>
<body><script type="module" src="/${contender.id}.js"></script></body></html>`;
  const js = Buffer.from(page.code);
  return { js, html, files: fileMap(js.toString('utf8')), kB: { ownGz: own.gz / 1000, ownMin: own.min / 1000, pageGz: page.gz / 1000 } };
}

/** Line ranges of the unminified page bundle → source file, from esbuild's `// path` comments. */
function fileMap(code) {
  const starts = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\/\/ (\S+\.(?:[cm]?js|ts))$/.exec(lines[i]);
    // node_modules may be a link to elsewhere (../../x/node_modules/…): keep the path from node_modules on.
    if (m) starts.push([i, m[1].includes('node_modules/') ? m[1].slice(m[1].indexOf('node_modules/')) : m[1]]);
  }
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid][0] <= line) {
        found = starts[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

// ---------------------------------------------------------------------------
// CPU profiles (scenario cdp): where the wall cases' time goes, by source file and kind of work.

/** Native functions that are Intl's (constructors and formatting). */
const INTL_NATIVE =
  /^(NumberFormat|DateTimeFormat|DurationFormat|PluralRules|RelativeTimeFormat|ListFormat|Collator|Segmenter|format|formatToParts|formatRange|resolvedOptions|supportedLocalesOf|toLocaleString|toLocaleDateString|toLocaleTimeString|select)$/;

/** The stage a source file's self time counts to. */
function bucketOfFile(file) {
  if (!file) return undefined;
  if (file.includes('node_modules/lit-html/')) return 'Lit templates: parse, clone, commit (lit-html)';
  if (file.includes('node_modules/@lit/reactive-element/') || file.includes('node_modules/lit-element/'))
    return 'Lit update cycle, shadow root, adoptedStyleSheets';
  if (file.includes('node_modules/@lit/task/') || file.startsWith('src/data/')) return 'source controller (src/data, @lit/task)';
  if (file.includes('node_modules/d3-') || file.startsWith('src/render/')) return 'geometry (src/render, d3)';
  if (file === 'src/core/reduce.ts' || file === 'src/core/series.ts') return 'series, M4 (core/series, core/reduce)';
  if (file === 'src/core/format.ts') return 'Intl: constructors and formatting (core/format + native)';
  if (
    /^src\/core\/(quick-validate|validate|mapping|model|normalise-document|point-rules|pointer|time|document|diagnostic)\.ts$/.test(file) ||
    file.includes('node_modules/valibot/')
  )
    return 'validation, mapping, toKpi';
  if (file.startsWith('src/core/')) return 'view: status, pace, delta, freshness, story, explanations (src/core)';
  if (file.startsWith('src/i18n/')) return 'i18n messages';
  if (file.startsWith('src/templates/')) return 'shared templates (src/templates)';
  if (file === 'src/elements/element-size-controller.ts') return 'ResizeObserver (size controller)';
  if (file.startsWith('src/styles/') || file.endsWith('.styles.ts')) return 'styles (css`` modules)';
  if (file.startsWith('src/elements/')) return 'element code: render(), willUpdate, states (src/elements)';
  if (file.startsWith('bench/') || file.startsWith('stories/')) return 'bench harness (and the style + layout its forced reflow runs)';
  if (file.includes('node_modules/uplot/')) return 'uPlot';
  if (file.includes('node_modules/chart.js/')) return 'Chart.js';
  return `other: ${file}`;
}

/**
 * Self time per stage from one CPU profile (ms). A native function takes its caller's stage, except Intl's
 * (its own stage) and the engine's "(program)" (style, layout, paint and other work outside JS) and
 * "(garbage collector)". Idle is left out (the profiled repetitions skip the harness's gc(); run.js collects before starting).
 */
function stagesOfProfile(profile, files, into, functions = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const stageOf = (id) => {
    if (memo.has(id)) return memo.get(id);
    const node = byId.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    let stage;
    if (functionName === '(idle)' || functionName === '(root)') stage = null;
    else if (functionName === '(garbage collector)') stage = 'GC';
    else if (functionName === '(program)') stage = 'native outside JS: style, layout, paint, frames ("(program)")';
    else if (functionName === 'gc' && !url) stage = null;
    else if (url) stage = bucketOfFile(files(lineNumber)) ?? `other: ${url}`;
    else if (INTL_NATIVE.test(functionName)) stage = 'Intl: constructors and formatting (core/format + native)';
    else {
      const up = parent.get(id);
      stage = up === undefined ? 'native (no caller)' : stageOf(up);
    }
    memo.set(id, stage);
    return stage;
  };
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < profile.samples.length; i++) {
    // Each sample stands for the time until the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const stage = stageOf(profile.samples[i]);
    if (!stage) continue;
    into[stage] = (into[stage] ?? 0) + ms;
    const { functionName, url, lineNumber } = byId.get(profile.samples[i]).callFrame;
    const name = `${functionName || '(anonymous)'}${url ? ` ${files(lineNumber).replace(/^node_modules\//, '')}` : ''}`;
    functions[name] = (functions[name] ?? 0) + ms;
  }
  return into;
}

/** Cumulative counters of Performance.getMetrics, as a name → seconds map. */
const metricsOf = ({ metrics }) => Object.fromEntries(metrics.map((m) => [m.name, m.value]));
const METRICS = [
  ['RecalcStyleDuration', 'style recalc (Performance.getMetrics)'],
  ['LayoutDuration', 'layout (Performance.getMetrics)'],
  ['ScriptDuration', 'script (Performance.getMetrics)'],
  ['TaskDuration', 'all main-thread tasks (Performance.getMetrics)'],
];

// ---------------------------------------------------------------------------
const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (ms) => (!Number.isFinite(ms) ? '–' : ms < 100 ? ms.toFixed(1) : String(Math.round(ms)));
const sizeLabel = (n) => {
  const e = Math.log10(n);
  return Number.isInteger(e) ? `1e${e}` : String(n);
};
/** Scenarios with one cell, not one per size. */
const SIZELESS = new Set(['many', 'wall', 'cards', 'board']);
const cellKey = (scenario, size) => (SIZELESS.has(scenario) ? scenario : `${scenario}:${size}`);
const SIZELESS_NAMES = {
  many: '60 sparklines',
  wall: 'wall: 60 × 240×48 with axes',
  cards: 'cards: 60 with sparkline',
  board: 'board',
  'append-first': 'first append at the largest size',
};
const cellName = (scenario, size) => SIZELESS_NAMES[scenario] ?? `${scenario} ${sizeLabel(size)}`;

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

  // The card wall's peers draw their sparklines at the size the card draws its own: measure it once, untimed.
  let cardSparkline;
  const cardContender = available.find((c) => c.id === 'kpi-card' && pages.has(c.id));
  if (cardContender && wants('cards')) {
    const context = await browser.newContext({ viewport: WALL_VIEWPORT, deviceScaleFactor: 1 });
    try {
      const tab = await context.newPage();
      await tab.goto(`${origin}/kpi-card.html`, { waitUntil: 'load', timeout: 30_000 });
      await tab.waitForFunction(() => window.__bench !== undefined, null, { timeout: 10_000 });
      cardSparkline = await withTimeout(
        tab.evaluate(() => window.__bench.probeCards()),
        CALL_TIMEOUT_MS,
        'kpi-card probe',
      );
      log(`bench: the card's sparkline is drawn at ${cardSparkline.width}×${cardSparkline.height} px`);
    } catch (error) {
      notes.push(`cards: could not measure the card's sparkline size (${error.message}); no card wall`);
    } finally {
      await Promise.race([context.close().catch(() => {}), sleep(10_000)]);
    }
  }

  const results = [];
  for (const c of available) {
    const page = pages.get(c.id);
    if (!page) continue;
    const row = { id: c.id, label: c.label, kB: page.kB, cells: {}, profile: {}, standalone: {} };
    results.push(row);
    const viewport = c.viewport ?? VIEWPORT;
    if (c.viewport) row.viewport = `${viewport.width}x${viewport.height}`;
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    const pageErrors = [];
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    try {
      await tab.goto(`${origin}/${c.id}.html`, { waitUntil: 'load', timeout: 30_000 });
      await tab
        .waitForFunction(() => window.__bench !== undefined, null, { timeout: 10_000 })
        .catch(() => {
          throw new Error(`the page did not start${pageErrors.length ? `: ${pageErrors.join('; ')}` : ''}`);
        });
      const call = (what, fn, arg) => withTimeout(tab.evaluate(fn, arg), CALL_TIMEOUT_MS, `${c.id} ${what}`);
      /** The wall scenarios run in their own, taller viewport; the others in the contender's. */
      let shownViewport = viewport;
      const viewportFor = async (scenario) => {
        const wanted = WALL_SCENARIOS.has(scenario) ? WALL_VIEWPORT : viewport;
        if (wanted === shownViewport) return;
        await tab.setViewportSize(wanted);
        shownViewport = wanted;
        await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      };
      const rep = async (scenario, size, profile = false, collect = true) => {
        await viewportFor(scenario);
        return call(`${scenario} ${size}`, ([s, n, p, g]) => window.__bench.rep(s, n, p, g), [scenario, size, profile, collect]);
      };
      if (cardSparkline) await tab.evaluate((size) => window.__bench.configure({ cardSparkline: size }), cardSparkline);
      const reset = () => call('reset', () => window.__bench.reset());
      const has = (scenario) => tab.evaluate((s) => window.__bench.has(s), scenario);
      const shoot = async (name) => {
        if (!SCREENSHOTS) return;
        mkdirSync(SCREENSHOTS, { recursive: true });
        await tab.screenshot({ path: join(SCREENSHOTS, `${c.id}-${name}.png`) });
      };

      const plan = [];
      for (const scenario of ['first', 'many', 'wall', 'cards', 'update', 'append', 'board']) {
        if (!wants(scenario) || !(await has(scenario))) continue;
        if (scenario === 'cards' && !cardSparkline) continue;
        if (SIZELESS.has(scenario)) plan.push({ scenario, size: 0 });
        else for (const size of SIZES) plan.push({ scenario, size });
      }

      const warmed = new Set();
      const capped = new Set(); // scenarios where a size hit the cap: larger sizes are skipped
      for (const { scenario, size } of plan) {
        const key = cellKey(scenario, size);
        if (capped.has(scenario)) {
          row.cells[key] = { skipped: true, note: `skipped: a smaller size exceeded ${REP_CAP_MS} ms per run` };
          log(`  ${c.id} ${cellName(scenario, size)}: skipped (smaller size over the cap)`);
          continue;
        }
        if (!warmed.has(scenario)) {
          // Untimed warm-up per scenario at the smallest size (JIT, first canvas, fonts).
          for (let i = 0; i < WARMUP; i++) await rep(scenario, SIZELESS.has(scenario) ? 0 : SIZES[0]);
          warmed.add(scenario);
        }
        const cell = { sync: [], painted: [] };
        if (scenario === 'update' || scenario === 'append') await reset(); // a fresh chart of this size (set up untimed)
        if (scenario === 'append') {
          // The first append to a freshly loaded chart, kept apart: it may set up what later appends reuse.
          const first = await rep(scenario, size);
          cell.first = { sync: first.sync, painted: first.painted };
        } else if (!SIZELESS.has(scenario)) {
          for (let i = 0; i < WARMUP_PER_SIZE; i++) await rep(scenario, size);
        }
        for (let i = 0; i < RUNS; i++) {
          const r = await rep(scenario, size);
          cell.sync.push(r.sync);
          cell.painted.push(r.painted);
          if (r.painted > REP_CAP_MS) {
            cell.note = `capped: run ${i + 1} took ${Math.round(r.painted)} ms (> ${REP_CAP_MS}), median of ${i + 1} run(s)`;
            capped.add(scenario);
            break;
          }
        }
        await shoot(SIZELESS.has(scenario) ? scenario : `${scenario}-${sizeLabel(size)}`);
        cell.syncMedian = median(cell.sync);
        cell.paintedMedian = median(cell.painted);
        if (scenario === 'board') cell.ratioNote = 'no uPlot ratio: uPlot draws charts, not boards, so there is no peer';
        row.cells[key] = cell;
        const firstNote = cell.first ? `; first append ${fmt(cell.first.sync)} / ${fmt(cell.first.painted)} ms` : '';
        log(`  ${c.id} ${cellName(scenario, size)}: ${fmt(cell.syncMedian)} / ${fmt(cell.paintedMedian)} ms${firstNote}${cell.note ? ` (${cell.note})` : ''}`);
      }
      await reset();

      // Profiled runs last: installing the profiler wraps the element's methods for the rest of the page's life.
      const profiles = await tab.evaluate(() => window.__bench.profiles);
      if (profiles && wants('profile')) {
        const profilePlan = [
          ...PROFILE_SIZES.map((size) => ({ scenario: 'first', size })),
          ...PROFILE_SIZES.map((size) => ({ scenario: 'update', size })),
          ...(SIZES.length > 0 ? [{ scenario: 'append', size: SIZES.at(-1) }] : []),
          ...((await has('many')) ? [{ scenario: 'many', size: 0 }] : []),
          ...((await has('wall')) ? [{ scenario: 'wall', size: 0 }] : []),
        ];
        for (const { scenario, size } of profilePlan) {
          if (capped.has(scenario) && row.cells[cellKey(scenario, size)]?.skipped) continue;
          await reset();
          if (scenario === 'append') await rep(scenario, size, true); // the first append, not counted (see above)
          const runs = [];
          for (let i = 0; i < RUNS; i++) runs.push(await rep(scenario, size, true));
          const stages = {};
          for (const name of Object.keys(runs[0].stages)) stages[name] = median(runs.map((r) => r.stages[name]));
          row.profile[cellKey(scenario, size)] = {
            scenario,
            size,
            painted: median(runs.map((r) => r.painted)),
            sync: median(runs.map((r) => r.sync)),
            stages,
            runs,
          };
          log(
            `  ${c.id} profile ${cellName(scenario, size)}: ${Object.entries(stages)
              .map(([k, v]) => `${k} ${fmt(v)}`)
              .join(', ')}`,
          );
        }
        await reset();
      }
      const board = await tab.evaluate(() => window.__bench.board);
      if (board) row.board = board.name;
      if (board?.core && wants('board')) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await call('board core', () => window.__bench.boardCore()));
        const timings = {};
        for (const name of Object.keys(runs[0])) timings[name] = median(runs.map((r) => r[name]));
        row.boardCore = timings;
        log(
          `  ${c.id} board core: ${Object.entries(timings)
            .map(([k, v]) => `${k} ${fmt(v)}`)
            .join(', ')}`,
        );
      }
      const standalones = await tab.evaluate(() => window.__bench.standalones);
      if (standalones && wants('profile')) {
        for (const size of PROFILE_SIZES) {
          const runs = [];
          for (let i = 0; i < RUNS; i++) runs.push(await call(`standalone ${size}`, (n) => window.__bench.standalone(n), size));
          const timings = {};
          for (const name of Object.keys(runs[0])) timings[name] = median(runs.map((r) => r[name]));
          row.standalone[size] = timings;
          log(
            `  ${c.id} stand-alone ${sizeLabel(size)}: ${Object.entries(timings)
              .map(([k, v]) => `${k} ${fmt(v)}`)
              .join(', ')}`,
          );
        }
      }
      // CPU profiles of the wall cases (and the board), by stage: last, after every timed run.
      if (wants('cdp')) {
        const cdpScenarios = [];
        for (const scenario of ['wall', 'many', 'cards', 'board']) {
          if (scenario === 'cards' && !cardSparkline) continue;
          if (await has(scenario)) cdpScenarios.push(scenario);
        }
        if (cdpScenarios.length > 0) {
          const cdp = await context.newCDPSession(tab);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Performance.enable');
          // Counts and times Intl constructions from here on (after the timed runs, so those ran on the real constructors).
          await tab.evaluate(() => {
            const counts = {};
            for (const name of ['NumberFormat', 'DateTimeFormat', 'DurationFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat']) {
              const Real = Intl[name];
              if (typeof Real !== 'function') continue;
              Intl[name] = new Proxy(Real, {
                construct(target, args, newTarget) {
                  const t = performance.now();
                  try {
                    return Reflect.construct(target, args, newTarget === Intl[name] ? target : newTarget);
                  } finally {
                    const entry = (counts[name] ??= { n: 0, ms: 0 });
                    entry.n++;
                    entry.ms += performance.now() - t;
                  }
                },
              });
            }
            window.__intlCount = {
              reset: () => {
                for (const k of Object.keys(counts)) delete counts[k];
              },
              read: () => structuredClone(counts),
            };
          });
          row.cdp = {};
          // The first append to a freshly loaded chart of the largest size (kpi-trend): set up before the profiler starts.
          const last = SIZES.at(-1);
          if (c.id === SUBJECT && last !== undefined && (await has('append'))) cdpScenarios.push('append-first');
          for (const scenario of cdpScenarios) {
            await reset();
            const stages = {};
            const functions = {};
            const metrics = Object.fromEntries(METRICS.map(([, label]) => [label, 0]));
            const painted = [];
            const intl = [];
            for (let i = 0; i < RUNS; i++) {
              await viewportFor(scenario);
              await tab.evaluate(() => {
                window.gc?.();
                window.__intlCount?.reset();
              });
              if (scenario === 'append-first') {
                await call('set up append', (n) => window.__bench.setUp('append', n), last);
                await tab.evaluate(() => window.gc?.());
              }
              const before = metricsOf(await cdp.send('Performance.getMetrics'));
              await cdp.send('Profiler.start');
              const r = scenario === 'append-first' ? await rep('append', last, false, false) : await rep(scenario, 0, false, false);
              const { profile } = await cdp.send('Profiler.stop');
              const after = metricsOf(await cdp.send('Performance.getMetrics'));
              painted.push(r.painted);
              stagesOfProfile(profile, page.files, stages, functions);
              for (const [name, label] of METRICS) metrics[label] += ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
              intl.push(await tab.evaluate(() => window.__intlCount?.read()));
            }
            for (const k of Object.keys(stages)) stages[k] /= RUNS;
            const top = Object.entries(functions)
              .map(([k, v]) => [k, v / RUNS])
              .sort((a, b) => b[1] - a[1])
              .slice(0, 15);
            for (const k of Object.keys(metrics)) metrics[k] /= RUNS;
            row.cdp[scenario] = { painted: median(painted), stages, metrics, intl: intl[0], top };
            log(
              `  ${c.id} cdp ${cellName(scenario, 0)}: painted ${fmt(median(painted))}; ${Object.entries(stages)
                .sort((a, b) => b[1] - a[1])
                .map(([k, v]) => `${k} ${fmt(v)}`)
                .join(', ')}`,
            );
          }
          await reset();
          await cdp.detach().catch(() => {});
        }
      }
    } catch (error) {
      if (aborting) throw new Error('aborted by the hard timeout', { cause: error });
      const message = `${error.message}${pageErrors.length ? ` [page: ${pageErrors.join('; ')}]` : ''}`;
      row.error = message;
      notes.push(`${c.label}: failed: ${message}`);
      log(`bench: ${c.id}: ${message}`);
    } finally {
      await Promise.race([context.close().catch(() => {}), sleep(10_000)]);
    }
  }

  // Ratios to the reference from this run: painted and sync medians.
  const ref = results.find((r) => r.id === REFERENCE);
  for (const row of results) {
    for (const [key, cell] of Object.entries(row.cells)) {
      const base = ref?.cells[key];
      if (cell.paintedMedian !== undefined && base?.paintedMedian) cell.ratio = cell.paintedMedian / base.paintedMedian;
      if (cell.syncMedian !== undefined && base?.syncMedian) cell.syncRatio = cell.syncMedian / base.syncMedian;
    }
  }

  // ── Tables ──
  const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  const cellText = (row, key, ratioOf = 'ratio') => {
    const cell = row.cells[key];
    if (!cell) return '–';
    if (cell.skipped) return 'skipped';
    const ratio = row.id !== REFERENCE && cell[ratioOf] !== undefined ? ` (${cell[ratioOf].toFixed(2)}×)` : '';
    return `${fmt(cell.syncMedian)} / ${fmt(cell.paintedMedian)}${ratio}${cell.note ? ' *' : ''}`;
  };
  const withCells = (scenario) => results.filter((r) => Object.keys(r.cells).some((k) => k === scenario || k.startsWith(`${scenario}:`)));
  const sizeHeaders = SIZES.map((n) => `${sizeLabel(n)} pts`);
  const out = [`### kpi-kit bench (${new Date().toISOString()})`, ''];

  out.push(
    `Cells: median \`sync\` / \`painted\` ms over ${RUNS} runs (after ${WARMUP} warm-up runs per scenario and ${WARMUP_PER_SIZE} per size). sync = call → drawing in the DOM → forced layout; painted = then two animation frames. (×) = relative to uPlot in this run.`,
    '',
  );
  const firstRows = withCells('first').concat(withCells('many').filter((r) => !withCells('first').includes(r)));
  if (firstRows.length > 0) {
    out.push(
      "**First render** (fresh container; kpi-trend: set `.data`, attach, drawn after it measured itself) and **60 sparklines × 90 points** (kpi-trend `compact`). (×) on painted. min+gz = the contender's own bundle (render code + library, no harness).",
      '',
      ...table(
        ['contender', 'min+gz kB', ...sizeHeaders, '60 sparklines × 90 pts'],
        firstRows.map((row) => [row.label, row.kB.ownGz.toFixed(1), ...SIZES.map((n) => cellText(row, cellKey('first', n))), cellText(row, 'many')]),
      ),
      '',
    );
  }
  if (withCells('update').length > 0) {
    out.push(
      "**Full data update**: new data of the same size assigned to a chart on screen (uPlot `setData`; Chart.js: new points on the dataset + `update('none')`; kpi-trend `.data = newDocument`, validated again). (×) on painted.",
      '',
      ...table(
        ['contender', ...sizeHeaders],
        withCells('update').map((row) => [row.label, ...SIZES.map((n) => cellText(row, cellKey('update', n)))]),
      ),
      '',
    );
  }
  if (withCells('append').length > 0) {
    const last = SIZES.at(-1);
    out.push(
      `**Append one point** to a chart of n points (kpi-trend \`appendPoints([{t, v}])\`; uPlot: push onto its arrays + \`setData\`; Chart.js: push onto its points + \`update('none')\`). Median of ${RUNS} successive appends; (×) on **sync**, since painted is mostly the two-frame floor. The last column is the first append to a freshly loaded chart.`,
      '',
      ...table(
        ['contender', ...sizeHeaders, `first append at ${sizeLabel(last)}`],
        withCells('append').map((row) => {
          const first = row.cells[cellKey('append', last)]?.first;
          return [row.label, ...SIZES.map((n) => cellText(row, cellKey('append', n), 'syncRatio')), first ? `${fmt(first.sync)} / ${fmt(first.painted)}` : '–'];
        }),
      ),
      '',
    );
  }
  const walls = results.filter((r) => r.cells.wall || r.cells.cards || (r.cells.many && (r.id === REFERENCE || r.id === SUBJECT)));
  if (walls.some((r) => r.cells.wall || r.cells.cards)) {
    out.push(
      `**A wall of KPIs** (issue 18; ${WALL_VIEWPORT.width}×${WALL_VIEWPORT.height} viewport, a desktop screen: what runs below the fold is laid out, and painted as far as Chromium rasterises ahead): 60 charts of 240×48 px with axes, 90 points each, 5 to a row (kpi-trend: full elements, 240 px wide, 48 px chart, with header and summary); the 60 sparklines of the first table; 60 \`<kpi-card sparkline>\` 240 px wide, against 60 sparklines at the card's sparkline size${cardSparkline ? ` (${cardSparkline.width}×${cardSparkline.height} px)` : ''}. Call → every chart drawn, then two frames. (×) on painted.`,
      '',
      ...table(
        ['contender', 'wall: 60 × 240×48 with axes', '60 sparklines × 90 pts', 'cards: 60 with a sparkline'],
        walls.map((row) => [row.label, cellText(row, 'wall'), cellText(row, 'many'), cellText(row, 'cards')]),
      ),
      '',
    );
  }
  const boards = results.filter((r) => r.cells.board);
  if (boards.length > 0) {
    out.push(
      `**Board: time to first paint** (${boards.map((r) => r.board).join('; ')}; generated weekly series, about 2 years each; 1200 px wide in a 1280×800 viewport). Set \`.now\` and \`.data\`, attach; sync ends when every card has settled (data shown, sparkline drawn) and every connector is drawn, painted two frames later. Median of ${RUNS} runs after ${WARMUP} warm-up runs. No (×): uPlot draws charts, not boards, so there is no peer.`,
      '',
      ...table(
        ['contender', 'min+gz kB', 'board: sync / painted ms'],
        boards.map((row) => [row.label, row.kB.ownGz.toFixed(1), cellText(row, 'board')]),
      ),
      '',
    );
    for (const row of boards.filter((r) => r.boardCore)) {
      const keys = Object.keys(row.boardCore);
      out.push(
        'The core work behind that board, outside the element (same document, medians, ms):',
        '',
        ...table(keys, [keys.map((k) => fmt(row.boardCore[k]))]),
        '',
      );
    }
  }
  const profiled = results.filter((r) => Object.keys(r.profile).length > 0);
  for (const row of profiled) {
    const entries = Object.values(row.profile);
    const names = Object.keys(entries[0].stages);
    out.push(
      `**Where ${row.id}'s time goes** (profiled runs, medians of ${RUNS}, ms; each stage excludes the stages inside it, so columns need not add up exactly to painted):`,
      '',
      ...table(
        ['run', 'sync', 'painted', ...names],
        entries.map((p) => [
          cellName(p.scenario, p.size),
          fmt(p.sync),
          fmt(p.painted),
          ...names.map((n) => (n === 'updates' ? String(p.stages[n]) : fmt(p.stages[n]))),
        ]),
      ),
      '',
      ...(row.id === SUBJECT
        ? [
            "validate = the element's `interpret()`: mapping, `validateKpiDocument` (the valibot schema and the point checks over every point), `toKpi` into Float64Arrays. view = `buildKpiView` (status, pace, freshness, story). M4 = `reduceMain`. geometry = `draw()` without M4 (extent, scales, ticks, path strings, tick date formats). templates = `render()` without `draw()`. DOM commit = Lit's `update()` without `render()`. other Lit = the rest of `performUpdate` (`updated()`, custom states). size wait = from the last update that could not draw yet (no size) to the first that drew (ResizeObserver, then a frame). style, layout, paint, 2 frames = from the last update to painted. rest = painted minus all of these (creating and connecting elements, gaps between updates). updates = Lit updates in the run (60 sparklines: two per element).",
            '',
          ]
        : []),
    );
    const alone = Object.entries(row.standalone);
    if (alone.length > 0) {
      const keys = Object.keys(alone[0][1]);
      out.push(
        'Validation alone, outside the element (same document, medians). When the two are close, checking the points costs',
        'little beyond copying them into columns, which any chart that keeps typed arrays must do:',
        '',
        ...table(
          ['size', ...keys],
          alone.map(([size, t]) => [sizeLabel(Number(size)), ...keys.map((k) => fmt(t[k]))]),
        ),
        '',
      );
    }
  }

  const profiledCpu = results.filter((r) => r.cdp && Object.keys(r.cdp).length > 0);
  if (profiledCpu.length > 0) {
    const columns = profiledCpu.flatMap((r) => Object.entries(r.cdp).map(([k, v]) => ({ name: `${r.id}: ${cellName(k, 0)}`, v })));
    const stageNames = [...new Set(columns.flatMap((c) => Object.keys(c.v.stages)))].sort(
      (a, b) => Math.max(...columns.map((c) => c.v.stages[b] ?? 0)) - Math.max(...columns.map((c) => c.v.stages[a] ?? 0)),
    );
    const metricNames = METRICS.map(([, label]) => label);
    out.push(
      `**CPU profiles of the wall cases** (Chrome DevTools Protocol Profiler, 100 µs sampling, self time by source file of the unminified page bundle, ms per repetition, mean of ${RUNS}; plus Performance.getMetrics deltas). A native function counts to its caller's stage, except Intl's and "(program)". Profiling slows JS down, so stages are shares, not timings to compare with the tables above.`,
      '',
      ...table(
        ['stage', ...columns.map((c) => c.name)],
        [
          ['painted (profiled, median)', ...columns.map((c) => fmt(c.v.painted))],
          ...stageNames.map((n) => [n, ...columns.map((c) => (c.v.stages[n] === undefined ? '–' : fmt(c.v.stages[n])))]),
          ...metricNames.map((n) => [n, ...columns.map((c) => fmt(c.v.metrics[n]))]),
          [
            'Intl objects constructed per repetition (count, ms)',
            ...columns.map((c) =>
              c.v.intl && Object.keys(c.v.intl).length > 0
                ? Object.entries(c.v.intl)
                    .map(([k, e]) => `${k} ${e.n} (${fmt(e.ms)})`)
                    .join(', ')
                : 'none',
            ),
          ],
        ],
      ),
      '',
    );
  }

  for (const row of profiledCpu) {
    for (const [scenario, p] of Object.entries(row.cdp)) {
      if (!p.top?.length) continue;
      out.push(
        `Heaviest functions, ${row.id} ${cellName(scenario, 0)} (self ms per repetition, profiled): ${p.top.map(([k, v]) => `${k.replace(/\|/g, '/')} ${fmt(v)}`).join('; ')}`,
        '',
      );
    }
  }

  // Goals (issue 18): reported, never asserted.
  const subject = results.find((r) => r.id === SUBJECT);
  const card = results.find((r) => r.id === 'kpi-card');
  const boardRow = results.find((r) => r.cells.board);
  if (ref && (subject || card || boardRow)) {
    const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met');
    const x = (r) => (r === undefined ? '–' : `${r.toFixed(2)}×`);
    const ms = (cell, of = 'paintedMedian') => (cell?.[of] === undefined ? '–' : `${fmt(cell[of])} ms`);
    const rows = [];
    const ratioRow = (name, row, key, goal) => {
      const cell = row?.cells[key];
      const base = ref.cells[key];
      rows.push([name, ms(cell), ms(base), x(cell?.ratio), `≤ ${goal.toFixed(1)}×`, verdict(cell?.ratio === undefined ? undefined : cell.ratio <= goal)]);
    };
    ratioRow('60 `<kpi-trend>` 240×48 with axes, 90 pts, vs 60 uPlot with axes', subject, 'wall', 1);
    ratioRow('60 compact `<kpi-trend>` (sparklines), 90 pts', subject, 'many', 0.3);
    ratioRow(
      `60 \`<kpi-card sparkline>\` vs 60 uPlot at the card's sparkline size${cardSparkline ? ` (${cardSparkline.width}×${cardSparkline.height})` : ''}`,
      card,
      'cards',
      0.5,
    );
    const last = SIZES.at(-1);
    for (const n of SIZES) ratioRow(`\`<kpi-trend>\` first render ${sizeLabel(n)}`, subject, cellKey('first', n), n >= 1e6 ? 0.6 : 1);
    for (const n of SIZES) ratioRow(`\`<kpi-trend>\` full update ${sizeLabel(n)}`, subject, cellKey('update', n), 1);
    const board = boardRow?.cells.board;
    const vsWall = board?.paintedMedian !== undefined && ref.cells.wall?.paintedMedian ? board.paintedMedian / ref.cells.wall.paintedMedian : undefined;
    const vsCards = board?.paintedMedian !== undefined && ref.cells.cards?.paintedMedian ? board.paintedMedian / ref.cells.cards.paintedMedian : undefined;
    rows.push([
      'board 10 goals × 6 KPIs, first paint',
      ms(board),
      ms(ref.cells.wall),
      `${x(vsWall)} of uPlot's 60 charts with axes${vsCards === undefined ? '' : `, ${x(vsCards)} of its 60 card-size sparklines`}`,
      '≤ 100 ms',
      verdict(board?.paintedMedian === undefined ? undefined : board.paintedMedian <= 100),
    ]);
    const append = subject?.cells[cellKey('append', last)];
    rows.push([
      `append one point at ${sizeLabel(last)} (sync; first append after loading)`,
      append?.syncMedian === undefined ? '–' : `${fmt(append.syncMedian)} ms; first ${append.first ? fmt(append.first.sync) : '–'} ms`,
      ms(ref.cells[cellKey('append', last)], 'syncMedian'),
      x(append?.syncRatio),
      '< 4 ms, the first too',
      verdict(append?.syncMedian === undefined ? undefined : append.syncMedian < 4 && (append.first?.sync ?? Infinity) < 4),
    ]);
    out.push(
      '**Goals (issue 18)**: reported, not asserted. Ratios of painted medians to uPlot in this run (append: sync).',
      '',
      ...table(['case', 'kpi-kit', 'uPlot', 'ratio', 'goal', 'verdict'], rows),
      '',
    );
  }

  const footnotes = [
    ...results.flatMap((r) =>
      Object.entries(r.cells)
        .filter(([, c]) => c.note && !c.skipped)
        .map(([k, c]) => `\\* ${r.id} ${k}: ${c.note}`),
    ),
    ...results.flatMap((r) =>
      Object.entries(r.cells)
        .filter(([, c]) => c.skipped)
        .map(([k, c]) => `${r.id} ${k}: ${c.note}`),
    ),
    ...notes.map((n) => `Note: ${n}`),
  ];
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine = `Chromium ${browserVersion} headless (--disable-frame-rate-limit), 600×160 @1x (the board 1280×800), Node ${process.version}, ${os.cpus().length}× ${cpu}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
  out.push(
    ...(footnotes.length > 0 ? [...footnotes, ''] : []),
    `Machine: ${machine}. Shared, noisy cores and a ~20 ms headless frame floor under "painted": compare ratios within one run, not absolute ms across runs.`,
    `Total: ${((Date.now() - t0) / 1000).toFixed(1)} s.`,
  );
  console.log(out.join('\n'));

  const json = {
    date: new Date().toISOString(),
    machine: { chromium: browserVersion, node: process.version, cpus: os.cpus().length, cpu, loadavg: os.loadavg() },
    method: {
      viewport: '600x160',
      deviceScaleFactor: 1,
      runs: RUNS,
      warmup: WARMUP,
      warmupPerSize: WARMUP_PER_SIZE,
      sizes: SIZES,
      profileSizes: PROFILE_SIZES,
      repCapMs: REP_CAP_MS,
      many: '60 charts × 90 points, 56×22 px each',
      board:
        'leading-lagging-board, 10 goals × (2 outcomes, 3 leading, 1 guardrail), 104 weekly points each (bench/board-data.ts), 1200 px wide in a 1280x800 viewport; ' +
        'sync = call → every card settled and every connector drawn → forced layout; painted = then two frames. No uPlot ratio: there is no peer.',
    },
    reference: REFERENCE,
    contenders: results,
    notes,
  };
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  return results.some((r) => r.error) ? 1 : 0;
}

let code;
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
