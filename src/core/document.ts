/**
 * The KPI document: the JSON a source delivers for one KPI.
 *
 * This valibot schema is the single source of truth. The TypeScript type
 * (`KpiDocument`), the runtime validator (`validate.ts`) and the published
 * JSON Schema (`dist/kpi-document.schema.json`, written by
 * `scripts/write-json-schema.ts`) all come from it.
 */
import * as v from 'valibot';
import { schemaMessage as m } from '../i18n/diagnostic-words.js';
import { ISO_8601_DATE, ISO_8601_DURATION } from './iso.js';
import { isIsoTimestamp, MAX_EPOCH_MS } from './point-rules.js';
import { CADENCES, DIRECTIONS, KINDS, STATUSES } from './vocabulary.js';

export { ISO_8601_DURATION };

/*
 * The point rules are plain predicates (point-rules.ts). The schema below is built from them, and
 * validate.ts runs them in a tight loop over long series first (valibot costs about a microsecond a
 * point), so the two can never disagree.
 */
export { isEpochMs, isIsoTimestamp, isPointValue, isTimestamp } from './point-rules.js';

const finiteNumber = v.pipe(v.number(m('diagnostic.expected.number')), v.finite(m('diagnostic.expected.finiteNumber')));
const text = v.pipe(v.string(m('diagnostic.expected.string')), v.nonEmpty(m('diagnostic.expected.nonEmptyString')));
const isoDate = v.pipe(
  v.string(m('diagnostic.expected.isoDateString', { example: '"2026-09-30"' })),
  v.regex(ISO_8601_DATE, m('diagnostic.expected.isoDate', { example: '"2026-09-30"' })),
  v.check((text: string) => isIsoTimestamp(text), m('diagnostic.expected.realDate')),
);
const epochRange = m('diagnostic.expected.epochRange', { limit: '±8.64e15' });
const epochMs = v.pipe(finiteNumber, v.minValue(-MAX_EPOCH_MS, epochRange), v.maxValue(MAX_EPOCH_MS, epochRange));
/** A point in time: an ISO 8601 string, or milliseconds since the epoch. */
const timestamp = v.union([isoDate, epochMs], m('diagnostic.expected.timestamp'));

export { CADENCES, DIRECTIONS, KINDS, STATUSES };

/** `expected "a", "b" or "c"`, from the words themselves. */
const oneOf = (words: readonly string[]): string => m('diagnostic.expected.oneOf', { options: words.map((word) => `"${word}"`) });

const direction = v.picklist(DIRECTIONS, oneOf(DIRECTIONS));
const status = v.picklist(STATUSES, oneOf(STATUSES));

const point = v.object({ t: timestamp, v: v.nullable(finiteNumber) });
/** Records `[{t, v}]` or columns `{t: [], v: []}`; `v: null` is a gap, not zero. */
const series = v.union(
  [v.array(point), v.object({ t: v.array(timestamp), v: v.array(v.nullable(finiteNumber)) })],
  m('diagnostic.expected.series', { points: '{t, v}', columns: '{t: [...], v: [...]}' }),
);

/** Intl.NumberFormat options the document may set. */
const format = v.object({
  style: v.optional(v.picklist(['decimal', 'percent', 'currency', 'unit'])),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, m('diagnostic.expected.currency', { example: '"EUR"' })))),
  unit: v.optional(text),
  unitDisplay: v.optional(v.picklist(['short', 'long', 'narrow'])),
  notation: v.optional(v.picklist(['standard', 'compact'])),
  minimumFractionDigits: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20))),
  maximumFractionDigits: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20))),
});

const band = v.object({
  /** Inclusive lower bound; omit for "everything below `to`". */
  from: v.optional(finiteNumber),
  /** Exclusive upper bound; omit for "everything from `from` up". */
  to: v.optional(finiteNumber),
  status,
  /** Qualitative name shown to people, e.g. "satisfactory". Defaults to the status word. */
  label: v.optional(text),
});

const range = v.object({ low: v.optional(finiteNumber), high: v.optional(finiteNumber) });

/**
 * SAP-style criticality thresholds. Inside `acceptance` or `tolerance` is good,
 * inside `deviation` is a warning, beyond it is critical. Only the side that
 * matters for the direction is needed (`low` for increase, `high` for decrease).
 */
const thresholds = v.object({
  acceptance: v.optional(range),
  tolerance: v.optional(range),
  deviation: v.optional(range),
});

const comparison = v.variant('type', [
  v.object({ type: v.literal('previous'), label: v.optional(text) }),
  v.object({
    type: v.literal('periods-ago'),
    periods: v.pipe(v.number(), v.integer(), v.minValue(1, m('diagnostic.expected.periods'))),
    label: v.optional(text),
  }),
  v.object({ type: v.literal('reference'), value: finiteNumber, label: v.optional(text) }),
]);

const guardrail = v.object({
  id: v.optional(text),
  label: text,
  value: v.optional(v.nullable(finiteNumber)),
  series: v.optional(series),
  /** `increase`: the limit is a floor; `decrease`: the limit is a ceiling. */
  direction: v.picklist(['increase', 'decrease'], m('diagnostic.expected.guardrailDirection', { increase: '"increase"', decrease: '"decrease"' })),
  limit: finiteNumber,
  format: v.optional(format),
  unit: v.optional(text),
});

const annotation = v.object({ t: timestamp, label: text, kind: v.optional(text) });

export const KpiDocumentSchema = v.object({
  id: text,
  label: text,
  description: v.optional(v.string()),
  /** The objective this KPI serves. */
  goal: v.optional(text),
  owner: v.optional(text),
  /** A unit word appended to the formatted value when `format` has none, e.g. "tickets". */
  unit: v.optional(text),
  format: v.optional(format),
  /** BCP 47 locale for formatting; the element's `locale` attribute or nearest `lang` wins over it. */
  locale: v.optional(text),
  direction: v.optional(direction, 'increase'),
  value: v.optional(v.nullable(finiteNumber)),
  series: v.optional(series),
  baseline: v.optional(v.object({ value: finiteNumber, at: v.optional(timestamp) })),
  target: v.optional(v.object({ value: finiteNumber, by: v.optional(timestamp) })),
  /** Targets that vary by period (e.g. monthly budgets); each applies from its `t`. */
  targets: v.optional(series),
  bands: v.optional(v.pipe(v.array(band), v.minLength(2, m('diagnostic.expected.bandCount')), v.maxLength(5, m('diagnostic.expected.bandCount')))),
  thresholds: v.optional(thresholds),
  comparison: v.optional(comparison),
  /** Changes smaller than this (absolute, in the KPI's unit) read as flat. */
  minimumChange: v.optional(v.pipe(finiteNumber, v.minValue(0, m('diagnostic.expected.nonNegative')))),
  guardrails: v.optional(v.array(guardrail)),
  cadence: v.optional(v.picklist(CADENCES, oneOf(CADENCES))),
  asOf: v.optional(timestamp),
  /**
   * ISO 8601 duration after which the data is stale, e.g. "P2D" or "P1M". Measured from `asOf`, or from the
   * end of the last point's period; whole years and months are added in the UTC calendar; defaults to one
   * cadence period.
   */
  maxAge: v.optional(v.pipe(v.string(), v.regex(ISO_8601_DURATION, m('diagnostic.expected.duration', { examples: ['"P2D"', '"PT36H"', '"P1M"'] })))),
  kind: v.optional(v.picklist(KINDS, oneOf(KINDS))),
  annotations: v.optional(v.array(annotation)),
});

/** A KPI document as written in JSON. */
export type KpiDocument = v.InferInput<typeof KpiDocumentSchema>;
export type KpiDirection = (typeof DIRECTIONS)[number];
export type KpiStatus = (typeof STATUSES)[number];
export type KpiCadence = (typeof CADENCES)[number];
export type KpiKind = (typeof KINDS)[number];
export type Timestamp = string | number;
export type SeriesInput = v.InferInput<typeof series>;
export type BandInput = v.InferInput<typeof band>;
export type ThresholdsInput = v.InferInput<typeof thresholds>;
export type ComparisonInput = v.InferInput<typeof comparison>;
export type GuardrailInput = v.InferInput<typeof guardrail>;
export type NumberFormatInput = v.InferInput<typeof format>;
