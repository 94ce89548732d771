import { describe, expect, it } from 'vitest';
import { escapeToken, parsePointer, resolvePointer, toPointer } from '../../src/core/pointer.js';

/** The example document of RFC 6901, section 5. */
const RFC_DOCUMENT: unknown = JSON.parse(`{
  "foo": ["bar", "baz"],
  "": 0,
  "a/b": 1,
  "c%d": 2,
  "e^f": 3,
  "g|h": 4,
  "i\\\\j": 5,
  "k\\"l": 6,
  " ": 7,
  "m~n": 8
}`);

describe('resolvePointer on the RFC 6901 examples', () => {
  it.each<[string, unknown]>([
    ['', RFC_DOCUMENT],
    ['/foo', ['bar', 'baz']],
    ['/foo/0', 'bar'],
    ['/', 0],
    ['/a~1b', 1],
    ['/c%d', 2],
    ['/e^f', 3],
    ['/g|h', 4],
    ['/i\\j', 5],
    ['/k"l', 6],
    ['/ ', 7],
    ['/m~0n', 8],
  ])('resolves %j', (pointer, expected) => {
    expect(resolvePointer(RFC_DOCUMENT, pointer)).toEqual({ found: true, value: expected });
  });
});

describe('resolvePointer on arrays and missing paths', () => {
  const doc = {
    series: [
      { t: '2026-01-01', v: 1 },
      { t: '2026-01-02', v: null },
    ],
    '-': 'dash',
    nested: { a: { b: 0 } },
  };

  it.each<[string, unknown]>([
    ['/series/1/v', null],
    ['/series/1', { t: '2026-01-02', v: null }],
    ['/-', 'dash'],
    ['/nested/a/b', 0],
  ])('resolves %j', (pointer, expected) => {
    expect(resolvePointer(doc, pointer)).toEqual({ found: true, value: expected });
  });

  it.each<[string, string, string]>([
    ['the past-the-end index "-"', '/series/-', '/series/-'],
    ['an index with a leading zero', '/series/01', '/series/01'],
    ['an index past the end', '/series/2/v', '/series/2'],
    ['a negative index', '/series/-1', '/series/-1'],
    ['a non-numeric token on an array', '/series/length', '/series/length'],
    ['a missing key, at the first token that breaks', '/nested/x/y/z', '/nested/x'],
    ['a key below a primitive', '/nested/a/b/c', '/nested/a/b/c'],
    ['a key below null', '/series/1/v/x', '/series/1/v/x'],
    ['an inherited property', '/constructor', '/constructor'],
    ['an inherited prototype key', '/__proto__', '/__proto__'],
    ['a pointer without a leading slash', 'series', 'series'],
  ])('reports %s as missing at the right place', (_, pointer, missingAt) => {
    expect(resolvePointer(doc, pointer)).toEqual({ found: false, missingAt });
  });

  it('reports a missing key with an escaped pointer', () => {
    expect(resolvePointer({}, '/a~1b/c~0d')).toEqual({ found: false, missingAt: '/a~1b' });
  });

  it('resolves the empty pointer on a primitive document', () => {
    expect(resolvePointer(42, '')).toEqual({ found: true, value: 42 });
  });

  it('resolves an own "__proto__" key parsed from JSON', () => {
    expect(resolvePointer(JSON.parse('{"__proto__": 1}'), '/__proto__')).toEqual({ found: true, value: 1 });
  });
});

describe('parsePointer', () => {
  it.each<[string, string[] | undefined]>([
    ['', []],
    ['/', ['']],
    ['/series/3/v', ['series', '3', 'v']],
    ['/a~1b', ['a/b']],
    ['/m~0n', ['m~n']],
    // ~01 is "~" then "1": unescaping ~1 before ~0 would wrongly give "/".
    ['/~01', ['~1']],
    ['/~10', ['/0']],
    ['//', ['', '']],
    ['series', undefined],
    ['#/series', undefined],
  ])('parses %j', (pointer, expected) => {
    expect(parsePointer(pointer)).toEqual(expected);
  });
});

describe('toPointer and escapeToken', () => {
  it.each<[(string | number)[], string]>([
    [[], ''],
    [['series', 3, 'v'], '/series/3/v'],
    [['a/b'], '/a~1b'],
    [['m~n'], '/m~0n'],
    [['~1'], '/~01'],
    [[''], '/'],
  ])('builds %j as %j', (segments, expected) => {
    expect(toPointer(segments)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'],
    ['a/b', 'a~1b'],
    ['~', '~0'],
    ['~/', '~0~1'],
  ])('escapes %j as %j', (token, expected) => {
    expect(escapeToken(token)).toBe(expected);
  });

  it.each([[['a/b', '~0', '', 'x~1y']], [['series', '0', 'v']]])('round-trips %j through toPointer and parsePointer', (segments) => {
    expect(parsePointer(toPointer(segments))).toEqual(segments);
  });
});
