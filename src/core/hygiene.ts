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
import { createFormatters, dateTimeFormat, resolveLocale, type Formatters } from './format.js';
import { addEnglish, formatDuration, formatMessage, joinSentences, type DurationUnit } from '../i18n/index.js';
import analysisWords from '../i18n/en-analysis.js';
import { assessFreshness } from './freshness.js';
import type { Kpi } from './model.js';
import { findSuspiciousTimes } from './suspicious-times-scan.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './time.js';

// The analysis's words join the English at hand when its code loads, after a board's lanes have painted.
addEnglish(analysisWords);

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

/** Each rule in `locale`'s words (English when undefined): what it checks and why. */
export function describeHygieneRule(rule: HygieneRule, locale?: string): string {
  switch (rule) {
    case 'too-many-kpis':
      return formatMessage(locale, 'hygiene.rule.tooManyKpis', { limit: KPI_WARNING_LIMIT, strongLimit: KPI_STRONG_LIMIT });
    case 'incomplete-kpi':
      return formatMessage(locale, 'hygiene.rule.incompleteKpi', { by: '"target.by"', targets: '"targets"' });
    case 'stale-data':
      return formatMessage(locale, 'hygiene.rule.staleData', { maxAge: '"maxAge"' });
    case 'missing-guardrail':
      return formatMessage(locale, 'hygiene.rule.missingGuardrail');
    case 'unrelated-leading-indicator':
      return formatMessage(locale, 'hygiene.rule.unrelatedLeadingIndicator');
    default:
      return formatMessage(locale, 'hygiene.rule.suspiciousTimes', { epoch: longDate(locale, 0) });
  }
}

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
  if (on('missing-guardrail')) flags.push(...missingGuardrail(goal, format));
  const kpis: [Kpi, Role][] = [
    ...goal.outcomes.map((kpi): [Kpi, Role] => [kpi, 'outcome']),
    ...goal.leading.map((kpi): [Kpi, Role] => [kpi, 'leading']),
    ...goal.guardrails.map((kpi): [Kpi, Role] => [kpi, 'guardrail']),
  ];
  for (const [kpi, role] of kpis) {
    if (on('incomplete-kpi')) flags.push(...incompleteKpi(goal, kpi, role, format));
    if (on('stale-data')) flags.push(...staleData(goal, kpi, role, format, options));
    if (on('suspicious-times')) flags.push(...suspiciousTimes(goal, kpi, role, format));
    if (role === 'leading' && on('unrelated-leading-indicator')) flags.push(...unrelatedLeading(goal, kpi as LeadingKpi, options.leadLag, format));
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

function tooManyKpis(goal: Goal, format: Formatters): HygieneFlag[] {
  const outcomes = goal.outcomes.length;
  const leading = goal.leading.length;
  const total = outcomes + leading;
  if (total <= KPI_WARNING_LIMIT) return [];
  const strong = total > KPI_STRONG_LIMIT;
  const locale = format.locale;
  return [
    {
      rule: 'too-many-kpis',
      severity: strong ? 'strong' : 'warning',
      goalId: goal.id,
      message: formatMessage(locale, 'hygiene.tooMany', {
        goal: goal.label,
        total,
        outcomes,
        leading,
        strong: strong ? 'yes' : 'no',
        strongLimit: KPI_STRONG_LIMIT,
        limit: KPI_WARNING_LIMIT,
      }),
      detail: offDetail('too-many-kpis', locale, formatMessage(locale, 'hygiene.tooMany.detail')),
    },
  ];
}

function missingGuardrail(goal: Goal, format: Formatters): HygieneFlag[] {
  const hasGuardrail = goal.guardrails.length > 0 || [...goal.outcomes, ...goal.leading].some((kpi) => kpi.guardrails.length > 0);
  if (hasGuardrail) return [];
  const locale = format.locale;
  return [
    {
      rule: 'missing-guardrail',
      severity: 'warning',
      goalId: goal.id,
      message: formatMessage(locale, 'hygiene.missingGuardrail', { goal: goal.label }),
      detail: offDetail(
        'missing-guardrail',
        locale,
        formatMessage(locale, 'hygiene.missingGuardrail.detail', { field: '"guardrails"', attribute: 'kpi-role="guardrail"' }),
      ),
    },
  ];
}

type Missing = 'target' | 'baseline' | 'owner' | 'timeBound' | 'limit';

/** The document fields that supply each missing part, for the page's author (code, not words). */
const FIELDS: Readonly<Record<Missing, string>> = {
  target: '"target": { "value": …, "by": "YYYY-MM-DD" }',
  timeBound: '"by" in its "target" (or per-period "targets")',
  baseline: '"baseline": { "value": … }',
  owner: '"owner"',
  limit: '"target", "bands" or "thresholds"',
};

function incompleteKpi(goal: Goal, kpi: Kpi, role: Role, format: Formatters): HygieneFlag[] {
  const hasTargets = kpi.targets !== undefined && kpi.targets.t.length > 0;
  const missing: Missing[] = [];
  if (role === 'guardrail') {
    if (kpi.target === undefined && !hasTargets && kpi.bands === undefined && kpi.thresholds === undefined) missing.push('limit');
    if (kpi.owner === undefined) missing.push('owner');
  } else {
    if (kpi.target === undefined && !hasTargets) missing.push('target');
    if (kpi.baseline === undefined) missing.push('baseline');
    if (kpi.owner === undefined) missing.push('owner');
    if (kpi.target?.by === undefined && !hasTargets) missing.push('timeBound');
  }
  if (missing.length === 0) return [];
  // A new target brings its deadline, so a missing target and time bound need one fix.
  const needed = missing.filter((m) => !(m === 'timeBound' && missing.includes('target')));
  const locale = format.locale;
  return [
    {
      rule: 'incomplete-kpi',
      severity: 'warning',
      goalId: goal.id,
      kpiId: kpi.id,
      message: formatMessage(locale, 'hygiene.incomplete', {
        role,
        name: kpi.label,
        missing: missing.map((m) => formatMessage(locale, `hygiene.missing.${m}`)),
        fixes: needed.map((m) => formatMessage(locale, `hygiene.fix.${m}`)),
      }),
      detail: offDetail(
        'incomplete-kpi',
        locale,
        formatMessage(locale, 'hygiene.incomplete.detail', { id: `"id": "${kpi.id}"`, fields: needed.map((m) => FIELDS[m]) }),
      ),
    },
  ];
}

function staleData(goal: Goal, kpi: Kpi, role: Role, format: Formatters, options: HygieneOptions): HygieneFlag[] {
  const freshness = assessFreshness(kpi, options.now, options.receivedAt);
  if (!freshness.stale || freshness.asOf === undefined) return [];
  const locale = format.locale;
  const allowance = kpi.maxAgeMs !== undefined ? 'maxAge' : (kpi.cadence ?? 'review');
  return [
    {
      rule: 'stale-data',
      severity: 'warning',
      goalId: goal.id,
      kpiId: kpi.id,
      message: formatMessage(locale, 'hygiene.stale', {
        role,
        name: kpi.label,
        date: format.date(freshness.asOf),
        allowance,
        maxAge: kpi.maxAgeMs !== undefined ? duration(kpi.maxAgeMs, locale) : '',
      }),
      detail: offDetail(
        'stale-data',
        locale,
        formatMessage(locale, 'hygiene.stale.detail', {
          field: '"maxAge"',
          id: `"id": "${kpi.id}"`,
          example: '"P7D"',
          exampleDuration: formatDuration(locale, 7, 'day'),
          other: '"PT36H"',
          otherDuration: formatDuration(locale, 36, 'hour'),
        }),
      ),
    },
  ];
}

function suspiciousTimes(goal: Goal, kpi: Kpi, role: Role, format: Formatters): HygieneFlag[] {
  if (!kpi.series) return [];
  const times = kpi.series.t;
  const { nearEpoch, duplicates } = findSuspiciousTimes(times);
  const flags: HygieneFlag[] = [];
  const locale = format.locale;
  const [early] = nearEpoch;
  if (early !== undefined) {
    flags.push({
      rule: 'suspicious-times',
      severity: 'warning',
      goalId: goal.id,
      kpiId: kpi.id,
      message: formatMessage(locale, 'hygiene.nearEpoch', { role, name: kpi.label, count: nearEpoch.length, date: format.date(times[early] as number) }),
      detail: offDetail(
        'suspicious-times',
        locale,
        formatMessage(locale, 'hygiene.nearEpoch.detail', {
          field: '"t"',
          seconds: '1700000000',
          asSeconds: longDate(locale, 1_700_000_000_000),
          asMilliseconds: longDate(locale, 1_700_000_000),
        }),
      ),
    });
  }
  const [pair] = duplicates;
  if (pair !== undefined) {
    flags.push({
      rule: 'suspicious-times',
      severity: 'warning',
      goalId: goal.id,
      kpiId: kpi.id,
      message: formatMessage(locale, 'hygiene.duplicates', { role, name: kpi.label, count: duplicates.length, date: format.date(times[pair[0]] as number) }),
      detail: offDetail('suspicious-times', locale, formatMessage(locale, 'hygiene.duplicates.detail', { series: '"series"', field: '"t"' })),
    });
  }
  return flags;
}

function unrelatedLeading(goal: Goal, kpi: LeadingKpi, leadLag: LeadLagLookup | undefined, format: Formatters): HygieneFlag[] {
  if (!leadLag) return [];
  const locale = format.locale;
  const flags: HygieneFlag[] = [];
  for (const outcomeId of kpi.leads) {
    const verdict = leadLag(kpi.id, outcomeId);
    if (verdict?.kind !== 'no-relationship' && verdict?.kind !== 'not-enough-history') continue;
    const outcome = goal.outcomes.find((o) => o.id === outcomeId)?.label ?? outcomeId;
    const detail = offDetail('unrelated-leading-indicator', locale, verdict.reason);
    flags.push(
      verdict.kind === 'no-relationship'
        ? {
            rule: 'unrelated-leading-indicator',
            severity: 'warning',
            goalId: goal.id,
            kpiId: kpi.id,
            outcomeId,
            message: formatMessage(locale, 'hygiene.unrelated', { name: kpi.label, outcome }),
            detail,
          }
        : {
            rule: 'unrelated-leading-indicator',
            severity: 'info',
            goalId: goal.id,
            kpiId: kpi.id,
            outcomeId,
            message: formatMessage(locale, 'hygiene.notEnoughHistory', { name: kpi.label, outcome }),
            detail,
          },
    );
  }
  return flags;
}

/** How to switch a rule off, for the page's author; `before` comes first when given. */
function offDetail(rule: HygieneRule, locale: string | undefined, before?: string): string {
  const off = formatMessage(locale, 'hygiene.off', { rule: `"${rule}"`, field: '"hygiene": { "off": [ … ] }', attribute: 'hygiene-off' });
  return joinSentences(locale, [before ?? '', off]);
}

/** A date in full, in UTC: "November 14, 2023". */
function longDate(locale: string | undefined, time: number): string {
  return dateTimeFormat(resolveLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}

const DURATION_UNITS: readonly [ms: number, unit: DurationUnit][] = [
  [7 * MS_PER_DAY, 'week'],
  [MS_PER_DAY, 'day'],
  [MS_PER_HOUR, 'hour'],
  [MS_PER_MINUTE, 'minute'],
];

/** A duration in the largest unit that divides it, in `locale`'s words: "2 days", "36 hours", "1 week". */
function duration(ms: number, locale: string | undefined): string {
  const [size, unit] = DURATION_UNITS.find(([size]) => ms % size === 0) ?? [1000, 'second'];
  return formatDuration(locale, ms / size, unit);
}
