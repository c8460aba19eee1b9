// The research data sets: what each row is, its codebook, and how its rows
// are read. Only workers who currently give research consent appear (a worker
// who withdraws it is absent from every later export); workers and employers
// appear under keyed pseudonyms; no phone number, chat id, name or free text.
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connect.ts';
import { inResearch } from '../db/subjects.ts';
import { aggregateColumns } from './aggregate.ts';
import {
  type ColumnDoc,
  codebookCsv,
  codebookText,
  DATA_VERSION,
  type DatasetDoc,
  type ExportMeta,
  type Row,
  toCsv,
  toJson,
} from './codebook.ts';
import { correctionsDataset, diaryDatasets } from './diary-datasets.ts';
import { dataPackage, type PackageFile, pythonScript, rScript, stataScript, toParquet } from './formats.ts';
import { observationColumnsFor } from './observations.ts';
import { JKN_COVERED, TK_COVERED, UNKNOWN } from './protection.ts';
import { type PseudonymKind, pseudonymizer } from './pseudonym.ts';
import { rowsOfTable, type Table, tableOfRows } from './table.ts';
import { addDaysTo, dayOfInstant, wibDayStart } from './weeks.ts';
import { panelColumns } from './worker-weeks.ts';
import { zip } from './zip.ts';

export interface Pseudonymizer {
  worker(id: string): string;
  employer(id: string): string;
  /** A diary row (or an enrolment intention) under a keyed pseudonym: the same in every data set and export. */
  row(kind: Exclude<PseudonymKind, 'worker' | 'employer'>, id: number): string;
}

/** Keyed hashes (src/research/pseudonym.ts): stable across exports, not reversible without the key. */
export function keyedPseudonymizer(secret: string): Pseudonymizer {
  const p = pseudonymizer(secret);
  return { worker: (id) => p('worker', id), employer: (id) => p('employer', id), row: (kind, id) => p(kind, id) };
}

/** For figures that never leave the server (charts): a fresh random key each time. */
export function throwawayPseudonymizer(): Pseudonymizer {
  return keyedPseudonymizer(randomBytes(32).toString('hex'));
}

export interface ExportContext {
  db: Db;
  k: number;
  now: Date;
  /** WIB days, inclusive. */
  from?: string;
  to?: string;
  pseudonym: Pseudonymizer;
  /** Diary rows she undid, kept with voided = 1. */
  includeVoided?: boolean;
  /** PAY_OVERDUE_DAYS (default 14). */
  overdueDays?: number;
  /** The database holds the synthetic demo study: every file says so. */
  synthetic?: boolean;
}

export interface Dataset {
  doc: DatasetDoc;
  rows(ctx: ExportContext): Promise<Row[]>;
  /**
   * The same rows as columns, for a data set that makes them so (the panels, hundreds of thousands of
   * rows): what its exports write. Other data sets' exports read their rows.
   */
  table?(ctx: ExportContext): Promise<Table>;
}

/** The rows of a data set made as columns, as objects with its columns in order. */
async function rowsOfColumns(ds: Dataset, ctx: ExportContext): Promise<Row[]> {
  return rowsOfTable(
    await ds.table!(ctx),
    ds.doc.columns.map((c) => c.name),
  );
}

/** A data set's rows as a table (what the writers read). */
export async function tableOf(ds: Dataset, ctx: ExportContext): Promise<Table> {
  return ds.table ? ds.table(ctx) : tableOfRows(await ds.rows(ctx));
}

const WORKER = {
  name: 'worker',
  meaning: 'Pseudonym of the worker: a keyed hash of her internal id, the same in every data set and every export',
  type: 'text',
  allowed: 'W- followed by 16 hex digits',
} as const;
const CONSENTED =
  'Only workers who currently give research consent; a worker who withdraws it is left out of every later export.';

/** Notes shared by the weekly and the monthly panel. */
const PANEL_NOTES = [
  CONSENTED,
  'Her panel starts in the earlier of the week she joined and the week of the first day any of her entries is about (a diary she back-filled starts where its entries do), and runs to the current week.',
  'A week or month with nothing written still has its row, with zeros and any_entry = 0: absence of entries is data.',
  'Sums are by the day an entry is about. A week is its seven days (Monday to Sunday, WIB); a month is the calendar month in WIB, made of its days, so a week that spans two months is split by day between them. The current week and month are partial (partial = 1).',
  'Amounts are what she wrote in her diary; they are not checked against the employer.',
  'earned is the value of her accepted work (accepted pieces x agreed rate) on the day she handed it in; paid is cash she received (pay and advances); deductions are what employers kept back (materials, rejects, fines); owed is earned - paid - deductions to date, as in her REKAP (pay kept back to settle an advance is not counted twice).',
  'effective_hourly is (earned - costs) / hours, only where hours were written: the value of her accepted work less the costs she carried, per hour, whether the work was paid yet or not. Cash received and advances (kasbon, a loan) are not in it. Her REKAP in the chat uses the same definition. It is negative when costs exceed the value of work handed in (costs and hours without hand-ins): negative_hourly = 1 flags it.',
  'umk_hourly is the UMK of Kabupaten Kediri for the month (for a week: the month it starts in), divided by 173 hours. Home workers are not legally covered by the UMK: it is a yardstick.',
];

const PANEL_FIGURES: ColumnDoc[] = [
  {
    name: 'kecamatan',
    meaning: 'Her kecamatan (sub-district) as she gave it; "luar" = outside the regency',
    type: 'text',
  },
  {
    name: 'product',
    meaning: 'Her main kind of work',
    type: 'text',
    allowed: 'alas_kaki, jahit, makanan, rokok, kerajinan, kemasan, lainnya',
  },
  { name: 'pieces', meaning: 'Pieces handed in and accepted', type: 'integer', unit: 'pieces', allowed: '>= 0' },
  {
    name: 'earned',
    meaning: 'Value of the work handed in, at the agreed piece rates',
    type: 'integer',
    unit: 'rupiah',
    allowed: '>= 0',
  },
  { name: 'paid', meaning: 'Cash received (pay and advances)', type: 'integer', unit: 'rupiah', allowed: '>= 0' },
  {
    name: 'deductions',
    meaning: 'Kept back by employers for materials, rejects or fines',
    type: 'integer',
    unit: 'rupiah',
    allowed: '>= 0',
  },
  {
    name: 'owed',
    meaning:
      'Earned - paid - deductions, over everything up to the end of the period (negative: paid ahead, e.g. an advance)',
    type: 'integer',
    unit: 'rupiah',
  },
  {
    name: 'costs',
    meaning: 'Costs she carried (thread, glue, electricity, transport ...)',
    type: 'integer',
    unit: 'rupiah',
    allowed: '>= 0',
  },
  { name: 'hours', meaning: 'Hours worked, as written', type: 'number', unit: 'hours', allowed: '>= 0' },
  {
    name: 'effective_hourly',
    meaning: '(earned - costs) / hours; empty when no hours were written',
    type: 'integer',
    unit: 'rupiah per hour',
  },
  {
    name: 'negative_hourly',
    meaning: 'effective_hourly is below zero (costs exceed the value of work handed in); empty when it is empty',
    type: 'flag',
    allowed: '0 = no, 1 = yes',
  },
  { name: 'umk_hourly', meaning: 'UMK per month / 173', type: 'integer', unit: 'rupiah per hour' },
  {
    name: 'below_umk',
    meaning: 'effective_hourly is below umk_hourly; empty when effective_hourly is empty',
    type: 'flag',
    allowed: '0 = no, 1 = yes',
  },
  {
    name: 'any_entry',
    meaning: 'She wrote anything in her diary during the period (by when she wrote it, whatever day it is about)',
    type: 'flag',
    allowed: '0 = no, 1 = yes',
  },
  {
    name: 'partial',
    meaning: 'The period is still under way: its figures are for the days up to today',
    type: 'flag',
    allowed: '0 = no, 1 = yes',
  },
];

const todayOf = (ctx: ExportContext) => dayOfInstant(ctx.now.toISOString());

const panel: Dataset = {
  doc: {
    name: 'panel',
    title: 'Worker-week panel',
    row: 'worker per ISO week (Monday to Sunday, WIB), from her first week to the current week',
    notes: [
      ...PANEL_NOTES,
      'reminders_sent counts the weekly diary reminders sent to her that week (none is sent in a week she already wrote, nor after she turned reminders off or said BERHENTI); reminders_answered counts those she answered within the week.',
    ],
    columns: [
      WORKER,
      { name: 'week', meaning: 'ISO week', type: 'iso_week' },
      { name: 'week_start', meaning: 'Monday of the week', type: 'date' },
      ...PANEL_FIGURES,
      {
        name: 'reminders_sent',
        meaning: 'Weekly diary reminders sent to her in the week',
        type: 'integer',
        allowed: '>= 0',
      },
      {
        name: 'reminders_answered',
        meaning: 'Of those, reminders she answered (wrote to the bot) within the week',
        type: 'integer',
        allowed: '>= 0',
      },
    ],
  },
  rows: (ctx) => rowsOfColumns(panel, ctx),
  async table(ctx) {
    const { weeks } = await panelColumns(ctx.db, ctx.pseudonym, todayOf(ctx), {
      weeks: true,
      from: ctx.from,
      to: ctx.to,
    });
    return weeks!.table();
  },
};

const panelMonths: Dataset = {
  doc: {
    name: 'panel_months',
    title: 'Worker-month panel',
    row: 'worker per calendar month (WIB), from the month of her first week to the current month',
    notes: PANEL_NOTES,
    columns: [WORKER, { name: 'month', meaning: 'Calendar month (WIB)', type: 'month' }, ...PANEL_FIGURES],
  },
  rows: (ctx) => rowsOfColumns(panelMonths, ctx),
  async table(ctx) {
    const { months } = await panelColumns(ctx.db, ctx.pseudonym, todayOf(ctx), {
      months: true,
      from: ctx.from,
      to: ctx.to,
    });
    return months!.table();
  },
};

const consentEvents: Dataset = {
  doc: {
    name: 'consent_events',
    title: 'Consent events',
    row: 'consent decision (to the diary or to research use), in the order they were made',
    notes: [CONSENTED, 'Rows with an empty worker are anonymous refusals: nothing else of that person was kept.'],
    columns: [
      { ...WORKER, meaning: `${WORKER.meaning}; empty for an anonymous refusal` },
      { name: 'at', meaning: 'When the decision was made', type: 'instant' },
      { name: 'day', meaning: 'Day of the decision', type: 'date' },
      { name: 'kind', meaning: 'What was consented to', type: 'text', allowed: 'diary, research' },
      { name: 'decision', meaning: 'The answer', type: 'text', allowed: 'yes, no' },
      { name: 'version', meaning: 'Version of the consent text she was shown', type: 'text' },
    ],
  },
  async rows(ctx) {
    let q = ctx.db
      .selectFrom('consent_events as e')
      .leftJoin('workers as w', 'w.id', 'e.worker_id')
      .select(['e.worker_id', 'e.at', 'e.kind', 'e.decision', 'e.version'])
      .where((eb) => eb.or([eb('e.worker_id', 'is', null), inResearch('w')]))
      .orderBy('e.at')
      .orderBy('e.id');
    if (ctx.from) q = q.where('e.at', '>=', wibDayStart(ctx.from));
    if (ctx.to) q = q.where('e.at', '<', wibDayStart(addDaysTo(ctx.to, 1)));
    const rows = await q.execute();
    return rows.map((r) => ({
      worker: r.worker_id ? ctx.pseudonym.worker(r.worker_id) : null,
      at: r.at,
      day: dayOfInstant(r.at),
      kind: r.kind,
      decision: r.decision,
      version: r.version,
    }));
  },
};

const aggregates: Dataset = {
  doc: {
    name: 'aggregates',
    title: 'Aggregates by month, kecamatan and product',
    row: 'month x kecamatan x product cell, with "ALL" rows for the totals over kecamatan and over products',
    notes: [
      CONSENTED,
      'Cells with fewer than k workers are suppressed (suppressed = small), and so are enough other cells (suppressed = complement) that no suppressed count can be worked out from the totals and the cells shown. Suppressed rows have every figure empty.',
      'A median, quartile or share resting on fewer than k workers is empty even in a cell that is shown; the *_n columns give how many workers stand behind a figure.',
      'Each worker counts once per cell. Her piece rate is the value of her accepted work (accepted pieces x agreed rate) divided by its accepted pieces, over her hand-ins in the month; a month without hand-ins has none. This is what her finished work was worth per piece: the rates of orders she took in are not used, because an order may never be handed in, and the figure then agrees with earned in the panel. In a total row across products, her piece rate is the median of hers across products.',
      'Her hourly earnings are (earned - costs) / hours over the calendar month, as effective_hourly in the worker-month panel (panel_months), in whole rupiah: the same figure, so the quartiles here are quartiles of that column. Negative figures (costs exceed the value of work handed in) stay in the quartiles, and share_negative_hourly says how many there are.',
      'Months are calendar months in WIB made of their days; the current month is partial (partial = 1).',
      'Quartiles interpolate between order statistics (type 7: the default of R quantile(), numpy and pandas).',
      'Total rows count distinct workers, so they can be less than the sum of the cells (a worker doing two kinds of work counts in both).',
    ],
    columns: [
      { name: 'month', meaning: 'Calendar month (WIB)', type: 'month' },
      {
        name: 'partial',
        meaning: 'The month is still under way: figures for its days up to today',
        type: 'flag',
        allowed: '0 = no, 1 = yes',
      },
      { name: 'kecamatan', meaning: 'Kecamatan; ALL = the whole regency', type: 'text' },
      { name: 'product', meaning: 'Kind of work; ALL = every kind', type: 'text' },
      {
        name: 'suppressed',
        meaning: 'Why the cell is hidden',
        type: 'text',
        allowed: 'empty = shown, small = fewer than k workers, complement = hidden to protect a small cell',
      },
      {
        name: 'workers',
        meaning: 'Workers with any order, hand-in, payment or hours for this product in the month',
        type: 'integer',
        unit: 'workers',
      },
      {
        name: 'piece_rate_n',
        meaning: 'Workers with a piece rate (work handed in and accepted in the month)',
        type: 'integer',
        unit: 'workers',
      },
      { name: 'piece_rate_p25', meaning: 'First quartile of piece rates', type: 'integer', unit: 'rupiah per piece' },
      { name: 'piece_rate_median', meaning: 'Median piece rate', type: 'integer', unit: 'rupiah per piece' },
      { name: 'piece_rate_p75', meaning: 'Third quartile of piece rates', type: 'integer', unit: 'rupiah per piece' },
      { name: 'hourly_n', meaning: 'Workers with hours written', type: 'integer', unit: 'workers' },
      {
        name: 'hourly_p25',
        meaning: 'First quartile of effective hourly earnings',
        type: 'integer',
        unit: 'rupiah per hour',
      },
      { name: 'hourly_median', meaning: 'Median effective hourly earnings', type: 'integer', unit: 'rupiah per hour' },
      {
        name: 'hourly_p75',
        meaning: 'Third quartile of effective hourly earnings',
        type: 'integer',
        unit: 'rupiah per hour',
      },
      {
        name: 'share_below_umk',
        meaning: 'Share of workers with hours whose effective hourly earnings were below the UMK per hour',
        type: 'number',
        allowed: '0 to 1',
      },
      {
        name: 'share_negative_hourly',
        meaning:
          'Share of workers with hours whose effective hourly earnings were below zero (costs exceed the value of work handed in)',
        type: 'number',
        allowed: '0 to 1',
      },
      {
        name: 'share_written_agreement',
        meaning: 'Share of workers with at least one order whose terms were agreed in writing',
        type: 'number',
        allowed: '0 to 1',
      },
      {
        name: 'share_paid_late_or_short',
        meaning: 'Share of workers with at least one hand-in paid late or paid less than its value',
        type: 'number',
        allowed: '0 to 1',
      },
      {
        name: 'share_bpjs_tk',
        meaning:
          'Share of workers with a known status who are active members of BPJS Ketenagakerjaan, by their latest answer up to the end of the month',
        type: 'number',
        allowed: '0 to 1',
      },
      {
        name: 'share_jkn',
        meaning:
          'Share of workers with a known status covered by BPJS Kesehatan (PBI, or paying herself without arrears), by their latest answer up to the end of the month',
        type: 'number',
        allowed: '0 to 1',
      },
    ],
  },
  async rows(ctx) {
    const obs = await observationColumnsFor(ctx.db, {
      from: ctx.from,
      to: ctx.to,
      now: ctx.now,
      overdueDays: ctx.overdueDays,
    });
    return aggregateColumns(obs, ctx.k) as unknown as Row[];
  },
};

function dayWindow<T extends { day: string }>(rows: T[], ctx: ExportContext): T[] {
  return rows.filter((r) => (!ctx.from || r.day >= ctx.from) && (!ctx.to || r.day <= ctx.to));
}

const protection: Dataset = {
  doc: {
    name: 'protection',
    title: 'Social protection status history',
    row: 'answer a worker gave about her coverage in one scheme, in the order given (the history is kept, never overwritten)',
    notes: [
      CONSENTED,
      'Asked when she used the BPJS guide, again after some months, and after she said she would register.',
      'Coverage at a date is her latest answer on or before it; "unknown" and "declined" say nothing about coverage.',
    ],
    columns: [
      WORKER,
      { name: 'day', meaning: 'Day of the answer', type: 'date' },
      { name: 'at', meaning: 'When she answered', type: 'instant' },
      {
        name: 'scheme',
        meaning: 'Which scheme',
        type: 'text',
        allowed: 'jkn = BPJS Kesehatan, bpjs_tk = BPJS Ketenagakerjaan',
      },
      {
        name: 'status',
        meaning: 'Her answer',
        type: 'text',
        allowed:
          'jkn: pbi (contribution paid by the state), mandiri (pays herself), mandiri_arrears (pays herself, in arrears), none, unknown; bpjs_tk: active, inactive, none, unknown; both: declined (chose not to answer)',
      },
      { name: 'via', meaning: 'What led to the question', type: 'text', allowed: 'guide, recheck, followup' },
      {
        name: 'covered',
        meaning: 'The answer means covered now (jkn: pbi or mandiri; bpjs_tk: active); empty for unknown or declined',
        type: 'flag',
        allowed: '0 = no, 1 = yes',
      },
    ],
  },
  async rows(ctx) {
    const rows = await ctx.db
      .selectFrom('protection_status as s')
      .innerJoin('workers as w', 'w.id', 's.worker_id')
      .select(['s.worker_id', 's.scheme', 's.status', 's.via', 's.asked_at', 's.asked_on'])
      .where(inResearch('w'))
      .orderBy('s.asked_at')
      .orderBy('s.id')
      .execute();
    return dayWindow(
      rows.map((r) => ({
        worker: ctx.pseudonym.worker(r.worker_id),
        day: r.asked_on,
        at: r.asked_at,
        scheme: r.scheme,
        status: r.status,
        via: r.via,
        covered: UNKNOWN.has(r.status) ? null : (r.scheme === 'jkn' ? JKN_COVERED : TK_COVERED).has(r.status) ? 1 : 0,
      })),
      ctx,
    );
  },
};

const enrolment: Dataset = {
  doc: {
    name: 'enrolment',
    title: 'Enrolment intentions and follow-ups',
    row: 'event: she said she would register for a programme (intent), or answered a follow-up about it',
    notes: [
      CONSENTED,
      'What she wrote in her own words about an "other" obstacle is free text and is never exported; only the coded obstacle is.',
    ],
    columns: [
      WORKER,
      {
        name: 'intent',
        meaning: 'Key of the intention (a keyed pseudonym, not a database id), linking its follow-ups to it',
        type: 'text',
        allowed: 'I- followed by 16 hex digits',
      },
      { name: 'event', meaning: 'What happened', type: 'text', allowed: 'intent, followup' },
      { name: 'day', meaning: 'Day of the event', type: 'date' },
      { name: 'at', meaning: 'When', type: 'instant' },
      {
        name: 'program',
        meaning: 'Programme she meant to register for',
        type: 'text',
        allowed: 'bpjs_tk, jkn_pbi, jkn_mandiri',
      },
      {
        name: 'answer',
        meaning: 'Her answer to the follow-up',
        type: 'text',
        allowed: 'registered, not_yet, gave_up, skipped; empty for an intent',
      },
      {
        name: 'obstacle',
        meaning: 'What stood in her way, as she chose it',
        type: 'text',
        allowed: 'documents, cost, family, dont_know_how, other; empty when none named',
      },
    ],
  },
  async rows(ctx) {
    const intents = await ctx.db
      .selectFrom('enrolment_intents as i')
      .innerJoin('workers as w', 'w.id', 'i.worker_id')
      .select(['i.id', 'i.worker_id', 'i.program', 'i.created_at'])
      .where(inResearch('w'))
      .execute();
    const followups = await ctx.db
      .selectFrom('enrolment_followups as f')
      .innerJoin('enrolment_intents as i', 'i.id', 'f.intent_id')
      .innerJoin('workers as w', 'w.id', 'f.worker_id')
      .select(['f.intent_id', 'f.worker_id', 'f.asked_at', 'f.answer', 'f.obstacle', 'i.program'])
      .where(inResearch('w'))
      .execute();
    const rows = [
      ...intents.map((i) => ({
        worker: ctx.pseudonym.worker(i.worker_id),
        intentId: i.id,
        intent: ctx.pseudonym.row('intent', i.id),
        event: 'intent',
        day: dayOfInstant(i.created_at),
        at: i.created_at,
        program: i.program,
        answer: null,
        obstacle: null,
      })),
      ...followups.map((f) => ({
        worker: ctx.pseudonym.worker(f.worker_id),
        intentId: f.intent_id,
        intent: ctx.pseudonym.row('intent', f.intent_id),
        event: 'followup',
        day: dayOfInstant(f.asked_at),
        at: f.asked_at,
        program: f.program,
        answer: f.answer,
        obstacle: f.obstacle,
      })),
    ].sort((a, b) => a.at.localeCompare(b.at) || a.intentId - b.intentId);
    return dayWindow(
      rows.map(({ intentId: _, ...r }) => r),
      ctx,
    );
  },
};

export const DATASETS: Readonly<Record<string, Dataset>> = {
  panel,
  panel_months: panelMonths,
  ...Object.fromEntries(diaryDatasets.map((d) => [d.doc.name, d])),
  corrections: correctionsDataset,
  protection,
  enrolment,
  consent_events: consentEvents,
  aggregates,
};

export function datasetNames(): string[] {
  return Object.keys(DATASETS);
}

/** The data set of this name: own entries only ("constructor" or "__proto__" is none). */
export function datasetByName(name: string): Dataset | undefined {
  return Object.hasOwn(DATASETS, name) ? DATASETS[name] : undefined;
}

export type ExportFormat = 'csv' | 'json' | 'zip' | 'parquet';
export const EXPORT_FORMATS: ExportFormat[] = ['zip', 'csv', 'json', 'parquet'];
/** The name that downloads every data set at once (ZIP only). */
export const ALL_DATASETS = 'all';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
  rows: number;
}

/** upahku-panel-2026-12-02-data-v2[-from-...][-to-...]: the day it was made and the data version. */
function stemOf(name: string, ctx: ExportContext): string {
  const day = dayOfInstant(ctx.now.toISOString());
  return `upahku-${ctx.synthetic ? 'SYNTHETIC-' : ''}${name.replaceAll('_', '-')}-${day}-data-v${DATA_VERSION}${ctx.from ? `-from-${ctx.from}` : ''}${ctx.to ? `-to-${ctx.to}` : ''}`;
}

/** The files of one data set in a ZIP: CSV, Parquet, codebooks, and import scripts for Stata, R and pandas. */
function zipFiles(ds: Dataset, rows: Table, meta: ExportMeta): { name: string; data: string | Buffer }[] {
  const n = ds.doc.name;
  return [
    { name: `${n}.csv`, data: toCsv(ds.doc, rows) },
    { name: `${n}.parquet`, data: toParquet(ds.doc, rows) },
    { name: `${n}-codebook.csv`, data: codebookCsv([ds.doc]) },
    { name: `${n}-codebook.txt`, data: codebookText(ds.doc, meta) },
    { name: `${n}.do`, data: stataScript(ds.doc, `${n}.csv`) },
    { name: `${n}.R`, data: rScript(ds.doc, `${n}.csv`) },
    { name: `${n}.py`, data: pythonScript(ds.doc, `${n}.csv`) },
  ];
}

/** One data set in one format (or, as ALL_DATASETS, every data set in one ZIP). */
export async function exportDataset(name: string, format: ExportFormat, ctx: ExportContext): Promise<ExportFile> {
  if (name === ALL_DATASETS) return exportAll(ctx);
  const ds = datasetByName(name);
  if (!ds) throw new Error(`Unknown data set "${name}". Known: ${datasetNames().join(', ')}`);
  const rows = await tableOf(ds, ctx);
  const meta: ExportMeta = {
    generatedAt: ctx.now.toISOString(),
    ...(ctx.synthetic ? { synthetic: true } : {}),
    from: ctx.from,
    to: ctx.to,
    rows: rows.length,
    k: ctx.k,
  };
  const stem = stemOf(name, ctx);
  if (format === 'json')
    return {
      filename: `${stem}.json`,
      contentType: 'application/json; charset=utf-8',
      body: toJson(ds.doc, rows, meta),
      rows: rows.length,
    };
  if (format === 'csv')
    return {
      filename: `${stem}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: toCsv(ds.doc, rows),
      rows: rows.length,
    };
  if (format === 'parquet')
    return {
      filename: `${stem}.parquet`,
      contentType: 'application/vnd.apache.parquet',
      body: toParquet(ds.doc, rows),
      rows: rows.length,
    };
  const body = zip(
    [
      ...zipFiles(ds, rows, meta),
      {
        name: 'datapackage.json',
        data: dataPackage([{ doc: ds.doc, path: `${name}.csv`, rows: rows.length }], {
          generatedAt: meta.generatedAt,
          synthetic: !!ctx.synthetic,
          from: ctx.from,
          to: ctx.to,
        }),
      },
    ],
    ctx.now,
  );
  return { filename: `${stem}.zip`, contentType: 'application/zip', body, rows: rows.length };
}

/** Every data set in one ZIP, each with its files, one codebook of all, and one data package. */
async function exportAll(ctx: ExportContext): Promise<ExportFile> {
  const files: { name: string; data: string | Buffer }[] = [];
  const described: PackageFile[] = [];
  let total = 0;
  for (const ds of Object.values(DATASETS)) {
    const rows = await tableOf(ds, ctx);
    total += rows.length;
    const meta: ExportMeta = {
      generatedAt: ctx.now.toISOString(),
      ...(ctx.synthetic ? { synthetic: true } : {}),
      from: ctx.from,
      to: ctx.to,
      rows: rows.length,
      k: ctx.k,
    };
    files.push(...zipFiles(ds, rows, meta));
    described.push({ doc: ds.doc, path: `${ds.doc.name}.csv`, rows: rows.length });
  }
  files.push(
    { name: 'codebook.csv', data: codebookCsv(Object.values(DATASETS).map((d) => d.doc)) },
    {
      name: 'datapackage.json',
      data: dataPackage(described, {
        generatedAt: ctx.now.toISOString(),
        synthetic: !!ctx.synthetic,
        from: ctx.from,
        to: ctx.to,
      }),
    },
  );
  return {
    filename: `${stemOf('all', ctx)}.zip`,
    contentType: 'application/zip',
    body: zip(files, ctx.now),
    rows: total,
  };
}
