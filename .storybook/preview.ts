import { html, nothing } from 'lit';
import { setCustomElementsManifest, type ArgTypes, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from 'virtual:kpi-kit/custom-elements';
import { documentationRows, publicApi, readOnlyProperties } from './public-api.js';

// Controls and the Docs tables (attributes, properties, events, slots, CSS
// custom properties, parts) come from the class JSDoc, via the manifest.
const api = publicApi(manifest);
setCustomElementsManifest(api);

/** Rows that document the element but cannot be set from the Controls panel. */
const DOCUMENTATION_ONLY = new Set(['events', 'slots', 'css custom properties', 'css shadow parts', 'methods', 'css states']);
const READ_ONLY = readOnlyProperties(api);

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
type InputType = ArgTypes[string];

/** `string | undefined` → text, and so on; Storybook would offer a JSON editor for any union. */
function controlFor(typeText: string | undefined): InputType['control'] | undefined {
  const types: string[] = (typeText ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (types.length !== 1) return undefined;
  const type = ({ string: 'text', number: 'number', boolean: 'boolean' } as const)[types[0] as string];
  return type ? { type } : undefined;
}

const manifestControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if ((category && DOCUMENTATION_ONLY.has(category)) || READ_ONLY.has(name)) return [name, { ...argType, control: false }];
      if (argType.control !== undefined) return [name, argType];
      const control = controlFor(argType.table?.type?.summary);
      return [name, control ? { ...argType, control } : argType];
    }),
  );

/** The methods and custom states, which Storybook's manifest reading leaves out, as rows of the Docs tables. */
const methodsAndStates: ArgTypesEnhancer = ({ argTypes, component }) => {
  if (typeof component !== 'string') return argTypes;
  const rows = documentationRows(api, component).map((row): [string, (typeof argTypes)[string]] => [
    row.name,
    {
      name: row.name,
      type: { name: 'other', value: row.summary },
      description: row.description,
      control: false,
      table: { category: row.category, type: { summary: row.summary } },
    },
  ]);
  return { ...argTypes, ...Object.fromEntries(rows) };
};

/**
 * The toolbar's locale: every story's elements speak it, through a `lang` (and for Arabic `dir="rtl"`) on the
 * story's root. An element with its own `locale` attribute, or inside its own `lang`, keeps it.
 */
const withLocale: Decorator = (story, { globals }) => {
  const locale = typeof globals['locale'] === 'string' ? globals['locale'] : '';
  if (!locale) return story();
  return html`<div lang=${locale} dir=${locale.startsWith('ar') ? 'rtl' : nothing}>${story()}</div>`;
};

const preview: Preview = {
  argTypesEnhancers: [manifestControls, methodsAndStates],
  decorators: [withLocale],
  globalTypes: {
    locale: {
      description: 'The language of every story (a `lang` on its root)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: '', title: 'As the story sets it' },
          { value: 'en-US', title: 'English (en-US)' },
          { value: 'de-DE', title: 'Deutsch (de-DE)' },
          { value: 'fr-FR', title: 'Français (fr-FR)' },
          { value: 'es-ES', title: 'Español (es-ES)' },
          { value: 'ja-JP', title: '日本語 (ja-JP)' },
          { value: 'ar', title: 'العربية (ar)' },
        ],
      },
    },
  },
  initialGlobals: { locale: '' },
  parameters: {
    layout: 'padded',
    controls: {
      expanded: true,
      sort: 'requiredFirst',
    },
    a11y: {
      // Every story must render with zero axe violations; a violation fails the story's test.
      test: 'error',
    },
    docs: {
      toc: true,
    },
  },
};

export default preview;
