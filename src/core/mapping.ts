/**
 * Maps arbitrary JSON onto a KPI document: JSON Pointers for the value, the
 * series and the document itself, keys for records, or a `transform`
 * function for anything else. It also maps a document path back to the
 * source JSON, so a validation error names the field the author wrote.
 */
import { escapeToken, resolvePointer } from './pointer.js';

export interface MappingOptions {
  /** Where the KPI document sits inside the JSON; default: the whole JSON (unless a value/series pointer is set). */
  readonly kpiPointer?: string | undefined;
  /** Where the current value sits. */
  readonly valuePointer?: string | undefined;
  /** Where the series sits: an array of records or an object of columns. */
  readonly seriesPointer?: string | undefined;
  /** Record key (or column name) of the time; default `t`. */
  readonly timeKey?: string | undefined;
  /** Record key (or column name) of the value; default `v`. */
  readonly valueKey?: string | undefined;
  /** Overrides the document's label. */
  readonly label?: string | undefined;
  /** Used as the KPI id when the document has none. */
  readonly fallbackId?: string | undefined;
  /** Reshapes the JSON before pointers apply. */
  readonly transform?: ((json: unknown) => unknown) | undefined;
}

export type MappingResult =
  | { readonly ok: true; readonly document: unknown; readonly sourcePath: (documentPath: string) => string }
  | { readonly ok: false; readonly message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function mapToDocument(json: unknown, options: MappingOptions): MappingResult {
  let source = json;
  if (options.transform) {
    try {
      source = options.transform(json);
    } catch (cause) {
      return { ok: false, message: `transform threw: ${cause instanceof Error ? cause.message : String(cause)}` };
    }
  }
  const { kpiPointer, valuePointer, seriesPointer } = options;
  const timeKey = options.timeKey || 't';
  const valueKey = options.valueKey || 'v';
  const prefixes = new Map<string, string>();

  let base: unknown;
  if (kpiPointer) {
    const found = resolvePointer(source, kpiPointer);
    if (!found.found) return { ok: false, message: `kpi-pointer "${kpiPointer}" found nothing at ${found.missingAt}` };
    base = found.value;
    prefixes.set('', kpiPointer);
  } else {
    base = valuePointer || seriesPointer ? {} : source;
  }
  if (!(valuePointer || seriesPointer || options.label || options.fallbackId)) {
    return { ok: true, document: base, sourcePath: (path) => (prefixes.get('') ?? '') + path };
  }
  const document: Record<string, unknown> = isRecord(base) ? { ...base } : {};
  if (!isRecord(base) && base !== undefined && !(valuePointer || seriesPointer)) {
    // Not an object and nothing to build one from: let validation say so about the original.
    return { ok: true, document: base, sourcePath: (path) => (prefixes.get('') ?? '') + path };
  }
  if (options.label) document['label'] = options.label;
  if (document['id'] === undefined && options.fallbackId) document['id'] = options.fallbackId;

  if (valuePointer) {
    const found = resolvePointer(source, valuePointer);
    if (!found.found) return { ok: false, message: `value-pointer "${valuePointer}" found nothing at ${found.missingAt}` };
    document['value'] = found.value;
    prefixes.set('/value', valuePointer);
  }
  if (seriesPointer) {
    const found = resolvePointer(source, seriesPointer);
    if (!found.found) return { ok: false, message: `series-pointer "${seriesPointer}" found nothing at ${found.missingAt}` };
    const raw = found.value;
    if (Array.isArray(raw)) {
      document['series'] = raw.map((record: unknown) =>
        isRecord(record) ? { t: record[timeKey], v: record[valueKey] } : record,
      );
      prefixes.set('/series', seriesPointer);
    } else if (isRecord(raw)) {
      document['series'] = { t: raw[timeKey], v: raw[valueKey] };
      prefixes.set('/series/t', `${seriesPointer}/${escapeToken(timeKey)}`);
      prefixes.set('/series/v', `${seriesPointer}/${escapeToken(valueKey)}`);
    } else {
      document['series'] = raw;
      prefixes.set('/series', seriesPointer);
    }
  }

  const recordKeys: Record<string, string> = { t: timeKey, v: valueKey };
  return {
    ok: true,
    document,
    sourcePath(path) {
      // Longest mapped prefix wins: /series/3/v → <series-pointer>/3/<value-key>.
      const match = [...prefixes.keys()]
        .filter((prefix) => prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`)))
        .sort((a, b) => b.length - a.length)[0];
      if (match === undefined) return (prefixes.get('') ?? '') + path;
      let rest = path.slice(match.length);
      if (match === '/series') {
        rest = rest.replace(/^\/(\d+)\/([tv])$/, (_, index: string, key: string) => `/${index}/${escapeToken(recordKeys[key] as string)}`);
      }
      return (prefixes.get(match) as string) + rest;
    },
  };
}
