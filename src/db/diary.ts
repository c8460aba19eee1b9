// The work diary's rows: loading one worker's ledger, writing new entries,
// and corrections that keep the old value in diary_corrections.
import type { Kysely, Selectable } from 'kysely';
import { DIARY_LIMITS } from '../content/diary-bounds.ts';
import {
  COST_CATEGORIES,
  type CostCategory,
  type CostRec,
  type DiaryEntity,
  type EntityValues,
  type HandinRec,
  type HoursRec,
  type Ledger,
  type OrderRec,
  type PaymentKind,
  type PaymentRec,
} from '../diary/ledger.ts';
import { ratePerPiece } from '../diary/rate.ts';
import { fold } from '../parse/text.ts';
import { UNITS, type UnitCode } from '../parse/units.ts';
import { addToDiaryMonths, redoDiaryMonths } from './diary-months.ts';
import { prepared } from './prepared.ts';
import type { Bool, Database } from './schema.ts';

type Q = Kysely<Database>;

const bool = (v: Bool | null): boolean | null => (v === null ? null : v === 1);
const bit = (v: boolean | null | undefined): Bool | null => (v === null || v === undefined ? null : v ? 1 : 0);

/**
 * How an employer's name is matched: "Bu  Yati!" and "bu yati" are one person.
 * Letters and digits of every script count ("بو ياتي", "王老板", "ꦧꦸꦪꦠꦶ" are
 * kept as they are, their vowel signs with them); punctuation, symbols and
 * accents on Latin letters do not.
 */
export function nameKey(name: string): string {
  return (
    fold(name.normalize('NFKC'))
      // Anything but a letter or digit (with the marks on it) is a space; so is a mark on nothing.
      .replace(/^\p{M}+|(?:[^\p{L}\p{M}\p{N}]\p{M}*)+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
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
  checkValue('order', 'employer', name.trim(), TEXT);
  const key = nameKey(name);
  if (!key) throw new DiaryValueError('order', 'employer', name, 'a name with a letter or digit in it', 'other');
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

/** Which of DIARY_LIMITS a refused value broke ('other' when it is not a figure too large). */
export type DiaryLimit = keyof typeof DIARY_LIMITS | 'other';

/**
 * A value the diary does not store: a figure beyond DIARY_LIMITS, a fraction
 * where a whole number is kept, a date that is not one. Thrown before
 * anything of the row is written; the engine rolls the turn back and tells her
 * (src/engine/engine.ts), so nothing of it is kept.
 */
export class DiaryValueError extends Error {
  readonly code = 'DIARY_VALUE_REFUSED';
  constructor(
    readonly entity: DiaryEntity,
    readonly field: string,
    readonly value: unknown,
    readonly expected: string,
    /** The limit it is above, when it is a figure too large; 'other' otherwise. */
    readonly limit: DiaryLimit,
  ) {
    super(`${entity}.${field} must be ${expected}, not ${String(value).slice(0, 40)}`);
    this.name = 'DiaryValueError';
  }
  /** The largest value allowed, when the value was too large. */
  get max(): number | null {
    return this.limit === 'other' ? null : DIARY_LIMITS[this.limit];
  }
}

type Rule =
  | { kind: 'whole'; min: number; limit: keyof typeof DIARY_LIMITS }
  | { kind: 'number'; min: number; limit: keyof typeof DIARY_LIMITS }
  | { kind: 'text'; limit: 'text' }
  | { kind: 'day' }
  | { kind: 'oneOf'; values: ReadonlySet<string> }
  | { kind: 'bool' }
  | { kind: 'id' };

const whole = (limit: keyof typeof DIARY_LIMITS, min = 0): Rule => ({ kind: 'whole', min, limit });
const TEXT: Rule = { kind: 'text', limit: 'text' };
const DAY: Rule = { kind: 'day' };
const ID: Rule = { kind: 'id' };
const BOOL: Rule = { kind: 'bool' };
const UNIT: Rule = { kind: 'oneOf', values: new Set(UNITS.map((u) => u.code)) };

/** What each stored column may hold. Every column a row or a correction writes is checked. */
const COLUMN_RULES: { [E in DiaryEntity]: Record<string, Rule> } = {
  order: {
    employer_id: ID,
    product: TEXT,
    unit: UNIT,
    quantity_count: { kind: 'number', min: 0, limit: 'quantity' },
    quantity_pieces: whole('pieces'),
    rate_amount: whole('rupiah'),
    rate_per: UNIT,
    rate_count: whole('rateCount', 1),
    rate_per_piece: whole('rupiah'),
    received_on: DAY,
    due_on: DAY,
    written_agreement: BOOL,
    materials_from_employer: BOOL,
  },
  handin: {
    order_id: ID,
    handed_in_on: DAY,
    delivered_pieces: whole('pieces'),
    rejected_pieces: whole('pieces'),
  },
  payment: {
    employer_id: ID,
    order_id: ID,
    kind: { kind: 'oneOf', values: new Set<PaymentKind>(['pay', 'kasbon']) },
    amount: whole('rupiah'),
    deduction: whole('rupiah'),
    kasbon_repaid: whole('rupiah'),
    paid_on: DAY,
  },
  hours: {
    worked_on: DAY,
    minutes: whole('minutes'),
    order_id: ID,
    helpers: whole('helpers'),
    child_helper: BOOL,
  },
  cost: {
    category: { kind: 'oneOf', values: new Set<string>(COST_CATEGORIES) },
    amount: whole('rupiah'),
    spent_on: DAY,
  },
};

/** Columns that may be empty (null). An order's rate is empty while she has not been told it (both columns). */
const NULLABLE = new Set([
  'due_on',
  'written_agreement',
  'materials_from_employer',
  'helpers',
  'child_helper',
  'rate_amount',
  'rate_per',
]);
const NULLABLE_ORDER_ID = new Set<DiaryEntity>(['payment', 'hours']);

function isDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Why `v` may not be stored under `rule`, or null when it may. */
function fault(v: unknown, rule: Rule): { expected: string; limit: DiaryLimit } | null {
  switch (rule.kind) {
    case 'whole':
    case 'number': {
      const max = DIARY_LIMITS[rule.limit];
      const range = `${rule.kind === 'whole' ? 'a whole number' : 'a number'} from ${rule.min} to ${max}`;
      if (typeof v !== 'number' || !Number.isFinite(v)) return { expected: range, limit: 'other' };
      if (v > max) return { expected: `at most ${max}`, limit: rule.limit };
      if (v < rule.min || (rule.kind === 'whole' && !Number.isInteger(v))) return { expected: range, limit: 'other' };
      return null;
    }
    case 'text':
      if (typeof v !== 'string') return { expected: 'text', limit: 'other' };
      if ([...v].length > DIARY_LIMITS.text)
        return { expected: `at most ${DIARY_LIMITS.text} characters`, limit: 'text' };
      return null;
    case 'day':
      return typeof v === 'string' && isDay(v) ? null : { expected: 'a date (YYYY-MM-DD)', limit: 'other' };
    case 'oneOf':
      return typeof v === 'string' && rule.values.has(v)
        ? null
        : { expected: `one of ${[...rule.values].join(', ')}`, limit: 'other' };
    case 'bool':
      return typeof v === 'boolean' || v === 0 || v === 1 ? null : { expected: 'yes or no', limit: 'other' };
    case 'id':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1
        ? null
        : { expected: 'the id of one of her rows', limit: 'other' };
  }
}

/** Throws a DiaryValueError unless `v` is what `rule` allows. */
function checkValue(entity: DiaryEntity, field: string, v: unknown, rule: Rule): void {
  const f = fault(v, rule);
  if (f) throw new DiaryValueError(entity, field, v, f.expected, f.limit);
}

/** Checks every value a row or a correction would write (unknown columns are refused too). */
function checkValues(entity: DiaryEntity, values: Record<string, unknown>): void {
  const rules = COLUMN_RULES[entity];
  for (const [field, v] of Object.entries(values)) {
    if (!Object.hasOwn(rules, field)) throw new Error(`${entity}.${field} is not a column of the diary`);
    if (v === null || v === undefined) {
      if (field === 'rate_count' && v === undefined) continue;
      if (NULLABLE.has(field) || (field === 'order_id' && NULLABLE_ORDER_ID.has(entity))) continue;
      throw new DiaryValueError(entity, field, v, 'a value', 'other');
    }
    checkValue(entity, field, v, rules[field]!);
  }
}

function toDb(column: string, v: unknown): string | number | null {
  if (BOOL_COLUMNS.has(column)) return bit(v as boolean | null);
  return v as string | number | null;
}

async function checkRefs(q: Q, workerId: string, values: Record<string, unknown>): Promise<void> {
  if (typeof values.employer_id === 'number') await assertOwned(q, 'employers', values.employer_id, workerId);
  if (typeof values.order_id === 'number') await assertOwned(q, 'orders', values.order_id, workerId);
}

/** A rate is known (amount and unit) or not known yet (neither): never half of it. */
function checkRateWhole(amount: unknown, per: unknown): void {
  if ((amount === null) !== (per === null))
    throw new DiaryValueError('order', amount === null ? 'rate_amount' : 'rate_per', null, 'a value', 'other');
}

/** The per-piece rate stored with a rate; null while the rate is not known. */
function perPieceOf(amount: unknown, per: unknown, count: number): number | null {
  checkRateWhole(amount, per);
  if (amount === null) return null;
  const perPiece = ratePerPiece(amount as number, per as UnitCode, count);
  checkValue('order', 'rate_per_piece', perPiece, COLUMN_RULES.order.rate_per_piece!);
  return perPiece;
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
  checkValues(entity, v);
  await checkRefs(q, workerId, v);
  const row: Record<string, unknown> = { worker_id: workerId, created_at: nowIso, updated_at: nowIso };
  for (const [k, val] of Object.entries(v)) row[k] = toDb(k, val);
  if (entity === 'order') {
    row.rate_count = rateCountOf(v.rate_count);
    row.rate_per_piece = perPieceOf(v.rate_amount ?? null, v.rate_per ?? null, row.rate_count as number);
  }
  const db = q as unknown as Kysely<any>;
  const inserted = await db.insertInto(ENTITY_TABLE[entity]).values(row).returning('id').executeTakeFirstOrThrow();
  // Her monthly sums, in the same transaction (src/db/diary-months.ts).
  const entry = { entity, row: { ...row, id: inserted.id } };
  await addToDiaryMonths(q, workerId, entry as unknown as Parameters<typeof addToDiaryMonths>[2]);
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
  const changed = await correctRow(q, workerId, entity, id, changes, nowIso);
  if (changed.some((column) => SUMMED[entity].has(column))) await redoDiaryMonths(q, workerId);
  return changed.length;
}

/** Columns her monthly sums read (src/db/diary-months.ts): a correction of another column leaves them as they are. */
const SUMMED: { [E in DiaryEntity]: ReadonlySet<string> } = {
  order: new Set([
    'employer_id',
    'quantity_pieces',
    'rate_amount',
    'rate_per',
    'rate_count',
    'received_on',
    'written_agreement',
  ]),
  handin: new Set(['order_id', 'handed_in_on', 'delivered_pieces', 'rejected_pieces']),
  payment: new Set(['employer_id', 'order_id', 'kind', 'amount', 'deduction', 'kasbon_repaid', 'paid_on']),
  hours: new Set(['worked_on', 'minutes']),
  cost: new Set(['amount', 'spent_on']),
};

/** correctEntry without her monthly sums: the columns changed. */
async function correctRow<E extends DiaryEntity>(
  q: Q,
  workerId: string,
  entity: E,
  id: number,
  changes: Partial<EntityValues[E]>,
  nowIso: string,
): Promise<string[]> {
  const allowed = new Set<string>(EDITABLE[entity] as string[]);
  const c = changes as Record<string, unknown>;
  for (const k of Object.keys(c)) if (!allowed.has(k)) throw new Error(`${entity}.${k} cannot be corrected`);
  checkValues(entity, c);
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
  if (!Object.keys(set).length) return [];
  if (entity === 'order' && ('rate_amount' in set || 'rate_per' in set || 'rate_count' in set)) {
    // The rate may be set (or taken back) here: her order taken before she was told it.
    const amount = 'rate_amount' in set ? set.rate_amount : old.rate_amount;
    const per = 'rate_per' in set ? set.rate_per : old.rate_per;
    const count = Number(set.rate_count ?? old.rate_count);
    const perPiece = perPieceOf(amount ?? null, per ?? null, count);
    const oldPerPiece = old.rate_per_piece === null ? null : Number(old.rate_per_piece);
    if (perPiece !== oldPerPiece) {
      set.rate_per_piece = perPiece;
      await audit(q, workerId, entity, id, 'change', 'rate_per_piece', old.rate_per_piece, perPiece, nowIso);
    }
  }
  set.updated_at = nowIso;
  const db = q as unknown as Kysely<any>;
  const table: string = ENTITY_TABLE[entity];
  await db.updateTable(table).set(set).where('id', '=', id).execute();
  return Object.keys(set).filter((k) => k !== 'updated_at');
}

/**
 * Undoes one of her rows: it stays in the table with voided_at set, and the
 * undo is in diary_corrections. Undoing an order undoes its hand-ins too, and
 * unlinks payments and hours from it (the money and the hours were real).
 */
export async function voidEntry(q: Q, workerId: string, entity: DiaryEntity, id: number, nowIso: string) {
  await voidRow(q, workerId, entity, id, nowIso);
  await redoDiaryMonths(q, workerId);
}

/** voidEntry without her monthly sums. */
async function voidRow(q: Q, workerId: string, entity: DiaryEntity, id: number, nowIso: string) {
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
  for (const h of handins) await voidRow(q, workerId, 'handin', h.id, nowIso);
  for (const table of ['payments', 'work_hours'] as const) {
    const linked = await q
      .selectFrom(table)
      .select('id')
      .where('order_id', '=', id)
      .where('voided_at', 'is', null)
      .execute();
    for (const r of linked)
      await correctRow(q, workerId, table === 'payments' ? 'payment' : 'hours', r.id, { order_id: null }, nowIso);
  }
}
