/**
 * One config, three jobs:
 *   `vite`                  (npm start)  the demo page, with /src served from source;
 *   `vite build`            unbundled ESM for npm: index and tag entries, one file per module, dependencies external;
 *   `vite build --mode cdn` dist/cdn/: the autoloader kpi-kit.js, one minified entry per tag, shared chunks
 *                           under chunks/, and index.js (every class and function) for module scripts.
 *
 * The list of tag entries is package.json `exports`: add `"./<tag>.js"` there
 * (and its two `sideEffects` paths) and the build, the types and `npm run size`
 * pick it up.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, normalizePath, type Plugin } from 'vite';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

const root = fileURLToPath(new URL('.', import.meta.url));

interface PackageJson {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  exports: Record<string, string | { types?: string; default?: string }>;
  sideEffects: string[];
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

/** Tag names published as `kpi-kit/<tag>.js`; custom element names always contain a hyphen. */
const tags = Object.keys(pkg.exports).flatMap((key) => /^\.\/([a-z][a-z0-9]*-[a-z0-9-]+)\.js$/.exec(key)?.[1] ?? []);

// Everything the package depends on stays an import in the npm build, so an
// app that also uses lit or d3 ships one copy.
const externalPackages = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
];
const isExternal = (id: string): boolean => /^d3-/.test(id) || externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

// One copy of Lit even when a story, a test or the demo reaches it through another path.
const dedupe = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/**
 * Minifies the kit's Lit `css`, `html` and `svg` literals (src/ only), which the
 * JS minifiers leave as written, with Lit's own maintained minifier
 * (lightningcss for CSS, html-minifier-next for markup). Both builds ship
 * them minified. Build only: the dev server, Storybook and the tests see the
 * source. `MINIFY_LITERALS=0` turns it off (to compare sizes or bisect a
 * styling bug). scripts/size.js uses the same options.
 */
type ModuleGraph = { getModuleInfo(id: string): { readonly importedIds: readonly string[]; readonly isEntry: boolean } | null };

/**
 * Fewer, larger shared chunks for the CDN build. Left to itself the bundler splits what the elements
 * share into a dozen small files, each compressed on its own and naming its imports and exports
 * (the first card was 13 files, 44.5 kB gz; grouped, 7 files and 43.6). `base` is what `<kpi-source>`
 * needs (Lit, the data layer); `kit` what the card, the trend and the board all need besides (the
 * view, the words, the element classes); `one-kpi` what the card and the trend share beyond that.
 * `reading` groups the code a card fetches beside its data to read its KPI (mapping, validation, the
 * view); a trend and a board load it up front, since they use most of it. Each group is closed under
 * static imports of the entries, so no element loads another's code.
 */
function sharedChunk(id: string, graph: ModuleGraph): string | null {
  groups ??= chunkGroups(graph);
  if (graph.getModuleInfo(id)?.isEntry) return null;
  return groups.find(([, members]) => members.has(id))?.[0] ?? null;
}
let groups: (readonly [string, ReadonlySet<string>])[] | undefined;

function chunkGroups(graph: ModuleGraph): (readonly [string, ReadonlySet<string>])[] {
  const closure = (module: string): Set<string> => {
    const found = new Set<string>();
    const walk = (id: string) => {
      if (found.has(id)) return;
      found.add(id);
      for (const imported of graph.getModuleInfo(id)?.importedIds ?? []) walk(imported);
    };
    walk(normalizePath(join(root, 'src', `${module}.ts`)));
    return found;
  };
  const [base, card, trend, board] = ['kpi-source', 'kpi-card', 'kpi-trend', 'leading-lagging-board'].map(closure) as [
    Set<string>,
    Set<string>,
    Set<string>,
    Set<string>,
  ];
  const kit = new Set([...card].filter((id) => !base.has(id) && trend.has(id) && board.has(id)));
  const oneKpi = new Set([...card].filter((id) => !base.has(id) && !kit.has(id) && trend.has(id)));
  const reading = new Set([...closure('elements/kpi-reading')].filter((id) => !card.has(id) && !base.has(id)));
  return [
    ['base', base],
    ['kit', kit],
    ['one-kpi', oneKpi],
    ['reading', reading],
  ];
}

function minifyLiteralsPlugin(): Plugin {
  const srcDir = `${normalizePath(join(root, 'src'))}/`;
  return {
    name: 'kpi-kit:minify-literals',
    enforce: 'pre',
    apply: 'build',
    transform: {
      filter: { id: /\.[cm]?[jt]s$/ },
      async handler(code, id) {
        if (process.env.MINIFY_LITERALS === '0' || !normalizePath(id).startsWith(srcDir)) return null;
        try {
          const result = await minifyHTMLLiterals(code, { fileName: id, minifyOptions: literalMinifyOptions });
          return result ? { code: result.code, map: result.map?.toString() ?? null } : null;
        } catch (error) {
          // A literal the minifier cannot read leaves the module as written: bigger, never broken.
          this.warn(`${id}: literals left unminified: ${error instanceof Error ? error.message : String(error)}`);
          return null;
        }
      },
    },
  };
}

/**
 * html-minifier-next's defaults would drop the `/` of `<path/>` in an svg``
 * fragment (the next element then nests inside it) and the space between a
 * custom element and its text; these two keep both. Mirrored in scripts/size.js.
 */
const literalMinifyOptions = { keepClosingSlash: true, conservativeCollapse: true };

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      root: join(root, 'demo'),
      // 404 for a missing file, so the demo's error states are real; 'spa' answers every miss with index.html.
      appType: 'mpa',
      resolve: {
        dedupe,
        // The demo loads /src/kit.ts, which lives beside demo/, not in it.
        alias: [{ find: /^\/src\//, replacement: `${join(root, 'src')}/` }],
      },
      server: {
        host: '127.0.0.1',
        port: 5173,
        strictPort: false,
        fs: { allow: [root] },
      },
    };
  }

  checkEntries();
  if (mode === 'cdn') {
    return {
      publicDir: false,
      plugins: [minifyLiteralsPlugin()],
      resolve: { dedupe },
      build: {
        target: 'es2022',
        outDir: 'dist/cdn',
        emptyOutDir: true,
        sourcemap: true,
        minify: 'oxc',
        // The chunks carry lit, d3 and valibot, so they ship their licences.
        license: { fileName: 'THIRD-PARTY-LICENSES.md' },
        lib: {
          // kpi-kit.js is the autoloader: it imports each tag's entry the first time the page uses the tag.
          // index.js is for module scripts that want the classes and functions; it shares the chunks.
          entry: {
            'kpi-kit': join(root, 'src/autoloader.ts'),
            ...Object.fromEntries(tags.map((tag) => [tag, join(root, 'src', `${tag}.ts`)])),
            index: join(root, 'src/index.ts'),
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: {
          output: {
            // Relative imports between the files resolve against each file's own URL,
            // so the kit works from any CDN path.
            chunkFileNames: 'chunks/[name]-[hash].js',
            manualChunks: sharedChunk,
            // Vite keeps whitespace and /*#__PURE__*/ marks in ES libraries for the next
            // bundler; these files go straight to the browser, so squeeze them fully.
            minify: { codegen: true },
            comments: { annotation: false, legal: true },
          },
        },
      },
    };
  }

  return {
    publicDir: false,
    plugins: [minifyLiteralsPlugin()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      // Apps minify; readable output makes their stack traces and bug reports useful.
      minify: false,
      lib: {
        entry: Object.fromEntries(['index', 'ssr', 'i18n', ...tags].map((name) => [name, join(root, 'src', `${name}.ts`)])),
        formats: ['es'],
      },
      rolldownOptions: {
        external: isExternal,
        // One file per source module, mirroring src/ and the .d.ts files. An app's
        // bundler can then drop whole modules it does not use; inside one shared
        // chunk, Lit's decorator calls would keep every element alive.
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          // The compiler's own helpers (e.g. `decorate`) get a stable name, not a versioned package path.
          entryFileNames: ({ name }) => (name.startsWith('_virtual/') ? `helpers/${name.split('/').pop()}.js` : '[name].js'),
        },
      },
    },
  };
});

/**
 * Fails the build when package.json, src/ and the CDN autoloader disagree about the tag entries.
 * A tag file missing from `sideEffects` would have its `define()` tree-shaken
 * away by every bundler, including ours when it builds the CDN file.
 */
function checkEntries(): void {
  const problems: string[] = [];
  const autoloader = readFileSync(join(root, 'src/autoloader.ts'), 'utf8');
  for (const tag of tags) {
    if (!existsSync(join(root, 'src', `${tag}.ts`))) problems.push(`exports has ./${tag}.js but src/${tag}.ts is missing`);
    for (const path of [`./dist/${tag}.js`, `./src/${tag}.ts`]) {
      if (!pkg.sideEffects.includes(path)) problems.push(`sideEffects lacks "${path}"`);
    }
    // A tag the autoloader does not know would never be defined on a CDN page.
    if (!autoloader.includes(`'${tag}': () => import('./${tag}.js')`)) problems.push(`src/autoloader.ts does not load <${tag}>`);
  }
  const topLevel = readdirSync(join(root, 'src')).filter((file) => file.endsWith('.ts') && file.includes('-'));
  for (const file of topLevel) {
    const tag = file.slice(0, -'.ts'.length);
    if (!tags.includes(tag)) problems.push(`src/${file} looks like a tag entry but package.json exports has no "./${tag}.js"`);
  }
  if (problems.length > 0) throw new Error(`package.json entries are out of step with src/:\n  ${problems.join('\n  ')}`);
}
