/**
 * Mounting a kit element for the property tests: a fresh element in the test's holder, set up,
 * connected and settled (a trend drawn, a board's cards shown), so every property reads a
 * finished rendering.
 */
import { waitUntil } from '@open-wc/testing';
import type { KpiCard } from '../../../src/kpi-card.js';
import type { KpiTrend } from '../../../src/kpi-trend.js';
import type { LeadingLaggingBoard } from '../../../src/leading-lagging-board.js';

export type KitElement = KpiCard | KpiTrend | LeadingLaggingBoard;
export type KitTag = 'kpi-card' | 'kpi-trend' | 'leading-lagging-board';

/** What a trend shows once it has drawn (or said why it cannot). */
export const TREND_DRAWN = '.chart, .plot--message, table, [part~="error"]';

export interface MountOptions {
  readonly width: number;
  /** The pinned time the element judges at. */
  readonly now: number;
  readonly dir?: 'ltr' | 'rtl';
  /** A selector that says the trend has drawn; default `TREND_DRAWN`. */
  readonly trendDrawn?: string;
}

export async function mountIn<T extends KitElement>(holder: HTMLElement, tag: KitTag, options: MountOptions, setup: (el: T) => void): Promise<T> {
  const el = document.createElement(tag) as T;
  el.now = options.now;
  setup(el);
  holder.replaceChildren();
  holder.style.width = `${options.width}px`;
  holder.dir = options.dir ?? 'ltr';
  holder.append(el);
  await el.updateComplete;
  const root = el.shadowRoot as ShadowRoot;
  if (tag === 'kpi-trend') {
    const drawn = options.trendDrawn ?? TREND_DRAWN;
    await waitUntil(() => root.querySelector(drawn) || (el as KpiTrend).compact, 'the trend should draw', { timeout: 4000 });
    await el.updateComplete;
  }
  if (tag === 'leading-lagging-board') {
    await waitUntil(
      () => [...root.querySelectorAll('kpi-card')].every((card) => card.shadowRoot && !card.matches(':state(loading)')),
      'every card in the board should settle',
      { timeout: 4000 },
    );
    for (const card of root.querySelectorAll<KpiCard>('kpi-card')) await card.updateComplete;
  }
  return el;
}
