/**
 * The leading/lagging board without a DOM: goals of normalised KPIs, the
 * board assembled from declared cards, and the view of each goal with the
 * summary line that says how it is doing. Validating a board document is
 * `board-validate.ts` (full, with diagnostics) and `quick-validate-board.ts`
 * (the fast path): it never throws, and answers either with the normalised
 * board or with diagnostics, each with the JSON Pointer of the bad field.
 */
import type { BoardDocument } from './board-document.js';
import type { Diagnostic } from './diagnostic.js';
import type { KpiStatus } from './document.js';
import { addEnglish, formatMessage, joinClauses } from '../i18n/index.js';
import boardWords from '../i18n/en-board.js';
import { HYGIENE_RULES, type HygieneRule } from './hygiene-rules.js';
import { buildKpiView, type KpiView } from './kpi-view.js';
import type { Kpi } from './model.js';
import { inRuleOrder, orList } from './normalise-document.js';

// A board's words join the English at hand when its code loads (a page of cards does without them).
addEnglish(boardWords);

export interface LeadingKpi extends Kpi {
  /** Ids of the outcomes of the same goal that this KPI predicts; never empty in a board document, empty on a declared card whose `leads` names none yet. */
  readonly leads: readonly string[];
}

export interface Goal {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly owner?: string;
  /** Lagging KPIs, `kind: 'lagging'`. */
  readonly outcomes: readonly Kpi[];
  /** Leading KPIs, `kind: 'leading'`. */
  readonly leading: readonly LeadingKpi[];
  /** Guardrail KPIs; empty when the document has none. */
  readonly guardrails: readonly Kpi[];
  /** Hygiene rules switched off for this goal: the board's and the goal's own, in `HYGIENE_RULES` order. */
  readonly hygieneOff: readonly HygieneRule[];
}

export interface Board {
  readonly id?: string;
  readonly label?: string;
  readonly goals: readonly Goal[];
  /** Hygiene rules switched off board-wide (each goal's `hygieneOff` includes them). */
  readonly hygieneOff: readonly HygieneRule[];
}

export type BoardValidationResult =
  { readonly ok: true; readonly board: Board; readonly document: BoardDocument } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export const BOARD_ROLES = ['outcome', 'leading', 'guardrail'] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];

/** One KPI the page put on the board: its annotations as written (attribute values), and its KPI once it is valid. */
export interface DeclaredKpi {
  /** The goal it serves, by name. A lane is made for each name, in order of first use. */
  readonly goal: string | null | undefined;
  readonly role: string | null | undefined;
  /** Ids of the outcomes of its goal a leading indicator leads, separated by whitespace. */
  readonly leads?: string | null | undefined;
  /** Undefined while it loads, or when it could not be read: the lane keeps its place, the numbers leave it out. */
  readonly kpi?: Kpi | undefined;
}

/** Where a declared KPI goes. */
export interface Placement {
  readonly goalId: string;
  readonly role: BoardRole;
  /** False when its KPI is left out of the numbers (not loaded yet, or its id is taken); its card still shows. */
  readonly counted: boolean;
}

export interface AssembledBoard {
  readonly board: Board;
  /** Each declared KPI's place, by index; undefined when its annotations place it nowhere. */
  readonly placements: readonly (Placement | undefined)[];
  /** What is wrong with the annotations; `index` is the declared KPI's (none: the board's own). */
  readonly problems: readonly BoardProblem[];
}

/** A problem with a board's annotations: an English phrase, and the whole sentence in a locale. */
export interface BoardProblem {
  readonly index?: number;
  /** The phrase after the child's name (or "The board’s"), in English, without a full stop. */
  readonly message: string;
  /** The note in `locale`'s words, `child` naming the card it is about (`board.problem.*`). */
  readonly words: (locale: string | undefined, child: string) => string;
}

/**
 * The board that declared KPIs make, with the same rules as a board document,
 * but forgiving where a document is refused as a whole: each KPI stands or
 * falls alone, and every problem is returned in words for the board to show.
 *
 * - a KPI needs a goal and a role (`outcome`, `leading` or `guardrail`); the role wins over its document's `kind`;
 * - ids are unique: a later KPI with a used id is placed but left out of the numbers;
 * - each `leads` entry must name an outcome of the same goal; once all of that goal's outcomes are loaded,
 *   an entry naming none of them is reported and dropped, and repeats are dropped;
 * - a leading indicator leads at least one outcome (`leads` on another role is ignored); `hygieneOff` entries
 *   must be rule names.
 */
export function assembleBoard(
  declared: readonly DeclaredKpi[],
  options: { readonly label?: string | undefined; readonly hygieneOff?: readonly string[] } = {},
): AssembledBoard {
  const problems: BoardProblem[] = [];
  const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`);
  for (const rule of options.hygieneOff ?? []) {
    if (!(HYGIENE_RULES as readonly string[]).includes(rule)) {
      problems.push({
        message: `hygiene-off names "${rule}", expected a hygiene rule (${orList(quoted(HYGIENE_RULES))})`,
        words: (locale) => formatMessage(locale, 'board.problem.hygieneOff', { rule: `"${rule}"`, rules: quoted(HYGIENE_RULES) }),
      });
    }
  }
  const hygieneOff = inRuleOrder((options.hygieneOff ?? []) as HygieneRule[]);
  const goals = new Map<string, { outcomes: Kpi[]; leading: { kpi: Kpi; index: number; leads: string[] }[]; guardrails: Kpi[]; waiting: boolean }>();
  const used = new Set<string>();
  const placements = declared.map((item, index): Placement | undefined => {
    const goalId = item.goal?.trim();
    const role = item.role?.trim();
    const leads = item.leads?.trim() ? item.leads.trim().split(/\s+/) : [];
    if (!goalId) {
      problems.push({
        index,
        message: 'names no goal: add goal="…" with the goal it serves',
        words: (locale, child) => formatMessage(locale, 'board.problem.noGoal', { child, attribute: 'goal="…"' }),
      });
    }
    if (!(BOARD_ROLES as readonly (string | undefined)[]).includes(role)) {
      problems.push({
        index,
        message: `expected kpi-role ${orList(quoted(BOARD_ROLES))}, got ${role ? `"${role}"` : 'none'}`,
        words: (locale, child) =>
          role
            ? formatMessage(locale, 'board.problem.role', { child, roles: quoted(BOARD_ROLES), role: `"${role}"` })
            : formatMessage(locale, 'board.problem.roleNone', { child, roles: quoted(BOARD_ROLES) }),
      });
    }
    if (!goalId || !(BOARD_ROLES as readonly (string | undefined)[]).includes(role)) return undefined;
    const boardRole = role as BoardRole;
    if (boardRole === 'leading' && leads.length === 0)
      problems.push({
        index,
        message: 'leads no outcome: add leads="…" with the ids of the outcomes it predicts',
        words: (locale, child) => formatMessage(locale, 'board.problem.noLeads', { child, attribute: 'leads="…"' }),
      });
    let goal = goals.get(goalId);
    if (!goal) goals.set(goalId, (goal = { outcomes: [], leading: [], guardrails: [], waiting: false }));
    const kpi = item.kpi;
    if (boardRole === 'outcome' && !kpi) goal.waiting = true;
    if (kpi && used.has(kpi.id))
      problems.push({
        index,
        message: `has the id "${kpi.id}" of an earlier KPI on the board, so its numbers are left out: give it an id of its own`,
        words: (locale, child) => formatMessage(locale, 'board.problem.duplicateId', { child, id: `"${kpi.id}"` }),
      });
    const counted = kpi !== undefined && !used.has(kpi.id);
    if (!counted) return { goalId, role: boardRole, counted };
    used.add(kpi.id);
    if (boardRole === 'outcome') goal.outcomes.push({ ...kpi, kind: 'lagging' });
    else if (boardRole === 'guardrail') goal.guardrails.push(kpi);
    else goal.leading.push({ kpi, index, leads: [...new Set(leads)] });
    return { goalId, role: boardRole, counted };
  });
  const board: Board = {
    ...(options.label !== undefined && { label: options.label }),
    goals: [...goals].map(([id, goal]): Goal => {
      const outcomeIds = goal.outcomes.map((kpi) => kpi.id);
      return {
        id,
        label: id,
        outcomes: goal.outcomes,
        leading: goal.leading.map(({ kpi, index, leads }): LeadingKpi => {
          // Until every outcome of the goal is loaded, an unknown id may still turn up.
          if (!goal.waiting) {
            for (const lead of leads.filter((id) => !outcomeIds.includes(id))) {
              const expected =
                outcomeIds.length > 0
                  ? `the id of an outcome of this goal (${orList(quoted(outcomeIds))})`
                  : 'the id of an outcome of this goal, which has none yet';
              problems.push({
                index,
                message: `leads "${lead}", expected ${expected}`,
                words: (locale, child) =>
                  outcomeIds.length > 0
                    ? formatMessage(locale, 'board.problem.unknownLead', { child, lead: `"${lead}"`, ids: quoted(outcomeIds) })
                    : formatMessage(locale, 'board.problem.unknownLeadNone', { child, lead: `"${lead}"` }),
              });
            }
          }
          return { ...kpi, kind: 'leading', leads: leads.filter((id) => outcomeIds.includes(id)) };
        }),
        guardrails: goal.guardrails,
        hygieneOff,
      };
    }),
    hygieneOff,
  };
  problems.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  return { board, placements, problems };
}

// ————————————————————————————————————————————————————————————————————————————
// The board's view: every KPI's view, and the summary line of each goal and of the board.

export interface BoardViewContext {
  /** The locale in force; digits follow it, the words are English. Each KPI's own `locale` applies when undefined. */
  readonly locale: string | undefined;
  /** The time pace and freshness are judged at, epoch ms. */
  readonly now: number;
  /** When the data arrived, for freshness when a document carries no date. */
  readonly receivedAt?: number;
}

/** Outcomes by their own status (`primaryLevel`): good is "on track". */
export interface OutcomeCounts {
  readonly total: number;
  readonly onTrack: number;
  readonly warning: number;
  readonly critical: number;
  /** No data, or nothing to judge it against. */
  readonly noStatus: number;
}

/**
 * Every guardrail of a goal: each guardrail KPI, and each guardrail inside any
 * of its KPIs (`guardrails` of an outcome, leading indicator or guardrail KPI).
 */
export interface GuardrailCounts {
  readonly total: number;
  /** Guardrail KPIs whose own status is warning or critical, plus breached guardrails inside KPIs. */
  readonly breached: number;
}

/** Leading indicators by their own status (`primaryLevel`), as the cards show it. */
export interface LeadingCounts {
  readonly total: number;
  readonly good: number;
  readonly warning: number;
  readonly critical: number;
  /** No data, or nothing to judge it against. */
  readonly noStatus: number;
}

/** One entry of a tally: a status, how many KPIs have it, and both in words ("3 good"). */
export interface TallyEntry {
  readonly level: KpiStatus;
  readonly count: number;
  readonly text: string;
}

/** The KPIs of one side (outcomes or leading indicators) counted by status, for a summary row. */
export interface Tally {
  /** "Outcomes" or "Leading". */
  readonly name: string;
  /** Only the statuses that occur, good first; empty when the side has no KPIs ("none"). */
  readonly entries: readonly TallyEntry[];
  /** "Outcomes: 3 good, 1 warning" or "Leading: none". */
  readonly text: string;
}

export interface GoalSummary {
  readonly outcomes: OutcomeCounts;
  readonly leading: LeadingCounts;
  readonly guardrails: GuardrailCounts;
  /** "2 of 3 outcomes on track, 1 guardrail breached". */
  readonly sentence: string;
  /** Outcomes, then leading indicators, each counted by status. */
  readonly tally: readonly [outcomes: Tally, leading: Tally];
  /** "Outcomes: 3 good, 1 warning · Leading: 5 good, 2 critical". */
  readonly tallySentence: string;
}

export interface BoardSummary extends GoalSummary {
  readonly goals: number;
}

export interface GoalView {
  readonly goal: Goal;
  readonly outcomes: readonly KpiView[];
  readonly leading: readonly KpiView[];
  readonly guardrails: readonly KpiView[];
  readonly summary: GoalSummary;
}

export interface BoardView {
  readonly board: Board;
  readonly goals: readonly GoalView[];
  readonly summary: BoardSummary;
}

/**
 * The view of every KPI (as a card would show it) and the summary lines.
 *
 * The counts, precisely:
 * - an outcome is on track when its own status (`primaryLevel`, its value
 *   against its target or bands, before guardrails) is good. A breached
 *   guardrail inside an outcome is counted once, as a breached guardrail, not
 *   a second time as an outcome off track;
 * - a guardrail KPI is breached when its own status is warning or critical;
 * - a guardrail inside any KPI of the goal is breached as `status.ts` decides
 *   (beyond its floor or ceiling). A guardrail repeated inside two KPIs counts twice;
 * - leading indicators do not count towards the sentence: it speaks of results.
 *   They are counted apart (`leading`, by their own status) and in the tally,
 *   so a board shows whether what moves first is moving too.
 *
 * The sentence: `<on track> of <total> outcome(s) on track` or `no outcomes
 * yet`, then `<n> guardrail(s) breached`, `no guardrail breached` or `no
 * guardrails`. The board's begins with `<n> goal(s): ` and is `no goals yet`
 * without goals. The tally: `Outcomes: <n> good, <n> warning, <n> critical,
 * <n> without status · Leading: …`, naming only the statuses that occur, or
 * `none`. Words and numbers are in `locale` (the `board.summary`, `goal.*` and `tally.*` messages).
 */
export function buildBoardView(board: Board, context: BoardViewContext): BoardView {
  const viewOf = (kpi: Kpi): KpiView => buildKpiView(kpi, context);
  const goals = board.goals.map((goal): GoalView => {
    const outcomes = goal.outcomes.map(viewOf);
    const leading = goal.leading.map(viewOf);
    const guardrails = goal.guardrails.map(viewOf);
    const counts = { outcomes: countOutcomes(outcomes), leading: countLeading(leading), guardrails: countGuardrails(outcomes, leading, guardrails) };
    return { goal, outcomes, leading, guardrails, summary: { ...counts, sentence: goalSentence(counts, context.locale), ...tallyOf(counts, context.locale) } };
  });
  const outcomes = sumOutcomes(goals.map((g) => g.summary.outcomes));
  const leading = sumLeading(goals.map((g) => g.summary.leading));
  const guardrails = sumGuardrails(goals.map((g) => g.summary.guardrails));
  const locale = context.locale;
  const sentence =
    goals.length === 0
      ? formatMessage(locale, 'board.summary.noGoals')
      : formatMessage(locale, 'board.summary', { count: goals.length, goals: goalSentence({ outcomes, guardrails }, locale) });
  return { board, goals, summary: { goals: goals.length, outcomes, leading, guardrails, sentence, ...tallyOf({ outcomes, leading }, context.locale) } };
}

function countLeading(views: readonly KpiView[]): LeadingCounts {
  const levels = views.map((view) => view.status.primaryLevel);
  const of = (level: string): number => levels.filter((l) => l === level).length;
  return { total: views.length, good: of('good'), warning: of('warning'), critical: of('critical'), noStatus: of('neutral') };
}

function sumLeading(counts: readonly LeadingCounts[]): LeadingCounts {
  const add = (key: keyof LeadingCounts): number => counts.reduce((n, c) => n + c[key], 0);
  return { total: add('total'), good: add('good'), warning: add('warning'), critical: add('critical'), noStatus: add('noStatus') };
}

/** A tally's words for each status, in the order it names them. */
const TALLY_WORDS: readonly (readonly [KpiStatus, 'tally.good' | 'tally.warning' | 'tally.critical' | 'tally.neutral'])[] = [
  ['good', 'tally.good'],
  ['warning', 'tally.warning'],
  ['critical', 'tally.critical'],
  ['neutral', 'tally.neutral'],
];

function tallyOf(
  { outcomes, leading }: { outcomes: OutcomeCounts; leading: LeadingCounts },
  locale: string | undefined,
): Pick<GoalSummary, 'tally' | 'tallySentence'> {
  const side = (name: string, counts: Readonly<Record<KpiStatus, number>>): Tally => {
    const entries = TALLY_WORDS.filter(([level]) => counts[level] > 0).map(([level, key]) => ({
      level,
      count: counts[level],
      text: formatMessage(locale, key, { count: counts[level] }),
    }));
    const listed =
      entries.length === 0
        ? formatMessage(locale, 'tally.none')
        : joinClauses(
            locale,
            entries.map((e) => e.text),
          );
    return { name, entries, text: formatMessage(locale, 'tally.side', { name, entries: listed }) };
  };
  const tally = [
    side(formatMessage(locale, 'tally.outcomes'), {
      good: outcomes.onTrack,
      warning: outcomes.warning,
      critical: outcomes.critical,
      neutral: outcomes.noStatus,
    }),
    side(formatMessage(locale, 'tally.leading'), { good: leading.good, warning: leading.warning, critical: leading.critical, neutral: leading.noStatus }),
  ] as const;
  return { tally, tallySentence: formatMessage(locale, 'tally.sentence', { outcomes: tally[0].text, leading: tally[1].text }) };
}

function countOutcomes(views: readonly KpiView[]): OutcomeCounts {
  const levels = views.map((view) => view.status.primaryLevel);
  const of = (level: string): number => levels.filter((l) => l === level).length;
  return { total: views.length, onTrack: of('good'), warning: of('warning'), critical: of('critical'), noStatus: of('neutral') };
}

function countGuardrails(outcomes: readonly KpiView[], leading: readonly KpiView[], guardrails: readonly KpiView[]): GuardrailCounts {
  const all = [...outcomes, ...leading, ...guardrails];
  const inner = all.reduce((n, view) => n + view.status.guardrails.length, 0);
  const innerBreached = all.reduce((n, view) => n + view.status.breachedGuardrails.length, 0);
  const kpisBreached = guardrails.filter((view) => view.status.primaryLevel === 'warning' || view.status.primaryLevel === 'critical').length;
  return { total: guardrails.length + inner, breached: kpisBreached + innerBreached };
}

function sumOutcomes(counts: readonly OutcomeCounts[]): OutcomeCounts {
  const add = (key: keyof OutcomeCounts): number => counts.reduce((n, c) => n + c[key], 0);
  return { total: add('total'), onTrack: add('onTrack'), warning: add('warning'), critical: add('critical'), noStatus: add('noStatus') };
}

function sumGuardrails(counts: readonly GuardrailCounts[]): GuardrailCounts {
  return { total: counts.reduce((n, c) => n + c.total, 0), breached: counts.reduce((n, c) => n + c.breached, 0) };
}

function goalSentence({ outcomes, guardrails }: { outcomes: OutcomeCounts; guardrails: GuardrailCounts }, locale: string | undefined): string {
  const results =
    outcomes.total === 0
      ? formatMessage(locale, 'goal.outcomes.none')
      : formatMessage(locale, 'goal.outcomes', { onTrack: outcomes.onTrack, total: outcomes.total });
  const limits =
    guardrails.breached > 0
      ? formatMessage(locale, 'goal.guardrails.breached', { count: guardrails.breached })
      : formatMessage(locale, guardrails.total === 0 ? 'goal.guardrails.none' : 'goal.guardrails.ok');
  return formatMessage(locale, 'goal.sentence', { outcomes: results, guardrails: limits });
}
