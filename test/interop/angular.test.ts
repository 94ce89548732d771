// Angular's template compiler, run in the browser (JIT): the AOT compiler
// (@angular/compiler-cli) needs TypeScript 6.0, and this project is on 7.
import '@angular/compiler';
import { createComponent, provideZonelessChangeDetection, type ApplicationRef, type ComponentRef } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { afterEach, test } from 'vitest';
import { KpiDashboardComponent } from '../../examples/angular/kpi-dashboard.component.js';
import { activationRate, exerciseDashboard, GOOD } from './support.js';

let app: ApplicationRef | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  app?.destroy();
  host?.remove();
});

test('Angular: data as a property, kpi-select and kpi-status-change through (kpi-…) bindings', async () => {
  host = document.body.appendChild(document.createElement('div'));
  app = await createApplication({ providers: [provideZonelessChangeDetection()] });
  const dashboard: ComponentRef<KpiDashboardComponent> = createComponent(KpiDashboardComponent, {
    environmentInjector: app.injector,
    hostElement: host,
  });
  dashboard.setInput('data', activationRate);
  dashboard.setInput('src', GOOD);
  app.attachView(dashboard.hostView);
  dashboard.changeDetectorRef.detectChanges();
  await exerciseDashboard(host, (src) => {
    dashboard.setInput('src', src);
    dashboard.changeDetectorRef.detectChanges();
  });
});
