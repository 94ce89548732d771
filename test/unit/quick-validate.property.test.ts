/**
 * The fast path and the full validators agree, over generated input near the
 * schema: whatever `quickValidate*` accepts, the full validator accepts with a
 * strictly equal result, and valid documents do take the fast path.
 *
 * The generators are this file's own: validate.property.test.ts keeps its
 * generators private (importing a test file would run its tests here too), and
 * these cover every field of the schema, which those do not.
 * Fixed seeds keep it deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBoardDocument } from '../../src/core/board-validate.js';
import * as schema from '../../src/core/document.js';
import { HYGIENE_RULES } from '../../src/core/hygiene-rules.js';
import { quickValidateBoardDocument } from '../../src/core/quick-validate-board.js';
import { quickValidateKpiDocument } from '../../src/core/quick-validate.js';
import { validateKpiDocument } from '../../src/core/validate.js';
import { anything } from './support/arbitraries.js';

const RUNS = { seed: 1, numRuns: 2000 } as const;

// ---- valid KPI documents, every field ----------------------------------------

const text = fc.string({ minLength: 1, maxLength: 6 });
const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER),
);
const two = (n: number): string => String(n).padStart(2, '0');
/** Dates from year 1000 to 9999 with every valid date-time spelling the pattern allows. */
const isoTimestamp = fc
  .record({
    day: fc.integer({ min: Date.UTC(1000, 0, 1) / 864e5, max: Date.UTC(9999, 11, 31) / 864e5 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    fraction: fc.constantFrom('', '.5', '.123', '.000001'),
    zone: fc.constantFrom('', 'Z', '+02:00', '-0530', '+00:00'),
    separator: fc.constantFrom('T', ' '),
    shape: fc.constantFrom('date', 'minutes', 'seconds'),
  })
  .map(({ day, hour, minute, second, fraction, zone, separator, shape }) => {
    const date = new Date(day * 864e5).toISOString().slice(0, 10);
    if (shape === 'date') return date;
    const time = `${two(hour)}:${two(minute)}`;
    return shape === 'minutes' || second === undefined ? `${date}${separator}${time}${zone}` : `${date}${separator}${time}:${two(second)}${fraction}${zone}`;
  });
const epochMs = fc.oneof(
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
  fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true }),
  fc.constantFrom(8.64e15, -8.64e15, 0, -0),
);
const timestamp = fc.oneof(isoTimestamp, epochMs);
const pointValue = fc.option(finite, { nil: null });
const series = fc.oneof(
  fc.array(fc.record({ t: timestamp, v: pointValue }), { maxLength: 6 }),
  fc.array(fc.tuple(timestamp, pointValue), { maxLength: 6 }).map((pairs) => ({ t: pairs.map(([t]) => t), v: pairs.map(([, v]) => v) })),
);
const status = fc.constantFrom(...schema.STATUSES);
const optionalText = fc.option(text, { nil: undefined });
/** 2 to 5 ascending, non-overlapping bands; the ends may be open, neighbours may leave gaps. */
const bands = fc
  .uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 4, maxLength: 10, comparator: (a, b) => a === b || Object.is(a, -b) })
  .chain((edges) => {
    const sorted = [...edges].sort((a, b) => a - b);
    const count = Math.min(5, Math.floor(sorted.length / 2));
    return fc
      .tuple(fc.boolean(), fc.boolean(), fc.boolean(), ...Array.from({ length: count }, () => fc.tuple(status, optionalText)))
      .map(([openLow, openHigh, touching, ...rest]) =>
        rest.map(([s, label], i) => {
          const from = touching ? sorted[i] : sorted[2 * i];
          const to = touching ? sorted[i + 1] : sorted[2 * i + 1];
          return {
            ...(!(openLow && i === 0) && { from }),
            ...(!(openHigh && i === count - 1) && { to }),
            status: s,
            ...(label !== undefined && { label }),
          };
        }),
      );
  });
/** Nested thresholds: deviation outside tolerance outside acceptance, on each side, any edge left out. */
const thresholds = fc.tuple(fc.array(finite, { minLength: 6, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 })).map(([edges, keep]) => {
  const sorted = [...edges].sort((a, b) => a - b);
  const names = ['deviation', 'tolerance', 'acceptance'] as const;
  const out: Record<string, Record<string, number>> = {};
  names.forEach((name, i) => {
    const range: Record<string, number> = {};
    if (keep[i]) range.low = sorted[i] as number;
    if (keep[i + 3]) range.high = sorted[5 - i] as number;
    if (Object.keys(range).length > 0 || keep[0]) out[name] = range;
  });
  return out;
});
const comparison = fc.oneof(
  fc.record({ type: fc.constant('previous'), label: text }, { requiredKeys: ['type'] }),
  fc.record(
    { type: fc.constant('periods-ago'), periods: fc.oneof(fc.integer({ min: 1, max: 52 }), fc.constant(Number.MAX_SAFE_INTEGER)), label: text },
    { requiredKeys: ['type', 'periods'] },
  ),
  fc.record({ type: fc.constant('reference'), value: finite, label: text }, { requiredKeys: ['type', 'value'] }),
);
const format = fc.record(
  {
    style: fc.constantFrom('decimal', 'percent', 'currency', 'unit'),
    currency: fc.constantFrom('EUR', 'USD', 'JPY'),
    unit: fc.constantFrom('kilogram', 'percent', 'x'),
    unitDisplay: fc.constantFrom('short', 'long', 'narrow'),
    notation: fc.constantFrom('standard', 'compact'),
    minimumFractionDigits: fc.integer({ min: 0, max: 20 }),
    maximumFractionDigits: fc.integer({ min: 0, max: 20 }),
  },
  { requiredKeys: [] },
);
const guardrail = fc
  .record(
    { id: text, label: text, value: pointValue, series, direction: fc.constantFrom('increase', 'decrease'), limit: finite, format, unit: text },
    { requiredKeys: ['label', 'direction', 'limit'] },
  )
  .map((g) => (g.value === undefined && g.series === undefined ? { ...g, value: null } : g));
const duration = fc.constantFrom('P2D', 'PT36H', 'P1W', 'P1DT12H', 'P1M', 'P1Y2M3DT4H5M6S', 'PT0.5S', 'P0D', 'P1.5W');
/** A few keys the schema does not know; the validators drop them. */
const extras = fc.dictionary(fc.constantFrom('extra', 'note', 'Value', 'ID', 'leads', 'x-y'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });

const fields = {
  id: text,
  label: text,
  description: fc.string({ maxLength: 6 }),
  goal: text,
  owner: text,
  unit: text,
  format,
  locale: fc.constantFrom('en-US', 'de-DE', 'ja-JP', 'x'),
  direction: fc.constantFrom(...schema.DIRECTIONS),
  value: pointValue,
  series,
  baseline: fc.record({ value: finite, at: timestamp }, { requiredKeys: ['value'] }),
  target: fc.record({ value: finite, by: timestamp }, { requiredKeys: ['value'] }),
  targets: series,
  bands,
  thresholds,
  comparison,
  minimumChange: fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(0, -0)),
  guardrails: fc.array(guardrail, { maxLength: 3 }),
  cadence: fc.constantFrom(...schema.CADENCES),
  asOf: timestamp,
  maxAge: duration,
  kind: fc.constantFrom(...schema.KINDS),
  annotations: fc.array(fc.record({ t: timestamp, label: text, kind: text }, { requiredKeys: ['t', 'label'] }), { maxLength: 2 }),
};

/** Valid by construction: the cross-field rules are met after the fact. */
const validDocument = fc.tuple(fc.record(fields, { requiredKeys: ['id', 'label'] }), extras).map(([doc, extra]): Record<string, unknown> => {
  const fixed: Record<string, unknown> = { ...extra, ...doc };
  if (doc.value === undefined && doc.series === undefined) fixed.value = null;
  if (doc.direction === 'target' && doc.target === undefined && doc.targets === undefined) fixed.target = { value: 0 };
  return fixed;
});

// ---- mutations ---------------------------------------------------------------

type Path = readonly (string | number)[];
const DELETE = Symbol('delete');
const ADD_KEY = Symbol('add key');
const AS_ARRAY = Symbol('as array');
/** The value of the other end of the range: `from` takes its `to`, `low` its `high`, and back. */
const SIBLING = Symbol('sibling');
const SIBLINGS: Readonly<Record<string, string>> = { from: 'to', to: 'from', low: 'high', high: 'low' };

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const here: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => here.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) here.push(...pathsOf(item, [...prefix, key]));
  return here;
}

/** A copy of `doc` with the value at `path` replaced, removed, given an extra key, or turned into an array. */
function mutate(doc: unknown, path: Path, replacement: unknown): unknown {
  const copy = { root: structuredClone(doc) } as Record<string | number, unknown>;
  const full: Path = ['root', ...path];
  let parent = copy;
  for (const key of full.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = full[full.length - 1] as string | number;
  const current = parent[last];
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (replacement === ADD_KEY) {
    if (current !== null && typeof current === 'object') (current as Record<string, unknown>)[Array.isArray(current) ? 'length2' : 'unknownKey'] = 1;
    else parent[last] = { value: current };
  } else if (replacement === SIBLING) {
    parent[last] = parent[SIBLINGS[last] ?? ''] ?? current;
  } else if (replacement === AS_ARRAY) {
    // An array carrying the object's own keys: valibot's object() takes it; validate.ts refuses one only at the root.
    parent[last] = current !== null && typeof current === 'object' ? Object.assign([], current) : [current];
  } else parent[last] = replacement;
  return copy.root;
}

const replacement = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(DELETE, ADD_KEY, AS_ARRAY, undefined) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<unknown>(
      // wrong types and empty values
      '45%',
      '',
      ' ',
      null,
      true,
      0,
      1,
      -1,
      1.5,
      [],
      {},
      [{}],
      [1, 2],
      [null],
      { t: [], v: [] },
      [{ t: 'x', v: 1 }],
      // not finite, and extreme
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      1e308,
      5e-324,
      -0,
      8.64e15,
      8.64e15 + 1,
      -8.64e15 - 1,
      21,
      20,
      1e21,
      // dates, good and bad
      '2026-02-30',
      '2024-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-01-01T24:00',
      '2026-01-01T23:60',
      '2026-01-01T00:00:60Z',
      '2026-1-1',
      '2026-01-01T',
      '2026-01-01Z',
      '2026-01-01T10:00+2',
      '0000-02-29',
      '2026-09-30',
      // durations and enums
      'P',
      'PT',
      'P1',
      'P1M',
      'PT1.5H',
      'p1d',
      'P1.5M',
      'EUR',
      'eur',
      'increase',
      'target',
      'previous',
      'reference',
      'periods-ago',
      'good',
      'neutral',
      'daily',
      'leading',
      'percent',
    ),
  },
);

const DATES = [
  '2026-02-30',
  '2024-02-29',
  '2026-13-01',
  '2026-01-01T24:00',
  '2026-01-01T00:00:60Z',
  '2026-1-1',
  '2026-01-01T10:00+2',
  8.64e15,
  8.64e15 + 1,
  -8.64e15 - 1,
  Number.NaN,
  1.5,
  '0000-02-29',
];
const NUMBERS = [Number.NaN, Number.POSITIVE_INFINITY, -Number.MAX_VALUE, -0, '1', null, undefined, 1e308];
const TEXTS = ['', ' ', 1, null, undefined, ['a']];
/** Values at the edge of each field's rule, by the field's key: what random replacements rarely hit. */
const EDGES: Readonly<Record<string, readonly unknown[]>> = {
  id: TEXTS,
  label: TEXTS,
  goal: TEXTS,
  owner: TEXTS,
  unit: TEXTS,
  locale: TEXTS,
  kind: ['leading', 'lagging', 'Leading', '', 1, undefined],
  description: ['', 1, null, undefined],
  style: ['decimal', 'percent', 'currency', 'unit', 'Percent', ''],
  currency: ['eur', 'EURO', 'EU', 'E1R', ' EUR', 'USD', 1],
  unitDisplay: ['short', 'long', 'narrow', 'wide'],
  notation: ['standard', 'compact', 'scientific'],
  minimumFractionDigits: [21, 20, 0, -1, 1.5, -0, '2', Number.NaN],
  maximumFractionDigits: [21, 20, 0, -1, 1.5, -0, '2', Number.POSITIVE_INFINITY],
  direction: ['increase', 'decrease', 'target', 'up', '', null],
  status: ['good', 'warning', 'critical', 'neutral', 'bad', 'Good'],
  cadence: ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'],
  type: ['previous', 'periods-ago', 'reference', 'prior', '', undefined],
  periods: [0, 1, 1.5, -1, Number.MAX_SAFE_INTEGER + 2, Number.POSITIVE_INFINITY, '2'],
  minimumChange: [-1, -0, 0, -Number.MIN_VALUE, Number.POSITIVE_INFINITY, '0'],
  maxAge: ['P', 'PT', 'P1', 'P1M', 'PT1.5H', 'p1d', 'P1.5M', 'P1DT', 'PT1H1D', 1, ''],
  value: [...NUMBERS, 'n/a', DELETE, DELETE],
  limit: NUMBERS,
  from: [...NUMBERS, SIBLING, SIBLING],
  to: [...NUMBERS, SIBLING, SIBLING],
  low: [...NUMBERS, SIBLING],
  high: [...NUMBERS, SIBLING],
  // What the cross-field rules need: a value or a series, a target for direction "target".
  series: [DELETE, undefined],
  target: [DELETE, undefined],
  targets: [DELETE, undefined],
  t: DATES,
  at: DATES,
  by: DATES,
  asOf: DATES,
  v: [...NUMBERS, 'n/a'],
};

/** The key a path ends at, or the array's key for an item: `['series', 3, 'v']` → `v`, `['bands', 1]` → `bands`. */
const keyOf = (path: Path): string | undefined => path.findLast((segment): segment is string => typeof segment === 'string');

/** One to three changes to a valid document: half of them a field's edge value, the rest any replacement anywhere. */
const mutatedDocument = validDocument.chain((doc) =>
  fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), replacement), { minLength: 1, maxLength: 3 }).map((changes) =>
    changes.reduce<unknown>((current, [pick, edge, atEdge, value]) => {
      const paths = pathsOf(current);
      const edged = paths.filter((path) => EDGES[keyOf(path) ?? ''] !== undefined && typeof path.at(-1) === 'string');
      if (atEdge && edged.length > 0) {
        const path = edged[pick % edged.length] as Path;
        const edges = EDGES[keyOf(path) as string] as readonly unknown[];
        return mutate(current, path, edges[edge % edges.length]);
      }
      return mutate(current, paths[pick % paths.length] as Path, value);
    }, doc),
  ),
);

/** The document's own keys with any values, to reach deeper than random keys would. */
const knownKeys = fc.dictionary(fc.constantFrom(...Object.keys(schema.KpiDocumentSchema.entries)), fc.oneof(anything, timestamp, series, finite), {
  maxKeys: 8,
});

// ---- checks ------------------------------------------------------------------

/** Counts how often each check ran, so a property can say how often the fast path was taken. */
function expectAgreement(input: unknown): { fullOk: boolean; quickOk: boolean } {
  const quick = quickValidateKpiDocument(input);
  const full = validateKpiDocument(input);
  if (quick !== undefined) expect(quick).toStrictEqual(full);
  return { fullOk: full.ok, quickOk: quick !== undefined };
}

describe('quickValidateKpiDocument against validateKpiDocument', () => {
  it('takes the fast path for at least 99 % of generated valid documents, with the same result', () => {
    let valid = 0;
    let quick = 0;
    fc.assert(
      fc.property(validDocument, (doc) => {
        const { fullOk, quickOk } = expectAgreement(doc);
        expect(fullOk).toBe(true);
        valid++;
        if (quickOk) quick++;
      }),
      RUNS,
    );
    expect(quick / valid).toBeGreaterThanOrEqual(0.99);
  });

  const inputs: [string, fc.Arbitrary<unknown>][] = [
    ['valid documents with one to three fields changed, removed, added or turned into arrays', mutatedDocument],
    ['objects with the document keys and any values', knownKeys],
    ['any JavaScript value', anything],
    ['any JSON value', fc.jsonValue()],
  ];

  it.each(inputs)('accepts only what the full validator accepts, with a strictly equal result, for %s', (_, input) => {
    let fullOk = 0;
    let quickOk = 0;
    fc.assert(
      fc.property(input, (value) => {
        const agreement = expectAgreement(value);
        if (agreement.fullOk) fullOk++;
        if (agreement.quickOk) quickOk++;
      }),
      RUNS,
    );
    // The fast path is only conservative where it must be: here it never is.
    expect(quickOk).toBe(fullOk);
  });

  it('agrees on documents with a long series, which validate.ts checks apart from the schema', () => {
    const longSeries = fc
      .tuple(
        fc.array(fc.tuple(timestamp, pointValue), { minLength: 1000, maxLength: 1200 }),
        fc.constantFrom('records', 'columns'),
        fc.option(fc.tuple(fc.nat(), replacement), { nil: undefined }),
        fc.boolean(),
      )
      .map(([pairs, shape, change, extraKeys]) => {
        const records = pairs.map(([t, v]) => (extraKeys ? { t, v, note: 'kept on the long path' } : { t, v }));
        const doc = { id: 'long', label: 'Long', series: shape === 'records' ? records : { t: pairs.map(([t]) => t), v: pairs.map(([, v]) => v) } };
        if (!change) return doc;
        const [pick, value] = change;
        const paths = pathsOf(doc);
        return mutate(doc, paths[pick % paths.length] as Path, value);
      });
    let fullOk = 0;
    let quickOk = 0;
    fc.assert(
      fc.property(longSeries, (doc) => {
        const agreement = expectAgreement(doc);
        if (agreement.fullOk) fullOk++;
        if (agreement.quickOk) quickOk++;
      }),
      { seed: 1, numRuns: 60 },
    );
    expect(quickOk).toBe(fullOk);
    expect(fullOk).toBeGreaterThan(0);
  });
});

// ---- boards ------------------------------------------------------------------

/** A valid board: unique ids throughout, every `leads` naming outcomes of its goal, kinds where they belong. */
const validBoard = fc
  .record(
    {
      id: text,
      label: text,
      hygiene: fc.record({ off: fc.subarray([...HYGIENE_RULES]) }, { requiredKeys: [] }),
      goals: fc.array(
        fc.record(
          {
            label: text,
            description: fc.string({ maxLength: 4 }),
            owner: text,
            outcomes: fc.array(validDocument, { maxLength: 3 }),
            leading: fc.array(fc.tuple(validDocument, fc.array(fc.nat(), { minLength: 1, maxLength: 2 })), { maxLength: 3 }),
            guardrails: fc.array(validDocument, { maxLength: 2 }),
            hygiene: fc.record({ off: fc.subarray([...HYGIENE_RULES]) }, { requiredKeys: [] }),
          },
          { requiredKeys: ['label', 'outcomes', 'leading'] },
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ['goals'] },
  )
  .map((board) => {
    let n = 0;
    const own = (doc: Record<string, unknown>, kind: string | undefined): Record<string, unknown> => {
      const { leads: _leads, kind: _kind, ...rest } = doc;
      return { ...rest, id: `kpi-${n++}`, ...(kind !== undefined && { kind }) };
    };
    const goals = board.goals.map((goal, g) => {
      const outcomes = goal.outcomes.map((doc) => own(doc, doc.kind === undefined ? undefined : 'lagging'));
      const leading =
        outcomes.length === 0
          ? []
          : goal.leading.map(([doc, picks]) => ({
              ...own(doc, doc.kind === undefined ? undefined : 'leading'),
              leads: [...new Set(picks.map((pick) => outcomes[pick % outcomes.length]!.id as string))],
            }));
      return {
        ...goal,
        id: `goal-${g}`,
        outcomes,
        leading,
        ...(goal.guardrails && { guardrails: goal.guardrails.map((doc) => own(doc, undefined)) }),
      };
    });
    return { ...board, goals };
  });

/** What breaks a board's own rules, by the key it goes in; a KPI slot may also be given `leads`. */
const BOARD_EDGES: Readonly<Record<string, readonly unknown[]>> = {
  leads: [[], ['nowhere'], ['kpi-0', 'kpi-0'], [''], ['kpi-0'], ['goal-0'], 'kpi-0', undefined, DELETE],
  kind: ['leading', 'lagging', DELETE],
  id: ['kpi-0', 'kpi-1', 'goal-0', '', DELETE],
  label: ['', DELETE],
  goals: [DELETE, {}, [], [[]], AS_ARRAY],
  off: [['stale'], [], ['too-many-kpis', 'too-many-kpis'], 'too-many-kpis', DELETE],
  hygiene: [[], null, {}, AS_ARRAY],
  outcomes: [DELETE, undefined, {}, AS_ARRAY],
  leading: [DELETE, undefined, {}, AS_ARRAY],
  guardrails: [DELETE, undefined, {}, AS_ARRAY],
  description: ['', 1],
  owner: ['', 1],
};
const ADD_LEADS = Symbol('add leads');
const SET_KIND = Symbol('set kind');

/** Every change to a board's own fields the edges above allow, as [path, value] pairs. */
function boardChanges(board: unknown): [Path, unknown][] {
  const changes: [Path, unknown][] = [];
  for (const path of pathsOf(board)) {
    if (path.length > 5) continue;
    const last = path.at(-1);
    // Inside a KPI only what the board judges: its id, kind and leads.
    const judged = path.length < 5 || last === 'leads' || last === 'kind' || last === 'id';
    if (typeof last === 'string' && judged) for (const value of BOARD_EDGES[last] ?? []) changes.push([path, value]);
    // A goal made an array carrying its keys; a KPI slot given `leads` or a kind, or made an array.
    if (path.length === 2) changes.push([path, AS_ARRAY]);
    if (path.length === 4) changes.push([path, ADD_LEADS], [path, SET_KIND], [path, AS_ARRAY]);
  }
  return changes;
}

/** One or two changes to a valid board: most to its own rules, some anywhere (a KPI's own fields are covered above). */
const mutatedBoard = validBoard.chain((board) =>
  fc
    .array(
      fc.tuple(
        fc.nat(),
        fc.nat(3).map((n) => n === 0),
        replacement,
      ),
      { minLength: 1, maxLength: 2 },
    )
    .map((changes) =>
      changes.reduce<unknown>((current, [pick, anywhere, value]) => {
        const own = boardChanges(current);
        if (anywhere || own.length === 0) {
          const paths = pathsOf(current);
          return mutate(current, paths[pick % paths.length] as Path, value);
        }
        const [path, edge] = own[pick % own.length] as [Path, unknown];
        if (edge !== ADD_LEADS && edge !== SET_KIND) return mutate(current, path, edge);
        const copy = structuredClone(current) as { goals: Record<string, Record<string, unknown>[]>[] };
        const [, g, section, k] = path as [string, number, string, number];
        const slot = copy.goals[g]?.[section]?.[k];
        if (slot === null || typeof slot !== 'object') return copy;
        if (edge === ADD_LEADS) slot.leads = ['kpi-0'];
        else slot.kind = pick % 2 === 0 ? 'leading' : 'lagging';
        return copy;
      }, board),
    ),
);

function expectBoardAgreement(input: unknown): { fullOk: boolean; quickOk: boolean } {
  const quick = quickValidateBoardDocument(input);
  const full = validateBoardDocument(input);
  if (quick !== undefined) expect(quick).toStrictEqual(full);
  return { fullOk: full.ok, quickOk: quick !== undefined };
}

describe('quickValidateBoardDocument against validateBoardDocument', () => {
  const BOARD_RUNS = { seed: 1, numRuns: 1000 } as const;

  it('takes the fast path for every generated valid board, with the same result', () => {
    fc.assert(
      fc.property(validBoard, (board) => {
        expect(expectBoardAgreement(board)).toEqual({ fullOk: true, quickOk: true });
      }),
      { ...BOARD_RUNS, numRuns: 200 },
    );
  });

  it('accepts only what the full validator accepts, with a strictly equal result, for changed boards', () => {
    let fullOk = 0;
    let quickOk = 0;
    fc.assert(
      fc.property(fc.oneof(mutatedBoard, anything), (board) => {
        const agreement = expectBoardAgreement(board);
        if (agreement.fullOk) fullOk++;
        if (agreement.quickOk) quickOk++;
      }),
      BOARD_RUNS,
    );
    expect(quickOk).toBe(fullOk);
  });
});
