/**
 * Storybook's own Vite config. main.ts points the builder here, so Storybook
 * never loads the library's vite.config.ts (the demo server and the npm/CDN
 * builds), and either can change without breaking the other.
 */
import { defineConfig } from 'vite';
import { customElementsManifest } from './custom-elements-manifest.js';

export default defineConfig({
  plugins: [customElementsManifest()],
  resolve: {
    // One copy of Lit for the kit, the stories and Storybook's web-components renderer.
    dedupe: ['lit', '@lit/reactive-element', 'lit-html', 'lit-element'],
  },
  optimizeDeps: {
    // Pre-bundle every Lit entry point together, so they share one lit-html. The renderer imports
    // lit/directive-helpers.js, which the dependency scan misses; served unbundled, it would load a
    // second lit-html beside the one inside the pre-bundled `lit`.
    include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directive.js', 'lit/directives/repeat.js', '@lit/task'],
  },
});
