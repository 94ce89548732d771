import { describe, expect, it } from 'vitest';
import { csvTableOf } from '../../src/data/csv-table.js';
import { parseCsvText } from '../../src/data/csv-text.js';
import { englishText, type Words } from '../../src/i18n/words.js';

const english = (words: Words | undefined): string | undefined => words && englishText(words);

const parsed = (text: string) => {
  const result = parseCsvText(text, 'rates.csv');
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('parseCsvText', () => {
  it('reads records keyed by the header, numbers as numbers, empty cells as gaps', () => {
    expect(parsed('date,rate,note\n2026-11-20,0.4,ok\n2026-11-21,,"late, revised"\n2026-11-22,-1e-3,\n')).toEqual([
      { date: '2026-11-20', rate: 0.4, note: 'ok' },
      { date: '2026-11-21', rate: null, note: 'late, revised' },
      { date: '2026-11-22', rate: -0.001, note: null },
    ]);
  });

  it.each([
    ['1,234', '1,234'],
    ['12%', '12%'],
    [' 7 ', 7],
    ['.5', 0.5],
    ['+3', 3],
    ['0x10', '0x10'],
  ])('reads the cell %j as %j', (cell, value) => {
    expect(parsed(`v\n"${cell}"\n`)[0]?.['v']).toBe(value);
  });

  it('drops a byte-order mark and skips blank lines, CRLF line ends included', () => {
    expect(parsed('\uFEFFt,v\r\n2026-11-20,1\r\n\r\n2026-11-21,2\r\n')).toEqual([
      { t: '2026-11-20', v: 1 },
      { t: '2026-11-21', v: 2 },
    ]);
  });

  it('places a record by its line, counting the line breaks inside quoted fields', () => {
    // Line 1 header; line 2 a record; lines 3–4 one record whose note spans two lines; blank line 5; line 6.
    const records = parsed('t,v,note\n2026-11-20,1,a\n2026-11-21,2,"two\nlines"\n\n2026-11-22,x,c\n');
    const table = csvTableOf(records);
    expect(table?.columns).toEqual(['t', 'v', 'note']);
    expect(english(table?.place('/0/v'))).toBe('line 2, column 2 (v)');
    expect(english(table?.place('/1/note'))).toBe('line 3, column 3 (note)');
    expect(english(table?.place('/2/v'))).toBe('line 6, column 2 (v)');
    expect(english(table?.place('/2'))).toBe('line 6');
    expect(english(table?.place('/2/value'))).toBe('line 6, column value (not in the header: t, v, note)');
    expect(table?.place('/9/v')).toBeUndefined();
    expect(table?.place('')).toBeUndefined();
  });

  it('marks nothing but CSV: JSON arrays have no table', () => {
    expect(csvTableOf([{ t: 1, v: 2 }])).toBeUndefined();
    expect(csvTableOf({ rows: [] })).toBeUndefined();
  });

  it.each([
    ['an empty body', '  \n', 'rates.csv is empty, not CSV'],
    ['a row with a field too many', 't,v\n1,2\n3,4,5\n', "rates.csv is not valid CSV: line 3, column 3: a field beyond the header's 2 columns (t, v)"],
    ['a row with a field too few', 't,v,note\n1,2,a\n3\n', "rates.csv is not valid CSV: line 3 has 1 of the header's 3 columns: v, note missing"],
    ['a quoted field never closed', 't,v\n1,2\n3,"4\n5,6\n', 'rates.csv is not valid CSV: the quoted field at line 3, column 2 is never closed'],
    ['a header with an empty name', 't,,v\n1,2,3\n', 'rates.csv is not valid CSV: line 1, column 2: the header names no column there'],
    ['a header naming a column twice', 't,v,v\n1,2,3\n', 'rates.csv is not valid CSV: line 1, column 3: the header names "v" twice'],
  ])('fails plainly on %s', (_, text, message) => {
    expect(parseCsvText(text, 'rates.csv')).toMatchObject({ ok: false, message });
  });

  it('lets an escaped quote stay inside a quoted field', () => {
    expect(parsed('t,note\n1,"say ""hi"""\n')).toEqual([{ t: 1, note: 'say "hi"' }]);
  });
});

describe('CsvTable.lacks', () => {
  const table = csvTableOf(parsed('date,rate\n2026-11-20,0.4\n'));
  it.each<[Record<string, string>, string | undefined]>([
    [{ 'time-key': 'date', 'value-key': 'rate' }, undefined],
    [{ 'time-key': 'day', 'value-key': 'rate' }, 'The CSV has no column "day" (time-key): line 1 names date, rate'],
    [{ 'time-key': 't', 'value-key': 'v' }, 'The CSV has no column "t" (time-key) or "v" (value-key): line 1 names date, rate'],
  ])('names the columns the attributes ask for and the header lacks: %j', (asked, message) => {
    expect(english(table?.lacks(asked))).toBe(message);
  });
});
