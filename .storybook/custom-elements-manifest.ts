/**
 * Serves custom-elements.json to the Storybook preview as the virtual module
 * `virtual:kpi-kit/custom-elements`, and keeps it current:
 *
 * - before the first import, it runs the analyzer (`cem analyze --litelement`,
 *   configured by custom-elements-manifest.config.mjs, exactly as `npm run
 *   analyze` does) when the file is missing or older than any source file;
 * - under `storybook dev`, an edit to src/**\/*.ts re-runs it and reloads the
 *   module, so Controls and Docs follow the JSDoc without a restart.
 *
 * So neither `storybook` nor `build-storybook` needs a pre-step in package.json.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = join(root, 'custom-elements.json');
const configPath = join(root, 'custom-elements-manifest.config.mjs');
const sourceDir = join(root, 'src');

const VIRTUAL_ID = 'virtual:kpi-kit/custom-elements';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The analyzer's CLI, run with this Node so no shell or npx lookup is involved. */
function analyzerArgs(): string[] {
  const require = createRequire(import.meta.url);
  const cli = join(require.resolve('@custom-elements-manifest/analyzer/package.json'), '..', 'cem.js');
  return [cli, 'analyze', '--litelement'];
}

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  if (!existsSync(manifestPath)) return true;
  const built = statSync(manifestPath).mtimeMs;
  const config = existsSync(configPath) ? statSync(configPath).mtimeMs : 0;
  return Math.max(newestSourceTime(sourceDir), config) > built;
}

/** Writes custom-elements.json when it is missing or stale. Throws with the analyzer's output when it fails. */
export function ensureManifest(): void {
  if (!isStale()) return;
  execFileSync(process.execPath, analyzerArgs(), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
}

function regenerate(): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, analyzerArgs(), { cwd: root }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`cem analyze failed: ${stderr || error.message}`));
      else resolve();
    });
  });
}

export function customElementsManifest(): Plugin {
  return {
    name: 'kpi-kit:custom-elements-manifest',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      ensureManifest();
      this.addWatchFile(manifestPath);
      return `export default ${readFileSync(manifestPath, 'utf8')};`;
    },
    configureServer(server) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let running: Promise<void> = Promise.resolve();
      const changed = (file: string): void => {
        const path = relative(sourceDir, file);
        if (path.startsWith('..') || path.startsWith(sep) || !path.endsWith('.ts')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          running = running
            .then(regenerate)
            .then(async () => {
              const module = server.moduleGraph.getModuleById(RESOLVED_ID);
              if (module) await server.reloadModule(module);
            })
            .catch((error: unknown) => server.config.logger.error(String(error)));
        }, 250);
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
  };
}
