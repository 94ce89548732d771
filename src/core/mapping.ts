/**
 * Maps arbitrary JSON onto a KPI document: JSON Pointers for the value, the
 * series and the document itself, keys for records, or a `transform`
 * function for anything else. It also maps a document path back to the
 * source JSON, so a validation error names the field the author wrote.
 */
import type { NumberFormatInput } from './document.js';
import { escapeToken, isRecord, resolvePointer } from './pointer.js';
import { messageWords } from '../i18n/index.js';
import '../i18n/view-words.js';
import { withWords, type Words } from '../i18n/words.js';

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
  /**
   * Overrides the document's number format with a short preset: `percent`,
   * `decimal`, `compact`, `currency:EUR` or `unit:hour` (any Intl unit).
   */
  readonly format?: string | undefined;
  /** Overrides the document's label. */
  readonly label?: string | undefined;
  /** Used as the KPI id when the document has none. */
  readonly fallbackId?: string | undefined;
  /** Reshapes the JSON before pointers apply. */
  readonly transform?: ((json: unknown) => unknown) | undefined;
}

/** The record keys (or column names) of a point's time and value when the mapping names none. */
export const DEFAULT_TIME_KEY = 't';
export const DEFAULT_VALUE_KEY = 'v';

export type MappingResult =
  | { readonly ok: true; readonly document: unknown; readonly sourcePath: (documentPath: string) => string }
  | { readonly ok: false; readonly message: string; readonly words: Words };

/** A pointer that found nothing, for the page's author. */
const notFound = (attribute: string, pointer: string | undefined, missingAt: string): MappingResult => ({
  ok: false,
  ...withWords(messageWords('mapping.notFound', { attribute, pointer: `"${pointer ?? ''}"`, missingAt })),
});

export function mapToDocument(json: unknown, options: MappingOptions): MappingResult {
  let source = json;
  if (options.transform) {
    try {
      source = options.transform(json);
    } catch (cause) {
      return { ok: false, ...withWords(messageWords('mapping.transformThrew', { reason: cause instanceof Error ? cause.message : String(cause) })) };
    }
  }
  const { kpiPointer, valuePointer, seriesPointer } = options;
  // An empty pointer is the whole document (RFC 6901), so only an absent one means "not mapped".
  const hasValue = given(valuePointer);
  const hasSeries = given(seriesPointer);
  const timeKey = options.timeKey || DEFAULT_TIME_KEY;
  const valueKey = options.valueKey || DEFAULT_VALUE_KEY;
  const prefixes = new Map<string, string>();

  let base: unknown;
  if (given(kpiPointer)) {
    const found = resolvePointer(source, kpiPointer);
    if (!found.found) return notFound('kpi-pointer', kpiPointer, found.missingAt);
    base = found.value;
    prefixes.set('', kpiPointer);
  } else {
    base = hasValue || hasSeries ? {} : source;
  }
  let format: NumberFormatInput | undefined;
  if (options.format) {
    format = parseFormatPreset(options.format);
    if (!format) {
      return {
        ok: false,
        ...withWords(
          messageWords('mapping.badFormat', {
            format: `"${options.format}"`,
            formats: ['percent', 'decimal', 'compact', 'currency:XXX', 'unit:NAME'],
          }),
        ),
      };
    }
  }
  if (!(hasValue || hasSeries || options.label || options.fallbackId || format)) {
    return { ok: true, document: base, sourcePath: (path) => (prefixes.get('') ?? '') + path };
  }
  const document: Record<string, unknown> = isRecord(base) ? { ...base } : {};
  if (!isRecord(base) && base !== undefined && !(hasValue || hasSeries)) {
    // Not an object and nothing to build one from: let validation say so about the original.
    return { ok: true, document: base, sourcePath: (path) => (prefixes.get('') ?? '') + path };
  }
  if (options.label) document['label'] = options.label;
  if (format) document['format'] = format;
  if (document['id'] === undefined) {
    // Pointers plus a label are enough: the id falls back to the element's id, then to the label as a slug.
    const id = options.fallbackId || slug(typeof document['label'] === 'string' ? document['label'] : '');
    if (id) document['id'] = id;
  }

  if (hasValue) {
    const found = resolvePointer(source, valuePointer);
    if (!found.found) return notFound('value-pointer', valuePointer, found.missingAt);
    document['value'] = found.value;
    prefixes.set('/value', valuePointer);
  }
  if (hasSeries) {
    const found = resolvePointer(source, seriesPointer);
    if (!found.found) return notFound('series-pointer', seriesPointer, found.missingAt);
    const raw = found.value;
    if (Array.isArray(raw)) {
      document['series'] = raw.map((record: unknown) => (isRecord(record) ? { t: record[timeKey], v: record[valueKey] } : record));
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

/** Set, even to `""` (the whole document); an attribute removed leaves `null`. */
const given = (pointer: string | null | undefined): pointer is string => pointer != null;

/** Reads a `format` attribute preset into Intl.NumberFormat options, or undefined when it is not one. */
export function parseFormatPreset(preset: string): NumberFormatInput | undefined {
  const [kind, argument] = preset.trim().split(':') as [string, string | undefined];
  if (kind === 'percent' && !argument) return { style: 'percent', maximumFractionDigits: 1 };
  if (kind === 'decimal' && !argument) return { style: 'decimal' };
  if (kind === 'compact' && !argument) return { notation: 'compact' };
  if (kind === 'currency' && argument && /^[A-Z]{3}$/.test(argument)) return { style: 'currency', currency: argument };
  if (kind === 'unit' && argument && /^[a-z-]+$/.test(argument)) return { style: 'unit', unit: argument };
  return undefined;
}

/** "7-day retention (EU)" → "7-day-retention-eu". */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
