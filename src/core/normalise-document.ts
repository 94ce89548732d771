/**
 * What happens to a document after its shape is known to be right: the rules
 * that span fields, and the normalised model. Shared by the full validators
 * (`validate.ts`, `board.ts`, with valibot and its diagnostics) and the fast
 * structural checks (`quick-validate.ts`, `quick-validate-board.ts`, without),
 * so both paths build the very same result. Nothing here imports valibot.
 */
import type { GoalDocument, LeadingKpiDocument } from './board-document.js';
import { HYGIENE_RULES, type HygieneRule } from './hygiene-rules.js';
import type { Board, BoardValidationResult, Goal } from './board.js';
import type { Diagnostic } from './diagnostic.js';
import type { BandInput, KpiDocument } from './document.js';
import { isoToEpochMs } from './iso.js';
import { toKpi, type Kpi } from './model.js';
import { isRecord, toPointer } from './pointer.js';
import { columnsWithRoom, sortByTime, type Series } from './series.js';

export type { Diagnostic };

export type ValidationResult =
  { readonly ok: true; readonly kpi: Kpi; readonly document: KpiDocument } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

import { isEpochMs, isPointValue } from './point-rules.js';

export { isEpochMs, isIsoTimestamp, isPointValue, isTimestamp } from './point-rules.js';

/** The document the schema (or the fast check) accepted, with the long series `setAsideBulkSeries` took out put back. */
export function withBulkSeries(parsed: KpiDocument, bulk: BulkSeries | undefined): KpiDocument {
  return bulk ? { ...parsed, series: bulk.series } : parsed;
}

/** A document that passed the schema and the cross-field rules, with its normalised KPI. */
export function validated(document: KpiDocument, bulk: BulkSeries | undefined): { readonly ok: true; readonly kpi: Kpi; readonly document: KpiDocument } {
  return { ok: true, kpi: toKpi(document, bulk?.columns), document };
}

/** Series longer than this are checked by the plain point rules, not point by point through the schema. */
const BULK_SERIES_POINTS = 1000;

export interface BulkSeries {
  /** The document with `series` swapped for an empty one of the same shape, for the schema to check the rest. */
  readonly rest: Record<string, unknown>;
  readonly series: KpiDocument['series'];
  /** The same points as columns, built while checking them. */
  readonly columns: Series;
}

/**
 * A long, valid top-level `series` is checked here in one tight loop with the
 * schema's own point rules, and written into columns on the way, then set
 * aside while the schema checks the rest of the document: a million points
 * cost milliseconds instead of a second. Anything short, or any bad point,
 * goes through the schema whole, so its diagnostics are exactly the schema's.
 */
export function setAsideBulkSeries(input: unknown): BulkSeries | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const series: unknown = (input as { series?: unknown }).series;
  if (Array.isArray(series)) {
    if (series.length < BULK_SERIES_POINTS) return undefined;
    const { t, v } = columnsWithRoom(series.length);
    for (let i = 0; i < series.length; i++) {
      const point: unknown = series[i];
      if (typeof point !== 'object' || point === null) return undefined;
      if (!putPoint(t, v, i, (point as { t?: unknown }).t, (point as { v?: unknown }).v)) return undefined;
    }
    return { rest: { ...input, series: [] }, series: series as { t: string | number; v: number | null }[], columns: inTimeOrder(t, v) };
  }
  if (typeof series !== 'object' || series === null) return undefined;
  const { t: times, v: values } = series as { t?: unknown; v?: unknown };
  if (!Array.isArray(times) || !Array.isArray(values) || times.length < BULK_SERIES_POINTS) return undefined;
  // Unequal columns are a cross-field rule with its own diagnostic: leave them to the schema path.
  if (values.length !== times.length) return undefined;
  const { t, v } = columnsWithRoom(times.length);
  for (let i = 0; i < times.length; i++) if (!putPoint(t, v, i, times[i], values[i])) return undefined;
  return {
    rest: { ...input, series: { t: [], v: [] } },
    series: { t: times as (string | number)[], v: values as (number | null)[] },
    columns: inTimeOrder(t, v),
  };
}

/**
 * Stores point `i` in the columns as `toSeries` would, by the schema's point
 * rules; false when it breaks one (the caller then lets the schema say which).
 * Each number is stored only after `typeof` has narrowed it, so the engine
 * writes a double without a conversion: at a million points that halves the loop.
 */
function putPoint(t: Float64Array, v: Float64Array, i: number, time: unknown, value: unknown): boolean {
  // isTimestamp's two rules, with an ISO string parsed once for both the check and the column.
  if (typeof time === 'number' && isEpochMs(time)) t[i] = time;
  else if (typeof time === 'string') {
    const ms = isoToEpochMs(time);
    if (Number.isNaN(ms)) return false;
    t[i] = ms;
  } else return false;
  if (typeof value === 'number' && isPointValue(value)) v[i] = value;
  else if (value === null) v[i] = NaN;
  else return false;
  return true;
}

function inTimeOrder(t: Float64Array, v: Float64Array): Series {
  for (let i = 1; i < t.length; i++) if ((t[i] as number) < (t[i - 1] as number)) return sortByTime(t, v);
  return { t, v };
}

/**
 * Whether `crossFieldDiagnostics` finds nothing, without its wording: the fast
 * path's copy of the rules below, kept beside them. The property tests check
 * the two paths agree on every rule.
 */
export function crossFieldOk(doc: KpiDocument): boolean {
  if (doc.value === undefined && doc.series === undefined) return false;
  for (const series of [doc.series, doc.targets]) if (series && !Array.isArray(series) && series.t.length !== series.v.length) return false;
  if (doc.direction === 'target' && doc.target === undefined && doc.targets === undefined) return false;
  const bands = doc.bands ?? [];
  for (let i = 0; i < bands.length; i++) {
    const { from, to } = bands[i] as BandInput;
    const previous = bands[i - 1]?.to;
    if ((from !== undefined && to !== undefined && !(from < to)) || (i > 0 && from === undefined) || (i < bands.length - 1 && to === undefined)) return false;
    if (previous !== undefined && from !== undefined && from < previous) return false;
  }
  for (const side of ['low', 'high'] as const) {
    let outer: number | undefined;
    for (const name of ['deviation', 'tolerance', 'acceptance'] as const) {
      const edge = doc.thresholds?.[name]?.[side];
      if (edge === undefined) continue;
      if (outer !== undefined && !(side === 'low' ? edge >= outer : edge <= outer)) return false;
      outer = edge;
    }
  }
  return (doc.guardrails ?? []).every((g) => g.value !== undefined || g.series !== undefined);
}

// ————————————————————————————————————————————————————————————————————————————
// Boards: the rules across a board's KPIs, and the board built from them.

export const SECTIONS = ['outcomes', 'leading', 'guardrails'] as const;
export type Section = (typeof SECTIONS)[number];

/** One KPI slot of the raw input and what `validateKpiDocument` made of it. */
export interface Slot {
  readonly section: Section;
  readonly path: readonly (string | number)[];
  readonly raw: unknown;
  readonly result: ValidationResult;
}

export interface RawGoal {
  readonly index: number;
  readonly raw: Record<string, unknown>;
  readonly slots: Readonly<Record<Section, readonly Slot[]>>;
}

const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';

export interface IdOwner {
  readonly pointer: string;
  /** What the id names: a goal, or a KPI in one of a goal's sections. */
  readonly role: 'goal' | Section;
  /** The id of the KPI's goal, when it can be read. */
  readonly goal?: string;
}

/** Every readable id with its pointer and what it names, in document order. */
function idsInOrder(goals: readonly RawGoal[]): (IdOwner & { readonly id: string })[] {
  const ids: (IdOwner & { id: string })[] = [];
  for (const goal of goals) {
    const goalId = isId(goal.raw.id) ? goal.raw.id : undefined;
    if (goalId !== undefined) ids.push({ id: goalId, pointer: toPointer(['goals', goal.index, 'id']), role: 'goal' });
    for (const section of SECTIONS) {
      for (const slot of goal.slots[section]) {
        const id = isRecord(slot.raw) ? slot.raw.id : undefined;
        if (isId(id)) ids.push({ id, pointer: toPointer([...slot.path, 'id']), role: section, ...(goalId !== undefined && { goal: goalId }) });
      }
    }
  }
  return ids;
}

/** An id used again: at `pointer`, first used at `first`. */
export interface RepeatedId {
  readonly id: string;
  readonly pointer: string;
  readonly first: string;
}

/** Ids are unique across goals and KPIs: the first use keeps the id, each later one is found here. */
export function repeatedIds(goals: readonly RawGoal[], owners: ReadonlyMap<string, IdOwner>): RepeatedId[] {
  return idsInOrder(goals)
    .filter(({ id, pointer }) => owners.get(id)?.pointer !== pointer)
    .map(({ id, pointer }) => ({ id, pointer, first: owners.get(id)?.pointer as string }));
}

/** The first use of each id. */
export function ownersOf(goals: readonly RawGoal[]): Map<string, IdOwner> {
  const owners = new Map<string, IdOwner>();
  for (const { id, ...owner } of idsInOrder(goals)) if (!owners.has(id)) owners.set(id, owner);
  return owners;
}

/** A `leads` entry at `path` that names no outcome of its goal (`owner`: what it names instead), or one named again. */
export interface WrongLead {
  readonly path: string;
  readonly lead: string;
  readonly again: boolean;
  /** The ids of the goal's outcomes. */
  readonly outcomeIds: readonly string[];
  readonly owner?: IdOwner;
}

/** Each `leads` entry names an outcome of its own goal, and names it once. */
export function wrongLeads(goals: readonly RawGoal[], owners: ReadonlyMap<string, IdOwner>): WrongLead[] {
  const found: WrongLead[] = [];
  for (const goal of goals) {
    const outcomeIds = goal.slots.outcomes.map((slot) => (isRecord(slot.raw) ? slot.raw.id : undefined));
    // Until every outcome's id can be read, a reference cannot be judged: the outcomes' own diagnostics come first.
    if (!Array.isArray(goal.raw.outcomes) || !outcomeIds.every(isId)) continue;
    for (const slot of goal.slots.leading) {
      const leads = isRecord(slot.raw) ? slot.raw.leads : undefined;
      if (!Array.isArray(leads)) continue;
      const seen = new Set<string>();
      leads.forEach((lead: unknown, k) => {
        if (!isId(lead)) return;
        const path = toPointer([...slot.path, 'leads', k]);
        const owner = owners.get(lead);
        if (seen.has(lead)) found.push({ path, lead, again: true, outcomeIds });
        else if (!outcomeIds.includes(lead)) found.push({ path, lead, again: false, outcomeIds, ...(owner && { owner }) });
        seen.add(lead);
      });
    }
  }
  return found;
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`: the picklist wording of document.ts. */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The board document as its schema checked it: its own fields copied, each KPI slot as found. */
export interface BoardShell {
  id?: string | undefined;
  label?: string | undefined;
  goals: {
    id: string;
    label: string;
    description?: string | undefined;
    owner?: string | undefined;
    outcomes: unknown[];
    leading: unknown[];
    guardrails?: unknown[] | undefined;
    hygiene?: { off?: HygieneRule[] | undefined } | undefined;
  }[];
  hygiene?: { off?: HygieneRule[] | undefined } | undefined;
}

/** Assembles the board from the checked shell and the KPIs as validated (all valid by now). */
export function buildBoard(shell: BoardShell, goals: readonly RawGoal[]): BoardValidationResult {
  const boardOff = shell.hygiene?.off ?? [];
  const valid = (slot: Slot): { kpi: Kpi; document: KpiDocument } => {
    if (!slot.result.ok) throw new Error(`unreachable: ${toPointer(slot.path)} is invalid`);
    return slot.result;
  };
  const built = shell.goals.map((goalShell, index) => {
    const slots = (goals.find((goal) => goal.index === index) as RawGoal).slots;
    const leadsOf = (slot: Slot): string[] => (slot.raw as { leads: string[] }).leads;
    const goal: Goal = {
      id: goalShell.id,
      label: goalShell.label,
      ...(goalShell.description !== undefined && { description: goalShell.description }),
      ...(goalShell.owner !== undefined && { owner: goalShell.owner }),
      outcomes: slots.outcomes.map((slot) => ({ ...valid(slot).kpi, kind: 'lagging' })),
      leading: slots.leading.map((slot) => ({ ...valid(slot).kpi, kind: 'leading', leads: [...leadsOf(slot)] })),
      guardrails: slots.guardrails.map((slot) => valid(slot).kpi),
      hygieneOff: inRuleOrder([...boardOff, ...(goalShell.hygiene?.off ?? [])]),
    };
    const { guardrails: _guardrails, ...goalFields } = goalShell;
    const document: GoalDocument = {
      ...goalFields,
      outcomes: slots.outcomes.map((slot) => valid(slot).document),
      leading: slots.leading.map((slot): LeadingKpiDocument => ({ ...valid(slot).document, leads: [...leadsOf(slot)] })),
      ...(_guardrails !== undefined && { guardrails: slots.guardrails.map((slot) => valid(slot).document) }),
    };
    return { goal, document };
  });
  const board: Board = {
    ...(shell.id !== undefined && { id: shell.id }),
    ...(shell.label !== undefined && { label: shell.label }),
    goals: built.map((b) => b.goal),
    hygieneOff: inRuleOrder(boardOff),
  };
  return { ok: true, board, document: { ...shell, goals: built.map((b) => b.document) } };
}

export function inRuleOrder(rules: readonly HygieneRule[]): HygieneRule[] {
  return HYGIENE_RULES.filter((rule) => rules.includes(rule));
}
