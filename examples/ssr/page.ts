/**
 * The server half of the example: `<kpi-card>`s rendered in Node by Lit SSR
 * (@lit-labs/ssr) to declarative shadow DOM, inside a whole HTML page. The
 * browser paints the cards' value, status, target, bullet graph and sparkline
 * from the HTML alone; `client.ts` then hydrates them.
 *
 * What the server and the browser must agree on, so that the browser's first
 * render is the HTML it hydrates (see the README, "Server-side rendering"):
 * - the data: `.data` for the server, the same JSON inline for the browser
 *   (Lit SSR cannot see an element's children, so it cannot read inline JSON);
 * - the time: the server judges pace and staleness at `now`, and writes it in
 *   `data-rendered-at` for the browser to use until it has hydrated;
 * - the locale: the `locale` attribute (the server cannot see an ancestor's `lang`).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as serverHtml } from '@lit-labs/ssr';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// Registers <kpi-card> with Lit's server-side custom element registry, so render() can render it.
import 'kpi-kit/ssr.js';
import 'kpi-kit/kpi-card.js';

export interface ServerCard {
  /** A KPI document (or any JSON the card can read), rendered on the server and inlined for the browser. */
  readonly data?: unknown;
  /**
   * A URL for the browser to fetch instead. The server does not fetch: such a card is
   * rendered as its loading skeleton, hydrates as one, then loads as usual.
   */
  readonly src?: string;
  readonly sparkline?: boolean;
  readonly compact?: boolean;
}

export interface PageOptions {
  readonly cards: readonly ServerCard[];
  /** The time pace and staleness are judged at, in epoch ms. */
  readonly now: number;
  /** BCP 47 locale for numbers and dates; the server cannot read `lang` from the page. */
  readonly locale?: string;
  /** URL of the page's module script (see client.ts). */
  readonly clientScript: string;
}

/**
 * JSON for a `<script type="application/json">`: `<` escaped as `\u003c` (still the same
 * JSON), so no `</script>` or `<!--` inside a string can end or change the element.
 */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * One card: `.data` is what the server renders from; the inline JSON is what the
 * browser reads when the kit upgrades the element. Both hold the same document.
 */
export function serverCard(card: ServerCard, now: number, locale: string): TemplateResult {
  return html`<kpi-card
    locale=${locale}
    src=${ifDefined(card.src)}
    ?sparkline=${card.sparkline ?? false}
    ?compact=${card.compact ?? false}
    data-rendered-at=${now}
    .now=${now}
    .data=${card.data}
    >${card.data === undefined ? '' : unsafeHTML(`<script type="application/json">${scriptJson(card.data)}</script>`)}</kpi-card
  >`;
}

/** The whole page as an HTML string. */
export async function renderPage({ cards, now, locale = 'en-US', clientScript }: PageOptions): Promise<string> {
  // A server-only template for the document itself (doctype, <title>); the cards inside it are
  // normal Lit templates, so each card's shadow root carries the markers hydration needs.
  const page = serverHtml`<!doctype html>
<html lang=${locale}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>KPI cards, rendered on the server</title>
    <link rel="icon" href="data:," />
    <style>
      body { font-family: system-ui, sans-serif; margin: 2rem; color: #1c2024; }
      .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; max-width: 64rem; }
    </style>
    <script type="module" src=${clientScript}></script>
  </head>
  <body>
    <h1>KPI cards, rendered on the server</h1>
    <p>The numbers below are in the HTML; JavaScript only makes the cards interactive.</p>
    <main class="grid">${cards.map((card) => serverCard(card, now, locale))}</main>
  </body>
</html>
`;
  return collectResult(render(page));
}
