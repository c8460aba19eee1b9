// The five diary data sets (rows from src/research/diary-export.ts) with their
// codebooks, date filters and the research rules: her kind of work as a code,
// never the product as she typed it (free text).

import { inResearch } from '../db/subjects.ts';
import type { ColumnDoc, DatasetDoc, Row } from './codebook.ts';
import type { Dataset, ExportContext } from './datasets.ts';
import { exportRows, wibInstant } from './diary-export.ts';
import type { PseudonymKind } from './pseudonym.ts';

const CONSENTED =
  'Only workers who currently give research consent; a worker who withdraws it is left out of every later export.';
const ROWS_NOTE =
  'Amounts are as she wrote them. A row she changed later has corrected = 1; rows she undid are left out (or kept with voided = 1 when asked for).';

const WORKER: ColumnDoc = {
  name: 'worker',
  meaning: 'Pseudonym of the worker: a keyed hash of her internal id, the same in every data set and every export',
  type: 'text',
  allowed: 'W- followed by 16 hex digits',
};
const EMPLOYER: ColumnDoc = {
  name: 'employer',
  meaning:
    'Pseudonym of the employer (middleman or firm) as she named it; two workers naming the same person get different pseudonyms',
  type: 'text',
  allowed: 'E- followed by 16 hex digits',
};
const PRODUCT_CODE: ColumnDoc = {
  name: 'product_code',
  meaning: 'Her main kind of work, as she chose it from the list',
  type: 'text',
  allowed: 'alas_kaki, jahit, makanan, rokok, kerajinan, kemasan, lainnya; empty if not given',
};
/** A row's key: a keyed pseudonym of the row, never the database's id (whose gaps would reveal other people's rows). */
const key = (name: string, what: string, prefix: string): ColumnDoc => ({
  name,
  meaning: `Key of the ${what}: a keyed pseudonym, the same in every data set and export (not a database id)`,
  type: 'text',
  allowed: `${prefix}- followed by 16 hex digits`,
});
const ORDER_ID: ColumnDoc = {
  ...key('order_id', 'order', 'O'),
  meaning: 'Key of the order (links hand-ins, payments and hours to it): a keyed pseudonym, not a database id',
};
const RECORDED_AT: ColumnDoc = {
  name: 'recorded_at',
  meaning:
    'When she wrote the entry (WIB), beside the day it is about: recorded_at later than the day means she wrote it afterwards (recall lag, back-filling)',
  type: 'wib_instant',
};
const LAST_CORRECTED_AT: ColumnDoc = {
  name: 'last_corrected_at',
  meaning: 'When she last changed the row (WIB); empty if never. Each change is a row of the corrections data set',
  type: 'wib_instant',
};
const CORRECTED: ColumnDoc = {
  name: 'corrected',
  meaning: 'She changed this row after first recording it',
  type: 'flag',
  allowed: '0 = no, 1 = yes',
};
const VOIDED: ColumnDoc = {
  name: 'voided',
  meaning: 'She undid this row; always 0 unless the export asked for undone rows',
  type: 'flag',
  allowed: '0 = no, 1 = yes',
};
const UNITS = 'pcs, pasang (pair), kodi (20), lusin (12), gros (144), rim (500), kg, pak, ikat';

function dataset(
  name: 'orders' | 'handins' | 'payments' | 'hours' | 'costs',
  day: string,
  doc: Omit<DatasetDoc, 'name'>,
): Dataset {
  return {
    doc: { name, ...doc },
    async rows(ctx: ExportContext): Promise<Row[]> {
      const pseudo = (kind: PseudonymKind, id: string | number) =>
        kind === 'worker'
          ? ctx.pseudonym.worker(String(id))
          : kind === 'employer'
            ? ctx.pseudonym.employer(String(id))
            : ctx.pseudonym.row(kind, Number(id));
      let rows = await exportRows(ctx.db, name, pseudo, { includeVoided: ctx.includeVoided });
      rows = rows.filter((r) => (!ctx.from || String(r[day]) >= ctx.from) && (!ctx.to || String(r[day]) <= ctx.to));
      if (name !== 'orders') return rows;
      // Her kind of work as a code; what she typed as the product is free text and stays out.
      const workers = await ctx.db
        .selectFrom('workers')
        .select(['id', 'product'])
        .where(inResearch('workers'))
        .execute();
      const code = new Map(workers.map((w) => [ctx.pseudonym.worker(w.id), w.product]));
      return rows.map(({ product: _typed, ...r }) => ({ ...r, product_code: code.get(String(r.worker)) ?? null }));
    },
  };
}

export const diaryDatasets: Dataset[] = [
  dataset('orders', 'received_on', {
    title: 'Orders',
    row: 'work order she took in: how many pieces, at what rate, from whom',
    notes: [
      CONSENTED,
      ROWS_NOTE,
      'What she typed as the product is free text and is not exported; product_code is her main kind of work.',
      'An order she took before being told its rate (upah belum diketahui) has rate_amount_idr, rate_per, rate_count and rate_per_piece_idr empty until she gives it; until then its hand-ins add nothing to earned or to piece rates.',
    ],
    columns: [
      WORKER,
      ORDER_ID,
      EMPLOYER,
      PRODUCT_CODE,
      { name: 'unit', meaning: 'Unit she counted the order in', type: 'text', allowed: UNITS },
      { name: 'quantity_count', meaning: 'Quantity in that unit', type: 'number', allowed: '> 0' },
      { name: 'quantity_pieces', meaning: 'Quantity in pieces', type: 'integer', unit: 'pieces', allowed: '> 0' },
      {
        name: 'rate_amount_idr',
        meaning: 'Rate as quoted: rupiah per rate_count rate_per (14000 per 1000 pcs)',
        type: 'integer',
        unit: 'rupiah',
      },
      { name: 'rate_per', meaning: 'Unit the rate was quoted per', type: 'text', allowed: UNITS },
      {
        name: 'rate_count',
        meaning:
          'How many rate_per the quoted amount is for: 1 for "2rb per pasang", 3 for "10rb per 3 pasang", 1000 for "14rb per seribu batang"',
        type: 'integer',
        unit: 'units of rate_per',
        allowed: '>= 1',
      },
      {
        name: 'rate_per_piece_idr',
        meaning: 'The rate per piece (rate_amount_idr / (rate_count x pieces in rate_per), rounded half up)',
        type: 'integer',
        unit: 'rupiah per piece',
      },
      { name: 'received_on', meaning: 'Day she received the order', type: 'date' },
      { name: 'due_on', meaning: 'Day the work is due, if agreed', type: 'date' },
      {
        name: 'written_agreement',
        meaning: 'The terms were given in writing',
        type: 'flag',
        allowed: '0 = no, 1 = yes, empty = not asked',
      },
      {
        name: 'materials_from_employer',
        meaning: 'The employer provided the materials',
        type: 'flag',
        allowed: '0 = no, 1 = yes, empty = not asked',
      },
      RECORDED_AT,
      LAST_CORRECTED_AT,
      CORRECTED,
      VOIDED,
    ],
  }),
  dataset('handins', 'handed_in_on', {
    title: 'Hand-ins',
    row: 'delivery of finished work against an order',
    notes: [CONSENTED, ROWS_NOTE, 'The value of a hand-in is accepted_pieces at the order’s rate (see orders).'],
    columns: [
      WORKER,
      key('handin_id', 'hand-in', 'H'),
      ORDER_ID,
      { name: 'handed_in_on', meaning: 'Day she handed the work in', type: 'date' },
      {
        name: 'delivered_pieces',
        meaning: 'Pieces handed in, rejected ones included',
        type: 'integer',
        unit: 'pieces',
        allowed: '>= 0',
      },
      {
        name: 'rejected_pieces',
        meaning: 'Pieces the employer rejected',
        type: 'integer',
        unit: 'pieces',
        allowed: '>= 0',
      },
      { name: 'accepted_pieces', meaning: 'delivered_pieces - rejected_pieces', type: 'integer', unit: 'pieces' },
      RECORDED_AT,
      LAST_CORRECTED_AT,
      CORRECTED,
      VOIDED,
    ],
  }),
  dataset('payments', 'paid_on', {
    title: 'Payments',
    row: 'payment or advance (kasbon) she received',
    notes: [CONSENTED, ROWS_NOTE],
    columns: [
      WORKER,
      key('payment_id', 'payment', 'P'),
      EMPLOYER,
      { ...ORDER_ID, meaning: 'The order the payment was for; empty for a lump sum or an advance' },
      { name: 'kind', meaning: 'Pay for work, or an advance', type: 'text', allowed: 'pay, kasbon' },
      { name: 'amount_idr', meaning: 'Cash she received', type: 'integer', unit: 'rupiah', allowed: '>= 0' },
      {
        name: 'deduction_idr',
        meaning: 'Withheld for other reasons (rejects, materials)',
        type: 'integer',
        unit: 'rupiah',
        allowed: '>= 0',
      },
      {
        name: 'kasbon_repaid_idr',
        meaning: 'Withheld to settle an earlier advance',
        type: 'integer',
        unit: 'rupiah',
        allowed: '>= 0',
      },
      { name: 'paid_on', meaning: 'Day she was paid', type: 'date' },
      RECORDED_AT,
      LAST_CORRECTED_AT,
      CORRECTED,
      VOIDED,
    ],
  }),
  dataset('hours', 'worked_on', {
    title: 'Hours',
    row: 'day of work she wrote down',
    notes: [CONSENTED, ROWS_NOTE],
    columns: [
      WORKER,
      key('hours_id', 'entry of hours', 'J'),
      { name: 'worked_on', meaning: 'Day worked', type: 'date' },
      { name: 'hours', meaning: 'Hours she worked that day', type: 'number', unit: 'hours', allowed: '0 to 24' },
      {
        name: 'helpers',
        meaning:
          'Family members who helped that day, as she said it; empty when she did not say (never asked before saving: not said is not "nobody"). Rows written before 2027-01 hold 0 for not said too',
        type: 'integer',
        unit: 'people',
        allowed: '>= 0 (0 = nobody helped), empty = not said',
      },
      {
        name: 'child_under_15',
        meaning: 'A child under 15 helped',
        type: 'flag',
        allowed: '0 = no (also when nobody helped), 1 = yes, empty = not said (also when who helped was not said)',
      },
      { ...ORDER_ID, meaning: 'The order worked on, if she said' },
      RECORDED_AT,
      LAST_CORRECTED_AT,
      CORRECTED,
      VOIDED,
    ],
  }),
  dataset('costs', 'spent_on', {
    title: 'Costs',
    row: 'cost she carried for the work',
    notes: [CONSENTED, ROWS_NOTE],
    columns: [
      WORKER,
      key('cost_id', 'cost', 'C'),
      {
        name: 'category',
        meaning: 'What the money went on',
        type: 'text',
        allowed:
          'listrik (electricity and cooking gas: LPG, elpiji), bahan (materials), transport, alat (tools), lainnya (other)',
      },
      { name: 'amount_idr', meaning: 'Amount', type: 'integer', unit: 'rupiah', allowed: '> 0' },
      { name: 'spent_on', meaning: 'Day of the cost', type: 'date' },
      RECORDED_AT,
      LAST_CORRECTED_AT,
      CORRECTED,
      VOIDED,
    ],
  }),
];

const ENTITY_DATASET: Record<string, { dataset: string; kind: PseudonymKind }> = {
  order: { dataset: 'orders', kind: 'order' },
  handin: { dataset: 'handins', kind: 'handin' },
  payment: { dataset: 'payments', kind: 'payment' },
  hours: { dataset: 'hours', kind: 'hours' },
  cost: { dataset: 'costs', kind: 'cost' },
};

/** A changed value as it may be published: numbers, flags and days; ids as keys; text (a typed product) never. */
function publishable(field: string | null, json: string | null, ctx: ExportContext): string | number | null {
  if (json === null || field === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (v === null) return null;
  if (field === 'employer_id' && typeof v === 'number') return ctx.pseudonym.employer(String(v));
  if (field === 'order_id' && typeof v === 'number') return ctx.pseudonym.row('order', v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (
    typeof v === 'string' &&
    /^(pcs|pasang|kodi|lusin|gros|rim|kg|pak|ikat|pay|kasbon|listrik|bahan|transport|alat|lainnya)$/.test(v)
  )
    return v;
  return null;
}

export const correctionsDataset: Dataset = {
  doc: {
    name: 'corrections',
    title: 'Corrections',
    row: 'change she made to one field of a diary row, or undoing of a row, at the time she made it',
    notes: [
      CONSENTED,
      'Each change has its own time (corrected_at, WIB), so a correction can be told from the entry it corrects: the entry keeps recorded_at, the day it was first written.',
      'row is the key of the changed row in its data set (orders, handins, payments, hours, costs). Values are given for numbers, flags, days and codes; an employer or order appears under its key; text she typed (a product) is never exported.',
    ],
    columns: [
      WORKER,
      {
        name: 'dataset',
        meaning: 'Data set of the changed row',
        type: 'text',
        allowed: 'orders, handins, payments, hours, costs',
      },
      { name: 'row', meaning: 'Key of the changed row in that data set', type: 'text' },
      {
        name: 'action',
        meaning: 'What she did',
        type: 'text',
        allowed: 'change = one field changed, void = the row was undone',
      },
      { name: 'field', meaning: 'The database field changed (empty for void)', type: 'text' },
      { name: 'old_value', meaning: 'Value before (see notes for which values are given)', type: 'text' },
      { name: 'new_value', meaning: 'Value after', type: 'text' },
      { name: 'corrected_at', meaning: 'When she made the change (WIB)', type: 'wib_instant' },
      { name: 'corrected_on', meaning: 'Day of the change', type: 'date' },
    ],
  },
  async rows(ctx) {
    const rows = await ctx.db
      .selectFrom('diary_corrections as c')
      .innerJoin('workers as w', 'w.id', 'c.worker_id')
      .select(['c.worker_id', 'c.entity', 'c.entity_id', 'c.action', 'c.field', 'c.old_value', 'c.new_value', 'c.at'])
      .where(inResearch('w'))
      .where('w.status', '=', 'active')
      .execute();
    return rows
      .flatMap((r) => {
        const e = ENTITY_DATASET[r.entity];
        if (!e) return [];
        const at = wibInstant(r.at);
        return [
          {
            worker: ctx.pseudonym.worker(r.worker_id),
            dataset: e.dataset,
            row: ctx.pseudonym.row(e.kind as Exclude<PseudonymKind, 'worker' | 'employer'>, r.entity_id),
            action: r.action,
            field: r.field,
            old_value: publishable(r.field, r.old_value, ctx),
            new_value: publishable(r.field, r.new_value, ctx),
            corrected_at: at,
            corrected_on: at.slice(0, 10),
          },
        ];
      })
      .filter((r) => (!ctx.from || r.corrected_on >= ctx.from) && (!ctx.to || r.corrected_on <= ctx.to))
      .sort(
        (a, b) =>
          a.worker.localeCompare(b.worker) ||
          a.corrected_at.localeCompare(b.corrected_at) ||
          a.row.localeCompare(b.row) ||
          String(a.field).localeCompare(String(b.field)),
      );
  },
};
