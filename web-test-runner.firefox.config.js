// The browser tests (web-test-runner.config.js) in Firefox: Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi. npm tools cannot download browsers here, and Puppeteer's
// Firefox support needs no driver of its own: it talks BiDi to stock Firefox.
// `npm run test:firefox`; WTR_FILES=a.test.ts,b.test.ts runs a few files.
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import chromium from './web-test-runner.config.js';
import { skipTestsHtml } from './scripts/wtr-skip.js';

export const firefoxExecutablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Tests known to fail in Firefox, each with its cause. The kit defects among them are
 * summed up in README's Browser support; delete an entry once its cause is fixed (an entry naming no test fails the config).
 */
export const firefoxSkips = [
  {
    file: 'test/browser/kpi-trend.test.ts',
    test: '<kpi-trend> ok state draws the glide path, the projection with its cone, and the annotations',
    reason:
      'test measurement, not a kit defect: Firefox gives an SVG <text> in 11 px DejaVu Sans a 16 px tall box (13 px in Chromium and WebKit); ' +
      'the label rows are 13 px apart, so the boxes overlap by 3 px though the glyphs do not. The labels are placed identically in all three engines.',
  },
];

export default {
  ...chromium,
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : chromium.files,
  testRunnerHtml: skipTestsHtml(firefoxSkips, {
    rootDir: fileURLToPath(new URL('.', import.meta.url)),
    only: process.env.WTR_ONLY,
    label: 'Firefox',
    source: 'web-test-runner.firefox.config.js',
  }),
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: firefoxExecutablePath,
        headless: true,
      },
    }),
  ],
};
