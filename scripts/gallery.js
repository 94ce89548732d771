#!/usr/bin/env node
/**
 * A screenshot of every story in every look a reviewer asks about:
 * `npm run gallery`. Builds a static Storybook, serves it on 127.0.0.1, and
 * opens each story's iframe in Debian Chromium once per variant:
 *
 *   light   1024 px wide (a laptop), light colour scheme
 *   dark    1024 px wide, dark colour scheme
 *   forced  1024 px wide, forced colours active (light system palette)
 *   rtl     1024 px wide, light, <html dir="rtl"> before the story renders
 *   w390    390 px wide (a phone), light
 *   w1440   1440 px wide (a wide monitor), light
 *
 * Writes gallery/<story-id>/<variant>.png, each clipped to #storybook-root
 * with a little padding, and, when ImageMagick's `montage` is on PATH, a
 * labelled contact sheet per story: gallery/<story-id>.png (tall pictures
 * scaled down to fit it).
 *
 * The live stories stream from the simulated feeds of
 * .storybook/live-stream-server.ts, which this server mounts as Storybook's
 * dev server does (loaded through tsx), so they are drawn streaming.
 *
 * The static iframe runs each story's `play`, so a picture shows the state the
 * play leaves (a focused point, an open tooltip). The Storybook iframe sets no
 * `color-scheme` of its own, and the kit's default theme follows the page's
 * (light-dark()), so every page is given `:root { color-scheme: light dark }`
 * and a Canvas background, as a dark-mode-aware host page would have; without
 * it the dark variant would be identical to light.
 *
 * Options:
 *   --filter <text>        only story ids containing <text> (repeatable)
 *   --variants a,b         only these variants (default: all six)
 *   --no-build             reuse gallery/.storybook-static when it exists (else build)
 *   --out <dir>            output folder (default: gallery)
 *   --concurrency <n>      stories rendered at once, one Chromium each (default: CPUs, 2 to 4)
 *
 * A story whose own play fails (or that Storybook cannot render) is still drawn
 * and listed under "problems"; the exit code is 1 only when a page could not be
 * captured at all. GALLERY_VERBOSE=1 also prints each page's console errors.
 * Chromium comes from scripts/chromium.js (CHROMIUM_PATH overrides).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { register } from 'tsx/esm/api';
import { chromiumArgs, chromiumExecutablePath } from './chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const HEIGHT = 900;
const PADDING = 8;
const RENDER_TIMEOUT = 30_000;

/** Each variant's page; variants with equal settings are rendered once. */
const VARIANTS = {
  light: { width: 1024, colorScheme: 'light', forcedColors: 'none', dir: 'ltr' },
  dark: { width: 1024, colorScheme: 'dark', forcedColors: 'none', dir: 'ltr' },
  forced: { width: 1024, colorScheme: 'light', forcedColors: 'active', dir: 'ltr' },
  rtl: { width: 1024, colorScheme: 'light', forcedColors: 'none', dir: 'rtl' },
  w390: { width: 390, colorScheme: 'light', forcedColors: 'none', dir: 'ltr' },
  w1440: { width: 1440, colorScheme: 'light', forcedColors: 'none', dir: 'ltr' },
};

const { values: options } = parseArgs({
  options: {
    filter: { type: 'string', multiple: true, default: [] },
    variants: { type: 'string', default: Object.keys(VARIANTS).join(',') },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'gallery' },
    concurrency: { type: 'string', default: String(Math.min(4, Math.max(2, availableParallelism()))) },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (options.help) {
  const text = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  console.log(text.slice(text.indexOf('/**') + 4, text.indexOf('*/')).replace(/^ \* ?/gm, ''));
  process.exit(0);
}

const variantNames = options.variants
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = variantNames.filter((name) => !(name in VARIANTS));
if (unknown.length > 0 || variantNames.length === 0) {
  console.error(`Unknown variant ${unknown.join(', ') || '(none)'}; choose from ${Object.keys(VARIANTS).join(', ')}.`);
  process.exit(2);
}
const concurrency = Math.max(1, Number.parseInt(options.concurrency, 10) || 1);
const outDir = resolve(root, options.out);
const staticDir = join(outDir, '.storybook-static');

const started = performance.now();

// 1. The static Storybook ------------------------------------------------------------------

const haveBuild = existsSync(join(staticDir, 'index.json'));
if (options['no-build'] && haveBuild) {
  console.log(`Reusing ${staticDir}`);
} else {
  console.log(`${options['no-build'] ? 'No build to reuse; building' : 'Building'} Storybook into ${staticDir} …`);
  const storybookBin = join(root, 'node_modules', '.bin', 'storybook');
  const code = await new Promise((done) => {
    const child = spawn(storybookBin, ['build', '--quiet', '-o', staticDir], { cwd: root, stdio: 'inherit' });
    child.on('exit', (exitCode) => done(exitCode ?? 1));
    child.on('error', (error) => {
      console.error(error.message);
      done(1);
    });
  });
  if (code !== 0) {
    console.error(`storybook build failed (exit ${code}).`);
    process.exit(1);
  }
}
const built = performance.now();

// 2. The stories --------------------------------------------------------------------------

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .filter((entry) => options.filter.length === 0 || options.filter.some((text) => entry.id.includes(text)))
  .map((entry) => entry.id);
if (stories.length === 0) {
  console.error(`No story id contains ${options.filter.map((text) => `"${text}"`).join(' or ')}.`);
  process.exit(1);
}

// 3. A tiny static server -----------------------------------------------------------------

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** The live stories' feeds, mounted as the Storybook dev server mounts them (a connect-style prefix). */
register();
const { liveStreamServer, LIVE_PREFIX } = await import('../.storybook/live-stream-server.ts');
let liveFeeds;
liveStreamServer().configureServer({ middlewares: { use: (_prefix, handler) => (liveFeeds = handler) } });

const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (pathname === LIVE_PREFIX || pathname.startsWith(`${LIVE_PREFIX}/`)) {
    request.url = (request.url ?? '/').slice(LIVE_PREFIX.length) || '/';
    liveFeeds(request, response, () => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'));
    return;
  }
  let file = resolve(staticDir, `.${pathname}`);
  if (file !== staticDir && !file.startsWith(staticDir + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    // The build does not change during a run: let each context keep its scripts (and their compiled code).
    'Cache-Control': 'max-age=3600',
  });
  createReadStream(file).pipe(response);
});
await new Promise((listening) => server.listen(0, HOST, listening));
const base = `http://${HOST}:${server.address().port}`;

// 4. The pictures -------------------------------------------------------------------------

/**
 * Runs in the page before any of its scripts: the host page's colour scheme and
 * direction, and a note of every error Storybook reports for the story (a failing
 * `play` still ends in the "finished" phase, so the phase alone does not tell).
 */
function preparePage(dir) {
  const errors = [];
  Object.defineProperty(globalThis, '__kpiGalleryErrors', { value: errors });
  const EVENTS = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying'];
  const describe = (payload) =>
    String((Array.isArray(payload) ? payload[0] : payload)?.message ?? payload?.description ?? payload?.title ?? payload)
      .split('\n')[0]
      .slice(0, 200);
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    enumerable: true,
    get: () => channel,
    set(next) {
      channel = next;
      for (const event of EVENTS) next?.on?.(event, (payload) => errors.push(`${event}: ${describe(payload)}`));
    },
  });
  const apply = () => {
    const html = document.documentElement;
    if (!html) return false;
    html.dir = dir;
    if (!document.getElementById('kpi-gallery-host')) {
      const style = document.createElement('style');
      style.id = 'kpi-gallery-host';
      style.textContent = ':root { color-scheme: light dark; background: Canvas; color: CanvasText; }';
      (document.head ?? html).append(style);
    }
    return true;
  };
  if (!apply()) {
    new MutationObserver((_, observer) => {
      if (apply()) observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }
  document.addEventListener('DOMContentLoaded', apply);
}

/** Waits for Storybook to finish the story (render and play), Lit to finish updating, fonts, and two frames. */
async function settle(page, dir, quiet) {
  await page.waitForFunction(
    () => {
      const phase = globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      const body = document.body?.classList;
      return (
        ['completed', 'afterEach', 'finished', 'errored', 'aborted'].includes(phase) ||
        body?.contains('sb-show-errordisplay') ||
        body?.contains('sb-show-nopreview')
      );
    },
    undefined,
    { timeout: RENDER_TIMEOUT, polling: 50 },
  );
  await quiet();
  return page.evaluate(
    async ({ dir, padding }) => {
      if (document.documentElement.dir !== dir) document.documentElement.dir = dir;
      const updates = [];
      const visit = (node) => {
        for (const element of node.querySelectorAll('*')) {
          if (element.updateComplete instanceof Promise) updates.push(element.updateComplete);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      await Promise.race([Promise.all(updates), new Promise((timeout) => setTimeout(timeout, 5000))]);
      await document.fonts.ready;
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
      const body = document.body.classList;
      const phase = globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      const reported = globalThis.__kpiGalleryErrors ?? [];
      const error = body.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? 'error display').trim().slice(0, 200)
        : reported.length > 0
          ? [...new Set(reported)].join('; ')
          : phase === 'errored'
            ? 'play errored'
            : undefined;
      // A story whose play failed is still drawn: frame it as it stands.
      const framed = !body.contains('sb-show-errordisplay');
      const storyRoot = document.querySelector('#storybook-root');
      return {
        error,
        box: storyRoot && framed ? paintedBox(storyRoot) : undefined,
        page: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
      };

      /**
       * The union of what is painted under `top`, through shadow roots: text, replaced
       * elements (svg, img, canvas, form controls) and boxes with a background, border,
       * outline or shadow. Block elements span the page, so their own boxes would not do.
       */
      function paintedBox(top) {
        let left = Infinity;
        let right = -Infinity;
        let upper = Infinity;
        let lower = -Infinity;
        const everywhere = { left: 0, right: document.documentElement.scrollWidth, top: -Infinity, bottom: Infinity };
        const intersect = (rect, clip) => ({
          left: Math.max(rect.left, clip.left),
          right: Math.min(rect.right, clip.right),
          top: Math.max(rect.top, clip.top),
          bottom: Math.min(rect.bottom, clip.bottom),
        });
        const add = (rect, clip) => {
          const seen = intersect(rect, clip);
          // A pixel or less is a visually hidden label (1px, clipped), not something to frame.
          if (seen.right - seen.left <= 1 || seen.bottom - seen.top <= 1) return;
          left = Math.min(left, seen.left);
          right = Math.max(right, seen.right);
          upper = Math.min(upper, seen.top);
          lower = Math.max(lower, seen.bottom);
        };
        const REPLACED = new Set(['svg', 'img', 'canvas', 'video', 'input', 'button', 'select', 'textarea', 'iframe', 'hr', 'progress', 'meter']);
        // Forced colours turn `transparent` into Canvas at alpha 0: rgba(255, 255, 255, 0).
        const clear = (colour) => colour === 'transparent' || /^rgba\(.*,\s*0(\.0*)?\)$/.test(colour) || /\/\s*0(\.0*)?\)$/.test(colour);
        const painted = (style) =>
          !clear(style.backgroundColor) ||
          style.backgroundImage !== 'none' ||
          style.boxShadow !== 'none' ||
          ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(style[`border${side}Width`]) > 0) ||
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0);
        const clips = (style) => style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clipPath !== 'none';
        const visit = (node, clip) => {
          for (const child of node.childNodes) {
            if (child.nodeType === Node.TEXT_NODE) {
              if (child.textContent.trim() === '') continue;
              const range = document.createRange();
              range.selectNodeContents(child);
              for (const rect of range.getClientRects()) add(rect, clip);
            } else if (child.nodeType === Node.ELEMENT_NODE) {
              const style = getComputedStyle(child);
              if (style.display === 'none' || ['style', 'script', 'template'].includes(child.localName)) continue;
              const rect = child.getBoundingClientRect();
              if (style.visibility !== 'hidden' && (REPLACED.has(child.localName) || painted(style))) add(rect, clip);
              if (child.localName === 'svg') continue;
              const inner = clips(style) ? intersect(rect, clip) : clip;
              if (child.shadowRoot) visit(child.shadowRoot, inner);
              // Slotted children are drawn where their slot is; they are visited as light DOM.
              visit(child, inner);
            }
          }
        };
        visit(top, everywhere);
        if (!Number.isFinite(left)) {
          const rect = top.getBoundingClientRect();
          if (rect.width <= 0 || rect.height <= 0) return undefined;
          ({ left, right, top: upper, bottom: lower } = rect);
        }
        return {
          x: left + scrollX - padding,
          y: upper + scrollY - padding,
          width: right - left + 2 * padding,
          height: lower - upper + 2 * padding,
        };
      }
    },
    { dir, padding: PADDING },
  );
}

/** Resolves once no request of the page has been in flight for `idle` ms (or after `timeout`). */
function networkQuiet(page, idle = 150, timeout = 5000) {
  const open = new Set();
  let last = performance.now();
  page.on('request', (request) => open.add(request));
  const end = (request) => {
    open.delete(request);
    last = performance.now();
  };
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return async () => {
    const deadline = performance.now() + timeout;
    while (performance.now() < deadline && (open.size > 0 || performance.now() - last < idle)) {
      await new Promise((tick) => setTimeout(tick, 25));
    }
  };
}

/** Variants that share one rendering: `w1440` is `light`. */
const renderings = new Map();
for (const name of variantNames) {
  const key = JSON.stringify(VARIANTS[name]);
  renderings.set(key, [...(renderings.get(key) ?? []), name]);
}
const jobs = stories.flatMap((id) => [...renderings].map(([key, names]) => ({ id, names, key })));

let images = 0;
let done = 0;
const problems = [];

/**
 * A page set up for one variant, in a context of its own (which keeps the scripts
 * cached from story to story), reused by one worker.
 */
async function openPage(browser, key) {
  const variant = JSON.parse(key);
  const context = await browser.newContext({
    viewport: { width: variant.width, height: HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: variant.colorScheme,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const record = { page, variant, consoleErrors: [], quiet: networkQuiet(page) };
  page.on('pageerror', (error) => record.consoleErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  await page.emulateMedia({ colorScheme: variant.colorScheme, forcedColors: variant.forcedColors, reducedMotion: 'reduce' });
  await page.addInitScript(preparePage, variant.dir);
  return record;
}

async function render({ id, names, key }, browser, pages) {
  const record = pages.get(key) ?? (await openPage(browser, key));
  pages.set(key, record);
  const { page, variant } = record;
  record.consoleErrors = [];
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
    const { error, box, page: size } = await settle(page, variant.dir, record.quiet);
    const clip = box
      ? (() => {
          const x = Math.max(0, Math.floor(box.x));
          const y = Math.max(0, Math.floor(box.y));
          return {
            x,
            y,
            width: Math.max(1, Math.min(size.width, Math.ceil(box.x + box.width)) - x),
            height: Math.max(1, Math.min(size.height, Math.ceil(box.y + box.height)) - y),
          };
        })()
      : undefined;
    await mkdir(join(outDir, id), { recursive: true });
    const first = join(outDir, id, `${names[0]}.png`);
    await page.screenshot({ path: first, fullPage: true, clip, animations: 'disabled', caret: 'hide' });
    for (const name of names.slice(1)) await copyFile(first, join(outDir, id, `${name}.png`));
    images += names.length;
    if (error) problems.push(`${id} [${names.join(',')}]: story error: ${error}`);
  } catch (error) {
    problems.push(`${id} [${names.join(',')}]: ${error.message.split('\n')[0]}`);
    // Whatever the page was stuck on, the next story gets a fresh one.
    pages.delete(key);
    await page
      .context()
      .close()
      .catch(() => {});
  }
  done += 1;
  if (record.consoleErrors.length > 0 && process.env.GALLERY_VERBOSE) {
    console.warn(`  ${id} [${names.join(',')}] console: ${record.consoleErrors.slice(0, 3).join(' | ')}`);
  }
  if (process.stdout.isTTY) process.stdout.write(`\r  ${done}/${jobs.length} pages`);
  else if (done % 50 === 0 || done === jobs.length) console.log(`  ${done}/${jobs.length} pages`);
}

console.log(`Rendering ${stories.length} stories × ${variantNames.length} variants (${variantNames.join(', ')}) on ${concurrency} pages …`);
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
    // A browser per worker: pages of one browser rendering at once wait on each other's frames.
    const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs], headless: true });
    const pages = new Map();
    while (next < jobs.length) await render(jobs[next++], browser, pages);
    await browser.close();
  }),
);
if (process.stdout.isTTY) process.stdout.write('\n');
server.close();
const rendered = performance.now();

// 5. Contact sheets -----------------------------------------------------------------------

const montage = spawnSync('montage', ['-version'], { stdio: 'ignore' }).status === 0;
const SHEET_BACKGROUND = '#d0d3d7';

/** Runs a command; resolves with its stderr when it fails, else undefined. */
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => done(error.message));
    child.on('exit', (code) => done(code === 0 ? undefined : stderr.trim().split('\n')[0] || `${command} exited ${code}`));
  });
}

/**
 * gallery/<id>.png: the story's variants (all that are on disk, in the usual order),
 * three to a row. Each picture is labelled on its own first (`montage -label %t`):
 * labelled in one go, pictures of different sizes let a row cover the labels above it.
 */
async function contactSheet(id, scratch) {
  const present = new Set(await readdir(join(outDir, id)).catch(() => []));
  const names = Object.keys(VARIANTS).filter((name) => present.has(`${name}.png`));
  if (names.length === 0) return false;
  const tiles = join(scratch, id);
  await mkdir(tiles, { recursive: true });
  for (const name of names) {
    const failure = await run('montage', [
      // ImageMagick's default policy refuses pictures taller than 16,000 px; a story is read on its own PNGs anyway.
      '-label',
      '%t',
      join(outDir, id, `${name}.png`),
      '-resize',
      '1440x4000>',
      '-geometry',
      '+0+0',
      '-pointsize',
      '18',
      '-background',
      SHEET_BACKGROUND,
      join(tiles, `${name}.png`),
    ]);
    if (failure) throw new Error(failure);
  }
  const failure = await run('montage', [
    ...names.map((name) => join(tiles, `${name}.png`)),
    '-tile',
    '3x',
    '-geometry',
    '+6+6',
    '-gravity',
    'north',
    '-background',
    SHEET_BACKGROUND,
    join(outDir, `${id}.png`),
  ]);
  if (failure) throw new Error(failure);
  return true;
}

let sheets = 0;
if (montage) {
  const scratch = await mkdtemp(join(tmpdir(), 'kpi-gallery-'));
  let nextSheet = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (nextSheet < stories.length) {
        const id = stories[nextSheet++];
        try {
          if (await contactSheet(id, scratch)) sheets += 1;
        } catch (error) {
          problems.push(`${id} contact sheet: ${error.message}`);
        }
      }
    }),
  );
  await rm(scratch, { recursive: true, force: true });
}
const finished = performance.now();

// 6. Summary ------------------------------------------------------------------------------

const seconds = (from, to) => ((to - from) / 1000).toFixed(1);
console.log(
  [
    `Gallery: ${stories.length} stories, ${images} images, ${sheets} contact sheets in ${options.out}/`,
    montage ? undefined : '  Contact sheets skipped: ImageMagick `montage` is not on PATH (apt-get install imagemagick).',
    `  ${seconds(started, finished)} s: build ${seconds(started, built)} s, screenshots ${seconds(built, rendered)} s, sheets ${seconds(rendered, finished)} s`,
    problems.length > 0 ? `  ${problems.length} problem(s):\n${problems.map((line) => `    ${line}`).join('\n')}` : undefined,
  ]
    .filter(Boolean)
    .join('\n'),
);
// A story that fails its own play is the gallery's finding, not its failure; a page that could not be drawn is.
process.exit(problems.some((line) => !line.includes('contact sheet') && !line.includes('story error:')) ? 1 : 0);
