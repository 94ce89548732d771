/**
 * The README's Vue `isCustomElement` snippet, exactly as written there: every tag the
 * package's manifest declares is a custom element to Vue, so a template with all four
 * mounts them as the kit's elements without "Failed to resolve component" warnings.
 * The snippet the README used to give (`tag.startsWith('kpi-')`) fails this test.
 */
import readme from '../../README.md?raw';
import manifest from 'kpi-kit/custom-elements.json';
import 'kpi-kit/kpi-card.js';
import 'kpi-kit/kpi-trend.js';
import 'kpi-kit/kpi-source.js';
import 'kpi-kit/leading-lagging-board.js';
// Vue's full build, with the template compiler, as an app that compiles templates in the browser has.
import { createApp, type App } from 'vue/dist/vue.esm-bundler.js';
import { afterEach, expect, test } from 'vitest';
import { compileVueIsCustomElement, vueIsCustomElementSource } from './readme-snippets.js';

const tags = (manifest as { modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[] }).modules
  .flatMap((module) => module.declarations ?? [])
  .flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : []));

const template = tags.map((tag) => `<${tag}></${tag}>`).join('');

let app: App | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  app?.unmount();
  host?.remove();
});

/** Mounts `template` with `isCustomElement`; the warnings Vue gave, and the host. */
function mount(isCustomElement: (tag: string) => boolean): string[] {
  const warnings: string[] = [];
  host = document.body.appendChild(document.createElement('div'));
  app = createApp({ template });
  app.config.compilerOptions.isCustomElement = isCustomElement;
  app.config.warnHandler = (message) => warnings.push(message);
  app.mount(host);
  return warnings;
}

test('the manifest declares the four tags', () => {
  expect([...tags].sort()).toEqual(['kpi-card', 'kpi-source', 'kpi-trend', 'leading-lagging-board']);
});

test("the README's isCustomElement accepts every tag of the manifest and nothing else", () => {
  const isCustomElement = compileVueIsCustomElement(readme);
  for (const tag of tags) expect(isCustomElement(tag), tag).toBe(true);
  for (const tag of ['div', 'router-view', 'KpiCard', 'kpi', 'leading-lagging']) expect(isCustomElement(tag), tag).toBe(false);
});

test("Vue mounts every kit tag as the kit's element with the README's isCustomElement, without warnings", () => {
  const warnings = mount(compileVueIsCustomElement(readme));
  expect(warnings).toEqual([]);
  for (const tag of tags) {
    const element = host!.querySelector(tag);
    expect(element, tag).toBeInstanceOf(customElements.get(tag)!);
  }
});

test("the old snippet, tag.startsWith('kpi-'), loses <leading-lagging-board>: the test above would catch it", () => {
  expect(vueIsCustomElementSource(readme)).not.toBe("(tag) => tag.startsWith('kpi-')");
  const warnings = mount((tag) => tag.startsWith('kpi-'));
  expect(warnings.join('\n')).toContain('Failed to resolve component: leading-lagging-board');
});
