/**
 * The server-rendering example (examples/ssr/) in headless Chromium: the page
 * the server rendered shows the numbers with JavaScript off and before the kit
 * has loaded; once the kit loads, each card adopts the server's DOM (hydration)
 * without a mismatch and behaves like any other card.
 *
 * The kit's chunk is held back by a route until a test lets it through, so
 * "before the kit loads" is a state the test controls, not a race it hopes to win.
 *
 * The first three cards are rendered from data; the fourth has `src`, which the
 * server does not fetch: it is rendered, and hydrated, as its loading skeleton.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startExampleServer, type ExampleServer } from '../../examples/ssr/server.js';
import { chromiumArgs, chromiumExecutablePath } from '../../scripts/chromium.js';
import type { KpiCard } from '../../src/kpi-card.js';
import { activationRate, netRevenueRetention, staleSignups } from '../../stories/fixtures/index.js';

/** 23 Nov 2026, noon UTC: "today" for the fixtures. */
const NOW = Date.UTC(2026, 10, 23, 12);
const KIT_CHUNK = '**/assets/kpi-card-*.js';

let server: ExampleServer;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startExampleServer({
      now: NOW,
      // Lit's development build: it warns about misuse that the production build lets pass.
      development: true,
      cards: () => [
        { data: activationRate, sparkline: true },
        { data: netRevenueRetention },
        { data: staleSignups, sparkline: true },
        { src: '/data/time-to-first-value.json' },
      ],
    }),
    chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs], headless: true }),
  ]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Everything the page reports as wrong: errors, and Lit's dev-mode warnings other than "dev mode is on". */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || (message.type() === 'warning' && !text.startsWith('Lit is in dev mode'))) {
      problems.push(`${message.type()}: ${text}`);
    }
  });
  return problems;
}

/**
 * A page whose clock is the server's: `Date.now()` answers NOW in the browser too (timers still run),
 * so the cards judge pace and staleness on the day the server rendered them, whatever day the test runs.
 */
async function newPage(javaScriptEnabled = true): Promise<Page> {
  context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1100, height: 900 } });
  if (javaScriptEnabled) await context.clock.setFixedTime(NOW);
  return context.newPage();
}

/** Opens the page with the kit's chunk held back; `release()` lets it load. */
async function openWithKitHeld(page: Page): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const kitRequested = new Promise<void>((resolve) => (requested = resolve));
  await page.route(KIT_CHUNK, async (route) => {
    requested();
    await released;
    await route.continue();
  });
  await page.goto(server.url, { waitUntil: 'commit' });
  // By now client.ts has run up to its import of the kit: hydration support is in, `now` pinned.
  await kitRequested;
  return { release };
}

/** Waits until client.ts says every card is hydrated; fails at once, with the reason, if the page throws first. */
async function hydrated(page: Page): Promise<void> {
  const failed = page.waitForEvent('pageerror').then((error) => {
    throw new Error(`The page threw before it was hydrated: ${error.message}`);
  });
  failed.catch(() => {}); // Settled when the context closes; only the race below reports it.
  await Promise.race([page.waitForSelector('html[data-hydrated]', { state: 'attached' }), failed]);
}

/** The cards rendered from data. */
const DATA_CARDS = 'kpi-card:not([src])';
const values = (page: Page) => page.locator(`${DATA_CARDS} [part~="value"]`).allInnerTexts();
const statusWords = (page: Page) => page.locator(`${DATA_CARDS} [part~="status"]`).allInnerTexts();
const fetchingCard = (page: Page) => page.locator('kpi-card[src]');

describe('the server-rendered page in Chromium', () => {
  it('shows value, status, target, bullet graph and sparkline with JavaScript disabled', async () => {
    const page = await newPage(false);
    await page.goto(server.url);
    expect(await values(page)).toEqual(['36.5%', '108.1%', '235 sign-ups']);
    expect(await statusWords(page)).toEqual(['on track', 'healthy', 'no target']);
    const first = page.locator('kpi-card').first();
    expect(await first.locator('[part~="target"]').innerText()).toMatch(/^Target 40\.0% by Dec 31, 2026 · 3\.5 pts below/);
    expect(await first.locator('svg[part~="bullet"]').isVisible()).toBe(true);
    const sparkline = first.locator('svg[part~="chart"]');
    expect(await sparkline.isVisible()).toBe(true);
    expect((await sparkline.boundingBox())?.width).toBe(240);
    expect(await page.locator('kpi-card').nth(2).locator('[part~="stale"]').innerText()).toBe('Stale · 3 months ago');
    expect(await fetchingCard(page).locator('[part~="skeleton"]').getAttribute('aria-busy')).toBe('true');
  });

  it('shows the numbers before the kit has loaded, then hydrates the same DOM without a mismatch', async () => {
    const page = await newPage();
    const problems = problemsOf(page);
    const { release } = await openWithKitHeld(page);

    expect(await page.evaluate(() => customElements.get('kpi-card'))).toBeUndefined();
    expect(await values(page)).toEqual(['36.5%', '108.1%', '235 sign-ups']);
    expect(await statusWords(page)).toEqual(['on track', 'healthy', 'no target']);
    expect(await fetchingCard(page).locator('[part~="skeleton"]').count()).toBe(1);
    // Mark the server's nodes, to tell adopted DOM from DOM rendered anew.
    await page.evaluate(() => {
      for (const card of document.querySelectorAll('kpi-card:not([src])')) {
        Object.assign(card.shadowRoot?.querySelector('[part~="value"]') ?? {}, { fromServer: true });
      }
    });

    release();
    await hydrated(page);

    const adopted = await page.evaluate(() =>
      [...document.querySelectorAll('kpi-card:not([src])')].map((card) => {
        const value = card.shadowRoot?.querySelector('[part~="value"]') as (Element & { fromServer?: boolean }) | null;
        return value?.fromServer === true;
      }),
    );
    expect(adopted).toEqual([true, true, true]);
    expect(await values(page)).toEqual(['36.5%', '108.1%', '235 sign-ups']);
    // The skeleton hydrated too, then the card fetched its KPI: 33.5 h, above the 30 h tolerance.
    const fetched = fetchingCard(page).locator('[part~="value"]');
    await fetched.waitFor();
    expect(await fetched.innerText()).toBe('33.5 hr');
    expect(await fetchingCard(page).locator('[part~="status"]').getAttribute('data-level')).toBe('warning');
    expect(problems).toEqual([]);
  });

  it('is an ordinary card once hydrated: custom states, .data re-renders, a click selects, the sparkline is measured', async () => {
    const page = await newPage();
    const problems = problemsOf(page);
    await page.goto(server.url);
    await hydrated(page);

    const states = await page.evaluate(() =>
      [...document.querySelectorAll('kpi-card:not([src])')].map((card) => ['good', 'neutral', 'stale'].filter((s) => card.matches(`:state(${s})`))),
    );
    expect(states).toEqual([['good'], ['good'], ['neutral', 'stale']]);

    // Setting .data re-renders: a new last point of 25 % falls in the "off track" band.
    // The fixture's series is a list of points.
    const dropped = { ...activationRate, series: [...(activationRate.series as readonly object[]), { t: '2026-11-21', v: 0.25 }] };
    await page.evaluate(
      async ({ data, now }) => {
        const card = document.querySelector('kpi-card') as KpiCard;
        card.now = now;
        card.data = data;
        await card.updateComplete;
      },
      { data: dropped, now: NOW },
    );
    const first = page.locator('kpi-card').first();
    expect(await first.locator('[part~="value"]').innerText()).toBe('25.0%');
    expect(await first.locator('[part~="status"]').innerText()).toBe('off track');
    expect(await first.evaluate((card) => card.matches(':state(critical)') && !card.matches(':state(good)'))).toBe(true);

    // A click on the card fires kpi-select with the KPI's id.
    const selected = first.evaluate(
      (card) => new Promise<unknown>((resolve) => card.addEventListener('kpi-select', (event) => resolve((event as CustomEvent).detail), { once: true })),
    );
    await first.locator('[part~="label"]').click();
    expect(await selected).toEqual({ id: 'activation-rate', goal: activationRate.goal });

    // The sparkline, drawn at the nominal 240 px until measured, is redrawn at the width it has.
    await page.waitForFunction(() => document.querySelector('kpi-card')?.shadowRoot?.querySelector('svg.sparkline')?.getAttribute('width') !== '240');
    const { drawn, available } = await first.evaluate((card) => ({
      drawn: Number(card.shadowRoot?.querySelector('svg.sparkline')?.getAttribute('width')),
      available: Math.floor(card.shadowRoot?.querySelector('.chart')?.getBoundingClientRect().width ?? 0),
    }));
    expect(drawn).toBe(available);
    expect(problems).toEqual([]);
  });

  it('fails to hydrate a card whose first render in the browser differs in structure: why the page pins now', async () => {
    const page = await newPage();
    const problems = problemsOf(page);
    const { release } = await openWithKitHeld(page);
    // Judged on 15 Dec, the activation rate (as of 20 Nov, weekly) is stale: the browser's first
    // render has a stale badge where the server rendered none.
    await page.evaluate(
      (later) => {
        (document.querySelector('kpi-card') as KpiCard).now = later;
      },
      Date.UTC(2026, 11, 15),
    );
    const failed = page.waitForEvent('pageerror');
    release();
    expect((await failed).message).toContain('Hydration value mismatch');
    expect(problems.some((problem) => problem.includes('Hydration value mismatch'))).toBe(true);
  });
});
