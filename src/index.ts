/** Classes and types, with no registration: import a tag module (`kpi-kit/kpi-card.js`) to define an element. */
export { KpiCard } from './elements/kpi-card/kpi-card.component.js';
export { KpiTrend } from './elements/kpi-trend/kpi-trend.component.js';
export { KpiElement } from './elements/kpi-element.js';
export { SourcedElement } from './elements/sourced-element.js';
export { KpiSourceController } from './data/kpi-source-controller.js';
export type { SourceFailure, SourceFailureKind } from './data/source-failure.js';

export { KpiDocumentSchema, DIRECTIONS, STATUSES, CADENCES, KINDS } from './core/document.js';
export type { KpiDocument, KpiDirection, KpiStatus, KpiCadence, KpiKind } from './core/document.js';
export { validateKpiDocument, formatDiagnostic } from './core/validate.js';
export type { Diagnostic, ValidationResult } from './core/validate.js';
export type { Kpi, Guardrail, Annotation } from './core/model.js';
export { evaluateStatus } from './core/status.js';
export type { KpiStatusResult, GuardrailStatus } from './core/status.js';
export { resolveBands } from './core/bands.js';
export type { Band } from './core/bands.js';
export { computeDelta } from './core/delta.js';
export type { Delta } from './core/delta.js';
export { assessPace, expectedValueAt } from './core/pace.js';
export type { Pace, PaceVerdict } from './core/pace.js';
export { assessFreshness } from './core/freshness.js';
export { createFormatters } from './core/format.js';
export { buildKpiView } from './core/kpi-view.js';
export type { KpiView } from './core/kpi-view.js';
export { mapToDocument } from './core/mapping.js';
export type { MappingOptions } from './core/mapping.js';

export type { KpiLoadEvent, KpiLoadDetail } from './events/kpi-load.js';
export type { KpiErrorEvent, KpiErrorDetail } from './events/kpi-error.js';
export type { KpiSelectEvent, KpiSelectDetail } from './events/kpi-select.js';
export type { KpiPointSelectEvent, KpiPointSelectDetail } from './events/kpi-point-select.js';
export type { KpiStatusChangeEvent, KpiStatusChangeDetail } from './events/kpi-status-change.js';
