/**
 * The fast path of `validateBoardDocument`, as quick-validate.ts is for one
 * KPI: the board's schema (board-document.ts) restated as structural checks,
 * each KPI through `quickValidateKpiDocument`, then the board's own rules and
 * assembly shared with board.ts. It answers what `validateBoardDocument`
 * answers for a board it accepts, and `undefined` for anything else ("ask the
 * full validator"). Never throws.
 */
import type { BoardDocument } from './board-document.js';
import type { Board } from './board.js';
import { buildBoard, ownersOf, repeatedIds, SECTIONS, type BoardShell, type RawGoal, type Section, type Slot, wrongLeads } from './normalise-document.js';
import { HYGIENE_RULES } from './hygiene-rules.js';
import { isRecord } from './pointer.js';
import { array, NO, object, oneOf, optional, quickValidateKpiDocument, string, text, type Check } from './quick-validate.js';

const hygiene = optional(object({ off: optional(array(oneOf(HYGIENE_RULES))) }));
/** `v.unknown()`: a KPI slot, checked on its own below. */
const slot: Check = (input) => input;
const goalObject = object({
  id: text,
  label: text,
  description: optional(string),
  owner: optional(text),
  outcomes: array(slot),
  leading: array(slot),
  guardrails: optional(array(slot)),
  hygiene,
});
// The schema takes an array for a goal, but board.ts then cannot read it as one and refuses the board.
const goal: Check = (input) => (Array.isArray(input) ? NO : goalObject(input));
const boardShell = object({ id: optional(text), label: optional(text), goals: array(goal), hygiene });

/** `leads`: one or more outcome ids. */
const leads = array(text, 1);

const SECTION_KIND: Readonly<Record<Section, string | undefined>> = { outcomes: 'lagging', leading: 'leading', guardrails: undefined };

/**
 * The normalised board of a document that is certainly valid, exactly as
 * `validateBoardDocument` returns it; `undefined` when it may not be (then ask
 * `validateBoardDocument`, which says why).
 */
export function quickValidateBoardDocument(input: unknown): { readonly ok: true; readonly board: Board; readonly document: BoardDocument } | undefined {
  try {
    if (Array.isArray(input)) return undefined;
    const shell = boardShell(input);
    if (shell === NO) return undefined;
    const goals: RawGoal[] = [];
    for (const [index, raw] of (shell as BoardShell).goals.entries()) {
      const slots = {} as Record<Section, Slot[]>;
      for (const section of SECTIONS) {
        slots[section] = [];
        for (const [k, kpi] of (raw[section] ?? []).entries()) {
          const result = quickValidateKpiDocument(kpi);
          if (!result || !slotFits(section, kpi, result.document.kind)) return undefined;
          slots[section].push({ section, path: ['goals', index, section, k], raw: kpi, result });
        }
      }
      goals.push({ index, raw: raw, slots });
    }
    const owners = ownersOf(goals);
    if (repeatedIds(goals, owners).length > 0 || wrongLeads(goals, owners).length > 0) return undefined;
    const result = buildBoard(shell as BoardShell, goals);
    return result.ok ? result : undefined;
  } catch {
    return undefined;
  }
}

/** board.ts's rules of a KPI's place: only leading indicators carry `leads` (at least one), and `kind` agrees. */
function slotFits(section: Section, kpi: unknown, kind: string | undefined): boolean {
  if (!isRecord(kpi)) return false;
  if (section === 'leading' ? !('leads' in kpi) || leads(kpi.leads) === NO : Object.hasOwn(kpi, 'leads')) return false;
  const expected = SECTION_KIND[section];
  return kind === undefined || expected === undefined || kind === expected;
}
