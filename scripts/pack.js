/**
 * `node scripts/pack.js [target…]`: packs kpi-kit as npm would publish it and installs the
 * tarball into each target, so the examples and the framework type tests use the package
 * itself (its `exports` map, its `files` list, its built types), never src/.
 *
 * Targets (default: all):
 *   examples    examples/node_modules/kpi-kit, for the example apps (test/interop, tsc -p examples)
 *   frameworks  types-check/frameworks/node_modules/kpi-kit, for vue-tsc, svelte-check and React 18's tsc.
 *               It first installs that folder's own tools (`npm ci --prefix types-check/frameworks`:
 *               TypeScript 6, vue-tsc, svelte-check, React 18) when they are missing or older than
 *               its lockfile; the React 18 interop test uses its React too.
 *
 * 1. Builds first when dist/ is missing or older than anything in src/ (`npm run build`). With
 *    `--types` (for `npm run typecheck`), only the types (`npm run build:types`): the tarball then
 *    has the declarations, the manifest and the JSX types, and whatever JavaScript dist/ has.
 * 2. `npm pack` into .tmp/pack/.
 * 3. Unpacks the tarball into each target's node_modules/kpi-kit, which is what `npm install
 *    <tarball>` does with the package itself. Its dependencies (lit, d3…) are not installed
 *    again: Node's resolution finds the root's node_modules above the target, as it would find
 *    an app's. Nothing here goes to the network.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = {
  examples: `${root}examples/node_modules/kpi-kit`,
  frameworks: `${root}types-check/frameworks/node_modules/kpi-kit`,
};

/** Newest modification time of any file under `dir` (ms). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return latest;
}

function typesBuilt() {
  const marker = `${root}dist/jsx.d.ts`;
  return existsSync(marker) && existsSync(`${root}custom-elements.json`) && statSync(marker).mtimeMs >= newest(`${root}src`);
}

function built() {
  const marker = `${root}dist/themes/light.css`;
  if (!existsSync(marker) || !existsSync(`${root}custom-elements.json`)) return false;
  // The last files the build writes; a build older than a source change is stale.
  const buildTime = Math.min(statSync(marker).mtimeMs, statSync(`${root}dist/index.js`).mtimeMs);
  return buildTime >= newest(`${root}src`);
}

/** Installs types-check/frameworks/node_modules from its lockfile when missing or out of date. */
function installFrameworkTools() {
  const dir = `${root}types-check/frameworks`;
  const installed = `${dir}/node_modules/.package-lock.json`;
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(`${dir}/package-lock.json`).mtimeMs) return;
  console.log('pack: installing types-check/frameworks (npm ci)');
  const { status } = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  if (status !== 0) throw new Error(`npm ci in types-check/frameworks failed (exit ${status})`);
}

export function pack(names = Object.keys(TARGETS), { typesOnly = false } = {}) {
  const unknown = names.filter((name) => !(name in TARGETS));
  if (unknown.length > 0) throw new Error(`unknown pack target ${unknown.join(', ')}; known: ${Object.keys(TARGETS).join(', ')}`);
  if (names.includes('frameworks')) installFrameworkTools();
  if (typesOnly ? !typesBuilt() : !built()) {
    const script = typesOnly ? 'build:types' : 'build';
    console.log(`pack: dist/ is missing or older than src/, building first (npm run ${script})`);
    const { status } = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
    if (status !== 0) throw new Error(`npm run ${script} failed (exit ${status})`);
  }
  const destination = `${root}.tmp/pack`;
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: root, encoding: 'utf8' });
  const [{ filename, files }] = JSON.parse(out.slice(out.indexOf('[')));
  const tarball = `${destination}/${filename}`;
  for (const name of names) {
    const target = TARGETS[name];
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  }
  console.log(`pack: ${filename} (${files.length} files) installed into ${names.join(', ')}`);
  return { tarball, files: files.map((f) => f.path) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const names = args.filter((arg) => !arg.startsWith('--'));
  pack(names.length > 0 ? names : undefined, { typesOnly: args.includes('--types') });
}
