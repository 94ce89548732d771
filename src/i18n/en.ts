/**
 * The English catalogue: the source of every word the kit shows or speaks, built in.
 * Its type defines the keys and, through `types.ts`, each message's placeholders.
 *
 * Each message is one whole sentence or label with named placeholders (syntax in
 * message-format.ts). Values are formatted before they arrive (numbers by the KPI's
 * `Formatters`, dates, ages and durations by Intl), except `#` and plain numbers, which
 * the message formats with `Intl.NumberFormat` of the locale. Quotes around a label belong
 * to the message, so each language uses its own („…“, « … », 「…」, «…»).
 *
 * The comment on each message says where phase 2 uses it.
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

  // ── Trend (core/trend.ts describeTrend, kpi-trend) ────────────────────────
  'trend.summary.noValues': 'no trend yet: no values',
  'trend.summary.oneValue': 'no trend yet: one value',
  /** `span` is trend.span.*. */
  'trend.summary.flat': 'flat {span}',
  'trend.summary.moved': '{movement, select, up {up {size} {span}} other {down {size} {span}}}',
  /** A change beyond the range of numbers: the way only. */
  'trend.summary.movedNoSize': '{movement, select, up {up {span}} other {down {span}}}',
  /** The summary with the pace verdict. */
  'trend.summary.withPace': '{summary}, {pace}',
  'trend.span.withinDay': 'within a day',
  /** `duration` from formatDuration: "3 months". */
  'trend.span.over': 'over {duration}',
  /** kpi-trend renderTrend: the plot's accessible name. */
  'trend.name': '{label}: {summary}; {story}',
  'trend.showTable': 'Show as table',
  'trend.showChart': 'Show as chart',
  /** kpi-trend: the keyboard help (aria-describedby). */
  'trend.keys': 'Arrow keys move between points, Home and End jump to the first and last, Enter selects.',
  /** kpi-trend describePoint: the live-region announcement of the focused point; `index`/`total` are numbers. */
  'trend.point': '{date}: {value}, {status}. Point {index} of {total}.',
  'trend.pointWithTarget': '{date}: {value}, target {target}, {status}. Point {index} of {total}.',
  /** kpi-trend renderTooltip. */
  'trend.tooltip.target': 'Target {target}',
  /** kpi-trend empty state text. */
  'trend.empty': 'No data yet. The source answered, but it holds no points for this KPI.',
  /** kpi-trend renderLegend. */
  'legend.name': 'Legend',
  'legend.target': 'Target {target}',
  'legend.targetStep': 'Target for each period',
  'legend.glide': 'Glide path, baseline to target',
  'legend.projection': 'Projection and its likely range',
  'legend.floor': 'Floor {value}',
  'legend.ceiling': 'Ceiling {value}',
  'legend.breach': 'Past a floor or ceiling',
  'legend.comparison': 'Earlier period, shifted onto this one',
  /** kpi-trend note markers and legend notes: the accessible name; `date` may be a <time> part. */
  'legend.note': 'Note {number}, {date}: {label}',
  /** kpi-trend note label (visible). */
  'legend.noteWords': '{date}: {label}',
  /** kpi-trend renderLanes: a guardrail lane's detail. */
  'lane.detail': '{value} ({limit}), {breaches, plural, =0 {never breached in view} one {breached once in view} other {breached # times in view}}',
  /** kpi-trend renderTable. */
  'table.caption': '{label}: {count, plural, one {# point} other {# points}}',
  'table.captionLatest': '{label}: the latest {shown} of {count, plural, one {# point} other {# points}}',
  'table.date': 'Date',
  'table.value': 'Value',
  'table.target': 'Target',
  'table.status': 'Status',
  'table.noValue': 'no value',
  'table.annotations': 'Annotations',

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

  // ── Data-layer messages for the page's author (data/*.ts) ─────────────────
  /** source-failure.ts invalidData; `what` KPI|board; `first` the first diagnostic. */
  'failure.invalid': '{what, select, board {Invalid board data: {first}} other {Invalid KPI data: {first}}}',
  'failure.invalidMore': '{what, select, board {Invalid board data: {first} (and {more} more)} other {Invalid KPI data: {first} (and {more} more)}}',
  'failure.noDetails': 'no details',
  /** fetch-json.ts: `refused` is core/url.ts refusedUrl's reason. */
  'fetch.refusedBuilt': 'The request function built {refused}',
  'fetch.opaque': '{url} gave a response the page may not read (request mode {mode} or redirect {redirect}?)',
  /** `status` is the code and the HTTP reason phrase, "404 Not Found" (protocol words, not translated). */
  'fetch.http': '{url} answered {status}',
  'fetch.httpWithHint': '{url} answered {status} ({hint})',
  'fetch.hint.signIn': 'sign in, or check access to it',
  'fetch.hint.forbidden': 'no permission: ask for access, or sign in with an account that has it',
  'fetch.hint.notFound': 'check the src URL',
  'fetch.hint.refused': 'the credentials sent were refused: sign in again, or check access to it',
  /** `attribute` is credentials="omit". */
  'fetch.hint.omit': 'sign in; with {attribute} no cookies are sent',
  /** `attribute` is credentials="include". */
  'fetch.hint.crossOrigin': 'sign in; cookies go to another origin only with {attribute}',
  'fetch.lostConnection': 'Lost the connection to {url} while reading it',
  /** `size` from Intl unit formatting ("5 megabytes"); `attribute` is max-bytes. */
  'fetch.tooLarge': '{url} is larger than the {size} this element reads ({attribute}): not read',
  'fetch.requestFailed': 'The request function for {url} failed: {reason}',
  /** `what` is a JavaScript type name (null, an object, string…), not translated. */
  'fetch.requestReturned': 'The request function for {url} returned {what}, not a Request',
  'fetch.unreachable': 'Could not reach {url}: the request was blocked or the server is unreachable',
  'fetch.invalidUrl': 'Could not reach {url}: it is not a valid URL',
  /** `header` is Access-Control-Allow-Origin. */
  'fetch.unreachableSameOrigin':
    'Could not reach {url}: the network is down, the server redirects in a loop, or it redirects to another origin (a sign-in page?) that does not send {header}',
  /** `reason` is fetch.unreachable; `headers` the response headers (code) a cross-origin API must send. */
  'fetch.unreachableCors': '{reason}. A cross-origin API must send {headers, list}',
  'fetch.unreachableCorsAllow': '{reason}. A cross-origin API must send {headers, list}, and allow {names, list} in {allowHeader}',
  'fetch.timeoutByRequest': '{url} did not answer in time (the request function’s timeout)',
  'fetch.abortedByRequest': 'The request for {url} was aborted by the request function’s signal',
  /** url-loader.ts; `duration` from formatDuration ("10 seconds"). */
  'loader.timeout': '{url} did not answer within {duration} (the timeout); trying again later',
  'loader.failed': 'Could not load {url}: {reason}',
  /** kpi-source-controller.ts. */
  'source.inlineNotJson': 'The inline JSON is not valid JSON',
  'source.readFailed': 'Could not read the KPI from {subject}: {reason}',
  'source.codeFailed': 'Could not load the kit’s code for {subject}: {reason}',
  /** kpi-source.component.ts; `element` is <kpi-source id="…">. */
  'source.transformThrew': 'The transform of {element} threw: {cause}',
  /** kpi-element.ts: a mapping failure after `transform`/`expression`. */
  'source.reshaped': '{message}. Paths point into what {by} returned, not into the JSON as received',

  // ── Board (leading-lagging-board, core/board.ts) ───────────────────────────
  'board.defaultLabel': 'KPI board',
  'board.viewError': 'This board could not be displayed: {cause}',
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
  /** periodsInWords for quarters (Intl has no quarter unit). */
  'lead.quarters': '{count, plural, one {# quarter} other {# quarters}}',

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

  // ── Parsing and reading data, for the page's author (data/json-text.ts, csv-text.ts, expression.ts, core/mapping.ts, core/url.ts, live-stream.ts, stream-reader.ts) ──
  /** json-text.ts; `subject` is a URL or source.subject.*. */
  'json.empty': '{subject} is empty, not JSON',
  'json.html': '{subject} returned HTML, not JSON (a login or error page?)',
  /** `detail` is json.truncated or json.unexpected. */
  'json.invalid': '{subject} is not valid JSON: {detail}',
  'json.truncated': 'it ends too early, at line {line}, column {column} (cut off?)',
  /** `found` is the character, quoted as code. */
  'json.unexpected': 'unexpected {found} at line {line}, column {column}',
  /** kpi-source-controller.ts subject(). */
  'source.subject.inline': 'the inline JSON',
  'source.subject.data': 'the data property',
  /** csv-text.ts; `detail` is a csv.* detail. */
  'csv.invalid': '{subject} is not valid CSV: {detail}',
  'csv.empty': '{subject} is empty, not CSV',
  'csv.unclosedQuote': 'the quoted field at line {line}, column {column} is never closed',
  'csv.blankHeader': 'line 1, column {column}: the header names no column there',
  'csv.repeatedHeader': 'line 1, column {column}: the header names {name} twice',
  'csv.extraField': 'line {line}, column {column}: a field beyond the header’s {count, plural, one {# column} other {# columns}} ({columns, list})',
  'csv.missingFields': 'line {line} has {found} of the header’s {count, plural, one {# column} other {# columns}}: {missing, list} missing',
  /** `wanted` items are "name" (attribute), as code. */
  'csv.noColumn': 'The CSV has no column {wanted, list, or}: line 1 names {columns, list}',
  /** csvPlace. */
  'csv.place': 'line {line}, column {column} ({name})',
  'csv.placeMissing': 'line {line}, column {name} (not in the header: {columns, list})',
  'csv.placeLine': 'line {line}',
  /** expression.ts. */
  'expression.runFailed': 'The expression could not be run: {reason}',
  /** `detail` is expression.at or expression.in. */
  'expression.invalid': 'expression is not valid JSONata: {detail}',
  'expression.noMatch': 'expression {expression} matched nothing in the JSON',
  'expression.failed': 'expression failed: {detail}',
  'expression.at': '{message} at character {position} of {expression}',
  'expression.in': '{message} in {expression}',
  /** core/mapping.ts. */
  'mapping.transformThrew': 'transform threw: {reason}',
  /** `attribute` kpi-pointer, value-pointer or series-pointer. */
  'mapping.notFound': '{attribute} {pointer} found nothing at {missingAt}',
  'mapping.badFormat': 'format {format} is not one of {formats, list, or}',
  /** core/url.ts refusedUrl. */
  'url.notUrl': '{url} is not a URL the kit can read (expected an http(s) address or a path on this site)',
  'url.scheme': '{url} was not fetched: only http and https URLs, or paths on this site, are loaded (not {scheme})',
  /** live-stream.ts. */
  'stream.openFailed': 'Could not open a stream on {url}: {reason}',
  /** live-stream.ts: the subject of a json.* message. */
  'stream.event': 'The {kind} event from {url}',
  'stream.patchBeforeSnapshot': 'A {patch} event from {url} came before the connection’s {snapshot}, so it was ignored',
  /** stream-reader.ts; `duration` from formatDuration. */
  'stream.reconnecting': 'Could not open the live stream from {url}; reconnecting in {duration}',
  'stream.lostReconnecting': 'Lost the live stream from {url}; reconnecting in {duration}',
  'stream.patchFailed': 'A live update from {url} could not be applied ({where}); waiting for the next',
  /** kpi-trend: a view that threw. */
  'trend.viewError': 'This trend could not be displayed: {cause}',
  /** shared-reader.ts; `element` is <kpi-source id="…">. */
  'source.gone': 'The {element} this element reads is no longer on the page; showing its last data.',
  /** shared-reader.ts; `attribute` is source="…". */
  'source.missing': 'No {element} on this page: add one, or correct {attribute}.',
  /** kpi-element.ts reshapedBy (the other value, transform, is code). */
  'source.subject.expression': 'the expression',
} as const;
