/**
 * Writes the editor and framework typings from custom-elements.json (run after
 * `cem analyze` and `tsc -p tsconfig.build.json`, as the last part of `npm run build`):
 *
 * - dist/jsx.d.ts (+ an empty dist/jsx.js): JSX `IntrinsicElements` for every
 *   tag (<kpi-card>, <kpi-trend>, <leading-lagging-board>, <kpi-source>), so React 19, Preact and
 *   other JSX users get prop and event checking. Published as `kpi-kit/jsx`.
 * - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json: VS
 *   Code custom data (`html.customData`, `css.customData`) for tags,
 *   attributes, parts and custom properties.
 *
 * Run with `tsx scripts/write-editor-types.ts`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';

type Manifest = Parameters<typeof generateJsxTypes>[0];
type Module = Manifest['modules'][number];

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;

const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8')) as Manifest;

const isTagged = (declaration: unknown): boolean => {
  const d = declaration as { customElement?: boolean; tagName?: string };
  return d.customElement === true && typeof d.tagName === 'string';
};
const tags = manifest.modules.flatMap((module) => (module.declarations ?? []).filter(isTagged).map((d) => (d as { tagName: string }).tagName));
if (tags.length === 0) throw new Error('custom-elements.json has no element with a tag name: run `npm run analyze` first.');

const declarations = await readDeclarations(dist);
// Events that the published typings add to GlobalEventHandlersEventMap (src/events/*.ts).
const typedEvents = globalEventNames(declarations);
// `export type YDomainPolicy = 'zero' | 'fit';` and the like, for attribute values in VS Code.
const literalUnions = literalUnionAliases(declarations);

await writeJsxTypes();
await writeVsCodeData();

async function writeJsxTypes(): Promise<void> {
  // The generator imports every export of each module that declares a custom
  // element. Keep only the modules of tagged elements (the abstract
  // SourcedElement's module also exports helpers that index.js does not), and
  // give each event the type the package already declares for it.
  const forJsx: Manifest = {
    ...manifest,
    modules: manifest.modules
      .filter((module) => (module.declarations ?? []).some(isTagged))
      .map((module): Module => ({
        ...module,
        declarations: (module.declarations ?? []).map((declaration) => {
          const d = declaration as { events?: { name: string; type?: { text: string } }[] };
          if (!isTagged(declaration) || !d.events) return declaration;
          const events = d.events.map((event) =>
            event.type || !typedEvents.has(event.name) ? event : { ...event, type: { text: `GlobalEventHandlersEventMap[${JSON.stringify(event.name)}]` } },
          );
          return { ...declaration, events } as typeof declaration;
        }),
      })),
  };
  generateJsxTypes(forJsx, {
    outdir: dist,
    fileName: 'jsx.d.ts',
    // dist/index.d.ts exports every element class; the file sits beside it.
    globalTypePath: './index.js',
    // `e.target` is the element and `e.detail` the event's detail.
    stronglyTypedEvents: true,
  });
  const jsx = await readFile(`${dist}/jsx.d.ts`, 'utf8');
  const missing = tags.filter((tag) => !jsx.includes(`"${tag}": Partial<`));
  if (missing.length > 0) throw new Error(`dist/jsx.d.ts has no JSX type for ${missing.join(', ')}`);
  // So that `import 'kpi-kit/jsx'` also resolves at run time; the types are all there is.
  await writeFile(`${dist}/jsx.js`, '// Types only: see jsx.d.ts.\nexport {};\n');
  console.log(`wrote dist/jsx.d.ts (${tags.join(', ')}; typed events: ${[...typedEvents].join(', ') || 'none'})`);
}

async function writeVsCodeData(): Promise<void> {
  // The manifest names an attribute's type as written (`YDomainPolicy`); VS Code
  // offers the members of a literal union as values, so spell aliases out.
  const spelledOut = JSON.parse(JSON.stringify(manifest), (key, value: unknown) =>
    key === 'text' && typeof value === 'string' && literalUnions.has(value) ? literalUnions.get(value) : value,
  ) as Parameters<typeof getVsCodeHtmlCustomData>[0];
  const options = { hideLogs: true };
  const html = getVsCodeHtmlCustomData(spelledOut, options);
  const css = getVsCodeCssCustomData(spelledOut, options);
  const htmlData = JSON.parse(html) as { tags?: { name: string }[] };
  const missing = tags.filter((tag) => !htmlData.tags?.some((t) => t.name === tag));
  if (missing.length > 0) throw new Error(`VS Code HTML data has no entry for ${missing.join(', ')}`);
  await writeFile(`${dist}/vscode.html-custom-data.json`, `${JSON.stringify(htmlData, null, 2)}\n`);
  await writeFile(`${dist}/vscode.css-custom-data.json`, `${JSON.stringify(JSON.parse(css), null, 2)}\n`);
  console.log('wrote dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json');
}

/** The text of every .d.ts file under `dir` (what tsc -p tsconfig.build.json wrote). */
async function readDeclarations(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.d.ts') && file !== 'jsx.d.ts');
  return Promise.all(files.map((file) => readFile(`${dir}/${file}`, 'utf8')));
}

/** Event names declared in `interface GlobalEventHandlersEventMap { 'name': Type; }` blocks. */
function globalEventNames(texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const block of text.matchAll(/interface GlobalEventHandlersEventMap\s*\{([^}]*)\}/g)) {
      for (const key of block[1]!.matchAll(/['"]([\w-]+)['"]\s*:/g)) names.add(key[1]!);
    }
  }
  return names;
}

/** `export type Name = 'a' | 'b';` aliases (string literals only), as Name → `'a' | 'b'`. */
function literalUnionAliases(texts: string[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(/export type (\w+) = ((?:'[^']*'|"[^"]*")(?:\s*\|\s*(?:'[^']*'|"[^"]*"))*);/g)) {
      aliases.set(match[1]!, match[2]!);
    }
  }
  return aliases;
}
