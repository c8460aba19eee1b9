// What the monthly observations read of each worker's diary, for every
// research subject at once: the ledger texts her diary keeps by month
// (diary_months, src/db/diary-months.ts), one text per worker read in one
// query. Days are numbers YYYYMMDD (so a month is day / 100); a hand-in
// carries its accepted pieces and their value at its order's rate. Undone
// rows are left out, as in her ledger. Kept as rows of numbers in arrays
// that one worker after another refills, so that a worker's hundreds of
// entries make no object each.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { LEDGER_WIDTH } from '../db/diary-months.ts';
import { inResearch } from '../db/subjects.ts';
import type { Ledger } from '../diary/ledger.ts';
import { acceptedOf, handinValue } from '../diary/summary.ts';
import type { WorkerRef } from './ledgers.ts';
import { digitsOfDay } from './weeks.ts';

/**
 * Records of one kind, row after row in one growing array of numbers: row i's
 * field f is data[i * width + f]. Emptied and refilled from worker to worker,
 * so reading a million entries makes no object per entry and keeps its arrays.
 */
export class Records {
  n = 0;
  data: Float64Array;
  constructor(readonly width: number) {
    this.data = new Float64Array(64 * width);
  }

  /** Appends fields[from], fields[from + 1], ... (width of them). */
  add(fields: ArrayLike<number>, from = 0): void {
    const w = this.width;
    if ((this.n + 1) * w > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.n * w;
    for (let k = 0; k < w; k++) this.data[at + k] = fields[from + k]!;
    this.n++;
  }
}

/** Fields of an order: written is -1 when not asked, else 0 or 1. */
export const ORDER = { ID: 0, EMPLOYER: 1, DAY: 2, QUANTITY: 3, WRITTEN: 4, WIDTH: 5 } as const;
/** Fields of a hand-in: order 0 when its order was undone (it dates her diary and counts for nothing). */
export const HANDIN = { ORDER: 0, DAY: 1, PIECES: 2, VALUE: 3, WIDTH: 4 } as const;
/**
 * Fields of a payment: order 0 when none; pay 1 for pay, 0 for a kasbon;
 * deduction: kept back for materials, rejects, fines (settles part of what she earned).
 */
export const PAYMENT = { EMPLOYER: 0, ORDER: 1, PAY: 2, DAY: 3, AMOUNT: 4, DEDUCTION: 5, KASBON: 6, WIDTH: 7 } as const;
/** Fields of a month's hours or costs: the month (YYYYMM), how many entries, their minutes or rupiah. */
export const TOTAL = { MONTH: 0, ENTRIES: 1, SUM: 2, WIDTH: 3 } as const;

export interface MonthLedger {
  /** Her employers that her entries name, ascending. */
  employers: number[];
  orders: Records;
  handins: Records;
  payments: Records;
  /** Hours and costs written for days in a month (months without any absent). */
  hours: Records;
  costs: Records;
}

export function emptyMonthLedger(): MonthLedger {
  return {
    employers: [],
    orders: new Records(ORDER.WIDTH),
    handins: new Records(HANDIN.WIDTH),
    payments: new Records(PAYMENT.WIDTH),
    hours: new Records(TOTAL.WIDTH),
    costs: new Records(TOTAL.WIDTH),
  };
}

/** Empties it for the next worker, keeping its arrays. */
function clear(l: MonthLedger): void {
  l.employers.length = 0;
  l.orders.n = 0;
  l.handins.n = 0;
  l.payments.n = 0;
  l.hours.n = 0;
  l.costs.n = 0;
}

/** Her ledger in this shape (what the loader gives for her, read the slow way). */
export function monthLedgerOf(l: Ledger): MonthLedger {
  const m = emptyMonthLedger();
  const orders = new Map(l.orders.map((o) => [o.id, o]));
  for (const o of l.orders) {
    const written = o.writtenAgreement === null ? -1 : o.writtenAgreement ? 1 : 0;
    m.orders.add([o.id, o.employerId, digitsOfDay(o.receivedOn), o.quantityPieces, written]);
  }
  for (const h of l.handins) {
    const o = orders.get(h.orderId);
    m.handins.add([o ? h.orderId : 0, digitsOfDay(h.handedInOn), o ? acceptedOf(h) : 0, o ? handinValue(h, o) : 0]);
  }
  for (const p of l.payments)
    m.payments.add([
      p.employerId,
      p.orderId ?? 0,
      p.kind === 'pay' ? 1 : 0,
      digitsOfDay(p.paidOn),
      p.amount,
      p.deduction,
      p.kasbonRepaid,
    ]);
  // Her employers as her ledger lists them (her entries name no other: the diary checks it).
  m.employers = l.employers.map((e) => e.id);
  for (const h of l.hours) m.hours.add([Math.floor(digitsOfDay(h.workedOn) / 100), 1, h.minutes]);
  for (const c of l.costs) m.costs.add([Math.floor(digitsOfDay(c.spentOn) / 100), 1, c.amount]);
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
/** The fields of the record being read (the widest has eight). */
const FIELDS = new Float64Array(8);

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
  const f = FIELDS;
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
        l.orders.add(f, 1);
        employers.add(f[1 + ORDER.EMPLOYER]!);
        break;
      case 2:
        l.handins.add(f, 1);
        break;
      case 3:
        l.payments.add(f, 1);
        employers.add(f[1 + PAYMENT.EMPLOYER]!);
        break;
      case 4:
        l.hours.add(f, 1);
        break;
      case 5:
        l.costs.add(f, 1);
        break;
    }
  }
  for (const e of employers) l.employers.push(e);
  l.employers.sort((a, b) => a - b);
  return l;
}
