/**
 * The full validation of a board document, with valibot and diagnostics: each
 * KPI is checked by `validateKpiDocument` itself, its diagnostics prefixed with
 * the KPI's place in the board, so a KPI is valid on a board exactly when it is
 * valid on a card. Its own module, so the board element can paint a valid board
 * (checked by `quick-validate-board.ts`) without loading valibot.
 */
import * as v from 'valibot';
import { boardSchemaOf, LeadsSchema } from './board-document.js';
import type { BoardValidationResult } from './board.js';
import { diagnosticAt } from './diagnostic.js';
import { diagnosticWords, schemaMessage } from '../i18n/diagnostic-words.js';
import { idDiagnostics, leadsDiagnostics } from './board-diagnostics.js';
import { buildBoard, ownersOf, SECTIONS, type RawGoal, type Section, type Slot } from './normalise-document.js';
import { isRecord, toPointer } from './pointer.js';
import { dedupe, toDiagnostics, unreadable, validateKpiDocument, type Diagnostic } from './validate.js';

/** The board's own fields checked by the schema; each KPI is left to `validateKpiDocument`. */
const BoardShellSchema = boardSchemaOf(v.unknown(), v.unknown());
/** What a leading indicator adds to a KPI document. */
const LeadsOnlySchema = v.object({ leads: LeadsSchema }, schemaMessage('diagnostic.expected.object'));

/**
 * The only judge of what a valid board document is. Never throws. On success
 * the board holds every KPI normalised (through `toKpi`, by way of
 * `validateKpiDocument`), outcomes marked lagging and leading indicators
 * leading. Besides the schema and each KPI's own rules it checks that:
 *
 * - ids are unique within the board, goals and KPIs alike (the board and the
 *   lead-lag estimates address KPIs by id);
 * - every `leads` entry names an outcome of the same goal, once;
 * - a KPI's `kind`, when given, agrees with where it is listed, and only
 *   leading indicators carry `leads`.
 *
 * Diagnostics come in this order: the board's own fields, then each KPI in
 * document order, then ids, then `leads` references.
 */
export function validateBoardDocument(input: unknown): BoardValidationResult {
  // valibot's object() accepts arrays; a list of goals or KPIs is a mistake worth naming.
  if (Array.isArray(input)) {
    return { ok: false, diagnostics: [diagnosticAt('', diagnosticWords('diagnostic.boardArray'))] };
  }
  try {
    return validateBoard(input);
  } catch (cause) {
    // Getters that throw or exotic objects must still end in a diagnostic, never an exception.
    return { ok: false, diagnostics: [unreadable(cause)] };
  }
}

function validateBoard(input: unknown): BoardValidationResult {
  const shell = v.safeParse(BoardShellSchema, input, { abortPipeEarly: true });
  const diagnostics: Diagnostic[] = shell.success ? [] : shell.issues.flatMap((issue) => toDiagnostics(issue));
  const goals = rawGoalsOf(input);
  for (const goal of goals) {
    for (const section of SECTIONS) {
      for (const slot of goal.slots[section]) diagnostics.push(...slotDiagnostics(slot));
    }
  }
  const owners = ownersOf(goals);
  diagnostics.push(...idDiagnostics(goals, owners), ...leadsDiagnostics(goals, owners));
  if (!shell.success || diagnostics.length > 0) return { ok: false, diagnostics: dedupe(diagnostics) };
  return buildBoard(shell.output, goals);
}

/** Every goal object of the input and its KPI slots, read as far as the input allows, each KPI validated. */
function rawGoalsOf(input: unknown): RawGoal[] {
  const goals = isRecord(input) && Array.isArray(input.goals) ? (input.goals as unknown[]) : [];
  const found: RawGoal[] = [];
  goals.forEach((raw, index) => {
    if (!isRecord(raw)) return;
    const slotsOf = (section: Section): Slot[] => {
      const kpis: unknown = raw[section];
      if (!Array.isArray(kpis)) return [];
      return kpis.map((kpi: unknown, k) => ({ section, path: ['goals', index, section, k], raw: kpi, result: validateKpiDocument(kpi) }));
    };
    found.push({ index, raw, slots: { outcomes: slotsOf('outcomes'), leading: slotsOf('leading'), guardrails: slotsOf('guardrails') } });
  });
  return found;
}

/** The KPI's own diagnostics at its place in the board, then the rules of that place. */
function slotDiagnostics(slot: Slot): Diagnostic[] {
  const prefix = toPointer(slot.path);
  const found: Diagnostic[] = slot.result.ok ? [] : slot.result.diagnostics.map((d) => ({ ...d, path: prefix + d.path }));
  if (!isRecord(slot.raw)) return found;
  if (slot.section === 'leading') {
    const leads = v.safeParse(LeadsOnlySchema, slot.raw, { abortPipeEarly: true });
    if (!leads.success) found.push(...leads.issues.flatMap((issue) => toDiagnostics(issue, slot.path)));
  } else if (Object.hasOwn(slot.raw, 'leads')) {
    found.push(diagnosticAt(`${prefix}/leads`, diagnosticWords('diagnostic.noLeads', { section: slot.section, value: describeValue(slot.raw.leads) })));
  }
  const kind = slot.result.ok ? slot.result.document.kind : undefined;
  const expectedKind = slot.section === 'outcomes' ? 'lagging' : slot.section === 'leading' ? 'leading' : undefined;
  if (kind !== undefined && expectedKind !== undefined && kind !== expectedKind) {
    const values = { expected: `"${expectedKind}"`, section: `"${slot.section}"`, kind: `"${kind}"` };
    found.push(diagnosticAt(`${prefix}/kind`, diagnosticWords('diagnostic.kindMismatch', values)));
  }
  return found;
}

function describeValue(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return String(value);
    return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    return String(value);
  }
}

// ————————————————————————————————————————————————————————————————————————————
// Declarative boards: goals assembled from KPIs the page lays out one by one.

/** A declared KPI's place in its goal's lane. */
