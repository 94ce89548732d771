// Browser tests in Debian's Chromium (npm tools cannot download browsers here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumExecutablePath } from './scripts/chromium.js';
import { sourceEndpoints } from './test/browser/support/source-endpoints.js';
import { streamEndpoints } from './test/browser/support/stream-endpoints.js';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180_000,
  // Scripted JSON endpoints (status codes, ETags, hangs) for the source controller tests.
  middleware: [sourceEndpoints, streamEndpoints],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumExecutablePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
};
