/**
 * React 18 interop (`npm run test:interop` runs it after the `interop` project): the
 * `kpi-kit/react` wrappers, from the packed package as in vitest.interop.config.ts, under
 * React 18 itself. The root's React is 19, so `react` and `react-dom` resolve here to
 * React 18 from types-check/frameworks/node_modules (installed by its own lockfile:
 * `npm ci --prefix types-check/frameworks`), for the test, the example and the wrappers.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumExecutablePath } from './scripts/chromium.js';
import { fixtureEndpoint, kpiKitFromExamples } from './vitest.interop.config.js';

const react18 = fileURLToPath(new URL('./types-check/frameworks/node_modules/', import.meta.url));

export default defineConfig({
  plugins: [react({ include: /\/examples\/react18\/.*\.tsx$/ }), fixtureEndpoint(), kpiKitFromExamples()],
  resolve: {
    alias: [{ find: /^(react|react-dom)(\/.*)?$/, replacement: `${react18}$1$2` }],
    dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
  },
  optimizeDeps: {
    include: [`${react18}react`, `${react18}react-dom`, `${react18}react-dom/client`, `${react18}react/jsx-dev-runtime`],
  },
  test: {
    name: 'interop-react18',
    include: ['test/interop/react18/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs] } }),
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1024, height: 768 },
    },
  },
});
