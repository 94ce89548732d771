/**
 * The English words every element carries: its data states (loading, errors, stale, live), its
 * accessible names while it has no data, and the card's no-source help. Part of `en.ts` (the whole
 * catalogue, with its notes); built into every entry, as the words an element shows before its
 * language arrives. The words of a KPI's view load with the code that says them (`en-view.ts`).
 */
export default {
  /** The word when there is no value (evaluateStatus, core/status.ts); also the card's and trend's empty badge, guardrail chips with no data. */
  'status.noData': 'no data',

  // ── Joining words (i18n joinClauses, joinSentences): the story, explanations, the error panel ──
  /** How the story's clauses join: describeKpi folds its parts with it. */
  'text.clauses': '{first}, {next}',
  /** How two sentences join (status explanation + guardrails + pace note; refresh warning). */
  'text.sentences': '{first} {next}',
  /** A phrase made a sentence: its full stop. */
  'text.sentence': '{text}.',

  // ── Card (kpi-card) ───────────────────────────────────────────────────────
  /** The label when the element has none yet. */
  'card.defaultLabel': 'KPI',
  'card.noSourceName': '{label}, no data source',
  /** The no-source help; `src`, `source`, `data`, `script` are <code> parts. */
  'card.noSource': 'No data source: set {src}, {source} or {data}, or put the JSON in a {script} inside the card.',
  /** kpi-element and kpi-card: a view that threw. */
  'card.viewError': 'This KPI could not be displayed: {cause}',

  // ── Trend (kpi-trend): what it says before its chart's code arrives ──
  /** kpi-trend: the label when the element has none yet. */
  'trend.defaultLabel': 'KPI trend',
  /** kpi-trend: a view that threw. */
  'trend.viewError': 'This trend could not be displayed: {cause}',

  // ── Board (leading-lagging-board): what it says before its face's code arrives ──
  /** The label when the board has none yet. */
  'board.defaultLabel': 'KPI board',
  /** A view that threw. */
  'board.viewError': 'This board could not be displayed: {cause}',

  // ── Shared element states (kpi-card, kpi-trend, board) ────────────────────
  'element.loadingName': '{label}, loading',
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
  /** A validation problem under the author's details: `path` a JSON Pointer (or a CSV place), `problem` what was expected and found. */
  'state.diagnostic': '{path}: {problem}',
  /** The same for a problem with the document as a whole. */
  'state.diagnosticDocument': 'document: {problem}',
} as const;
