#!/usr/bin/env node
/**
 * `npm run lint`: the habits the project keeps, checked.
 *
 *   1. Prettier (`--check`; `npm run format` writes) over everything but generated files (.prettierignore).
 *   2. ESLint (tools/lint/eslint.config.js): type-aware typescript-eslint, and the lit, wc and lit-a11y plugins.
 *   3. lit-analyzer on src/: template bindings checked against the elements' types.
 *
 * The tools live in tools/lint with their own lockfile, because typescript-eslint and lit-analyzer need
 * TypeScript's JS API (TypeScript 6 there; the root has the native TypeScript 7, which has none). This
 * script installs that folder (`npm ci`) when it is missing or older than its lockfile. Exits non-zero on
 * the first step that finds something.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tools = `${root}tools/lint`;
const bin = (name) => `${tools}/node_modules/.bin/${name}`;

function run(command, args, cwd = root) {
  const { status } = spawnSync(command, args, { cwd, stdio: 'inherit' });
  return status ?? 1;
}

const installed = `${tools}/node_modules/.package-lock.json`;
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(`${tools}/package-lock.json`).mtimeMs) {
  console.log('lint: installing tools/lint (npm ci)');
  if (run('npm', ['ci', '--no-audit', '--no-fund'], tools) !== 0) process.exit(1);
}

const write = process.argv.includes('--write');
const steps = [
  ['prettier', [write ? '--write' : '--check', '.']],
  ['eslint', ['-c', 'tools/lint/eslint.config.js', '.', ...(write ? ['--fix'] : [])]],
  // The analyzer's CSS data predates container queries and scrollbar-gutter: its CSS rule would flag valid CSS.
  ['lit-analyzer', ['src/**/*.ts', '--strict', '--rules.no-invalid-css', 'off']],
];
for (const [name, args] of steps) {
  console.log(`\nlint: ${name} ${args.join(' ')}`);
  const status = run(bin(name), args);
  if (status !== 0) {
    console.error(`lint: ${name} found problems (exit ${status})${write ? '' : '; `npm run format` fixes formatting'}`);
    process.exit(status);
  }
}
