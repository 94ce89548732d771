/**
 * The English words of validation: what the KPI and board validators say about a document that
 * is not valid, shown with each problem's JSON path under "Details for the page's author". The
 * validators load on demand (a valid document passes the fast check without them), and so do
 * these words. Spread into `en.ts`, so the catalogues and their tests see every key.
 *
 * Values are code, not prose, and are not translated: JSON as received (`"45%"`, `null`), key
 * names, JSON Pointers, numbers as the document wrote them. Quoted names ("value", "leads") are
 * the document's own keys and stay as they are in every language.
 */
export default {
  // ── What the schema expected (core/document.ts, core/board-document.ts) ──
  'diagnostic.expected.object': 'expected an object',
  'diagnostic.expected.array': 'expected an array',
  'diagnostic.expected.number': 'expected a number',
  'diagnostic.expected.string': 'expected a string',
  'diagnostic.expected.boolean': 'expected a boolean',
  'diagnostic.expected.integer': 'expected an integer',
  /** Any other check; `expected` is the validator's own notation (`>=0`, `"a" | "b"`). */
  'diagnostic.expected.other': 'expected {expected}',
  'diagnostic.expected.finiteNumber': 'expected a finite number',
  'diagnostic.expected.nonEmptyString': 'expected a non-empty string',
  /** `example` is "2026-09-30". */
  'diagnostic.expected.isoDateString': 'expected an ISO 8601 date string such as {example}',
  'diagnostic.expected.isoDate': 'expected an ISO 8601 date such as {example}',
  'diagnostic.expected.realDate': 'expected a real calendar date and time',
  /** `limit` is ±8.64e15. */
  'diagnostic.expected.epochRange': 'expected epoch milliseconds within {limit}',
  'diagnostic.expected.timestamp': 'expected an ISO 8601 date or epoch milliseconds',
  /** `options` are the quoted words, "increase" and so on. */
  'diagnostic.expected.oneOf': 'expected {options, list, or}',
  /** `points` is {t, v}, `columns` {t: [...], v: [...]}. */
  'diagnostic.expected.series': 'expected an array of {points} points or columns {columns}',
  /** `example` is "EUR". */
  'diagnostic.expected.currency': 'expected an ISO 4217 code such as {example}',
  'diagnostic.expected.periods': 'expected at least 1 period',
  /** `increase` and `decrease` are the quoted words. */
  'diagnostic.expected.guardrailDirection': 'expected {increase} (limit is a floor) or {decrease} (limit is a ceiling)',
  'diagnostic.expected.bandCount': 'expected 2 to 5 bands',
  'diagnostic.expected.nonNegative': 'expected a number ≥ 0',
  /** `examples` are "P2D", "PT36H" and "P1M". */
  'diagnostic.expected.duration': 'expected an ISO 8601 duration such as {examples, list, or}',
  /** `rules` are the quoted rule names. */
  'diagnostic.expected.hygieneRule': 'expected a hygiene rule ({rules, list, or})',
  'diagnostic.expected.hygieneRules': 'expected an array of hygiene rule names',
  'diagnostic.expected.outcomeIds': 'expected an array of outcome ids',
  'diagnostic.expected.outcomeId': 'expected at least 1 outcome id',
  'diagnostic.expected.kpis': 'expected an array of KPI documents',
  /** `leads` is the quoted key "leads". */
  'diagnostic.expected.leadingKpis': 'expected an array of KPI documents, each with {leads}',
  'diagnostic.expected.goals': 'expected an array of goals',

  // ── What was found (core/validate.ts) ────────────────────────────────────
  /** `expected` is one of the messages above; `received` is JSON. */
  'diagnostic.got': '{expected}, got {received}',
  'diagnostic.missing': '{expected}, it is missing',
  'diagnostic.required': 'is required, but it is missing',
  'diagnostic.kpiArray': 'expected an object (one KPI document), got an array',
  'diagnostic.boardArray': 'expected an object (one board document), got an array',
  /** `cause` is the platform's error, in its own words. */
  'diagnostic.unreadable': 'could not be read ({cause})',

  // ── Rules across fields (core/cross-field-diagnostics.ts) ────────────────
  'diagnostic.valueOrSeries': 'expected a "value" or a "series", got neither',
  /** `times` and `values` are the two columns' lengths. */
  'diagnostic.columnLengths': 'expected as many values as times ({times}), got {values}',
  'diagnostic.targetMissing': 'expected a target for direction "target", it is missing',
  'diagnostic.guardrailValue': 'expected a "value" (null for no data yet) or a "series", got neither',
  'diagnostic.bandAboveFrom': 'expected a number above "from" ({from}), got {to}',
  'diagnostic.bandOpenBelow': 'expected a number (only the first band may be open below), it is missing',
  'diagnostic.bandOpenAbove': 'expected a number (only the last band may be open above), it is missing',
  'diagnostic.bandOrder': 'expected bands in ascending order without overlap (≥ {previous}), got {from}',
  /** `outer` names the enclosing edge, tolerance.low; `edge` is its number. */
  'diagnostic.thresholdLow': 'expected a number ≥ {outer} ({edge}), got {value}',
  'diagnostic.thresholdHigh': 'expected a number ≤ {outer} ({edge}), got {value}',

  // ── A board's rules (core/board-diagnostics.ts, core/board-validate.ts) ──
  /** `id` is quoted JSON; `pointer` the JSON Pointer of its first use. */
  'diagnostic.duplicateId': 'expected an id unique within the board, got {id} (already used at {pointer})',
  'diagnostic.leadTwice': 'expected each outcome once, got {lead} again',
  'diagnostic.expected.outcomeOfGoal': 'expected the id of an outcome of this goal ({ids, list, or})',
  'diagnostic.expected.outcomeOfNoGoal': 'expected the id of an outcome of this goal, which has none yet',
  /** `expected` is one of the two above; `owner` is diagnostic.owner or diagnostic.ownerInGoal. */
  'diagnostic.gotOwned': '{expected}, got {received}, which is {owner}',
  /** What an id names elsewhere in the board, after "which is". */
  'diagnostic.owner': '{role, select, goal {a goal} outcomes {an outcome} leading {a leading indicator} guardrails {a guardrail} other {a KPI}}',
  /** `goal` is the goal's quoted id. */
  'diagnostic.ownerInGoal':
    '{role, select, outcomes {an outcome of goal {goal}} leading {a leading indicator of goal {goal}} guardrails {a guardrail of goal {goal}} other {a KPI of goal {goal}}}',
  /** `section` is where the KPI is listed; `value` is its "leads" as JSON. */
  'diagnostic.noLeads':
    'expected no "leads" on {section, select, outcomes {an outcome} guardrails {a guardrail} other {a KPI}} (only KPIs under "leading" lead outcomes), got {value}',
  /** `expected`, `section` and `kind` are quoted words of the document. */
  'diagnostic.kindMismatch': 'expected {expected} or none (it is listed under {section}), got {kind}',
} as const;
