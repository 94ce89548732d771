// The kit's tags as Svelte elements: svelte-check checks their attributes and onkpi-… handlers.
import type {} from 'kpi-kit/svelte';
