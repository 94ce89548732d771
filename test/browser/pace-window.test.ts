import { expect, fixture, html } from '@open-wc/testing';
import '../../src/kpi-card.js';
import '../../src/kpi-trend.js';
import type { KpiCard } from '../../src/kpi-card.js';
import type { KpiTrend } from '../../src/kpi-trend.js';

/** January 2021 to December 2023, monthly: 10 + 0.1 a month + a yearly season of ±3. */
const SEASON = [0, 1, 2, 3, 2, 1, 0, -1, -2, -3, -2, -1];
const seasonal = {
  id: 'co2',
  label: 'CO₂',
  direction: 'increase',
  cadence: 'monthly',
  format: { maximumFractionDigits: 1 },
  baseline: { value: 10, at: '2021-01-01' },
  target: { value: 16, by: '2024-12-31' },
  series: Array.from({ length: 36 }, (_, k) => ({
    t: new Date(Date.UTC(2021, k, 1)).toISOString().slice(0, 10),
    v: 10 + 0.1 * k + (SEASON[k % 12] as number),
  })),
};
const NOW = Date.UTC(2024, 0, 15);
const paceTitle = (card: KpiCard) => card.shadowRoot?.querySelector('[part~="pace"]')?.getAttribute('title') ?? '';

describe('pace-window', () => {
  it('projects a seasonal series year over year over a year by default, and says so', async () => {
    const card = await fixture<KpiCard>(html`<kpi-card locale="en-US" .now=${NOW} .data=${seasonal}></kpi-card>`);
    expect(paceTitle(card)).to.contain('trend +0.1 per month, the mean year-over-year change over the last 12 months, as the series is seasonal');
  });

  it('takes the window from the attribute, as an ISO 8601 duration', async () => {
    const card = await fixture<KpiCard>(html`<kpi-card locale="en-US" pace-window="P3M" .now=${NOW} .data=${seasonal}></kpi-card>`);
    expect(card.paceWindow).to.equal('P3M');
    expect(paceTitle(card)).to.contain('over the last 3 months, as the series is seasonal');
    card.setAttribute('pace-window', 'P6M');
    await card.updateComplete;
    expect(paceTitle(card)).to.contain('over the last 6 months, as the series is seasonal');
  });

  it('keeps the default for a duration it cannot read', async () => {
    const card = await fixture<KpiCard>(html`<kpi-card locale="en-US" pace-window="3 months" .now=${NOW} .data=${seasonal}></kpi-card>`);
    expect(paceTitle(card)).to.contain('over the last 12 months');
  });

  it('gives <kpi-trend> the same window', async () => {
    const trend = await fixture<KpiTrend>(html`<kpi-trend locale="en-US" pace-window="P3M" .now=${NOW} .data=${seasonal}></kpi-trend>`);
    const pace = trend.kpi && (trend as unknown as { view?: { pace: { points?: number; method?: string } } }).view?.pace;
    expect(pace).to.include({ points: 4, method: 'year-over-year' });
  });
});
