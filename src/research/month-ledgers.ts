// What the monthly observations read of each worker's diary, for every
// research subject at once: the ledger texts her diary keeps by month
// (diary_months, src/db/diary-months.ts), one text per worker read in one
// query. Days are numbers YYYYMMDD (so a month is day / 100); a hand-in
// carries its accepted pieces and their value at its order's rate. Undone
// rows are left out, as in her ledger. Kept as columns of numbers, one list
// per field, so that a worker's hundreds of entries make no object each.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { LEDGER_WIDTH } from '../db/diary-months.ts';
import { inResearch } from '../db/subjects.ts';
import type { Ledger } from '../diary/ledger.ts';
import { acceptedOf, handinValue } from '../diary/summary.ts';
import type { WorkerRef } from './ledgers.ts';
import { digitsOfDay } from './weeks.ts';

export interface MonthLedger {
  /** Her employers that her entries name. */
  employers: number[];
  /** Orders standing: written is -1 when not asked, else 0 or 1. */
  orders: { id: number[]; employer: number[]; day: number[]; quantity: number[]; written: number[] };
  /** Hand-ins: order 0 when its order was undone (it dates her diary and counts for nothing). */
  handins: { order: number[]; day: number[]; pieces: number[]; value: number[] };
  /** Payments: order 0 when none; pay 1 for pay, 0 for a kasbon. */
  payments: {
    employer: number[];
    order: number[];
    pay: number[];
    day: number[];
    amount: number[];
    /** Kept back for materials, rejects, fines: settles part of what she earned. */
    deduction: number[];
    kasbon: number[];
  };
  /** Minutes of the hours written for days in a month (YYYYMM); months without hours absent. */
  minutes: Map<number, number>;
  /** Costs dated in a month (YYYYMM); months without costs absent. */
  costs: Map<number, number>;
}

export function emptyMonthLedger(): MonthLedger {
  return {
    employers: [],
    orders: { id: [], employer: [], day: [], quantity: [], written: [] },
    handins: { order: [], day: [], pieces: [], value: [] },
    payments: { employer: [], order: [], pay: [], day: [], amount: [], deduction: [], kasbon: [] },
    minutes: new Map(),
    costs: new Map(),
  };
}

/** Empties it for the next worker, keeping its lists. */
function clear(l: MonthLedger): void {
  l.employers.length = 0;
  for (const part of [l.orders, l.handins, l.payments]) for (const col of Object.values(part)) col.length = 0;
  l.minutes.clear();
  l.costs.clear();
}

/** Adds `v` to a month's total. */
function addTo(m: Map<number, number>, month: number, v: number): void {
  m.set(month, (m.get(month) ?? 0) + v);
}

/** Her ledger in this shape (what the loader gives for her, read the slow way). */
export function monthLedgerOf(l: Ledger): MonthLedger {
  const m = emptyMonthLedger();
  const orders = new Map(l.orders.map((o) => [o.id, o]));
  for (const o of l.orders) {
    m.orders.id.push(o.id);
    m.orders.employer.push(o.employerId);
    m.orders.day.push(digitsOfDay(o.receivedOn));
    m.orders.quantity.push(o.quantityPieces);
    m.orders.written.push(o.writtenAgreement === null ? -1 : o.writtenAgreement ? 1 : 0);
  }
  for (const h of l.handins) {
    const o = orders.get(h.orderId);
    m.handins.order.push(o ? h.orderId : 0);
    m.handins.day.push(digitsOfDay(h.handedInOn));
    m.handins.pieces.push(o ? acceptedOf(h) : 0);
    m.handins.value.push(o ? handinValue(h, o) : 0);
  }
  for (const p of l.payments) {
    m.payments.employer.push(p.employerId);
    m.payments.order.push(p.orderId ?? 0);
    m.payments.pay.push(p.kind === 'pay' ? 1 : 0);
    m.payments.day.push(digitsOfDay(p.paidOn));
    m.payments.amount.push(p.amount);
    m.payments.deduction.push(p.deduction);
    m.payments.kasbon.push(p.kasbonRepaid);
  }
  // Her employers as her ledger lists them (her entries name no other: the diary checks it).
  m.employers = l.employers.map((e) => e.id);
  for (const h of l.hours) addTo(m.minutes, Math.floor(digitsOfDay(h.workedOn) / 100), h.minutes);
  for (const c of l.costs) addTo(m.costs, Math.floor(digitsOfDay(c.spentOn) / 100), c.amount);
  return m;
}

/** A research subject (or `include`) with the ledger texts of her months joined by ','. */
export interface SubjectLedger extends WorkerRef {
  ledger: string | null;
}

/**
 * The research subjects (and `include`: her own figures in BANDINGKAN), each
 * with her ledger texts, in order of their ids, a few hundred at a time: each
 * batch's texts are read and let go before the next (held all at once, the
 * megabytes of text outlive the young generation and make the collector copy
 * and mark them).
 */
export async function* subjectLedgers(db: Db, include?: string, batch = 500): AsyncGenerator<SubjectLedger[]> {
  for (let after = ''; ; ) {
    const rows = await subjectLedgersAfter(db, include, after, batch);
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    after = rows.at(-1)!.id;
  }
}

async function subjectLedgersAfter(db: Db, include: string | undefined, after: string, batch: number) {
  const who = include ? sql`(${inResearch('w')} or w.id = ${include})` : inResearch('w');
  const { rows } = await sql<{
    id: string;
    kecamatan: string | null;
    product: string | null;
    consented_at: string | null;
    created_at: string;
    ledger: string | null;
  }>`
    select w.id, w.kecamatan, w.product, w.consented_at, w.created_at,
      (select string_agg(t.ledger, ',') from diary_months t where t.worker_id = w.id and t.ledger <> '') as ledger
    from workers w
    where w.status = 'active' and ${who} and w.id > ${after}
    order by w.id
    limit ${batch}`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    kecamatan: r.kecamatan,
    product: r.product,
    joinedAt: r.consented_at ?? r.created_at,
    ledger: r.ledger,
  }));
}

const ZERO = 48;
const NINE = 57;
const SPACE = 32;
const MINUS = 45;

/**
 * Her ledger from the ledger texts of her months (src/db/diary-months.ts says
 * what they hold), into `into` (emptied first): one ledger is filled for one
 * worker after another.
 */
export function monthLedgerOfText(text: string | null | undefined, into = emptyMonthLedger()): MonthLedger {
  const l = into;
  clear(l);
  if (!text) return l;
  const employers = new Set<number>();
  // Records by their kind (the first number): fields by place; this runs a million times.
  const f = new Array<number>(8).fill(0);
  let k = 0;
  let need = 1;
  let v = 0;
  let negative = false;
  let inNumber = false;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : SPACE;
    if (c >= ZERO && c <= NINE) {
      v = v * 10 + (c - ZERO);
      inNumber = true;
      continue;
    }
    if (c === MINUS && !inNumber) {
      negative = true;
      continue;
    }
    if (!inNumber) continue;
    f[k++] = negative ? -v : v;
    v = 0;
    negative = false;
    inNumber = false;
    if (k === 1) need = LEDGER_WIDTH[f[0] as 1] ?? 1;
    if (k < need) continue;
    k = 0;
    switch (f[0]) {
      case 1:
        l.orders.id.push(f[1]!);
        l.orders.employer.push(f[2]!);
        l.orders.day.push(f[3]!);
        l.orders.quantity.push(f[4]!);
        l.orders.written.push(f[5]!);
        employers.add(f[2]!);
        break;
      case 2:
        l.handins.order.push(f[1]!);
        l.handins.day.push(f[2]!);
        l.handins.pieces.push(f[3]!);
        l.handins.value.push(f[4]!);
        break;
      case 3:
        l.payments.employer.push(f[1]!);
        l.payments.order.push(f[2]!);
        l.payments.pay.push(f[3]!);
        l.payments.day.push(f[4]!);
        l.payments.amount.push(f[5]!);
        l.payments.deduction.push(f[6]!);
        l.payments.kasbon.push(f[7]!);
        employers.add(f[1]!);
        break;
      case 4:
        addTo(l.minutes, f[1]!, f[3]!);
        break;
      case 5:
        addTo(l.costs, f[1]!, f[3]!);
        break;
    }
  }
  for (const e of employers) l.employers.push(e);
  l.employers.sort((a, b) => a - b);
  return l;
}
