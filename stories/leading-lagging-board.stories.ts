/**
 * `<leading-lagging-board>`: one story per board and state, from the shared
 * board fixtures (stories/fixtures/boards.ts; the browser tests and the bench
 * use the same ones).
 *
 * Every story pins `now` (the fixtures describe week 47 of 2026), so pace,
 * staleness and the hygiene notes read the same on every day the stories are
 * opened. Network states use scripted endpoints (.storybook/endpoints.ts),
 * never a live server. Each story's `play` waits for the custom states it is
 * built to show, for every card inside the board to settle and, on a wide
 * board, for the connectors to be drawn, so the stories double as tests, and
 * the a11y addon fails any with an axe violation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { serve } from '../.storybook/endpoints.js';
import '../src/leading-lagging-board.js';
import type { LeadingLaggingBoard } from '../src/leading-lagging-board.js';
import type { KpiSelectEvent } from '../src/index.js';
import type { KpiDocument } from '../src/core/document.js';
import { ecommerceBoard, emptyBoard, invalidBoard, messyBoard, regionalBoard, saasBoard } from './fixtures/boards.js';
import { invalidDocument } from './fixtures/index.js';
import {
  answersOnceThenFails,
  reloadsOnceLoaded,
  REVIEW,
  shadowRootOf,
  sourceArgTypes,
  sourceBindings,
  typicalWidth,
  waitUntilSettled,
  type SourceArgs,
} from './support/shared.js';

/** Fixtures selectable in the `data` control, by name. */
const DATA = { saasBoard, ecommerceBoard, messyBoard, emptyBoard, invalidBoard, regionalBoard: regionalBoard() };

// The element with its args ------------------------------------------------------------

/**
 * The story's inputs: the shared args the board has (it takes no mapping
 * attributes, `label` or `format`: its document names every KPI), plus its
 * cards' select event.
 */
interface BoardArgs extends Pick<SourceArgs, 'src' | 'refresh' | 'locale' | 'data' | 'transform' | 'now' | 'onKpiLoad' | 'onKpiError'> {
  /** Every goal collapsed to its summary row at first, outcome cards compact. */
  compact?: boolean;
  onKpiSelect?: (event: KpiSelectEvent) => void;
}

/** The board with every arg bound: attributes as attributes, objects as properties. */
function board(args: BoardArgs): TemplateResult {
  return html`<leading-lagging-board ${sourceBindings(args)} ?compact=${args.compact ?? false} @kpi-select=${args.onKpiSelect}></leading-lagging-board>`;
}

/** The shared controls that apply to a board; `data` picks a board document. */
const { data, now, transform, refresh } = sourceArgTypes(DATA);

// Plays --------------------------------------------------------------------------------

/** The `index`-th board's shadow root (the first by default). */
const shadowOf = (canvasElement: HTMLElement, index = 0): ShadowRoot => shadowRootOf(canvasElement, 'leading-lagging-board', index);

const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Whether the lanes are stacked (a narrow board): the connectors are hidden and the lead times say it in words. */
const isStacked = (root: ShadowRoot): boolean => {
  const connectors = root.querySelector('.connectors');
  return !!connectors && getComputedStyle(connectors).display === 'none';
};

/**
 * A board is drawn when every card in it shows its data (none is loading) and,
 * unless the lanes are stacked, one connector is drawn for each "Leads …"
 * line, that is for each leading → outcome pair.
 */
async function expectDrawn(element: LeadingLaggingBoard): Promise<void> {
  const root = element.shadowRoot;
  await expect(root, '<leading-lagging-board> has a shadow root').not.toBeNull();
  // The board's own cards, or in declarative mode the page's, slotted into the lanes.
  const slotted = [...root!.querySelectorAll('slot')].flatMap((slot) => slot.assignedElements());
  const cards = [...root!.querySelectorAll('kpi-card'), ...slotted];
  await expect(cards.length, 'cards in the board').toBeGreaterThan(0);
  for (const card of cards) await expect(!!card.shadowRoot && !card.matches(':state(loading)'), 'every card has settled').toBe(true);
  if (isStacked(root!)) return;
  const pairs = root!.querySelectorAll('[part~="lead-time"]').length;
  await expect(root!.querySelectorAll('.connectors path').length, 'one connector per leading → outcome pair').toBe(pairs);
}

/**
 * A `play` that waits until every board in the story shows `states` (custom
 * states, `:state(…)`) and, with `drawn`, has settled its cards and drawn its
 * connectors.
 */
function settlesAs(states: readonly string[], { drawn = true }: { drawn?: boolean } = {}) {
  return ({ canvasElement }: StoryContext<BoardArgs>): Promise<void> =>
    waitUntilSettled<LeadingLaggingBoard>(canvasElement, 'leading-lagging-board', states, {
      timeout: 5000,
      alsoCheck: drawn ? expectDrawn : undefined,
    });
}

/** `settlesAs`, then a check on the first board's shadow root. */
function settlesWith(states: readonly string[], check: (root: ShadowRoot, context: StoryContext<BoardArgs>) => Promise<void>, options?: { drawn?: boolean }) {
  return async (context: StoryContext<BoardArgs>): Promise<void> => {
    await settlesAs(states, options)(context);
    await check(shadowOf(context.canvasElement), context);
  };
}

/** Opens the `index`-th lead time's detail view and returns its dialog. */
async function openDetail(root: ShadowRoot, index: number): Promise<HTMLDialogElement> {
  await userEvent.click(root.querySelectorAll<HTMLButtonElement>('[part~="lead-detail"]')[index]!);
  await waitFor(() => expect(root.querySelector<HTMLDialogElement>('dialog[part~="detail"]')?.open).toBe(true), { timeout: 5000 });
  return root.querySelector<HTMLDialogElement>('dialog[part~="detail"]')!;
}

/** Each lead-time line's kind (`lead`, `no-relationship`, `not-enough-history`), in document order. */
const leadKinds = (root: ShadowRoot): (string | null)[] => [...root.querySelectorAll('[part~="lead-time"]')].map((line) => line.getAttribute('data-kind'));

// Meta ---------------------------------------------------------------------------------

const meta = {
  title: 'Elements/leading-lagging-board',
  component: 'leading-lagging-board',
  tags: ['autodocs'],
  render: board,
  // A board fills a dashboard's main column; a story shows one at a typical width.
  decorators: [typicalWidth('boardWidth', '64rem')],
  args: {
    now: REVIEW,
  },
  argTypes: {
    data: { ...data, description: 'The board document. Property only. Pick a fixture here.' },
    now,
    transform,
    refresh,
  },
} satisfies Meta<BoardArgs>;

export default meta;
type Story = StoryObj<BoardArgs>;

// Boards -------------------------------------------------------------------------------

/**
 * The SaaS board: activation rate and time to first value lead net revenue
 * retention; support tickets guard it and have just crossed their ceiling of
 * 450 a week, so the good outcome makes a warning board. Activation's 90 days
 * against NRR's monthly points overlap too little to estimate a lead, so the
 * board says "too little history" instead of printing a number, and draws the
 * connectors dashed (declared, not estimated), as the legend in the header says.
 */
export const Default: Story = {
  name: 'SaaS board',
  args: { data: 'saasBoard' },
  play: settlesWith(['warning', 'guardrail-breached'], async (root) => {
    await expect(text(root.querySelector('[part~="summary"]'))).toBe(
      '1 goal: 1 of 1 outcome on track, 1 guardrail breached Outcomes: 1 good · Leading: 1 good, 1 warning',
    );
    await expect(leadKinds(root)).toEqual(['not-enough-history', 'not-enough-history']);
    // A phone stacks the lanes: the lines under each card say it in words, and there are no connectors.
    const evidence = isStacked(root) ? [] : ['declared', 'declared'];
    await expect([...root.querySelectorAll('.connectors path')].map((path) => path.getAttribute('data-evidence'))).toEqual(evidence);
    await expect(root.querySelector('[part~="guardrail-breached"]')).not.toBeNull();
  }),
};

/**
 * The e-commerce board: two years of weekly history. Repeat purchase rate
 * leads weekly revenue by about 3 weeks, cart abandonment moves opposite to it
 * about 2 weeks ahead (solid connectors, "leads by ~3 weeks" beside them), and
 * average order value is noise: its best correlation stays inside the noise
 * line corrected for the nine lags tried, so no lead is claimed ("no lead
 * found"), the connector is dashed and hygiene says why. The three connectors
 * end at three points along the outcome card's edge.
 */
export const Ecommerce: Story = {
  name: 'E-commerce board',
  args: { data: 'ecommerceBoard' },
  play: settlesWith(['good'], async (root) => {
    await expect(leadKinds(root)).toEqual(['lead', 'lead', 'no-relationship']);
    const lines = [...root.querySelectorAll('[part~="lead-time"]')].map(text);
    await expect(lines).toEqual(['Weekly revenue: leads by ~3 weeks', 'Weekly revenue: leads by ~2 weeks, inverse', 'Weekly revenue: no lead found']);
    const paths = [...root.querySelectorAll('.connectors path')];
    if (isStacked(root)) return void (await expect(paths).toHaveLength(0));
    await expect(paths.map((path) => path.getAttribute('data-kind'))).toEqual(['lead', 'lead', 'no-relationship']);
    await expect(paths.map((path) => path.getAttribute('data-evidence'))).toEqual(['estimated', 'estimated', 'declared']);
    const ends = paths.map((path) => (path.getAttribute('d') ?? '').split(' ').at(-1));
    await expect(new Set(ends).size).toBe(3);
  }),
};

/**
 * A lead time is a button: it opens the detail view, with the statistics the
 * board does not print (r, n, the noise line) and, for a found lead, the
 * outcome's trend (`<kpi-trend>`, fetched on first use) with the leading
 * series moved by its lead and rescaled over it, so only the shapes compare.
 * The play opens the first one; axe then checks the board with the dialog open.
 */
export const Detail: Story = {
  name: 'Detail: compare over time',
  args: { data: 'ecommerceBoard' },
  play: async (context) => {
    await settlesAs(['good'])(context);
    const root = shadowOf(context.canvasElement);
    // Every lead time opens one; only a found lead has a series to lay over the trend.
    await expect(root.querySelectorAll('[part~="lead-detail"]').length).toBe(3);
    const dialog = await openDetail(root, 0);
    await expect(text(dialog.querySelector('.detail-title'))).toBe('Repeat purchase rate against Weekly revenue');
    await expect(text(dialog.querySelector('.detail-stats'))).toMatch(/^Repeat purchase rate leads by ~3 weeks \(r = 0\.63, n = 100\); r is /);
    const trend = dialog.querySelector('kpi-trend');
    await waitFor(() => expect(trend?.shadowRoot?.querySelector('.overlay')?.getAttribute('d') ?? '').toMatch(/^M/), { timeout: 5000 });
  },
};

/**
 * A board that breaks every hygiene rule: one goal steered by 8 KPIs (a strong
 * warning), KPIs without target, baseline, owner or deadline, a stale daily
 * feed, no guardrail, and leading indicators with too little history to show
 * a relationship. The notes sit in a closed disclosure under the lane, in plain
 * words; what to change in the document (its fields, in JSON) and the
 * statistics are one disclosure further, for the page's author. The play
 * opens the notes.
 */
export const Hygiene: Story = {
  name: 'Hygiene: every rule broken',
  args: { data: 'messyBoard' },
  play: async (context) => {
    await settlesAs(['stale'])(context);
    const root = shadowOf(context.canvasElement);
    const details = root.querySelector<HTMLDetailsElement>('[part~="hygiene"]');
    await expect(details, 'the hygiene part').not.toBeNull();
    await expect(details!.open).toBe(false);
    await userEvent.click(details!.querySelector('summary')!);
    await waitFor(() => expect(details!.open).toBe(true));
    const strong = details!.querySelector<HTMLElement>('li[data-severity="strong"]');
    await expect(strong, 'a strong warning').not.toBeNull();
    await expect(strong!.checkVisibility()).toBe(true);
    await expect(text(strong)).toMatch(/^Strong warning: Goal “Be better” has 8 KPIs/);
    const rules = new Set([...details!.querySelectorAll('li')].map((li) => li.getAttribute('data-rule')));
    await expect([...rules].sort()).toEqual(['incomplete-kpi', 'missing-guardrail', 'stale-data', 'too-many-kpis', 'unrelated-leading-indicator']);
  },
};

/**
 * 360 px, a phone: the lane stacks in reading order (leading indicators, then
 * the outcome they lead), each under its heading, the connectors and their
 * legend are hidden, and each leading indicator says in words which outcome it
 * leads and by how much.
 */
export const Phone: Story = {
  name: 'Phone width (360 px)',
  parameters: { boardWidth: '360px' },
  args: { data: 'ecommerceBoard' },
  play: settlesWith(['good'], async (root) => {
    await waitFor(() => expect(isStacked(root), 'connectors hidden').toBe(true));
    const outcomes = root.querySelector('.outcomes')!.getBoundingClientRect();
    const leading = root.querySelector('.leading')!.getBoundingClientRect();
    await expect(leading.bottom).toBeLessThanOrEqual(outcomes.top);
    const lines = [...root.querySelectorAll('[part~="lead-time"]')].map(text);
    await expect(lines.length).toBe(3);
    await expect(lines[0]).toBe('Weekly revenue: leads by ~3 weeks');
  }),
};

/** Waiting for `src`: the endpoint never answers, so the skeleton stays, two lanes tall. */
export const Loading: Story = {
  args: { src: '/api/boards/acme-growth.json' },
  beforeEach: () => serve({ '/api/boards/acme-growth.json': () => ({ hang: true }) }),
  play: settlesWith(
    ['loading'],
    async (root) => {
      await expect(root.querySelector('[part~="skeleton"]')?.getAttribute('aria-busy')).toBe('true');
    },
    { drawn: false },
  ),
};

/**
 * Invalid data: a leading indicator `leads` an outcome its goal does not have.
 * The error names the bad field by its JSON Pointer,
 * `/goals/0/leading/0/leads/0`.
 */
export const ErrorInvalidDocument: Story = {
  name: 'Error: invalid document',
  args: { data: 'invalidBoard' },
  play: settlesWith(
    ['error'],
    async (root) => {
      await expect(text(root.querySelector('[part~="error"]'))).toContain('/goals/0/leading/0/leads/0');
    },
    { drawn: false },
  ),
};

/** Valid, but no goals yet: a board being drafted. */
export const Empty: Story = {
  args: { data: 'emptyBoard' },
  play: settlesWith(
    ['empty'],
    async (root) => {
      await expect(text(root.querySelector('.empty-message'))).toContain('No goals yet');
    },
    { drawn: false },
  ),
};

/**
 * The first request answers, the refresh after it fails with 503: the board
 * keeps the last good data and says the refresh failed.
 */
export const RefreshFailed: Story = {
  name: 'Refresh failed',
  args: { src: '/api/boards/shop-refresh.json' },
  beforeEach: () =>
    serve({
      // Its own path: on the Docs page every story's endpoints are served at once.
      '/api/boards/shop-refresh.json': answersOnceThenFails(ecommerceBoard),
    }),
  render: (args) => reloadsOnceLoaded(board(args)),
  play: settlesWith(['good', 'refresh-failed'], async (root) => {
    await expect(text(root.querySelector('[part~="warning"]'))).toContain('Refresh failed');
    await expect(leadKinds(root)).toEqual(['lead', 'lead', 'no-relationship']);
  }),
};

// Theming ------------------------------------------------------------------------------

/**
 * The board and every card in it through `Intl`, from an ancestor's
 * `lang="de-DE"`: the cards read it through the board's shadow root, the kit's
 * words are German, and the statistics behind a lead time print r with a decimal comma.
 */
export const German: Story = {
  name: 'Locale: de-DE',
  args: { data: 'ecommerceBoard' },
  decorators: [(story) => html`<div lang="de-DE">${story()}</div>`],
  play: settlesWith(['good'], async (root) => {
    const value = root.querySelector('.leading kpi-card')!.shadowRoot!.querySelector('[part~="value"]');
    await expect(text(value)).toMatch(/^\d+,\d\s?%$/);
    await expect(text((await openDetail(root, 0)).querySelector('.detail-stats'))).toContain('r = 0,63');
  }),
};

/**
 * `locale="ja-JP"` on the board: it hands the locale to every card inside, so
 * revenue reads in 万 (compact Japanese notation), dates in the hygiene notes
 * and the card's lines follow Japanese order, and the statistics behind the
 * lead times keep r with a decimal point. The kit's words are Japanese.
 */
export const Japanese: Story = {
  name: 'Locale: ja-JP',
  args: { data: 'ecommerceBoard', locale: 'ja-JP' },
  play: settlesWith(['good'], async (root) => {
    await (root.host as LeadingLaggingBoard).updateComplete;
    await expect(text(root.querySelector('[part~="lead-time"]'))).toMatch(/^Weekly revenue: .*3\s?週間/);
    const revenue = root.querySelector('.outcomes kpi-card')!.shadowRoot!.querySelector('[part~="value"]');
    await expect(text(revenue)).toMatch(/万/);
    await expect(root.querySelector('.outcomes kpi-card')!.getAttribute('locale')).toBe('ja-JP');
    await expect(text((await openDetail(root, 0)).querySelector('.detail-stats'))).toContain('r = 0.63');
  }),
};

/**
 * Right to left (`dir="rtl"` on an ancestor): the lane reads from the right,
 * leading indicators first, so the connectors run from each leading card's
 * left edge to the outcome card's right edge, their labels beside them, and
 * the cards mirror their bullet graphs and sparklines. The words (English here) keep
 * each line in its own direction.
 */
export const RightToLeft: Story = {
  name: 'Direction: right to left',
  args: { data: 'ecommerceBoard' },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
  play: settlesWith(['good'], async (root) => {
    const paths = [...root.querySelectorAll('.connectors path')];
    if (isStacked(root)) return void (await expect(paths).toHaveLength(0));
    await expect(paths.length).toBe(3);
    const lane = root.querySelector('.lane')!.getBoundingClientRect();
    const outcome = root.querySelector('.outcomes kpi-card')!.getBoundingClientRect();
    const leading = root.querySelector('.leading kpi-card')!.getBoundingClientRect();
    await expect(leading.left).toBeGreaterThan(outcome.right);
    const [x1, , ...rest] = (paths[0]!.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number);
    await expect(Math.abs(x1! - (leading.left - lane.left))).toBeLessThan(1);
    await expect(Math.abs(rest.at(-2)! - (outcome.right - lane.left))).toBeLessThan(1);
    await waitFor(() => expect([...root.querySelectorAll('[part~="lead-time"]')].every((l) => l.getAttribute('data-placed') === 'yes')).toBe(true));
  }),
};

/**
 * Eight goals on a compact board: each starts collapsed to its summary row
 * (its name, its verdict and both sides counted by status), so the whole
 * board fits a screen; its heading expands one, and "Expand all goals" every
 * one. The play expands the first goal and waits for its connectors.
 */
export const ManyGoalsCompact: Story = {
  name: 'Eight goals, compact',
  args: { data: 'regionalBoard', compact: true },
  play: async (context) => {
    await settlesAs(['warning'], { drawn: false })(context);
    const root = shadowOf(context.canvasElement);
    const toggles = [...root.querySelectorAll<HTMLButtonElement>('[part~="goal-toggle"]')];
    await expect(toggles.map((t) => t.getAttribute('aria-expanded'))).toEqual(Array(8).fill('false'));
    await expect(text(root.querySelector('[part~="summary"] [part~="tally"]'))).toBe('Outcomes: 8 good · Leading: 8 good, 8 warning, 4 critical');
    await userEvent.click(toggles[1]!);
    await waitFor(() => expect(toggles[1]!.getAttribute('aria-expanded')).toBe('true'));
    const connectors = isStacked(root) ? 0 : 3;
    await waitFor(() => expect(root.querySelectorAll('.connectors path').length).toBe(connectors), { timeout: 5000 });
    await expect(text(root.querySelector('[part~="toggle-all"]'))).toBe('Expand all goals');
  },
};

/** The same eight goals, all expanded (not compact): each collapses from its heading. */
export const ManyGoals: Story = {
  name: 'Eight goals',
  args: { data: 'regionalBoard' },
  play: settlesWith(['warning'], async (root) => {
    await expect(root.querySelectorAll('[part~="goal"]').length).toBe(8);
    await expect(text(root.querySelector('[part~="toggle-all"]'))).toBe('Collapse all goals');
  }),
};

/**
 * Dark: the default theme follows the page's `color-scheme`. The SaaS board,
 * with its breached guardrail, dashed connectors and the cards' sparklines,
 * against the dark surface.
 */
export const Dark: Story = {
  name: 'Theming: dark',
  args: { data: 'saasBoard' },
  decorators: [(story) => html`<div style="color-scheme: dark; background: #101315; padding: 1rem">${story()}</div>`],
  play: settlesAs(['warning', 'guardrail-breached']),
};

// Declarative mode ---------------------------------------------------------------------

const shop = ecommerceBoard.goals[0]!;
const SHOP_GOAL = shop.label;
const [repeatPurchase, cartAbandonment, orderValue] = shop.leading as unknown as KpiDocument[];
const weeklyRevenue = shop.outcomes[0] as KpiDocument;
const returnRate = shop.guardrails![0] as KpiDocument;

/** A board with no document: its child cards, each with its own data, annotated with goal, role and leads. */
function declaredBoard(args: BoardArgs, cards: TemplateResult): TemplateResult {
  return html`<leading-lagging-board label="Webshop · FY27 goals" .now=${args.now} locale=${args.locale ?? nothing} @kpi-select=${args.onKpiSelect}>
    ${cards}
  </leading-lagging-board>`;
}

/**
 * Declarative: the e-commerce board written as five `<kpi-card>` children,
 * each with its own data (`.data` here; `src` or inline JSON work the same),
 * annotated with `goal`, `kpi-role` and, for leading indicators, `leads`. The
 * board places the page's own cards in the lanes and shows the same lead
 * times, connectors, summary, guardrail chip and hygiene notes as the document
 * board. The play presses Enter on the first card: `kpi-select` names the
 * lane's goal.
 */
export const Declarative: Story = {
  name: 'Declarative: child cards',
  render: (args) =>
    declaredBoard(
      args,
      html`<kpi-card compact goal=${SHOP_GOAL} kpi-role="leading" leads="weekly-revenue" .data=${repeatPurchase} .now=${args.now}></kpi-card>
        <kpi-card compact goal=${SHOP_GOAL} kpi-role="leading" leads="weekly-revenue" .data=${cartAbandonment} .now=${args.now}></kpi-card>
        <kpi-card compact goal=${SHOP_GOAL} kpi-role="leading" leads="weekly-revenue" .data=${orderValue} .now=${args.now}></kpi-card>
        <kpi-card sparkline goal=${SHOP_GOAL} kpi-role="outcome" .data=${weeklyRevenue} .now=${args.now}></kpi-card>
        <kpi-card goal=${SHOP_GOAL} kpi-role="guardrail" .data=${returnRate} .now=${args.now}></kpi-card>`,
    ),
  play: async (context) => {
    await settlesAs(['good'])(context);
    const root = shadowOf(context.canvasElement);
    await expect(leadKinds(root)).toEqual(['lead', 'lead', 'no-relationship']);
    await expect(text(root.querySelector('[part~="summary"]'))).toBe(
      '1 goal: 1 of 1 outcome on track, no guardrail breached Outcomes: 1 good · Leading: 1 good, 1 warning, 1 critical',
    );
    await expect(text(root.querySelector('[part~="guardrail"]'))).toMatch(/^Return rate .* holds$/);
    const board = context.canvasElement.querySelector('leading-lagging-board')!;
    const first = board.querySelector('kpi-card')!;
    const selected = new Promise<KpiSelectEvent>((resolve) => board.addEventListener('kpi-select', resolve, { once: true }));
    (first.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect((await selected).detail).toEqual({ id: 'repeat-purchase-rate', goal: SHOP_GOAL });
  },
};

/**
 * Declarative, with mistakes: an outcome card whose data is invalid shows its
 * own error in the lane, and a card with no `goal` is left out. The board
 * names both in its notes, so the page author knows which card to fix.
 */
export const DeclarativeProblems: Story = {
  name: 'Declarative: a card it cannot read',
  render: (args) =>
    declaredBoard(
      args,
      html`<kpi-card compact goal=${SHOP_GOAL} kpi-role="leading" leads="weekly-revenue" .data=${repeatPurchase} .now=${args.now}></kpi-card>
        <kpi-card id="revenue-card" sparkline goal=${SHOP_GOAL} kpi-role="outcome" .data=${invalidDocument} .now=${args.now}></kpi-card>
        <kpi-card kpi-role="guardrail" .data=${returnRate} .now=${args.now}></kpi-card>`,
    ),
  play: settlesWith(
    ['neutral'],
    async (root) => {
      const notes = [...root.querySelectorAll('[part~="notes"] li')].map(text);
      await expect(notes).toEqual([
        '“Return rate” names no goal: add goal="…" with the goal it serves.',
        'Could not read <kpi-card> #revenue-card: its card says why.',
      ]);
    },
    { drawn: false },
  ),
};
