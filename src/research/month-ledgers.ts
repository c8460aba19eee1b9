// What the monthly observations read of each worker's diary, for every
// research subject at once: the ledger texts her diary keeps by month
// (diary_months, src/db/diary-months.ts), one text per worker read in one
// query. Days are numbers YYYYMMDD (so a month is day / 100); a hand-in
// carries its accepted pieces and their value at its order's rate. Undone
// rows are left out, as in her ledger. The data-quality flags read the same
// rows: her orders from these texts, the rest from the checks kept beside
// them (src/research/quality.ts). Kept as rows of numbers in arrays
// that one worker after another refills, so that a worker's hundreds of
// entries make no object each.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { dialectOf } from '../db/dialect.ts';
import { inResearch } from '../db/subjects.ts';
import type { Ledger } from '../diary/ledger.ts';
import { acceptedOf, handinValue } from '../diary/summary.ts';
import type { WorkerRef } from './ledgers.ts';
import { numbersRead, readNumbers } from './packed.ts';
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

  /** Room for one more row: where it starts in `data` (the caller fills it and counts it in `n`). */
  next(): number {
    const at = this.n * this.width;
    if (at + this.width > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    return at;
  }

  /** Appends a row. */
  add(fields: ArrayLike<number>): void {
    const at = this.next();
    for (let k = 0; k < this.width; k++) this.data[at + k] = fields[k]!;
    this.n++;
  }
}

/** Fields of an order: written is -1 when not asked, else 0 or 1; its rate per piece (whole rupiah), -1 while not known. */
export const ORDER = { ID: 0, EMPLOYER: 1, DAY: 2, QUANTITY: 3, WRITTEN: 4, RATE: 5, WIDTH: 6 } as const;
/** Fields of a hand-in: order 0 when its order was undone or has no rate yet (it dates her diary and counts for nothing). */
export const HANDIN = { ORDER: 0, DAY: 1, PIECES: 2, VALUE: 3, WIDTH: 4 } as const;
/**
 * Fields of a payment: order 0 when none; pay 1 for pay, 0 for a kasbon;
 * deduction: kept back for materials, rejects, fines (settles part of what she earned).
 */
export const PAYMENT = { EMPLOYER: 0, ORDER: 1, PAY: 2, DAY: 3, AMOUNT: 4, DEDUCTION: 5, KASBON: 6, WIDTH: 7 } as const;
/** Fields of a month's hours or costs: the month (YYYYMM), how many entries, their minutes or rupiah. */
export const TOTAL = { MONTH: 0, ENTRIES: 1, SUM: 2, WIDTH: 3 } as const;

/** Fields of what the data-quality flags read besides her orders: each hand-in, payment and cost, and her hours by day. */
export const HANDIN_CHECK = { ID: 0, DAY: 1, DELIVERED: 2, REJECTED: 3, WIDTH: 4 } as const;
export const PAYMENT_CHECK = { ID: 0, DAY: 1, AMOUNT: 2, WIDTH: 3 } as const;
export const HOURS_CHECK = { DAY: 0, MINUTES: 1, WIDTH: 2 } as const;
export const COST_CHECK = { ID: 0, DAY: 1, AMOUNT: 2, WIDTH: 3 } as const;

export interface MonthChecks {
  handins: Records;
  payments: Records;
  /** Her entries about a day added up: one row a day. */
  hours: Records;
  costs: Records;
}

export interface MonthLedger {
  /** Her employers that her entries name, ascending. */
  employers: number[];
  orders: Records;
  /** Rows of `orders` in order of their ids (ties in order of rows), and their ids in that order: see orderRow. */
  byId: Int32Array;
  orderIds: Float64Array;
  /**
   * Found once her entries are in (see links): the row of each hand-in's and
   * each payment's order (-1: none, or not hers), and the place in
   * `employers` of each order's and each payment's employer (-1: not listed).
   */
  handinOrder: Int32Array;
  paymentOrder: Int32Array;
  orderEmployer: Int32Array;
  paymentEmployer: Int32Array;
  handins: Records;
  payments: Records;
  /** Hours and costs written for days in a month (months without any absent). */
  hours: Records;
  costs: Records;
  /** The first and the last month (YYYYMM) any of her records is about (Infinity and -Infinity: none). */
  firstMonth: number;
  lastMonth: number;
}

export function emptyMonthLedger(): MonthLedger {
  return {
    employers: [],
    orders: new Records(ORDER.WIDTH),
    byId: new Int32Array(64),
    orderIds: new Float64Array(64),
    handinOrder: new Int32Array(64),
    paymentOrder: new Int32Array(64),
    orderEmployer: new Int32Array(64),
    paymentEmployer: new Int32Array(64),
    handins: new Records(HANDIN.WIDTH),
    payments: new Records(PAYMENT.WIDTH),
    hours: new Records(TOTAL.WIDTH),
    costs: new Records(TOTAL.WIDTH),
    firstMonth: Number.POSITIVE_INFINITY,
    lastMonth: Number.NEGATIVE_INFINITY,
  };
}

export function emptyMonthChecks(): MonthChecks {
  return {
    handins: new Records(HANDIN_CHECK.WIDTH),
    payments: new Records(PAYMENT_CHECK.WIDTH),
    hours: new Records(HOURS_CHECK.WIDTH),
    costs: new Records(COST_CHECK.WIDTH),
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
  l.firstMonth = Number.POSITIVE_INFINITY;
  l.lastMonth = Number.NEGATIVE_INFINITY;
}

/** Fills l.byId (and orderIds) once her orders are in: they usually come in order of their ids already. */
function indexOrders(l: MonthLedger): void {
  const O = l.orders;
  if (l.byId.length < O.n) l.byId = new Int32Array(2 * O.n);
  if (l.orderIds.length < O.n) l.orderIds = new Float64Array(2 * O.n);
  const byId = l.byId;
  const orderIds = l.orderIds;
  let ascending = true;
  for (let o = 0; o < O.n; o++) {
    byId[o] = o;
    orderIds[o] = O.data[o * ORDER.WIDTH + ORDER.ID]!;
    if (o > 0 && !(orderIds[o - 1]! < orderIds[o]!)) ascending = false;
  }
  if (!ascending) sortById(l);
}

/** l.byId in order of the orders' ids (ties in order of rows), when they do not come so. */
function sortById(l: MonthLedger): void {
  const O = l.orders;
  const id = (o: number) => O.data[o * ORDER.WIDTH + ORDER.ID]!;
  l.byId.set(
    Array.from(l.byId.subarray(0, O.n)).sort((a, b) => id(a) - id(b) || a - b),
    0,
  );
  for (let k = 0; k < O.n; k++) l.orderIds[k] = id(l.byId[k]!);
}

/** Fills l.byId, then the rows and places each hand-in, payment and order refers to. */
function links(l: MonthLedger): void {
  indexOrders(l);
  const H = l.handins;
  const P = l.payments;
  const O = l.orders;
  if (l.handinOrder.length < H.n) l.handinOrder = new Int32Array(2 * H.n);
  if (l.paymentOrder.length < P.n) l.paymentOrder = new Int32Array(2 * P.n);
  if (l.orderEmployer.length < O.n) l.orderEmployer = new Int32Array(2 * O.n);
  if (l.paymentEmployer.length < P.n) l.paymentEmployer = new Int32Array(2 * P.n);
  handinOrders(l);
  const es = l.employers;
  for (let o = 0; o < O.n; o++) l.orderEmployer[o] = placeOf(es, O.data[o * ORDER.WIDTH + ORDER.EMPLOYER]!);
  paymentOrders(l);
}

function handinOrders(l: MonthLedger): void {
  const H = l.handins.data;
  const out = l.handinOrder;
  let hint = 0;
  for (let h = 0; h < l.handins.n; h++) {
    const k = findOrder(l.orderIds, l.orders.n, H[h * HANDIN.WIDTH + HANDIN.ORDER]!, hint);
    if (k >= 0) hint = k;
    out[h] = k < 0 ? -1 : l.byId[k]!;
  }
}

function paymentOrders(l: MonthLedger): void {
  const P = l.payments.data;
  const es = l.employers;
  let hint = 0;
  for (let p = 0; p < l.payments.n; p++) {
    const order = P[p * PAYMENT.WIDTH + PAYMENT.ORDER]!;
    const k = order === 0 ? -1 : findOrder(l.orderIds, l.orders.n, order, hint);
    if (k >= 0) hint = k;
    l.paymentOrder[p] = k < 0 ? -1 : l.byId[k]!;
    l.paymentEmployer[p] = placeOf(es, P[p * PAYMENT.WIDTH + PAYMENT.EMPLOYER]!);
  }
}

/**
 * The place in `ids` (her orders' ids, ascending, n of them) of the last
 * order with this id, or -1; `hint` is where the last one looked for was (her
 * entries mostly name the order of the one before, or the next).
 */
function findOrder(ids: Float64Array, n: number, id: number, hint: number): number {
  for (let k = hint; k < hint + 2 && k < n; k++) if (ids[k] === id && (k + 1 === n || ids[k + 1] !== id)) return k;
  // The first place past every order with an id up to `id`.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ids[lo - 1] === id ? lo - 1 : -1;
}

/** The row in l.orders of her order with this id (the last, were there several), or -1. */
export function orderRow(l: MonthLedger, id: number): number {
  const k = findOrder(l.orderIds, l.orders.n, id, 0);
  return k < 0 ? -1 : l.byId[k]!;
}

/** The place of a number in a short list of distinct numbers, or -1. */
function placeOf(es: number[], e: number): number {
  for (let i = 0; i < es.length; i++) if (es[i] === e) return i;
  return -1;
}

/** The place of an employer in l.employers, or -1. */
export function employerIndex(l: MonthLedger, e: number): number {
  return placeOf(l.employers, e);
}

/** The data of `rows` with room for one more row (grown when full). */
function room(rows: Records): Float64Array {
  if ((rows.n + 1) * rows.width > rows.data.length) rows.next();
  return rows.data;
}

/** Adds an employer to her list (kept short: a few employers each; her entries name the same one in a row). */
function addEmployer(l: MonthLedger, e: number): void {
  const es = l.employers;
  for (let i = es.length - 1; i >= 0; i--) if (es[i] === e) return;
  es.push(e);
}

/** A figure that may not be known yet, -1 if not. */
const knownOr = (v: number | null | undefined) => v ?? -1;

/** Her ledger in this shape (what the loader gives for her, read the slow way). */
export function monthLedgerOf(l: Ledger): MonthLedger {
  const m = emptyMonthLedger();
  const orders = new Map(l.orders.map((o) => [o.id, o]));
  for (const o of l.orders) {
    const written = o.writtenAgreement === null ? -1 : o.writtenAgreement ? 1 : 0;
    m.orders.add([o.id, o.employerId, digitsOfDay(o.receivedOn), o.quantityPieces, written, knownOr(o.ratePerPiece)]);
  }
  for (const h of l.handins) {
    // An order without a rate yet: its hand-in counts for nothing until the rate is set (as in diary_months).
    const o = orders.get(h.orderId);
    const value = o ? handinValue(h, o) : null;
    m.handins.add(
      value !== null
        ? [h.orderId, digitsOfDay(h.handedInOn), acceptedOf(h), value]
        : [0, digitsOfDay(h.handedInOn), 0, 0],
    );
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
  m.employers = l.employers.map((e) => e.id).sort((a, b) => a - b);
  for (const h of l.hours) m.hours.add([Math.floor(digitsOfDay(h.workedOn) / 100), 1, h.minutes]);
  for (const c of l.costs) m.costs.add([Math.floor(digitsOfDay(c.spentOn) / 100), 1, c.amount]);
  const months = [
    ...Array.from({ length: m.orders.n }, (_, i) => m.orders.data[i * ORDER.WIDTH + ORDER.DAY]!),
    ...Array.from({ length: m.handins.n }, (_, i) => m.handins.data[i * HANDIN.WIDTH + HANDIN.DAY]!),
    ...Array.from({ length: m.payments.n }, (_, i) => m.payments.data[i * PAYMENT.WIDTH + PAYMENT.DAY]!),
  ].map((day) => Math.floor(day / 100));
  for (const t of [m.hours, m.costs]) for (let i = 0; i < t.n; i++) months.push(t.data[i * TOTAL.WIDTH + TOTAL.MONTH]!);
  for (const month of months) {
    m.firstMonth = Math.min(m.firstMonth, month);
    m.lastMonth = Math.max(m.lastMonth, month);
  }
  links(m);
  return m;
}

/**
 * A research subject (or `include`) with the ledger texts of her months joined
 * by ',', as bytes (the text is ASCII: digits, spaces, commas and minus signs);
 * with her checks the same way when asked for.
 */
export interface SubjectLedger extends WorkerRef {
  ledger: Uint8Array | null;
  checks?: Uint8Array | null;
}

/**
 * The research subjects (and `include`: her own figures in BANDINGKAN), each
 * with her ledger texts (and `checks`: the data-quality flags' texts), in
 * order of their ids, a few hundred at a time: each batch's texts are read and
 * let go before the next (held all at once, the megabytes of text outlive the
 * young generation and make the collector copy and mark them).
 */
export async function* subjectLedgers(
  db: Db,
  o: { include?: string; checks?: boolean } = {},
  batch = 500,
): AsyncGenerator<SubjectLedger[]> {
  for (let next = subjectLedgersAfter(db, o, '', batch); ; ) {
    const rows = await next;
    const more = rows.length === batch;
    // The next batch is asked for before this one is worked on: a server (PostgreSQL) makes and sends it
    // meanwhile. Should the caller stop early, its failure is nobody's to hear.
    if (more) (next = subjectLedgersAfter(db, o, rows.at(-1)!.id, batch)).catch(() => {});
    if (rows.length) yield rows;
    if (!more) return;
  }
}

async function subjectLedgersAfter(db: Db, o: { include?: string; checks?: boolean }, after: string, batch: number) {
  const who = o.include ? sql`(${inResearch('w')} or w.id = ${o.include})` : inResearch('w');
  // SQLite hands a blob over as its bytes, where text is decoded into a string first and then read a
  // character at a time; PostgreSQL's driver gives text (made bytes here: one copy).
  const joined = (column: 'ledger' | 'checks') => {
    const texts = sql`string_agg(${sql.ref(`t.${column}`)}, ',')`;
    const value = dialectOf(db) === 'sqlite' ? sql`cast(${texts} as blob)` : texts;
    return sql`(select ${value} from diary_months t where t.worker_id = w.id and ${sql.ref(`t.${column}`)} <> '')`;
  };
  const { rows } = await sql<{
    id: string;
    kecamatan: string | null;
    product: string | null;
    consented_at: string | null;
    created_at: string;
    ledger: string | Uint8Array | null;
    checks?: string | Uint8Array | null;
  }>`
    select w.id, w.kecamatan, w.product, w.consented_at, w.created_at, ${joined('ledger')} as ledger
      ${o.checks ? sql`, ${joined('checks')} as checks` : sql``}
    from workers w
    where w.status = 'active' and ${who} and w.id > ${after}
    order by w.id
    limit ${batch}`.execute(db);
  const bytes = (v: string | Uint8Array | null | undefined) =>
    typeof v === 'string' ? Buffer.from(v, 'latin1') : (v ?? null);
  return rows.map((r) => ({
    id: r.id,
    kecamatan: r.kecamatan,
    product: r.product,
    joinedAt: r.consented_at ?? r.created_at,
    ledger: bytes(r.ledger),
    ...(o.checks ? { checks: bytes(r.checks) } : {}),
  }));
}

/** Her checks from the texts of her months (src/db/diary-months.ts), into `into` (emptied first). */
export function monthChecksOfText(
  text: Uint8Array | string | null | undefined,
  into = emptyMonthChecks(),
): MonthChecks {
  const kinds = [null, null, into.handins, into.payments, into.hours, into.costs];
  for (const r of kinds) if (r) r.n = 0;
  if (!text) return into;
  const bytes = typeof text === 'string' ? Buffer.from(text, 'latin1') : text;
  let rows: Records | null = null;
  let at = 0;
  let left = 0;
  let v = 0;
  let negative = false;
  let inNumber = false;
  for (let i = 0; i <= bytes.length; i++) {
    const c = i < bytes.length ? bytes[i]! : 32;
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
    const x = negative ? -v : v;
    v = 0;
    negative = false;
    inNumber = false;
    if (left === 0) {
      rows = kinds[x] ?? null;
      if (rows === null) throw new Error(`diary_months: unknown check ${x}`);
      at = rows.next();
      left = rows.width;
      continue;
    }
    rows!.data[at++] = x;
    if (--left === 0) rows!.n++;
  }
  return into;
}

const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const SPACE = 32;
const COMMA = 44;

/**
 * Her ledger from the ledger texts of her months (src/db/diary-months.ts says
 * what they hold), into `into` (emptied first): one ledger is filled for one
 * worker after another.
 */
export function monthLedgerOfText(
  text: Uint8Array | string | null | undefined,
  into = emptyMonthLedger(),
): MonthLedger {
  const l = into;
  clear(l);
  if (!text) return l;
  const bytes = typeof text === 'string' ? Buffer.from(text, 'latin1') : text;
  // The texts as stored, read in one pass; anything else (another spacing) number by number.
  if (!readLedger(bytes, l)) {
    clear(l);
    readLedgerLoosely(bytes, l);
  }
  if (l.employers.length > 1) sortShort(l.employers);
  links(l);
  return l;
}

/** Numbers of each kind of record, after the kind (1 orders, 2 hand-ins, 3 payments, 4 hours, 5 costs). */
const WIDTHS = [0, ORDER.WIDTH, HANDIN.WIDTH, PAYMENT.WIDTH, TOTAL.WIDTH, TOTAL.WIDTH] as const;
/** Where each kind's day (YYYYMMDD) or month (YYYYMM) is, and what to divide it by for its month. */
const DAY_AT = [0, ORDER.DAY, HANDIN.DAY, PAYMENT.DAY, TOTAL.MONTH, TOTAL.MONTH] as const;
const PER_MONTH = [1, 100, 100, 100, 1, 1] as const;
const EMPLOYER_AT = [-1, ORDER.EMPLOYER, -1, PAYMENT.EMPLOYER, -1, -1] as const;

/**
 * Her records from ledger texts as stored (src/db/diary-months.ts writes
 * them): each record its kind (one digit) and its numbers, every number
 * followed by one space or comma. Each number goes straight into the rows of
 * its kind: this reads half a million records. False (her records partly
 * read) when the text is not of that form.
 */
function readLedger(bytes: Uint8Array, l: MonthLedger): boolean {
  const kinds = recordsOf(l);
  const end = bytes.length;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let i = 0;
  while (i < end) {
    const kind = bytes[i]! - ZERO;
    if (kind < 1 || kind > 5 || i + 1 >= end || bytes[i + 1] !== SPACE) return false;
    i += 2;
    const rows = kinds[kind]!;
    const width = WIDTHS[kind]!;
    if ((rows.n + 1) * width > rows.data.length) rows.next();
    const data = rows.data;
    const at = rows.n * width;
    for (let k = 0; k < width; k++) {
      if (i >= end) return false;
      let c = bytes[i]!;
      const negative = c === MINUS;
      if (negative) c = ++i < end ? bytes[i]! : COMMA;
      if (c < ZERO || c > NINE) return false;
      let v = 0;
      do {
        v = v * 10 + (c - ZERO);
        c = ++i < end ? bytes[i]! : COMMA;
      } while (c >= ZERO && c <= NINE);
      // One space between numbers, one comma after a record's last.
      if (c !== (k + 1 < width ? SPACE : COMMA)) return false;
      i++;
      data[at + k] = negative ? -v : v;
    }
    rows.n++;
    const month = (data[at + DAY_AT[kind]!]! / PER_MONTH[kind]!) | 0;
    if (month < first) first = month;
    if (month > last) last = month;
    if (EMPLOYER_AT[kind]! >= 0) addEmployer(l, data[at + EMPLOYER_AT[kind]!]!);
  }
  l.firstMonth = first;
  l.lastMonth = last;
  return true;
}

/** Her records by kind, as readLedger fills them (kept with her ledger: it is refilled worker after worker). */
const recordLists = new WeakMap<MonthLedger, Records[]>();
function recordsOf(l: MonthLedger): Records[] {
  let v = recordLists.get(l);
  if (v === undefined || v[1] !== l.orders) {
    v = [l.orders, l.orders, l.handins, l.payments, l.hours, l.costs];
    recordLists.set(l, v);
  }
  return v;
}

/** Her records from ledger texts of any spacing: every number read first, then dealt out by kind. */
function readLedgerLoosely(bytes: Uint8Array, l: MonthLedger): void {
  const count = readNumbers(bytes);
  const nums = numbersRead();
  // The months of her records, the first and the last.
  let month = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  // Each record's numbers go into the rows of its kind (its first number), as many as the kind has.
  // A kind not known: only the kind itself is read.
  for (let j = 0; j < count; ) {
    const kind = nums[j++]!;
    if (kind === 1) {
      // A record cut short is left out.
      if (j + ORDER.WIDTH > count) break;
      const data = room(l.orders);
      const at = l.orders.n++ * ORDER.WIDTH;
      for (let k = 0; k < ORDER.WIDTH; k++) data[at + k] = nums[j++]!;
      addEmployer(l, data[at + ORDER.EMPLOYER]!);
      month = (data[at + ORDER.DAY]! / 100) | 0;
    } else if (kind === 2) {
      if (j + HANDIN.WIDTH > count) break;
      const data = room(l.handins);
      const at = l.handins.n++ * HANDIN.WIDTH;
      for (let k = 0; k < HANDIN.WIDTH; k++) data[at + k] = nums[j++]!;
      month = (data[at + HANDIN.DAY]! / 100) | 0;
    } else if (kind === 3) {
      if (j + PAYMENT.WIDTH > count) break;
      const data = room(l.payments);
      const at = l.payments.n++ * PAYMENT.WIDTH;
      for (let k = 0; k < PAYMENT.WIDTH; k++) data[at + k] = nums[j++]!;
      addEmployer(l, data[at + PAYMENT.EMPLOYER]!);
      month = (data[at + PAYMENT.DAY]! / 100) | 0;
    } else if (kind === 4 || kind === 5) {
      if (j + TOTAL.WIDTH > count) break;
      const rows = kind === 4 ? l.hours : l.costs;
      const data = room(rows);
      const at = rows.n++ * TOTAL.WIDTH;
      for (let k = 0; k < TOTAL.WIDTH; k++) data[at + k] = nums[j++]!;
      month = data[at + TOTAL.MONTH]!;
    } else continue;
    if (month < first) first = month;
    if (month > last) last = month;
  }
  l.firstMonth = first;
  l.lastMonth = last;
}

/**
 * A short list of numbers (her few employers) in ascending order, in place: Array's sort made a work
 * array and called back into a comparison for each of thousands of workers.
 */
function sortShort(xs: number[]): void {
  for (let i = 1; i < xs.length; i++) {
    const v = xs[i]!;
    let j = i - 1;
    while (j >= 0 && xs[j]! > v) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = v;
  }
}
