// Angular templates, checked by ngc (Angular's AOT compiler) with strictTemplates: each line
// after an `expect-error` comment must be an error, and every other line must compile
// (scripts/check-framework-types.ts). With the kit's types in the program (any import of the
// package, here the tag module), `$event` of `(kpi-select)` is a KpiSelectEvent: the kit adds
// its events to GlobalEventHandlersEventMap, which Angular's DOM event checks read.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'kpi-kit/kpi-card.js';
import type { KpiDocument, KpiPointSelectEvent, KpiSelectEvent, KpiStatusChangeEvent } from 'kpi-kit';

@Component({
  selector: 'right-dashboard',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <kpi-card [data]="kpi" (kpi-select)="onSelect($event)" (kpi-status-change)="onStatusChange($event)"></kpi-card>
    <kpi-card src="/api/kpi.json" (kpi-select)="selected = $event.detail.id" (kpi-error)="kept = $event.detail.keptLastGood"></kpi-card>
    <kpi-trend src="/api/kpi.json" (kpi-point-select)="onPoint($event)"></kpi-trend>
    <leading-lagging-board src="/api/board.json" (kpi-select)="onSelect($event)"></leading-lagging-board>
  `,
})
export class RightDashboard {
  kpi: KpiDocument = { id: 'retention', label: 'Retention', value: 0.4 };
  selected: string | undefined;
  kept = false;
  onSelect(event: KpiSelectEvent): void {
    this.selected = event.detail.id;
  }
  onStatusChange(event: KpiStatusChangeEvent): void {
    this.selected = `${event.detail.from ?? 'none'} → ${event.detail.to}`;
  }
  onPoint(event: KpiPointSelectEvent): void {
    this.selected = `${event.detail.index}`;
  }
}

@Component({
  selector: 'wrong-dashboard',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- expect-error: a kpi-select handler cannot be one of KpiStatusChangeEvent (it has no from and to) -->
    <kpi-card (kpi-select)="onStatusChange($event)"></kpi-card>
    <!-- expect-error: a handler of a number is no event handler -->
    <kpi-card (kpi-select)="onNumber($event)"></kpi-card>
    <!-- expect-error: kpi-select's detail has no value -->
    <kpi-card (kpi-select)="selected = $event.detail.value"></kpi-card>
    <!-- expect-error: kpi-point-select's index is a number -->
    <kpi-trend (kpi-point-select)="selected = $event.detail.index.toUpperCase()"></kpi-trend>
  `,
})
export class WrongDashboard {
  selected: string | undefined;
  onStatusChange(event: KpiStatusChangeEvent): void {
    this.selected = event.detail.to;
  }
  onNumber(value: number): void {
    this.selected = `${value}`;
  }
}
