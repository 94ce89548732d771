/**
 * `<kpi-card>` rendered in Node by @lit-labs/ssr: a declarative shadow root
 * that a browser paints without JavaScript. The expected texts are worked out
 * by hand from the fixtures (stories/fixtures/index.ts), judged on 23 Nov 2026.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
// The server's setup, as the README says: the full validator up front, so invalid documents render their errors.
import '../../src/ssr.js';
import '../../src/kpi-card.js';
import { renderPage } from '../../examples/ssr/page.js';
import { activationRate, HTML_PAYLOAD, htmlPayload, invalidDocument, netRevenueRetention, staleSignups } from '../../stories/fixtures/index.js';
import { attribute, partMarkup, partText, shadowRoots, textOf } from './support/html.js';

/** 23 Nov 2026, noon UTC: "today" for the fixtures. */
const NOW = Date.UTC(2026, 10, 23, 12);

const ssr = (template: TemplateResult): Promise<string> => collectResult(render(template));

/** The card's one shadow root. */
async function shadowOf(template: TemplateResult): Promise<string> {
  const roots = shadowRoots(await ssr(template));
  expect(roots).toHaveLength(1);
  return roots[0] ?? '';
}

describe('<kpi-card> rendered on the server', () => {
  it('renders .data to an open declarative shadow root holding the styles and the card', async () => {
    const page = await ssr(html`<kpi-card locale="en-US" .now=${NOW} .data=${activationRate}></kpi-card>`);
    expect(page).toMatch(/^<!--lit-part [^>]*--><!--lit-node 0--><kpi-card\b[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    const [root = ''] = shadowRoots(page);
    expect(root).toContain('part="base"');
    expect(root).not.toContain('part="base skeleton"');
  });

  it('shows the value, the status word, the target and the distance to it', async () => {
    const root = await shadowOf(html`<kpi-card locale="en-US" .now=${NOW} .data=${activationRate}></kpi-card>`);
    // Last point 0.365 with one decimal; the top band starts at 36 % and is labelled "on track";
    // the target is 40 % by 31 Dec: 3.5 points below.
    expect(partText(root, 'value')).toBe('36.5%');
    expect(partText(root, 'status')).toBe('on track');
    expect(attribute(partMarkup(root, 'status'), 'data-level')).toBe('good');
    expect(partText(root, 'target')).toMatch(/^Target 40\.0% by Dec 31, 2026 · 3\.5 pts below/);
    expect(partText(root, 'pace')).toMatch(/^On track, projected /);
  });

  it('shows a good KPI behind the pace to its target', async () => {
    const root = await shadowOf(html`<kpi-card locale="en-US" .now=${NOW} .data=${netRevenueRetention}></kpi-card>`);
    // 1.081 in the 105–120 % "healthy" band; 110 % by 31 Dec is 1.9 points away, and the straight
    // line from 105 % (31 Dec 2025) would be at about 109.5 % by now.
    expect(partText(root, 'value')).toBe('108.1%');
    expect(partText(root, 'status')).toBe('healthy');
    expect(partText(root, 'target')).toMatch(/^Target 110% by Dec 31, 2026 · 1\.9 pts below/);
    // The headline stays "healthy"; pace supports it in words and the explanation names the disagreement.
    expect(partText(root, 'pace')).toMatch(/^Behind pace/);
    expect(textOf(root)).toContain('The pace verdict (behind pace) points the other way');
    expect(partText(root, 'delta')).toContain('+3.6 pts');
  });

  it('draws the bullet graph in percent units: bands, the measure to the value, the target tick', async () => {
    const root = await shadowOf(html`<kpi-card locale="en-US" .now=${NOW} .data=${activationRate}></kpi-card>`);
    const bullet = partMarkup(root, 'bullet');
    expect(attribute(bullet, 'aria-label')).toBe('Bullet graph: 36.5%, target 40.0%; bands off track, at risk, and on track; scale 0.0% to 50.0%');
    // On a 0–50 % scale the value 36.5 % ends at 73 %, the target 40 % sits at 80 %.
    expect(bullet).toMatch(/<rect class="measure" x="0%" width="73%"/);
    expect(bullet).toMatch(/<rect class="target" x="80%"/);
    expect(bullet.match(/<rect class="band" data-band="(good|warning|critical)"/g)).toHaveLength(3);
  });

  it('draws the sparkline at a nominal 240 px, since nothing can be measured on the server', async () => {
    const root = await shadowOf(html`<kpi-card sparkline locale="en-US" .now=${NOW} .data=${activationRate}></kpi-card>`);
    const chart = partMarkup(root, 'chart');
    expect(attribute(chart, 'width')).toBe('240');
    expect(attribute(chart, 'viewBox')).toBe('0 0 240 40');
    expect(chart).toMatch(/<path class="spark-line" d="M0,[\d.]+L/);
    expect(chart).toMatch(/<rect class="spark-band" data-band="good"/);
    expect(textOf(root)).toContain('Range 28.0%–40.0%');
  });

  it('shows the stale badge at the pinned time', async () => {
    const root = await shadowOf(html`<kpi-card locale="en-US" .now=${NOW} .data=${staleSignups}></kpi-card>`);
    // As of 2 Sep 2026 with a 2-day limit: stale on 23 Nov.
    expect(partText(root, 'value')).toBe('235 sign-ups');
    expect(partText(root, 'stale')).toBe('Stale · 3 months ago');
  });

  it('renders an invalid document as the error panel naming the bad fields', async () => {
    const root = await shadowOf(html`<kpi-card locale="en-US" .now=${NOW} .data=${invalidDocument}></kpi-card>`);
    expect(partText(root, 'status')).toBe('Could not load');
    const error = partText(root, 'error');
    expect(error).toContain('/target/value');
    expect(error).toContain('/series/2/v');
  });

  it('escapes markup from the document as text', async () => {
    const root = await shadowOf(html`<kpi-card locale="en-US" .now=${NOW} .data=${htmlPayload}></kpi-card>`);
    expect(partText(root, 'label')).toBe(HTML_PAYLOAD);
    expect(root).not.toContain('<img');
    expect(root).not.toContain('<iframe');
  });

  it('renders the loading skeleton for a card whose only data is inline JSON: the server cannot see children', async () => {
    const root = await shadowOf(
      html`<kpi-card locale="en-US" .now=${NOW}
        ><script type="application/json">
          { "id": "x", "label": "X", "value": 1 }
        </script></kpi-card
      >`,
    );
    expect(partMarkup(root, 'skeleton')).not.toBe('');
  });

  it('renders the loading skeleton for a card with src, and fetches nothing', async () => {
    const root = await shadowOf(html`<kpi-card src="/api/activation-rate.json" .now=${NOW}></kpi-card>`);
    expect(partMarkup(root, 'skeleton')).not.toBe('');
  });
});

describe('the example page (examples/ssr/page.ts)', () => {
  it('renders each card with its shadow root, the time it was judged at and its inline JSON', async () => {
    const page = await renderPage({
      cards: [{ data: activationRate, sparkline: true }, { data: netRevenueRetention }],
      now: NOW,
      clientScript: '/client.js',
    });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(shadowRoots(page).map((root) => partText(root, 'value'))).toEqual(['36.5%', '108.1%']);
    expect(page.match(new RegExp(`<kpi-card[^>]* data-rendered-at="${NOW}"`, 'g'))).toHaveLength(2);
    const inline = [...page.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? ''));
    expect(inline).toEqual([activationRate, netRevenueRetention]);
  });

  it('keeps inline JSON inside its script element whatever the document holds', async () => {
    const hostile = { ...activationRate, label: '</script><script>alert(1)</script><!--' };
    const page = await renderPage({ cards: [{ data: hostile }], now: NOW, clientScript: '/client.js' });
    const scripts = [...page.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.[1] ?? '')).toEqual(hostile);
    expect(page).not.toContain('<script>alert(1)');
  });
});
