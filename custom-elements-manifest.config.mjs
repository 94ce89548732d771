/**
 * `cem analyze --litelement` writes custom-elements.json at the package root
 * from the class JSDoc in src/elements/** (@summary @slot @csspart
 * @cssproperty @cssstate @event), for editors, Storybook and docs.
 */
import { posix } from 'node:path';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the analyzer must not rewrite it mid-build.
  packagejson: false,
  plugins: [consistentModuleReferences()],
};

/**
 * The analyzer records some references as written in the import (`/src/x.js`,
 * `./core/x.js`) rather than as the module's own path (`src/core/x.ts`), so a
 * tool following `declaration.module` finds nothing. Point them at the modules.
 */
function consistentModuleReferences() {
  return {
    name: 'kpi-kit:consistent-module-references',
    packageLinkPhase({ customElementsManifest }) {
      const paths = new Set(customElementsManifest.modules.map((module) => module.path));
      const fix = (reference, base) => {
        if (typeof reference?.module !== 'string') return;
        const written = reference.module;
        const path = written.startsWith('.') ? posix.join(base, written) : written.replace(/^\//, '');
        const source = path.replace(/\.js$/, '.ts');
        if (paths.has(path)) reference.module = path;
        else if (paths.has(source)) reference.module = source;
      };
      const visit = (node, base) => {
        if (Array.isArray(node)) node.forEach((child) => visit(child, base));
        else if (node && typeof node === 'object') {
          fix(node, base);
          Object.values(node).forEach((child) => visit(child, base));
        }
      };
      for (const module of customElementsManifest.modules) visit(module, posix.dirname(module.path));
    },
  };
}
