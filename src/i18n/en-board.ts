/**
 * The English words only a board says: its lanes, tallies and notes, lead times and hygiene. Part
 * of `en.ts`; at run time `core/board.ts`, `core/lead-lag.ts` and `core/hygiene.ts` add them
 * (`addEnglish`), so a page of cards does not carry them.
 */
export default {
  // ── Board (leading-lagging-board, core/board.ts) ───────────────────────────
  'board.emptyName': '{label}, no goals yet',
  'board.empty': 'No goals yet. The source answered, but the board lists no goals.',
  'board.name': '{label}: {summary}',
  'board.expandAll': 'Expand all goals',
  'board.collapseAll': 'Collapse all goals',
  'board.notesName': 'Cards the board could not place or read',
  /** buildBoardView summary sentence. */
  'board.summary.noGoals': 'no goals yet',
  'board.summary': '{count, plural, one {# goal} other {# goals}}: {goals}',
  /** goalSentence: "2 of 3 outcomes on track, 1 guardrail breached". */
  'goal.sentence': '{outcomes}, {guardrails}',
  'goal.outcomes.none': 'no outcomes yet',
  'goal.outcomes': '{onTrack} of {total, plural, one {# outcome} other {# outcomes}} on track',
  'goal.guardrails.breached': '{count, plural, one {# guardrail breached} other {# guardrails breached}}',
  'goal.guardrails.none': 'no guardrails',
  'goal.guardrails.ok': 'no guardrail breached',
  /** tallyOf and renderTally. */
  'tally.outcomes': 'Outcomes',
  'tally.leading': 'Leading',
  'tally.good': '{count, plural, one {# good} other {# good}}',
  'tally.warning': '{count, plural, one {# warning} other {# warning}}',
  'tally.critical': '{count, plural, one {# critical} other {# critical}}',
  'tally.neutral': '{count, plural, one {# without status} other {# without status}}',
  'tally.none': 'none',
  /** `entries` is the list of tally.* texts. */
  'tally.side': '{name}: {entries}',
  'tally.sentence': '{outcomes} · {leading}',
  /** Goal lane. */
  'goal.owner': 'Owner: {owner}',
  'goal.leadingTitle': 'Leading indicators',
  'goal.leadingHint': '— move first',
  'goal.outcomesTitle': 'Outcomes',
  'goal.outcomesHint': '— move later',
  'goal.noLeading': 'No leading indicators yet.',
  'goal.noOutcomes': 'No outcomes yet.',
  'goal.leadingName': 'Leading indicators of {goal}',
  'goal.outcomesName': 'Outcomes of {goal}',
  'goal.noGuardrails': 'No guardrail KPIs for this goal.',
  'goal.guardrailsName': 'Guardrails of {goal}',
  /** renderHygiene summary. */
  'hygiene.count': '{count, plural, one {# hygiene note} other {# hygiene notes}} for {goal}',
  'hygiene.severity.info': 'Note',
  'hygiene.severity.warning': 'Warning',
  'hygiene.severity.strong': 'Strong warning',
  /** The flag with its severity. */
  'hygiene.flag': '{severity}: {message}',
  /** The board's legend for connectors. */
  'board.legend.estimated': 'Solid: lead estimated from history',
  'board.legend.declared': 'Dashed: lead declared, history does not show it',
  /** renderDetail. `lead` is a lead.label.* text. */
  'detail.title': '{leading} against {outcome}',
  'detail.lead': '{leading} {lead}: a lead estimated from their history (a solid connector).',
  'detail.declared': '{leading} is declared to lead {outcome}, but their history does not show it (a dashed connector): {lead}.',
  /** `phrase` is lead.phrase, `confidence` lead.confidence. */
  'detail.stats': '{leading} {phrase}; {confidence}.',
  /** renderComparison; `shift` none|later, `lag` a duration; `inverse` yes|no. */
  'detail.note':
    'The chart lays {leading} over {outcome}. {shift, select, none {Its line is as it is and rescaled to {outcome}} other {Its line is moved {lag} later and rescaled to {outcome}}}{inverse, select, yes {, upside down} other {}}, so only the shapes compare, not the values.',
  'detail.overlay': '{shift, select, none {{leading}, as it is, rescaled} other {{leading}, moved {lag} later, rescaled}}',
  'detail.close': 'Close',
  /** assembleBoard problems, shown in the board's notes. `child` is board.child.*. */
  'board.problem.hygieneOff': 'The board’s hygiene-off names {rule}, expected a hygiene rule ({rules, list, or}).',
  'board.problem.noGoal': '{child} names no goal: add {attribute} with the goal it serves.',
  'board.problem.role': '{child}: expected kpi-role {roles, list, or}, got {role}.',
  'board.problem.roleNone': '{child}: expected kpi-role {roles, list, or}, got none.',
  'board.problem.noLeads': '{child} leads no outcome: add {attribute} with the ids of the outcomes it predicts.',
  'board.problem.duplicateId': '{child} has the id {id} of an earlier KPI on the board, so its numbers are left out: give it an id of its own.',
  'board.problem.unknownLead': '{child} leads {lead}, expected the id of an outcome of this goal ({ids, list, or}).',
  'board.problem.unknownLeadNone': '{child} leads {lead}, expected the id of an outcome of this goal, which has none yet.',
  'board.problem.unreadable': 'Could not read {child}: its card says why.',
  /** childName. */
  'board.child.label': '“{label}”',
  'board.child.id': '{tag} #{id}',
  'board.child.src': '{tag} from {src}',
  'board.child.number': '{tag} number {number}',
} as const;
