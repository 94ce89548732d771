/**
 * The only judge of what a valid KPI document is. Never throws: it returns
 * either the normalised KPI or diagnostics, each with the JSON Pointer of the
 * bad field, what was expected and what was found.
 */
import * as v from 'valibot';
import { isEpochMs, isPointValue, KpiDocumentSchema, type BandInput, type KpiDocument } from './document.js';
import { isoToEpochMs } from './iso.js';
import { toKpi, type Kpi } from './model.js';
import { sortByTime, type Series } from './series.js';
import { toPointer } from './pointer.js';

export interface Diagnostic {
  /** JSON Pointer of the offending field; `""` is the document itself. */
  readonly path: string;
  /** What was expected and found, e.g. `expected a number, got "45%"`. */
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly kpi: Kpi; readonly document: KpiDocument }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** `/target/value: expected a number, got "45%"`; the root reads as "document". */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.path || 'document'}: ${diagnostic.message}`;
}

export function validateKpiDocument(input: unknown): ValidationResult {
  // valibot's object() accepts arrays; a list of KPIs is a common mistake worth naming.
  if (Array.isArray(input)) {
    return { ok: false, diagnostics: [{ path: '', message: 'expected an object (one KPI document), got an array' }] };
  }
  let parsed: v.SafeParseResult<typeof KpiDocumentSchema>;
  let bulk: BulkSeries | undefined;
  try {
    bulk = setAsideBulkSeries(input);
    parsed = v.safeParse(KpiDocumentSchema, bulk?.rest ?? input, { message: defaultMessage, abortPipeEarly: true });
  } catch (cause) {
    // Getters that throw or exotic objects must still end in a diagnostic, never an exception.
    return { ok: false, diagnostics: [{ path: '', message: `could not be read (${String(cause)})` }] };
  }
  if (!parsed.success) return { ok: false, diagnostics: dedupe(parsed.issues.flatMap((issue) => toDiagnostics(issue))) };
  const document = (bulk ? { ...parsed.output, series: bulk.series } : parsed.output) as KpiDocument;
  const diagnostics = crossFieldDiagnostics(document);
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, kpi: toKpi(document, bulk?.columns), document };
}

/** Series longer than this are checked by the plain point rules, not point by point through valibot. */
const BULK_SERIES_POINTS = 1000;

interface BulkSeries {
  /** The document with `series` swapped for an empty one of the same shape, for the schema to check the rest. */
  readonly rest: Record<string, unknown>;
  readonly series: KpiDocument['series'];
  /** The same points as columns, built while checking them. */
  readonly columns: Series;
}

/**
 * A long, valid top-level `series` is checked here in one tight loop with the
 * schema's own point rules, and written into columns on the way, then set
 * aside while the schema checks the rest of the document: a million points
 * cost milliseconds instead of a second. Anything short, or any bad point,
 * goes through the schema whole, so its diagnostics are exactly the schema's.
 */
function setAsideBulkSeries(input: unknown): BulkSeries | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const series: unknown = (input as { series?: unknown }).series;
  if (Array.isArray(series)) {
    if (series.length < BULK_SERIES_POINTS) return undefined;
    const t = new Float64Array(series.length);
    const v = new Float64Array(series.length);
    for (let i = 0; i < series.length; i++) {
      const point: unknown = series[i];
      if (typeof point !== 'object' || point === null) return undefined;
      if (!putPoint(t, v, i, (point as { t?: unknown }).t, (point as { v?: unknown }).v)) return undefined;
    }
    return { rest: { ...input, series: [] }, series: series as { t: string | number; v: number | null }[], columns: inTimeOrder(t, v) };
  }
  if (typeof series !== 'object' || series === null) return undefined;
  const { t: times, v: values } = series as { t?: unknown; v?: unknown };
  if (!Array.isArray(times) || !Array.isArray(values) || times.length < BULK_SERIES_POINTS) return undefined;
  // Unequal columns are a cross-field rule with its own diagnostic: leave them to the schema path.
  if (values.length !== times.length) return undefined;
  const t = new Float64Array(times.length);
  const v = new Float64Array(times.length);
  for (let i = 0; i < times.length; i++) if (!putPoint(t, v, i, times[i], values[i])) return undefined;
  return {
    rest: { ...input, series: { t: [], v: [] } },
    series: { t: times, v: values } as { t: (string | number)[]; v: (number | null)[] },
    columns: inTimeOrder(t, v),
  };
}

/**
 * Stores point `i` in the columns as `toSeries` would, by the schema's point
 * rules; false when it breaks one (the caller then lets the schema say which).
 * Each number is stored only after `typeof` has narrowed it, so the engine
 * writes a double without a conversion: at a million points that halves the loop.
 */
function putPoint(t: Float64Array, v: Float64Array, i: number, time: unknown, value: unknown): boolean {
  // isTimestamp's two rules, with an ISO string parsed once for both the check and the column.
  if (typeof time === 'number' && isEpochMs(time)) t[i] = time;
  else if (typeof time === 'string') {
    const ms = isoToEpochMs(time);
    if (Number.isNaN(ms)) return false;
    t[i] = ms;
  } else return false;
  if (typeof value === 'number' && isPointValue(value)) v[i] = value;
  else if (value === null) v[i] = NaN;
  else return false;
  return true;
}

function inTimeOrder(t: Float64Array, v: Float64Array): Series {
  for (let i = 1; i < t.length; i++) if ((t[i] as number) < (t[i - 1] as number)) return sortByTime(t, v);
  return { t, v };
}

/** valibot's bare type names, as a sentence says them. */
const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  Object: 'an object',
  Array: 'an array',
  number: 'a number',
  string: 'a string',
  boolean: 'a boolean',
  integer: 'an integer',
};

function defaultMessage(issue: v.BaseIssue<unknown>): string {
  const expected = issue.expected ?? issue.type;
  return `expected ${EXPECTED_WORDS[expected] ?? expected}`;
}

type PathKey = string | number;

function keysOf(issue: v.BaseIssue<unknown>): PathKey[] {
  return (issue.path ?? []).map((item) => item.key as PathKey);
}

/**
 * A valibot issue as diagnostics, with `prefix` before its path. Union issues
 * carry the issues of each branch, with paths relative to the union's input;
 * the deepest ones point at the real culprit. The board's validator uses it too.
 */
export function toDiagnostics(issue: v.BaseIssue<unknown>, prefix: readonly PathKey[] = []): Diagnostic[] {
  const path = [...prefix, ...keysOf(issue)];
  // Keep the branch that matches the input's shape: array indices for an array, keys for an object.
  const wantsIndex = Array.isArray(issue.input);
  const nested = (issue.issues ?? []).filter(
    (sub) => (sub.path?.length ?? 0) > 0 && typeof sub.path?.[0]?.key === (wantsIndex ? 'number' : 'string'),
  );
  if (issue.type === 'union' && nested.length > 0) {
    const deepest = Math.max(...nested.map((sub) => sub.path?.length ?? 0));
    return nested.filter((sub) => (sub.path?.length ?? 0) === deepest).flatMap((sub) => toDiagnostics(sub, path));
  }
  // For string checks valibot reports the measured length; people want to see the string itself.
  const received = issue.kind === 'validation' && typeof issue.input === 'string' ? JSON.stringify(issue.input) : issue.received;
  // A missing key: valibot's "expected" is the key's name, which says nothing new.
  if (issue.input === undefined && issue.expected?.startsWith('"')) {
    return [{ path: toPointer(path), message: 'is required, but it is missing' }];
  }
  const found = issue.input === undefined ? 'it is missing' : `got ${received}`;
  return [{ path: toPointer(path), message: `${issue.message}, ${found}` }];
}

/** The diagnostics with repeats dropped, in order. */
export function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = formatDiagnostic(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Rules that span fields, which the schema alone cannot state. */
function crossFieldDiagnostics(doc: KpiDocument): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (doc.value === undefined && doc.series === undefined) {
    found.push({ path: '', message: 'expected a "value" or a "series", got neither' });
  }
  for (const [name, series] of [
    ['series', doc.series],
    ['targets', doc.targets],
  ] as const) {
    if (series && !Array.isArray(series) && series.t.length !== series.v.length) {
      found.push({
        path: `/${name}/v`,
        message: `expected as many values as times (${series.t.length}), got ${series.v.length}`,
      });
    }
  }
  if (doc.direction === 'target' && doc.target === undefined && doc.targets === undefined) {
    found.push({ path: '/target', message: 'expected a target for direction "target", it is missing' });
  }
  if (doc.bands) found.push(...bandDiagnostics(doc.bands));
  if (doc.thresholds) found.push(...thresholdDiagnostics(doc.thresholds));
  doc.guardrails?.forEach((g, index) => {
    // `value: null` is allowed by the schema and means "no data yet" (shown as such); leaving both out is a mistake.
    if (g.value === undefined && g.series === undefined) {
      found.push({ path: `/guardrails/${index}`, message: 'expected a "value" (null for no data yet) or a "series", got neither' });
    }
  });
  return found;
}

/** Bands must be ordered, non-overlapping ranges, each with from < to. */
function bandDiagnostics(bands: readonly BandInput[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  bands.forEach((band, index) => {
    if (band.from !== undefined && band.to !== undefined && !(band.from < band.to)) {
      found.push({ path: `/bands/${index}/to`, message: `expected a number above "from" (${band.from}), got ${band.to}` });
    }
    if (index > 0 && band.from === undefined) {
      found.push({ path: `/bands/${index}/from`, message: 'expected a number (only the first band may be open below), it is missing' });
    }
    if (index < bands.length - 1 && band.to === undefined) {
      found.push({ path: `/bands/${index}/to`, message: 'expected a number (only the last band may be open above), it is missing' });
    }
    const previous = bands[index - 1];
    if (previous?.to !== undefined && band.from !== undefined && band.from < previous.to) {
      found.push({
        path: `/bands/${index}/from`,
        message: `expected bands in ascending order without overlap (≥ ${previous.to}), got ${band.from}`,
      });
    }
  });
  return found;
}

/** Threshold edges must nest: deviation outside tolerance outside acceptance, on each side. */
function thresholdDiagnostics(thresholds: NonNullable<KpiDocument['thresholds']>): Diagnostic[] {
  const found: Diagnostic[] = [];
  const order = ['deviation', 'tolerance', 'acceptance'] as const;
  for (const side of ['low', 'high'] as const) {
    let outer: { name: string; edge: number } | undefined;
    for (const name of order) {
      const edge = thresholds[name]?.[side];
      if (edge === undefined) continue;
      const nested = outer === undefined || (side === 'low' ? edge >= outer.edge : edge <= outer.edge);
      if (!nested) {
        const relation = side === 'low' ? '≥' : '≤';
        found.push({
          path: `/thresholds/${name}/${side}`,
          message: `expected a number ${relation} ${outer!.name}.${side} (${outer!.edge}), got ${edge}`,
        });
      }
      outer = { name, edge };
    }
  }
  return found;
}
