/**
 * The English words of a KPI's view: status, bands, pace, change, target, the accessible story and the
 * guardrails, the card's face, and the mapping's problems. Part of `en.ts`; added (`addEnglish`) by the code
 * that says them (core/bands.ts, core/pace.ts, core/format.ts, core/mapping.ts), which an element loads with its
 * data, so its skeleton and error panel paint without them.
 */
export default {
  // ── Status (core/status.ts) ────────────────────────────────────────────────
  /** LEVEL_WORDS.good: the status word beside the icon; also core/board.ts TALLY_WORDS. */
  'status.level.good': 'good',
  /** LEVEL_WORDS.warning. */
  'status.level.warning': 'warning',
  /** LEVEL_WORDS.critical. */
  'status.level.critical': 'critical',
  /** LEVEL_WORDS.neutral: a value outside every band. */
  'status.level.neutral': 'no status',
  /** evaluateStatus: the word when there is no target or band. */
  'status.noTarget': 'no target',
  /** evaluateStatus: the word when guardrails are breached, e.g. "on target — 2 guardrails breached". */
  'status.withBreaches': '{word} — {count, plural, one {guardrail breached} other {# guardrails breached}}',
  /** core/summary.ts describeKpi: the status word with its level when the word does not name it, "below target (warning)". */
  'status.wordWithLevel': '{word} ({level})',
  /** evaluateStatus explanation: no reading. */
  'status.explain.noValue': 'There is no value yet, so there is no status.',
  /** evaluateStatus explanation: no target nor bands. */
  'status.explain.nothingToJudge': 'No target or bands are set, so there is nothing to judge {value} against.',
  /** evaluateStatus explanation: the value is in no band. */
  'status.explain.outsideBands': '{value} falls outside every band.',
  /** evaluateStatus explanation: the band found; `source` is the BandSource (bands, thresholds, target, none). */
  'status.explain.inBand':
    '{value} is in the “{band}” band ({range}), {source, select, bands {as the KPI’s bands define} thresholds {as the KPI’s thresholds define} target {judged against the target} other {with no target}}.',
  /** evaluateStatus explanation, added: the value is carried forward from an earlier period. */
  'status.explain.carriedForward': 'The latest period has no value, so the last known value is shown.',
  /** describeRange: an unbounded band. */
  'status.range.any': 'any value',
  /** describeRange: open below, closed at `to`. */
  'status.range.atMost': '{to} or less',
  /** describeRange: open below, open at `to`. */
  'status.range.below': 'below {to}',
  /** describeRange: open above, closed at `from`. */
  'status.range.atLeast': '{from} or more',
  /** describeRange: open above, open at `from`. */
  'status.range.above': 'above {from}',
  /** describeRange: a bounded band. */
  'status.range.between': '{from} to {to}',
  /** evaluateGuardrail explanation: no value. */
  'guardrail.explain.noValue': 'Guardrail “{label}” has no value yet.',
  /** evaluateGuardrail explanation: breached; `kind` is floor (direction increase) or ceiling. */
  'guardrail.explain.breached':
    'Guardrail “{label}” is breached: {value} is {kind, select, floor {below its floor of {limit}} other {above its ceiling of {limit}}}.',
  /** evaluateGuardrail explanation: holds. */
  'guardrail.explain.holds': 'Guardrail “{label}” holds: {value} is within its {kind, select, floor {floor of {limit}} other {ceiling of {limit}}}.',

  // ── Band labels derived by the kit (core/bands.ts); labels from the document are shown as given ──
  /** TIERS, thresholds beyond deviation. */
  'band.offTarget': 'off target',
  /** TIERS, inside deviation. */
  'band.deviating': 'deviating',
  /** TIERS, inside tolerance. */
  'band.withinTolerance': 'within tolerance',
  /** TIERS and bandsFromThresholds/bandsFromTarget: the best band. */
  'band.onTarget': 'on target',
  /** bandsFromTarget, increase with a baseline. */
  'band.belowBaseline': 'below baseline',
  /** bandsFromTarget. */
  'band.belowTarget': 'below target',
  /** bandsFromTarget, increase/decrease. */
  'band.targetMet': 'target met',
  /** bandsFromTarget. */
  'band.aboveTarget': 'above target',
  /** bandsFromTarget, decrease with a baseline. */
  'band.aboveBaseline': 'above baseline',
  /** bandsFromTarget, target direction. */
  'band.farBelowTarget': 'far below target',
  /** bandsFromTarget, target direction. */
  'band.farAboveTarget': 'far above target',

  // ── Pace (core/pace.ts, core/summary.ts PACE_WORDS, core/verdict.ts) ───────
  /** PACE_WORDS, in the accessible story and the trend summary. */
  'pace.verdict.insufficientHistory': 'too early to project',
  'pace.verdict.onTrack': 'on track',
  'pace.verdict.atRisk': 'at risk',
  'pace.verdict.offTrack': 'behind pace',
  'pace.verdict.achieved': 'target achieved',
  'pace.verdict.missed': 'target missed',
  /** kpi-card renderPace: the visible pace line, sentence case. */
  'pace.line.insufficientHistory': 'Too early to project',
  'pace.line.onTrack': 'On track, projected {projected}',
  'pace.line.atRisk': 'At risk, projected {projected}',
  'pace.line.offTrack': 'Behind pace, projected {projected}',
  'pace.line.achieved': 'Target achieved',
  'pace.line.missed': 'Target missed',
  /** assessPace explanation after the deadline, met. */
  'pace.explain.achieved': 'Reached {value} by {date}, meeting the target of {target}',
  /** assessPace explanation after the deadline, missed. */
  'pace.explain.missed': 'Ended at {value} by {date}, missing the target of {target}',
  /** assessPace explanation before the deadline; `rate` is the formatted change per `unit` (day, week, month); `window` a duration. */
  'pace.explain.projected':
    'Projected {projected} by {date} against a target of {target} (trend {rate} per {unit, select, day {day} week {week} other {month}} over the last {window})',
  /** assessPace explanation, seasonal series. */
  'pace.explain.projectedSeasonal':
    'Projected {projected} by {date} against a target of {target} (trend {rate} per {unit, select, day {day} week {week} other {month}}, the mean year-over-year change over the last {window}, as the series is seasonal)',
  /** assessPace reason: no value. */
  'pace.reason.noValue': 'There is no value yet to measure pace from.',
  /** assessPace reason: too few points for a least-squares trend; `window` a duration. */
  'pace.reason.trendNeeds':
    'Fitting a trend needs at least {count, plural, one {# value} other {# values}} at distinct times in the {window} up to the latest one.',
  /** assessPace reason: too few points for a seasonal trend. */
  'pace.reason.seasonalNeeds':
    'A seasonal trend needs at least {count, plural, one {# value} other {# values}} in the {window} up to the latest one, each with a value a year earlier.',
  /** assessPace reason: the projection overflows. */
  'pace.reason.overflow': 'The trend cannot be projected: its values are too large to extend to the deadline.',
  /** verdict.ts headlineNote. */
  'verdict.paceDisagrees':
    'The pace verdict ({pace}) points the other way; the headline follows the current value, because pace is a projection from recent points.',

  // ── Change against the comparison (core/summary.ts describeDelta, kpi-card renderDelta) ──
  /** describeDelta/renderDelta: the comparison when the document gives no label. */
  'delta.against.default': 'vs previous',
  /** describeDelta: no movement; `against` is the comparison label. */
  'delta.describe.flat': 'flat {against}',
  /** describeDelta: "up 3.1% vs last week, better". `movement` up|down, `judgement` better|worse|neutral. */
  'delta.describe': '{movement, select, up {up {size} {against}} other {down {size} {against}}}{judgement, select, better {, better} worse {, worse} other {}}',
  /** renderDelta: the amount when flat. */
  'delta.card.flat': 'flat',
  /** renderDelta: the words after the amount. */
  'delta.card.words': '{judgement, select, better {better {against}} worse {worse {against}} other {{against}}}',
  /** format.ts points: a change in percentage points; `value` is the formatted number, `count` the number it shows. */
  'format.points': '{count, plural, one {{value} pt} other {{value} pts}}',

  // ── Target line (kpi-card renderTarget) ───────────────────────────────────
  'target.line': 'Target {target}',
  'target.lineBy': 'Target {target} by {date}',
  /** The distance to the target, after the line: "3.5 pts below". `side` below|above. */
  'target.distance': '{side, select, below {{size} below} other {{size} above}}',
  /** The same when the distance is beyond the range of numbers. */
  'target.distanceNoSize': '{side, select, below {below} other {above}}',
  /** The line and its distance. */
  'target.withDistance': '{line} · {distance}',
  /** The baseline after the target line. */
  'target.baseline': 'baseline {value}',

  // ── Accessible story (core/summary.ts describeKpi) ────────────────────────
  'story.value': '{label} {value}',
  'story.noData': '{label}, no data',
  'story.asOf': 'as of {date}',
  'story.target': 'target {target}',
  'story.targetBy': 'target {target} by {date}',
  /** `age` from Intl.RelativeTimeFormat ("2 weeks ago"). */
  'story.stale': 'stale, data from {age}',

  // ── Guardrails (kpi-card renderGuardrails, kpi-trend lanes, board chips) ──
  'guardrails.name': 'Guardrails',
  'guardrail.breached': 'breached',
  'guardrail.holds': 'holds',
  /** The limit beside a guardrail: "floor 95%". */
  'guardrail.limit': '{kind, select, floor {floor {limit}} other {ceiling {limit}}}',
  /** kpi-card: "breached (ceiling 4%)". */
  'guardrail.wordWithLimit': '{word} ({limit})',

  // ── The card's face (card-face.ts, card-sparkline.ts) and reading the data (core/mapping.ts, kpi-reading.ts) ──
  'card.empty': 'No data yet. The source answered, but it holds no value for this KPI.',
  /** renderMeta. */
  'card.owner': 'Owner: {owner}',
  'card.goal': 'Goal: {goal}',
  /** renderMeta; `date` may be a <time> part. */
  'card.asOf': 'As of {date}',
  'card.asOfCarried': 'As of {date} (latest period has no value)',
  /** bulletDescription. `bands` is a list of band labels. */
  'card.bullet': 'Bullet graph: {value}; bands {bands, list}; scale {from} to {to}',
  'card.bulletWithTarget': 'Bullet graph: {value}, target {target}; bands {bands, list}; scale {from} to {to}',
  'card.bulletNoValue': 'no value',
  /** card-sparkline.ts: the sparkline's accessible name; `axis` zero|fit. */
  'card.sparkline': 'Trend {from} to {to}, values {low}–{high}, {axis, select, zero {axis from zero} other {axis fits the data}}',
  'card.sparklineNoPeriod': 'Trend, values {low}–{high}, {axis, select, zero {axis from zero} other {axis fits the data}}',
  /** card-sparkline.ts: the visible range note. */
  'card.sparklineRange': '{axis, select, zero {Range {low}–{high} · from zero} other {Range {low}–{high}}}',
  'element.emptyName': '{label}, no data yet',
  /** core/mapping.ts. */
  'mapping.transformThrew': 'transform threw: {reason}',
  /** `attribute` kpi-pointer, value-pointer or series-pointer. */
  'mapping.notFound': '{attribute} {pointer} found nothing at {missingAt}',
  'mapping.badFormat': 'format {format} is not one of {formats, list, or}',
  /** kpi-reading.ts: a mapping failure after `transform`/`expression`. */
  'source.reshaped': '{message}. Paths point into what {by} returned, not into the JSON as received',
  /** kpi-reading.ts reshapedBy (the other value, transform, is code). */
  'source.subject.expression': 'the expression',
} as const;
