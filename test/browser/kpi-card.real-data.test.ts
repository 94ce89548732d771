import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/kpi-card.js';
import '../../src/kpi-source.js';
import type { KpiCard } from '../../src/kpi-card.js';

/** 23 Nov 2026, noon UTC: "today" for these documents. */
const NOW = Date.UTC(2026, 10, 23, 12);

const shadow = (card: KpiCard) => card.shadowRoot as ShadowRoot;
const part = (card: KpiCard, name: string) => shadow(card).querySelector(`[part~="${name}"]`);
const text = (card: KpiCard, name: string) => part(card, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const hasState = (card: KpiCard, state: string) => card.matches(`:state(${state})`);

describe('<kpi-card> mapping JSON without a script', () => {
  it('maps a root-level array with series-pointer="" (the whole document, RFC 6901)', async () => {
    const rows = [
      { date: '2026-11-20', rate: 0.4 },
      { date: '2026-11-21', rate: 0.41 },
    ];
    const card = await fixture<KpiCard>(
      html`<kpi-card label="Rate" series-pointer="" time-key="date" value-key="rate" format="percent" .now=${NOW} .data=${rows}></kpi-card>`,
    );
    await card.updateComplete;
    expect(hasState(card, 'error'), text(card, 'error')).to.be.false;
    expect(text(card, 'value')).to.equal('41%');
  });

  it('names the record of a root-level array by its index in the error path', async () => {
    const rows = [
      { date: '2026-11-20', rate: 0.4 },
      { date: '2026-11-21', rate: 'n/a' },
    ];
    const card = await fixture<KpiCard>(html`<kpi-card label="Rate" series-pointer="" time-key="date" value-key="rate" .now=${NOW} .data=${rows}></kpi-card>`);
    // The full validator, which explains the failure, loads on first use.
    await waitUntil(() => text(card, 'error') !== '', 'no error shown');
    expect(text(card, 'error')).to.contain('/1/rate: expected a number');
  });
});

describe('<kpi-card> value text', () => {
  for (const locale of ['en-US', 'fr-FR', 'de-DE']) {
    it(`shows a percent unit exactly as Intl prints it (${locale})`, async () => {
      const doc = { id: 'u', label: 'Unemployment', format: { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }, value: 27.1 };
      const card = await fixture<KpiCard>(html`<kpi-card locale=${locale} .now=${NOW} .data=${doc}></kpi-card>`);
      const intl = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }).format(27.1);
      expect(part(card, 'value')?.textContent?.trim()).to.equal(intl);
    });
  }
});

/** A fresh scripted endpoint (support/source-endpoints.js): a key of its own per test. */
let endpointCount = 0;
const endpoint = (steps: string, path = 'source') =>
  `/__kpi-source/${path}?${new URLSearchParams({ key: `real-data-${Date.now()}-${endpointCount++}`, steps })}`;

async function settled(card: KpiCard): Promise<KpiCard> {
  await waitUntil(() => !hasState(card, 'loading'), 'still loading', { timeout: 5000 });
  await card.updateComplete;
  return card;
}

describe('<kpi-card> reading CSV', () => {
  it('parses a text/csv answer and maps its columns with time-key and value-key', async () => {
    const card = await settled(
      await fixture<KpiCard>(html`<kpi-card src=${endpoint('csv')} label="Rate" time-key="date" value-key="rate" format="percent" .now=${NOW}></kpi-card>`),
    );
    expect(hasState(card, 'error'), text(card, 'error')).to.be.false;
    expect(text(card, 'value')).to.equal('41%');
    expect(card.kpi?.series?.t.length).to.equal(3);
  });

  it('reads a URL whose path ends in .csv as CSV, whatever its Content-Type', async () => {
    const card = await settled(
      await fixture<KpiCard>(
        html`<kpi-card src=${endpoint('csv-plain', 'table.csv')} label="Rate" time-key="date" value-key="rate" format="percent" .now=${NOW}></kpi-card>`,
      ),
    );
    expect(text(card, 'value')).to.equal('41%');
  });

  it('names the line and column of a row with a field too many', async () => {
    const url = endpoint('csv-ragged');
    const card = await settled(await fixture<KpiCard>(html`<kpi-card src=${url} label="Rate" time-key="date" value-key="rate" .now=${NOW}></kpi-card>`));
    expect(text(card, 'error')).to.contain(`${url} is not valid CSV: line 4, column 3: a field beyond the header's 2 columns (date, rate)`);
  });

  it('names where a quoted field opens that is never closed', async () => {
    const url = endpoint('csv-quote');
    const card = await settled(await fixture<KpiCard>(html`<kpi-card src=${url} label="Rate" time-key="date" value-key="rate" .now=${NOW}></kpi-card>`));
    expect(text(card, 'error')).to.contain(`${url} is not valid CSV: the quoted field at line 3, column 2 is never closed`);
  });

  it('names a bad cell by its line and column, not a JSON path', async () => {
    const card = await settled(
      await fixture<KpiCard>(html`<kpi-card src=${endpoint('csv-bad-value')} label="Rate" time-key="date" value-key="rate" .now=${NOW}></kpi-card>`),
    );
    await waitUntil(() => text(card, 'error').includes('line'), 'no error naming a line');
    expect(text(card, 'error')).to.contain('line 3, column 2 (rate): expected a number');
  });

  it('says which column is missing when time-key names none', async () => {
    const card = await settled(
      await fixture<KpiCard>(html`<kpi-card src=${endpoint('csv')} label="Rate" time-key="day" value-key="rate" .now=${NOW}></kpi-card>`),
    );
    expect(text(card, 'error')).to.contain('The CSV has no column "day" (time-key): line 1 names date, rate');
  });
});

describe('<kpi-card> expression (JSONata)', () => {
  /** Monthly unemployment rates by industry, as a public data set publishes them. */
  const records = {
    meta: { source: 'survey' },
    rows: [
      { month: '2026-09-01', industry: 'Construction', rate: 0.052 },
      { month: '2026-09-01', industry: 'Retail', rate: 0.061 },
      { month: '2026-10-01', industry: 'Construction', rate: 0.049 },
      { month: '2026-10-01', industry: 'Retail', rate: 0.058 },
    ],
  };

  it('filters records by a field', async () => {
    const card = await fixture<KpiCard>(
      html`<kpi-card label="Construction" expression='rows[industry = "Construction"]' series-pointer="" time-key="month" value-key="rate" format="percent" .now=${NOW} .data=${records}></kpi-card>`,
    );
    await waitUntil(() => card.kpi !== undefined, 'no KPI shown');
    expect(Array.from(card.kpi?.series?.v ?? [])).to.deep.equal([0.052, 0.049]);
    expect(text(card, 'value')).to.equal('4.9%');
  });

  it('says plainly that a path after an expression points into its result', async () => {
    const bad = { rows: [...records.rows, { month: '2026-11-01', industry: 'Construction', rate: 'n/a' }] };
    const card = await fixture<KpiCard>(
      html`<kpi-card label="Construction" expression='rows[industry = "Construction"]' series-pointer="" time-key="month" value-key="rate" .now=${NOW} .data=${bad}></kpi-card>`,
    );
    await waitUntil(() => text(card, 'error') !== '', 'no error shown');
    // The record is /rows/4 in the data, the third of the expression's result.
    expect(text(card, 'error')).to.contain('/2/rate: expected a number');
    expect(text(card, 'error')).to.contain('Paths point into what the expression returned, not into the JSON as received');
  });

  it('shows a JSONata syntax error with where it is', async () => {
    const card = await fixture<KpiCard>(html`<kpi-card label="X" expression="rows[industry = " .now=${NOW} .data=${records}></kpi-card>`);
    await waitUntil(() => text(card, 'error') !== '', 'no error shown');
    expect(text(card, 'error')).to.match(/expression is not valid JSONata: .+ at character \d+ of "rows\[industry = "/);
  });

  it('follows a change of expression', async () => {
    const card = await fixture<KpiCard>(
      html`<kpi-card label="Rate" expression='rows[industry = "Construction"]' series-pointer="" time-key="month" value-key="rate" format="percent" .now=${NOW} .data=${records}></kpi-card>`,
    );
    await waitUntil(() => card.kpi !== undefined, 'no KPI shown');
    card.expression = 'rows[industry = "Retail"]';
    await waitUntil(() => text(card, 'value') === '5.8%', `shows ${text(card, 'value')}`);
  });
});

describe('<kpi-card> suspicious times', () => {
  let warnings: unknown[][] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });

  it('warns once, in the console, of epoch seconds read as milliseconds, and still shows the KPI', async () => {
    // 1 763 596 800 s is 20 November 2025; read as milliseconds it is 21 January 1970.
    const rows = [
      { time: 1_763_596_800, value: 40 },
      { time: 1_763_683_200, value: 41 },
    ];
    const card = await fixture<KpiCard>(
      html`<kpi-card id="seconds" label="Sign-ups" series-pointer="/rows" time-key="time" value-key="value" .now=${NOW} .data=${{ rows }}></kpi-card>`,
    );
    await waitUntil(() => warnings.length > 0, 'no warning');
    expect(hasState(card, 'error')).to.be.false;
    expect(text(card, 'value')).to.equal('41');
    expect(String(warnings[0]?.[0])).to.equal(
      '<kpi-card id="seconds"> 2 times fall within a year of 1 January 1970, e.g. /rows/0/time = 1970-01-21T09:53:16.800Z: numeric times are epoch ' +
        'milliseconds, so epoch seconds must be multiplied by 1000 (or sent as ISO 8601 dates).',
    );
    card.reload();
    await card.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(warnings.length).to.equal(1);
  });

  it('warns of two points at one time', async () => {
    const doc = {
      id: 'd',
      label: 'Dup',
      series: [
        { t: '2026-11-20', v: 1 },
        { t: '2026-11-20', v: 2 },
      ],
    };
    await fixture<KpiCard>(html`<kpi-card .now=${NOW} .data=${doc}></kpi-card>`);
    await waitUntil(() => warnings.length > 0, 'no warning');
    expect(String(warnings[0]?.[0])).to.contain('/series/1/t and /series/0/t are both 2026-11-20T00:00:00.000Z');
  });
});

describe('<kpi-card> with nothing to load', () => {
  it('says which source is missing instead of a skeleton for ever', async () => {
    const card = await fixture<KpiCard>(html`<kpi-card label="Revenue"></kpi-card>`);
    await card.updateComplete;
    expect(hasState(card, 'loading')).to.be.false;
    expect(hasState(card, 'empty')).to.be.true;
    expect(part(card, 'skeleton')).to.equal(null);
    expect(part(card, 'base')?.getAttribute('aria-busy')).to.equal(null);
    expect(part(card, 'base')?.getAttribute('aria-label')).to.equal('Revenue, no data source');
    const message = shadow(card).querySelector('.empty-message')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(message).to.equal('No data source: set src, source or data, or put the JSON in a <script type="application/json"> inside the card.');
    await expect(card).to.be.accessible();
  });

  it('shows the data once it is given', async () => {
    const card = await fixture<KpiCard>(html`<kpi-card .now=${NOW}></kpi-card>`);
    card.data = { id: 'r', label: 'Revenue', value: 12 };
    await card.updateComplete;
    expect(hasState(card, 'empty')).to.be.false;
    expect(text(card, 'value')).to.equal('12');
  });

  it('reads inline JSON put inside it, with no empty state first', async () => {
    const card = await fixture<KpiCard>(
      html`<kpi-card .now=${NOW}><script type="application/json">{"id": "r", "label": "Revenue", "value": 7}</script></kpi-card>`,
    );
    await card.updateComplete;
    expect(text(card, 'value')).to.equal('7');
  });
});

describe('<kpi-source> reading CSV', () => {
  it('shares a CSV with its readers, each mapping its own columns', async () => {
    const holder = await fixture<HTMLElement>(html`<div>
      <kpi-source id="csv-rates" src=${endpoint('csv')}></kpi-source>
      <kpi-card source="csv-rates" label="Rate" time-key="date" value-key="rate" format="percent" .now=${NOW}></kpi-card>
    </div>`);
    const card = holder.querySelector('kpi-card') as KpiCard;
    await waitUntil(() => text(card, 'value') !== '', 'no value shown', { timeout: 5000 });
    expect(text(card, 'value')).to.equal('41%');
  });
});
