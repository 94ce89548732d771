/**
 * The `interop` Vitest project (`npm run test:interop`): the examples in examples/,
 * mounted in headless Chromium by a test each in test/interop/. React 19, Vue 3
 * and Svelte 5 are compiled by their own Vite plugins; Angular's templates by its
 * JIT compiler in the browser (test/interop/angular.test.ts says why).
 *
 * `kpi-kit` and `kpi-kit/<tag>.js` resolve to src/, so the examples read like
 * an app's code but run against the source. `/__interop/api-availability.json?value=V`
 * serves the `apiAvailability` fixture with its value replaced, so a test can
 * move a fetched KPI from one status to another and see `kpi-status-change`.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineProject } from 'vitest/config';
import { chromiumArgs, chromiumExecutablePath } from './scripts/chromium.js';
import { apiAvailability } from './stories/fixtures/index.js';

const src = fileURLToPath(new URL('./src/', import.meta.url));

function fixtureEndpoint(): Plugin {
  return {
    name: 'kpi-kit:interop-fixture-endpoint',
    configureServer(server) {
      server.middlewares.use('/__interop/api-availability.json', (req, res) => {
        const value = Number(new URL(req.url ?? '/', 'http://localhost').searchParams.get('value') ?? apiAvailability.value);
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify({ ...apiAvailability, value }));
      });
    },
  };
}

export default defineProject({
  plugins: [
    react({ include: /\/examples\/react\/.*\.tsx$/ }),
    // Tell Vue's template compiler that kpi-* tags are custom elements, not Vue components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('kpi-') } } }),
    svelte({ configFile: false }),
    fixtureEndpoint(),
  ],
  resolve: {
    alias: [
      { find: /^kpi-kit$/, replacement: `${src}index.ts` },
      { find: /^kpi-kit\/(.+)\.js$/, replacement: `${src}$1.ts` },
    ],
    dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
  },
  test: {
    name: 'interop',
    include: ['test/interop/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs] } }),
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1024, height: 768 },
    },
  },
});
