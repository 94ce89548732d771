/**
 * What an element showing one KPI does with JSON once it has some: maps it onto a KPI document
 * (pointers, keys, format, label, `expression`), validates it, and derives the view (status,
 * pace, delta, freshness, story). Loaded with the element's data, not before its first paint
 * (see `readingPart`): the skeleton and the error panel need none of it.
 */
import { buildKpiView } from '../core/kpi-view.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { ArrayAppend } from '../core/json-patch.js';
import { DEFAULT_TIME_KEY, DEFAULT_VALUE_KEY, mapToDocument, type MappingOptions } from '../core/mapping.js';
import type { Kpi } from '../core/model.js';
import { isPointValue, isTimestamp } from '../core/point-rules.js';
import { isRecord, resolvePointer } from '../core/pointer.js';
import { quickValidateKpiDocument } from '../core/quick-validate.js';
import { currentReading } from '../core/reading.js';
import { mayHaveSuspiciousTimes } from '../core/series.js';
import { csvTableOf } from '../data/csv-table.js';
import { invalidData } from '../data/source-failure.js';
import type { Interpretation, Interpreted } from '../data/source-types.js';
import { messageWords } from '../i18n/index.js';
import { englishText, withWords, type Words } from '../i18n/words.js';

export { buildKpiView };
export { resolveLocale } from '../core/format.js';
export { nominalDurationMs } from '../core/time.js';

type FullValidator = typeof import('../core/validate.js').validateKpiDocument;
let validatorModule: Promise<typeof import('../core/validate.js')> | undefined;
/** The full validator once loaded (or provided): later failures are explained in the same update. */
let fullValidator: FullValidator | undefined;
/** JSONata, for `expression`: loaded the first time an element has one. */
let expressionModule: Promise<typeof import('../data/expression.js')> | undefined;

/**
 * Makes the full validator available up front, for a renderer that cannot wait for code loaded on
 * demand: `kpi-kit/ssr.js` calls it, so an invalid document renders its error panel on the server too.
 */
export function provideFullValidator(validate: FullValidator): void {
  fullValidator = validate;
}

/** The validated KPI the source delivered. */
export interface LoadedKpi {
  readonly kpi: Kpi;
}

/** How an element reads its JSON: its mapping properties (see `KpiElement`), its `expression` and its id. */
export interface KpiMapping extends Omit<MappingOptions, 'fallbackId'> {
  readonly expression?: string | undefined;
  /** The element's id, the KPI's id when the JSON has none. */
  readonly id: string;
}

/** Told of times that are valid but probably wrong (see suspicious-times-scan.ts), with a function naming their places. */
export type SuspiciousTimes = (document: unknown, pathOf: (path: string) => string) => void;

/** Valid but nothing to show yet: no value and no non-gap point. */
const loadedKpi = (kpi: Kpi): Interpreted<LoadedKpi> => ({ ok: true, value: { kpi }, empty: currentReading(kpi) === undefined });

/** Maps and validates JSON into the KPI to show, or a failure naming the bad field. Never throws. */
export function interpretKpi(mapping: KpiMapping, json: unknown, suspicious: SuspiciousTimes): Interpretation<LoadedKpi> {
  const expression = mapping.expression;
  if (!expression) return interpretReshaped(mapping, json, json, suspicious);
  expressionModule ??= import('../data/expression.js');
  return expressionModule.then(async ({ evaluateExpression }) => {
    const result = await evaluateExpression(expression, json);
    return result.ok
      ? interpretReshaped(mapping, result.value, json, suspicious)
      : { ok: false, failure: { kind: 'mapping', message: result.message, words: result.words } };
  });
}

/** Maps and validates `source`: the JSON `received`, or what `expression` made of it. */
function interpretReshaped(mapping: KpiMapping, source: unknown, received: unknown, suspicious: SuspiciousTimes): Interpretation<LoadedKpi> {
  const reshapedBy = source !== received ? messageWords('source.subject.expression') : mapping.transform ? 'transform' : undefined;
  // A CSV is its rows: without pointers, they are the series.
  const table = reshapedBy ? undefined : csvTableOf(received);
  const pointed = mapping.kpiPointer != null || mapping.valuePointer != null || mapping.seriesPointer != null;
  const timeKey = mapping.timeKey || DEFAULT_TIME_KEY;
  const valueKey = mapping.valueKey || DEFAULT_VALUE_KEY;
  const absent = table && !pointed ? table.lacks({ 'time-key': timeKey, 'value-key': valueKey }) : undefined;
  if (absent) return { ok: false, failure: { kind: 'mapping', ...withWords(absent) } };
  const mapped = mapToDocument(source, {
    kpiPointer: mapping.kpiPointer,
    valuePointer: mapping.valuePointer,
    seriesPointer: table && !pointed ? '' : mapping.seriesPointer,
    timeKey,
    valueKey,
    label: mapping.label,
    format: mapping.format,
    fallbackId: mapping.id || undefined,
    transform: mapping.transform,
  });
  if (!mapped.ok) return { ok: false, failure: { kind: 'mapping', message: mapped.message, words: mapped.words } };
  // A CSV names its places by line and column, in words; JSON by the pointer.
  const placeOf = (path: string): Words | undefined => table?.place(mapped.sourcePath(path));
  const pathOf = (path: string): string => {
    const place = placeOf(path);
    return place ? englishText(place) : mapped.sourcePath(path);
  };
  const loaded = (kpi: Kpi): Interpreted<LoadedKpi> => {
    if (kpi.series && mayHaveSuspiciousTimes(kpi.series.t)) suspicious(mapped.document, pathOf);
    return loadedKpi(kpi);
  };
  // Valid documents pass a fast structural check; the validator and its diagnostics load only to explain a failure.
  const quick = quickValidateKpiDocument(mapped.document);
  if (quick) return loaded(quick.kpi);
  const explain = (validate: FullValidator): Interpreted<LoadedKpi> => {
    const result = validate(mapped.document);
    if (result.ok) return loaded(result.kpi);
    const diagnostics: Diagnostic[] = result.diagnostics.map((d) => {
      const place = placeOf(d.path);
      return place ? { ...d, path: englishText(place), place } : { ...d, path: mapped.sourcePath(d.path) };
    });
    const failure = invalidData('KPI', diagnostics);
    // After reshaping, a path names a place in the reshaped JSON, which the author may not recognise as theirs.
    if (!reshapedBy) return { ok: false, failure };
    return {
      ok: false,
      failure: { ...failure, ...withWords(messageWords('source.reshaped', { message: failure.words ?? failure.message, by: reshapedBy })) },
    };
  };
  if (fullValidator) return explain(fullValidator);
  validatorModule ??= import('../core/validate.js');
  return validatorModule.then(({ validateKpiDocument }) => explain((fullValidator = validateKpiDocument)));
}

/**
 * The points a stream appended to the KPI's series (records at its series pointer), when they can
 * be appended as they are; undefined when only a full read knows what the new JSON means.
 */
export function appendedPoints(
  mapping: KpiMapping,
  loaded: Kpi,
  json: unknown,
  appends: readonly ArrayAppend[],
): { points: { t: number | string; v: number | null }[]; dropped: number } | undefined {
  const [append, ...others] = appends;
  // A transform, several arrays changed, or a value the points do not make (read from elsewhere, or
  // explicit in the JSON with its date): only a full read knows what the new points mean.
  if (
    !append ||
    others.length > 0 ||
    mapping.transform ||
    mapping.expression ||
    mapping.valuePointer != null ||
    loaded.value !== null ||
    loaded.asOf !== undefined
  )
    return undefined;
  // "" is the whole JSON (RFC 6901), not "unset".
  const seriesPointer = mapping.seriesPointer ?? `${mapping.kpiPointer ?? ''}/series`;
  const found = append.pointer === seriesPointer ? resolvePointer(json, seriesPointer) : undefined;
  if (!found?.found || !Array.isArray(found.value)) return undefined;
  const items = found.value;
  const timeKey = mapping.timeKey || DEFAULT_TIME_KEY;
  const valueKey = mapping.valueKey || DEFAULT_VALUE_KEY;
  const points: { t: number | string; v: number | null }[] = [];
  for (const item of items.slice(items.length - Math.min(append.count, items.length))) {
    const t: unknown = isRecord(item) ? item[timeKey] : undefined;
    const v: unknown = isRecord(item) ? item[valueKey] : undefined;
    // A bad point is left to validation, which names its path.
    if (!isTimestamp(t) || !isPointValue(v)) return undefined;
    points.push({ t, v });
  }
  return { points, dropped: append.dropped };
}
