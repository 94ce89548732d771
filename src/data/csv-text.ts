/**
 * CSV text → records, with failures that name the line and the column. Loaded on first use (by
 * fetch-json.ts, for a `text/csv` answer or a URL path ending in `.csv`), with d3-dsv doing the parsing.
 *
 * Each record has the header's column names as keys. A cell that reads as a number becomes a
 * number and an empty cell `null` (a gap), others stay text, so `time-key` and `value-key` map a
 * CSV's columns as they map a JSON array's keys, and validation judges the cells as it judges JSON.
 * The records carry, under a registered symbol (not a JSON key, so no JSON can fake it), the line of each
 * record, so that an error names "line 5, column 2 (rate)" rather than a JSON Pointer.
 */
import { csvParseRows } from 'd3-dsv';
import type { CsvTable } from './csv-table.js';
import { authorWords } from '../i18n/author.js';
import { withWords, type Words } from '../i18n/words.js';

export type CsvTextResult =
  { readonly ok: true; readonly value: Record<string, unknown>[] } | { readonly ok: false; readonly message: string; readonly words: Words };

/** A number as CSV exports write it: `12`, `-0.5`, `.5`, `1e6` (no thousands separators, which stay text). */
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

const cell = (text: string | undefined): unknown => {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return null;
  return NUMBER.test(trimmed) ? Number(trimmed) : text;
};

/** `subject` names the CSV in messages, e.g. its URL. */
export function parseCsvText(text: string, subject: string): CsvTextResult {
  const fail = (detail: Words): CsvTextResult => ({ ok: false, ...withWords(authorWords('csv.invalid', { subject, detail })) });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte-order mark, as spreadsheet exports write it
  if (body.trim() === '') return { ok: false, ...withWords(authorWords('csv.empty', { subject })) };
  const open = unclosedQuote(body);
  if (open) return fail(authorWords('csv.unclosedQuote', { line: String(open.line), column: String(open.column) }));

  const [header = [], ...rows] = csvParseRows(body);
  const columns = header.map((name) => name.trim());
  const blank = columns.indexOf('');
  if (blank >= 0) return fail(authorWords('csv.blankHeader', { column: String(blank + 1) }));
  const twice = columns.findIndex((name, i) => columns.indexOf(name) !== i);
  if (twice >= 0) return fail(authorWords('csv.repeatedHeader', { column: String(twice + 1), name: `"${columns[twice]}"` }));

  const records: Record<string, unknown>[] = [];
  const lines: number[] = [];
  // A row spans one line plus the line breaks inside its quoted fields; the header is line 1.
  let line = 2 + newlines(header);
  for (const row of rows) {
    const at = line;
    line += 1 + newlines(row);
    if (row.length === 1 && row[0]?.trim() === '') continue; // a blank line
    if (row.length > columns.length) {
      const place = { line: String(at), column: String(columns.length + 1) };
      return fail(authorWords('csv.extraField', { ...place, count: columns.length, columns: columns.join(', ') }));
    }
    if (row.length < columns.length) {
      const missing = columns.slice(row.length).join(', ');
      return fail(authorWords('csv.missingFields', { line: String(at), found: String(row.length), count: columns.length, missing }));
    }
    records.push(Object.fromEntries(columns.map((name, i) => [name, cell(row[i])])));
    lines.push(at);
  }
  const table: CsvTable = {
    columns,
    place: (pointer) => csvPlace(columns, lines, pointer),
    lacks(columnsByAttribute) {
      const absent = Object.entries(columnsByAttribute).filter(([, name]) => !columns.includes(name));
      if (absent.length === 0) return undefined;
      return authorWords('csv.noColumn', { wanted: absent.map(([attribute, name]) => `"${name}" (${attribute})`), columns: columns.join(', ') });
    },
  };
  // The key csv-table.ts reads; a registered symbol, so the two modules need not share one (nor a chunk).
  Object.defineProperty(records, Symbol.for('kpi-kit.csv-table'), { value: table });
  return { ok: true, value: records };
}

function newlines(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) for (const char of field) if (char === '\n') count++;
  return count;
}

/** Where a quoted field opens that never closes (d3-dsv would read the rest of the text into it). */
function unclosedQuote(text: string): { line: number; column: number } | undefined {
  let line = 1;
  let column = 1;
  let atFieldStart = true;
  let open: { line: number; column: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (open) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else open = undefined;
      } else if (char === '\n') line++;
      continue;
    }
    if (char === '"' && atFieldStart) {
      open = { line, column };
      continue;
    }
    atFieldStart = char === ',' || char === '\n' || (char === '\r' && text[i + 1] === '\n');
    if (char === ',') column++;
    if (char === '\n') {
      line++;
      column = 1;
    }
  }
  return open;
}

/** `/3/rate` → `line 5, column 2 (rate)`; a column the header lacks is named as missing from it. */
function csvPlace(columns: readonly string[], lines: readonly number[], pointer: string): Words | undefined {
  const match = /^\/(\d+)(?:\/([^/]*))?/.exec(pointer);
  const line = match && lines[Number(match[1])];
  if (!match || line === undefined) return undefined;
  const name = match[2]?.replaceAll('~1', '/').replaceAll('~0', '~');
  if (name === undefined) return authorWords('csv.placeLine', { line: String(line) });
  const column = columns.indexOf(name);
  return column < 0
    ? authorWords('csv.placeMissing', { line: String(line), name, columns: columns.join(', ') })
    : authorWords('csv.place', { line: String(line), column: String(column + 1), name });
}
