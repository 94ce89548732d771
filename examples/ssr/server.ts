/// <reference types="node" />
/**
 * Serves the server-side rendering example: `npm run ssr:example`, then open
 * http://127.0.0.1:4175/ (or $PORT). Try it with JavaScript turned off too.
 *
 *   /                 the page, rendered by page.ts on each request from demo/data/*.json
 *   /assets/*.js      client.ts and the kit, bundled by esbuild when the server starts
 *   /data/<id>.json   demo/data/<id>.json, for a card that fetches its KPI (`src`)
 *
 * A real app would bundle client.ts with its own build and import `kpi-kit/kpi-card.js`
 * from the package; here `kpi-kit` resolves to src/ through the root tsconfig's `paths`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { renderPage, type ServerCard } from './page.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const readKpi = (id: string): unknown => JSON.parse(readFileSync(join(root, 'demo', 'data', `${id}.json`), 'utf8'));

/** The page's cards: an intranet server reading its KPI files. */
export function exampleCards(): ServerCard[] {
  return [
    { data: readKpi('activation-rate'), sparkline: true },
    { data: readKpi('net-revenue-retention') },
    { data: readKpi('daily-signups'), sparkline: true },
    { data: readKpi('weekly-engaged-teams'), compact: true },
  ];
}

export interface ExampleServerOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  /** The cards on the page; by default `exampleCards()`, read again for each request. */
  readonly cards?: () => readonly ServerCard[];
  /** Pins the server's clock (epoch ms), for tests; by default the time of each request. */
  readonly now?: number;
  /** Bundles Lit's development build, which warns about misuse (tests use it). */
  readonly development?: boolean;
}

export interface ExampleServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Bundles client.ts (Lit's hydration support, then the kit as a separate chunk). */
async function bundleClient(development: boolean): Promise<Map<string, string>> {
  const result = await build({
    entryPoints: { client: join(here, 'client.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: development ? ['development'] : [],
    define: { 'process.env.NODE_ENV': JSON.stringify(development ? 'development' : 'production') },
    minify: !development,
    outdir: '/assets',
    write: false,
    logLevel: 'warning',
  });
  return new Map(result.outputFiles.map((file) => [`/assets/${basename(file.path)}`, file.text]));
}

export async function startExampleServer(options: ExampleServerOptions = {}): Promise<ExampleServer> {
  const assets = await bundleClient(options.development ?? false);
  const cards = options.cards ?? exampleCards;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const kpiFile = /^\/data\/([a-z0-9-]+)\.json$/.exec(path)?.[1];
    if (kpiFile !== undefined && existsSync(join(root, 'demo', 'data', `${kpiFile}.json`))) {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(readFileSync(join(root, 'demo', 'data', `${kpiFile}.json`)));
      return;
    }
    const asset = assets.get(path);
    if (asset !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(asset);
      return;
    }
    if (path !== '/') {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    renderPage({ cards: cards(), now: options.now ?? Date.now(), clientScript: '/assets/client.js' }).then(
      (html) => {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(html);
      },
      (error: unknown) => {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(`Server rendering failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url } = await startExampleServer({ port: Number(process.env.PORT ?? 4175) });
  console.log(`Server-rendered KPI cards at ${url}`);
}
