/**
 * <kpi-card> and <kpi-trend> render with Trusted Types enforced, from source, in the unit
 * test loop. (`npm run check:csp` checks the built bundle on a page served
 * with the full CSP header; this catches a TT regression before a build.)
 *
 * web-test-runner's page cannot carry a CSP header without config middleware
 * that would apply to every test file, so this file adds the policy itself
 * with a <meta http-equiv> element, which Chromium enforces from the moment
 * it is inserted. It holds only the Trusted Types directives: the runner's
 * own inline scripts have already run and `script-src 'self'` is the
 * header check's job. Each test file gets its own page, so the policy does
 * not leak into other files.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/kpi-card.js';
import '../../src/kpi-trend.js';
import type { KpiCard } from '../../src/kpi-card.js';
import { activationRate, emptyExpansionMrr, HTML_PAYLOAD, htmlPayload, invalidDocument, weeklyEngagedTeams } from '../../stories/fixtures/index.js';

/** Trusted Types, and no inline style attributes: the trend's tooltip must position itself through CSSOM. */
const POLICY = "require-trusted-types-for 'script'; trusted-types lit-html; style-src 'self'";
const NOW = Date.UTC(2026, 10, 23, 12);

const violations: string[] = [];
const record = (e: SecurityPolicyViolationEvent) => violations.push(`${e.effectiveDirective}: ${e.sample || e.blockedURI}`);

/** Violation events are dispatched from a queued task; let one task turn pass so a late one is not missed. */
const settleEvents = () => new Promise((resolve) => setTimeout(resolve, 0));

const text = (card: KpiCard, part: string) => card.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function cardWith(data: unknown): Promise<KpiCard> {
  const card = await fixture<KpiCard>(html`<kpi-card .now=${NOW} .data=${data} sparkline></kpi-card>`);
  await card.updateComplete;
  return card;
}

describe('kit elements under Trusted Types and a strict style-src', () => {
  before(() => {
    document.addEventListener('securitypolicyviolation', record);
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = POLICY;
    document.head.append(meta);
  });

  after(() => document.removeEventListener('securitypolicyviolation', record));

  beforeEach(() => {
    violations.length = 0;
  });

  afterEach(async () => {
    await settleEvents();
    expect(violations.join('\n'), 'Trusted Types violations').to.equal('');
  });

  it('is really enforced on this page', async function () {
    // Firefox 140 ESR has no Trusted Types: there the rest of this file proves the strict style-src only.
    if (!('trustedTypes' in window)) this.skip();
    let error: unknown;
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
    } catch (e) {
      error = e;
    }
    expect(error, 'a plain string assigned to innerHTML').to.be.instanceOf(TypeError);
    // Also proves the listener works, so the empty lists in afterEach mean something.
    await waitUntil(() => violations.length > 0, 'no securitypolicyviolation event for the deliberate violation');
    expect(violations).to.have.length(1);
    expect(violations[0]).to.match(/^require-trusted-types-for:/);
    violations.length = 0;
  });

  it('renders a full card: value, bullet graph, sparkline, guardrails', async () => {
    const card = await cardWith(weeklyEngagedTeams);
    expect(text(card, 'value')).to.not.equal('');
    expect(card.shadowRoot?.querySelector('[part~="guardrail-breached"]')).to.exist;
    expect(card.shadowRoot?.querySelector('svg')).to.exist;
    // The sparkline draws once the ResizeObserver has reported the chart's width.
    const withChart = await cardWith(activationRate);
    await waitUntil(() => withChart.shadowRoot?.querySelector('.chart svg'), 'the sparkline never rendered');
  });

  it('renders inline JSON', async () => {
    // Static markup, so the script text comes from lit's trusted template. (A script whose text a page
    // sets at runtime is that page's Trusted Types business, not the card's.)
    const card = await fixture<KpiCard>(html`<kpi-card .now=${NOW}>
      <script type="application/json">
        { "id": "api-availability", "label": "API availability", "value": 0.99962, "format": { "style": "percent" }, "target": { "value": 0.999 } }
      </script>
    </kpi-card>`);
    await waitUntil(() => !card.matches(':state(loading)'), 'the inline card never left :state(loading)');
    expect(card.matches(':state(error)'), text(card, 'error')).to.be.false;
    expect(text(card, 'value')).to.not.equal('');
  });

  it('renders the empty and error states', async () => {
    const empty = await cardWith(emptyExpansionMrr);
    expect(empty.matches(':state(empty)')).to.be.true;
    const broken = await cardWith(invalidDocument);
    expect(broken.matches(':state(error)')).to.be.true;
    expect(text(broken, 'error')).to.not.equal('');
  });

  it('shows markup in the data as text', async () => {
    const card = await cardWith(htmlPayload);
    expect(text(card, 'label')).to.contain(HTML_PAYLOAD);
    expect(card.shadowRoot?.querySelector('img')).to.equal(null);
  });

  it('renders a trend with every overlay, its tooltip and its table', async () => {
    const trend = await fixture<HTMLElementTagNameMap['kpi-trend']>(html`<kpi-trend compare .now=${NOW} .data=${weeklyEngagedTeams}></kpi-trend>`);
    // CSSOM, not a style attribute: this page forbids those too.
    trend.style.width = '600px';
    const root = trend.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('.chart .line'), 'the trend never drew');
    const plot = root.querySelector('[part~="plot"]') as HTMLElement;
    const box = plot.getBoundingClientRect();
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + box.width / 2, clientY: box.top + 10 }));
    await trend.updateComplete;
    const tooltip = root.querySelector('[part~="tooltip"]') as HTMLElement;
    expect(tooltip.style.getPropertyValue('--_x')).to.match(/^\d+px$/);
    trend.table = true;
    await trend.updateComplete;
    expect(root.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
  });
});
