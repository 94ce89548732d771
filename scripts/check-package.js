/**
 * `npm run check:package`: checks the package as npm would publish it. Run it
 * after `npm run build`; it builds nothing itself.
 *
 * 1. publint --strict: package.json fields (`exports`, `types`, `files`,
 *    `sideEffects`…) point at files that are in the packed tarball, in an order
 *    tools understand. Warnings fail too.
 * 2. attw --pack . --profile esm-only: every `exports` entry resolves to
 *    JavaScript and to its own type declarations, for Node 16+ ESM and for
 *    bundlers. The esm-only profile leaves out two resolution modes that do not
 *    apply to this package:
 *    - node10 ignores `exports`, so it cannot see any subpath (`kpi-kit/kpi-card.js`);
 *      the package needs Node >= 20 (`engines`), which reads `exports`.
 *    - node16 from CommonJS: the package is ESM only (`"type": "module"`, no
 *      `require` condition). attw reports `require()` of it as "ESM (dynamic
 *      import only)"; CommonJS code imports it with `import()` (or Node's
 *      require(esm)). Shipping a CommonJS copy is not planned.
 *    Every other problem attw knows still fails the check.
 * 3. tsc on types-check/: the generated JSX types (`kpi-kit/jsx`) accept right
 *    props and events and reject wrong ones (`@ts-expect-error`), in React 19
 *    and in Preact, resolved through `exports` like an app would.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, PATH: `${root}node_modules/.bin${delimiter}${process.env.PATH ?? ''}` };

const built = ['dist/index.d.ts', 'dist/jsx.d.ts', 'dist/vscode.html-custom-data.json', 'custom-elements.json'];
const missing = built.filter((file) => !existsSync(`${root}${file}`));
if (missing.length > 0) {
  console.error(`check:package needs a build first (missing ${missing.join(', ')}): run \`npm run build\`.`);
  process.exit(1);
}

const checks = [
  ['publint', ['publint', '--strict']],
  ['attw', ['attw', '--pack', '.', '--profile', 'esm-only']],
  ['jsx (react)', ['tsc', '-p', 'types-check/tsconfig.json']],
  ['jsx (preact)', ['tsc', '-p', 'types-check/tsconfig.preact.json']],
];

for (const [name, [command, ...args]] of checks) {
  console.log(`\n-- ${name}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const { status, error } = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (error) throw error;
  if (status !== 0) {
    console.error(`check:package: ${name} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
  console.log(`-- ${name}: ok (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
