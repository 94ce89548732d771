import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/leading-lagging-board.js';
import type { LeadingLaggingBoard } from '../../src/leading-lagging-board.js';
import type { KpiSelectEvent } from '../../src/events/kpi-select.js';
import type { BoardDocument } from '../../src/core/board-document.js';
import { ecommerceBoard, emptyBoard, INVALID_BOARD_PATH, invalidBoard, messyBoard, saasBoard } from '../../stories/fixtures/boards.js';

/** 23 Nov 2026, noon UTC: "today" for the fixtures. */
const NOW = Date.UTC(2026, 10, 23, 12);

const shadow = (board: LeadingLaggingBoard) => board.shadowRoot as ShadowRoot;
const all = (board: LeadingLaggingBoard, selector: string) => [...shadow(board).querySelectorAll(selector)];
const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (board: LeadingLaggingBoard, name: string) => shadow(board).querySelector(`[part~="${name}"]`);
const hasState = (board: LeadingLaggingBoard, state: string) => board.matches(`:state(${state})`);

async function boardWith(data: unknown, width = 1100): Promise<LeadingLaggingBoard> {
  const board = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board .now=${NOW} .data=${data}></leading-lagging-board>`);
  board.style.width = `${width}px`;
  await board.updateComplete;
  // The cards inside settle on their own; wait until every one shows its data.
  await waitUntil(
    () => all(board, 'kpi-card').every((card) => card.shadowRoot && !card.matches(':state(loading)')),
    'every card in the board should settle',
  );
  return board;
}

/** Waits until the board has measured and drawn its connectors (a frame after layout). */
async function connectorsOf(board: LeadingLaggingBoard, expected: number): Promise<Element[]> {
  await waitUntil(() => all(board, '.connectors path').length === expected, `expected ${expected} connectors`);
  return all(board, '.connectors path');
}

describe('<leading-lagging-board>', () => {
  describe('ok state', () => {
    it('draws one lane per goal: outcomes as full cards, leading indicators compact, guardrails as chips', async () => {
      const board = await boardWith(saasBoard);
      expect(all(board, '[part~="goal"]')).to.have.length(1);
      expect(textOf(shadow(board).querySelector('.goal-title'))).to.equal('Grow revenue from existing customers');
      const outcomes = all(board, '.outcomes kpi-card');
      const leading = all(board, '.leading kpi-card');
      expect(outcomes.map((c) => c.hasAttribute('compact'))).to.deep.equal([false]);
      expect(leading.map((c) => c.hasAttribute('compact'))).to.deep.equal([true, true]);
      expect(all(board, '[part~="guardrail"]').map(textOf)).to.deep.equal(['Support tickets per week 512 tickets breached']);
      await expect(board).to.be.accessible();
    });

    it('sums up the board and each goal in words', async () => {
      const board = await boardWith(saasBoard);
      expect(textOf(part(board, 'summary'))).to.equal('1 goal: 1 of 1 outcome on track, 1 guardrail breached');
      expect(textOf(part(board, 'goal-summary'))).to.equal('1 of 1 outcome on track, 1 guardrail breached');
      expect(board.summary).to.equal('1 goal: 1 of 1 outcome on track, 1 guardrail breached');
      expect(part(board, 'base')?.getAttribute('aria-label')).to.equal('Acme Analytics · Q4 goals: 1 goal: 1 of 1 outcome on track, 1 guardrail breached');
      expect(hasState(board, 'guardrail-breached')).to.be.true;
      // Its one outcome is good, but a breached guardrail makes the board a warning.
      expect(board.status).to.equal('warning');
      expect(hasState(board, 'warning')).to.be.true;
    });

    it('refuses to print a lead time the history cannot support, and says why', async () => {
      const board = await boardWith(saasBoard);
      const leads = all(board, '[part~="lead-time"]');
      expect(leads.map((p) => p.getAttribute('data-kind'))).to.deep.equal(['not-enough-history', 'not-enough-history']);
      expect(textOf(leads[0])).to.match(/^Leads Net revenue retention: Estimating a lead needs at least 12 overlapping pairs of monthly changes/);
    });

    it('labels each leading indicator with the lead time estimated from history', async () => {
      const board = await boardWith(ecommerceBoard);
      // The words, without the "Compare over time" button that follows a found lead.
      const words = (p: Element) => textOf(p).replace(/ Compare over time: .*$/, '');
      expect(all(board, '[part~="lead-time"]').map(words)).to.deep.equal([
        'Leads Weekly revenue: leads by ~3 weeks (r = 0.63, n = 100)',
        'Leads Weekly revenue: moves opposite, ~2 weeks ahead (r = -0.77, n = 101)',
        // Average order value is noise: inside the corrected noise line, so no number is claimed.
        'Leads Weekly revenue: The strongest correlation, r = 0.17 at a lag of ~5 weeks, is inside the ±0.28 noise line (2.77/√n for n = 98, 9 lags tried), so no lead can be told from chance.',
      ]);
      await expect(board).to.be.accessible();
    });

    it('connects each leading indicator to its outcome, dashed where history shows no lead', async () => {
      const board = await boardWith(ecommerceBoard);
      const paths = await connectorsOf(board, 3);
      expect(paths.map((p) => p.getAttribute('data-kind'))).to.deep.equal(['lead', 'lead', 'no-relationship']);
      // Each curve starts at a leading card's right edge and ends at the outcome card's left edge.
      const lane = shadow(board).querySelector('.lane')!.getBoundingClientRect();
      const outcome = shadow(board).querySelector('.outcomes kpi-card')!.getBoundingClientRect();
      const firstLeading = shadow(board).querySelector('.leading kpi-card')!.getBoundingClientRect();
      const [, x1] = /^M([\d.]+),/.exec(paths[0]!.getAttribute('d')!)!;
      const x2 = Number(/ ([\d.]+),[\d.]+$/.exec(paths[0]!.getAttribute('d')!)![1]);
      expect(Number(x1)).to.be.closeTo(firstLeading.right - lane.left, 1);
      expect(x2).to.be.closeTo(outcome.left - lane.left, 1);
    });

    it('stacks on a phone in reading and tab order, without connectors, the lead times in words', async () => {
      const board = await boardWith(ecommerceBoard, 360);
      await waitUntil(() => getComputedStyle(shadow(board).querySelector('.connectors')!).display === 'none', 'connectors hide');
      const outcome = shadow(board).querySelector('.outcomes')!.getBoundingClientRect();
      const leading = shadow(board).querySelector('.leading')!.getBoundingClientRect();
      // Leading indicators above the outcome they lead, as in the DOM, so Tab never jumps back up.
      expect(leading.bottom).to.be.at.most(outcome.top);
      expect(all(board, '[part~="lead-time"]')).to.have.length(3);
      await expect(board).to.be.accessible();
    });
  });

  describe('locale', () => {
    it('hands the nearest lang outside the board to the cards inside it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="de-DE"><leading-lagging-board .now=${NOW} .data=${ecommerceBoard}></leading-lagging-board></div>`);
      const board = wrapper.querySelector('leading-lagging-board') as LeadingLaggingBoard;
      await waitUntil(() => all(board, 'kpi-card').every((card) => card.shadowRoot?.querySelector('[part~="value"]')), 'cards settle');
      const value = textOf(shadow(board).querySelector('.leading kpi-card')!.shadowRoot!.querySelector('[part~="value"]'));
      expect(value).to.match(/^\d+,\d\s?%$/);
      expect(textOf(part(board, 'lead-time'))).to.contain('r = 0,63');
    });
  });

  describe('detail view', () => {
    it('opens the outcome’s trend with the leading series laid over it, and gives focus back on close', async () => {
      const board = await boardWith(ecommerceBoard);
      const buttons = all(board, '[part~="compare"]') as HTMLButtonElement[];
      // Only the two pairs with a lead offer it; "no relationship" has nothing to lay over.
      expect(buttons).to.have.length(2);
      buttons[0]!.focus();
      buttons[0]!.click();
      await waitUntil(() => shadow(board).querySelector<HTMLDialogElement>('dialog.detail')?.open, 'the dialog opens');
      const dialog = shadow(board).querySelector('dialog.detail')!;
      expect(textOf(dialog.querySelector('.detail-title'))).to.equal('Repeat purchase rate against Weekly revenue');
      expect(textOf(dialog.querySelector('.detail-note'))).to.contain('Its line is moved 3 weeks later and rescaled to Weekly revenue');
      const trend = dialog.querySelector('kpi-trend')!;
      await waitUntil(() => trend.shadowRoot?.querySelector('.overlay')?.getAttribute('d'), 'the overlay draws');
      expect(textOf(trend.shadowRoot!.querySelector('[part~="legend"] [data-key="overlay"]'))).to.equal('Repeat purchase rate, moved 3 weeks later, rescaled');
      await expect(board).to.be.accessible();
      (dialog.querySelector('button.close') as HTMLButtonElement).click();
      await waitUntil(() => !shadow(board).querySelector('dialog.detail'), 'the dialog closes');
      expect(shadow(board).activeElement).to.equal(buttons[0]);
    });
  });

  describe('hygiene', () => {
    it('flags every rule a messy board breaks, in words', async () => {
      const board = await boardWith(messyBoard);
      const rules = new Set(board.hygiene.map((f) => f.rule));
      expect([...rules].sort()).to.deep.equal(['incomplete-kpi', 'missing-guardrail', 'stale-data', 'too-many-kpis', 'unrelated-leading-indicator']);
      const details = part(board, 'hygiene') as HTMLDetailsElement;
      expect(textOf(details.querySelector('summary'))).to.equal(`${board.hygiene.length} hygiene notes for Be better`);
      expect(textOf(details.querySelector('[data-rule="too-many-kpis"]'))).to.match(/^Strong warning: Goal “Be better” has 8 KPIs/);
      expect(hasState(board, 'stale')).to.be.true;
      await expect(board).to.be.accessible();
    });

    it('lets the document switch a rule off', async () => {
      const quiet: BoardDocument = { ...structuredClone(messyBoard), hygiene: { off: ['too-many-kpis', 'incomplete-kpi'] } };
      const board = await boardWith(quiet);
      const rules = new Set(board.hygiene.map((f) => f.rule));
      expect(rules.has('too-many-kpis')).to.be.false;
      expect(rules.has('incomplete-kpi')).to.be.false;
      expect(rules.has('missing-guardrail')).to.be.true;
    });
  });

  describe('staleness over time', () => {
    const HOUR = 3_600_000;
    /**
     * One goal guarded by a KPI that, as of 23 hours before `at`, may be a day old: it goes stale an hour
     * after `at`. A guardrail is a chip, not a card, so the board's is the only check on it.
     */
    const dueInAnHour = (at: number): BoardDocument => ({
      label: 'Orders',
      goals: [
        {
          id: 'ship',
          label: 'Ship every order',
          outcomes: [{ id: 'orders', label: 'Orders shipped', owner: 'Ops', value: 96, baseline: { value: 90 }, target: { value: 95, by: '2030-01-01' } }],
          leading: [],
          guardrails: [{ id: 'late', label: 'Late deliveries', owner: 'Ops', direction: 'decrease', value: 2, asOf: at - 23 * HOUR, maxAge: 'P1D', target: { value: 5 } }],
        },
      ],
    });

    /**
     * Runs `body` with long timers (over 10 minutes: stale checks) held instead of run, and with
     * `Date.now` moved by `shift`; short ones (the test runner's, Lit's) run as usual.
     */
    async function withHeldTimers(body: (held: Map<number, () => void>, moveClock: (ms: number) => void) => Promise<void>): Promise<void> {
      const { setTimeout: realSet, clearTimeout: realClear } = window;
      const realNow = Date.now;
      const held = new Map<number, () => void>();
      let shift = 0;
      let nextId = 1e9;
      window.setTimeout = ((handler: () => void, delay?: number, ...rest: unknown[]) => {
        if ((delay ?? 0) <= 10 * 60_000) return realSet(handler, delay, ...rest);
        held.set(++nextId, handler);
        return nextId;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => (held.delete(id as number) ? undefined : realClear(id))) as typeof window.clearTimeout;
      Date.now = () => realNow() + shift;
      try {
        await body(held, (ms) => (shift += ms));
      } finally {
        window.setTimeout = realSet;
        window.clearTimeout = realClear;
        Date.now = realNow;
      }
    }

    it('judges again when the first KPI is due to go stale, without waiting for new data', async () => {
      await withHeldTimers(async (held, moveClock) => {
        const board = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board .data=${dueInAnHour(Date.now())}></leading-lagging-board>`);
        await waitUntil(() => board.summary !== undefined, 'the board loads');
        expect(board.hygiene.map((f) => f.rule)).to.deep.equal([]);
        expect(hasState(board, 'stale')).to.be.false;
        expect(held.size).to.equal(1);
        moveClock(2 * HOUR);
        for (const check of [...held.values()]) check();
        await board.updateComplete;
        expect(board.hygiene.map((f) => f.rule)).to.deep.equal(['stale-data']);
        expect(textOf(part(board, 'hygiene'))).to.contain('Guardrail “Late deliveries” is stale');
        expect(hasState(board, 'stale')).to.be.true;
        // Nothing more can go stale: no check is left waiting.
        await waitUntil(() => held.size === 0, 'no check left');
      });
    });

    it('keeps no timer while now is pinned, and drops its timer when it leaves the page', async () => {
      await withHeldTimers(async (held) => {
        const pinned = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board .now=${Date.now()} .data=${dueInAnHour(Date.now())}></leading-lagging-board>`);
        await waitUntil(() => pinned.summary !== undefined, 'the pinned board loads');
        await pinned.updateComplete;
        expect(held.size).to.equal(0);
        const board = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board .data=${dueInAnHour(Date.now())}></leading-lagging-board>`);
        await waitUntil(() => board.summary !== undefined && held.size === 1, 'the board keeps one check');
        board.remove();
        expect(held.size).to.equal(0);
      });
    });
  });

  describe('keyboard and events', () => {
    it('reaches every card with Tab, and Enter on one fires kpi-select with its id and goal', async () => {
      const board = await boardWith(saasBoard);
      const cards = all(board, 'kpi-card') as HTMLElement[];
      const base = (card: HTMLElement) => card.shadowRoot!.querySelector('[part~="base"]') as HTMLElement;
      base(cards[0]!).focus();
      const selected = oneEvent(board, 'kpi-select') as Promise<KpiSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect(event.detail).to.deep.equal({ id: 'activation-rate', goal: 'Grow revenue from existing customers' });
      expect(event.composed && event.bubbles).to.be.true;
      // Tab goes on to the next card, in reading order.
      await sendKeys({ press: 'Tab' });
      expect(cards[1]!.shadowRoot!.activeElement).to.equal(base(cards[1]!));
    });

    it('keeps the cards (and the focus in them) when new data arrives', async () => {
      const board = await boardWith(saasBoard);
      const before = shadow(board).querySelector('.outcomes kpi-card');
      board.data = structuredClone(saasBoard);
      await board.updateComplete;
      expect(shadow(board).querySelector('.outcomes kpi-card')).to.equal(before);
    });
  });

  describe('data states', () => {
    it('shows a skeleton while loading', async () => {
      const original = window.fetch;
      window.fetch = () => new Promise<Response>(() => {});
      try {
        const board = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board src="/board.json"></leading-lagging-board>`);
        await board.updateComplete;
        expect(hasState(board, 'loading')).to.be.true;
        expect(part(board, 'skeleton')?.getAttribute('aria-busy')).to.equal('true');
        await expect(board).to.be.accessible();
      } finally {
        window.fetch = original;
      }
    });

    it('shows invalid data as an error naming the JSON path', async () => {
      const board = await boardWith(invalidBoard);
      expect(textOf(part(board, 'error'))).to.contain(INVALID_BOARD_PATH);
      expect(hasState(board, 'error')).to.be.true;
      await expect(board).to.be.accessible();
    });

    it('says so when the board has no goals', async () => {
      const board = await boardWith(emptyBoard);
      expect(textOf(shadow(board).querySelector('.empty-message'))).to.contain('No goals yet');
      expect(hasState(board, 'empty')).to.be.true;
      await expect(board).to.be.accessible();
    });

    it('fetches from src, keeps the board when a refresh fails, and aborts when disconnected', async () => {
      let calls = 0;
      let signal: AbortSignal | undefined;
      const original = window.fetch;
      window.fetch = (_input, init) => {
        calls++;
        signal = init?.signal ?? undefined;
        if (calls === 1) return Promise.resolve(new Response(JSON.stringify(ecommerceBoard), { headers: { 'content-type': 'application/json' } }));
        if (calls === 2) return Promise.resolve(new Response('oops', { status: 500 }));
        return new Promise<Response>(() => {});
      };
      try {
        const board = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board .now=${NOW} src="/board.json"></leading-lagging-board>`);
        await waitUntil(() => board.summary !== undefined, 'the board should load');
        board.reload();
        await waitUntil(() => hasState(board, 'refresh-failed'), 'the refresh should fail');
        expect(board.summary).to.equal('1 goal: 1 of 1 outcome on track, no guardrail breached');
        expect(textOf(part(board, 'warning'))).to.contain('Refresh failed');
        board.reload();
        await waitUntil(() => calls === 3, 'a third request');
        board.remove();
        expect(signal?.aborted).to.be.true;
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('attributes and properties', () => {
    it('reflects src and locale, and reads refresh', async () => {
      const original = window.fetch;
      window.fetch = () => new Promise<Response>(() => {});
      try {
        const board = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board src="/a.json" refresh="60" locale="de-DE"></leading-lagging-board>`);
        expect(board.src).to.equal('/a.json');
        expect(board.refresh).to.equal(60);
        expect(board.locale).to.equal('de-DE');
        board.src = '/b.json';
        await board.updateComplete;
        expect(board.getAttribute('src')).to.equal('/b.json');
      } finally {
        window.fetch = original;
      }
    });
  });
});
