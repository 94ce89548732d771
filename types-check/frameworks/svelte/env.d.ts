// What an app adds once: the kit's tags as Svelte elements.
import type {} from 'kpi-kit/svelte';
