import { describe, expect, it } from 'vitest';
import { applyPatch, parsePatch, type PatchOperation, type PatchResult } from '../../src/core/json-patch.js';

/** A fresh document for every case: applyPatch mutates its target. */
const doc = () => ({
  id: 'signups',
  value: 3,
  series: [
    { t: 1, v: 1 },
    { t: 2, v: 3 },
  ],
  columns: { t: [1, 2], v: [10, 20] },
  meta: { 'a/b': 1, 'm~n': 2, '-': 'dash' },
});

const add = (path: string, value: unknown): PatchOperation => ({ op: 'add', path, value });
const replace = (path: string, value: unknown): PatchOperation => ({ op: 'replace', path, value });

describe('parsePatch', () => {
  it('accepts add and replace operations, keeping only op, path and value', () => {
    const parsed = parsePatch([
      { op: 'add', path: '/series/-', value: { t: 3, v: 5 } },
      { op: 'replace', path: '/value', value: 5, note: 'ignored' },
    ]);
    expect(parsed).toEqual({
      ok: true,
      operations: [
        { op: 'add', path: '/series/-', value: { t: 3, v: 5 } },
        { op: 'replace', path: '/value', value: 5 },
      ],
    });
  });

  it('accepts an empty patch, and null or false as values', () => {
    expect(parsePatch([])).toEqual({ ok: true, operations: [] });
    expect(parsePatch([add('/x', null), replace('/y', false)])).toEqual({ ok: true, operations: [add('/x', null), replace('/y', false)] });
  });

  it.each<[string, unknown, string[]]>([
    ['an object instead of an array', { op: 'add' }, ['document: expected an array of operations, got an object']],
    ['a string', '[]', ['document: expected an array of operations, got "[]"']],
    ['null', null, ['document: expected an array of operations, got null']],
    ['nothing', undefined, ['document: expected an array of operations, got nothing']],
    [
      'an operation that is not an object',
      [add('/a', 1), 7],
      ['/1: expected an operation object such as {"op": "add", "path": "/series/-", "value": …}, got 7'],
    ],
    [
      'an operation that is an array',
      [['add', '/a', 1]],
      ['/0: expected an operation object such as {"op": "add", "path": "/series/-", "value": …}, got an array'],
    ],
    [
      'remove',
      [{ op: 'remove', path: '/a' }],
      [
        '/0/op: "remove" is not supported: a stream sends only "add" and "replace" (and a new snapshot for anything else)',
        '/0/value: is required, but it is missing',
      ],
    ],
    [
      'move',
      [{ op: 'move', from: '/a', path: '/b', value: 1 }],
      ['/0/op: "move" is not supported: a stream sends only "add" and "replace" (and a new snapshot for anything else)'],
    ],
    [
      'copy',
      [{ op: 'copy', from: '/a', path: '/b', value: 1 }],
      ['/0/op: "copy" is not supported: a stream sends only "add" and "replace" (and a new snapshot for anything else)'],
    ],
    [
      'test',
      [{ op: 'test', path: '/a', value: 1 }],
      ['/0/op: "test" is not supported: a stream sends only "add" and "replace" (and a new snapshot for anything else)'],
    ],
    ['an unknown op', [{ op: 'ADD', path: '/a', value: 1 }], ['/0/op: expected "add" or "replace", got "ADD"']],
    ['a missing op', [{ path: '/a', value: 1 }], ['/0/op: is required, but it is missing']],
    [
      'a numeric path',
      [add('/a', 1), add('/b', 2), { op: 'add', path: 42, value: 1 }],
      ['/2/path: expected a JSON Pointer string such as "/series/-", got 42'],
    ],
    ['a path without the leading slash', [add('series/-', 1)], ['/0/path: expected a JSON Pointer string such as "/series/-", got "series/-"']],
    ['a missing path', [{ op: 'add', value: 1 }], ['/0/path: is required, but it is missing']],
    ['the whole document', [replace('', {})], ['/0/path: "" (the whole document) cannot be patched: send a new snapshot instead']],
    ['__proto__', [add('/__proto__/polluted', true)], ['/0/path: "__proto__" is not allowed in a path']],
    ['constructor/prototype', [add('/a/constructor/prototype/x', 1)], ['/0/path: "constructor" is not allowed in a path']],
    ['prototype', [add('/prototype', 1)], ['/0/path: "prototype" is not allowed in a path']],
    ['a missing value', [{ op: 'replace', path: '/value' }], ['/0/value: is required, but it is missing']],
    [
      'several bad operations, each named',
      [
        { op: 'add', path: '/ok', value: 1 },
        { op: 'delete', path: 1 },
        { path: '/x', value: 2 },
      ],
      [
        '/1/op: expected "add" or "replace", got "delete"',
        '/1/path: expected a JSON Pointer string such as "/series/-", got 1',
        '/1/value: is required, but it is missing',
        '/2/op: is required, but it is missing',
      ],
    ],
  ])('refuses %s, naming the JSON path of the bad field', (_, input, messages) => {
    const parsed = parsePatch(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.diagnostics.map((d) => `${d.path || 'document'}: ${d.message}`)).toEqual(messages);
  });

  it('keeps an escaped __proto__ key out too (~1 and ~0 are unescaped first)', () => {
    // "/a~1__proto__" is the key "a/__proto__": harmless, so accepted; "/__proto__" in any spelling is not.
    expect(parsePatch([add('/a~1__proto__', 1)]).ok).toBe(true);
    expect(parsePatch([add('/x/__proto__', 1)]).ok).toBe(false);
  });
});

describe('applyPatch', () => {
  describe('appends', () => {
    it.each<[string, PatchOperation[], Partial<ReturnType<typeof doc>>, PatchResult]>([
      [
        'appends one point with "-"',
        [add('/series/-', { t: 3, v: 5 })],
        {
          series: [
            { t: 1, v: 1 },
            { t: 2, v: 3 },
            { t: 3, v: 5 },
          ],
        },
        { ok: true, appends: [{ pointer: '/series', count: 1, dropped: 0 }], onlyAppends: true },
      ],
      [
        'counts several appends to one array once, in order',
        [add('/series/-', { t: 3, v: 5 }), add('/series/-', { t: 4, v: 8 })],
        {
          series: [
            { t: 1, v: 1 },
            { t: 2, v: 3 },
            { t: 3, v: 5 },
            { t: 4, v: 8 },
          ],
        },
        { ok: true, appends: [{ pointer: '/series', count: 2, dropped: 0 }], onlyAppends: true },
      ],
      [
        'treats the index equal to the length as an append',
        [add('/series/2', { t: 3, v: 5 })],
        {
          series: [
            { t: 1, v: 1 },
            { t: 2, v: 3 },
            { t: 3, v: 5 },
          ],
        },
        { ok: true, appends: [{ pointer: '/series', count: 1, dropped: 0 }], onlyAppends: true },
      ],
      [
        'appends to columns, one entry per array',
        [add('/columns/t/-', 3), add('/columns/v/-', 30)],
        { columns: { t: [1, 2, 3], v: [10, 20, 30] } },
        {
          ok: true,
          appends: [
            { pointer: '/columns/t', count: 1, dropped: 0 },
            { pointer: '/columns/v', count: 1, dropped: 0 },
          ],
          onlyAppends: true,
        },
      ],
      [
        'appends an array as one item',
        [add('/columns/t/-', [3, 4])],
        { columns: { t: [1, 2, [3, 4]], v: [10, 20] } } as never,
        { ok: true, appends: [{ pointer: '/columns/t', count: 1, dropped: 0 }], onlyAppends: true },
      ],
    ])('%s', (_, operations, changed, result) => {
      const target = doc();
      expect(applyPatch(target, operations)).toEqual(result);
      expect(target).toEqual({ ...doc(), ...changed });
    });

    it('does nothing for an empty patch, reporting only appends (none)', () => {
      const target = doc();
      expect(applyPatch(target, [])).toEqual({ ok: true, appends: [], onlyAppends: true });
      expect(target).toEqual(doc());
    });

    it('mutates the target in place: the same arrays, one longer', () => {
      const target = doc();
      const series = target.series;
      applyPatch(target, [add('/series/-', { t: 3, v: 5 })]);
      expect(target.series).toBe(series);
      expect(series).toHaveLength(3);
    });

    it('appends to a document that is itself an array', () => {
      const target = [1, 2];
      expect(applyPatch(target, [add('/-', 3)])).toEqual({ ok: true, appends: [{ pointer: '', count: 1, dropped: 0 }], onlyAppends: true });
      expect(target).toEqual([1, 2, 3]);
    });
  });

  describe('maxArrayLength', () => {
    it.each<[string, number[], number, number | undefined, number[], number]>([
      // [case, appended values, starting length 2 ([1, 2]), cap, result, dropped]
      ['keeps everything without a cap', [3, 4, 5], 2, undefined, [1, 2, 3, 4, 5], 0],
      ['keeps everything up to the cap', [3], 2, 3, [1, 2, 3], 0],
      ['drops the oldest beyond the cap', [3, 4], 2, 3, [2, 3, 4], 1],
      ['drops new items too when one patch appends more than the cap', [3, 4, 5, 6], 2, 3, [4, 5, 6], 3],
      ['empties the array with a cap of 0', [3], 2, 0, [], 3],
      ['rounds a fractional cap down', [3, 4], 2, 2.9, [3, 4], 2],
      ['treats a negative cap as 0', [3], 2, -5, [], 3],
      ['treats NaN as no cap', [3], 2, NaN, [1, 2, 3], 0],
      ['treats Infinity as no cap', [3], 2, Infinity, [1, 2, 3], 0],
    ])('%s', (_, values, _length, maxArrayLength, expected, dropped) => {
      const target = { v: [1, 2] };
      const result = applyPatch(
        target,
        values.map((value) => add('/v/-', value)),
        maxArrayLength === undefined ? {} : { maxArrayLength },
      );
      expect(result).toEqual({ ok: true, appends: [{ pointer: '/v', count: values.length, dropped }], onlyAppends: true });
      expect(target.v).toEqual(expected);
    });

    it('caps each appended array on its own, and leaves arrays the patch did not add to alone', () => {
      const target = { a: [1, 2, 3], b: [1], untouched: [1, 2, 3, 4] };
      const result = applyPatch(target, [add('/a/-', 4), add('/b/-', 2)], { maxArrayLength: 2 });
      expect(result).toEqual({
        ok: true,
        appends: [
          { pointer: '/a', count: 1, dropped: 2 },
          { pointer: '/b', count: 1, dropped: 0 },
        ],
        onlyAppends: true,
      });
      expect(target).toEqual({ a: [3, 4], b: [1, 2], untouched: [1, 2, 3, 4] });
    });

    it('caps an array grown by an insert as well', () => {
      const target = { a: [1, 2, 3] };
      expect(applyPatch(target, [add('/a/0', 0)], { maxArrayLength: 3 })).toEqual({ ok: true, appends: [], onlyAppends: false });
      expect(target.a).toEqual([1, 2, 3]);
    });

    it('applies later operations to the array before the cap (indices refer to the uncut array)', () => {
      const target = { a: [1, 2] };
      applyPatch(target, [add('/a/-', 3), replace('/a/0', 10)], { maxArrayLength: 2 });
      expect(target.a).toEqual([2, 3]);
    });
  });

  describe('other changes', () => {
    it.each<[string, PatchOperation[], Record<string, unknown>, readonly { pointer: string; count: number; dropped: number }[]]>([
      ['replaces a member', [replace('/value', 5)], { value: 5 }, []],
      ['replaces a member with null', [replace('/value', null)], { value: null }, []],
      [
        'replaces an element',
        [replace('/series/0', { t: 1, v: 9 })],
        {
          series: [
            { t: 1, v: 9 },
            { t: 2, v: 3 },
          ],
        },
        [],
      ],
      [
        'replaces a nested member',
        [replace('/series/1/v', 4)],
        {
          series: [
            { t: 1, v: 1 },
            { t: 2, v: 4 },
          ],
        },
        [],
      ],
      ['adds a new member', [add('/target', { value: 10 })], { target: { value: 10 } }, []],
      ['sets an existing member with add', [add('/value', 7)], { value: 7 }, []],
      [
        'inserts at an index',
        [add('/series/0', { t: 0, v: 0 })],
        {
          series: [
            { t: 0, v: 0 },
            { t: 1, v: 1 },
            { t: 2, v: 3 },
          ],
        },
        [],
      ],
      ['unescapes ~1 and ~0', [replace('/meta/a~1b', 10), replace('/meta/m~0n', 20)], { meta: { 'a/b': 10, 'm~n': 20, '-': 'dash' } }, []],
      ['reads "-" as a key on an object', [replace('/meta/-', 'minus')], { meta: { 'a/b': 1, 'm~n': 2, '-': 'minus' } }, []],
      [
        'reports appends alongside another change',
        [add('/series/-', { t: 3, v: 5 }), replace('/value', 5)],
        {
          value: 5,
          series: [
            { t: 1, v: 1 },
            { t: 2, v: 3 },
            { t: 3, v: 5 },
          ],
        },
        [{ pointer: '/series', count: 1, dropped: 0 }],
      ],
      [
        'applies operations in order, each seeing the one before',
        [add('/extra', { list: [] }), add('/extra/list/-', 1)],
        { extra: { list: [1] } },
        [{ pointer: '/extra/list', count: 1, dropped: 0 }],
      ],
    ])('%s, and says the change was not only appends', (_, operations, changed, appends) => {
      const target = doc();
      expect(applyPatch(target, operations)).toEqual({ ok: true, appends, onlyAppends: false });
      expect(target).toEqual({ ...doc(), ...changed });
    });
  });

  describe('failures, which leave the target as it was', () => {
    it.each<[string, PatchOperation[], string]>([
      ['replace of a missing member', [replace('/target', 1)], '/0/path: "/target" does not exist, so there is nothing to replace (use "add")'],
      ['replace of an inherited member', [replace('/toString', 1)], '/0/path: "/toString" does not exist, so there is nothing to replace (use "add")'],
      ['a missing parent', [add('/target/value', 1)], '/0/path: "/target" does not exist'],
      ['a missing grandparent, named at the first break', [add('/a/b/c', 1)], '/0/path: "/a" does not exist'],
      ['a parent that is a number', [add('/value/x', 1)], '/0/path: "/value" is 3, not an object or an array'],
      ['a parent that is a string', [add('/id/0', 'x')], '/0/path: "/id" is "signups", not an object or an array'],
      ['an index past the end', [add('/series/3', {})], '/0/path: index 3 is past the end of the array at "/series" (length 2)'],
      [
        'replace at the length',
        [replace('/series/2', {})],
        '/0/path: index 2 is past the end of the array at "/series" (length 2), so there is nothing to replace',
      ],
      ['replace of "-"', [replace('/series/-', {})], '/0/path: expected an index into the array at "/series" (length 2), got "-"'],
      ['a key on an array', [add('/series/last', {})], '/0/path: expected an index or "-" into the array at "/series" (length 2), got "last"'],
      ['an index with a leading zero', [add('/series/01', {})], '/0/path: expected an index or "-" into the array at "/series" (length 2), got "01"'],
      ['a negative index', [replace('/series/-1', {})], '/0/path: expected an index into the array at "/series" (length 2), got "-1"'],
      ['"-" in the middle of a path', [add('/series/-/v', 1)], '/0/path: "/series/-" does not exist'],
      ['the whole document', [replace('', {})], '/0/path: "" (the whole document) cannot be patched: send a new snapshot instead'],
      ['__proto__', [add('/__proto__/polluted', true)], '/0/path: "__proto__" is not allowed in a path'],
      ['an unsupported op', [{ op: 'remove', path: '/value' } as unknown as PatchOperation], '/0/op: expected "add" or "replace", got "remove"'],
      ['a path that is not a pointer', [add('value', 1)], '/0/path: expected a JSON Pointer string such as "/series/-", got "value"'],
      [
        'the third of three operations, after two that applied',
        [add('/series/-', { t: 3, v: 5 }), replace('/value', 5), add('/columns/x/-', 1)],
        '/2/path: "/columns/x" does not exist',
      ],
      [
        'an operation after one that added a member, a replacement and an insert',
        [add('/new', 1), add('/value', 9), add('/series/0', {}), replace('/columns/v/1', 0), add('/columns/v/-', 1), replace('/nope', 1)],
        '/5/path: "/nope" does not exist, so there is nothing to replace (use "add")',
      ],
    ])('%s', (_, operations, message) => {
      const target = doc();
      const result = applyPatch(target, operations, { maxArrayLength: 1 });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.diagnostics.map((d) => `${d.path}: ${d.message}`)).toEqual([message]);
      expect(target).toEqual(doc());
      expect(Object.keys(target)).toEqual(Object.keys(doc()));
    });

    it.each<[string, unknown, string]>([
      ['null', null, '/0/path: the document is null, not an object or an array'],
      ['a number', 42, '/0/path: the document is 42, not an object or an array'],
      ['nothing', undefined, '/0/path: the document is nothing, not an object or an array'],
    ])('a target that is %s', (_, target, message) => {
      const result = applyPatch(target, [add('/a', 1)]);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.diagnostics.map((d) => `${d.path}: ${d.message}`)).toEqual([message]);
    });

    it('never changes a prototype, even when handed an operation parsePatch would refuse', () => {
      const target = {};
      const result = applyPatch(target, [add('/__proto__', { polluted: true })]);
      expect(result.ok).toBe(false);
      expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>)['polluted']).toBe(undefined);
    });

    it('undoes earlier operations when a frozen part of the document cannot change', () => {
      const target = { open: [1], frozen: Object.freeze([1]) };
      const result = applyPatch(target, [add('/open/-', 2), add('/frozen/-', 2)]);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.diagnostics).toHaveLength(1);
        expect(result.diagnostics[0]!.path).toBe('/1');
        expect(result.diagnostics[0]!.message).toMatch(/^could not change the document \(.+\)$/);
      }
      expect(target.open).toEqual([1]);
    });

    it('refuses operations that are not an array', () => {
      expect(applyPatch({}, null as never)).toMatchObject({ ok: false, diagnostics: [{ path: '', message: 'expected an array of operations, got null' }] });
    });
  });

  it('applies what parsePatch accepted from JSON text', () => {
    const target = doc();
    const parsed = parsePatch(JSON.parse('[{"op":"add","path":"/series/-","value":{"t":3,"v":null}},{"op":"replace","path":"/value","value":null}]'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(applyPatch(target, parsed.operations, { maxArrayLength: 2 })).toEqual({
      ok: true,
      appends: [{ pointer: '/series', count: 1, dropped: 1 }],
      onlyAppends: false,
    });
    expect(target.series).toEqual([
      { t: 2, v: 3 },
      { t: 3, v: null },
    ]);
    expect(target.value).toBe(null);
  });
});
