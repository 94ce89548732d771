// Stops svelte-check looking further up for a Vite or Svelte config (the root's is the kit's own).
export default {};
