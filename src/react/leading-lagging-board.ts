/** `<LeadingLaggingBoard>` for React 18 (and 19): a thin `@lit/react` wrapper. Importing it defines `<leading-lagging-board>`. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { LeadingLaggingBoard as LeadingLaggingBoardElement } from '../leading-lagging-board.js';
import type { KpiErrorEvent } from '../events/kpi-error.js';
import type { KpiLoadEvent } from '../events/kpi-load.js';
import type { KpiSelectEvent } from '../events/kpi-select.js';

export const LeadingLaggingBoard = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'leading-lagging-board',
  elementClass: LeadingLaggingBoardElement,
  displayName: 'LeadingLaggingBoard',
  events: {
    onKpiSelect: 'kpi-select' as EventName<KpiSelectEvent>,
    onKpiLoad: 'kpi-load' as EventName<KpiLoadEvent>,
    onKpiError: 'kpi-error' as EventName<KpiErrorEvent>,
  },
});
