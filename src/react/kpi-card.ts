/**
 * `<KpiCard>` for React 18 (and 19): a thin `@lit/react` wrapper that sets `data`,
 * `transform`, `request` and every other element property as a property, and binds
 * the element's events as `onKpi…` props. Importing it defines `<kpi-card>`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KpiCard as KpiCardElement } from '../kpi-card.js';
import type { KpiErrorEvent } from '../events/kpi-error.js';
import type { KpiLoadEvent } from '../events/kpi-load.js';
import type { KpiSelectEvent } from '../events/kpi-select.js';
import type { KpiStatusChangeEvent } from '../events/kpi-status-change.js';

export const KpiCard = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'kpi-card',
  elementClass: KpiCardElement,
  displayName: 'KpiCard',
  events: {
    onKpiSelect: 'kpi-select' as EventName<KpiSelectEvent>,
    onKpiLoad: 'kpi-load' as EventName<KpiLoadEvent>,
    onKpiError: 'kpi-error' as EventName<KpiErrorEvent>,
    onKpiStatusChange: 'kpi-status-change' as EventName<KpiStatusChangeEvent>,
  },
});
