// React 18 itself (react@18.3.1 and react-dom@18.3.1 from types-check/frameworks, see
// vitest.interop-react18.config.ts) with the package's `kpi-kit/react` wrappers.
import { createElement, version } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { KpiDashboard, type KpiDashboardProps } from '../../../examples/react18/KpiDashboard.tsx';
import { activationRate, exerciseDashboard, GOOD } from '../support.js';

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  root?.unmount();
  host?.remove();
});

test('runs on React 18', () => {
  expect(version).toMatch(/^18\./);
});

test('React 18 with kpi-kit/react: data as a property, onKpiSelect and onKpiStatusChange', async () => {
  host = document.body.appendChild(document.createElement('div'));
  const mounted = createRoot(host);
  root = mounted;
  const render = (props: KpiDashboardProps) => flushSync(() => mounted.render(createElement(KpiDashboard, props)));
  render({ data: activationRate, src: GOOD });
  await exerciseDashboard(host, (src) => render({ data: activationRate, src }));
});

test('without the wrapper, React 18 sets data as an attribute: the reason kpi-kit/react exists', () => {
  host = document.body.appendChild(document.createElement('div'));
  const mounted = createRoot(host);
  root = mounted;
  flushSync(() => mounted.render(createElement('kpi-card', { data: activationRate })));
  const card = host.querySelector('kpi-card')!;
  expect(card.getAttribute('data')).toBe('[object Object]');
  expect(card.data).not.toBe(activationRate);
});
