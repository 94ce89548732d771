/**
 * `expression` (JSONata) and CSV (d3-dsv) under a strict CSP with Trusted Types: no eval, no
 * `new Function`, no string to a DOM sink. As in trusted-types.test.ts, the policy comes from a
 * <meta http-equiv> element, enforced from the moment it is inserted; this one also holds
 * `script-src` without 'unsafe-eval', so any eval in the code loaded after it throws and reports.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/kpi-card.js';
import type { KpiCard } from '../../src/kpi-card.js';

const POLICY = "require-trusted-types-for 'script'; trusted-types lit-html; script-src 'self' 'unsafe-inline'";
const NOW = Date.UTC(2026, 10, 23, 12);

const violations: string[] = [];
const record = (e: SecurityPolicyViolationEvent) => violations.push(`${e.effectiveDirective}: ${e.sample || e.blockedURI}`);
const settleEvents = () => new Promise((resolve) => setTimeout(resolve, 0));
const text = (card: KpiCard, part: string) => card.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('expression and CSV under a strict CSP with Trusted Types', () => {
  before(() => {
    document.addEventListener('securitypolicyviolation', record);
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = POLICY;
    document.head.append(meta);
  });
  after(() => document.removeEventListener('securitypolicyviolation', record));

  it('enforces the policy: eval is refused (self-test)', async () => {
    expect(() => (0, eval)('1')).to.throw(EvalError);
    await settleEvents();
    // Chromium reports it under Trusted Types (a string to eval) or script-src, whichever refuses it first.
    const refused = violations.some((v) => v.includes('eval'));
    violations.length = 0;
    expect(refused).to.be.true;
  });

  it('evaluates a JSONata expression that groups and sums, with no violation', async () => {
    const data = {
      events: [
        { at: '2026-11-21T09:12:00Z', count: 3 },
        { at: '2026-11-20T10:00:00Z', count: 2 },
        { at: '2026-11-21T17:40:00Z', count: 4 },
      ],
    };
    const expression = '[events{ $substring(at, 0, 10): $sum(count) } ~> $each(function($v, $day) { { "t": $day, "v": $v } })]';
    const card = await fixture<KpiCard>(
      html`<kpi-card label="Sign-ups per day" series-pointer="" expression=${expression} .now=${NOW} .data=${data}></kpi-card>`,
    );
    await waitUntil(() => card.kpi !== undefined || text(card, 'error') !== '', 'nothing shown');
    expect(text(card, 'error')).to.equal('');
    expect(text(card, 'value')).to.equal('7');
    await settleEvents();
    expect(violations).to.deep.equal([]);
  });

  it('parses CSV with no violation', async () => {
    const card = await fixture<KpiCard>(
      html`<kpi-card src="/__kpi-source/source?key=csp-csv&steps=csv" label="Rate" time-key="date" value-key="rate" format="percent" .now=${NOW}></kpi-card>`,
    );
    await waitUntil(() => card.kpi !== undefined || text(card, 'error') !== '', 'nothing shown');
    expect(text(card, 'value')).to.equal('41%');
    await settleEvents();
    expect(violations).to.deep.equal([]);
  });
});
