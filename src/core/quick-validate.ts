/**
 * The fast path of `validateKpiDocument`: the schema of document.ts restated
 * as plain structural checks, without valibot or any diagnostic wording, so an
 * element can accept a valid document and load the full validator only to
 * explain a failure. It answers the same `{ ok: true, kpi, document }` as
 * `validateKpiDocument` for a document it accepts, and `undefined` for
 * anything else: `undefined` means "ask the full validator", never "invalid".
 *
 * Each check mirrors valibot's own semantics: keys are looked up with `in`
 * (inherited ones too), known keys are copied in schema order and unknown ones
 * dropped, an optional key that is present but `undefined` is kept, and each
 * value is read once, so what is checked is what is returned.
 * test/unit/quick-validate.property.test.ts keeps the two paths agreeing.
 */
import type { KpiDocument } from './document.js';
import { ISO_8601_DURATION } from './iso.js';
import type { Kpi } from './model.js';
import { crossFieldOk, isTimestamp, setAsideBulkSeries, validated, withBulkSeries } from './normalise-document.js';

/** What a check returns for input the schema refuses; anything else is the checked copy. */
export const NO: unique symbol = Symbol('no');

/** A check: the valibot output for input the schema accepts, else `NO`. `o` marks an optional key, `d` its default. */
export interface Check {
  (input: unknown): unknown;
  o?: true;
  d?: unknown;
}

/** A leaf check that passes the value through unchanged, as valibot does for primitives. */
export const when =
  (test: (input: unknown) => boolean): Check =>
  (input) =>
    test(input) ? input : NO;

export const string = when((x) => typeof x === 'string');
/** `text` in the schema: a non-empty string. */
export const text = when((x) => typeof x === 'string' && x !== '');
const finite = when(Number.isFinite);
const timestamp = when(isTimestamp);
const integerIn = (min: number, max: number): Check => when((x) => Number.isInteger(x) && (x as number) >= min && (x as number) <= max);

export const oneOf = (options: readonly unknown[]): Check => when((x) => options.includes(x));

const nullable =
  (check: Check): Check =>
  (input) =>
    input === null ? null : check(input);

export const optional = (check: Check, fallback?: unknown): Check =>
  Object.assign((input: unknown) => (input === undefined ? fallback : check(input)), { o: true as const, d: fallback });

/** valibot's `array`: a real array, each item checked and copied; `min`/`max` are its length pipe. */
export const array =
  (item: Check, min = 0, max = Infinity): Check =>
  (input) => {
    if (!Array.isArray(input) || input.length < min || input.length > max) return NO;
    const out: unknown[] = [];
    for (let i = 0; i < input.length; i++) {
      const value = item(input[i]);
      if (value === NO) return NO;
      out.push(value);
    }
    return out;
  };

/** valibot's `object`: any non-null object (arrays too), its known keys checked and copied in schema order. */
export const object =
  (entries: Record<string, Check>): Check =>
  (input) => {
    if (typeof input !== 'object' || input === null) return NO;
    const out: Record<string, unknown> = {};
    for (const key in entries) {
      const check = entries[key] as Check;
      if (key in input) {
        const value = check((input as Record<string, unknown>)[key]);
        if (value === NO) return NO;
        out[key] = value;
      } else if (!check.o) return NO;
      else if (check.d !== undefined) out[key] = check.d;
    }
    return out;
  };

/** valibot's `union` (and `variant`, whose literal keys never overlap): the first option that accepts. */
const union =
  (...options: Check[]): Check =>
  (input) => {
    for (const option of options) {
      const value = option(input);
      if (value !== NO) return value;
    }
    return NO;
  };

// The schema of document.ts, field for field and in its order.
const optionalText = optional(text);
const optionalFinite = optional(finite);
const series = union(array(object({ t: timestamp, v: nullable(finite) })), object({ t: array(timestamp), v: array(nullable(finite)) }));
const format = object({
  style: optional(oneOf(['decimal', 'percent', 'currency', 'unit'])),
  currency: optional(when((x) => typeof x === 'string' && /^[A-Z]{3}$/.test(x))),
  unit: optionalText,
  unitDisplay: optional(oneOf(['short', 'long', 'narrow'])),
  notation: optional(oneOf(['standard', 'compact'])),
  minimumFractionDigits: optional(integerIn(0, 20)),
  maximumFractionDigits: optional(integerIn(0, 20)),
});
const band = object({ from: optionalFinite, to: optionalFinite, status: oneOf(['good', 'warning', 'critical', 'neutral']), label: optionalText });
const range = optional(object({ low: optionalFinite, high: optionalFinite }));
const comparison = union(
  object({ type: oneOf(['previous']), label: optionalText }),
  object({ type: oneOf(['periods-ago']), periods: integerIn(1, Infinity), label: optionalText }),
  object({ type: oneOf(['reference']), value: finite, label: optionalText }),
);
const guardrail = object({
  id: optionalText,
  label: text,
  value: optional(nullable(finite)),
  series: optional(series),
  direction: oneOf(['increase', 'decrease']),
  limit: finite,
  format: optional(format),
  unit: optionalText,
});
const annotation = object({ t: timestamp, label: text, kind: optionalText });

const kpiDocument = object({
  id: text,
  label: text,
  description: optional(string),
  goal: optionalText,
  owner: optionalText,
  unit: optionalText,
  format: optional(format),
  locale: optionalText,
  direction: optional(oneOf(['increase', 'decrease', 'target']), 'increase'),
  value: optional(nullable(finite)),
  series: optional(series),
  baseline: optional(object({ value: finite, at: optional(timestamp) })),
  target: optional(object({ value: finite, by: optional(timestamp) })),
  targets: optional(series),
  bands: optional(array(band, 2, 5)),
  thresholds: optional(object({ acceptance: range, tolerance: range, deviation: range })),
  comparison: optional(comparison),
  minimumChange: optional(when((x) => Number.isFinite(x) && (x as number) >= 0)),
  guardrails: optional(array(guardrail)),
  cadence: optional(oneOf(['daily', 'weekly', 'monthly', 'quarterly'])),
  asOf: optional(timestamp),
  maxAge: optional(when((x) => typeof x === 'string' && ISO_8601_DURATION.test(x))),
  kind: optional(oneOf(['leading', 'lagging'])),
  annotations: optional(array(annotation)),
});

/**
 * The normalised KPI of a document that is certainly valid, exactly as
 * `validateKpiDocument` returns it; `undefined` when it may not be (then ask
 * `validateKpiDocument`, which says why). Never throws.
 */
export function quickValidateKpiDocument(input: unknown): { readonly ok: true; readonly kpi: Kpi; readonly document: KpiDocument } | undefined {
  try {
    // validate.ts refuses arrays before its schema runs.
    if (Array.isArray(input)) return undefined;
    // The same set-aside as validate.ts, so a long series is read, copied and sorted the same way.
    const bulk = setAsideBulkSeries(input);
    const parsed = kpiDocument(bulk?.rest ?? input);
    if (parsed === NO) return undefined;
    const document = withBulkSeries(parsed as KpiDocument, bulk);
    return crossFieldOk(document) ? validated(document, bulk) : undefined;
  } catch {
    // A getter or proxy that throws: the full validator turns it into a diagnostic.
    return undefined;
  }
}
