/**
 * The only judge of what a valid KPI document is. Never throws: it returns
 * either the normalised KPI or diagnostics, each with the JSON Pointer of the
 * bad field, what was expected and what was found.
 */
import * as v from 'valibot';
import { KpiDocumentSchema, type BandInput, type KpiDocument } from './document.js';
import { toKpi, type Kpi } from './model.js';
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
  let parsed: v.SafeParseResult<typeof KpiDocumentSchema>;
  try {
    parsed = v.safeParse(KpiDocumentSchema, input, { message: defaultMessage });
  } catch (cause) {
    // Getters that throw or exotic objects must still end in a diagnostic, never an exception.
    return { ok: false, diagnostics: [{ path: '', message: `could not be read (${String(cause)})` }] };
  }
  if (!parsed.success) return { ok: false, diagnostics: dedupe(parsed.issues.flatMap(toDiagnostics)) };
  const document = parsed.output as KpiDocument;
  const diagnostics = crossFieldDiagnostics(document);
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, kpi: toKpi(document), document };
}

function defaultMessage(issue: v.BaseIssue<unknown>): string {
  return `expected ${issue.expected ?? issue.type}`;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return toPointer((issue.path ?? []).map((item) => item.key as string | number));
}

/** Union issues carry the issues of each branch; the deepest ones point at the real culprit. */
function toDiagnostics(issue: v.BaseIssue<unknown>): Diagnostic[] {
  const depth = issue.path?.length ?? 0;
  const nested = (issue.issues ?? []).filter((sub) => (sub.path?.length ?? 0) > depth);
  if (issue.type === 'union' && nested.length > 0) {
    const deepest = Math.max(...nested.map((sub) => sub.path?.length ?? 0));
    return nested.filter((sub) => (sub.path?.length ?? 0) === deepest).flatMap(toDiagnostics);
  }
  const found = issue.input === undefined ? 'it is missing' : `got ${issue.received}`;
  return [{ path: pathOf(issue), message: `${issue.message}, ${found}` }];
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
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
  doc.guardrails?.forEach((g, index) => {
    if ((g.value === undefined || g.value === null) && g.series === undefined) {
      found.push({ path: `/guardrails/${index}`, message: 'expected a "value" or a "series", got neither' });
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
