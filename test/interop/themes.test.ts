/**
 * The packed theme files (`kpi-kit/themes/*.css`) on real cards in Chromium: each one
 * reaches into the shadow DOM through the public tokens, `.kpi-theme-dark` turns a light
 * page's card dark by itself, and `.kpi-theme-light` a dark page's card light.
 */
import dark from 'kpi-kit/themes/dark.css?inline';
import light from 'kpi-kit/themes/light.css?inline';
import highContrast from 'kpi-kit/themes/high-contrast.css?inline';
import brand from 'kpi-kit/themes/brand-example.css?inline';
import 'kpi-kit/kpi-card.js';
import { afterEach, expect, test } from 'vitest';
import { activationRate } from './support.js';

const added: Element[] = [];
afterEach(() => {
  for (const node of added.splice(0)) node.remove();
  document.documentElement.className = '';
  document.documentElement.style.colorScheme = '';
});

function addStyles(...sheets: string[]): void {
  for (const text of sheets) {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = text;
    added.push(style);
  }
}

/** A card showing the fixture inside `<div class="…">`; its text colour, surface and font. */
async function card(className = ''): Promise<{ color: string; surface: string; font: string; radius: string; scheme: string }> {
  const wrapper = document.body.appendChild(document.createElement('div'));
  added.push(wrapper);
  wrapper.className = className;
  const element = wrapper.appendChild(document.createElement('kpi-card'));
  element.data = activationRate;
  await element.updateComplete;
  const box = getComputedStyle(element.shadowRoot!.querySelector('.card')!);
  const host = getComputedStyle(element);
  return { color: host.color, surface: box.backgroundColor, font: host.fontFamily, radius: box.borderTopLeftRadius, scheme: host.colorScheme };
}

const LIGHT = { color: 'rgb(28, 32, 36)', surface: 'rgb(255, 255, 255)' };
const DARK = { color: 'rgb(232, 234, 237)', surface: 'rgb(29, 33, 37)' };

test('without a theme, a card on a light page is light, and follows color-scheme: dark', async () => {
  expect(await card()).toMatchObject(LIGHT);
  document.documentElement.style.colorScheme = 'dark';
  expect(await card()).toMatchObject(DARK);
});

test('.kpi-theme-dark makes a card dark on a light page, without color-scheme on the page', async () => {
  addStyles(dark);
  expect(await card()).toMatchObject(LIGHT);
  expect(await card('kpi-theme-dark')).toMatchObject({ ...DARK, scheme: 'dark' });
  document.documentElement.className = 'kpi-theme-dark';
  expect(await card()).toMatchObject(DARK);
});

test('.kpi-theme-dark wins over light.css on :root, and .kpi-theme-light makes a section of a dark page light', async () => {
  addStyles(light, dark);
  document.documentElement.className = 'kpi-theme-dark';
  expect(await card()).toMatchObject(DARK);
  expect(await card('kpi-theme-light')).toMatchObject({ ...LIGHT, scheme: 'light' });
});

test('light.css pins the light palette even where the page asks for dark', async () => {
  addStyles(light);
  document.documentElement.style.colorScheme = 'dark';
  expect(await card()).toMatchObject(LIGHT);
});

test('high-contrast.css: black on white in light, white on black in dark', async () => {
  addStyles(highContrast);
  expect(await card()).toMatchObject({ color: 'rgb(0, 0, 0)', surface: 'rgb(255, 255, 255)' });
  document.documentElement.style.colorScheme = 'dark';
  expect(await card()).toMatchObject({ color: 'rgb(255, 255, 255)', surface: 'rgb(0, 0, 0)' });
});

test('brand-example.css: the brand font, surface and corners on .kpi-theme-brand only', async () => {
  addStyles(brand);
  const plain = await card();
  expect(plain.font).not.toContain('Georgia');
  const branded = await card('kpi-theme-brand');
  expect(branded).toMatchObject({ color: 'rgb(31, 42, 68)', surface: 'rgb(251, 247, 239)', radius: '2px' });
  expect(branded.font).toContain('Georgia');
});
