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
