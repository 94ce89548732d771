/**
 * `<leading-lagging-board>` in declarative mode: the page writes its own
 * `<kpi-card>` children, annotated with `goal`, `kpi-role` and `leads`, and
 * the board lays them out in lanes as it does a board document's KPIs.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/leading-lagging-board.js';
import type { LeadingLaggingBoard } from '../../src/leading-lagging-board.js';
import type { KpiCard } from '../../src/kpi-card.js';
import type { KpiSelectEvent } from '../../src/events/kpi-select.js';
import type { KpiDocument } from '../../src/core/document.js';
import { ecommerceBoard } from '../../stories/fixtures/boards.js';
import { invalidDocument } from '../../stories/fixtures/index.js';

/** 23 Nov 2026, noon UTC: "today" for the fixtures. */
const NOW = Date.UTC(2026, 10, 23, 12);
const GOAL = 'Grow revenue from returning customers';
const shop = ecommerceBoard.goals[0]!;
const [repeatPurchase, cartAbandonment, orderValue] = shop.leading as unknown as [KpiDocument, KpiDocument, KpiDocument];
const revenue = shop.outcomes[0] as KpiDocument;
const returns = shop.guardrails![0] as KpiDocument;

const shadow = (board: LeadingLaggingBoard) => board.shadowRoot as ShadowRoot;
const all = (board: LeadingLaggingBoard, selector: string) => [...shadow(board).querySelectorAll(selector)];
const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (board: LeadingLaggingBoard, name: string) => shadow(board).querySelector(`[part~="${name}"]`);
const hasState = (board: LeadingLaggingBoard, state: string) => board.matches(`:state(${state})`);
const cards = (board: LeadingLaggingBoard) => [...board.querySelectorAll<KpiCard>(':scope > kpi-card')];
/** The child cards the board shows in its lanes, in lane order. */
const slotted = (board: LeadingLaggingBoard, selector = '') => all(board, `${selector} slot`).flatMap((slot) => (slot as HTMLSlotElement).assignedElements());
/** Each pair's lead time in words, with the outcome's name. */
const leadLines = (board: LeadingLaggingBoard) => all(board, '[part~="lead-time"]').map(textOf);

/** The e-commerce board written as child cards: three leading indicators, the outcome they lead, a guardrail. */
function shopCards(): ReturnType<typeof html> {
  return html`
    <kpi-card compact goal=${GOAL} kpi-role="leading" leads="weekly-revenue" .data=${repeatPurchase}></kpi-card>
    <kpi-card compact goal=${GOAL} kpi-role="leading" leads="weekly-revenue" .data=${cartAbandonment}></kpi-card>
    <kpi-card compact goal=${GOAL} kpi-role="leading" leads="weekly-revenue" .data=${orderValue}></kpi-card>
    <kpi-card sparkline goal=${GOAL} kpi-role="outcome" .data=${revenue}></kpi-card>
    <kpi-card goal=${GOAL} kpi-role="guardrail" .data=${returns}></kpi-card>
  `;
}

/** Waits until every child card has settled and the board has read them all. */
async function settled(board: LeadingLaggingBoard, width = 1100): Promise<LeadingLaggingBoard> {
  board.style.width = `${width}px`;
  await waitUntil(() => cards(board).every((card) => !card.matches(':state(loading)')), 'every child card settles');
  await waitUntil(() => !hasState(board, 'loading') && board.summary !== undefined, 'the board reads its cards');
  await board.updateComplete;
  return board;
}

async function declared(children = shopCards(), width = 1100): Promise<LeadingLaggingBoard> {
  const board = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board label="Webshop" .now=${NOW}>${children}</leading-lagging-board>`);
  return settled(board, width);
}

describe('<leading-lagging-board> declarative mode', () => {
  it('lays the child cards out in lanes, with the lead times, connectors, summary, chips and hygiene of the same board as a document', async () => {
    const board = await declared();
    const documentBoard = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board .now=${NOW} .data=${ecommerceBoard}></leading-lagging-board>`);
    await waitUntil(() => documentBoard.summary !== undefined, 'the document board loads');

    expect(textOf(shadow(board).querySelector('.goal-title'))).to.equal(GOAL);
    expect(textOf(part(board, 'label'))).to.equal('Webshop');
    const [lead1, lead2, lead3, outcome, guardrail] = cards(board);
    // The page's own cards, slotted where the board's own would be; the guardrail becomes a chip.
    expect(slotted(board, '.leading')).to.deep.equal([lead1, lead2, lead3]);
    expect(slotted(board, '.outcomes')).to.deep.equal([outcome]);
    expect(slotted(board, '.guardrails')).to.deep.equal([]);
    expect(guardrail!.checkVisibility()).to.be.false;
    expect(all(board, '[part~="guardrail"]').map(textOf)).to.deep.equal(['Return rate 8.7% holds']);

    expect(board.summary).to.equal(documentBoard.summary);
    expect(board.status).to.equal(documentBoard.status);
    expect(hasState(board, 'good')).to.be.true;
    expect(leadLines(board)).to.deep.equal(leadLines(documentBoard));
    expect(leadLines(board)[0]).to.equal('Weekly revenue: leads by ~3 weeks');
    expect(board.hygiene.map((f) => f.message)).to.deep.equal(documentBoard.hygiene.map((f) => f.message));

    await waitUntil(() => all(board, '.connectors path').length === 3, 'three connectors');
    expect(all(board, '.connectors path').map((p) => p.getAttribute('data-kind'))).to.deep.equal(['lead', 'lead', 'no-relationship']);
    // From the first leading card's right edge to the outcome card's left edge.
    const lane = shadow(board).querySelector('.lane')!.getBoundingClientRect();
    const d = all(board, '.connectors path')[0]!.getAttribute('d')!;
    expect(Number(/^M([\d.]+),/.exec(d)![1])).to.be.closeTo(lead1!.getBoundingClientRect().right - lane.left, 1);
    expect(Number(/ ([\d.]+),[\d.]+$/.exec(d)![1])).to.be.closeTo(outcome!.getBoundingClientRect().left - lane.left, 1);
    await expect(board).to.be.accessible();
  });

  it('draws the page’s cards’ connectors right to left under dir="rtl", each to its own point, each labelled', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl"><leading-lagging-board label="Webshop" .now=${NOW}>${shopCards()}</leading-lagging-board></div>`,
    );
    const board = await settled(wrapper.querySelector('leading-lagging-board') as LeadingLaggingBoard);
    await waitUntil(() => all(board, '.connectors path').length === 3, 'three connectors');
    const [lead1, , , outcome] = cards(board);
    const lane = shadow(board).querySelector('.lane')!.getBoundingClientRect();
    const paths = all(board, '.connectors path').map((p) => p.getAttribute('d') ?? '');
    expect(paths.every((d) => d.length > 0)).to.be.true;
    // From the first leading card's left edge to the outcome card's right edge.
    expect(Number(/^M([\d.]+),/.exec(paths[0]!)![1])).to.be.closeTo(lead1!.getBoundingClientRect().left - lane.left, 1);
    expect(Number(/ ([\d.]+),[\d.]+$/.exec(paths[0]!)![1])).to.be.closeTo(outcome!.getBoundingClientRect().right - lane.left, 1);
    expect(new Set(paths.map((d) => d.split(' ').at(-1))).size).to.equal(3);
    await waitUntil(() => all(board, '[part~="lead-time"]').every((l) => l.getAttribute('data-placed') === 'yes'), 'the labels are placed');
    await expect(board).to.be.accessible();
  });

  it('judges at the time its cards pin when it pins none: no stale-data note the cards do not show (issue 15)', async () => {
    // The cards are judged on 23 Nov 2026 and are fresh then; by the board's own clock (today, or a moved one) they
    // would be long stale. A board with no `now` of its own takes its cards'.
    const pinned = html`
      <kpi-card compact goal=${GOAL} kpi-role="leading" leads="weekly-revenue" .now=${NOW} .data=${repeatPurchase}></kpi-card>
      <kpi-card sparkline goal=${GOAL} kpi-role="outcome" .now=${NOW} .data=${revenue}></kpi-card>
    `;
    const board = await settled(await fixture<LeadingLaggingBoard>(html`<leading-lagging-board label="Webshop">${pinned}</leading-lagging-board>`));
    expect(cards(board).some((card) => card.matches(':state(stale)'))).to.equal(false);
    expect(board.hygiene.filter((flag) => flag.rule === 'stale-data')).to.deep.equal([]);
    expect(hasState(board, 'stale')).to.equal(false);
    // Its own `now` still wins: judged a year later, the board's note says stale, as cards judged then would.
    board.now = Date.UTC(2027, 10, 23, 12);
    await board.updateComplete;
    expect(board.hygiene.some((flag) => flag.rule === 'stale-data')).to.equal(true);
  });

  it('takes in a card added later, and lets go of a card removed', async () => {
    const board = await declared(html`
      <kpi-card compact goal=${GOAL} kpi-role="leading" leads="weekly-revenue" .data=${repeatPurchase}></kpi-card>
      <kpi-card sparkline goal=${GOAL} kpi-role="outcome" .data=${revenue}></kpi-card>
    `);
    expect(leadLines(board)).to.have.length(1);
    expect(board.summary).to.equal('1 goal: 1 of 1 outcome on track, no guardrails');

    const added = Object.assign(document.createElement('kpi-card'), { data: cartAbandonment, compact: true });
    added.setAttribute('goal', GOAL);
    added.setAttribute('kpi-role', 'leading');
    added.setAttribute('leads', 'weekly-revenue');
    board.prepend(added);
    await waitUntil(() => leadLines(board).length === 2, 'the new card leads too');
    // In the children's order.
    expect(slotted(board, '.leading')[0]).to.equal(added);
    expect(leadLines(board)[0]).to.equal('Weekly revenue: leads by ~2 weeks, inverse');
    const guard = Object.assign(document.createElement('kpi-card'), { data: returns });
    guard.setAttribute('goal', GOAL);
    guard.setAttribute('kpi-role', 'guardrail');
    board.append(guard);
    await waitUntil(() => board.summary === '1 goal: 1 of 1 outcome on track, no guardrail breached', 'the guardrail counts');

    added.remove();
    await waitUntil(() => leadLines(board).length === 1, 'the removed card is gone');
    expect(slotted(board, '.leading')).to.have.length(1);
    cards(board)
      .find((card) => card.getAttribute('kpi-role') === 'outcome')!
      .remove();
    await waitUntil(() => board.summary === '1 goal: no outcomes yet, no guardrail breached', 'no outcome left');
    // The leading card stays; with its outcome gone, the board says what it leads is missing.
    expect(textOf(part(board, 'notes'))).to.contain(
      '“Repeat purchase rate” leads "weekly-revenue", expected the id of an outcome of this goal, which has none yet.',
    );
  });

  it('follows a card re-annotated to another goal or role', async () => {
    const board = await declared();
    const guardrail = cards(board)[4]!;
    guardrail.setAttribute('goal', 'Keep returns low');
    await waitUntil(() => all(board, '[part~="goal"]').length === 2, 'a second lane');
    expect(all(board, '.goal-title').map(textOf)).to.deep.equal([GOAL, 'Keep returns low']);
    guardrail.setAttribute('kpi-role', 'outcome');
    await waitUntil(() => slotted(board, '[data-goal="Keep returns low"] .outcomes')[0] === guardrail, 'now an outcome card');
    expect(board.summary).to.equal('2 goals: 2 of 2 outcomes on track, no guardrails');
  });

  it('follows a card’s data changed by the page, which fires no event', async () => {
    const board = await declared();
    cards(board)[3]!.data = { ...revenue, target: { value: 10_000_000, by: '2027-06-30' } };
    await waitUntil(() => board.summary === '1 goal: 0 of 1 outcome on track, no guardrail breached', 'the outcome falls behind');
  });

  it('waits for a card still loading from src, then reads it when it arrives', async () => {
    let answer: ((response: Response) => void) | undefined;
    const original = window.fetch;
    window.fetch = () => new Promise<Response>((resolve) => (answer = resolve));
    try {
      const board = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board .now=${NOW}>
        <kpi-card compact goal=${GOAL} kpi-role="leading" leads="weekly-revenue" .data=${repeatPurchase}></kpi-card>
        <kpi-card sparkline goal=${GOAL} kpi-role="outcome" src="/api/revenue.json"></kpi-card>
      </leading-lagging-board>`);
      await waitUntil(() => board.summary !== undefined, 'the board shows what it has');
      expect(hasState(board, 'loading')).to.be.true;
      expect(board.summary).to.equal('1 goal: no outcomes yet, no guardrails');
      // The lane keeps the outcome's place: its own skeleton shows there.
      expect(slotted(board, '.outcomes')[0]?.matches(':state(loading)')).to.be.true;
      await expect(board).to.be.accessible();
      // The card's request starts once its loading code has arrived.
      await waitUntil(() => answer !== undefined, 'the card asks for its data');
      answer!(new Response(JSON.stringify(revenue), { headers: { 'content-type': 'application/json' } }));
      await waitUntil(() => leadLines(board).length === 1, 'the lead time once the outcome arrives');
      expect(hasState(board, 'loading')).to.be.false;
      expect(board.summary).to.equal('1 goal: 1 of 1 outcome on track, no guardrails');
    } finally {
      window.fetch = original;
    }
  });

  it('lets a card with bad data show its own error, and says which card it could not read', async () => {
    const board = await declared(html`
      <kpi-card compact goal=${GOAL} kpi-role="leading" leads="weekly-revenue" .data=${repeatPurchase}></kpi-card>
      <kpi-card id="revenue-card" sparkline goal=${GOAL} kpi-role="outcome" .data=${invalidDocument}></kpi-card>
      <kpi-card goal=${GOAL} kpi-role="guardrail" .data=${invalidDocument}></kpi-card>
      <kpi-card kpi-role="outcome" .data=${revenue}></kpi-card>
    `);
    const [, bad, badGuardrail] = cards(board);
    expect(bad!.matches(':state(error)')).to.be.true;
    expect(slotted(board, '.outcomes')).to.deep.equal([bad]);
    expect(bad!.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    // A guardrail that cannot be a chip stands in the chip row as its own card, with its error.
    expect(slotted(board, '.guardrails')).to.deep.equal([badGuardrail]);
    expect(all(board, '[part~="notes"] li').map(textOf)).to.deep.equal([
      '“Weekly revenue” names no goal: add goal="…" with the goal it serves.',
      'Could not read <kpi-card> #revenue-card: its card says why.',
      'Could not read <kpi-card> number 3: its card says why.',
    ]);
    await expect(board).to.be.accessible();
  });

  it('reaches the child cards with Tab, and Enter on one fires one kpi-select with its id and the lane’s goal', async () => {
    const board = await declared();
    const [first, second] = cards(board);
    const base = (card: KpiCard) => card.shadowRoot!.querySelector('[part~="base"]') as HTMLElement;
    base(first!).focus();
    const heard: KpiSelectEvent[] = [];
    first!.addEventListener('kpi-select', (event) => heard.push(event));
    const selected = oneEvent<KpiSelectEvent>(board, 'kpi-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.deep.equal({ id: 'repeat-purchase-rate', goal: GOAL });
    expect(event.composed && event.bubbles).to.be.true;
    expect(event.target).to.equal(first);
    // The card's own listeners hear the same one event.
    expect(heard.map((e) => e.detail)).to.deep.equal([{ id: 'repeat-purchase-rate', goal: GOAL }]);
    // Then its lead time (the button to its detail), then the next card. (Booleans, not elements: a failed
    // comparison of two cards would print both whole.)
    await sendKeys({ press: 'Tab' });
    expect(shadow(board).activeElement === shadow(board).querySelector('.leading-item [part~="lead-detail"]'), 'the lead time has focus').to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === second, 'the next card has focus').to.be.true;
    expect(second!.shadowRoot!.activeElement === base(second!)).to.be.true;
  });

  it('shows a board document over child cards when it has both, and leaves the cards out', async () => {
    const board = await fixture<LeadingLaggingBoard>(html`<leading-lagging-board .now=${NOW} .data=${ecommerceBoard}>${shopCards()}</leading-lagging-board>`);
    await waitUntil(() => board.summary !== undefined, 'the document board loads');
    expect(all(board, 'slot')).to.have.length(0);
    expect(all(board, '.leading kpi-card')).to.have.length(3);
    expect(cards(board).every((card) => !card.checkVisibility())).to.be.true;
    // Without its document, the board falls back to its cards.
    board.data = undefined;
    await settled(board);
    expect(slotted(board, '.leading')).to.have.length(3);
  });
});
