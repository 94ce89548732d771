/**
 * The English words every element carries: status, bands, pace, delta, target, the accessible
 * story, the trend, the card and the data states. Part of `en.ts` (the whole catalogue, with its
 * notes); built into every entry, as the words an element shows before its language arrives.
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
  /** evaluateStatus: the word when there is no value; also the card's and trend's empty badge, guardrail chips with no data. */
  'status.noData': 'no data',
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
  /** How the story's clauses join: describeKpi folds its parts with it. */
  'text.clauses': '{first}, {next}',
  /** How two sentences join (status explanation + guardrails + pace note; refresh warning). */
  'text.sentences': '{first} {next}',
  /** A phrase made a sentence: its full stop. */
  'text.sentence': '{text}.',

  // ── Guardrails (kpi-card renderGuardrails, kpi-trend lanes, board chips) ──
  'guardrails.name': 'Guardrails',
  'guardrail.breached': 'breached',
  'guardrail.holds': 'holds',
  /** The limit beside a guardrail: "floor 95%". */
  'guardrail.limit': '{kind, select, floor {floor {limit}} other {ceiling {limit}}}',
  /** kpi-card: "breached (ceiling 4%)". */
  'guardrail.wordWithLimit': '{word} ({limit})',

  // ── Card (kpi-card) ───────────────────────────────────────────────────────
  /** The label when the element has none yet. */
  'card.defaultLabel': 'KPI',
  'card.noSourceName': '{label}, no data source',
  /** The no-source help; `src`, `source`, `data`, `script` are <code> parts. */
  'card.noSource': 'No data source: set {src}, {source} or {data}, or put the JSON in a {script} inside the card.',
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
  /** kpi-element and kpi-card: a view that threw. */
  'card.viewError': 'This KPI could not be displayed: {cause}',

  // ── Shared element states (kpi-card, kpi-trend, board) ────────────────────
  'element.loadingName': '{label}, loading',
  'element.emptyName': '{label}, no data yet',
  'element.errorName': '{label}, error: {message}',

  // ── Data states (templates/source-states.ts) ──────────────────────────────
  'state.loading': 'Loading',
  'state.loadFailed': 'Could not load',
  /** staleBadge; `age` from Intl.RelativeTimeFormat. */
  'state.stale': 'Stale · {age}',
  'state.live.connecting': 'Connecting',
  'state.live.live': 'Live',
  'state.live.reconnecting': 'Reconnecting',
  'state.authorDetails': 'Details for the page’s author',
  'state.moreDiagnostics': '…and {count, plural, one {# more} other {# more}}',
  /** refreshWarning: `reason` is failure.plain.*. */
  'state.refreshFailed': 'Refresh failed. {reason}',
  'state.refreshJustNow': 'Showing the data received less than a minute ago.',
  'state.refreshAge': 'Showing the data received {age}.',
  /** PLAIN_FAILURES and plainFailure: the plain sentence for each failure kind. */
  'failure.plain.network': 'The data could not be reached.',
  'failure.plain.http': 'The data source refused the request.',
  'failure.plain.parse': 'The data source sent something that is not data.',
  'failure.plain.mapping': 'The numbers for this KPI were not found in the data.',
  'failure.plain.invalid': 'The data has a mistake, so this KPI cannot be shown.',
  'failure.plain.source': 'The shared data source for this KPI is not on the page.',
  'failure.plain.url': 'The address of the data is not one the page may load.',
  'failure.plain.timeout': 'The data source did not answer in time.',
  'failure.plain.tooLarge': 'The data source sent more data than this page reads.',
  'failure.plain.signIn': 'Sign in to see this data.',
  'failure.plain.noPermission': 'You do not have permission to see this data.',
  'failure.plain.busy': 'The data source could not answer just now.',

  /** formatDuration for quarters (Intl has no quarter unit): pace windows and lead times. */
  'lead.quarters': '{count, plural, one {# quarter} other {# quarters}}',

  // ── For the page's author, said where the data is read (core/mapping.ts, data/source-failure.ts, kpi-element.ts): English, or the page's words for every locale ──
  /** source-failure.ts invalidData; `what` KPI|board; `first` the first diagnostic. */
  'failure.invalid': '{what, select, board {Invalid board data: {first}} other {Invalid KPI data: {first}}}',
  'failure.invalidMore': '{what, select, board {Invalid board data: {first} (and {more} more)} other {Invalid KPI data: {first} (and {more} more)}}',
  'failure.noDetails': 'no details',
  /** core/mapping.ts. */
  'mapping.transformThrew': 'transform threw: {reason}',
  /** `attribute` kpi-pointer, value-pointer or series-pointer. */
  'mapping.notFound': '{attribute} {pointer} found nothing at {missingAt}',
  'mapping.badFormat': 'format {format} is not one of {formats, list, or}',
  /** kpi-element.ts: a mapping failure after `transform`/`expression`. */
  'source.reshaped': '{message}. Paths point into what {by} returned, not into the JSON as received',
  /** kpi-element.ts reshapedBy (the other value, transform, is code). */
  'source.subject.expression': 'the expression',
  /** A validation problem under the author's details: `path` a JSON Pointer (or a CSV place), `problem` what was expected and found. */
  'state.diagnostic': '{path}: {problem}',
  /** The same for a problem with the document as a whole. */
  'state.diagnosticDocument': 'document: {problem}',
} as const;
