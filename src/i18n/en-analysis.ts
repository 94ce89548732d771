/**
 * The English words of a board's analysis: lead times (`core/lead-lag.ts`) and hygiene notes
 * (`core/hygiene.ts`). Part of `en.ts`; at run time those modules add them (`addEnglish`), and
 * they load after a board has painted its lanes, so neither a card nor a board's first paint carries them.
 */
export default {
  // ── Lead time (core/lead-lag.ts) ──────────────────────────────────────────
  /** leadLabel. */
  'lead.label.notEnoughHistory': 'too little history',
  'lead.label.none': 'no lead found',
  /** `same` is lead.samePeriod. */
  'lead.label.together': 'moves together, {same}',
  'lead.label.opposite': 'moves opposite, {same}',
  /** `lag` is periodsInWords ("3 weeks"). */
  'lead.label.leads': 'leads by ~{lag}',
  'lead.label.leadsInverse': 'leads by ~{lag}, inverse',
  /** PERIOD_WORDS[…][2]. */
  'lead.samePeriod': '{period, select, daily {on the same day} weekly {in the same week} monthly {in the same month} other {in the same quarter}}',
  /** estimateLeadLag phrase: "leads by ~3 weeks (r = 0.72, n = 40)". */
  'lead.phrase.leads': 'leads by ~{lag} (r = {r}, n = {n})',
  'lead.phrase.together': 'moves together, {same} (r = {r}, n = {n})',
  'lead.phrase.opposite': 'moves opposite, ~{lag} ahead (r = {r}, n = {n})',
  'lead.phrase.oppositeSame': 'moves opposite, {same} (r = {r}, n = {n})',
  /** estimateLeadLag confidence; `which` abs|r, `line` "±2.77/√n", `tried` lead.tried. */
  'lead.confidence': '{which, select, abs {|r|} other {r}} is {ratio}× the {line} noise line for n = {n}, {tried}',
  'lead.tried': '{count, plural, one {# lag tried} other {# lags tried}}',
  /** estimateLeadLag reasons. `pairs` detrend difference|level. */
  'lead.reason.notEnoughHistory':
    'Estimating a lead needs at least {min} overlapping pairs of {pairs, select, difference {{period, select, daily {daily changes} weekly {weekly changes} monthly {monthly changes} other {quarterly changes}}} other {{period, select, daily {daily values} weekly {weekly values} monthly {monthly values} other {quarterly values}}}} at some lag from 0 to {maxLag}; the most found is {found}.',
  'lead.reason.constantChange':
    'One of the series changes by the same amount every {period, select, daily {day} weekly {week} monthly {month} other {quarter}} where they overlap, so there is no correlation to measure.',
  'lead.reason.constant': 'One of the series holds one value where they overlap, so there is no correlation to measure.',
  /** `where` is lead.atLag or lead.samePeriod; `noise` the formatted bound; `line` "2.77/√n" (without ±, which the message writes). */
  'lead.reason.noise':
    'The strongest correlation, r = {r} {where}, is inside the ±{noise} noise line ({line} for n = {n}, {tried}), so no lead can be told from chance.',
  'lead.atLag': 'at a lag of ~{lag}',

  // ── Hygiene (core/hygiene.ts) ─────────────────────────────────────────────
  /** HYGIENE_RULE_DESCRIPTIONS. */
  'hygiene.rule.tooManyKpis':
    'A goal steered by more than {limit} KPIs (outcomes plus leading indicators) splits a team’s attention; more than {strongLimit} is a strong warning. Guardrails do not count: they are limits to respect, not numbers to move, and counting them would reward dropping them.',
  'hygiene.rule.incompleteKpi':
    'An outcome or leading indicator needs a target, a baseline, an owner and a time bound (a deadline in {by}, or per-period {targets}), or progress cannot be judged. A guardrail KPI needs a limit (a target, bands or thresholds) and an owner; it holds all the time, so it has no deadline or baseline to miss.',
  'hygiene.rule.staleData': 'A KPI whose data is older than its cadence (or {maxAge}) allows shows a past that may no longer hold.',
  'hygiene.rule.missingGuardrail':
    'A goal without a guardrail, neither a guardrail KPI nor a guardrail inside one of its KPIs, can be reached at a cost nobody watches.',
  'hygiene.rule.unrelatedLeadingIndicator':
    'A leading indicator whose history shows no detectable relationship with the outcome it claims to lead may not predict it at all. Needs lead-lag estimates; with too little history the check says so, as information.',
  'hygiene.rule.suspiciousTimes':
    'Times within a year of {epoch} are nearly always epoch seconds (or day counts) read as milliseconds, and two points at one time are usually a feed that sent a period twice. Both are valid, so the board shows them, but its trends and lead times are then computed on the wrong dates.',
  /** tooManyKpis; `strong` yes|no. */
  'hygiene.tooMany':
    'Goal “{goal}” has {total, plural, one {# KPI} other {# KPIs}} ({outcomes, plural, one {# outcome} other {# outcomes}} and {leading, plural, one {# leading indicator} other {# leading indicators}}); {strong, select, yes {more than {strongLimit} is too many to steer by} other {more than {limit} splits the team’s attention}}. Cut it to {limit} or fewer: keep the outcomes that define the goal and the leading indicators that move them most, and move the rest to a diagnostic view.',
  'hygiene.tooMany.detail': 'Guardrails do not count towards the limit.',
  'hygiene.missingGuardrail':
    'Goal “{goal}” has no guardrail, so it could be reached at a cost nobody watches. Add a guardrail for what must not get worse while its outcomes are pushed, such as support tickets, churn or error rate.',
  /** `field` is "guardrails", `attribute` kpi-role="guardrail". */
  'hygiene.missingGuardrail.detail':
    'In the board document, list a KPI under {field} in this goal, or give one of its KPIs a {field} entry; on a board of child cards, add a card with {attribute}.',
  /** incompleteKpi; `role` outcome|leading|guardrail; `missing` hygiene.missing.*, `fixes` hygiene.fix.*. */
  'hygiene.incomplete':
    '{role, select, outcome {Outcome “{name}”} leading {Leading indicator “{name}”} other {Guardrail “{name}”}} has no {missing, list, or}. Add {fixes, list}.',
  'hygiene.missing.target': 'target',
  'hygiene.missing.baseline': 'starting value',
  'hygiene.missing.owner': 'owner',
  'hygiene.missing.timeBound': 'deadline',
  'hygiene.missing.limit': 'limit',
  'hygiene.fix.target': 'a target with its deadline',
  'hygiene.fix.timeBound': 'a deadline for its target',
  'hygiene.fix.baseline': 'the value it started from',
  'hygiene.fix.owner': 'who answers for it',
  'hygiene.fix.limit': 'a limit it must not cross',
  /** `id` is "id": "…"; `fields` the JSON snippets (code). */
  'hygiene.incomplete.detail': 'In its KPI document ({id}), add {fields, list}.',
  /** staleData; `allowance` maxAge|daily|weekly|monthly|quarterly|review; `maxAge` a duration. */
  'hygiene.stale':
    '{role, select, outcome {Outcome “{name}”} leading {Leading indicator “{name}”} other {Guardrail “{name}”}} is stale: its data is from {date}, older than {allowance, select, maxAge {its maximum age of {maxAge}} daily {its daily cadence} weekly {its weekly cadence} monthly {its monthly cadence} quarterly {its quarterly cadence} other {its review cadence}} allows. Fix the feed that delivers it, or, if it is meant to update less often, say how often in its document.',
  /** `field` "maxAge", `id` "id": "…", `example` "P7D", `exampleDuration` 7 days, `other` "PT36H", `otherDuration` 36 hours. */
  'hygiene.stale.detail':
    'If its data is meant to update less often, set {field} in its KPI document ({id}) to an ISO 8601 duration such as {example} ({exampleDuration}) or {other} ({otherDuration}); otherwise check the feed behind it.',
  'hygiene.nearEpoch':
    '{role, select, outcome {Outcome “{name}”} leading {Leading indicator “{name}”} other {Guardrail “{name}”}} has {count, plural, one {# point} other {# points}} dated {date}, which is almost always a mistake in how its dates are sent. Check the feed behind it.',
  /** `field` "t", `seconds` 1700000000, `asSeconds`/`asMilliseconds` dates. */
  'hygiene.nearEpoch.detail':
    'Numeric times in {field} are epoch milliseconds: seconds ({seconds} is {asSeconds} in seconds, {asMilliseconds} in milliseconds) must be multiplied by 1000, or sent as ISO 8601 dates.',
  'hygiene.duplicates':
    '{role, select, outcome {Outcome “{name}”} leading {Leading indicator “{name}”} other {Guardrail “{name}”}} has {count, plural, one {# point} other {# points}} at a time another point already has, such as {date}. Check that its feed sends each period once.',
  /** `series` "series", `field` "t". */
  'hygiene.duplicates.detail': 'Two entries of its {series} share one {field}; charts draw one of them, and trends count both.',
  'hygiene.unrelated':
    'Leading indicator “{name}” shows no detectable relationship with “{outcome}”: in their history, the outcome does not follow its moves more than chance would. Check that it really drives the outcome and the lag you expect, or replace it with an indicator whose moves the outcome follows.',
  'hygiene.notEnoughHistory':
    'There is not enough history yet to tell whether “{name}” leads “{outcome}”. Keep both series collecting; the check can tell once they overlap for longer.',
  /** offDetail; `rule` the rule name, `field` "hygiene": { "off": [ … ] }, `attribute` hygiene-off (code). */
  'hygiene.off': 'To switch this check off, add {rule} to {field} in the board document, or to {attribute} on a board of child cards.',
} as const;
