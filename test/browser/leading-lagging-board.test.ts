import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/leading-lagging-board.js';
import type { LeadingLaggingBoard } from '../../src/leading-lagging-board.js';
import type { KpiSelectEvent } from '../../src/events/kpi-select.js';
import type { BoardDocument } from '../../src/core/board-document.js';
import { ecommerceBoard, emptyBoard, INVALID_BOARD_PATH, invalidBoard, messyBoard, regionalBoard, saasBoard } from '../../stories/fixtures/boards.js';

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
  await waitUntil(() => all(board, 'kpi-card').every((card) => card.shadowRoot && !card.matches(':state(loading)')), 'every card in the board should settle');
  return board;
}

/** Clicks the `index`-th lead time and waits for its detail view. */
async function openDetailOf(board: LeadingLaggingBoard, index: number): Promise<HTMLDialogElement> {
  (all(board, '[part~="lead-detail"]')[index] as HTMLButtonElement).click();
  await waitUntil(() => shadow(board).querySelector<HTMLDialogElement>('dialog.detail')?.open, 'the detail view opens');
  return shadow(board).querySelector('dialog.detail') as HTMLDialogElement;
}

/** A rectangle in another's coordinates. */
const within = (r: DOMRect, origin: DOMRect) => ({
  left: r.left - origin.left,
  right: r.right - origin.left,
  top: r.top - origin.top,
  bottom: r.bottom - origin.top,
});
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
/** The ends of a connector's path, `M x1,y1 H xr C … x2,y2`, in the lane's coordinates. */
const endsOf = (path: Element) => {
  const n = (path.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number);
  return { x1: n[0]!, y1: n[1]!, x2: n.at(-2)!, y2: n.at(-1)! };
};

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
      // The verdict, then both sides counted by status: the leading indicators too.
      expect(textOf(part(board, 'summary'))).to.equal('1 goal: 1 of 1 outcome on track, 1 guardrail breached Outcomes: 1 good · Leading: 1 good, 1 warning');
      expect(textOf(part(board, 'goal-summary'))).to.equal('1 of 1 outcome on track, 1 guardrail breached');
      expect(board.summary).to.equal('1 goal: 1 of 1 outcome on track, 1 guardrail breached');
      expect(part(board, 'base')?.getAttribute('aria-label')).to.equal('Acme Analytics · Q4 goals: 1 goal: 1 of 1 outcome on track, 1 guardrail breached');
      expect(hasState(board, 'guardrail-breached')).to.be.true;
      // Its one outcome is good, but a breached guardrail makes the board a warning.
      expect(board.status).to.equal('warning');
      expect(hasState(board, 'warning')).to.be.true;
    });

    it('refuses to print a lead time the history cannot support, and says why one step away', async () => {
      const board = await boardWith(saasBoard);
      const leads = all(board, '[part~="lead-time"]');
      expect(leads.map((p) => p.getAttribute('data-kind'))).to.deep.equal(['not-enough-history', 'not-enough-history']);
      expect(textOf(leads[0])).to.equal('Net revenue retention: too little history');
      const dialog = await openDetailOf(board, 0);
      expect(textOf(dialog.querySelector('.detail-stats'))).to.match(/^Estimating a lead needs at least 12 overlapping pairs of monthly changes/);
    });

    it('labels each pair with its lead time in a few words, the statistics one step away in the detail view', async () => {
      const board = await boardWith(ecommerceBoard);
      expect(all(board, '[part~="lead-time"]').map(textOf)).to.deep.equal([
        'Weekly revenue: leads by ~3 weeks',
        'Weekly revenue: leads by ~2 weeks, inverse',
        // Average order value is noise: inside the corrected noise line, so no number is claimed.
        'Weekly revenue: no lead found',
      ]);
      // No r, n or noise line printed on the board (the hygiene note keeps them for the author, under a disclosure).
      expect(all(board, '.board-header, .goal-header, .lane').map(textOf).join(' ')).not.to.match(/r = |n = |√n/);
      await expect(board).to.be.accessible();
      const dialog = await openDetailOf(board, 0);
      expect(textOf(dialog.querySelector('.detail-stats'))).to.equal(
        'Repeat purchase rate leads by ~3 weeks (r = 0.63, n = 100); r is 2.3× the ±2.77/√n noise line for n = 100, 9 lags tried.',
      );
      (dialog.querySelector('button.close') as HTMLButtonElement).click();
      await waitUntil(() => !shadow(board).querySelector('dialog.detail'), 'the dialog closes');
      const noise = await openDetailOf(board, 2);
      expect(textOf(noise.querySelector('.detail-verdict'))).to.contain('declared to lead Weekly revenue, but their history does not show it');
      expect(textOf(noise.querySelector('.detail-stats'))).to.equal(
        'The strongest correlation, r = 0.17 at a lag of ~5 weeks, is inside the ±0.28 noise line (2.77/√n for n = 98, 9 lags tried), so no lead can be told from chance.',
      );
      // Nothing to lay over the outcome without a lead.
      expect(noise.querySelector('kpi-trend')).to.equal(null);
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

  describe('reads as a board', () => {
    it('heads each lane’s columns with which side moves first and which later', async () => {
      const board = await boardWith(ecommerceBoard);
      expect(all(board, '[part~="column-title"]').map(textOf)).to.deep.equal(['Leading indicators — move first', 'Outcomes — move later']);
      const [leading, outcomes] = all(board, '[part~="column-title"]').map((h) => h.getBoundingClientRect());
      // Side by side, each over its own column.
      expect(leading!.right).to.be.below(outcomes!.left);
      expect(leading!.left).to.be.closeTo(shadow(board).querySelector('.leading')!.getBoundingClientRect().left, 1);
      expect(outcomes!.left).to.be.closeTo(shadow(board).querySelector('.outcomes')!.getBoundingClientRect().left, 1);
    });

    it('draws connectors at least 1.5 px wide, solid for an estimated lead and dashed for a declared one, and says so in a legend', async () => {
      const board = await boardWith(ecommerceBoard);
      const paths = await connectorsOf(board, 3);
      for (const path of paths) {
        expect(path.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+H/);
        expect(parseFloat(getComputedStyle(path).strokeWidth)).to.be.at.least(1.5);
      }
      expect(paths.map((p) => p.getAttribute('data-evidence'))).to.deep.equal(['estimated', 'estimated', 'declared']);
      const dashes = paths.map((p) => getComputedStyle(p).strokeDasharray);
      expect(dashes.slice(0, 2)).to.deep.equal(['none', 'none']);
      expect(dashes[2]).not.to.equal('none');
      expect(textOf(part(board, 'legend'))).to.equal('Solid: lead estimated from history Dashed: lead declared, history does not show it');
      const swatches = all(board, '.legend-swatch line').map((line) => getComputedStyle(line).strokeDasharray);
      expect(swatches).to.deep.equal(['none', dashes[2]]);
    });

    it('spreads the ends of three connectors along the one outcome card’s edge, in the order of their starts', async () => {
      const board = await boardWith(ecommerceBoard);
      const ends = (await connectorsOf(board, 3)).map(endsOf);
      const lane = shadow(board).querySelector('.lane')!.getBoundingClientRect();
      const outcome = within(shadow(board).querySelector('.outcomes kpi-card')!.getBoundingClientRect(), lane);
      expect(new Set(ends.map((e) => e.y2)).size).to.equal(3);
      expect(ends.map((e) => e.y2)).to.deep.equal([...ends.map((e) => e.y2)].sort((a, b) => a - b));
      for (const end of ends) {
        expect(end.x2).to.be.closeTo(outcome.left, 1);
        expect(end.y2).to.be.within(outcome.top, outcome.bottom);
      }
      // An arrowhead at each end.
      expect(all(board, '.connectors .connector-head')).to.have.length(3);
    });

    it('puts each lead time beside its own connector, above its run, clear of the cards', async () => {
      const board = await boardWith(ecommerceBoard);
      const paths = await connectorsOf(board, 3);
      await waitUntil(() => all(board, '[part~="lead-time"]').every((l) => l.getAttribute('data-placed') === 'yes'), 'the labels are placed');
      const lane = shadow(board).querySelector('.lane')!.getBoundingClientRect();
      const cards = all(board, 'kpi-card').map((c) => c.getBoundingClientRect());
      all(board, '[part~="lead-time"]').forEach((label, i) => {
        const { x1, y1, x2 } = endsOf(paths[i]!);
        const box = within(label.getBoundingClientRect(), lane);
        // Just above the start of its own line, inside the gutter between the columns.
        expect(box.bottom).to.be.closeTo(y1 - 4, 1.5);
        expect(box.left).to.be.at.least(x1);
        expect(box.right).to.be.at.most(x2);
        for (const card of cards) expect(overlaps(label.getBoundingClientRect(), card)).to.be.false;
      });
    });

    it('counts the leading indicators’ status in the header, next to the outcomes’, each with its icon and word', async () => {
      const board = await boardWith(ecommerceBoard);
      expect(textOf(part(board, 'summary'))).to.equal(
        '1 goal: 1 of 1 outcome on track, no guardrail breached Outcomes: 1 good · Leading: 1 good, 1 warning, 1 critical',
      );
      const entries = all(board, '.board-header .tally-entry');
      expect(entries.map((e) => [e.getAttribute('data-level'), textOf(e), !!e.querySelector('svg')])).to.deep.equal([
        ['good', '1 good', true],
        ['good', '1 good', true],
        ['warning', '1 warning', true],
        ['critical', '1 critical', true],
      ]);
    });
  });

  describe('right to left', () => {
    async function rtlBoard(data: unknown, width = 1100): Promise<LeadingLaggingBoard> {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><leading-lagging-board .now=${NOW} .data=${data}></leading-lagging-board></div>`);
      const board = wrapper.querySelector('leading-lagging-board') as LeadingLaggingBoard;
      board.style.width = `${width}px`;
      await board.updateComplete;
      await waitUntil(() => all(board, 'kpi-card').every((card) => card.shadowRoot && !card.matches(':state(loading)')), 'every card settles');
      return board;
    }

    it('draws the connectors mirrored: from the leading card’s left edge to the outcome card’s right edge', async () => {
      const board = await rtlBoard(ecommerceBoard);
      const paths = await connectorsOf(board, 3);
      expect(paths.every((p) => (p.getAttribute('d') ?? '').length > 0)).to.be.true;
      const lane = shadow(board).querySelector('.lane')!.getBoundingClientRect();
      const outcome = within(shadow(board).querySelector('.outcomes kpi-card')!.getBoundingClientRect(), lane);
      const leading = all(board, '.leading kpi-card').map((c) => within(c.getBoundingClientRect(), lane));
      // The leading indicators come first in the reading direction: on the right.
      expect(leading[0]!.left).to.be.above(outcome.right);
      paths.map(endsOf).forEach((end, i) => {
        expect(end.x1).to.be.closeTo(leading[i]!.left, 1);
        expect(end.x2).to.be.closeTo(outcome.right, 1);
      });
      expect(new Set(paths.map((p) => endsOf(p).y2)).size).to.equal(3);
      await expect(board).to.be.accessible();
    });

    it('keeps the labels beside their connectors, and nothing overlaps or spills out of its lane', async () => {
      const board = await rtlBoard(ecommerceBoard);
      const paths = await connectorsOf(board, 3);
      await waitUntil(() => all(board, '[part~="lead-time"]').every((l) => l.getAttribute('data-placed') === 'yes'), 'the labels are placed');
      const laneRect = shadow(board).querySelector('.lane')!.getBoundingClientRect();
      const goal = shadow(board).querySelector('.goal')!.getBoundingClientRect();
      const cards = all(board, 'kpi-card').map((c) => c.getBoundingClientRect());
      const labels = all(board, '[part~="lead-time"]').map((l) => l.getBoundingClientRect());
      labels.forEach((label, i) => {
        const { x1, x2, y1 } = endsOf(paths[i]!);
        const box = within(label, laneRect);
        expect(box.right).to.be.at.most(x1);
        expect(box.left).to.be.at.least(x2);
        expect(box.bottom).to.be.closeTo(y1 - 4, 1.5);
        for (const card of cards) expect(overlaps(label, card)).to.be.false;
        expect(label.left >= goal.left && label.right <= goal.right).to.be.true;
      });
      expect(overlaps(labels[0]!, labels[1]!) || overlaps(labels[1]!, labels[2]!)).to.be.false;
      for (const path of paths) {
        const r = path.getBoundingClientRect();
        expect(r.left).to.be.at.least(laneRect.left - 1);
        expect(r.right).to.be.at.most(laneRect.right + 1);
      }
    });

    it('redraws the connectors when the page turns its direction', async () => {
      const board = await boardWith(ecommerceBoard);
      const before = (await connectorsOf(board, 3)).map((p) => p.getAttribute('d'));
      board.parentElement!.setAttribute('dir', 'rtl');
      try {
        await waitUntil(() => all(board, '.connectors path')[0]?.getAttribute('d') !== before[0], 'the connectors are redrawn');
        const outcome = shadow(board).querySelector('.outcomes kpi-card')!.getBoundingClientRect();
        const lane = shadow(board).querySelector('.lane')!.getBoundingClientRect();
        expect(endsOf(all(board, '.connectors path')[0]!).x2).to.be.closeTo(outcome.right - lane.left, 1);
      } finally {
        board.parentElement!.removeAttribute('dir');
      }
    });
  });

  describe('many goals', () => {
    it('collapses a goal to its summary row from its heading, and expands it again', async () => {
      const board = await boardWith(regionalBoard());
      expect(all(board, '[part~="goal"]')).to.have.length(8);
      const toggles = all(board, '[part~="goal-toggle"]') as HTMLButtonElement[];
      expect(toggles.map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(Array(8).fill('true'));
      await connectorsOf(board, 4 * 2 + 4 * 3);
      toggles[1]!.click();
      await board.updateComplete;
      const second = all(board, '[part~="goal"]')[1]!;
      expect(toggles[1]!.getAttribute('aria-expanded')).to.equal('false');
      const body = shadow(board).getElementById(toggles[1]!.getAttribute('aria-controls')!)!;
      expect(body.hidden).to.be.true;
      expect(body.checkVisibility()).to.be.false;
      // The summary row stays: the goal, its verdict and both sides' counts.
      expect(textOf(second.querySelector('.goal-summary'))).to.equal('1 of 1 outcome on track, no guardrail breached');
      expect(textOf(second.querySelector('[part~="tally"]'))).to.equal('Outcomes: 1 good · Leading: 1 good, 1 warning, 1 critical');
      await connectorsOf(board, 4 * 2 + 3 * 3);
      await expect(board).to.be.accessible();
      toggles[1]!.click();
      await board.updateComplete;
      expect(body.hidden).to.be.false;
      await connectorsOf(board, 4 * 2 + 4 * 3);
    });

    it('starts every goal collapsed when compact, with denser cards, and expands them all at once', async () => {
      const board = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board compact .now=${NOW} .data=${regionalBoard()}></leading-lagging-board>`);
      board.style.width = '1100px';
      await waitUntil(() => board.summary !== undefined, 'the board loads');
      expect(board.compact).to.be.true;
      const toggles = all(board, '[part~="goal-toggle"]');
      expect(toggles.map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(Array(8).fill('false'));
      expect(all(board, '.goal-body').every((body) => !body.checkVisibility())).to.be.true;
      // Eight summary rows, less than a screen and a half.
      expect(part(board, 'base')!.getBoundingClientRect().height).to.be.below(1400);
      await expect(board).to.be.accessible();
      const toggleAll = part(board, 'toggle-all') as HTMLButtonElement;
      expect(textOf(toggleAll)).to.equal('Expand all goals');
      toggleAll.click();
      await board.updateComplete;
      expect(toggles.map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(Array(8).fill('true'));
      expect(textOf(toggleAll)).to.equal('Collapse all goals');
      await waitUntil(() => all(board, 'kpi-card').every((card) => card.shadowRoot && !card.matches(':state(loading)')), 'cards settle');
      // On a compact board the outcomes are compact cards too.
      expect(all(board, '.outcomes kpi-card').every((card) => card.hasAttribute('compact'))).to.be.true;
      await connectorsOf(board, 4 * 2 + 4 * 3);
    });
  });

  describe('locale', () => {
    it('hands the nearest lang outside the board to the cards inside it', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="de-DE"><leading-lagging-board .now=${NOW} .data=${ecommerceBoard}></leading-lagging-board></div>`,
      );
      const board = wrapper.querySelector('leading-lagging-board') as LeadingLaggingBoard;
      await waitUntil(() => all(board, 'kpi-card').every((card) => card.shadowRoot?.querySelector('[part~="value"]')), 'cards settle');
      const value = textOf(shadow(board).querySelector('.leading kpi-card')!.shadowRoot!.querySelector('[part~="value"]'));
      expect(value).to.match(/^\d+,\d\s?%$/);
      // The words are German too, once the catalogue has arrived (`updateComplete` waits for it).
      await board.updateComplete;
      expect(textOf(part(board, 'lead-time'))).to.equal('Weekly revenue: läuft ca. 3 Wochen voraus');
      const dialog = await openDetailOf(board, 0);
      expect(textOf(dialog.querySelector('.detail-stats'))).to.contain('r = 0,63');
    });
  });

  describe('detail view', () => {
    it('opens the outcome’s trend with the leading series laid over it, and gives focus back on close', async () => {
      const board = await boardWith(ecommerceBoard);
      const buttons = all(board, '[part~="lead-detail"]') as HTMLButtonElement[];
      // Every lead time opens one; only the two with a lead lay a series over the trend.
      expect(buttons).to.have.length(3);
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
      // A note on how the KPIs are kept is not a verdict: an info mark, never the status triangle or cross.
      expect(details.querySelector('summary svg')?.getAttribute('data-icon')).to.equal('note');
      expect(details.querySelector('summary [data-level]')).to.equal(null);
      expect(hasState(board, 'stale')).to.be.true;
      await expect(board).to.be.accessible();
    });

    it('speaks plain language first, with the JSON for the page’s author under a disclosure', async () => {
      const board = await boardWith(messyBoard);
      const details = part(board, 'hygiene') as HTMLDetailsElement;
      details.open = true;
      const notes = [...details.querySelectorAll('li')];
      expect(notes.length).to.equal(board.hygiene.length);
      for (const note of notes) {
        const author = note.querySelector<HTMLDetailsElement>('details.hygiene-detail')!;
        expect(author.open).to.be.false;
        expect(textOf(author.querySelector('summary'))).to.equal('Details for the page’s author');
        // What shows without opening it: no JSON, no field names in quotes, no pointers, no statistics.
        const plain = textOf(note).replace(textOf(author), '');
        expect(plain).not.to.match(/[{}[\]]|"[a-zA-Z.]+"|\/goals\/|r = |n = |√n/);
      }
      const incomplete = details.querySelector('[data-rule="incomplete-kpi"] .hygiene-technical');
      expect(textOf(incomplete)).to.contain('"target": { "value": …, "by": "YYYY-MM-DD" }');
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
          guardrails: [
            { id: 'late', label: 'Late deliveries', owner: 'Ops', direction: 'decrease', value: 2, asOf: at - 23 * HOUR, maxAge: 'P1D', target: { value: 5 } },
          ],
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
        const pinned = await fixture<LeadingLaggingBoard>(
          html`<leading-lagging-board .now=${Date.now()} .data=${dueInAnHour(Date.now())}></leading-lagging-board>`,
        );
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
      const selected = oneEvent<KpiSelectEvent>(board, 'kpi-select');
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect(event.detail).to.deep.equal({ id: 'activation-rate', goal: 'Grow revenue from existing customers' });
      expect(event.composed && event.bubbles).to.be.true;
      // Tab goes on in reading order: the card's lead time (the button to its detail), then the next card.
      // (Booleans, not elements: a failed comparison of two cards would print both whole.)
      await sendKeys({ press: 'Tab' });
      const leadTime = shadow(board).querySelector('.leading-item [part~="lead-detail"]');
      expect(shadow(board).activeElement === leadTime, 'the first card’s lead time has focus').to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(cards[1]!.shadowRoot!.activeElement === base(cards[1]!), 'the next card has focus').to.be.true;
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
      // The board still has a title: the page's label, else "KPI board".
      expect(textOf(part(board, 'label'))).to.equal('KPI board');
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
