// A data set's rows as columns: how the writers (CSV, JSON, Parquet) read
// every data set. The panels make theirs straight from arrays of numbers, so
// that their hundreds of thousands of rows never become an object each; the
// other data sets are small and are read from their row objects.
import type { Row } from './codebook.ts';

export type Cell = string | number | null;

export interface Table {
  readonly length: number;
  /** The cells of column `name`, by row index (null: empty); every cell null when the table has no such column. */
  column(name: string): (i: number) => Cell;
}

const empty = () => null;

/** Rows as a table. */
export function tableOfRows(rows: readonly Row[]): Table {
  return {
    length: rows.length,
    column: (name) => (i) => rows[i]![name] ?? null,
  };
}

/** A table's rows as objects, with these columns in this order. */
export function rowsOfTable(t: Table, columns: readonly string[]): Row[] {
  const cells = columns.map((c) => t.column(c));
  const out: Row[] = new Array(t.length);
  for (let i = 0; i < t.length; i++) {
    const r: Row = {};
    for (let c = 0; c < columns.length; c++) r[columns[c]!] = cells[c]!(i);
    out[i] = r;
  }
  return out;
}

/** Rows or a table, as a table. */
export function asTable(rows: readonly Row[] | Table): Table {
  return Array.isArray(rows) ? tableOfRows(rows) : (rows as Table);
}

/** A table of given columns: `cells[name]` gives column `name` (a column not given is empty). */
export function tableOfColumns(length: number, cells: Record<string, (i: number) => Cell>): Table {
  return { length, column: (name) => (Object.hasOwn(cells, name) ? cells[name]! : empty) };
}
