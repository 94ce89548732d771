/**
 * The browser half of the example: the page's one module script.
 *
 * 1. Lit's hydration support, before anything loads Lit: a card upgraded over its
 *    declarative shadow root then adopts the server's DOM instead of rendering anew.
 *    The kit does not import it; a page that server-renders loads it.
 * 2. Each card judges pace and staleness at the time the server rendered it, so its
 *    first render in the browser is exactly the HTML it hydrates.
 * 3. The kit. Each card reads its inline JSON, renders (hydrating) and is interactive.
 * 4. Then the clock runs: `now` is unpinned and each card re-renders at the browser's time,
 *    changing only what the passing time changed (a pace verdict, a stale badge).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { KpiCard } from 'kpi-kit';

const cards = [...document.querySelectorAll<KpiCard>('kpi-card[data-rendered-at]')];
// Set before the element upgrades: Lit takes it over as the property's first value.
for (const card of cards) card.now = Number(card.dataset['renderedAt']);

await import('kpi-kit/kpi-card.js');

await Promise.all(cards.map((card) => card.updateComplete));
for (const card of cards) card.now = undefined;
await Promise.all(cards.map((card) => card.updateComplete));
// For tests and for anyone watching: every card is hydrated and on the browser's clock.
document.documentElement.dataset['hydrated'] = '';
