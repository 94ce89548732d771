/** `<KpiTrend>` for React 18 (and 19): a thin `@lit/react` wrapper. Importing it defines `<kpi-trend>`. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KpiTrend as KpiTrendElement } from '../kpi-trend.js';
import type { KpiErrorEvent } from '../events/kpi-error.js';
import type { KpiLoadEvent } from '../events/kpi-load.js';
import type { KpiPointSelectEvent } from '../events/kpi-point-select.js';
import type { KpiStatusChangeEvent } from '../events/kpi-status-change.js';

export const KpiTrend = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'kpi-trend',
  elementClass: KpiTrendElement,
  displayName: 'KpiTrend',
  events: {
    onKpiPointSelect: 'kpi-point-select' as EventName<KpiPointSelectEvent>,
    onKpiLoad: 'kpi-load' as EventName<KpiLoadEvent>,
    onKpiError: 'kpi-error' as EventName<KpiErrorEvent>,
    onKpiStatusChange: 'kpi-status-change' as EventName<KpiStatusChangeEvent>,
  },
});
