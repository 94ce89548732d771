/**
 * The framework entries and theme files, written from custom-elements.json and src/
 * (run after `npm run analyze` and `tsc -p tsconfig.build.json`, as part of
 * `npm run build`, after scripts/write-editor-types.ts):
 *
 * - dist/vue.d.ts (`kpi-kit/vue`): Vue `GlobalComponents` for the four tags, so vue-tsc
 *   checks props and `@kpi-…` handlers. Written here rather than by
 *   `custom-element-vuejs-integration`, whose kebab-case keys (`"y-domain"`, `"onkpi-select"`)
 *   vue-tsc 3 rejects under strictTemplates (it checks `yDomain` and `onKpiSelect`), and whose
 *   global `JSX.IntrinsicElements` block would clash with `kpi-kit/jsx`.
 * - dist/svelte.d.ts (`kpi-kit/svelte`): Svelte 5 element types (`svelte/elements`
 *   `SvelteHTMLElements`), with `onkpi-…` event attributes. Written here rather than by
 *   `custom-element-svelte-integration`, whose output is Svelte 4's (`on:` and `bind:`
 *   directives, and SolidJS's `JSX.*` base props, which Svelte does not have).
 * - dist/react/*.js (`kpi-kit/react`): the `@lit/react` wrappers in src/react/, one
 *   module per tag, compiled by esbuild; `@lit/react` and `react` stay imports (optional
 *   peer dependencies). Their events must be the manifest's, each as `onKpi…`.
 * - dist/themes/*.css (`kpi-kit/themes/*.css`) and dist/cdn/themes/: src/themes/, after checking that every
 *   property they set is a public token (documented with `@cssproperty` and read with
 *   `var()` in src/), and that their text and status colours keep their contrast.
 *
 * Run with `tsx scripts/write-framework-types.ts`.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { checkThemes } from './theme-tokens.ts';

interface Attribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
  description?: string;
}
interface Member {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
  type?: { text: string };
  description?: string;
}
interface Event {
  name: string;
  type?: { text: string };
  description?: string;
}
interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Event[];
  cssProperties?: { name: string }[];
}
interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: Declaration[] }[];
}

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d): d is Declaration & { tagName: string } => d.customElement === true && !!d.tagName),
);
if (elements.length === 0) throw new Error('custom-elements.json has no element with a tag name: run `npm run analyze` first.');

/** Public instance fields the page may set: not static, private, protected or read-only. */
const settable = (member: Member): boolean => member.kind === 'field' && !member.static && !member.readonly && !member.privacy && !member.name.startsWith('_');
/** Attributes with the property they set (`id` is HTMLElement's own, so the manifest names none). */
const attributesOf = (element: Declaration): (Attribute & { fieldName: string })[] =>
  (element.attributes ?? []).map((a) => ({ ...a, fieldName: a.fieldName ?? a.name }));
/** Settable properties that have no attribute (objects and functions: `data`, `transform`, `request`). */
const propertiesOf = (element: Declaration): Member[] => (element.members ?? []).filter((m) => settable(m) && !m.attribute);
const eventType = (name: string): string => `GlobalEventHandlersEventMap[${JSON.stringify(name)}]`;
const pascal = (name: string): string => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const quote = (s: string): string => JSON.stringify(s);
/** One optional member with its manifest description as JSDoc. */
const member = (description: string | undefined, key: string, type: string): string => {
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
  const doc = description ? `  /** ${description.replace(/\*\//g, '*\\/').replace(/\n/g, '\n   * ')} */\n` : '';
  return `${doc}  ${name}?: ${type};`;
};

await mkdir(dist, { recursive: true });
await writeVue();
await writeSvelte();
await compileEntries();
await copyThemes();

async function writeVue(): Promise<void> {
  // Vue checks a template against camelCase props: `y-domain="zero"` as `yDomain`, `@kpi-select`
  // as `onKpiSelect`. custom-element-vuejs-integration writes the kebab-case names
  // (`"y-domain"`, `"onkpi-select"`), which vue-tsc 3 rejects under strictTemplates, and adds
  // a global JSX block that would clash with kpi-kit/jsx; so the types are written here.
  const blocks = elements.map((element) => {
    const lines = [
      ...attributesOf(element).map((a) => member(a.description, camel(a.name), `${element.name}[${quote(a.fieldName)}]`)),
      ...propertiesOf(element).map((p) => member(p.description, p.name, `${element.name}[${quote(p.name)}]`)),
      ...(element.events ?? []).map((e) => member(e.description, `on${pascal(e.name)}`, `(event: ${eventType(e.name)}) => void`)),
    ];
    return `/** Props and events of \`<${element.tagName}>\` in a Vue template. */\nexport interface ${element.name}Props {\n${lines.join('\n')}\n}`;
  });
  const text = [
    '// Generated by scripts/write-framework-types.ts from custom-elements.json: do not edit.',
    "// `kpi-kit/vue`: the kit's tags as Vue GlobalComponents, for vue-tsc and Vue's language tools.",
    '// Load once, e.g. `import type {} from \'kpi-kit/vue\'` in a .d.ts, or `"types": ["kpi-kit/vue"]`.',
    '// Attributes are typed by the property they set, `@kpi-…` listeners by the event the kit fires.',
    '// With `vueCompilerOptions.strictTemplates`, an unknown or read-only prop is an error too.',
    "import type { DefineComponent } from 'vue';",
    `import type { ${elements.map((e) => e.name).join(', ')} } from './index.js';`,
    '',
    ...blocks.flatMap((block) => [block, '']),
    "declare module 'vue' {",
    '  interface GlobalComponents {',
    ...elements.map((e) => `    ${quote(e.tagName)}: DefineComponent<${e.name}Props>;`),
    '  }',
    '}',
    '',
  ].join('\n');
  await writeFile(`${dist}/vue.d.ts`, text);
  await writeFile(`${dist}/vue.js`, '// Types only: see vue.d.ts.\nexport {};\n');
  console.log(`wrote dist/vue.d.ts (${elements.map((e) => e.tagName).join(', ')})`);
}

async function writeSvelte(): Promise<void> {
  const blocks = elements.map((element) => {
    const lines = [
      ...attributesOf(element).map((a) => member(a.description, a.name, `${element.name}[${quote(a.fieldName)}]`)),
      ...propertiesOf(element).map((p) => member(p.description, p.name, `${element.name}[${quote(p.name)}]`)),
      ...(element.events ?? []).map((e) => member(e.description, `on${e.name}`, `(event: ${eventType(e.name)}) => void`)),
    ];
    return `/** Attributes, properties and events of \`<${element.tagName}>\`. */\nexport interface ${element.name}Props {\n${lines.join('\n')}\n}`;
  });
  const text = [
    '// Generated by scripts/write-framework-types.ts from custom-elements.json: do not edit.',
    "// `kpi-kit/svelte`: the kit's tags for Svelte 5 and svelte-check. Load once, e.g.",
    '// `import type {} from \'kpi-kit/svelte\'` in a .d.ts, or `"types": ["kpi-kit/svelte"]`.',
    '// Attributes and properties are typed by the element class; `on<event-name>` attributes',
    '// (`onkpi-select`) by the event the kit fires. Unknown attributes are errors.',
    "import type { HTMLAttributes } from 'svelte/elements';",
    `import type { ${elements.map((e) => e.name).join(', ')} } from './index.js';`,
    '',
    ...blocks.flatMap((block) => [block, '']),
    "declare module 'svelte/elements' {",
    '  interface SvelteHTMLElements {',
    ...elements.map((e) => `    ${quote(e.tagName)}: Omit<HTMLAttributes<${e.name}>, keyof ${e.name}Props> & ${e.name}Props;`),
    '  }',
    '}',
    '',
  ].join('\n');
  await writeFile(`${dist}/svelte.d.ts`, text);
  await writeFile(`${dist}/svelte.js`, '// Types only: see svelte.d.ts.\nexport {};\n');
  console.log(`wrote dist/svelte.d.ts (${elements.map((e) => e.tagName).join(', ')})`);
}

async function compileEntries(): Promise<void> {
  const react = (await readdir(`${root}src/react`)).filter((f) => f.endsWith('.ts'));
  // Each wrapper binds exactly its element's events, each as on + PascalCase(name).
  for (const element of elements) {
    const file = `${element.tagName}.ts`;
    if (!react.includes(file)) throw new Error(`src/react/${file} is missing: every tag needs a React wrapper`);
    const source = await readFile(`${root}src/react/${file}`, 'utf8');
    const bound = [...source.matchAll(/(on\w+): '([\w-]+)' as EventName/g)].map((m) => ({ prop: m[1]!, name: m[2]! }));
    const expected = (element.events ?? []).map((e) => e.name).sort();
    const actual = bound.map((b) => b.name).sort();
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(`src/react/${file} binds ${actual.join(', ') || 'no events'}; the manifest says <${element.tagName}> fires ${expected.join(', ')}`);
    }
    const misnamed = bound.filter((b) => b.prop !== `on${pascal(b.name)}`);
    if (misnamed.length > 0) throw new Error(`src/react/${file}: ${misnamed.map((b) => `${b.prop} should be on${pascal(b.name)}`).join(', ')}`);
  }
  // Transpile only: relative imports (`../kpi-card.js`) stay as written and resolve in dist/, which mirrors src/.
  await build({
    entryPoints: react.map((f) => `${root}src/react/${f}`),
    outbase: `${root}src`,
    outdir: dist,
    bundle: false,
    format: 'esm',
    target: 'es2022',
    sourcemap: true,
    logLevel: 'warning',
  });
  console.log(`wrote dist/react/ (${react.join(', ')})`);
}

async function copyThemes(): Promise<void> {
  const files = (await readdir(`${root}src/themes`)).filter((f) => f.endsWith('.css')).sort();
  const problems = await checkThemes(root, files);
  if (problems.length > 0) throw new Error(`src/themes/ has problems:\n  ${problems.join('\n  ')}`);
  // dist/themes/ for `kpi-kit/themes/*.css`, and dist/cdn/themes/ so that copying the CDN folder brings them along.
  for (const dir of [`${dist}/themes`, `${dist}/cdn/themes`]) {
    await mkdir(dir, { recursive: true });
    for (const file of files) await copyFile(`${root}src/themes/${file}`, `${dir}/${file}`);
  }
  console.log(`wrote dist/themes/ and dist/cdn/themes/ (${files.join(', ')}); every property is a public token`);
}
