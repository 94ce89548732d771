/**
 * The real `<kpi-card sparkline>` element, bundled from the source like any
 * user's build, for the card wall (scenario `cards`): 60 cards in the
 * harness's 5-column grid, 240 px wide, each given a KPI JSON document through
 * `.data` (the same 90-point series as the 60 sparklines, plain arrays, a
 * target so the card shows its status, bullet and bands as it usually does).
 * Done when every card shows its data and its sparkline's line is drawn (not
 * the placeholder it keeps while its code or size is on the way).
 *
 * The chart libraries draw 60 sparklines at the size the card's sparkline is
 * drawn at: `probeCards` mounts the wall once, untimed, and reads it off the
 * first card's SVG; run.js passes it to every page before their `cards` runs.
 */
import '../../src/kpi-card.js';
import type { KpiCard } from '../../src/kpi-card.js';
import type { Columns } from '../data.js';
import type { Contender, Size } from './types.js';
import { textOf, whenDrawn } from './when-drawn.js';

/** Resolves when the card's sparkline line is drawn; rejects when it shows an error instead. */
const cardDrawn = (card: KpiCard): Promise<void> =>
  whenDrawn(card, 'svg.sparkline path.spark-line', () => (card.matches(':state(error)') ? textOf(card.shadowRoot, '[part~="error"]') : undefined));

interface KpiJson {
  readonly id: string;
  readonly label: string;
  readonly target: { readonly value: number };
  readonly series: { readonly t: number[]; readonly v: number[] };
}

let counter = 0;

function mountCards(container: HTMLElement, list: readonly KpiJson[]): { cards: KpiCard[]; ready: Promise<void> } {
  const cards = list.map((data) => {
    const card = document.createElement('kpi-card');
    card.sparkline = true;
    card.data = data;
    return card;
  });
  container.append(...cards);
  return { cards, ready: Promise.all(cards.map(cardDrawn)).then(() => undefined) };
}

const contender: Contender<KpiJson> = {
  prepare: (columns: Columns) => {
    const v = Array.from(columns.v);
    return {
      id: `card-${counter++}`,
      label: 'Bench KPI',
      // About the walk's middle: some cards good, some not.
      target: { value: Math.round(v.reduce((sum, x) => sum + x, 0) / v.length) },
      series: { t: Array.from(columns.t), v },
    };
  },
  supports: { update: false, append: false },
  cards(container, list) {
    const { ready } = mountCards(container, list);
    return { ready, destroy: () => container.replaceChildren() };
  },
  async probeCards(container, list): Promise<Size> {
    const { cards, ready } = mountCards(container, list);
    await ready;
    const svg = cards[0]?.shadowRoot?.querySelector('svg.sparkline');
    const width = Number(svg?.getAttribute('width'));
    const height = Number(svg?.getAttribute('height'));
    if (!(width > 0 && height > 0)) throw new Error('kpi-card: could not read the sparkline size');
    return { width, height };
  },
};
export default contender;
