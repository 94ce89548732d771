/**
 * Words kept as key and values: the English every event and log carries, and the same failure in
 * the language of the element that shows it, nested messages included. Expectations written by hand
 * from the catalogues.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { authorFailureWords, authorMessage, authorWords } from '../../src/i18n/author.js';
import { ensureMessages, formatWords, messageWords, resetKpiMessages, setKpiMessages } from '../../src/i18n/index.js';
import { englishText, type Words } from '../../src/i18n/words.js';
import { diagnosticWords, invalidData } from '../../src/data/source-failure.js';
import { validateBoardDocument } from '../../src/core/board-validate.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { applyPatch, parsePatch } from '../../src/core/json-patch.js';
import { validateKpiDocument } from '../../src/core/validate.js';
// The mapping's words (en-view.ts), which load with the code that says them.
import '../../src/i18n/view-words.js';

const URL = 'https://example.test/kpi.json';

const notFound: Words = authorWords('fetch.httpWithHint', { url: URL, status: '404 Not Found', hint: authorWords('fetch.hint.notFound') });
const unreachable: Words = authorWords('fetch.unreachableCors', {
  reason: authorWords('fetch.unreachable', { url: URL }),
  headers: ['Access-Control-Allow-Origin: https://page.test'],
});
const truncated: Words = authorWords('json.invalid', {
  subject: authorWords('source.subject.inlineText'),
  detail: authorWords('json.truncated', { line: '3', column: '7' }),
});
const invalid = invalidData('KPI', [
  { path: '/target/value', message: 'expected a number, got "45%"' },
  { path: '', message: 'expected a "value" or a "series", got neither' },
]);

beforeAll(async () => {
  await Promise.all([ensureMessages('de'), ensureMessages('ja')]);
});

afterEach(() => resetKpiMessages());

describe('words of a failure, in each language', () => {
  it.each<[string, Words, string, string, string]>([
    [
      'an HTTP status with its hint, nested',
      notFound,
      `${URL} answered 404 Not Found (check the src URL)`,
      `${URL} antwortete mit 404 Not Found (prüfen Sie die src-URL)`,
      `${URL}の応答：404 Not Found（srcのURLを確認してください）`,
    ],
    [
      'a blocked cross-origin request, with a list of headers',
      unreachable,
      `Could not reach ${URL}: the request was blocked or the server is unreachable. A cross-origin API must send Access-Control-Allow-Origin: https://page.test`,
      `${URL} ist nicht erreichbar: Die Anfrage wurde blockiert oder der Server antwortet nicht. Eine API auf einem anderen Ursprung muss Access-Control-Allow-Origin: https://page.test senden`,
      `${URL}に接続できませんでした：リクエストがブロックされたか、サーバーに到達できません。別オリジンのAPIはAccess-Control-Allow-Origin: https://page.testを送信する必要があります`,
    ],
    [
      'truncated inline JSON, two levels deep',
      truncated,
      'The inline JSON is not valid JSON: it ends too early, at line 3, column 7 (cut off?)',
      'Das eingebettete JSON ist kein gültiges JSON: es endet vorzeitig, in Zeile 3, Spalte 7 (abgeschnitten?)',
      'インラインのJSONは有効なJSONではありません：3行7列で途中で終わっています（切り詰められている？）',
    ],
    [
      'a size cap, its number in the language’s own digits and plural',
      authorWords('fetch.tooLarge', { url: URL, size: authorWords('fetch.size', { unit: 'kilobyte', amount: 1.5 }), attribute: 'max-bytes' }),
      `${URL} is larger than the 1.5 kilobytes this element reads (max-bytes): not read`,
      `${URL} ist größer als 1,5 Kilobyte, die Obergrenze dieses Elements (max-bytes): nicht gelesen`,
      `${URL}は、この要素が読み込む上限の1.5キロバイト（max-bytes）を超えているため、読み込みませんでした`,
    ],
  ])('%s', (_, words, english, german, japanese) => {
    expect(englishText(words)).toBe(english);
    expect(formatWords('en-US', words)).toBe(english);
    expect(formatWords('de-DE', words)).toBe(german);
    expect(formatWords('ja-JP', words)).toBe(japanese);
  });

  it('speaks English for a locale without a catalogue, and for one not loaded yet', () => {
    expect(formatWords('pt-BR', notFound)).toBe(`${URL} answered 404 Not Found (check the src URL)`);
    // fr is never loaded in this file: its words fall back to the English the value carries.
    expect(formatWords('fr-FR', notFound)).toBe(`${URL} answered 404 Not Found (check the src URL)`);
  });

  it('keeps the English as the message, beside the words', () => {
    const failure = authorFailureWords('fetch.lostConnection', { url: URL });
    expect(failure.message).toBe(`Lost the connection to ${URL} while reading it`);
    expect(failure.words).toEqual({ key: 'fetch.lostConnection', english: 'Lost the connection to {url} while reading it', values: { url: URL } });
    expect(authorMessage('fetch.lostConnection', { url: URL })).toBe(failure.message);
    // Plain data: it survives structured cloning (an event's detail, a worker).
    expect(formatWords('de', structuredClone(failure.words))).toBe(`Die Verbindung zu ${URL} brach beim Lesen ab`);
  });

  it('takes the page’s words, for every locale and for one', () => {
    setKpiMessages({ 'fetch.hint.notFound': 'ask the data team for the right address' });
    setKpiMessages({ 'fetch.hint.notFound': 'fragen Sie das Datenteam' }, { locale: 'de' });
    expect(englishText(notFound)).toBe(`${URL} answered 404 Not Found (ask the data team for the right address)`);
    expect(formatWords('de-AT', notFound)).toBe(`${URL} antwortete mit 404 Not Found (fragen Sie das Datenteam)`);
    expect(formatWords('ja', notFound)).toBe(`${URL}の応答：404 Not Found（ask the data team for the right address）`);
  });
});

describe('invalid data: the first problem with its path, in each language', () => {
  it.each<[string, string]>([
    ['en', 'Invalid KPI data: /target/value: expected a number, got "45%" (and 1 more)'],
    ['de', 'Ungültige KPI-Daten: /target/value: expected a number, got "45%" (und 1 weitere)'],
  ])('%s', (locale, expected) => {
    expect(formatWords(locale, invalid.words!)).toBe(expected);
  });

  it('keeps the English message it had', () => {
    expect(invalid.message).toBe('Invalid KPI data: /target/value: expected a number, got "45%" (and 1 more)');
  });

  it.each<[string, Parameters<typeof diagnosticWords>[0], string, string]>([
    ['a field', { path: '/target/value', message: 'expected a number' }, '/target/value: expected a number', '/target/value: expected a number'],
    ['the document', { path: '', message: 'expected an object' }, 'document: expected an object', 'Dokument: expected an object'],
    [
      'a CSV place in words',
      { path: 'line 3, column 2 (v)', message: 'expected a number', place: authorWords('csv.place', { line: '3', column: '2', name: 'v' }) },
      'line 3, column 2 (v): expected a number',
      'Zeile 3, Spalte 2 (v): expected a number',
    ],
    [
      'a problem with its own words',
      { path: '/value', message: 'transform threw: x', words: messageWords('mapping.transformThrew', { reason: 'x' }) },
      '/value: transform threw: x',
      '/value: transform hat einen Fehler ausgelöst: x',
    ],
  ])('names %s', (_, diagnostic, english, german) => {
    expect(englishText(diagnosticWords(diagnostic))).toBe(english);
    expect(formatWords('de', diagnosticWords(diagnostic))).toBe(german);
  });
});

describe('validation’s problems, in each language', () => {
  const kpi = { id: 'activation', label: 'Activation', value: 0.36 };
  const board = (leads: string[]) => ({
    goals: [
      { id: 'grow', label: 'Grow', outcomes: [{ id: 'revenue', label: 'Revenue', value: 1 }], leading: [{ id: 'trials', label: 'Trials', value: 1, leads }] },
      { id: 'keep', label: 'Keep', outcomes: [{ id: 'churn', label: 'Churn', value: 1 }], leading: [] },
    ],
  });

  it.each<[string, Diagnostic[], string, string, string]>([
    [
      'a wrong type, with what was received',
      problemsOf(validateKpiDocument({ ...kpi, value: '45%' })),
      '/value: expected a number, got "45%"',
      '/value: erwartet wird eine Zahl, angegeben ist "45%"',
      '/value：数値が必要ですが、"45%"が指定されています',
    ],
    [
      'a word outside its list, the list in the language’s own “or”',
      problemsOf(validateKpiDocument({ ...kpi, direction: 'up' })),
      '/direction: expected "increase", "decrease", or "target", got "up"',
      '/direction: erwartet wird "increase", "decrease" oder "target", angegeben ist "up"',
      '/direction："increase"、"decrease"、または"target"が必要ですが、"up"が指定されています',
    ],
    [
      'a missing field',
      problemsOf(validateKpiDocument({ id: 'activation', value: 1 })),
      '/label: is required, but it is missing',
      '/label: ist erforderlich, fehlt aber',
      '/label：必須ですが、指定されていません',
    ],
    [
      'a rule across fields, its numbers as the document wrote them',
      problemsOf(
        validateKpiDocument({
          ...kpi,
          bands: [
            { from: 10, to: 5, status: 'good' },
            { from: 5, status: 'critical' },
          ],
        }),
      ),
      '/bands/0/to: expected a number above "from" (10), got 5',
      '/bands/0/to: erwartet wird eine Zahl über "from" (10), angegeben ist 5',
      '/bands/0/to："from"（10）より大きい数値が必要ですが、5が指定されています',
    ],
    [
      'a board’s lead that names another goal’s outcome, nested three deep',
      problemsOf(validateBoardDocument(board(['churn']))),
      '/goals/0/leading/0/leads/0: expected the id of an outcome of this goal ("revenue"), got "churn", which is an outcome of goal "keep"',
      '/goals/0/leading/0/leads/0: erwartet wird die ID eines Ergebnisses dieses Ziels ("revenue"), angegeben ist "churn", das ist ein Ergebnis des Ziels "keep"',
      '/goals/0/leading/0/leads/0：このゴールの成果指標のID（"revenue"）が必要ですが、"churn"（ゴール"keep"の成果指標のID）が指定されています',
    ],
  ])('%s', (_, problems, english, german, japanese) => expectOneProblemWorded(problems, english, german, japanese));
});

describe('a live update’s problems, in each language', () => {
  const series = { series: [{ t: 1, v: 1 }] };
  it.each<[string, Diagnostic[], string, string, string]>([
    [
      'an operation that is not one, its kind in words',
      problemsOf(parsePatch([[1]])),
      '/0: expected an operation object such as {"op": "add", "path": "/series/-", "value": …}, got an array',
      '/0: erwartet wird ein Operationsobjekt wie {"op": "add", "path": "/series/-", "value": …}, angegeben ist ein Array',
      '/0：{"op": "add", "path": "/series/-", "value": …}のような操作オブジェクトが必要ですが、配列が指定されています',
    ],
    [
      'an index past the end of an array, the array named inside',
      problemsOf(applyPatch(structuredClone(series), [{ op: 'add', path: '/series/5', value: {} }])),
      '/0/path: index 5 is past the end of the array at "/series" (length 1)',
      '/0/path: Index 5 liegt hinter dem Ende in dem Array unter "/series" (Länge 1)',
      '/0/path：インデックス5は"/series"の配列（長さ1）の末尾を越えています',
    ],
  ])('%s', (_, problems, english, german, japanese) => expectOneProblemWorded(problems, english, german, japanese));
});

/** The one problem found, with its path, in English (its `message` and its words alike), German and Japanese. */
function expectOneProblemWorded(problems: readonly Diagnostic[], english: string, german: string, japanese: string): void {
  expect(problems).toHaveLength(1);
  const [problem] = problems as [Diagnostic];
  expect(englishText(problem.words!)).toBe(problem.message);
  expect(englishText(diagnosticWords(problem))).toBe(english);
  expect(formatWords('de', diagnosticWords(problem))).toBe(german);
  expect(formatWords('ja', diagnosticWords(problem))).toBe(japanese);
}

/** A validator's or a patch's diagnostics, none when it succeeded. */
function problemsOf(result: { ok: boolean; diagnostics?: readonly Diagnostic[] }): Diagnostic[] {
  return result.ok ? [] : [...(result.diagnostics ?? [])];
}
