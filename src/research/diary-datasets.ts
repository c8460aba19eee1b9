// The five diary data sets (rows from src/research/diary-export.ts) with their
// codebooks, date filters and the research rules: her kind of work as a code,
// never the product as she typed it (free text).
import type { ColumnDoc, DatasetDoc, Row } from './codebook.ts';
import type { Dataset, ExportContext } from './datasets.ts';
import { exportRows } from './diary-export.ts';
import { inResearch } from './subjects.ts';

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
const ORDER_ID: ColumnDoc = {
  name: 'order_id',
  meaning: 'Number of the order (links hand-ins, payments and hours to it)',
  type: 'integer',
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
      const pseudo = (kind: 'worker' | 'employer', id: string | number) =>
        kind === 'worker' ? ctx.pseudonym.worker(String(id)) : ctx.pseudonym.employer(String(id));
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
      { name: 'handin_id', meaning: 'Number of the hand-in', type: 'integer' },
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
      { name: 'payment_id', meaning: 'Number of the payment', type: 'integer' },
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
      { name: 'hours_id', meaning: 'Number of the entry', type: 'integer' },
      { name: 'worked_on', meaning: 'Day worked', type: 'date' },
      { name: 'hours', meaning: 'Hours she worked that day', type: 'number', unit: 'hours', allowed: '0 to 24' },
      { name: 'helpers', meaning: 'Family members who helped', type: 'integer', unit: 'people', allowed: '>= 0' },
      {
        name: 'child_under_15',
        meaning: 'A child under 15 helped',
        type: 'flag',
        allowed: '0 = no, 1 = yes, empty = not asked (no helpers)',
      },
      { ...ORDER_ID, meaning: 'The order worked on, if she said' },
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
      { name: 'cost_id', meaning: 'Number of the cost', type: 'integer' },
      {
        name: 'category',
        meaning: 'What the money went on',
        type: 'text',
        allowed:
          'listrik (electricity and cooking gas: LPG, elpiji), bahan (materials), transport, alat (tools), lainnya (other)',
      },
      { name: 'amount_idr', meaning: 'Amount', type: 'integer', unit: 'rupiah', allowed: '> 0' },
      { name: 'spent_on', meaning: 'Day of the cost', type: 'date' },
      CORRECTED,
      VOIDED,
    ],
  }),
];
