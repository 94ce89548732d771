/**
 * The English words for the page's author: what the data layer (fetching, parsing JSON and CSV,
 * expressions, streams), the mapping and the URL check say when something fails. Shown under
 * "Details for the page's author", in English (one fetch may serve elements in several locales),
 * or in the page's own words for every locale (`setKpiMessages`). Spread into `en.ts`, so the
 * catalogues and their tests see every key; the data layer imports only this part (`author.ts`).
 */
export default {
  // ── Data-layer messages for the page's author (data/*.ts) ─────────────────
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
  /** `size` is fetch.size; `attribute` is max-bytes. */
  'fetch.tooLarge': '{url} is larger than the {size} this element reads ({attribute}): not read',
  /** `amount` is a number to a tenth. */
  'fetch.size':
    '{unit, select, megabyte {{amount, plural, one {# megabyte} other {# megabytes}}} kilobyte {{amount, plural, one {# kilobyte} other {# kilobytes}}} other {{amount, plural, one {# byte} other {# bytes}}}}',
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
  /** url-loader.ts; `seconds` the element's timeout (a number, written with the SI symbol). */
  'loader.timeout': '{url} did not answer within {seconds} s (the timeout); trying again later',
  'loader.failed': 'Could not load {url}: {reason}',
  /** kpi-source-controller.ts (loaded with its first failure). */
  'source.inlineNotJson': 'The inline JSON is not valid JSON',
  'source.readFailed': 'Could not read the KPI from {subject}: {reason}',
  'source.codeFailed': "Could not load the kit's code for {subject}: {reason}",
  /** kpi-source-controller.ts subject(). */
  'source.subject.inline': 'the inline JSON',
  'source.subject.data': 'the data property',
  /** kpi-source.component.ts; `element` is <kpi-source id="…">. */
  'source.transformThrew': 'The transform of {element} threw: {cause}',
  // ── Parsing and reading data, for the page's author (data/json-text.ts, csv-text.ts, expression.ts, core/mapping.ts, core/url.ts, live-stream.ts, stream-reader.ts) ──
  /** json-text.ts; `subject` is a URL or source.subject.inlineText. */
  /** The inline JSON at the start of a json.* message. */
  'source.subject.inlineText': 'The inline JSON',
  'json.empty': '{subject} is empty, not JSON',
  'json.html': '{subject} returned HTML, not JSON (a login or error page?)',
  'json.xml': '{subject} returned XML, not JSON',
  /** `detail` is json.truncated or json.unexpected. */
  'json.invalid': '{subject} is not valid JSON: {detail}',
  'json.truncated': 'it ends too early, at line {line}, column {column} (cut off?)',
  /** `found` is the character, quoted as code. */
  'json.unexpected': 'unexpected {found} at line {line}, column {column}',
  /** csv-text.ts; `detail` is a csv.* detail. */
  'csv.invalid': '{subject} is not valid CSV: {detail}',
  'csv.empty': '{subject} is empty, not CSV',
  'csv.unclosedQuote': 'the quoted field at line {line}, column {column} is never closed',
  'csv.blankHeader': 'line 1, column {column}: the header names no column there',
  'csv.repeatedHeader': 'line 1, column {column}: the header names {name} twice',
  'csv.extraField': "line {line}, column {column}: a field beyond the header's {count, plural, one {# column} other {# columns}} ({columns})",
  'csv.missingFields': "line {line} has {found} of the header's {count, plural, one {# column} other {# columns}}: {missing} missing",
  /** `wanted` items are "name" (attribute), as code; `columns` the header's names, as written. */
  'csv.noColumn': 'The CSV has no column {wanted, list, or}: line 1 names {columns}',
  /** csvPlace. */
  'csv.place': 'line {line}, column {column} ({name})',
  'csv.placeMissing': 'line {line}, column {name} (not in the header: {columns})',
  'csv.placeLine': 'line {line}',
  /** expression.ts. */
  'expression.runFailed': 'The expression could not be run: {reason}',
  /** `detail` is expression.at or expression.in. */
  'expression.invalid': 'expression is not valid JSONata: {detail}',
  'expression.noMatch': 'expression {expression} matched nothing in the JSON',
  'expression.failed': 'expression failed: {detail}',
  'expression.at': '{message} at character {position} of {expression}',
  'expression.in': '{message} in {expression}',
  /** core/url.ts refusedUrl. */
  'url.notUrl': '{url} is not a URL the kit can read (expected an http(s) address or a path on this site)',
  'url.scheme': '{url} was not fetched: only http and https URLs, or paths on this site, are loaded (not {scheme})',
  /** live-stream.ts. */
  'stream.openFailed': 'Could not open a stream on {url}: {reason}',
  /** live-stream.ts: the subject of a json.* message. */
  'stream.event': 'The {kind} event from {url}',
  'stream.patchBeforeSnapshot': "A {patch} event from {url} came before the connection's {snapshot}, so it was ignored",
  /** stream-reader.ts; `seconds` until the next try (a number, written with the SI symbol). */
  'stream.reconnecting': 'Could not open the live stream from {url}; reconnecting in {seconds} s',
  'stream.lostReconnecting': 'Lost the live stream from {url}; reconnecting in {seconds} s',
  'stream.patchFailed': 'A live update from {url} could not be applied ({where}); waiting for the next',
  /** stream-reader.ts: `where` in stream.patchFailed, the operation's JSON Pointer and its problem. */
  'stream.patch.at': '{path}: {problem}',
  'stream.patch.atDocument': 'document: {problem}',
  /** core/json-patch.ts: what is wrong with one operation of a live update, after its JSON Pointer. `found` is JSON or stream.patch.value. */
  'stream.patch.notArray': 'expected an array of operations, got {found}',
  /** `example` is {"op": "add", "path": "/series/-", "value": …}. */
  'stream.patch.notOperation': 'expected an operation object such as {example}, got {found}',
  'stream.patch.notObject': 'expected an operation object, got {found}',
  'stream.patch.unsupported': '{op} is not supported: a stream sends only "add" and "replace" (and a new snapshot for anything else)',
  'stream.patch.op': 'expected "add" or "replace", got {found}',
  'stream.patch.required': 'is required, but it is missing',
  /** `example` is "/series/-". */
  'stream.patch.pointer': 'expected a JSON Pointer string such as {example}, got {found}',
  'stream.patch.wholeDocument': '"" (the whole document) cannot be patched: send a new snapshot instead',
  'stream.patch.forbidden': '{token} is not allowed in a path',
  /** `cause` is the platform's error. */
  'stream.patch.unwritable': 'could not change the document ({cause})',
  'stream.patch.missing': '{pointer} does not exist',
  'stream.patch.notContainer': '{pointer} is {found}, not an object or an array',
  'stream.patch.documentNotContainer': 'the document is {found}, not an object or an array',
  /** `array` is stream.patch.array or stream.patch.documentArray. */
  'stream.patch.index': 'expected an index into {array}, got {key}',
  'stream.patch.indexOrEnd': 'expected an index or "-" into {array}, got {key}',
  'stream.patch.pastEnd': 'index {index} is past the end of {array}',
  'stream.patch.pastEndReplace': 'index {index} is past the end of {array}, so there is nothing to replace',
  'stream.patch.array': 'the array at {pointer} (length {length})',
  'stream.patch.documentArray': 'the document, an array (length {length})',
  'stream.patch.noMember': '{pointer} does not exist, so there is nothing to replace (use "add")',
  /** A value that is not JSON text; `type` is a JavaScript type name (function, symbol…), not translated. */
  'stream.patch.value': '{kind, select, nothing {nothing} array {an array} object {an object} other {a {type}}}',
  /** shared-reader.ts; `element` is <kpi-source id="…">. */
  'source.gone': 'The {element} this element reads is no longer on the page; showing its last data.',
  /** shared-reader.ts; `attribute` is source="…". */
  'source.missing': 'No {element} on this page: add one, or correct {attribute}.',
  /** core/suspicious-times-scan.ts, a console warning; `path`, `later`, `earlier` are JSON paths, `time` an ISO 8601 time. */
  'times.nearEpoch':
    '{count, plural, one {# time falls} other {# times fall}} within a year of 1 January 1970, e.g. {path} = {time}: numeric times are epoch milliseconds, so epoch seconds must be multiplied by 1000 (or sent as ISO 8601 dates).',
  'times.shared':
    '{count, plural, one {# point shares its time} other {# points share their time}} with an earlier one, e.g. {later} and {earlier} are both {time}: charts draw one of them and trends count both.',
} as const;
