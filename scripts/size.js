#!/usr/bin/env node
/**
 * `npm run size`: what each entry costs a page, min + gzip (level 9), kB = 1000 bytes.
 * Run `npm run build` first: the CDN row measures the built dist/cdn.
 *
 * Rows:
 * - each tag entry (from package.json `exports`, like the build's), bundled
 *   from src/ with all its dependencies by esbuild, minified, with the Lit
 *   literals minified as the vite build does. Code behind a dynamic `import()`
 *   is not counted; the last column says what it adds;
 * - the CDN kit: what a plain page with one <kpi-card> fetches before it can
 *   paint it: dist/cdn/kpi-kit.js (the autoloader) and the static-import
 *   closure of dist/cdn/kpi-card.js, each file gzipped on its own as the
 *   browser fetches it. The files fetched later are listed under the table;
 *   they count against nothing;
 * - probe: a tree-shaking canary for d3-shape, with a budget;
 * - trap: what one d3-time interval costs (reported); the run fails when a
 *   kit entry bundles d3-time at all (core/calendar.ts does its work);
 * - floor: the runtime under every entry, no budget.
 * Exits 1 when a row with a budget is over it.
 *
 * SIZE_BREAKDOWN=kpi-card (or a comma list, or `all`) prints an entry's
 * approximate gzip share by module: esbuild's bytes in output, scaled by the
 * entry's gzip/min ratio, grouped by package or src/ folder.
 * MINIFY_LITERALS=0 measures with the literals as written.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { build } from 'esbuild';
import { parseSync } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cdnDir = join(root, 'dist', 'cdn');

/** Budgets in kB, min + gzip, Lit and every other dependency included (issue 13). */
const BUDGETS = {
  'kpi-card': 25,
  'kpi-trend': 30,
  'leading-lagging-board': 32,
  // No issue sets one: Lit and the source controller, nothing else. It must stay well under a card.
  'kpi-source': 20,
};
/**
 * Entries not yet under their budget, each with a ceiling it may not grow past and why. The run prints
 * them as OVER but fails only past the ceiling, so work towards the budget can land. Lower a ceiling as
 * its entry shrinks; delete the line once the entry fits. Measured 2026-12-02 after the data layer
 * split, the fast validation path and the kit's own UTC ticks (card 39.9 → 34.7, trend 48.7 → 43.3,
 * board 60.5 → 45.2, its cards loading after its lanes, valibot only to explain a failure). Raised
 * for issue 15 (card +2.0, trend +2.1, board +2.5 kB): seasonal pace, rates per period, the
 * expression and CSV hooks, the no-source state, the suspicious-times check (JSONata, d3-dsv and the
 * warning's words load on demand; esbuild's CommonJS helper for JSONata lands in the shared runtime chunk).
 */
const NOT_YET = {
  // Empty since 2026-12-03: each element paints its skeleton from a shell and fetches the code that reads its KPI
  // (or board) and draws its face beside its data (card 41.0 → 24.9, trend 52.0 → 27.0, board 49.2 → 26.1 kB).
};
/** Where issue 13 would like an entry to end up: printed, not enforced. */
const STRETCH = { 'kpi-card': 22 };
// Under its budget since the CDN build groups what the elements share into three chunks (vite.config.ts sharedChunk):
// 44.5 kB in 13 files → 43.6 in 7. Enforced: past 44 the run fails.
const CDN = { name: 'CDN kit: loader + first card', budget: 44 };

/**
 * A tree-shaking canary. d3-shape 3.2.0 (pinned) resolves to its per-function
 * src/ modules: `line` alone is about 1.5 kB. 3.2.1 and later publish only a
 * single-file dist/d3-shape.mjs whose prototype assignments no bundler can drop:
 * 3.7 kB for the same import. This row fails if an upgrade brings that back.
 */
const PROBE = { name: 'probe: d3-shape line', budget: 2, contents: "export { line } from 'd3-shape';" };

/**
 * The same trap in d3-time 3.1.1: its single-file dist cannot tree-shake, so
 * one interval costs about 2 kB. The kit does its calendar work in
 * core/calendar.ts (a test checks its ticks equal d3-time's): any entry that
 * bundles d3-time again fails the run. `limit` is what one interval should cost.
 */
const TRAP = { name: 'trap: d3-time utcDay', limit: 1, contents: "export { utcDay } from 'd3-time';", package: 'node_modules/d3-time/' };

/**
 * What the card's budget must leave room for before any kit code: the runtime
 * the product card mandates (Lit with its decorators, @lit/task, and the d3
 * functions the card uses) in one element that does nothing. No budget: it is
 * the floor under every entry, printed so "budget minus floor" is measured,
 * not guessed.
 */
const FLOOR = {
  name: 'floor: Lit + @lit/task + d3, no kit code',
  contents: `
    import { LitElement, css, html, nothing } from 'lit';
    import { customElement, property, state } from 'lit/decorators.js';
    import { Task } from '@lit/task';
    import { line } from 'd3-shape';
    import { nice, ticks } from 'd3-array';
    @customElement('floor-element')
    export class FloorElement extends LitElement {
      static styles = css\`:host { display: block; }\`;
      @property({ type: Number }) value = 0;
      @state() private points: [number, number][] = [];
      private task = new Task(this, { task: async ([value]) => ticks(...nice(0, value, 5), 5), args: () => [this.value] as const });
      render() {
        return html\`<svg><path d=\${line()(this.points) ?? nothing}></path></svg>\${this.task.render({ complete: (t) => t.join() })}\`;
      }
    }`,
};

/** Groups for SIZE_BREAKDOWN, first match wins. */
const GROUPS = [
  ['lit', /(^|\/)node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['@lit/task', /(^|\/)node_modules\/@lit\/task\//],
  ['valibot', /(^|\/)node_modules\/valibot\//],
  ['d3', /(^|\/)node_modules\/d3-/],
  ['other packages', /(^|\/)node_modules\//],
  ...['data', 'core', 'render', 'elements', 'styles', 'templates', 'events'].map((dir) => [`src/${dir}`, new RegExp(`^src/${dir}/`)]),
  ['src (tag files)', /^src\//],
  ['other', /./],
];

const tags = Object.keys(pkg.exports).flatMap((key) => /^\.\/([a-z][a-z0-9]*-[a-z0-9-]+)\.js$/.exec(key)?.[1] ?? []);
const missingBudget = tags.filter((tag) => BUDGETS[tag] === undefined);
if (missingBudget.length > 0) {
  console.error(`No size budget for ${missingBudget.join(', ')}: add one to BUDGETS in scripts/size.js.`);
  process.exit(1);
}
if (!existsSync(join(cdnDir, 'kpi-kit.js'))) {
  console.error('dist/cdn/kpi-kit.js is missing: run `npm run build` first (the CDN row measures the built files).');
  process.exit(1);
}

/** The vite build's literal minification (vite.config.ts, same options), applied to the modules under src/. */
const minifyLiterals = {
  name: 'minify-literals',
  setup(build) {
    const srcDir = join(root, 'src') + sep;
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      if (!path.startsWith(srcDir)) return undefined;
      const code = await readFile(path, 'utf8');
      try {
        const result = await minifyHTMLLiterals(code, {
          fileName: path,
          minifyOptions: { keepClosingSlash: true, conservativeCollapse: true },
          generateSourceMap: false,
        });
        return { contents: result?.code ?? code, loader: 'ts' };
      } catch (error) {
        console.warn(`warning: ${relative(root, path)}: literals left unminified: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    });
  },
};
const plugins = process.env.MINIFY_LITERALS === '0' ? [] : [minifyLiterals];

const entryRows = [];
for (const tag of tags) entryRows.push(await measure({ name: tag, budget: BUDGETS[tag], file: `src/${tag}.ts` }));
const cdn = measureCdn();
const probe = await measure(PROBE);
const trap = await measure({ ...TRAP, budget: undefined });
const floor = await measure(FLOOR);

const okCell = (r) => (r.budget === undefined ? '' : r.gz <= r.budget * 1000 ? 'yes' : 'OVER');
const table = [
  ['entry', 'min kB', 'min+gz kB', 'budget', 'ok', 'on demand, gz kB'],
  ...entryRows.map((r) => [r.name, kB(r.min), kB(r.gz), budgetCell(r), okCell(r), r.lazy ? `+${kB(r.lazy)}` : '']),
  [cdn.name, kB(cdn.min), kB(cdn.gz), CDN.budget.toFixed(1), okCell(cdn), `+${kB(cdn.deferredGz)}`],
  [probe.name, kB(probe.min), kB(probe.gz), probe.budget.toFixed(1), okCell(probe), ''],
  [trap.name, kB(trap.min), kB(trap.gz), `(${TRAP.limit.toFixed(1)})`, trap.gz > TRAP.limit * 1000 ? 'TRAP' : 'yes', ''],
  [floor.name, kB(floor.min), kB(floor.gz), '–', '', ''],
];
printTable(table);

console.log(`\n${cdn.name}: the files a page with one <kpi-card> fetches before it paints (dist/cdn, gz each)`);
for (const file of cdn.files) console.log(`  ${kB(file.gz).padStart(6)}  ${file.path}`);
console.log('Fetched later, counting against nothing:');
for (const line of cdn.later) console.log(`  ${line}`);

const d3TimeUsers = entryRows.filter((r) => r.inputs.some(([path]) => path.includes(TRAP.package)));
if (trap.gz > TRAP.limit * 1000) {
  console.log(`\nTrap: one d3-time interval costs ${kB(trap.gz)} kB gz (more than ${TRAP.limit} kB): d3-time 3.1.1 ships one file that cannot tree-shake.`);
}
for (const r of d3TimeUsers) {
  const bytes = r.inputs.filter(([path]) => path.includes(TRAP.package)).reduce((sum, [, b]) => sum + b, 0);
  console.error(`${r.name} bundles ${TRAP.package} (${kB(bytes)} kB min): use core/calendar.ts, whose dist tree-shakes.`);
}
if (d3TimeUsers.length > 0) process.exitCode = 1;

const wanted = (process.env.SIZE_BREAKDOWN ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
for (const r of entryRows.filter((row) => wanted.includes(row.name) || wanted.includes('all'))) printBreakdown(r);
const unknown = wanted.filter((name) => name !== 'all' && !entryRows.some((r) => r.name === name));
if (unknown.length > 0) console.warn(`\nSIZE_BREAKDOWN: no entry ${unknown.join(', ')}; entries: ${entryRows.map((r) => r.name).join(', ')}`);

const over = [...entryRows, cdn, probe].filter((r) => r.budget !== undefined && r.gz > r.budget * 1000);
const failing = over.filter((r) => !NOT_YET[r.name] || r.gz > NOT_YET[r.name].ceiling * 1000);
for (const r of over.filter((row) => !failing.includes(row))) {
  console.log(`\nNot yet under budget: ${r.name} (${kB(r.gz)} > ${r.budget} kB; may not grow past ${NOT_YET[r.name].ceiling} kB): ${NOT_YET[r.name].reason}.`);
}
if (failing.length > 0) {
  console.error(`\nOver budget: ${failing.map((r) => `${r.name} (${kB(r.gz)} > ${NOT_YET[r.name]?.ceiling ?? r.budget} kB)`).join(', ')}`);
  console.error('SIZE_BREAKDOWN=<entry> npm run size shows where the bytes go.');
  process.exit(1);
}

function kB(bytes) {
  return (bytes / 1000).toFixed(1);
}

function budgetCell(r) {
  return STRETCH[r.name] === undefined ? r.budget.toFixed(1) : `${r.budget.toFixed(1)} (${STRETCH[r.name]})`;
}

function printTable(rows) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  const line = (row) => `| ${row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w, col) => (col === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}

/** An entry's modules by group, each scaled to gzip bytes by the entry's overall gzip/min ratio. */
function printBreakdown(r) {
  const ratio = r.gz / r.min;
  const groups = new Map();
  for (const [path, bytes] of r.inputs) {
    const [group] = GROUPS.find(([, test]) => test.test(path));
    const entry = groups.get(group) ?? { bytes: 0, modules: [] };
    entry.bytes += bytes;
    entry.modules.push([path, bytes]);
    groups.set(group, entry);
  }
  console.log(`\n${r.name}: ${kB(r.gz)} kB gz by module (approximate: bytes in output × ${ratio.toFixed(3)})`);
  for (const [group, { bytes, modules }] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) {
    console.log(`  ${kB(bytes * ratio).padStart(5)}  ${group}`);
    for (const [path, moduleBytes] of modules) console.log(`  ${kB(moduleBytes * ratio).padStart(12)}  ${path}`);
  }
}

/**
 * Bundles one entry (a file under src/, or inline contents) and returns its sizes:
 * what every page pays (the entry and its static imports) and, as `lazy`, what
 * its dynamic imports add when they are all fetched.
 */
async function measure({ name, budget, file, contents }) {
  const result = await build({
    ...(file ? { entryPoints: [join(root, file)] } : { stdin: { contents, resolveDir: root, loader: 'ts' } }),
    bundle: true,
    splitting: true,
    outdir: join(root, 'dist/.size'),
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Decorator and class-field semantics come from tsconfig.json, as in the vite build.
    tsconfig: join(root, 'tsconfig.json'),
    absWorkingDir: root,
    write: false,
    metafile: true,
    plugins,
    logLevel: 'error',
  });
  const { outputs } = result.metafile;
  const sizeOf = (path) => {
    const output = result.outputFiles.find((out) => out.path === join(root, path));
    return { min: output.contents.length, gz: gzipSync(output.contents, { level: 9 }).length };
  };
  /** The files a page fetches for `path`: itself and, transitively, its static imports. */
  const staticClosure = (path, seen = new Set()) => {
    if (seen.has(path)) return seen;
    seen.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement') staticClosure(imported.path, seen);
    return seen;
  };
  const sum = (paths) => [...paths].map(sizeOf).reduce((a, b) => ({ min: a.min + b.min, gz: a.gz + b.gz }), { min: 0, gz: 0 });
  // Chunks behind a dynamic import() have an entryPoint too: the entry is the output of `file` (or of stdin).
  const wantedEntry = file ?? '<stdin>';
  const entryPath = Object.keys(outputs).find((path) => outputs[path].entryPoint === wantedEntry);
  const eager = staticClosure(entryPath);
  const { min, gz } = sum(eager);
  const lazy = sum(Object.keys(outputs).filter((path) => path.endsWith('.js') && !eager.has(path))).gz;
  const inputBytes = new Map();
  for (const path of eager) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) inputBytes.set(input, (inputBytes.get(input) ?? 0) + bytesInOutput);
  }
  const inputs = [...inputBytes].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
  return { name, budget, min, gz, lazy, inputs };
}

/**
 * The built CDN kit, read from dist/cdn: the loader plus the static closure of
 * the card's entry, and what is fetched later (each dynamic import, each other
 * tag's first appearance).
 */
function measureCdn() {
  const warnIfStale = newestIn(join(root, 'src')) > statSync(join(cdnDir, 'kpi-kit.js')).mtimeMs;
  if (warnIfStale) console.warn('warning: src/ is newer than dist/cdn: run `npm run build` for a current CDN row.');
  const modules = new Map();
  const read = (file) => {
    if (!modules.has(file)) {
      const code = readFileSync(file);
      modules.set(file, { ...importsOf(file, code.toString('utf8')), min: code.length, gz: gzipSync(code, { level: 9 }).length });
    }
    return modules.get(file);
  };
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const imported of read(file).staticImports) closure(imported, seen);
    return seen;
  };
  const loader = join(cdnDir, 'kpi-kit.js');
  const card = join(cdnDir, 'kpi-card.js');
  if (!read(loader).dynamicImports.includes(card)) {
    console.error('dist/cdn/kpi-kit.js does not import ./kpi-card.js: the CDN build is not the autoloader layout.');
    process.exit(1);
  }
  const first = closure(card, closure(loader));
  const files = [...first].map((file) => ({ path: relative(cdnDir, file), ...read(file) }));
  const later = [];
  let deferredGz = 0;
  const fetched = new Set(first);
  /** Adds a line for what importing `file` fetches beyond what is already there. */
  const deferred = (file, why) => {
    const added = [...closure(file)].filter((f) => !fetched.has(f));
    if (added.length === 0) return;
    for (const f of added) fetched.add(f);
    const gz = added.reduce((sum, f) => sum + read(f).gz, 0);
    deferredGz += gz;
    later.push(`${kB(gz).padStart(6)}  ${why}: ${added.map((f) => relative(cdnDir, f)).join(', ')}`);
  };
  const tagEntries = read(loader).dynamicImports;
  /** Follows the dynamic imports of the files fetched so far (each file once), tag entries aside. */
  const visited = new Set();
  const followDynamicImports = () => {
    for (let pending = [...fetched].filter((f) => !visited.has(f)); pending.length > 0; pending = [...fetched].filter((f) => !visited.has(f))) {
      for (const file of pending) {
        visited.add(file);
        for (const target of read(file).dynamicImports) {
          if (!tagEntries.includes(target)) deferred(target, `on demand from ${relative(cdnDir, file)}`);
        }
      }
    }
  };
  followDynamicImports();
  for (const target of tagEntries.filter((file) => file !== card)) {
    deferred(target, `the first <${relative(cdnDir, target).replace(/\.js$/, '')}>`);
    followDynamicImports();
  }
  const sum = (key) => files.reduce((total, file) => total + file[key], 0);
  return { ...CDN, min: sum('min'), gz: sum('gz'), files, later, deferredGz };
}

/** The relative static and dynamic imports of a built module, as absolute paths. */
function importsOf(file, code) {
  const { module, errors } = parseSync(file, code, { sourceType: 'module' });
  if (errors.length > 0) throw new Error(`${relative(root, file)} does not parse: ${errors[0].message}`);
  const resolve = (specifier) => (specifier.startsWith('.') ? join(dirname(file), specifier) : undefined);
  const staticSpecifiers = [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) => e.entries.flatMap((entry) => (entry.moduleRequest ? [entry.moduleRequest.value] : []))),
  ];
  const dynamicSpecifiers = module.dynamicImports.flatMap(({ moduleRequest }) => {
    const text = code.slice(moduleRequest.start, moduleRequest.end);
    return /^(["'`])[^"'`$]+\1$/.test(text) ? [text.slice(1, -1)] : [];
  });
  return {
    staticImports: [...new Set(staticSpecifiers.flatMap((s) => resolve(s) ?? []))],
    dynamicImports: [...new Set(dynamicSpecifiers.flatMap((s) => resolve(s) ?? []))],
  };
}

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}
