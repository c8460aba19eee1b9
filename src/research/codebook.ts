// Every research export carries its codebook: for each column, what it means,
// its type, its unit and the values it may take. Writers for CSV and JSON.
import { stringify } from 'csv-stringify/sync';
import { asTable, type Table } from './table.ts';

/**
 * Version of the data definitions (columns and how figures are computed):
 * raised when a definition changes, carried in every file name and package.
 * 2: calendar months made of days, panel from her first dated entry, owed
 * less deductions, recorded times, row keys instead of ids.
 */
export const DATA_VERSION = '2';

/** Who is in the data and why, and what that means for analysis: printed with every codebook. */
export const SAMPLING = [
  'Sampling: this is not a probability sample, and the data carry no weights. Workers are in because they started using the Upahku chatbot (through the NGOs, unions and groups that introduced it, or word of mouth), consented to the diary, and said yes to research use, which they can withdraw at any time (they then leave every later export).',
  'Who is out: workers who never used the bot, who refused research use, who withdrew or deleted their data, test and web-simulator accounts, and anyone who said BERHENTI before writing anything.',
  'What it means: figures describe these diarists, not all home workers of the regency. Diarists may differ from others (phone access, literacy, being in an organised group). Compare over time within the panel, or weight to an outside frame (e.g. a Susenas or Sakernas distribution of home workers by kecamatan and kind of work) that you choose and document yourself.',
  'Diary entries are self-reports: recorded_at against the day an entry is about shows how long after the event it was written (back-filling, recall).',
];

export type ColumnType =
  | 'text'
  | 'integer'
  | 'number'
  | 'date'
  | 'iso_week'
  | 'month'
  | 'flag'
  | 'instant'
  | 'wib_instant';

export interface ColumnDoc {
  name: string;
  meaning: string;
  type: ColumnType;
  unit?: string;
  /** Allowed values or range, as people read it ("0 = no, 1 = yes", ">= 0"). */
  allowed?: string;
}

export interface DatasetDoc {
  name: string;
  title: string;
  /** What one row is. */
  row: string;
  /** Notes a user of the data must know (who is included, how things are computed). */
  notes: string[];
  columns: ColumnDoc[];
}

export type Row = Record<string, string | number | null>;

const TYPE_WORDS: Record<ColumnType, string> = {
  text: 'text',
  integer: 'integer',
  number: 'number',
  date: 'date (YYYY-MM-DD, WIB)',
  iso_week: 'ISO week (YYYY-Www)',
  month: 'month (YYYY-MM, WIB)',
  flag: 'integer 0/1',
  instant: 'date-time (ISO 8601, UTC)',
  wib_instant: 'date-time (ISO 8601, WIB: +07:00)',
};

export function codebookRows(doc: DatasetDoc): Row[] {
  return doc.columns.map((c) => ({
    dataset: doc.name,
    column: c.name,
    meaning: c.meaning,
    type: TYPE_WORDS[c.type],
    unit: c.unit ?? '',
    allowed_values: c.allowed ?? '',
  }));
}

export function codebookCsv(docs: DatasetDoc[]): string {
  return stringify(docs.flatMap(codebookRows), {
    header: true,
    columns: ['dataset', 'column', 'meaning', 'type', 'unit', 'allowed_values'],
  });
}

/** Plain-text codebook for people: the notes, then one paragraph per column. */
export function codebookText(doc: DatasetDoc, meta: ExportMeta): string {
  const lines = [
    ...(meta.synthetic ? ['SYNTHETIC DEMO DATA: made up by `upahku demo`, about no real person.', ''] : []),
    `${doc.title} (${doc.name}), data version ${DATA_VERSION}`,
    `One row per ${doc.row}.`,
    `Made ${meta.generatedAt}${meta.from || meta.to ? `; dates ${meta.from ?? '…'} to ${meta.to ?? '…'}` : ''}; ${meta.rows} rows.`,
    '',
    ...doc.notes.map((n) => `- ${n}`),
    '',
    ...SAMPLING.map((n) => `- ${n}`),
    '',
    ...doc.columns.map(
      (c) =>
        `${c.name}: ${c.meaning} [${TYPE_WORDS[c.type]}${c.unit ? `; unit: ${c.unit}` : ''}${c.allowed ? `; values: ${c.allowed}` : ''}]`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export interface ExportMeta {
  generatedAt: string;
  /** Demo data made up by `upahku demo`, not from anyone. */
  synthetic?: boolean;
  from?: string;
  to?: string;
  rows: number;
  k?: number;
}

/** Each row's cells in the order of the codebook's columns (empty cells null). */
function cellsByRow(doc: DatasetDoc, rows: readonly Row[] | Table): (string | number | null)[][] {
  const t = asTable(rows);
  const columns = doc.columns.map((c) => t.column(c.name));
  const out: (string | number | null)[][] = new Array(t.length);
  for (let i = 0; i < t.length; i++) out[i] = columns.map((cell) => cell(i));
  return out;
}

export function toCsv(doc: DatasetDoc, rows: readonly Row[] | Table): string {
  const columns = doc.columns.map((c) => c.name);
  return stringify(
    cellsByRow(doc, rows).map((r) => r.map((v) => v ?? '')),
    { header: true, columns },
  );
}

export function toJson(doc: DatasetDoc, rows: readonly Row[] | Table, meta: ExportMeta): string {
  const columns = doc.columns.map((c) => c.name);
  const ordered = cellsByRow(doc, rows).map((r) => Object.fromEntries(columns.map((c, k) => [c, r[k] ?? null])));
  return `${JSON.stringify({ dataset: doc.name, title: doc.title, data_version: DATA_VERSION, row: doc.row, ...meta, notes: doc.notes, codebook: doc.columns, rows: ordered }, null, 1)}\n`;
}
