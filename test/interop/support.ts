/**
 * The one scenario every framework example must pass, so the three tests
 * differ only in how they mount the example and change its `src`.
 */
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { KpiCard } from '../../src/kpi-card.js';
import { activationRate } from '../../stories/fixtures/index.js';

export { activationRate };

/** The `apiAvailability` fixture with its value replaced, served by vitest.interop.config.ts. */
export const availabilityUrl = (value: number): string => `/__interop/api-availability.json?value=${value}`;
/** Good (the fixture's own value, above the 99.9 % objective). */
export const GOOD = availabilityUrl(0.99962);
/** Warning: below the 99.9 % objective, above the 99.5 % deviation limit. */
export const WARNING = availabilityUrl(0.997);

const partText = (card: KpiCard, name: string): string => card.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const byTestId = (host: HTMLElement, id: string): HTMLElement => host.querySelector(`[data-testid="${id}"]`) as HTMLElement;
const statusChanges = (host: HTMLElement): string[] => [...byTestId(host, 'status-changes').querySelectorAll('li')].map((li) => li.textContent?.trim() ?? '');

/**
 * `host` holds the mounted example, given `data: activationRate` and `src: GOOD`;
 * `setSrc` changes its `src` prop the framework's way and lets it re-render.
 */
export async function exerciseDashboard(host: HTMLElement, setSrc: (url: string) => unknown): Promise<void> {
  const [dataCard, srcCard] = [...host.querySelectorAll('kpi-card')];
  if (!dataCard || !srcCard) throw new Error('the example should render two <kpi-card>s');

  // 1. The object reached the element as a property, never as an attribute.
  expect(dataCard.data).toBe(activationRate);
  expect(dataCard.getAttribute('data')).toBeNull();
  expect(dataCard.hasAttribute('data')).toBe(false);
  await dataCard.updateComplete;
  expect(partText(dataCard, 'label')).toBe('Activation rate');
  expect(partText(dataCard, 'value')).toMatch(/^36[.,]5\s?%$/);
  expect(dataCard.status).toBe('good');

  // 2a. kpi-select, through the framework's own event binding, into its state and back onto the page.
  expect(byTestId(host, 'selected').textContent?.trim()).toBe('Nothing selected');
  await userEvent.click(dataCard);
  await expect.poll(() => byTestId(host, 'selected').textContent?.trim()).toBe('Selected: activation-rate');

  // 2b. kpi-status-change: the fetched KPI's first status, then a change after the framework swaps `src`.
  // The `.data` card's status is never reported: the page set that data, so it is not news.
  await expect.poll(() => statusChanges(host), { timeout: 5_000 }).toEqual(['api-availability: none → good']);
  expect(srcCard.getAttribute('src')).toBe(GOOD);
  await setSrc(WARNING);
  await expect.poll(() => statusChanges(host), { timeout: 5_000 }).toEqual(['api-availability: none → good', 'api-availability: good → warning']);
  expect(srcCard.getAttribute('src')).toBe(WARNING);
  expect(srcCard.status).toBe('warning');
  expect(partText(srcCard, 'label')).toBe('API availability (30 days)');

  // The fetched card is selectable too.
  await userEvent.click(srcCard);
  await expect.poll(() => byTestId(host, 'selected').textContent?.trim()).toBe('Selected: api-availability');
}
