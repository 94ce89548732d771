/**
 * The real `<leading-lagging-board>` element, bundled from the source like any
 * user's build, with the generated board of bench/board-data.ts: 10 goals × 6
 * KPIs (50 cards, 10 guardrail chips, 30 connectors), two years of weekly
 * points each. No series scenarios: this contender only has `board`.
 *
 * Board (time to first paint): create the element, pin `now`, set `.data`,
 * attach it 1200 px wide; done when every card inside has settled (it shows its
 * data, and its sparkline is drawn rather than its placeholder) and all 30
 * connectors are drawn. The element validates the document, estimates the 30
 * lead times, checks hygiene and builds the view; each card then builds its
 * own view, measures itself and draws its sparkline, and the board measures the
 * laid-out cards a frame later to draw the connectors. All of that is timed.
 *
 * There is no peer to take a ratio against: uPlot draws charts, not boards.
 */
import { buildBoardView } from '../../src/core/board.js';
import { validateBoardDocument } from '../../src/core/board-validate.js';
import type { BoardDocument } from '../../src/core/board-document.js';
import { checkHygiene } from '../../src/core/hygiene.js';
import { estimateLeadLag, type LeadLag } from '../../src/core/lead-lag.js';
import '../../src/leading-lagging-board.js';
import type { LeadingLaggingBoard } from '../../src/leading-lagging-board.js';
import { BOARD, BOARD_CARDS, BOARD_NOW, BOARD_PAIRS, benchBoard, KPIS_PER_GOAL } from '../board-data.js';
import type { BoardBench, Contender } from './types.js';

/** Wide enough that every lane lays out side by side (the board stacks under 40rem) with room for connectors. */
const BOARD_WIDTH = 1200;
/** The bench page's `lang`. */
const LOCALE = 'en';

function errorText(element: LeadingLaggingBoard): string {
  return element.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** A card has settled when it shows its data and, where it has a sparkline, has drawn it (not its placeholder). */
function cardSettled(card: Element): boolean {
  const root = card.shadowRoot;
  return !!root && !card.matches(':state(loading)') && !!root.querySelector('[part~="base"]') && !root.querySelector('.chart-placeholder');
}

/**
 * Resolves at the first moment every card has settled and every connector is
 * drawn; rejects when the board shows an error instead. Checked on every
 * mutation in the board's shadow root and in each card's (the connectors and
 * the sparklines arrive there), and once a frame in case a check falls between.
 */
function whenSettled(element: LeadingLaggingBoard): Promise<void> {
  const root = element.shadowRoot;
  if (!root) return Promise.reject(new Error('leading-lagging-board has no shadow root after connecting'));
  return new Promise((resolve, reject) => {
    const watched = new WeakSet<Node>();
    let frame = 0;
    const observer = new MutationObserver(() => check());
    const options: MutationObserverInit = { childList: true, subtree: true, attributes: true };
    const done = (settle: () => void) => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      settle();
    };
    function check(): void {
      if (root!.querySelector('.board--error')) return done(() => reject(new Error(`leading-lagging-board shows an error: ${errorText(element)}`)));
      const cards = [...root!.querySelectorAll('kpi-card')];
      for (const card of cards) {
        if (card.shadowRoot && !watched.has(card.shadowRoot)) {
          watched.add(card.shadowRoot);
          observer.observe(card.shadowRoot, options);
        }
      }
      const connectors = root!.querySelectorAll('.connectors path').length;
      if (cards.length === BOARD_CARDS && connectors === BOARD_PAIRS && cards.every(cardSettled)) return done(resolve);
    }
    const everyFrame = () => {
      check();
      frame = requestAnimationFrame(everyFrame);
    };
    observer.observe(root, options);
    frame = requestAnimationFrame(everyFrame);
    check();
  });
}

const board: BoardBench<BoardDocument> = {
  name: `board: ${BOARD.goals} goals × ${KPIS_PER_GOAL} KPIs`,
  width: BOARD_WIDTH,
  prepare: benchBoard,
  mount(container, data, width) {
    const element = document.createElement('leading-lagging-board');
    element.style.cssText = `display:block;width:${width}px`;
    element.now = BOARD_NOW;
    element.data = data;
    container.append(element);
    return {
      ready: whenSettled(element),
      destroy: () => element.remove(),
    };
  },
  /** The element's own work on the document, stage by stage, without the DOM (what `buildScreen` and `interpret` do). */
  core(data) {
    const t0 = performance.now();
    const result = validateBoardDocument(data);
    const t1 = performance.now();
    if (!result.ok) throw new Error(`the bench board is invalid: ${result.diagnostics[0]?.message}`);
    buildBoardView(result.board, { locale: LOCALE, now: BOARD_NOW });
    const t2 = performance.now();
    const estimates = new Map<string, LeadLag>();
    for (const goal of result.board.goals) {
      for (const leading of goal.leading) {
        for (const outcomeId of leading.leads) {
          const outcome = goal.outcomes.find((kpi) => kpi.id === outcomeId);
          if (outcome) estimates.set(`${leading.id}→${outcomeId}`, estimateLeadLag(leading, outcome, { locale: LOCALE }));
        }
      }
    }
    const t3 = performance.now();
    checkHygiene(result.board, { now: BOARD_NOW, locale: LOCALE, leadLag: (leadingId, outcomeId) => estimates.get(`${leadingId}→${outcomeId}`) });
    const t4 = performance.now();
    const found = [...estimates.values()].filter((e) => e.kind === 'lead').length;
    return {
      validateBoardDocument: t1 - t0,
      buildBoardView: t2 - t1,
      [`estimateLeadLag ×${estimates.size} (${found} leads found)`]: t3 - t2,
      checkHygiene: t4 - t3,
    };
  },
};

const contender: Contender<never> = {
  supports: { update: false, append: false },
  board,
};
export default contender;
