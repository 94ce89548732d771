/**
 * `npm run test:types`: each framework's type checker, run on the packed package, as tests
 * (node's test runner, through tsx). Run `node scripts/pack.js examples frameworks` first;
 * the npm script does.
 *
 * Each checks file in types-check/frameworks/ (and types-check/react.tsx, preact.tsx) mixes
 * right usage with wrong usage. A wrong line follows a comment containing `expect-error`.
 * A test passes only when the checker reports an error on every such line and on no other
 * line: the wrong props and handlers are rejected, and the right ones pass. A checker that
 * crashes or sees no kit types reports nothing where errors are expected, and fails.
 *
 * | test                     | checker                      | types                                  |
 * | Vue 3                    | vue-tsc 3 (strictTemplates)  | kpi-kit/vue                            |
 * | Svelte 5                 | svelte-check 4               | kpi-kit/svelte                         |
 * | React 18 wrappers        | tsc 6, @types/react 18       | kpi-kit/react                          |
 * | Angular templates        | ngc 22 (strictTemplates)     | the kit's event map, via any import    |
 * | React 19 / Preact JSX    | tsc 7 (`@ts-expect-error`)   | kpi-kit/jsx                            |
 * | the examples             | tsc 7, vue-tsc, svelte-check | examples/ against the packed package   |
 *
 * vue-tsc and svelte-check need TypeScript's JS API, which TypeScript 7 (the root's) does
 * not have: they, TypeScript 6 and React 18's types live in types-check/frameworks/ with
 * their own lockfile, as do Angular's AOT compiler (ngc, which needs TypeScript 6) and React 18.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkTheme, checkThemes, publicTokens } from './theme-tokens.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const frameworks = `${root}types-check/frameworks/`;
const bin = (tool: string, where = frameworks): string => `${where}node_modules/.bin/${tool}`;

interface Diagnostic {
  file: string;
  line: number;
  message: string;
}

/** Runs `command` in `cwd`; the errors it printed, as file basename and line. */
function run(command: string, args: string[], cwd: string, parse: (output: string) => Diagnostic[]): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(parse(output)));
  });
}

/** `file(line,col): error TS…: message` (tsc and vue-tsc with --pretty false). */
const tscErrors = (output: string): Diagnostic[] =>
  [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)].map((m) => ({
    file: basename(m[1]!),
    line: Number(m[2]),
    message: m[3]!,
  }));

/** `file:line:col - error TS…: message` (ngc, which prints nothing with --pretty false), colours stripped. */
const ngcErrors = (output: string): Diagnostic[] =>
  // eslint-disable-next-line no-control-regex
  [...output.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/^(.+?):(\d+):\d+ - error (TS\d+: .*)$/gm)].map((m) => ({
    file: basename(m[1]!),
    line: Number(m[2]),
    message: m[3]!,
  }));

/** `<time> ERROR "file" line:col "message"` (svelte-check --output machine). */
const svelteErrors = (output: string): Diagnostic[] =>
  [...output.matchAll(/^\d+ ERROR "(.+?)" (\d+):\d+ "(.*)"$/gm)].map((m) => ({
    file: basename(m[1]!),
    line: Number(m[2]),
    message: m[3]!,
  }));

/** Lines that follow an `expect-error` comment in `path`. */
function expectedLines(path: string): number[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  return lines.flatMap((line, index) => (/(\/\/|<!--)\s*expect-error\b/.test(line) ? [index + 2] : []));
}

/** The checker's errors are exactly the marked lines of `path`, and there is at least one. */
function assertExactly(path: string, errors: Diagnostic[]): void {
  const expected = expectedLines(path);
  assert.ok(expected.length > 0, `${path} marks no wrong line`);
  const file = basename(path);
  const describe = (list: Diagnostic[]): string => list.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n');
  const unexpected = errors.filter((e) => e.file !== file || !expected.includes(e.line));
  assert.equal(unexpected.length, 0, `errors on lines that should compile:\n${describe(unexpected)}`);
  const missed = expected.filter((line) => !errors.some((e) => e.line === line));
  assert.deepEqual(missed, [], `${file}: these wrong lines compiled, the types let them through`);
}

/** No errors at all (the examples). */
function assertNone(errors: Diagnostic[], what: string): void {
  assert.deepEqual(
    errors.map((e) => `${e.file}:${e.line} ${e.message}`),
    [],
    `${what} should compile`,
  );
}

// Two checkers at a time: the machine has two cores, and each checker is one busy process.
describe('framework types', { concurrency: 2 }, () => {
  test('Vue 3: vue-tsc with kpi-kit/vue rejects wrong props and handlers, accepts right ones', async () => {
    const dir = `${frameworks}vue`;
    assertExactly(join(dir, 'Checks.vue'), await run(bin('vue-tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], dir, tscErrors));
  });

  test('Svelte 5: svelte-check with kpi-kit/svelte rejects wrong attributes and handlers, accepts right ones', async () => {
    const dir = `${frameworks}svelte`;
    const errors = await run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine'], dir, svelteErrors);
    assertExactly(join(dir, 'Checks.svelte'), errors);
  });

  test('React 18: tsc with @types/react 18 and kpi-kit/react rejects wrong props and handlers, accepts right ones', async () => {
    const dir = `${frameworks}react18`;
    const { version } = JSON.parse(readFileSync(`${frameworks}node_modules/@types/react/package.json`, 'utf8')) as { version: string };
    assert.match(version, /^18\./);
    assertExactly(join(dir, 'checks.tsx'), await run(bin('tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], dir, tscErrors));
  });

  test("Angular: ngc with strictTemplates types $event by the kit's events, rejecting wrong handlers (the example too)", async () => {
    // The example's template is in the same program: an error there is an unexpected line, and fails.
    const dir = `${frameworks}angular`;
    assertExactly(join(dir, 'checks.ts'), await run(bin('ngc'), ['-p', 'tsconfig.json'], dir, ngcErrors));
  });

  for (const [name, config, file] of [
    ['React 19', 'types-check/tsconfig.json', 'types-check/react.tsx'],
    ['Preact', 'types-check/tsconfig.preact.json', 'types-check/preact.tsx'],
  ] as const) {
    test(`${name}: tsc with kpi-kit/jsx fails on no @ts-expect-error line and no other line`, async () => {
      // `@ts-expect-error` is tsc's own marker: an unused one is an error, so a clean run proves each line fails.
      assert.ok(readFileSync(`${root}${file}`, 'utf8').includes('@ts-expect-error'), `${file} marks no wrong line`);
      assertNone(await run(bin('tsc', root), ['-p', config, '--pretty', 'false'], root, tscErrors), file);
    });
  }

  test('the examples type-check against the packed package: tsc (React 19, React 18 wrappers, Angular)', async () => {
    assertNone(await run(bin('tsc', root), ['-p', 'examples/tsconfig.json', '--pretty', 'false'], root, tscErrors), 'examples/');
  });

  test('the Vue example type-checks against the packed package with vue-tsc', async () => {
    const dir = `${root}examples/vue`;
    assertNone(await run(bin('vue-tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], dir, tscErrors), 'examples/vue');
  });

  test('the Svelte example type-checks against the packed package with svelte-check', async () => {
    const dir = `${root}examples/svelte`;
    const errors = await run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine'], dir, svelteErrors);
    assertNone(errors, 'examples/svelte');
  });

  test('theme files set only public tokens and keep their contrast', async () => {
    const files = ['light.css', 'dark.css', 'high-contrast.css', 'brand-example.css'];
    assert.deepEqual(await checkThemes(root, files), []);
    // The packed package ships them where `kpi-kit/themes/*.css` points.
    for (const file of files) {
      const packed = readFileSync(`${root}examples/node_modules/kpi-kit/dist/themes/${file}`, 'utf8');
      assert.equal(packed, readFileSync(`${root}src/themes/${file}`, 'utf8'), `dist/themes/${file} is src/themes/${file}`);
    }
  });

  test('the theme check refuses a property that is not a public token, and a colour below its contrast', async () => {
    const tokens = await publicTokens(root);
    const problems = checkTheme(
      'brand-example.css',
      '.x { --kpi-colour-text: red; --_text: red; color: red; --kpi-color-muted: #cccccc; color-scheme: dark; }',
      tokens,
    );
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.match(problems[0]!, /--kpi-colour-text is not documented/);
    assert.match(problems[1]!, /--_text, which is not a --kpi-\* token/);
    assert.match(problems[2]!, /sets color, which is not a --kpi-\* token/);
    assert.match(problems[3]!, /--kpi-color-muted #cccccc on #ffffff is 1\.61:1/);
    const bands = '.x { --kpi-color-band-good: #eeeeee; --kpi-color-band-warning: #e4e4e4; --kpi-color-band-critical: #b0b0b0; }';
    const close = checkTheme('brand-example.css', bands, tokens);
    assert.equal(close.length, 1, close.join('\n'));
    assert.match(close[0]!, /--kpi-color-band-warning is only \d\.\d L\* further from the surface than --kpi-color-band-good/);
  });

  test('the package files include LICENSE, CHANGELOG.md and every framework entry', () => {
    const pkg = JSON.parse(readFileSync(`${root}examples/node_modules/kpi-kit/package.json`, 'utf8')) as {
      license: string;
      exports: Record<string, unknown>;
    };
    const license = readFileSync(`${root}examples/node_modules/kpi-kit/LICENSE`, 'utf8');
    assert.equal(pkg.license, 'MIT');
    assert.match(license, /^MIT License\n/);
    assert.match(readFileSync(`${root}examples/node_modules/kpi-kit/CHANGELOG.md`, 'utf8'), /^## \[Unreleased\]$/m);
    for (const entry of ['./react', './vue', './svelte', './jsx', './themes/*.css']) {
      assert.ok(entry in pkg.exports, `exports has no ${entry}`);
    }
  });
});
