// Research data beyond CSV and JSON: Parquet (hyparquet-writer), and what a
// researcher coming from Stata, R or pandas needs to open a CSV with its
// meanings kept: an import script for each, generated from the codebook, and a
// Frictionless datapackage.json (table schema) describing every file.

import type { ColumnSource } from 'hyparquet-writer';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { type ColumnDoc, type ColumnType, DATA_VERSION, type DatasetDoc, type Row, SAMPLING } from './codebook.ts';
import { asTable, type Table } from './table.ts';

/** Parquet types by codebook type: whole numbers as INT64, flags as INT32, the rest as text (days stay YYYY-MM-DD). */
function parquetColumn(c: ColumnDoc, rows: Table): ColumnSource {
  const cell = rows.column(c.name);
  const values = Array.from({ length: rows.length }, (_, i) => cell(i));
  if (c.type === 'integer')
    return {
      name: c.name,
      type: 'INT64',
      data: values.map((v) => (v === null || v === '' ? null : BigInt(Math.round(Number(v))))),
      nullable: true,
    };
  if (c.type === 'flag')
    return { name: c.name, type: 'INT32', data: values.map((v) => (v === null || v === '' ? null : Number(v))) };
  if (c.type === 'number')
    return { name: c.name, type: 'DOUBLE', data: values.map((v) => (v === null || v === '' ? null : Number(v))) };
  return { name: c.name, type: 'STRING', data: values.map((v) => (v === null ? null : String(v))) };
}

export function toParquet(doc: DatasetDoc, rows: readonly Row[] | Table): Buffer {
  const t = asTable(rows);
  const columnData = doc.columns.map((c) => parquetColumn(c, t));
  const buf = parquetWriteBuffer({
    columnData,
    kvMetadata: [
      { key: 'dataset', value: doc.name },
      { key: 'data_version', value: DATA_VERSION },
    ],
  });
  return Buffer.from(buf);
}

/** Value labels of a column when its allowed values are coded ("0 = no, 1 = yes"), for Stata and R. */
export function valueLabels(c: ColumnDoc): [code: number, label: string][] {
  if (c.type !== 'flag' || !c.allowed) return [];
  const out: [number, string][] = [];
  for (const m of c.allowed.matchAll(/(\d+)\s*=\s*([^,]+)/g)) out.push([Number(m[1]), m[2]!.trim()]);
  return out;
}

const DATE_TYPES = new Set<ColumnType>(['date']);

/** Stata: import the CSV, label every variable, label coded values, and turn days into Stata dates. */
export function stataScript(doc: DatasetDoc, file: string): string {
  // Stata labels hold 80 characters; quotes inside are replaced.
  const lab = (s: string) => s.replaceAll('"', "'").replace(/\s+/g, ' ').slice(0, 80);
  const lines = [
    `* ${doc.title} (${doc.name}), data version ${DATA_VERSION}: generated from the codebook.`,
    `* One row per ${lab(doc.row)}.`,
    `import delimited using "${file}", varnames(1) encoding("utf-8") stringcols(_all) clear`,
  ];
  for (const c of doc.columns) {
    if (c.type === 'integer' || c.type === 'number' || c.type === 'flag') lines.push(`destring ${c.name}, replace`);
    if (DATE_TYPES.has(c.type)) {
      lines.push(`generate ${c.name}_d = date(${c.name}, "YMD")`, `format ${c.name}_d %td`);
      lines.push(`label variable ${c.name}_d "${lab(`${c.meaning} (Stata date)`)}"`);
    }
    lines.push(`label variable ${c.name} "${lab(c.meaning)}"`);
    const values = valueLabels(c);
    if (values.length) {
      lines.push(`label define ${c.name}_lbl ${values.map(([v, l]) => `${v} "${lab(l)}"`).join(' ')}, replace`);
      lines.push(`label values ${c.name} ${c.name}_lbl`);
    }
  }
  lines.push(`label data "${lab(`Upahku ${doc.title}, data version ${DATA_VERSION}`)}"`);
  return `${lines.join('\n')}\n`;
}

const rString = (s: string) => JSON.stringify(s);

/** R: read the CSV with each column's type, days as Date, labels as attributes, flags as labelled factors beside. */
export function rScript(doc: DatasetDoc, file: string): string {
  const colClass = (t: ColumnType) =>
    t === 'integer' || t === 'flag' ? 'integer' : t === 'number' ? 'numeric' : 'character';
  const lines = [
    `# ${doc.title} (${doc.name}), data version ${DATA_VERSION}: generated from the codebook.`,
    `${doc.name} <- read.csv(${rString(file)}, encoding = "UTF-8", na.strings = "",`,
    `  colClasses = c(${doc.columns.map((c) => `${c.name} = ${rString(colClass(c.type))}`).join(', ')}))`,
  ];
  for (const c of doc.columns) {
    if (DATE_TYPES.has(c.type)) lines.push(`${doc.name}$${c.name} <- as.Date(${doc.name}$${c.name})`);
    lines.push(`attr(${doc.name}$${c.name}, "label") <- ${rString(c.meaning)}`);
    const values = valueLabels(c);
    if (values.length)
      lines.push(
        `attr(${doc.name}$${c.name}, "labels") <- c(${values.map(([v, l]) => `${rString(l)} = ${v}L`).join(', ')})`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** Python: pandas reads the CSV with each column's type; labels kept in DataFrame.attrs. */
export function pythonScript(doc: DatasetDoc, file: string): string {
  const dtype = (t: ColumnType) => (t === 'integer' || t === 'flag' ? 'Int64' : t === 'number' ? 'float64' : 'string');
  const py = (s: string) => JSON.stringify(s);
  const lines = [
    `# ${doc.title} (${doc.name}), data version ${DATA_VERSION}: generated from the codebook.`,
    'import pandas as pd',
    '',
    `${doc.name} = pd.read_csv(`,
    `    ${py(file)},`,
    '    encoding="utf-8",',
    '    keep_default_na=False,',
    '    na_values=[""],',
    `    dtype={${doc.columns
      .filter((c) => !DATE_TYPES.has(c.type))
      .map((c) => `${py(c.name)}: ${py(dtype(c.type))}`)
      .join(', ')}},`,
    `    parse_dates=[${doc.columns
      .filter((c) => DATE_TYPES.has(c.type))
      .map((c) => py(c.name))
      .join(', ')}],`,
    ')',
    `${doc.name}.attrs["labels"] = {`,
    ...doc.columns.map((c) => `    ${py(c.name)}: ${py(c.meaning)},`),
    '}',
    `${doc.name}.attrs["value_labels"] = {`,
    ...doc.columns
      .filter((c) => valueLabels(c).length)
      .map(
        (c) =>
          `    ${py(c.name)}: {${valueLabels(c)
            .map(([v, l]) => `${v}: ${py(l)}`)
            .join(', ')}},`,
      ),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

/** Frictionless field types by codebook type. */
function frictionlessField(c: ColumnDoc): Record<string, unknown> {
  const type: Record<ColumnType, string> = {
    text: 'string',
    integer: 'integer',
    number: 'number',
    date: 'date',
    iso_week: 'string',
    month: 'yearmonth',
    flag: 'integer',
    instant: 'datetime',
    wib_instant: 'datetime',
  };
  const f: Record<string, unknown> = { name: c.name, type: type[c.type], description: c.meaning };
  if (c.unit) f.unit = c.unit;
  if (c.allowed) f.allowed = c.allowed;
  if (c.type === 'flag') f.constraints = { enum: valueLabels(c).map(([v]) => v) };
  return f;
}

export interface PackageFile {
  doc: DatasetDoc;
  /** The CSV's name inside the ZIP. */
  path: string;
  rows: number;
}

/** A Frictionless Data Package (tabular) describing the CSV files of a download. */
export function dataPackage(
  files: PackageFile[],
  meta: { generatedAt: string; synthetic: boolean; from?: string; to?: string },
): string {
  const pkg = {
    profile: 'tabular-data-package',
    name: `upahku${files.length === 1 ? `-${files[0]!.doc.name.replaceAll('_', '-')}` : ''}`,
    title: meta.synthetic ? 'Upahku research data (SYNTHETIC demo data)' : 'Upahku research data',
    version: DATA_VERSION,
    created: meta.generatedAt,
    ...(meta.from || meta.to ? { temporal: { from: meta.from ?? null, to: meta.to ?? null } } : {}),
    synthetic: meta.synthetic,
    description: SAMPLING.join(' '),
    resources: files.map((f) => ({
      name: f.doc.name.replaceAll('_', '-'),
      title: f.doc.title,
      description: `One row per ${f.doc.row}. ${f.doc.notes.join(' ')}`,
      path: f.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      rows: f.rows,
      schema: { fields: f.doc.columns.map(frictionlessField), missingValues: [''] },
    })),
  };
  return `${JSON.stringify(pkg, null, 1)}\n`;
}
