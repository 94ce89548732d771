import { createApp, h, nextTick, ref, type App } from 'vue';
import { afterEach, test } from 'vitest';
import KpiDashboard from '../../examples/vue/KpiDashboard.vue';
import { activationRate, exerciseDashboard, GOOD } from './support.js';

let app: App | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  app?.unmount();
  host?.remove();
});

test('Vue 3: data as a property, kpi-select and kpi-status-change through @kpi-… listeners', async () => {
  host = document.body.appendChild(document.createElement('div'));
  const src = ref(GOOD);
  app = createApp({ render: () => h(KpiDashboard, { data: activationRate, src: src.value }) });
  app.mount(host);
  await exerciseDashboard(host, async (url) => {
    src.value = url;
    await nextTick();
  });
});
