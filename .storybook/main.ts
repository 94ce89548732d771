/**
 * Storybook for kpi-kit: `npm run storybook` (dev, port 6006) and
 * `npm run build-storybook` (static, storybook-static/).
 *
 * The builder reads .storybook/vite.config.ts, never the library's
 * vite.config.ts. That config also generates custom-elements.json when it is
 * missing or stale, so Controls and the Docs tables always come from the
 * class JSDoc without a separate `npm run analyze`.
 */
import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/web-components-vite/node';
import { liveStreamServer } from './live-stream-server.js';

export default defineMain({
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) },
    },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The JSON the demo page serves, so stories can load real files with `src="data/….json"`.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  // Storybook's own manager and docs bundles are large by design; keep the build log for real warnings.
  // The simulated SSE feeds for the live stories (dev server and story tests only; a static build has none).
  viteFinal: (config) => ({
    ...config,
    plugins: [...(config.plugins ?? []), liveStreamServer()],
    build: { ...config.build, chunkSizeWarningLimit: 1500 },
  }),
  core: {
    disableTelemetry: true,
    // Offline machine: no "what's new" fetches from storybook.js.org.
    disableWhatsNewNotifications: true,
  },
});
