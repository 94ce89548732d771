/**
 * The validated, normalised KPI that every computation takes: times in epoch
 * ms, series columnar, defaults applied. Built only by `validate.ts`.
 */
import type { BandInput, ComparisonInput, KpiCadence, KpiDirection, KpiDocument, KpiKind, NumberFormatInput, ThresholdsInput } from './document.js';
import { toSeries, type Series } from './series.js';
import { CADENCE_MS, calendarDuration, toEpochMs, type CalendarDuration } from './time.js';

export interface Guardrail {
  readonly id: string;
  readonly label: string;
  /** The latest explicit value, or `null` when only the series carries it. */
  readonly value: number | null;
  readonly series?: Series;
  /** `increase`: `limit` is a floor. `decrease`: `limit` is a ceiling. */
  readonly direction: 'increase' | 'decrease';
  readonly limit: number;
  readonly format?: NumberFormatInput;
  readonly unit?: string;
}

export interface Annotation {
  readonly t: number;
  readonly label: string;
  readonly kind?: string;
}

export interface Kpi {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly goal?: string;
  readonly owner?: string;
  readonly unit?: string;
  readonly format?: NumberFormatInput;
  readonly locale?: string;
  readonly direction: KpiDirection;
  readonly value: number | null;
  readonly series?: Series;
  readonly baseline?: { readonly value: number; readonly at?: number };
  readonly target?: { readonly value: number; readonly by?: number };
  readonly targets?: Series;
  readonly bands?: readonly BandInput[];
  readonly thresholds?: ThresholdsInput;
  readonly comparison?: ComparisonInput;
  readonly minimumChange: number;
  readonly guardrails: readonly Guardrail[];
  readonly cadence?: KpiCadence;
  readonly asOf?: number;
  /** `maxAge` at its nominal length (a month as 30.4375 days), for wording; staleness uses `maxAge` itself. */
  readonly maxAgeMs?: number;
  /** `maxAge` as calendar months and a fixed part: P1M after 31 Jan ends on 28 Feb. */
  readonly maxAge?: CalendarDuration;
  readonly kind?: KpiKind;
  readonly annotations: readonly Annotation[];
}

/**
 * Normalises a document that already passed the schema. `series`, when given,
 * is the document's series already in columns (validation builds it while
 * checking a long one, so a million points are not walked twice).
 */
export function toKpi(doc: KpiDocument, series?: Series): Kpi {
  return {
    id: doc.id,
    label: doc.label,
    ...(doc.description !== undefined && { description: doc.description }),
    ...(doc.goal !== undefined && { goal: doc.goal }),
    ...(doc.owner !== undefined && { owner: doc.owner }),
    ...(doc.unit !== undefined && { unit: doc.unit }),
    ...(doc.format !== undefined && { format: doc.format }),
    ...(doc.locale !== undefined && { locale: doc.locale }),
    direction: doc.direction ?? 'increase',
    value: doc.value ?? null,
    ...(doc.series !== undefined && { series: series ?? toSeries(doc.series) }),
    ...(doc.baseline !== undefined && {
      baseline: {
        value: doc.baseline.value,
        ...(doc.baseline.at !== undefined && { at: toEpochMs(doc.baseline.at) }),
      },
    }),
    ...(doc.target !== undefined && {
      target: { value: doc.target.value, ...(doc.target.by !== undefined && { by: toEpochMs(doc.target.by) }) },
    }),
    ...(doc.targets !== undefined && { targets: toSeries(doc.targets) }),
    ...(doc.bands !== undefined && { bands: doc.bands }),
    ...(doc.thresholds !== undefined && { thresholds: doc.thresholds }),
    ...(doc.comparison !== undefined && { comparison: doc.comparison }),
    minimumChange: doc.minimumChange ?? 0,
    guardrails: (doc.guardrails ?? []).map((g, index) => ({
      id: g.id ?? `guardrail-${index + 1}`,
      label: g.label,
      value: g.value ?? null,
      ...(g.series !== undefined && { series: toSeries(g.series) }),
      direction: g.direction,
      limit: g.limit,
      ...(g.format !== undefined && { format: g.format }),
      ...(g.unit !== undefined && { unit: g.unit }),
    })),
    ...(doc.cadence !== undefined && { cadence: doc.cadence }),
    ...(doc.asOf !== undefined && { asOf: toEpochMs(doc.asOf) }),
    ...maxAgeOf(doc.maxAge),
    ...(doc.kind !== undefined && { kind: doc.kind }),
    annotations: (doc.annotations ?? []).map((a) => ({
      t: toEpochMs(a.t),
      label: a.label,
      ...(a.kind !== undefined && { kind: a.kind }),
    })),
  };
}

/** The document's `maxAge`, parsed once: calendar parts for staleness, a nominal length for words. */
function maxAgeOf(text: string | undefined): { maxAge?: CalendarDuration; maxAgeMs?: number } {
  const parts = text === undefined ? undefined : calendarDuration(text);
  if (!parts) return {};
  return { maxAge: parts, maxAgeMs: parts.months * CADENCE_MS.monthly + parts.ms };
}
