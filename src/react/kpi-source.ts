/** `<KpiSource>` for React 18 (and 19): a thin `@lit/react` wrapper. Importing it defines `<kpi-source>`. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KpiSource as KpiSourceElement } from '../kpi-source.js';
import type { KpiErrorEvent } from '../events/kpi-error.js';
import type { KpiLoadEvent } from '../events/kpi-load.js';

export const KpiSource = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'kpi-source',
  elementClass: KpiSourceElement,
  displayName: 'KpiSource',
  events: {
    onKpiLoad: 'kpi-load' as EventName<KpiLoadEvent>,
    onKpiError: 'kpi-error' as EventName<KpiErrorEvent>,
  },
});
