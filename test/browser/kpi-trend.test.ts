import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/kpi-trend.js';
import type { KpiTrend } from '../../src/kpi-trend.js';
import type { KpiPointSelectEvent } from '../../src/events/kpi-point-select.js';
import type { KpiDocument } from '../../src/core/document.js';
import type { Kpi } from '../../src/core/model.js';
import {
  activationRate,
  emptyExpansionMrr,
  HTML_PAYLOAD,
  htmlPayload,
  invalidDocument,
  staleSignups,
  weeklyEngagedTeams,
} from '../../stories/fixtures/index.js';

/** 23 Nov 2026, noon UTC: "today" for the fixtures. */
const NOW = Date.UTC(2026, 10, 23, 12);
const DAY = 86_400_000;

const shadow = (trend: KpiTrend) => trend.shadowRoot as ShadowRoot;
const part = (trend: KpiTrend, name: string) => shadow(trend).querySelector(`[part~="${name}"]`);
const text = (trend: KpiTrend, name: string) => part(trend, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const all = (trend: KpiTrend, selector: string) => [...shadow(trend).querySelectorAll(selector)];
const hasState = (trend: KpiTrend, state: string) => trend.matches(`:state(${state})`);
const liveText = (trend: KpiTrend) => shadow(trend).querySelector('[aria-live]')?.textContent?.trim() ?? '';
/** How many separate runs a path draws: one per `M`. */
const runs = (d: string | null | undefined) => (d ?? '').split('M').length - 1;

async function trendWith(data: unknown, template?: (data: unknown) => ReturnType<typeof html>): Promise<KpiTrend> {
  const trend = await fixture<KpiTrend>(template ? template(data) : html`<kpi-trend style="width: 640px" .now=${NOW} .data=${data}></kpi-trend>`);
  await waitUntil(() => shadow(trend).querySelector('.chart, .error, .empty-message'), 'the trend should draw');
  await trend.updateComplete;
  return trend;
}

/** A daily series from 1 Sep 2026, one value per entry (null for a gap). */
function daily(values: readonly (number | null)[]): { t: number; v: number | null }[] {
  const start = Date.UTC(2026, 8, 1);
  return values.map((v, i) => ({ t: start + i * DAY, v }));
}

describe('<kpi-trend>', () => {
  describe('ok state', () => {
    it('draws the line, the target bands, both axes and the status word', async () => {
      const trend = await trendWith(activationRate);
      expect(text(trend, 'label')).to.equal('Activation rate');
      expect(part(trend, 'status')?.querySelector('svg')).to.exist;
      expect(shadow(trend).querySelector('.line')?.getAttribute('d')).to.match(/^M/);
      // Three bands in the document, three shaded regions, each named by its label.
      expect(all(trend, '.band').map((b) => b.querySelector('title')?.textContent)).to.deep.equal(['off track', 'at risk', 'on track']);
      expect(all(trend, '.axis--y text').length).to.be.greaterThan(2);
      expect(all(trend, '.axis--x text').length).to.be.greaterThan(2);
      expect(all(trend, '.axis--y text').every((t) => /%$/.test(t.textContent ?? ''))).to.be.true;
      expect(hasState(trend, 'good')).to.be.true;
      await expect(trend).to.be.accessible();
    });

    it('summarises the trend and the pace in its accessible name and visible summary', async () => {
      const trend = await trendWith(activationRate);
      const name = part(trend, 'plot')?.getAttribute('aria-label') ?? '';
      expect(name).to.match(/^Activation rate: (up|down|flat)/);
      expect(name).to.match(/(on track|at risk|behind pace)/);
      expect(text(trend, 'summary')).to.match(/^(up|down|flat)/);
    });

    it('draws the glide path, the projection with its cone, and the annotations', async () => {
      const trend = await trendWith(activationRate);
      expect(shadow(trend).querySelector('.glide')?.getAttribute('d')).to.match(/^M/);
      expect(shadow(trend).querySelector('.projection')?.getAttribute('d')).to.match(/^M/);
      expect(shadow(trend).querySelector('.cone')?.getAttribute('d')).to.match(/Z$/);
      // Every annotation gets a marker named by its title; labels go where there is room without overlapping.
      expect(all(trend, '.annotation title').map((t) => t.textContent?.replace(/^.*: /, ''))).to.deep.equal([
        'Event pipeline outage, no data',
        'Onboarding checklist v2 released',
        'Event pipeline outage, no data',
      ]);
      const labels = all(trend, '.annotation text').map((t) => t.getBoundingClientRect());
      expect(labels.length).to.be.at.least(2);
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) {
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, 'annotation labels overlap').to.be.false;
        }
      }
    });

    it('draws null values as gaps, not zeros', async () => {
      const trend = await trendWith({ id: 'g', label: 'Gappy', series: daily([1, 2, null, 4, 5]) });
      expect(runs(shadow(trend).querySelector('.line')?.getAttribute('d'))).to.equal(2);
    });

    it('draws per-period targets as a step line', async () => {
      const doc: KpiDocument = {
        id: 'budget',
        label: 'Spend',
        direction: 'decrease',
        series: daily([10, 11, 12, 13, 14, 15]),
        targets: daily([12, 12, 12, 14, 14, 14]).map((p) => ({ t: p.t, v: p.v as number })),
      };
      const trend = await trendWith(doc);
      expect(shadow(trend).querySelector('.target-step')?.getAttribute('d')).to.match(/^M/);
      expect(shadow(trend).querySelector('line.target')).to.equal(null);
    });

    it('highlights the stretches where the KPI breaks through its own floor', async () => {
      const doc: KpiDocument = {
        id: 'floor',
        label: 'Floor',
        series: daily([50, 52, 38, 36, 51, 53, 35, 54]),
        bands: [
          { to: 40, status: 'critical' },
          { from: 40, status: 'good' },
        ],
      };
      const trend = await trendWith(doc);
      expect(all(trend, '.limit[data-kind="floor"]').length).to.equal(1);
      // Two breaching runs: days 3–4 and day 7, each drawn from where the line crosses the floor,
      // so the one-point breach on day 7 is a visible spike, not a dot.
      const breach = shadow(trend).querySelector('.breach')?.getAttribute('d') ?? '';
      expect(runs(breach)).to.equal(2);
      expect(
        breach
          .split('M')
          .slice(1)
          .every((run) => run.includes('L')),
      ).to.be.true;
    });

    it('overlays the previous period when asked', async () => {
      const trend = await trendWith(weeklyEngagedTeams);
      expect(shadow(trend).querySelector('.comparison')).to.equal(null);
      trend.compare = true;
      await trend.updateComplete;
      expect(trend.hasAttribute('compare')).to.be.true;
      expect(shadow(trend).querySelector('.comparison')?.getAttribute('d')).to.match(/^M/);
    });

    it('gives each guardrail with a series its own lane, and marks a breach in words', async () => {
      const trend = await trendWith(weeklyEngagedTeams);
      const lanes = all(trend, '[part~="lane"]');
      // The document has two guardrails; only one has a series to draw.
      expect(lanes.length).to.equal(1);
      const lane = lanes[0] as HTMLElement;
      expect(lane.getAttribute('part')).to.contain('lane-breached');
      expect(lane.textContent).to.contain('Support tickets');
      expect(lane.textContent).to.contain('breached');
      expect(lane.querySelector('.breach')?.getAttribute('d')).to.match(/^M/);
      expect(hasState(trend, 'guardrail-breached')).to.be.true;
      await expect(trend).to.be.accessible();
    });

    it('renders labels carrying HTML as inert text', async () => {
      const trend = await trendWith(htmlPayload);
      expect(text(trend, 'label')).to.contain(HTML_PAYLOAD);
      expect(shadow(trend).querySelector('img, script')).to.equal(null);
    });
  });

  describe('keyboard and pointer', () => {
    it('moves point to point with the arrow keys and announces each point', async () => {
      const trend = await trendWith({ id: 'k', label: 'Keys', series: daily([1, 2, null, 4]) });
      (part(trend, 'plot') as HTMLElement).focus();
      await sendKeys({ press: 'End' });
      await trend.updateComplete;
      expect(liveText(trend)).to.match(/^Sep 4, 2026: 4, .*Point 4 of 4\.$/);
      // The gap is skipped: from the 4th point left lands on the 2nd.
      await sendKeys({ press: 'ArrowLeft' });
      await trend.updateComplete;
      expect(liveText(trend)).to.match(/Point 2 of 4\.$/);
      await sendKeys({ press: 'Home' });
      await trend.updateComplete;
      expect(liveText(trend)).to.match(/^Sep 1, 2026: 1, .*Point 1 of 4\.$/);
      await sendKeys({ press: 'ArrowRight' });
      await trend.updateComplete;
      expect(liveText(trend)).to.match(/Point 2 of 4\.$/);
      expect(shadow(trend).querySelector('.focus-point')).to.exist;
    });

    it('fires kpi-point-select for the focused point on Enter', async () => {
      const trend = await trendWith({ id: 'k', label: 'Keys', series: daily([1, 2, 3]) });
      (part(trend, 'plot') as HTMLElement).focus();
      await sendKeys({ press: 'End' });
      const selected = oneEvent<KpiPointSelectEvent>(trend, 'kpi-point-select');
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect(event.detail).to.deep.equal({ id: 'k', index: 2, t: Date.UTC(2026, 8, 3), v: 3 });
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('shows a crosshair tooltip under the pointer and selects the point on click', async () => {
      const trend = await trendWith({ id: 'p', label: 'Pointer', series: daily([5, 6, 7, 8, 9]), target: { value: 8 } });
      const plot = part(trend, 'plot') as HTMLElement;
      const rect = plot.getBoundingClientRect();
      // The right edge of the plot is nearest the last point.
      plot.dispatchEvent(new PointerEvent('pointermove', { clientX: rect.right - 2, clientY: rect.top + 20, bubbles: true }));
      await trend.updateComplete;
      expect(text(trend, 'tooltip')).to.contain('Sep 5, 2026');
      expect(text(trend, 'tooltip')).to.contain('9');
      expect(text(trend, 'tooltip')).to.contain('Target 8');
      expect(shadow(trend).querySelector('.crosshair')).to.exist;
      const selected = oneEvent<KpiPointSelectEvent>(trend, 'kpi-point-select');
      plot.click();
      expect((await selected).detail.index).to.equal(4);
      plot.dispatchEvent(new PointerEvent('pointerleave'));
      await trend.updateComplete;
      expect(part(trend, 'tooltip')).to.equal(null);
    });
  });

  describe('table alternative', () => {
    it('switches to a data table with the visible toggle, and back', async () => {
      const trend = await trendWith({ id: 't', label: 'Table', series: daily([1, null, 3]), target: { value: 2 } });
      const toggle = part(trend, 'table-toggle') as HTMLButtonElement;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await trend.updateComplete;
      expect(trend.table).to.be.true;
      expect(trend.hasAttribute('table')).to.be.true;
      const rows = all(trend, 'tbody tr').map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));
      expect(rows.map((row) => row.slice(0, 3))).to.deep.equal([
        ['Sep 1, 2026', '1', '2'],
        ['Sep 2, 2026', 'no value', '2'],
        ['Sep 3, 2026', '3', '2'],
      ]);
      expect(part(trend, 'table-toggle')?.getAttribute('aria-pressed')).to.equal('true');
      await expect(trend).to.be.accessible();
      (part(trend, 'table-toggle') as HTMLButtonElement).click();
      await trend.updateComplete;
      expect(part(trend, 'table')).to.equal(null);
      expect(part(trend, 'chart')).to.exist;
    });

    it('lists only the latest points of a long series, and says so', async () => {
      const series = { t: Array.from({ length: 2000 }, (_, i) => Date.UTC(2026, 0, 1) + i * 3_600_000), v: Array.from({ length: 2000 }, (_, i) => i) };
      const trend = await trendWith({ id: 'long', label: 'Long', series });
      trend.table = true;
      await trend.updateComplete;
      expect(all(trend, 'tbody tr').length).to.equal(500);
      expect(shadow(trend).querySelector('caption')?.textContent).to.equal('Long: the latest 500 of 2,000 points');
    });
  });

  describe('sizing', () => {
    it('redraws at its container’s width', async () => {
      const trend = await trendWith(activationRate);
      const chart = () => part(trend, 'chart') as SVGSVGElement;
      expect(chart().getAttribute('width')).to.equal('606');
      trend.style.width = '400px';
      await waitUntil(() => chart().getAttribute('width') === '366', 'the chart should follow the new width');
    });

    it('draws in the frame that first lays it out, not a frame later', async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const trend = document.createElement('kpi-trend');
      trend.style.width = '640px';
      trend.now = NOW;
      trend.data = activationRate;
      document.body.append(trend);
      try {
        // Frame 1 lays the element out and reports its first size; the line must be drawn before frame 2's callbacks.
        await frame();
        await frame();
        expect(shadow(trend).querySelector('.line')?.getAttribute('d')).to.match(/^M/);
      } finally {
        trend.remove();
      }
    });

    it('reduces a million points to what its pixels can show', async () => {
      const count = 1_000_000;
      const t = new Array<number>(count);
      const v = new Array<number>(count);
      for (let i = 0; i < count; i++) {
        t[i] = Date.UTC(2026, 0, 1) + i * 1000;
        v[i] = i === 500_000 ? 900 : Math.sin(i / 5000);
      }
      const trend = await trendWith({ id: 'big', label: 'Big', series: { t, v } });
      const d = shadow(trend).querySelector('.line')?.getAttribute('d') ?? '';
      const width = Number(part(trend, 'chart')?.getAttribute('width'));
      expect(d.split(/[ML]/).length - 1).to.be.at.most(6 * width);
      // The one spike survives: the axis reaches past 900.
      const labels = all(trend, '.axis--y text').map((t) => Number(t.textContent?.replace(/,/g, '')));
      expect(Math.max(...labels)).to.be.at.least(900);
    });
  });

  describe('data states', () => {
    it('keeps its height while loading, then shows the data', async () => {
      let resolve: ((response: Response) => void) | undefined;
      const original = window.fetch;
      window.fetch = () => new Promise<Response>((r) => (resolve = r));
      try {
        const trend = await fixture<KpiTrend>(html`<kpi-trend style="width: 500px" .now=${NOW} src="/kpi.json"></kpi-trend>`);
        await trend.updateComplete;
        expect(hasState(trend, 'loading')).to.be.true;
        expect(part(trend, 'skeleton')).to.exist;
        const loadingHeight = (shadow(trend).querySelector('.plot') as HTMLElement).getBoundingClientRect().height;
        expect(loadingHeight).to.equal(240);
        await expect(trend).to.be.accessible();
        // The loader is imported on the first src, so the request may start a few tasks later.
        await waitUntil(() => resolve !== undefined, 'the request should start');
        resolve?.(new Response(JSON.stringify(activationRate), { headers: { 'content-type': 'application/json' } }));
        await waitUntil(() => trend.status === 'good', 'the data should arrive');
        await trend.updateComplete;
        expect((shadow(trend).querySelector('.plot') as HTMLElement).getBoundingClientRect().height).to.equal(loadingHeight);
      } finally {
        window.fetch = original;
      }
    });

    it('shows invalid data as an error naming the JSON path', async () => {
      const trend = await trendWith(invalidDocument);
      expect(text(trend, 'error')).to.contain('/target/value');
      expect(hasState(trend, 'error')).to.be.true;
      await expect(trend).to.be.accessible();
    });

    it('shows an empty state for valid data without values', async () => {
      const trend = await trendWith(emptyExpansionMrr);
      expect(shadow(trend).querySelector('.empty-message')?.textContent).to.contain('No data yet');
      expect(hasState(trend, 'empty')).to.be.true;
      await expect(trend).to.be.accessible();
    });

    it('marks stale data with a badge giving its age', async () => {
      const trend = await trendWith(staleSignups);
      expect(hasState(trend, 'stale')).to.be.true;
      expect(text(trend, 'stale')).to.match(/^Stale · .+ ago$/);
    });

    it('aborts its request when disconnected', async () => {
      let signal: AbortSignal | undefined;
      const original = window.fetch;
      window.fetch = (_input, init) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>(() => {});
      };
      try {
        const trend = await fixture<KpiTrend>(html`<kpi-trend src="/slow.json"></kpi-trend>`);
        await waitUntil(() => signal !== undefined, 'fetch should start');
        trend.remove();
        expect(signal?.aborted).to.be.true;
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('attributes and properties', () => {
    it('reflects its boolean options and reads y-domain', async () => {
      const trend = await fixture<KpiTrend>(html`<kpi-trend y-domain="zero" area compact .now=${NOW} .data=${activationRate}></kpi-trend>`);
      expect(trend.yDomain).to.equal('zero');
      expect(trend.area).to.be.true;
      expect(trend.compact).to.be.true;
      trend.compact = false;
      trend.table = true;
      await trend.updateComplete;
      expect(trend.hasAttribute('compact')).to.be.false;
      expect(trend.hasAttribute('table')).to.be.true;
    });

    it('keeps compact empty and error states compact, with a word and an icon', async () => {
      for (const [data, word] of [
        [emptyExpansionMrr, 'no data'],
        // A data state, not a status: a broken link and "Could not load", never the critical cross.
        [invalidDocument, 'Could not load'],
      ] as const) {
        const trend = await fixture<KpiTrend>(html`<kpi-trend compact .now=${NOW} .data=${data}></kpi-trend>`);
        await trend.updateComplete;
        expect(part(trend, 'base')?.getAttribute('role')).to.equal('img');
        expect(part(trend, 'label')).to.equal(null);
        expect(text(trend, 'status')).to.equal(word);
        expect((shadow(trend).querySelector('.plot') as HTMLElement).getBoundingClientRect().height).to.equal(48);
        await expect(trend).to.be.accessible();
      }
    });

    it('names the year of the first tick when the axis crosses into a new one', async () => {
      const start = Date.UTC(2025, 10, 1);
      const series = Array.from({ length: 120 }, (_, i) => ({ t: start + i * DAY, v: i }));
      const trend = await trendWith({ id: 'y', label: 'Years', series });
      const labels = all(trend, '.axis--x text').map((t) => t.textContent ?? '');
      expect(labels[0]).to.match(/2025/);
      expect(labels.some((l) => /2026/.test(l))).to.be.true;
    });

    it('draws a bare sparkline in compact mode, named by its story', async () => {
      const trend = await trendWith(activationRate, (data) => html`<kpi-trend compact style="width: 200px" .now=${NOW} .data=${data}></kpi-trend>`);
      expect(all(trend, '.axis text').length).to.equal(0);
      expect(part(trend, 'table-toggle')).to.equal(null);
      const base = part(trend, 'base') as HTMLElement;
      expect(base.getAttribute('role')).to.equal('img');
      expect(base.getAttribute('aria-label')).to.match(/^Activation rate: /);
      expect((shadow(trend).querySelector('.plot') as HTMLElement).getBoundingClientRect().height).to.equal(48);
      await expect(trend).to.be.accessible();
    });

    it('follows the y-domain policy: zero-based puts 0 on the axis', async () => {
      const trend = await trendWith(weeklyEngagedTeams);
      const labels = () => all(trend, '.axis--y text').map((t) => t.textContent);
      expect(labels()).to.not.include('0');
      trend.yDomain = 'zero';
      await trend.updateComplete;
      expect(labels()).to.include('0');
    });
  });
});

describe('<kpi-trend> live appends', () => {
  it('appends points in order, skips stale and invalid ones, and redraws', async () => {
    const trend = await trendWith({ id: 'live', label: 'Live', series: daily([1, 2, 3]) });
    const lastX = () =>
      Number(
        shadow(trend)
          .querySelector('.line')
          ?.getAttribute('d')
          ?.match(/([\d.]+),[\d.]+$/)?.[1],
      );
    const before = lastX();
    const appended = trend.appendPoints([
      { t: Date.UTC(2026, 8, 2), v: 9 }, // not after the last point: skipped
      { t: '2026-09-04', v: 4 },
      { t: Date.UTC(2026, 8, 5), v: Number.NaN }, // not a value: skipped
      { t: Date.UTC(2026, 8, 6), v: null }, // a gap
      { t: Date.UTC(2026, 8, 7), v: 7 },
    ]);
    expect(appended).to.equal(3);
    await trend.updateComplete;
    expect(trend.kpi?.series?.t.length).to.equal(6);
    expect(Array.from(trend.kpi?.series?.v ?? []).slice(3)).to.deep.equal([4, Number.NaN, 7]);
    // The axis ran on past the new points, and the line now breaks at the gap.
    expect(runs(shadow(trend).querySelector('.line')?.getAttribute('d'))).to.equal(2);
    expect(lastX()).to.not.equal(before);
    // A live axis leaves headroom after the last point, so the next append does not move it.
    const ticks = all(trend, '.axis--x text').map((t) => t.textContent);
    trend.appendPoints([{ t: Date.UTC(2026, 8, 8), v: 8 }]);
    await trend.updateComplete;
    expect(all(trend, '.axis--x text').map((t) => t.textContent)).to.deep.equal(ticks);
  });

  it('folds appended points into a long series without losing a spike', async () => {
    const count = 200_000;
    const t = Array.from({ length: count }, (_, i) => Date.UTC(2026, 0, 1) + i * 60_000);
    const v = Array.from({ length: count }, (_, i) => Math.sin(i / 500));
    const trend = await trendWith({ id: 'long', label: 'Long', series: { t, v } });
    const lastT = t[count - 1] as number;
    trend.appendPoints([
      { t: lastT + 60_000, v: 0 },
      { t: lastT + 120_000, v: 700 },
    ]);
    await trend.updateComplete;
    const labels = all(trend, '.axis--y text').map((label) => Number(label.textContent?.replace(/,/g, '')));
    expect(Math.max(...labels)).to.be.at.least(700);
    expect(trend.kpi?.series?.t.length).to.equal(count + 2);
  });

  it("appends into the room behind a long series, then into new columns, and never changes the source's points", async () => {
    const count = 2000;
    const t = Array.from({ length: count }, (_, i) => Date.UTC(2026, 0, 1) + i * 60_000);
    const v = Array.from({ length: count }, (_, i) => i % 7);
    const trend = await trendWith({ id: 'long', label: 'Long', series: { t, v } });
    const source = (trend as unknown as { sourceController: { value: { kpi: Kpi } } }).sourceController.value.kpi;
    const lastT = t[count - 1] as number;
    // 2,000 points have room for 250 behind them: 300 appends fill it and move to columns twice as long.
    const appended = Array.from({ length: 300 }, (_, i) => ({ t: lastT + (i + 1) * 60_000, v: 100 + i }));
    for (const chunk of [appended.slice(0, 1), appended.slice(1, 250), appended.slice(250)]) expect(trend.appendPoints(chunk)).to.equal(chunk.length);
    await trend.updateComplete;
    const shown = trend.kpi!.series!;
    expect(shown.t.length).to.equal(count + 300);
    expect(Array.from(shown.v.subarray(count - 2, count + 2))).to.deep.equal([(count - 2) % 7, (count - 1) % 7, 100, 101]);
    expect(shown.v[count + 299]).to.equal(399);
    // A stream's cap (max-points) drops the oldest.
    (trend as unknown as { appendLive(points: { t: number; v: number }[], dropped: number): boolean }).appendLive([{ t: lastT + 301 * 60_000, v: 400 }], 1999);
    await trend.updateComplete;
    expect(Array.from(trend.kpi!.series!.v.subarray(0, 3))).to.deep.equal([(count - 1) % 7, 100, 101]);
    expect(trend.kpi!.series!.v.at(-1)).to.equal(400);
    // What the source delivered is as it was: the appends went after its points, or into columns of their own.
    expect(source.series!.t.length).to.equal(count);
    expect(Array.from(source.series!.v.subarray(0, 7))).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(source.series!.v[count - 1]).to.equal((count - 1) % 7);
  });

  it("keeps the source's points when a stream drops most of them before the room behind them is full", async () => {
    const count = 2000;
    const t = Array.from({ length: count }, (_, i) => Date.UTC(2026, 0, 1) + i * 60_000);
    const v = Array.from({ length: count }, (_, i) => i % 7);
    const trend = await trendWith({ id: 'long', label: 'Long', series: { t, v } });
    const source = (trend as unknown as { sourceController: { value: { kpi: Kpi } } }).sourceController.value.kpi;
    (trend as unknown as { appendLive(points: { t: number; v: number }[], dropped: number): boolean }).appendLive(
      [{ t: (t[count - 1] as number) + 60_000, v: 100 }],
      1500,
    );
    await trend.updateComplete;
    expect(trend.kpi!.series!.t.length).to.equal(501);
    expect(trend.kpi!.series!.v[0]).to.equal(1500 % 7);
    expect(trend.kpi!.series!.v[500]).to.equal(100);
    expect(Array.from(source.series!.v.subarray(0, 7))).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps the focused point while points are appended', async () => {
    const trend = await trendWith({ id: 'live', label: 'Live', series: daily([1, 2, 3]) });
    (part(trend, 'plot') as HTMLElement).focus();
    await sendKeys({ press: 'Home' });
    await trend.updateComplete;
    expect(liveText(trend)).to.match(/Point 1 of 3\.$/);
    trend.appendPoints([{ t: Date.UTC(2026, 8, 4), v: 4 }]);
    await trend.updateComplete;
    expect(liveText(trend)).to.match(/^Sep 1, 2026: 1, .*Point 1 of 4\.$/);
    expect(shadow(trend).querySelector('.focus-point')).to.exist;
  });

  it('lets new data from the source replace the appended points', async () => {
    const trend = await trendWith({ id: 'live', label: 'Live', series: daily([1, 2, 3]) });
    trend.appendPoints([{ t: Date.UTC(2026, 8, 4), v: 4 }]);
    await trend.updateComplete;
    trend.data = { id: 'live', label: 'Live', series: daily([5, 6]) };
    await trend.updateComplete;
    expect(Array.from(trend.kpi?.series?.v ?? [])).to.deep.equal([5, 6]);
  });
});

describe('<kpi-trend> overlay', () => {
  it('draws another series on the same axes and names it in a legend', async () => {
    const trend = await trendWith({ id: 'o', label: 'Outcome', series: daily([10, 11, 12, 13]) });
    expect(shadow(trend).querySelector('.overlay')).to.equal(null);
    trend.overlay = {
      label: 'Leader, moved 1 day later, rescaled',
      series: { t: Float64Array.from([0, 1, 2, 3], (i) => Date.UTC(2026, 8, 2) + i * DAY), v: Float64Array.from([10, 30, 12, 13]) },
    };
    await trend.updateComplete;
    expect(shadow(trend).querySelector('.overlay')?.getAttribute('d')).to.match(/^M/);
    // Its legend entry: a swatch drawn with the overlay's own class, and its name.
    const entry = shadow(trend).querySelector('[part~="legend"] [data-key="overlay"]');
    expect(entry?.textContent?.trim()).to.equal('Leader, moved 1 day later, rescaled');
    expect(entry?.querySelector('svg .overlay')).to.exist;
    // The overlay's 30 widens the fitted axis.
    const labels = all(trend, '.axis--y text').map((t) => Number(t.textContent));
    expect(Math.max(...labels)).to.be.at.least(30);
  });
});

describe('<kpi-trend> explains its own ink', () => {
  it('has a legend entry for the target, the glide path and the projection it draws, each with its swatch', async () => {
    const trend = await trendWith(activationRate);
    expect(shadow(trend).querySelector('.glide')).to.exist;
    expect(shadow(trend).querySelector('.projection')).to.exist;
    const keys = all(trend, '[part~="legend"] [data-key]').map((item) => (item as HTMLElement).dataset['key']);
    for (const key of ['target', 'glide', 'projection', 'floor']) expect(keys, key).to.include(key);
    expect(text(trend, 'legend')).to.contain('Target 40.0%');
    for (const name of ['target', 'glide', 'projection']) {
      expect(shadow(trend).querySelector(`[data-key="${name}"] svg .${name}`), name).to.exist;
    }
    await expect(trend).to.be.accessible();
  });

  it('gives every annotation a numbered marker, and lists by number those whose labels do not fit', async () => {
    // At 340 px, only one of the three labels fits above the plot.
    const trend = await trendWith(activationRate, (data) => html`<kpi-trend style="width: 340px" .now=${NOW} .data=${data}></kpi-trend>`);
    const notes = all(trend, '.annotation');
    expect(notes).to.have.length(3);
    const unlabelled = notes.filter((note) => note.getAttribute('data-labelled') === 'false');
    expect(unlabelled.length).to.be.greaterThan(0);
    const markers = all(trend, '.note-marker');
    expect(markers).to.have.length(unlabelled.length);
    const listed = all(trend, '[part~="legend"] [data-key="annotation"]').map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(listed).to.have.length(unlabelled.length);
    for (const marker of markers) {
      const number = marker.textContent?.trim();
      expect(
        listed.some((item) => item?.includes(`Note ${number},`)),
        `note ${number}`,
      ).to.be.true;
    }
    for (const note of notes) expect(note.querySelector('title')?.textContent).to.match(/: /);
  });

  describe('note markers', () => {
    const narrow = () => trendWith(activationRate, (data) => html`<kpi-trend style="width: 340px" .now=${NOW} .data=${data}></kpi-trend>`);
    const labelOf = (marker: Element) => marker.parentElement?.querySelector('.note-label') as HTMLElement;
    const shown = (label: HTMLElement) => getComputedStyle(label).display !== 'none' && label.getBoundingClientRect().width > 0;

    it('is a button in the tab order after the plot, named by its note’s date and text', async () => {
      const trend = await narrow();
      const markers = all(trend, '.note-marker') as HTMLButtonElement[];
      expect(markers.length).to.be.greaterThan(0);
      for (const marker of markers) {
        expect(marker.tagName).to.equal('BUTTON');
        expect(marker.tabIndex).to.equal(0);
        expect(marker.getAttribute('aria-label')).to.match(/^Note \d+, [A-Z][a-z]{2} \d{1,2}, 2026: \S/);
      }
      // Sep 14, Oct 6 and Oct 19: the second and third do not fit beside the first.
      expect(markers.map((m) => m.getAttribute('aria-label'))).to.include('Note 2, Oct 6, 2026: Onboarding checklist v2 released');
      (part(trend, 'plot') as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(trend).activeElement).to.equal(markers[0]);
    });

    it('shows its note in words on focus, inside the chart, and hides it on Escape', async () => {
      const trend = await narrow();
      const marker = all(trend, '.note-marker')[0] as HTMLButtonElement;
      const label = labelOf(marker);
      expect(shown(label)).to.be.false;
      marker.focus();
      await trend.updateComplete;
      expect(shown(label)).to.be.true;
      expect(label.textContent?.trim()).to.equal(marker.getAttribute('aria-label')?.replace(/^Note \d+, /, ''));
      // Below its marker, and inside the trend's box.
      const box = trend.getBoundingClientRect();
      const r = label.getBoundingClientRect();
      expect(r.top).to.be.at.least(marker.getBoundingClientRect().bottom);
      expect(r.left).to.be.at.least(box.left);
      expect(r.right).to.be.at.most(box.right);
      await expect(trend).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await trend.updateComplete;
      expect(shown(label)).to.be.false;
      // Focused again, it shows again.
      marker.blur();
      await trend.updateComplete;
      marker.focus();
      expect(shown(label)).to.be.true;
    });

    it('shows its note in words on hover', async () => {
      const trend = await narrow();
      const marker = all(trend, '.note-marker')[0] as HTMLElement;
      const r = marker.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
      expect(shown(labelOf(marker))).to.be.true;
      await sendMouse({ type: 'move', position: [0, 0] });
      expect(shown(labelOf(marker))).to.be.false;
    });

    it('sits on its rule in a right-to-left page too', async () => {
      const holder = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 340px"><kpi-trend .now=${NOW} .data=${activationRate}></kpi-trend></div>`);
      const trend = holder.querySelector('kpi-trend') as KpiTrend;
      await waitUntil(() => shadow(trend).querySelector('.note-marker'), 'the trend should draw its markers');
      await trend.updateComplete;
      const rules = all(trend, '.annotation[data-labelled="false"] line').map((line) => line.getBoundingClientRect());
      const markers = all(trend, '.note-marker').map((m) => m.getBoundingClientRect());
      markers.forEach((m, i) => expect(Math.abs(m.left + m.width / 2 - (rules[i] as DOMRect).left), `marker ${i + 1}`).to.be.below(1.5));
    });

    it('keeps every note, with its date, in the table view', async () => {
      const trend = await narrow();
      (part(trend, 'table-toggle') as HTMLButtonElement).click();
      await trend.updateComplete;
      expect(all(trend, '.note-marker')).to.have.length(0);
      const notes = all(trend, '.table-notes li').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
      expect(notes).to.deep.equal([
        'Sep 14, 2026: Event pipeline outage, no data',
        'Oct 6, 2026: Onboarding checklist v2 released',
        'Oct 19, 2026: Event pipeline outage, no data',
      ]);
      await expect(trend).to.be.accessible();
    });
  });

  it('names the unit of its value axis when the labels do not print it', async () => {
    const trend = await trendWith(weeklyEngagedTeams);
    expect(shadow(trend).querySelector('.axis-unit')?.textContent).to.equal('teams');
    const percent = await trendWith(activationRate);
    expect(shadow(percent).querySelector('.axis-unit')).to.equal(null);
  });

  it('shows its latest value and its verdict (word and icon) beside the sparkline in compact mode', async () => {
    const trend = await trendWith(activationRate, (data) => html`<kpi-trend compact style="width: 240px" .now=${NOW} .data=${data}></kpi-trend>`);
    expect(text(trend, 'value')).to.equal('36.5%');
    expect(text(trend, 'status')).to.equal('on track');
    expect(part(trend, 'status')?.querySelector('svg')).to.exist;
    // Nothing spills out of the host box.
    const box = trend.getBoundingClientRect();
    for (const element of all(trend, '*')) {
      const r = element.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      expect(r.right, element.className.toString()).to.be.at.most(box.right + 0.5);
      expect(r.left, element.className.toString()).to.be.at.least(box.left - 0.5);
    }
    await expect(trend).to.be.accessible();
  });

  it('runs time from the right in a right-to-left page: labels beside the plot, nothing outside the box', async () => {
    const holder = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 480px"><kpi-trend .now=${NOW} .data=${activationRate}></kpi-trend></div>`);
    const trend = holder.querySelector('kpi-trend') as KpiTrend;
    await waitUntil(() => shadow(trend).querySelector('.chart'), 'the trend should draw');
    await trend.updateComplete;
    const plot = (shadow(trend).querySelector('.grid') as SVGElement).getBoundingClientRect();
    const box = trend.getBoundingClientRect();
    // Value labels sit to the right of the plot, never on the data.
    for (const label of all(trend, '.axis--y text')) {
      const r = label.getBoundingClientRect();
      expect(r.left, label.textContent ?? '').to.be.at.least(plot.right);
      expect(r.right).to.be.at.most(box.right + 0.5);
    }
    // The first tick (the earliest time) is the rightmost.
    const ticks = all(trend, '.axis--x text').map((t) => t.getBoundingClientRect().left);
    expect(ticks[0]).to.be.greaterThan(ticks[ticks.length - 1] as number);
    for (const label of all(trend, '.annotation text')) {
      const r = label.getBoundingClientRect();
      expect(r.left, label.textContent ?? '').to.be.at.least(box.left - 0.5);
      expect(r.right, label.textContent ?? '').to.be.at.most(box.right + 0.5);
    }
  });
});

describe('<kpi-trend> at narrow widths', () => {
  /** Every element of the shadow root that draws something, and where. */
  const drawnBoxes = (trend: KpiTrend) =>
    all(trend, '*')
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ el, r }) => (r.width > 0 || r.height > 0) && !el.closest('clipPath, title'));

  it('keeps at least 3 time ticks apart at 300 px, and names the year of the first when the axis crosses into a new one', async () => {
    // 1 November 2025 to 28 February 2026.
    const start = Date.UTC(2025, 10, 1);
    const series = Array.from({ length: 120 }, (_, i) => ({ t: start + i * DAY, v: i % 7 }));
    const trend = await trendWith({ id: 'y', label: 'Years', series }, (data) => html`<kpi-trend style="width: 300px" .now=${NOW} .data=${data}></kpi-trend>`);
    const labels = all(trend, '.axis--x text');
    expect(labels.length).to.be.at.least(3);
    expect(labels[0]?.textContent).to.match(/2025/);
    const boxes = labels.map((label) => label.getBoundingClientRect()).sort((a, b) => a.left - b.left);
    for (let i = 1; i < boxes.length; i++) expect((boxes[i] as DOMRect).left, `tick ${i + 1}`).to.be.at.least((boxes[i - 1] as DOMRect).right);
    const box = trend.getBoundingClientRect();
    for (const r of boxes) expect(r.left >= box.left && r.right <= box.right, 'a tick label outside the trend').to.be.true;
  });

  for (const [name, doc] of [
    ['activation rate, with every overlay, notes and a lane', activationRate],
    ['weekly engaged teams, with its unit and a breached lane', weeklyEngagedTeams],
  ] as const) {
    it(`fits a 360 px container without spilling: ${name}`, async () => {
      const holder = await fixture<HTMLElement>(html`<div style="width: 360px"><kpi-trend compare .now=${NOW} .data=${doc}></kpi-trend></div>`);
      const trend = holder.querySelector('kpi-trend') as KpiTrend;
      await waitUntil(() => shadow(trend).querySelector('.chart'), 'the trend should draw');
      await trend.updateComplete;
      expect(trend.scrollWidth).to.be.at.most(trend.clientWidth);
      expect(holder.scrollWidth).to.be.at.most(360);
      const box = trend.getBoundingClientRect();
      const outside = drawnBoxes(trend)
        .filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
        .map(({ el }) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${el.textContent?.trim().slice(0, 30) ?? ''}`);
      expect(outside, 'outside the trend').to.deep.equal([]);
    });
  }
});

describe('<kpi-trend> with values at the ends of the number line (issue 14, defect 4)', () => {
  const targets = { t: [1778025600000, 1777766400000], v: [-1.3e-292, 1e300] };
  /** Every number in every path the chart draws. */
  const pathNumbers = (trend: KpiTrend) =>
    all(trend, '.chart path').flatMap((p) => (p.getAttribute('d')?.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi) ?? []).map(Number));

  for (const [when, from] of [
    ['after the targets', Date.UTC(2026, 5, 1)],
    ['before the targets, whose 1e300 stretches the axis', Date.UTC(2026, 3, 1)],
  ] as const) {
    it(`keeps its line and draws only finite coordinates, with a series ${when}`, async () => {
      const series = Array.from({ length: 30 }, (_, i) => ({ t: from + i * DAY, v: 10 + (i % 5) }));
      const trend = await trendWith({ id: 'x', label: 'Extremes', series, targets });
      expect(shadow(trend).querySelector('.line')?.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L/);
      const numbers = pathNumbers(trend);
      expect(numbers.length).to.be.greaterThan(0);
      expect(numbers.every((n) => Number.isFinite(n) && Math.abs(n) < 1e7)).to.be.true;
      // Value labels of 300 digits take at most a third of the chart, cut at its edge.
      const chart = part(trend, 'chart') as SVGSVGElement;
      const plotLeft = Number(shadow(trend).querySelector('.grid')?.getAttribute('x1'));
      expect(plotLeft).to.be.at.most(Number(chart.getAttribute('width')) / 3 + 1);
    });
  }
});
