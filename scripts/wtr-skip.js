/**
 * Named skip lists for Web Test Runner, per engine, without touching the tests.
 *
 * `skipTestsHtml(skips)` returns a `testRunnerHtml` that marks each listed test
 * pending (mocha's skip) in its own file, so the run reports it as skipped; the
 * list is printed as the run starts. Mocha's `grep` cannot do this: WTR counts a
 * test that grep left out as failed.
 *
 * Each entry names the test file, the test's full title (its describe titles and
 * its own, joined by spaces, as mocha prints it) and why it is skipped. An entry
 * whose file or title is not found fails the config at load, so a renamed test
 * cannot leave a stale entry that skips nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ file: string, test: string, reason: string }} Skip
 * @param {readonly Skip[]} skips
 * @param {{ rootDir?: string, only?: string, label?: string, source?: string }} [options] `rootDir`: where `file` paths start. `only`: a regular expression; every
 *   other test is skipped too (to run a few tests of a file while debugging an engine, e.g. WTR_ONLY='detail view').
 *   `label`: when given, the list is printed under it as the run starts (with `source`, the config holding the reasons).
 */
export function skipTestsHtml(skips, { rootDir = process.cwd(), only, label, source: config = 'its config' } = {}) {
  for (const { file, test, reason } of skips) {
    if (!reason) throw new Error(`skip list: ${file} "${test}" has no reason`);
    let source;
    try {
      source = readFileSync(resolve(rootDir, file), 'utf8');
    } catch {
      throw new Error(`skip list: no such test file ${file}`);
    }
    // The test's own title (what follows its describe titles in the full title) is written in the file as it('…').
    const words = test.split(' ');
    const quoted = (title) => ["'", '"', '`'].some((q) => source.includes(`it(${q}${title}${q}`) || source.includes(`it.only(${q}${title}${q}`));
    if (!words.some((_, i) => quoted(words.slice(i).join(' ')))) throw new Error(`skip list: no test "${test}" in ${file}`);
  }
  if (label && skips.length) {
    console.log(`${label}: ${skips.length} test${skips.length === 1 ? '' : 's'} skipped as known to fail here (the reasons are in ${config}):`);
    for (const { file, test } of skips) console.log(`  - ${file}: ${test}`);
  }
  const data = JSON.stringify({ skips, only: only ?? null }).replace(/</g, '\\u003c');
  return (testFramework) => `<!DOCTYPE html>
<html>
  <head>
    <script>
      // Wraps mocha's global it() as mocha's bdd interface defines it, before any test module runs.
      (() => {
        const { skips, only } = ${data};
        // The page does not know its test file, but it() is called from it, so the file is on the stack.
        const inFile = (skip, stack) => stack.includes('/' + skip.file.replace(/^\\.?\\//, '') + '?') || stack.includes('/' + skip.file.replace(/^\\.?\\//, '') + ':');
        const onlyPattern = only && new RegExp(only);
        let wrapped;
        Object.defineProperty(window, 'it', {
          configurable: true,
          get: () => wrapped,
          set(original) {
            wrapped = function (...args) {
              const test = original.apply(this, args);
              const title = test.fullTitle();
              const mine = skips.filter((s) => s.test === title);
              const stack = mine.length ? String(new Error().stack) : '';
              const skip = mine.find((s) => inFile(s, stack));
              if (skip) {
                test.pending = true;
              } else if (onlyPattern && !onlyPattern.test(title)) {
                test.pending = true;
              }
              return test;
            };
          },
        });
      })();
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;
}

/**
 * Another engine's run of the Chromium config's tests: the same files (or WTR_FILES, a comma list), its named
 * skips (WTR_ONLY narrows to matching titles while debugging), and the engine's browsers.
 * @param {Record<string, unknown> & { files: unknown }} chromium the Chromium config
 * @param {{ label: string, configUrl: string | URL, skips: readonly Skip[], browsers: unknown[] }} engine `configUrl`: the engine config's import.meta.url
 */
export function engineConfig(chromium, { label, configUrl, skips, browsers }) {
  return {
    ...chromium,
    files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : chromium.files,
    testRunnerHtml: skipTestsHtml(skips, {
      rootDir: fileURLToPath(new URL('.', configUrl)),
      only: process.env.WTR_ONLY,
      label,
      source: fileURLToPath(configUrl).split(/[\\/]/).pop(),
    }),
    browsers,
  };
}
