/**
 * Two Vitest projects:
 *   `unit`       the pure core in Node (`npm run test:unit`);
 *   `storybook`  every story in stories/ as a test in headless Chromium (`npm run test:stories`):
 *                the story renders, its `play` runs, then the a11y addon runs axe and, because
 *                preview.ts sets `a11y.test: 'error'`, any violation fails the story.
 *
 * The storybook project extends .storybook/vite.config.ts, the config Storybook itself builds
 * with, so tests get the same custom-elements manifest module and the same single copy of Lit.
 */
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumExecutablePath } from './scripts/chromium.js';

const storybookDir = fileURLToPath(new URL('./.storybook', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // A safety net, not a timing claim: the seeded property tests run thousands of cases, and under
          // libfaketime (the moved-clock run) or a loaded two-core machine they can take several seconds.
          testTimeout: 60_000,
        },
      },
      {
        extends: './.storybook/vite.config.ts',
        plugins: [storybookTest({ configDir: storybookDir })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs] },
            }),
            instances: [{ browser: 'chromium' }],
            // Storybook's preview is a desktop-sized iframe; Vitest's default is a phone (414 × 896).
            viewport: { width: 1280, height: 800 },
          },
        },
      },
      // The React 19, Vue 3, Svelte 5 and Angular examples (examples/) in headless Chromium (`npm run test:interop`).
      './vitest.interop.config.ts',
    ],
  },
});
