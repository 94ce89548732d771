/**
 * Server-side rendering tests (`npm run test:ssr`), in Node:
 *   test/ssr/render.test.ts   `<kpi-card>` rendered by @lit-labs/ssr to declarative shadow DOM;
 *   test/ssr/hydrate.test.ts  the example in examples/ssr/, served and opened in headless Chromium
 *                             (playwright-core): with JavaScript off, before the kit loads, and hydrated.
 *
 * Node, not Vitest's browser mode: a test must load the page with JavaScript disabled and hold
 * back the kit's script, which only a test outside the page can do.
 *
 * `kpi-kit` and `kpi-kit/<tag>.js` resolve to src/, as in the interop project.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^kpi-kit$/, replacement: `${src}index.ts` },
      { find: /^kpi-kit\/(.+)\.js$/, replacement: `${src}$1.ts` },
    ],
  },
  test: {
    name: 'ssr',
    environment: 'node',
    include: ['test/ssr/**/*.test.ts'],
    // The Chromium test starts a server and a browser; one file at a time on a shared 2-core machine.
    fileParallelism: false,
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
