import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, test } from 'vitest';
import { KpiDashboard, type KpiDashboardProps } from '../../examples/react/KpiDashboard.tsx';
import { activationRate, exerciseDashboard, GOOD } from './support.js';

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  root?.unmount();
  host?.remove();
});

test('React 19: data as a property, kpi-select and kpi-status-change through on<event> props', async () => {
  host = document.body.appendChild(document.createElement('div'));
  const mounted = createRoot(host);
  root = mounted;
  const render = (props: KpiDashboardProps) => flushSync(() => mounted.render(createElement(KpiDashboard, props)));
  render({ data: activationRate, src: GOOD });
  await exerciseDashboard(host, (src) => render({ data: activationRate, src }));
});
