/** Classes and types, with no registration: import a tag module (`kpi-kit/kpi-card.js`) to define an element. */
export { KpiCard } from './elements/kpi-card/kpi-card.component.js';
export { KpiTrend } from './elements/kpi-trend/kpi-trend.component.js';
export { LeadingLaggingBoard } from './elements/leading-lagging-board/leading-lagging-board.component.js';
export { KpiSource } from './elements/kpi-source/kpi-source.component.js';
export { KpiElement } from './elements/kpi-element.js';
export { SourcedElement } from './elements/sourced-element.js';
export { DisplayElement } from './elements/display-element.js';
export type { SharedSnapshot, SharedSource } from './data/shared-sources.js';
export type { LiveStatus } from './data/live-stream.js';
export type { PatchOperation, ArrayAppend } from './core/json-patch.js';
export { KpiSourceController } from './data/kpi-source-controller.js';
export type { SourceFailure, SourceFailureKind } from './data/source-failure.js';
export type { RequestBuilder } from './data/fetch-json.js';

export { KpiDocumentSchema, DIRECTIONS, STATUSES, CADENCES, KINDS } from './core/document.js';
export type { KpiDocument, KpiDirection, KpiStatus, KpiCadence, KpiKind } from './core/document.js';
export { validateKpiDocument, formatDiagnostic } from './core/validate.js';
export type { Diagnostic, ValidationResult } from './core/validate.js';
export { quickValidateKpiDocument } from './core/quick-validate.js';
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
export { BoardDocumentSchema, HYGIENE_RULES } from './core/board-document.js';
export type { BoardDocument, GoalDocument, LeadingKpiDocument, HygieneRule } from './core/board-document.js';
export { buildBoardView, assembleBoard, BOARD_ROLES } from './core/board.js';
export { validateBoardDocument } from './core/board-validate.js';
export { quickValidateBoardDocument } from './core/quick-validate-board.js';
export type { DeclaredKpi } from './core/board.js';
export type { Board, Goal, LeadingKpi, BoardView, GoalView, Tally, TallyEntry } from './core/board.js';
export { checkHygiene, nextStaleAt } from './core/hygiene.js';
export type { HygieneFlag, HygieneSeverity } from './core/hygiene.js';
export { estimateLeadLag, leadLabel } from './core/lead-lag.js';
export type { LeadLag, LeadLagOptions } from './core/lead-lag.js';
export type { KpiView } from './core/kpi-view.js';
export { mapToDocument } from './core/mapping.js';
export type { MappingOptions } from './core/mapping.js';

export {
  setKpiMessages,
  resetKpiMessages,
  ensureMessages,
  hasMessages,
  formatMessage,
  formatWords,
  onMessagesChange,
  resolveMessageLocale,
  KIT_LOCALES,
} from './i18n.js';
export type { MessageKey, MessageOverrides, KitLocale, SetMessagesOptions, Words } from './i18n.js';

export type { KpiLoadEvent, KpiLoadDetail } from './events/kpi-load.js';
export type { KpiErrorEvent, KpiErrorDetail } from './events/kpi-error.js';
export type { KpiSelectEvent, KpiSelectDetail } from './events/kpi-select.js';
export type { KpiPointSelectEvent, KpiPointSelectDetail } from './events/kpi-point-select.js';
export type { KpiStatusChangeEvent, KpiStatusChangeDetail } from './events/kpi-status-change.js';
