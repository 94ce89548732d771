/**
 * Angular and <kpi-card>: `[data]` is a property binding (Angular binds
 * properties, never attributes, unless you write `[attr.data]`), and
 * `(kpi-select)` listens for the custom event. `CUSTOM_ELEMENTS_SCHEMA` lets
 * the template use tags Angular does not know. With `strictTemplates`, `$event`
 * of `(kpi-select)` is a `KpiSelectEvent`, because the kit adds its events to
 * `GlobalEventHandlersEventMap` and this file imports the kit's types: so the
 * handlers take the kit's event types, and no handler casts. ngc checks this
 * template (`npm run test:types`).
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, Input, signal } from '@angular/core';
import 'kpi-kit/kpi-card.js';
import type { KpiSelectEvent, KpiStatusChangeEvent } from 'kpi-kit';

@Component({
  selector: 'kpi-dashboard',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <section>
      <kpi-card [data]="data" (kpi-select)="onSelect($event)"></kpi-card>
      <kpi-card [src]="src" (kpi-select)="onSelect($event)" (kpi-status-change)="onStatusChange($event)"></kpi-card>
      <p data-testid="selected">{{ selected() ? 'Selected: ' + selected() : 'Nothing selected' }}</p>
      <ul data-testid="status-changes">
        @for (change of changes(); track $index) {
          <li>{{ change }}</li>
        }
      </ul>
    </section>
  `,
})
export class KpiDashboardComponent {
  /** A KPI document the app already has: passed to the first card as `.data`. */
  @Input({ required: true }) data: unknown;
  /** URL of a KPI document for the second card to fetch; its status changes are reported. */
  @Input({ required: true }) src = '';

  readonly selected = signal<string | undefined>(undefined);
  readonly changes = signal<string[]>([]);

  // `$event` is the kit's own event type under strictTemplates.
  onSelect(event: KpiSelectEvent): void {
    this.selected.set(event.detail.id);
  }

  onStatusChange({ detail }: KpiStatusChangeEvent): void {
    this.changes.update((list) => [...list, `${detail.id}: ${detail.from ?? 'none'} → ${detail.to}`]);
  }
}
