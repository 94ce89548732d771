// Types for `.vue` imports, which tsc cannot read (vue-tsc can). Svelte ships its own `*.svelte` declaration.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<Record<string, unknown>>;
  export default component;
}
