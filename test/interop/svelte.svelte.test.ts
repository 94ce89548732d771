// A `.svelte.test.ts` file, so Svelte compiles the `$state` rune below.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, test } from 'vitest';
import KpiDashboard from '../../examples/svelte/KpiDashboard.svelte';
import { activationRate, exerciseDashboard, GOOD } from './support.js';

let component: ReturnType<typeof mount> | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  if (component) void unmount(component);
  host?.remove();
});

test('Svelte 5: data as a property, kpi-select and kpi-status-change through on<event-name> attributes', async () => {
  host = document.body.appendChild(document.createElement('div'));
  let src = $state(GOOD);
  // A getter keeps the prop reactive: the component re-renders when `src` is reassigned.
  component = mount(KpiDashboard, {
    target: host,
    props: {
      data: activationRate,
      get src() {
        return src;
      },
    },
  });
  flushSync();
  await exerciseDashboard(host, (url) => {
    src = url;
    flushSync();
  });
});
