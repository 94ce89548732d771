/**
 * Properties of the validator over generated input: it never throws, and every
 * diagnostic names a place in the input, so an editor can jump to it.
 * Fixed seed and modest run counts keep it fast and deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KpiDocumentSchema } from '../../src/core/document.js';
import { parsePointer, resolvePointer } from '../../src/core/pointer.js';
import { MS_PER_DAY } from '../../src/core/time.js';
import { formatDiagnostic, validateKpiDocument } from '../../src/core/validate.js';
import { anything } from './support/arbitraries.js';

const RUNS = { seed: 20260930, numRuns: 300 } as const;

// ---- valid documents -------------------------------------------------------

const text = fc.string({ minLength: 1, maxLength: 8 });
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const isoDay = fc
  .integer({ min: Date.UTC(2020, 0, 1) / MS_PER_DAY, max: Date.UTC(2030, 0, 1) / MS_PER_DAY })
  .map((day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10));
const timestamp = fc.oneof(isoDay, fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }));
const pointValue = fc.option(finite, { nil: null });
const series = fc.oneof(
  fc.array(fc.record({ t: timestamp, v: pointValue }), { maxLength: 5 }),
  fc.array(fc.tuple(timestamp, pointValue), { maxLength: 5 }).map((pairs) => ({ t: pairs.map(([t]) => t), v: pairs.map(([, v]) => v) })),
);
const status = fc.constantFrom('good', 'warning', 'critical', 'neutral');
/** 2 to 5 bands that touch at ascending cut points, open at both ends. */
const bands = fc
  .uniqueArray(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 4 })
  .chain((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const ranges = [undefined, ...sorted].map((from, i) => ({ from, to: sorted[i] }));
    return fc.tuple(...ranges.map((range) => status.map((s) => ({ ...range, status: s }))));
  })
  .map((list) => list.map(({ from, to, status: s }) => ({ ...(from !== undefined && { from }), ...(to !== undefined && { to }), status: s })));
const comparison = fc.oneof(
  fc.record({ type: fc.constant('previous'), label: text }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('periods-ago'), periods: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ type: fc.constant('reference'), value: finite }),
);
const guardrail = fc.record(
  { id: text, label: text, value: finite, direction: fc.constantFrom('increase', 'decrease'), limit: finite, unit: text },
  { requiredKeys: ['label', 'value', 'direction', 'limit'] },
);
const format = fc.record(
  {
    style: fc.constantFrom('decimal', 'percent'),
    notation: fc.constantFrom('standard', 'compact'),
    maximumFractionDigits: fc.integer({ min: 0, max: 20 }),
  },
  { requiredKeys: [] },
);

const validDocument = fc
  .record(
    {
      id: text,
      label: text,
      description: fc.string({ maxLength: 8 }),
      goal: text,
      owner: text,
      unit: text,
      format,
      locale: fc.constantFrom('en-US', 'de-DE', 'ja-JP'),
      direction: fc.constantFrom('increase', 'decrease', 'target'),
      value: fc.option(finite, { nil: null }),
      series,
      baseline: fc.record({ value: finite, at: timestamp }, { requiredKeys: ['value'] }),
      target: fc.record({ value: finite, by: timestamp }, { requiredKeys: ['value'] }),
      targets: series,
      bands,
      comparison,
      minimumChange: fc.double({ min: 0, max: 10, noNaN: true }),
      guardrails: fc.array(guardrail, { maxLength: 3 }),
      cadence: fc.constantFrom('daily', 'weekly', 'monthly', 'quarterly'),
      asOf: timestamp,
      maxAge: fc.constantFrom('P2D', 'PT36H', 'P1W', 'P1DT12H'),
      kind: fc.constantFrom('leading', 'lagging'),
      annotations: fc.array(fc.record({ t: timestamp, label: text, kind: text }, { requiredKeys: ['t', 'label'] }), { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'label', 'value'] },
  )
  // The cross-field rule: direction "target" needs a target.
  .map((doc) => (doc.direction === 'target' && doc.target === undefined ? { ...doc, target: { value: 0 } } : doc));

// ---- mutations ---------------------------------------------------------------

type Path = readonly (string | number)[];
const DELETE = Symbol('delete');

/** Every location in a JSON value, the root included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const here: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => here.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) here.push(...pathsOf(item, [...prefix, key]));
  }
  return here;
}

/** A copy of `doc` with the value at `path` replaced, or removed. */
function mutate(doc: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement === DELETE ? undefined : replacement;
  const copy = structuredClone(doc);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement !== DELETE) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

const replacement = fc.oneof(
  fc.constant(DELETE),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('45%', '', null, Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.5, true, [], {}, [{}], [1, 2], [{ t: 'x' }], '2026-02-30', 'P1M'),
);

const mutatedDocument = validDocument.chain((doc) => fc.tuple(fc.constantFrom(...pathsOf(doc)), replacement).map(([path, value]) => mutate(doc, path, value)));

/** Objects with the document's own keys and arbitrary values, to reach deeper than random keys would. */
const knownKeys = fc.dictionary(fc.constantFrom(...Object.keys(KpiDocumentSchema.entries)), anything, { maxKeys: 6 });

// ---- checks ----------------------------------------------------------------

/** A real location in the input, or a missing key (or index) of a container that is there. */
function locates(input: unknown, pointer: string): boolean {
  const result = resolvePointer(input, pointer);
  if (result.found) return true;
  const parent = pointer.slice(0, pointer.lastIndexOf('/'));
  return result.missingAt === pointer && resolvePointer(input, parent).found;
}

function expectWellFormed(input: unknown, { located }: { located: boolean }): void {
  const result = validateKpiDocument(input);
  if (result.ok) {
    expect(result.kpi.id).toBe(result.document.id);
    return;
  }
  expect(result.diagnostics.length).toBeGreaterThan(0);
  for (const diagnostic of result.diagnostics) {
    expect(parsePointer(diagnostic.path), formatDiagnostic(diagnostic)).toBeDefined();
    expect(diagnostic.message.length).toBeGreaterThan(0);
    if (located) expect(locates(input, diagnostic.path), `${formatDiagnostic(diagnostic)} is not in the input`).toBe(true);
  }
}

describe('validateKpiDocument over generated input', () => {
  it('accepts every generated valid document', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const result = validateKpiDocument(doc);
        expect(result.ok ? [] : result.diagnostics.map(formatDiagnostic)).toEqual([]);
      }),
      RUNS,
    );
  });

  const inputs: [string, fc.Arbitrary<unknown>][] = [
    ['any JSON value', fc.jsonValue()],
    ['any JavaScript value', anything],
    ['objects with the document keys and any values', knownKeys],
    ['valid documents with one field changed or removed', mutatedDocument],
  ];

  it.each(inputs)('never throws and answers with a KPI or with diagnostics at valid pointers, for %s', (_, input) => {
    fc.assert(
      fc.property(input, (value) => expectWellFormed(value, { located: false })),
      RUNS,
    );
  });

  it.each(inputs)('points every diagnostic into the input, for %s', (_, input) => {
    fc.assert(
      fc.property(input, (value) => expectWellFormed(value, { located: true })),
      RUNS,
    );
  });
});
