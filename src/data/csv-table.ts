/**
 * What a CSV's records carry beside their values (see csv-text.ts), read by the elements to map a
 * CSV without pointers and to name a bad cell by its line and column. Kept apart from the parser, so
 * the elements reach it without loading d3-dsv.
 */

import type { Words } from '../i18n/words.js';

/** The key of a CSV's `CsvTable` on its records array: a registered symbol, so no JSON can carry it. */
export const CSV_TABLE: unique symbol = Symbol.for('kpi-kit.csv-table');

export interface CsvTable {
  /** The header's column names, in order. */
  readonly columns: readonly string[];
  /**
   * A pointer into the records (`/3/rate`) as a place in the CSV: `line 5, column 2 (rate)`; for
   * other pointers, undefined.
   */
  place(pointer: string): Words | undefined;
  /**
   * What is missing when the attributes name columns the header does not have, e.g.
   * `{ 'time-key': 'day' }` → `The CSV has no column "day" (time-key): line 1 names date, rate`.
   */
  lacks(columnsByAttribute: Readonly<Record<string, string>>): Words | undefined;
}

/** The CSV table behind `json`, when it was read from CSV. */
export const csvTableOf = (json: unknown): CsvTable | undefined => (Array.isArray(json) ? (json as { [CSV_TABLE]?: CsvTable })[CSV_TABLE] : undefined);
