/**
 * The `interop` Vitest project (`npm run test:interop`): the examples in examples/,
 * mounted in headless Chromium by a test each in test/interop/. React 19, Vue 3
 * and Svelte 5 are compiled by their own Vite plugins; Angular's templates by its
 * JIT compiler in the browser (test/interop/angular.test.ts says why).
 *
 * `kpi-kit` is the packed package: `npm run test:interop` first runs `node scripts/pack.js
 * examples`, which packs it as npm would publish it and unpacks the tarball into
 * examples/node_modules/kpi-kit. The examples import it by name and Node's resolution finds
 * it there, through its `exports` map, as an app would; a test file outside examples/
 * resolves `kpi-kit` the same way (kpiKitFromExamples). Nothing is aliased to src/, so a
 * broken `exports` entry or a file missing from `files` fails here.
 *
 * Vue's `isCustomElement` is the README's own snippet, read from README.md
 * (test/interop/readme-snippets.ts), so the documented line is the one tested.
 * `/__interop/api-availability.json?value=V`
 * serves the `apiAvailability` fixture with its value replaced, so a test can
 * move a fetched KPI from one status to another and see `kpi-status-change`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineProject } from 'vitest/config';
import { chromiumArgs, chromiumExecutablePath } from './scripts/chromium.js';
import { apiAvailability } from './stories/fixtures/index.js';
import { compileVueIsCustomElement } from './test/interop/readme-snippets.js';

const examples = fileURLToPath(new URL('./examples/', import.meta.url));
const packed = `${examples}node_modules/kpi-kit/package.json`;
const readme = fileURLToPath(new URL('./README.md', import.meta.url));

/** `kpi-kit` and `kpi-kit/…` resolve as if imported from examples/, where the tarball is installed. */
export function kpiKitFromExamples(): Plugin {
  return {
    name: 'kpi-kit:from-examples',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (!/^kpi-kit(\/|$)/.test(id) || importer?.startsWith(examples)) return null;
      if (!existsSync(packed)) this.error('kpi-kit is not installed in examples/node_modules: run `node scripts/pack.js examples`');
      return this.resolve(id, `${examples}index.js`, { ...options, skipSelf: true });
    },
  };
}

export function fixtureEndpoint(): Plugin {
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
    // Tell Vue's template compiler that the kit's tags are custom elements, not Vue components (the README's snippet).
    vue({ template: { compilerOptions: { isCustomElement: compileVueIsCustomElement(readFileSync(readme, 'utf8')) } } }),
    svelte({ configFile: false }),
    fixtureEndpoint(),
    kpiKitFromExamples(),
  ],
  resolve: {
    dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
  },
  test: {
    name: 'interop',
    include: ['test/interop/**/*.test.ts'],
    // React 18 has a project of its own (vitest.interop-react18.config.ts): this one's React is 19.
    exclude: ['test/interop/react18/**'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs] } }),
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1024, height: 768 },
    },
  },
});
