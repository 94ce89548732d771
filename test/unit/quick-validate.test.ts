/**
 * The fast path, case by case: what `quickValidateKpiDocument` and
 * `quickValidateBoardDocument` accept (always with the full validator's very
 * result) and what they leave to the full validator (always input it refuses).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateBoardDocument } from '../../src/core/board-validate.js';
import { CADENCES, DIRECTIONS, KINDS, STATUSES } from '../../src/core/document.js';
import { mapToDocument } from '../../src/core/mapping.js';
import { quickValidateBoardDocument } from '../../src/core/quick-validate-board.js';
import { quickValidateKpiDocument } from '../../src/core/quick-validate.js';
import { formatDiagnostic, validateKpiDocument } from '../../src/core/validate.js';
import { ecommerceBoard, emptyBoard, invalidBoard, messyBoard, regionalBoard, saasBoard } from '../../stories/fixtures/boards.js';
import { invalidDocument, kpiFixtures } from '../../stories/fixtures/index.js';
import { OPS_READERS, opsWeeklyReview, type OpsReader } from '../../stories/fixtures/ops-review.js';

type Doc = Record<string, unknown>;
const base: Doc = { id: 'nrr', label: 'Net revenue retention', value: 1.05 };
const withField = (fields: Doc): Doc => ({ ...base, ...fields });
const times = (n: number, from = Date.UTC(2026, 0, 1)): number[] => Array.from({ length: n }, (_, i) => from + i * 864e5);

/** Accepted on the fast path with the full validator's result, strictly equal. */
function expectFast(input: unknown): void {
  const full = validateKpiDocument(input);
  expect(full.ok ? [] : full.diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(quickValidateKpiDocument(input)).toStrictEqual(full);
}

/** Left to the full validator, which refuses it. */
function expectSlow(input: unknown): void {
  expect(quickValidateKpiDocument(input)).toBeUndefined();
  expect(validateKpiDocument(input).ok).toBe(false);
}

describe('quickValidateKpiDocument', () => {
  const accepted: [string, unknown][] = [
    ['a value alone', base],
    ['a value of null (no data yet)', withField({ value: null })],
    [
      'a series of records and no value',
      {
        id: 'a',
        label: 'A',
        series: [
          { t: '2026-01-01', v: 1 },
          { t: 1767312000000, v: null },
        ],
      },
    ],
    ['a series of columns', { id: 'a', label: 'A', series: { t: ['2026-01-02', '2026-01-01'], v: [2, 1] } }],
    ['an empty series', { id: 'a', label: 'A', series: [] }],
    [
      'unknown keys, dropped at every level',
      withField({
        extra: 1,
        format: { style: 'percent', locale: 'x' },
        bands: [
          { to: 1, status: 'good', why: 1 },
          { from: 1, status: 'critical' },
        ],
      }),
    ],
    [
      'optional keys present but undefined, kept as valibot keeps them',
      withField({ description: undefined, target: { value: 1, by: undefined }, direction: undefined }),
    ],
    ['an empty description (only it may be empty)', withField({ description: '' })],
    [
      'every format option',
      withField({
        format: {
          style: 'currency',
          currency: 'EUR',
          unit: 'x',
          unitDisplay: 'narrow',
          notation: 'compact',
          minimumFractionDigits: 0,
          maximumFractionDigits: 20,
        },
      }),
    ],
    [
      'timestamps in every ISO spelling and at the epoch limits',
      withField({
        asOf: '2026-09-30 12:00+02:00',
        baseline: { value: 1, at: '2024-02-29T23:59:59.999Z' },
        target: { value: 2, by: 8.64e15 },
        annotations: [
          { t: -8.64e15, label: 'x' },
          { t: '2026-09-30T12:00-0530', label: 'y', kind: 'release' },
        ],
      }),
    ],
    ['calendar and fractional durations', withField({ maxAge: 'P1Y2M3DT4H5M6.5S' })],
    [
      'five bands, open at both ends, with a gap',
      withField({
        bands: [
          { to: 0, status: 'critical' },
          { from: 0, to: 1, status: 'warning' },
          { from: 2, to: 3, status: 'neutral' },
          { from: 3, to: 4, status: 'good', label: 'ok' },
          { from: 4, status: 'good' },
        ],
      }),
    ],
    ['nested thresholds with edges left out', withField({ thresholds: { deviation: { low: 1 }, tolerance: {}, acceptance: { low: 3, high: 4 } } })],
    ['each kind of comparison', withField({ comparison: { type: 'periods-ago', periods: 4, label: 'a month ago' } })],
    ['a reference comparison', withField({ comparison: { type: 'reference', value: -0 } })],
    [
      'guardrails with a null value or only a series',
      withField({
        guardrails: [
          { label: 'a', value: null, direction: 'increase', limit: 1 },
          { label: 'b', series: { t: [], v: [] }, direction: 'decrease', limit: 0, format: {}, unit: 'x' },
        ],
      }),
    ],
    ['direction "target" with only varying targets', withField({ direction: 'target', targets: [{ t: '2026-01-01', v: 3 }] })],
    ['a minimum change of zero', withField({ minimumChange: 0 })],
    ['inherited keys, which valibot reads too', Object.assign(Object.create({ id: 'inherited', label: 'From the prototype' }), { value: 1 })],
    ['a null-prototype object', Object.assign(Object.create(null), base)],
    ['an array carrying a format’s keys, which valibot takes for an object', withField({ format: Object.assign([], { style: 'percent' }) })],
    [
      'a long series of records, set aside as validate.ts does (kept as given, unknown keys too)',
      { id: 'a', label: 'A', series: times(1500).map((t, i) => ({ t, v: i % 7 === 0 ? null : i, note: 'x' })) },
    ],
    ['a long, unsorted series of columns', { id: 'a', label: 'A', series: { t: times(1200).reverse(), v: times(1200).map((_, i) => i) } }],
    [
      'a cycle through an unknown key',
      (() => {
        const doc: Doc = { ...base };
        doc.self = doc;
        return doc;
      })(),
    ],
    [
      'a cycle through a known key, read only as deep as the schema goes',
      (() => {
        const doc: Doc = { ...base, unit: 'x' };
        doc.format = doc;
        return doc;
      })(),
    ],
    ['a getter that answers the same each time', Object.defineProperty({ ...base }, 'label', { enumerable: true, get: () => 'Computed' })],
  ];
  for (const direction of DIRECTIONS) accepted.push([`direction "${direction}"`, withField({ direction, target: { value: 1 } })]);
  for (const status of STATUSES)
    accepted.push([
      `a band of status "${status}"`,
      withField({
        bands: [
          { to: 1, status },
          { from: 1, status },
        ],
      }),
    ]);
  for (const cadence of CADENCES) accepted.push([`cadence "${cadence}"`, withField({ cadence })]);
  for (const kind of KINDS) accepted.push([`kind "${kind}"`, withField({ kind })]);

  it.each(accepted)('accepts %s, with the full validator’s result', (_, input) => expectFast(input));

  const refused: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', '{"id":"a"}'],
    ['an array of documents', [base]],
    ['a document without id', { label: 'A', value: 1 }],
    ['an empty label', withField({ label: '' })],
    ['a numeric id', withField({ id: 7 })],
    ['neither value nor series', { id: 'a', label: 'A' }],
    ['a value that is a string', withField({ value: '45%' })],
    ['a NaN value', withField({ value: Number.NaN })],
    ['an infinite value', withField({ value: Number.POSITIVE_INFINITY })],
    ['a point without v', withField({ series: [{ t: '2026-01-01' }] })],
    ['a point value that is a string', withField({ series: [{ t: '2026-01-01', v: 'n/a' }] })],
    ['30 February', withField({ asOf: '2026-02-30' })],
    ['hour 24', withField({ asOf: '2026-01-01T24:00' })],
    ['a one-digit month', withField({ asOf: '2026-1-01' })],
    ['epoch milliseconds beyond what a Date holds', withField({ asOf: 8.64e15 + 1 })],
    ['columns of unequal length', withField({ series: { t: ['2026-01-01'], v: [1, 2] } })],
    ['targets that are an object without columns', withField({ targets: { t: [] } })],
    ['an empty duration', withField({ maxAge: 'P' })],
    ['a duration with an empty time part', withField({ maxAge: 'P1DT' })],
    ['a lower-case duration', withField({ maxAge: 'p1d' })],
    ['one band', withField({ bands: [{ status: 'good' }] })],
    ['six bands', withField({ bands: [0, 1, 2, 3, 4, 5].map((from) => ({ from, to: from + 1, status: 'good' })) })],
    [
      'a band whose from is not below its to',
      withField({
        bands: [
          { from: 1, to: 1, status: 'good' },
          { from: 1, status: 'good' },
        ],
      }),
    ],
    [
      'overlapping bands',
      withField({
        bands: [
          { to: 2, status: 'good' },
          { from: 1, status: 'good' },
        ],
      }),
    ],
    ['an inner band open below', withField({ bands: [{ to: 1, status: 'good' }, { status: 'good' }] })],
    [
      'an unknown band status',
      withField({
        bands: [
          { to: 1, status: 'bad' },
          { from: 1, status: 'good' },
        ],
      }),
    ],
    ['thresholds that do not nest', withField({ thresholds: { deviation: { low: 3 }, acceptance: { low: 1 } } })],
    ['a comparison of unknown type', withField({ comparison: { type: 'prior' } })],
    ['zero periods ago', withField({ comparison: { type: 'periods-ago', periods: 0 } })],
    ['a fractional number of periods', withField({ comparison: { type: 'periods-ago', periods: 1.5 } })],
    ['a reference comparison without value', withField({ comparison: { type: 'reference' } })],
    ['a negative minimum change', withField({ minimumChange: -1 })],
    ['a lower-case currency', withField({ format: { currency: 'eur' } })],
    ['21 fraction digits', withField({ format: { maximumFractionDigits: 21 } })],
    ['an unknown notation', withField({ format: { notation: 'scientific' } })],
    ['a guardrail with neither value nor series', withField({ guardrails: [{ label: 'a', direction: 'increase', limit: 1 }] })],
    ['a guardrail with direction "target"', withField({ guardrails: [{ label: 'a', value: 1, direction: 'target', limit: 1 }] })],
    ['direction "target" without a target', withField({ direction: 'target' })],
    ['an unknown direction', withField({ direction: 'up' })],
    ['an annotation without label', withField({ annotations: [{ t: '2026-01-01' }] })],
    ['a long series with one bad point', { id: 'a', label: 'A', series: times(1500).map((t, i) => ({ t, v: i === 1400 ? 'n/a' : i })) }],
    ['a long series whose other fields are wrong', { id: '', label: 'A', series: times(1500).map((t, i) => ({ t, v: i })) }],
    ['the invalid fixture', invalidDocument],
    [
      'a getter that throws',
      Object.defineProperty({ ...base }, 'value', {
        enumerable: true,
        get: () => {
          throw new Error('no value');
        },
      }),
    ],
    [
      'a getter that throws on an unknown key beside a long series (validate.ts copies the document)',
      Object.defineProperty({ ...base, series: times(1000).map((t) => ({ t, v: 1 })) }, 'extra', {
        enumerable: true,
        get: () => {
          throw new Error('no extra');
        },
      }),
    ],
    [
      'a proxy whose every lookup throws',
      new Proxy(
        { ...base },
        {
          has: () => {
            throw new Error('has');
          },
          get: () => {
            throw new Error('get');
          },
        },
      ),
    ],
  ];

  it.each(refused)('leaves %s to the full validator', (_, input) => expectSlow(input));

  it('answers a proxy that behaves like its target as it answers the target', () => {
    const target = withField({
      series: times(1200).map((t) => ({ t, v: 1 })),
      bands: [
        { to: 1, status: 'good' },
        { from: 1, status: 'critical' },
      ],
    });
    expectFast(new Proxy(target, {}));
    expect(quickValidateKpiDocument(new Proxy(target, {}))).toStrictEqual(quickValidateKpiDocument(target));
  });

  it('defaults the direction to "increase" in the document, as the schema does', () => {
    expect(quickValidateKpiDocument(base)?.document.direction).toBe('increase');
  });
});

describe('fixtures on the fast path', () => {
  it.each(Object.entries(kpiFixtures))('takes %s', (_, doc) => expectFast(doc));

  const dataDir = new URL('../../demo/data/', import.meta.url);
  const files = readdirSync(dataDir).filter((name) => name.endsWith('.json'));
  it.each(files)('agrees with the full validators on demo/data/%s, and takes every document they accept', (name) => {
    const json: unknown = JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));
    const kpi = validateKpiDocument(json);
    const board = validateBoardDocument(json);
    expect(quickValidateKpiDocument(json)).toStrictEqual(kpi.ok ? kpi : undefined);
    expect(quickValidateBoardDocument(json)).toStrictEqual(board.ok ? board : undefined);
  });

  it('finds documents among the demo data, so the test above checks something', () => {
    const docs = files.map((name) => JSON.parse(readFileSync(new URL(name, dataDir), 'utf8')) as unknown);
    expect(docs.filter((doc) => quickValidateKpiDocument(doc)).length).toBeGreaterThanOrEqual(9);
    expect(docs.filter((doc) => quickValidateBoardDocument(doc)).length).toBeGreaterThanOrEqual(1);
  });

  it.each(Object.entries(OPS_READERS) as [string, OpsReader][])('takes the %s KPI the ops review page maps out of its response', (_, reader) => {
    const mapped = mapToDocument(opsWeeklyReview, {
      kpiPointer: reader['kpi-pointer'],
      valuePointer: reader['value-pointer'],
      seriesPointer: reader['series-pointer'],
      timeKey: reader['time-key'],
      valueKey: reader['value-key'],
      label: reader.label,
      format: reader.format,
    });
    expect(mapped.ok).toBe(true);
    if (mapped.ok) expectFast(mapped.document);
  });
});

describe('quickValidateBoardDocument', () => {
  const outcome = { id: 'nrr', label: 'NRR', value: 1.05 };
  const leading = { id: 'activation', label: 'Activation', value: 0.3, leads: ['nrr'] };
  const goal = (fields: Doc = {}): Doc => ({ id: 'g', label: 'Goal', outcomes: [outcome], leading: [leading], ...fields });
  const board = (fields: Doc = {}): Doc => ({ id: 'b', label: 'Board', goals: [goal()], ...fields });

  const accepted: [string, unknown][] = [
    ['the SaaS board', saasBoard],
    ['the e-commerce board', ecommerceBoard],
    ['the messy board (hygiene is not validity)', messyBoard],
    ['the empty board', emptyBoard],
    ['the regional board', regionalBoard()],
    ['a board without id or label', { goals: [goal()] }],
    ['a goal still drafted, with no KPIs', board({ goals: [goal({ outcomes: [], leading: [] })] })],
    [
      'guardrails and hygiene switched off at both levels',
      board({
        hygiene: { off: ['too-many-kpis'] },
        goals: [goal({ guardrails: [{ id: 'tickets', label: 'Tickets', value: 3 }], hygiene: { off: ['stale-data', 'too-many-kpis'] } })],
      }),
    ],
    [
      'kinds that agree with their places',
      board({
        goals: [
          goal({
            outcomes: [{ ...outcome, kind: 'lagging' }],
            leading: [{ ...leading, kind: 'leading' }],
            guardrails: [{ id: 'x', label: 'X', value: 1, kind: 'leading' }],
          }),
        ],
      }),
    ],
    ['unknown keys on the board and its goals', board({ note: 1, goals: [goal({ note: 2 })] })],
  ];

  it.each(accepted)('accepts %s, with the full validator’s result', (_, input) => {
    const full = validateBoardDocument(input);
    expect(full.ok ? [] : full.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(quickValidateBoardDocument(input)).toStrictEqual(full);
  });

  const refused: [string, unknown][] = [
    ['the invalid board fixture', invalidBoard],
    ['an array of goals', [goal()]],
    ['a board without goals', { id: 'b' }],
    ['a goal without leading', board({ goals: [{ id: 'g', label: 'Goal', outcomes: [] }] })],
    ['a goal that is an array carrying a goal’s keys', board({ goals: [Object.assign([], goal())] })],
    ['an invalid KPI', board({ goals: [goal({ outcomes: [{ ...outcome, value: '45%' }] })] })],
    ['a leading indicator without leads', board({ goals: [goal({ leading: [{ ...leading, leads: undefined }] })] })],
    ['empty leads', board({ goals: [goal({ leading: [{ ...leading, leads: [] }] })] })],
    ['leads naming no outcome of the goal', board({ goals: [goal({ leading: [{ ...leading, leads: ['elsewhere'] }] })] })],
    ['leads naming an outcome twice', board({ goals: [goal({ leading: [{ ...leading, leads: ['nrr', 'nrr'] }] })] })],
    ['leads on an outcome', board({ goals: [goal({ outcomes: [{ ...outcome, leads: ['nrr'] }] })] })],
    ['leads on a guardrail', board({ goals: [goal({ guardrails: [{ id: 'x', label: 'X', value: 1, leads: [] }] })] })],
    ['an outcome of kind "leading"', board({ goals: [goal({ outcomes: [{ ...outcome, kind: 'leading' }] })] })],
    ['a leading indicator of kind "lagging"', board({ goals: [goal({ leading: [{ ...leading, kind: 'lagging' }] })] })],
    ['a KPI id used twice', board({ goals: [goal({ guardrails: [{ ...outcome }] })] })],
    ['a goal id used by a KPI', board({ goals: [goal({ id: 'nrr' })] })],
    ['an unknown hygiene rule', board({ hygiene: { off: ['stale'] } })],
    ['a goal with an empty owner', board({ goals: [goal({ owner: '' })] })],
    [
      'a getter that throws',
      Object.defineProperty(board(), 'goals', {
        enumerable: true,
        get: () => {
          throw new Error('no goals');
        },
      }),
    ],
  ];

  it.each(refused)('leaves %s to the full validator', (_, input) => {
    expect(quickValidateBoardDocument(input)).toBeUndefined();
    expect(validateBoardDocument(input).ok).toBe(false);
  });
});
