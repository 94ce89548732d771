/**
 * The rules that span a KPI document's fields, which the schema alone cannot state, as worded
 * diagnostics. Loaded with the full validator only: the fast path asks `crossFieldOk`
 * (normalise-document.ts), the same rules without their words.
 */
import { diagnosticWords } from '../i18n/diagnostic-words.js';
import { diagnosticAt, type Diagnostic } from './diagnostic.js';
import type { BandInput, KpiDocument } from './document.js';

/** Rules that span fields, which the schema alone cannot state. */
export function crossFieldDiagnostics(doc: KpiDocument): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (doc.value === undefined && doc.series === undefined) found.push(diagnosticAt('', diagnosticWords('diagnostic.valueOrSeries')));
  for (const [name, series] of [
    ['series', doc.series],
    ['targets', doc.targets],
  ] as const) {
    if (series && !Array.isArray(series) && series.t.length !== series.v.length) {
      const lengths = { times: String(series.t.length), values: String(series.v.length) };
      found.push(diagnosticAt(`/${name}/v`, diagnosticWords('diagnostic.columnLengths', lengths)));
    }
  }
  if (doc.direction === 'target' && doc.target === undefined && doc.targets === undefined) {
    found.push(diagnosticAt('/target', diagnosticWords('diagnostic.targetMissing')));
  }
  if (doc.bands) found.push(...bandDiagnostics(doc.bands));
  if (doc.thresholds) found.push(...thresholdDiagnostics(doc.thresholds));
  doc.guardrails?.forEach((g, index) => {
    // `value: null` is allowed by the schema and means "no data yet" (shown as such); leaving both out is a mistake.
    if (g.value === undefined && g.series === undefined) found.push(diagnosticAt(`/guardrails/${index}`, diagnosticWords('diagnostic.guardrailValue')));
  });
  return found;
}

/** Bands must be ordered, non-overlapping ranges, each with from < to. */
function bandDiagnostics(bands: readonly BandInput[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  bands.forEach((band, index) => {
    if (band.from !== undefined && band.to !== undefined && !(band.from < band.to)) {
      found.push(diagnosticAt(`/bands/${index}/to`, diagnosticWords('diagnostic.bandAboveFrom', { from: String(band.from), to: String(band.to) })));
    }
    if (index > 0 && band.from === undefined) found.push(diagnosticAt(`/bands/${index}/from`, diagnosticWords('diagnostic.bandOpenBelow')));
    if (index < bands.length - 1 && band.to === undefined) found.push(diagnosticAt(`/bands/${index}/to`, diagnosticWords('diagnostic.bandOpenAbove')));
    const previous = bands[index - 1];
    if (previous?.to !== undefined && band.from !== undefined && band.from < previous.to) {
      found.push(diagnosticAt(`/bands/${index}/from`, diagnosticWords('diagnostic.bandOrder', { previous: String(previous.to), from: String(band.from) })));
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
      if (outer !== undefined && !(side === 'low' ? edge >= outer.edge : edge <= outer.edge)) {
        const values = { outer: `${outer.name}.${side}`, edge: String(outer.edge), value: String(edge) };
        found.push(
          diagnosticAt(`/thresholds/${name}/${side}`, diagnosticWords(side === 'low' ? 'diagnostic.thresholdLow' : 'diagnostic.thresholdHigh', values)),
        );
      }
      outer = { name, edge };
    }
  }
  return found;
}
