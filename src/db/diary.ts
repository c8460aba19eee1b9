// The work diary's rows: loading one worker's ledger, writing new entries,
// and corrections that keep the old value in diary_corrections.
import type { Kysely, Selectable } from 'kysely';
import type {
  CostCategory,
  CostRec,
  DiaryEntity,
  EntityValues,
  HandinRec,
  HoursRec,
  Ledger,
  OrderRec,
  PaymentKind,
  PaymentRec,
} from '../diary/ledger.ts';
import { ratePerPiece } from '../diary/rate.ts';
import { fold } from '../parse/text.ts';
import type { UnitCode } from '../parse/units.ts';
import { prepared } from './prepared.ts';
import type { Bool, Database } from './schema.ts';

type Q = Kysely<Database>;

const bool = (v: Bool | null): boolean | null => (v === null ? null : v === 1);
const bit = (v: boolean | null | undefined): Bool | null => (v === null || v === undefined ? null : v ? 1 : 0);

/** How an employer's name is matched: "Bu  Yati!" and "bu yati" are one person. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Rows to ledger entries: here and in the research views' many-worker loader (src/research/ledgers.ts).
type Row<T extends keyof Database> = Selectable<Database[T]>;

export const toOrderRec = (o: Row<'orders'>): OrderRec => ({
  id: o.id,
  employerId: o.employer_id,
  product: o.product,
  unit: o.unit as UnitCode,
  quantityCount: Number(o.quantity_count),
  quantityPieces: o.quantity_pieces,
  rateAmount: o.rate_amount,
  ratePer: o.rate_per as UnitCode,
  rateCount: o.rate_count,
  ratePerPiece: o.rate_per_piece,
  receivedOn: o.received_on,
  dueOn: o.due_on,
  writtenAgreement: bool(o.written_agreement),
  materialsFromEmployer: bool(o.materials_from_employer),
  createdAt: o.created_at,
});

export const toHandinRec = (h: Row<'handins'>): HandinRec => ({
  id: h.id,
  orderId: h.order_id,
  handedInOn: h.handed_in_on,
  deliveredPieces: h.delivered_pieces,
  rejectedPieces: h.rejected_pieces,
  createdAt: h.created_at,
});

export const toPaymentRec = (p: Row<'payments'>): PaymentRec => ({
  id: p.id,
  employerId: p.employer_id,
  orderId: p.order_id,
  kind: p.kind as PaymentKind,
  amount: p.amount,
  deduction: p.deduction,
  kasbonRepaid: p.kasbon_repaid,
  paidOn: p.paid_on,
  createdAt: p.created_at,
});

export const toHoursRec = (h: Row<'work_hours'>): HoursRec => ({
  id: h.id,
  workedOn: h.worked_on,
  minutes: h.minutes,
  orderId: h.order_id,
  helpers: h.helpers,
  childHelper: bool(h.child_helper),
  createdAt: h.created_at,
});

export const toCostRec = (c: Row<'costs'>): CostRec => ({
  id: c.id,
  category: c.category as CostCategory,
  amount: c.amount,
  spentOn: c.spent_on,
  createdAt: c.created_at,
});

// Run on most messages (every step of a diary entry shows or checks her ledger).
const ledgerQueries = {
  employers: prepared((q, workerId: string) =>
    q.selectFrom('employers').select(['id', 'name']).where('worker_id', '=', workerId).orderBy('id'),
  ),
  orders: prepared((q, workerId: string) =>
    q.selectFrom('orders').selectAll().where('worker_id', '=', workerId).where('voided_at', 'is', null).orderBy('id'),
  ),
  handins: prepared((q, workerId: string) =>
    q.selectFrom('handins').selectAll().where('worker_id', '=', workerId).where('voided_at', 'is', null).orderBy('id'),
  ),
  payments: prepared((q, workerId: string) =>
    q.selectFrom('payments').selectAll().where('worker_id', '=', workerId).where('voided_at', 'is', null).orderBy('id'),
  ),
  hours: prepared((q, workerId: string) =>
    q
      .selectFrom('work_hours')
      .selectAll()
      .where('worker_id', '=', workerId)
      .where('voided_at', 'is', null)
      .orderBy('id'),
  ),
  costs: prepared((q, workerId: string) =>
    q.selectFrom('costs').selectAll().where('worker_id', '=', workerId).where('voided_at', 'is', null).orderBy('id'),
  ),
  corrected: prepared((q, workerId: string) =>
    q
      .selectFrom('diary_corrections')
      .select(['entity', 'entity_id'])
      .distinct()
      .where('worker_id', '=', workerId)
      .where('action', '=', 'change'),
  ),
};

export async function loadLedger(q: Q, workerId: string): Promise<Ledger> {
  const employers = await ledgerQueries.employers(q, workerId);
  const orders = await ledgerQueries.orders(q, workerId);
  const handins = await ledgerQueries.handins(q, workerId);
  const payments = await ledgerQueries.payments(q, workerId);
  const hours = await ledgerQueries.hours(q, workerId);
  const costs = await ledgerQueries.costs(q, workerId);
  const corrected = await ledgerQueries.corrected(q, workerId);
  return {
    employers,
    orders: orders.map(toOrderRec),
    handins: handins.map(toHandinRec),
    payments: payments.map(toPaymentRec),
    hours: hours.map(toHoursRec),
    costs: costs.map(toCostRec),
    corrected: corrected.map((c) => `${c.entity}:${c.entity_id}`),
  };
}

/** Her employer with this name, created when new. */
export async function findOrCreateEmployer(q: Q, workerId: string, name: string, nowIso: string): Promise<number> {
  const key = nameKey(name);
  const found = await q
    .selectFrom('employers')
    .select('id')
    .where('worker_id', '=', workerId)
    .where('name_key', '=', key)
    .executeTakeFirst();
  if (found) return found.id;
  const row = await q
    .insertInto('employers')
    .values({ worker_id: workerId, name: name.trim(), name_key: key, created_at: nowIso })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Throws unless the row exists, belongs to her and is not undone: flows only pass ids they were shown. */
async function assertOwned(q: Q, table: 'orders' | 'employers', id: number, workerId: string): Promise<void> {
  const db = q as unknown as Kysely<any>;
  let query = db.selectFrom(table).select('id').where('id', '=', id).where('worker_id', '=', workerId);
  if (table === 'orders') query = query.where('voided_at', 'is', null);
  if (!(await query.executeTakeFirst())) throw new Error(`${table} ${id} is not this worker's`);
}

export const ENTITY_TABLE = {
  order: 'orders',
  handin: 'handins',
  payment: 'payments',
  hours: 'work_hours',
  cost: 'costs',
} as const satisfies Record<DiaryEntity, keyof Database>;

/** Columns a correction may change, per entity. */
export const EDITABLE: { [E in DiaryEntity]: (keyof EntityValues[E])[] } = {
  order: [
    'employer_id',
    'product',
    'unit',
    'quantity_count',
    'quantity_pieces',
    'rate_amount',
    'rate_per',
    'rate_count',
    'received_on',
    'due_on',
    'written_agreement',
    'materials_from_employer',
  ],
  handin: ['order_id', 'handed_in_on', 'delivered_pieces', 'rejected_pieces'],
  payment: ['employer_id', 'order_id', 'kind', 'amount', 'deduction', 'kasbon_repaid', 'paid_on'],
  hours: ['worked_on', 'minutes', 'order_id', 'helpers', 'child_helper'],
  cost: ['category', 'amount', 'spent_on'],
};

const BOOL_COLUMNS = new Set(['written_agreement', 'materials_from_employer', 'child_helper']);

function toDb(column: string, v: unknown): string | number | null {
  if (BOOL_COLUMNS.has(column)) return bit(v as boolean | null);
  return v as string | number | null;
}

async function checkRefs(q: Q, workerId: string, values: Record<string, unknown>): Promise<void> {
  if (typeof values.employer_id === 'number') await assertOwned(q, 'employers', values.employer_id, workerId);
  if (typeof values.order_id === 'number') await assertOwned(q, 'orders', values.order_id, workerId);
}

/** The count of a rate as stored: a whole number of units, at least 1 (absent is 1). */
function rateCountOf(v: unknown): number {
  const count = v ?? 1;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1)
    throw new Error(`rate_count must be a whole number of units, at least 1, not ${String(v)}`);
  return count;
}

export async function insertEntry<E extends DiaryEntity>(
  q: Q,
  workerId: string,
  entity: E,
  values: EntityValues[E],
  nowIso: string,
): Promise<number> {
  const v = values as unknown as Record<string, unknown>;
  await checkRefs(q, workerId, v);
  const row: Record<string, unknown> = { worker_id: workerId, created_at: nowIso, updated_at: nowIso };
  for (const [k, val] of Object.entries(v)) row[k] = toDb(k, val);
  if (entity === 'order') {
    row.rate_count = rateCountOf(v.rate_count);
    row.rate_per_piece = ratePerPiece(v.rate_amount as number, v.rate_per as UnitCode, row.rate_count as number);
  }
  const db = q as unknown as Kysely<any>;
  const inserted = await db.insertInto(ENTITY_TABLE[entity]).values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id as number;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof b === 'number') return Number(a) === b;
  return String(a) === String(b);
}

async function ownedRow(q: Q, workerId: string, entity: DiaryEntity, id: number): Promise<Record<string, unknown>> {
  const db = q as unknown as Kysely<any>;
  const row = await db
    .selectFrom(ENTITY_TABLE[entity])
    .selectAll()
    .where('id', '=', id)
    .where('worker_id', '=', workerId)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new Error(`${entity} ${id} is not this worker's`);
  return row as Record<string, unknown>;
}

async function audit(
  q: Q,
  workerId: string,
  entity: DiaryEntity,
  id: number,
  action: 'change' | 'void',
  field: string | null,
  oldValue: unknown,
  newValue: unknown,
  nowIso: string,
): Promise<void> {
  await q
    .insertInto('diary_corrections')
    .values({
      worker_id: workerId,
      entity,
      entity_id: id,
      action,
      field,
      old_value: oldValue === undefined ? null : JSON.stringify(oldValue),
      new_value: newValue === undefined ? null : JSON.stringify(newValue),
      at: nowIso,
    })
    .execute();
}

/**
 * Changes some columns of one of her rows. Each changed column is appended to
 * diary_corrections with its old and new value; unchanged ones are ignored.
 * Returns the number of columns changed.
 */
export async function correctEntry<E extends DiaryEntity>(
  q: Q,
  workerId: string,
  entity: E,
  id: number,
  changes: Partial<EntityValues[E]>,
  nowIso: string,
): Promise<number> {
  const allowed = new Set<string>(EDITABLE[entity] as string[]);
  const c = changes as Record<string, unknown>;
  for (const k of Object.keys(c)) if (!allowed.has(k)) throw new Error(`${entity}.${k} cannot be corrected`);
  await checkRefs(q, workerId, c);
  if (entity === 'order' && c.rate_count !== undefined) rateCountOf(c.rate_count);
  const old = await ownedRow(q, workerId, entity, id);
  const set: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) {
    const nv = toDb(k, v);
    if (sameValue(old[k], nv)) continue;
    set[k] = nv;
    await audit(q, workerId, entity, id, 'change', k, old[k], nv, nowIso);
  }
  if (!Object.keys(set).length) return 0;
  if (entity === 'order' && ('rate_amount' in set || 'rate_per' in set || 'rate_count' in set)) {
    const amount = (set.rate_amount ?? old.rate_amount) as number;
    const per = (set.rate_per ?? old.rate_per) as UnitCode;
    const count = Number(set.rate_count ?? old.rate_count);
    const perPiece = ratePerPiece(amount, per, count);
    if (perPiece !== old.rate_per_piece) {
      set.rate_per_piece = perPiece;
      await audit(q, workerId, entity, id, 'change', 'rate_per_piece', old.rate_per_piece, perPiece, nowIso);
    }
  }
  set.updated_at = nowIso;
  const db = q as unknown as Kysely<any>;
  const table: string = ENTITY_TABLE[entity];
  await db.updateTable(table).set(set).where('id', '=', id).execute();
  return Object.keys(set).length - 1;
}

/**
 * Undoes one of her rows: it stays in the table with voided_at set, and the
 * undo is in diary_corrections. Undoing an order undoes its hand-ins too, and
 * unlinks payments and hours from it (the money and the hours were real).
 */
export async function voidEntry(q: Q, workerId: string, entity: DiaryEntity, id: number, nowIso: string) {
  await ownedRow(q, workerId, entity, id);
  const db = q as unknown as Kysely<any>;
  await db
    .updateTable(ENTITY_TABLE[entity])
    .set({ voided_at: nowIso, updated_at: nowIso })
    .where('id', '=', id)
    .execute();
  await audit(q, workerId, entity, id, 'void', null, undefined, undefined, nowIso);
  if (entity !== 'order') return;
  const handins = await q
    .selectFrom('handins')
    .select('id')
    .where('order_id', '=', id)
    .where('voided_at', 'is', null)
    .execute();
  for (const h of handins) await voidEntry(q, workerId, 'handin', h.id, nowIso);
  for (const table of ['payments', 'work_hours'] as const) {
    const linked = await q
      .selectFrom(table)
      .select('id')
      .where('order_id', '=', id)
      .where('voided_at', 'is', null)
      .execute();
    for (const r of linked)
      await correctEntry(q, workerId, table === 'payments' ? 'payment' : 'hours', r.id, { order_id: null }, nowIso);
  }
}
