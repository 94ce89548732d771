/**
 * What the stories of `<kpi-card>` and `<kpi-trend>` have in common. Both
 * elements extend KpiElement, so they take the same source and mapping
 * attributes, the same `data`, `transform` and `now` properties, fire the same
 * load, error and status events, and say what they show through custom
 * states. Writing that once keeps the two story files describing the same API
 * the same way; each file adds only its element's own options and checks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { expect, waitFor } from 'storybook/test';
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import type { Endpoint } from '../../.storybook/endpoints.js';
import type { KpiElement, KpiErrorEvent, KpiLoadEvent, KpiStatusChangeEvent } from '../../src/index.js';

/** Monday 23 November 2026, 09:00 UTC: the weekly review the fixtures are written for. */
export const REVIEW = Date.UTC(2026, 10, 23, 9);

// Args ---------------------------------------------------------------------------------

/**
 * The inputs every element's story has: attributes by their HTML names,
 * properties by their JS names, event actions. An element's args interface
 * extends this with its own options and its own select event.
 */
export interface SourceArgs {
  src?: string;
  refresh?: number;
  locale?: string;
  'kpi-pointer'?: string;
  'value-pointer'?: string;
  'series-pointer'?: string;
  'time-key'?: string;
  'value-key'?: string;
  format?: string;
  label?: string;
  'y-domain'?: 'fit' | 'zero';
  id?: string;
  /** A fixture name in the Controls panel; the element receives the document it maps to. */
  data?: unknown;
  transform?: (json: unknown) => unknown;
  now?: number;
  onKpiLoad?: (event: KpiLoadEvent) => void;
  onKpiError?: (event: KpiErrorEvent) => void;
  onKpiStatusChange?: (event: KpiStatusChangeEvent) => void;
}

/**
 * Controls for the shared args that the custom elements manifest cannot
 * describe on its own: `data` as a pick list of `fixtures` (by name), the
 * properties it has no attribute for, and the attributes whose values are a
 * closed set or need a better control than plain text.
 */
export function sourceArgTypes(fixtures: Readonly<Record<string, unknown>>): Partial<ArgTypes<SourceArgs>> {
  return {
    data: {
      description: 'The KPI document, or any JSON the mapping attributes read. Property only. Pick a fixture here.',
      options: Object.keys(fixtures),
      mapping: fixtures,
      control: 'select',
      table: { category: 'properties', type: { summary: 'unknown' } },
    },
    now: {
      description: 'The time pace and staleness are judged at, in epoch ms. Property only; stories pin it.',
      control: 'date',
      table: { category: 'properties', type: { summary: 'number | undefined' } },
    },
    transform: { control: false, table: { category: 'properties' } },
    id: {
      description: 'The KPI id when the JSON has none. Without it, the label as a slug is used.',
      control: 'text',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    'y-domain': { control: 'inline-radio', options: ['fit', 'zero'] },
    refresh: { control: { type: 'number', min: 0, step: 30 } },
    format: { control: 'text' },
  };
}

// Binding the shared args ---------------------------------------------------------------

/** The shared args set as attributes, in the order they are written on the element. */
const SOURCE_ATTRIBUTES = [
  'id',
  'src',
  'refresh',
  'locale',
  'kpi-pointer',
  'value-pointer',
  'series-pointer',
  'time-key',
  'value-key',
  'format',
  'label',
  'y-domain',
] as const satisfies readonly (keyof SourceArgs)[];

/** The shared args that are objects or numbers with no attribute, set as properties. */
const SOURCE_PROPERTIES = ['data', 'transform', 'now'] as const satisfies readonly (keyof SourceArgs)[];

/** The shared events, each with the arg holding its action. */
const SOURCE_EVENTS = {
  'kpi-load': 'onKpiLoad',
  'kpi-error': 'onKpiError',
  'kpi-status-change': 'onKpiStatusChange',
} as const satisfies Readonly<Record<string, keyof SourceArgs>>;

/**
 * Binds the shared args onto the element it is written in, as Lit bindings
 * would (`attr=${…}`, `.prop=${…}`, `@event=${…}`): an attribute is left off
 * for undefined and empty text, objects go in as properties, and an action
 * listens for its event. A template cannot share part of an element's
 * bindings with another template, so this is the part the elements share;
 * each element's render writes its own options beside it.
 */
class SourceBindings extends Directive {
  /** What was last set, by attribute or property name, so only changes are written (as Lit does). */
  readonly #committed = new Map<string, unknown>();
  /** The current action for each event; one listener per event calls it. */
  readonly #actions = new Map<string, ((event: Event) => void) | undefined>();
  #listening = false;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('sourceBindings() goes inside a start tag: <kpi-card ${sourceBindings(args)}>');
  }

  render(_args: SourceArgs): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [args]: [SourceArgs]): typeof nothing {
    const element = part.element;
    for (const name of SOURCE_ATTRIBUTES) {
      const value = args[name] === '' ? undefined : args[name];
      if (!this.#changed(name, value)) continue;
      if (value === undefined) element.removeAttribute(name);
      else element.setAttribute(name, String(value));
    }
    for (const name of SOURCE_PROPERTIES) {
      const value = args[name];
      if (this.#changed(`.${name}`, value)) (element as unknown as Record<string, unknown>)[name] = value;
    }
    for (const [type, arg] of Object.entries(SOURCE_EVENTS)) this.#actions.set(type, args[arg] as ((event: Event) => void) | undefined);
    if (!this.#listening) {
      this.#listening = true;
      for (const type of Object.keys(SOURCE_EVENTS)) {
        element.addEventListener(type, (event) => this.#actions.get(type)?.call(element, event));
      }
    }
    return nothing;
  }

  /** Whether `value` differs from what was last set; objects and functions always count as changed, as in Lit. */
  #changed(key: string, value: unknown): boolean {
    const primitive = value === null || (typeof value !== 'object' && typeof value !== 'function');
    if (primitive && this.#committed.has(key) && this.#committed.get(key) === value) return false;
    this.#committed.set(key, value);
    return true;
  }
}

/** The shared args, bound in an element's start tag: `<kpi-card ${sourceBindings(args)} ?sparkline=${…}>`. */
export const sourceBindings = directive(SourceBindings);

// Decorators and layouts --------------------------------------------------------------

/**
 * Shows the story inside a box as wide as the element usually is in a
 * dashboard (`width`). A story that needs another width, or `none` for
 * several elements side by side, sets the parameter named `parameter`.
 */
export function typicalWidth<TArgs>(parameter: string, width: string): Decorator<TArgs> {
  return (story, { parameters }) => html`<div style="max-inline-size: ${(parameters[parameter] as string | undefined) ?? width}">${story()}</div>`;
}

/** The public `--kpi-*` tokens every element reads: type, surface, text and the status colours. */
const BRAND_TOKENS = [
  '--kpi-font-family: Georgia, "DejaVu Serif", serif',
  '--kpi-color-surface: #fbf7ef',
  '--kpi-color-text: #1f2a44',
  '--kpi-color-muted: #4a5163',
  '--kpi-color-border: #d6c8ad',
  '--kpi-radius: 2px',
  '--kpi-space: 1.25rem',
  '--kpi-focus-ring: #6d28d9',
  '--kpi-color-good: #166534',
  '--kpi-color-warning: #8a4b08',
  '--kpi-color-critical: #9f1239',
  '--kpi-color-neutral: #4a5163',
];

/**
 * A brand theme as inline CSS, made only of public `--kpi-*` custom
 * properties: the tokens every element shares, then `own`, the element's own
 * (its marks, lines and skeleton), in the same palette.
 */
export const brandTheme = (own: readonly string[]): string => [...BRAND_TOKENS, ...own].join('; ');

/**
 * The same element three times, side by side in columns at least `column`
 * wide: under the page's light and dark `color-scheme`, and under `brand`,
 * set on an ancestor. The default theme follows `color-scheme`; a brand theme
 * only overrides public tokens.
 */
export function inEachTheme(element: () => TemplateResult, column: string, brand: string): TemplateResult {
  return html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(${column}, 1fr)); gap: 1rem">
    <section aria-label="Light" style="color-scheme: light; background: #f4f5f7; padding: 1rem">${element()}</section>
    <section aria-label="Dark" style="color-scheme: dark; background: #101315; padding: 1rem">${element()}</section>
    <section aria-label="Brand" style="color-scheme: light; background: #efe7d8; padding: 1rem; ${brand}">${element()}</section>
  </div>`;
}

// Refresh failures -----------------------------------------------------------------------

/** An endpoint that answers its first request with `json` and every later one with a 503, as during an outage. */
export const answersOnceThenFails =
  (json: unknown): Endpoint =>
  (call) =>
    call === 0 ? { json } : { status: 503, body: 'Service Unavailable' };

/**
 * `content`, in a wrapper that reloads its element once, as a `refresh` poll
 * would, as soon as the first data is in: with {@link answersOnceThenFails},
 * the story shows the last good data and the failed refresh without waiting
 * for a real poll interval.
 */
export function reloadsOnceLoaded(content: TemplateResult): TemplateResult {
  return html`<div
    @kpi-load=${{
      handleEvent: (event: Event) => (event.target as KpiElement).reload(),
      once: true,
    }}
  >
    ${content}
  </div>`;
}

// Plays -----------------------------------------------------------------------------------

/** Every `tag` element in the story, in document order. */
export const elementsIn = <E extends Element>(canvasElement: HTMLElement, tag: string): E[] => [...canvasElement.querySelectorAll<E>(tag)];

/** The shadow root of the story's `index`-th `tag` element; throws when there is none, so the play fails there. */
export function shadowRootOf(canvasElement: HTMLElement, tag: string, index = 0): ShadowRoot {
  const root = canvasElement.querySelectorAll(tag)[index]?.shadowRoot;
  if (!root) throw new Error(`no <${tag}> #${index} with a shadow root in the story`);
  return root;
}

/**
 * Waits until every `tag` element in the story shows all of `states` (custom
 * states, `:state(…)`) and passes `alsoCheck`. The elements load, validate and
 * measure asynchronously, so a play asserts nothing until they have settled.
 */
export async function waitUntilSettled<E extends HTMLElement>(
  canvasElement: HTMLElement,
  tag: string,
  states: readonly string[],
  { timeout, alsoCheck }: { timeout: number; alsoCheck?: (element: E) => Promise<void> },
): Promise<void> {
  const elements = elementsIn<E>(canvasElement, tag);
  await expect(elements.length, `<${tag}> elements in the story`).toBeGreaterThan(0);
  await waitFor(
    async () => {
      for (const element of elements) {
        // Done with what a state does not show, too: words in the element's language, parts fetched on first use.
        await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        for (const state of states) {
          await expect(element.matches(`:state(${state})`), `<${tag}> in :state(${state})`).toBe(true);
        }
        // Settled means done loading too (a card's or a child's failure is worded by code loaded on demand).
        if (!states.includes('loading')) await expect(element.matches(':state(loading)'), `<${tag}> no longer loading`).toBe(false);
        await alsoCheck?.(element);
      }
    },
    { timeout },
  );
}
