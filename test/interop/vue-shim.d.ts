// Types for `.vue` imports, which tsc cannot read (vue-tsc can). Svelte ships its own `*.svelte` declaration.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<Record<string, unknown>>;
  export default component;
}

// Vue's full build (runtime and template compiler) has the same API as `vue`.
declare module 'vue/dist/vue.esm-bundler.js' {
  export * from 'vue';
}

// Vite's `?raw` imports: the file's text.
declare module '*?raw' {
  const text: string;
  export default text;
}

// Vite's `?inline` CSS imports: the stylesheet's text.
declare module '*.css?inline' {
  const text: string;
  export default text;
}
