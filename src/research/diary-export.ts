// The diary as research data sets: one row per order, hand-in, payment, day
// of hours, or cost, of workers who said yes to research. Workers and
// employers appear under keyed pseudonyms; no name, phone number or chat id is
// in any column. Days are YYYY-MM-DD (WIB), money integer rupiah. A row that
// was changed after it was first recorded has corrected = 1 (the old values
// are in diary_corrections); undone rows are left out unless asked for, and
// then have voided = 1.
import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import { WIB_OFFSET_MS } from '../core/time.ts';
import type { Database } from '../db/schema.ts';
import { inResearch } from '../db/subjects.ts';
import { fold } from '../parse/text.ts';
import type { Pseudonymizer } from './pseudonym.ts';

export const DATASETS = ['orders', 'handins', 'payments', 'hours', 'costs'] as const;
export type Dataset = (typeof DATASETS)[number];
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export const COLUMNS: Record<Dataset, string[]> = {
  orders: [
    'worker',
    'order_id',
    'employer',
    'product',
    'unit',
    'quantity_count',
    'quantity_pieces',
    'rate_amount_idr',
    'rate_per',
    'rate_count',
    'rate_per_piece_idr',
    'received_on',
    'due_on',
    'written_agreement',
    'materials_from_employer',
    'recorded_at',
    'last_corrected_at',
    'corrected',
    'voided',
  ],
  handins: [
    'worker',
    'handin_id',
    'order_id',
    'handed_in_on',
    'delivered_pieces',
    'rejected_pieces',
    'accepted_pieces',
    'recorded_at',
    'last_corrected_at',
    'corrected',
    'voided',
  ],
  payments: [
    'worker',
    'payment_id',
    'employer',
    'order_id',
    'kind',
    'amount_idr',
    'deduction_idr',
    'kasbon_repaid_idr',
    'paid_on',
    'recorded_at',
    'last_corrected_at',
    'corrected',
    'voided',
  ],
  hours: [
    'worker',
    'hours_id',
    'worked_on',
    'hours',
    'helpers',
    'child_under_15',
    'order_id',
    'recorded_at',
    'last_corrected_at',
    'corrected',
    'voided',
  ],
  costs: [
    'worker',
    'cost_id',
    'category',
    'amount_idr',
    'spent_on',
    'recorded_at',
    'last_corrected_at',
    'corrected',
    'voided',
  ],
};

export interface ExportOptions {
  includeVoided?: boolean;
}

const bit = (v: number | null): Cell => (v === null ? null : v ? 1 : 0);

const HONORIFICS = ['bu', 'ibu', 'pak', 'bapak', 'mbak', 'mba', 'mas', 'bos', 'juragan', 'haji', 'hj'];

/**
 * Lower-case Latin letters and digits only. Not the diary's name key, which
 * keeps every script: a product in another script could hold a name the
 * banned words below cannot find (no spaces between words), so it is left out.
 */
const latinWords = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Free text she typed as a product, made safe to publish: lower case, no
 * run of digits that could be a phone number, no word of her employers' names.
 */
export function safeProduct(product: string, employerNames: string[]): string {
  // Her employers' names, and the words that go before a name ("Bu", "Pak").
  const banned = new Set([
    ...employerNames.flatMap((n) => latinWords(n).split(' ')).filter((w) => w.length >= 3),
    ...HONORIFICS,
  ]);
  return latinWords(product)
    .replace(/\d{4,}/g, ' ')
    .split(' ')
    .filter((w) => w && !banned.has(w))
    .join(' ')
    .slice(0, 40);
}

type Q = Kysely<Database>;

/** Workers who said yes to research (a subquery, so any number of workers fits). */
function consenting(q: Q) {
  return q.selectFrom('workers').select('id').where(inResearch('workers')).where('status', '=', 'active');
}

/** An instant stored in UTC as WIB wall time with its offset: 2026-11-25T10:05:00+07:00. */
export function wibInstant(iso: string): string {
  return `${new Date(Date.parse(iso) + WIB_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** For each row of an entity she changed: when she last changed it (WIB). */
async function correctedAt(q: Q, entity: string): Promise<Map<number, string>> {
  const rows = await q
    .selectFrom('diary_corrections')
    .select(['entity_id', (eb) => eb.fn.max('at').as('at')])
    .where('entity', '=', entity)
    .where('action', '=', 'change')
    .groupBy('entity_id')
    .execute();
  return new Map(rows.map((r) => [r.entity_id, wibInstant(String(r.at))]));
}

/** Worker, day, then when it was recorded, then the row's key: an order that says nothing of the database's ids. */
function sortRows(rows: Row[], day: string, id: string): Row[] {
  return rows.sort(
    (a, b) =>
      String(a.worker).localeCompare(String(b.worker)) ||
      String(a[day]).localeCompare(String(b[day])) ||
      String(a.recorded_at).localeCompare(String(b.recorded_at)) ||
      String(a[id]).localeCompare(String(b[id])),
  );
}

/** The rows of one data set, in a stable order (worker pseudonym, day, id). */
export async function exportRows(
  q: Q,
  dataset: Dataset,
  pseudo: Pseudonymizer,
  opts: ExportOptions = {},
): Promise<Row[]> {
  const workers = consenting(q);
  const voided = (v: string | null) => (v ? 1 : 0);
  const keep = <T extends { voided_at: string | null }>(r: T) => opts.includeVoided || r.voided_at === null;
  const W = (id: string) => pseudo('worker', id);
  const E = (id: number) => pseudo('employer', id);
  const O = (id: number | null) => (id === null ? null : pseudo('order', id));
  const when = (r: { created_at: string }, id: number, at: Map<number, string>) => ({
    recorded_at: wibInstant(r.created_at),
    last_corrected_at: at.get(id) ?? null,
    corrected: at.has(id) ? 1 : 0,
  });

  switch (dataset) {
    case 'orders': {
      const corrected = await correctedAt(q, 'order');
      const employers = await q
        .selectFrom('employers')
        .select(['worker_id', 'name'])
        .where('worker_id', 'in', workers)
        .execute();
      const names = new Map<string, string[]>();
      for (const e of employers) names.set(e.worker_id, [...(names.get(e.worker_id) ?? []), e.name]);
      const rows = await q.selectFrom('orders').selectAll().where('worker_id', 'in', workers).execute();
      return sortRows(
        rows.filter(keep).map((o) => ({
          worker: W(o.worker_id),
          order_id: O(o.id),
          employer: E(o.employer_id),
          product: safeProduct(o.product, names.get(o.worker_id) ?? []),
          unit: o.unit,
          quantity_count: Number(o.quantity_count),
          quantity_pieces: o.quantity_pieces,
          // A rate not told yet is missing, its count with it.
          rate_amount_idr: o.rate_amount,
          rate_per: o.rate_per,
          rate_count: o.rate_amount === null ? null : o.rate_count,
          rate_per_piece_idr: o.rate_per_piece,
          received_on: o.received_on,
          due_on: o.due_on,
          written_agreement: bit(o.written_agreement),
          materials_from_employer: bit(o.materials_from_employer),
          ...when(o, o.id, corrected),
          voided: voided(o.voided_at),
        })),
        'received_on',
        'order_id',
      );
    }
    case 'handins': {
      const corrected = await correctedAt(q, 'handin');
      const rows = await q.selectFrom('handins').selectAll().where('worker_id', 'in', workers).execute();
      return sortRows(
        rows.filter(keep).map((h) => ({
          worker: W(h.worker_id),
          handin_id: pseudo('handin', h.id),
          order_id: O(h.order_id),
          handed_in_on: h.handed_in_on,
          delivered_pieces: h.delivered_pieces,
          rejected_pieces: h.rejected_pieces,
          accepted_pieces: h.delivered_pieces - h.rejected_pieces,
          ...when(h, h.id, corrected),
          voided: voided(h.voided_at),
        })),
        'handed_in_on',
        'handin_id',
      );
    }
    case 'payments': {
      const corrected = await correctedAt(q, 'payment');
      const rows = await q.selectFrom('payments').selectAll().where('worker_id', 'in', workers).execute();
      return sortRows(
        rows.filter(keep).map((p) => ({
          worker: W(p.worker_id),
          payment_id: pseudo('payment', p.id),
          employer: E(p.employer_id),
          order_id: O(p.order_id),
          kind: p.kind,
          amount_idr: p.amount,
          deduction_idr: p.deduction,
          kasbon_repaid_idr: p.kasbon_repaid,
          paid_on: p.paid_on,
          ...when(p, p.id, corrected),
          voided: voided(p.voided_at),
        })),
        'paid_on',
        'payment_id',
      );
    }
    case 'hours': {
      const corrected = await correctedAt(q, 'hours');
      const rows = await q.selectFrom('work_hours').selectAll().where('worker_id', 'in', workers).execute();
      return sortRows(
        rows.filter(keep).map((h) => ({
          worker: W(h.worker_id),
          hours_id: pseudo('hours', h.id),
          worked_on: h.worked_on,
          hours: Math.round((h.minutes / 60) * 100) / 100,
          // Not said stays empty (NULL), never counted as nobody.
          helpers: h.helpers,
          // Rows written before "alone" was stored as no.
          child_under_15: h.helpers === 0 ? 0 : bit(h.child_helper),
          order_id: O(h.order_id),
          ...when(h, h.id, corrected),
          voided: voided(h.voided_at),
        })),
        'worked_on',
        'hours_id',
      );
    }
    case 'costs': {
      const corrected = await correctedAt(q, 'cost');
      const rows = await q.selectFrom('costs').selectAll().where('worker_id', 'in', workers).execute();
      return sortRows(
        rows.filter(keep).map((c) => ({
          worker: W(c.worker_id),
          cost_id: pseudo('cost', c.id),
          category: c.category,
          amount_idr: c.amount,
          spent_on: c.spent_on,
          ...when(c, c.id, corrected),
          voided: voided(c.voided_at),
        })),
        'spent_on',
        'cost_id',
      );
    }
  }
}

export function toCsv(dataset: Dataset, rows: Row[]): string {
  return stringify(rows, { header: true, columns: COLUMNS[dataset], cast: { number: (n) => String(n) } });
}

export function toJson(rows: Row[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
