/**
 * KPI hygiene: the habits that keep a leading/lagging board useful, checked
 * per goal. Each flag names the rule, the goal and the KPI, and says in plain
 * English what is wrong and how to fix it (`message`: no field names, no JSON,
 * no statistics), with the technical detail for the page's author apart
 * (`detail`: the document fields to add, the statistics behind a verdict).
 * A document switches a rule off in `hygiene.off`, board-wide or for one goal.
 *
 * The lead-lag estimate is an input (`leadLag`), not an import: this module
 * only reads its verdict.
 */
import type { HygieneRule } from './hygiene-rules.js';
import type { Board, Goal, LeadingKpi } from './board.js';
import { createFormatters, listFormat, type Formatters } from './format.js';
import { assessFreshness } from './freshness.js';
import type { Kpi } from './model.js';
import { findSuspiciousTimes } from './suspicious-times-scan.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './time.js';

export { HYGIENE_RULES, type HygieneRule } from './hygiene-rules.js';

/** `info`: worth knowing. `warning`: fix it. `strong`: the board misleads until it is fixed. */
export type HygieneSeverity = 'info' | 'warning' | 'strong';

export interface HygieneFlag {
  readonly rule: HygieneRule;
  readonly severity: HygieneSeverity;
  readonly goalId: string;
  /** The KPI the flag is about; absent for a flag about the goal as a whole. */
  readonly kpiId?: string;
  /** For `unrelated-leading-indicator`: the outcome `kpiId` was expected to lead. */
  readonly outcomeId?: string;
  /** What is wrong and how to fix it, in plain words for anyone reading the board, naming the goal or KPI. */
  readonly message: string;
  /**
   * For the page's author: the document fields that fix it (they may quote JSON), or the
   * statistics behind a lead-lag verdict. Shown apart from `message`, under a disclosure.
   */
  readonly detail: string;
}

/**
 * What a lead-lag estimate between a leading indicator and an outcome found.
 * `estimateLeadLag` in lead-lag.ts returns a fitting value (`kind: 'lead'`
 * with a lead found). Only the two verdicts below raise a flag; any other
 * kind means a relationship was found.
 */
export type LeadLagVerdict = { readonly kind: 'no-relationship' | 'not-enough-history'; readonly reason?: string } | { readonly kind: 'lead' | 'estimated' };

/** The verdict for one `leads` pair, or undefined when there is none (not estimated): no flag then. */
export type LeadLagLookup = (leadingId: string, laggingId: string) => LeadLagVerdict | undefined;

export interface HygieneOptions {
  /** The time freshness is judged at, epoch ms. */
  readonly now: number;
  /** Locale for the numbers and dates inside the messages; the words are English. */
  readonly locale?: string | undefined;
  /** When the data arrived, for freshness when a document carries no date. */
  readonly receivedAt?: number;
  /** Lead-lag verdicts; without them `unrelated-leading-indicator` stays silent. */
  readonly leadLag?: LeadLagLookup;
}

/** A goal steered by more KPIs than this gets a warning… */
export const KPI_WARNING_LIMIT = 5;
/** …and by more than this, a strong warning. */
export const KPI_STRONG_LIMIT = 7;

/** Each rule in words: what it checks and why. */
export const HYGIENE_RULE_DESCRIPTIONS: Readonly<Record<HygieneRule, string>> = {
  'too-many-kpis':
    `A goal steered by more than ${KPI_WARNING_LIMIT} KPIs (outcomes plus leading indicators) splits a team’s attention; ` +
    `more than ${KPI_STRONG_LIMIT} is a strong warning. Guardrails do not count: they are limits to respect, not numbers ` +
    'to move, and counting them would reward dropping them.',
  'incomplete-kpi':
    'An outcome or leading indicator needs a target, a baseline, an owner and a time bound (a deadline in "target.by", ' +
    'or per-period "targets"), or progress cannot be judged. A guardrail KPI needs a limit (a target, bands or ' +
    'thresholds) and an owner; it holds all the time, so it has no deadline or baseline to miss.',
  'stale-data': 'A KPI whose data is older than its cadence (or "maxAge") allows shows a past that may no longer hold.',
  'missing-guardrail':
    'A goal without a guardrail, neither a guardrail KPI nor a guardrail inside one of its KPIs, can be reached at ' + 'a cost nobody watches.',
  'unrelated-leading-indicator':
    'A leading indicator whose history shows no detectable relationship with the outcome it claims to lead may not ' +
    'predict it at all. Needs lead-lag estimates; with too little history the check says so, as information.',
  'suspicious-times':
    'Times within a year of 1 January 1970 are nearly always epoch seconds (or day counts) read as milliseconds, and ' +
    'two points at one time are usually a feed that sent a period twice. Both are valid, so the board shows them, but ' +
    'its trends and lead times are then computed on the wrong dates.',
};

/** Hygiene flags for every goal, goal by goal, skipping the rules switched off for each. */
export function checkHygiene(board: Board, options: HygieneOptions): HygieneFlag[] {
  return board.goals.flatMap((goal) => checkGoalHygiene(goal, options));
}

/**
 * A goal's flags in a fixed order: the goal's own (too many KPIs, missing
 * guardrail), then each KPI in document order (outcomes, leading indicators,
 * guardrails) with its flags in rule order.
 */
export function checkGoalHygiene(goal: Goal, options: HygieneOptions): HygieneFlag[] {
  const on = (rule: HygieneRule): boolean => !goal.hygieneOff.includes(rule);
  const format = createFormatters(options.locale);
  const flags: HygieneFlag[] = [];
  if (on('too-many-kpis')) flags.push(...tooManyKpis(goal, format));
  if (on('missing-guardrail')) flags.push(...missingGuardrail(goal));
  const kpis: [Kpi, Role][] = [
    ...goal.outcomes.map((kpi): [Kpi, Role] => [kpi, 'outcome']),
    ...goal.leading.map((kpi): [Kpi, Role] => [kpi, 'leading']),
    ...goal.guardrails.map((kpi): [Kpi, Role] => [kpi, 'guardrail']),
  ];
  for (const [kpi, role] of kpis) {
    if (on('incomplete-kpi')) flags.push(...incompleteKpi(goal, kpi, role));
    if (on('stale-data')) flags.push(...staleData(goal, kpi, role, format, options));
    if (on('suspicious-times')) flags.push(...suspiciousTimes(goal, kpi, role, format));
    if (role === 'leading' && on('unrelated-leading-indicator')) flags.push(...unrelatedLeading(goal, kpi as LeadingKpi, options.leadLag));
  }
  return flags;
}

/**
 * When the board's verdicts next change by the clock alone: the first moment
 * (epoch ms) a KPI that is fresh at `now` goes stale, or undefined when none
 * will (each is stale already, or has no date or no age limit). A board open
 * for days judges again then, as a card does for its own data.
 */
export function nextStaleAt(board: Board, now: number, receivedAt?: number): number | undefined {
  let next: number | undefined;
  for (const goal of board.goals) {
    for (const kpi of [...goal.outcomes, ...goal.leading, ...goal.guardrails]) {
      const { stale, ageMs, maxAgeMs } = assessFreshness(kpi, now, receivedAt);
      if (stale || ageMs === undefined || maxAgeMs === undefined) continue;
      // Stale once strictly older than allowed: 1 ms past the limit.
      const at = now + maxAgeMs - ageMs + 1;
      if (next === undefined || at < next) next = at;
    }
  }
  return next;
}

type Role = 'outcome' | 'leading' | 'guardrail';

const ROLE_WORDS: Readonly<Record<Role, string>> = { outcome: 'Outcome', leading: 'Leading indicator', guardrail: 'Guardrail' };

const name = (labelled: { readonly label: string }): string => `“${labelled.label}”`;

function tooManyKpis(goal: Goal, format: Formatters): HygieneFlag[] {
  const outcomes = goal.outcomes.length;
  const leading = goal.leading.length;
  const total = outcomes + leading;
  if (total <= KPI_WARNING_LIMIT) return [];
  const strong = total > KPI_STRONG_LIMIT;
  const parts = `${format.value(outcomes)} ${outcomes === 1 ? 'outcome' : 'outcomes'} and ${format.value(leading)} ${leading === 1 ? 'leading indicator' : 'leading indicators'}`;
  const why = strong
    ? `more than ${format.value(KPI_STRONG_LIMIT)} is too many to steer by`
    : `more than ${format.value(KPI_WARNING_LIMIT)} splits the team’s attention`;
  return [
    {
      rule: 'too-many-kpis',
      severity: strong ? 'strong' : 'warning',
      goalId: goal.id,
      message:
        `Goal ${name(goal)} has ${format.value(total)} KPIs (${parts}); ${why}. Cut it to ${format.value(KPI_WARNING_LIMIT)} or fewer: ` +
        'keep the outcomes that define the goal and the leading indicators that move them most, and move the rest to a diagnostic view.',
      detail: offDetail('too-many-kpis', 'Guardrails do not count towards the limit.'),
    },
  ];
}

function missingGuardrail(goal: Goal): HygieneFlag[] {
  const hasGuardrail = goal.guardrails.length > 0 || [...goal.outcomes, ...goal.leading].some((kpi) => kpi.guardrails.length > 0);
  if (hasGuardrail) return [];
  return [
    {
      rule: 'missing-guardrail',
      severity: 'warning',
      goalId: goal.id,
      message:
        `Goal ${name(goal)} has no guardrail, so it could be reached at a cost nobody watches. Add a guardrail ` +
        'for what must not get worse while its outcomes are pushed, such as support tickets, churn or error rate.',
      detail:
        'In the board document, list a KPI under "guardrails" in this goal, or give one of its KPIs a "guardrails" entry; ' +
        `on a board of child cards, add a card with kpi-role="guardrail". ${offDetail('missing-guardrail')}`,
    },
  ];
}

type Missing = 'target' | 'baseline' | 'owner' | 'time bound' | 'limit';

/** What each missing part is, in plain words. */
const MISSING_WORDS: Readonly<Record<Missing, string>> = {
  target: 'target',
  baseline: 'starting value',
  owner: 'owner',
  'time bound': 'deadline',
  limit: 'limit',
};

/** How to supply each missing part, in plain words. */
const FIXES: Readonly<Record<Missing, string>> = {
  target: 'a target with its deadline',
  'time bound': 'a deadline for its target',
  baseline: 'the value it started from',
  owner: 'who answers for it',
  limit: 'a limit it must not cross',
};

/** The same, as the document fields that supply each part, for the page's author. */
const FIELDS: Readonly<Record<Missing, string>> = {
  target: '"target": { "value": …, "by": "YYYY-MM-DD" }',
  'time bound': '"by" in its "target" (or per-period "targets")',
  baseline: '"baseline": { "value": … }',
  owner: '"owner"',
  limit: '"target", "bands" or "thresholds"',
};

function incompleteKpi(goal: Goal, kpi: Kpi, role: Role): HygieneFlag[] {
  const hasTargets = kpi.targets !== undefined && kpi.targets.t.length > 0;
  const missing: Missing[] = [];
  if (role === 'guardrail') {
    if (kpi.target === undefined && !hasTargets && kpi.bands === undefined && kpi.thresholds === undefined) missing.push('limit');
    if (kpi.owner === undefined) missing.push('owner');
  } else {
    if (kpi.target === undefined && !hasTargets) missing.push('target');
    if (kpi.baseline === undefined) missing.push('baseline');
    if (kpi.owner === undefined) missing.push('owner');
    if (kpi.target?.by === undefined && !hasTargets) missing.push('time bound');
  }
  if (missing.length === 0) return [];
  // A new target brings its deadline, so a missing target and time bound need one fix.
  const needed = missing.filter((m) => !(m === 'time bound' && missing.includes('target')));
  return [
    {
      rule: 'incomplete-kpi',
      severity: 'warning',
      goalId: goal.id,
      kpiId: kpi.id,
      message: `${ROLE_WORDS[role]} ${name(kpi)} has no ${englishList(
        missing.map((m) => MISSING_WORDS[m]),
        'or',
      )}. Add ${englishList(
        needed.map((m) => FIXES[m]),
        'and',
      )}.`,
      detail: `In its KPI document ("id": "${kpi.id}"), add ${englishList(
        needed.map((m) => FIELDS[m]),
        'and',
      )}. ${offDetail('incomplete-kpi')}`,
    },
  ];
}

function staleData(goal: Goal, kpi: Kpi, role: Role, format: Formatters, options: HygieneOptions): HygieneFlag[] {
  const freshness = assessFreshness(kpi, options.now, options.receivedAt);
  if (!freshness.stale || freshness.asOf === undefined) return [];
  const allowance = kpi.maxAgeMs !== undefined ? `its maximum age of ${duration(kpi.maxAgeMs, format)}` : `its ${kpi.cadence ?? 'review'} cadence`;
  return [
    {
      rule: 'stale-data',
      severity: 'warning',
      goalId: goal.id,
      kpiId: kpi.id,
      message:
        `${ROLE_WORDS[role]} ${name(kpi)} is stale: its data is from ${format.date(freshness.asOf)}, older than ${allowance} allows. ` +
        'Fix the feed that delivers it, or, if it is meant to update less often, say how often in its document.',
      detail:
        `If its data is meant to update less often, set "maxAge" in its KPI document ("id": "${kpi.id}") to an ISO 8601 duration ` +
        `such as "P7D" (7 days) or "PT36H" (36 hours); otherwise check the feed behind it. ${offDetail('stale-data')}`,
    },
  ];
}

function suspiciousTimes(goal: Goal, kpi: Kpi, role: Role, format: Formatters): HygieneFlag[] {
  if (!kpi.series) return [];
  const times = kpi.series.t;
  const { nearEpoch, duplicates } = findSuspiciousTimes(times);
  const flags: HygieneFlag[] = [];
  const [early] = nearEpoch;
  if (early !== undefined) {
    flags.push({
      rule: 'suspicious-times',
      severity: 'warning',
      goalId: goal.id,
      kpiId: kpi.id,
      message:
        `${ROLE_WORDS[role]} ${name(kpi)} has ${format.value(nearEpoch.length)} ${nearEpoch.length === 1 ? 'point' : 'points'} dated ` +
        `${format.date(times[early] as number)}, which is almost always a mistake in how its dates are sent. Check the feed behind it.`,
      detail:
        `Numeric times in "t" are epoch milliseconds: seconds (1700000000 is 14 November 2023 in seconds, 20 January 1970 in ` +
        `milliseconds) must be multiplied by 1000, or sent as ISO 8601 dates. ${offDetail('suspicious-times')}`,
    });
  }
  const [pair] = duplicates;
  if (pair !== undefined) {
    flags.push({
      rule: 'suspicious-times',
      severity: 'warning',
      goalId: goal.id,
      kpiId: kpi.id,
      message:
        `${ROLE_WORDS[role]} ${name(kpi)} has ${format.value(duplicates.length)} ${duplicates.length === 1 ? 'point' : 'points'} at a time ` +
        `another point already has, such as ${format.date(times[pair[0]] as number)}. Check that its feed sends each period once.`,
      detail: `Two entries of its "series" share one "t"; charts draw one of them, and trends count both. ${offDetail('suspicious-times')}`,
    });
  }
  return flags;
}

function unrelatedLeading(goal: Goal, kpi: LeadingKpi, leadLag: LeadLagLookup | undefined): HygieneFlag[] {
  if (!leadLag) return [];
  const flags: HygieneFlag[] = [];
  for (const outcomeId of kpi.leads) {
    const verdict = leadLag(kpi.id, outcomeId);
    if (verdict?.kind !== 'no-relationship' && verdict?.kind !== 'not-enough-history') continue;
    const outcome = goal.outcomes.find((o) => o.id === outcomeId);
    const outcomeName = outcome ? name(outcome) : `“${outcomeId}”`;
    const reason = verdict.reason ? `${verdict.reason} ` : '';
    flags.push(
      verdict.kind === 'no-relationship'
        ? {
            rule: 'unrelated-leading-indicator',
            severity: 'warning',
            goalId: goal.id,
            kpiId: kpi.id,
            outcomeId,
            message:
              `Leading indicator ${name(kpi)} shows no detectable relationship with ${outcomeName}: in their history, the outcome does ` +
              'not follow its moves more than chance would. Check that it really drives the outcome and the lag you expect, or replace it ' +
              'with an indicator whose moves the outcome follows.',
            detail: `${reason}${offDetail('unrelated-leading-indicator')}`,
          }
        : {
            rule: 'unrelated-leading-indicator',
            severity: 'info',
            goalId: goal.id,
            kpiId: kpi.id,
            outcomeId,
            message:
              `There is not enough history yet to tell whether ${name(kpi)} leads ${outcomeName}. ` +
              'Keep both series collecting; the check can tell once they overlap for longer.',
            detail: `${reason}${offDetail('unrelated-leading-indicator')}`,
          },
    );
  }
  return flags;
}

/** How to switch a rule off, for the page's author; `before` comes first when given. */
function offDetail(rule: HygieneRule, before?: string): string {
  const off = `To switch this check off, add "${rule}" to "hygiene": { "off": [ … ] } in the board document, or to hygiene-off on a board of child cards.`;
  return before ? `${before} ${off}` : off;
}

/** English list: `a`, `a or b`, `a, b, or c` (the kit’s words are English, so the list is too). */
function englishList(items: readonly string[], type: 'and' | 'or'): string {
  return listFormat('en', type === 'and' ? 'conjunction' : 'disjunction').format(items);
}

const DURATION_UNITS: readonly [ms: number, one: string, many: string][] = [
  [7 * MS_PER_DAY, 'week', 'weeks'],
  [MS_PER_DAY, 'day', 'days'],
  [MS_PER_HOUR, 'hour', 'hours'],
  [MS_PER_MINUTE, 'minute', 'minutes'],
];

/** A duration in the largest unit that divides it: "2 days", "36 hours", "1 week". */
function duration(ms: number, format: Formatters): string {
  const [size, one, many] = DURATION_UNITS.find(([size]) => ms % size === 0) ?? [1000, 'second', 'seconds'];
  const count = ms / size;
  return `${format.value(count)} ${count === 1 ? one : many}`;
}
