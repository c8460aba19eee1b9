// Her diary summed by calendar month (WIB) and, within a month, by week part:
// the days of one ISO week that fall in the month (a week spanning two months
// is two parts). Kept in `diary_months`, one row per worker and month, in the
// same transaction as every diary write, so that the research panel and
// aggregates read a few rows per worker instead of every entry
// (src/research/worker-weeks.ts, src/research/observations.ts).
//
// A row holds three texts of whole numbers, which those reads join per worker
// without the database turning a number into text:
// - weeks: each part with anything in it, "start flags sums...": start is its
//   first day as a day number (days since 1970-01-01), and flags say which of
//   its sums follow (bit k for the k-th of pieces, earned, paid, deductions,
//   minutes, costs: those that are not 0) and hold two bit masks of its days
//   (bit k: the day start + k), of days an entry is about (flags >> 6) and of
//   days an entry was written on, in WIB (flags >> 13). Short, since the panel
//   reads half a million of them;
// - ledger: what the monthly figures and "paid late or short" read (days as
//   YYYYMMDD): her orders "1 id employer day quantity written rate" (written -1:
//   not asked; rate per piece in whole rupiah, -1 while not known), hand-ins
//   "2 order day pieces value" (order 0: its order was undone or has no rate
//   yet; pieces accepted), payments "3 employer order pay day amount deduction kasbon"
//   (order 0: none; pay 1, kasbon 0), hours "4 month entries minutes", costs
//   "5 month entries amount" (month YYYYMM);
// - checks: what the data-quality flags read besides her orders in the ledger
//   (src/research/quality.ts), kept apart so that the aggregates do not read
//   it: hand-ins "2 id day delivered rejected", payments "3 id day amount",
//   hours "4 day minutes" (her entries about the day added up), costs
//   "5 id day amount".
//
// The rules are her ledger's: undone rows count for nothing, and a hand-in
// counts its accepted pieces at its order's quoted rate while the order stands.
// A new entry adds itself to the row of the month it is about (and of the
// month it was written in); a correction, an undo or a merge works her months
// out again from her diary and writes the rows that changed.
// rebuildDiaryMonths works out everybody's: the migration's back-fill, and
// after rows were written straight into the tables (the demo, tests, benchmarks).
import type { Kysely } from 'kysely';
import { dayNumberOfDigits, digitsOfDay, digitsOfDayNumber, mondayOfNumber, wibDayOfInstant } from '../core/days.ts';
import { ratePerPiece, worthOf } from '../diary/rate.ts';
import type { UnitCode } from '../parse/units.ts';
import { dialectOf } from './dialect.ts';
import { prepared } from './prepared.ts';
import type { Database } from './schema.ts';

type Q = Kysely<Database>;

/** The sums of one week part. */
export interface Part {
  /** Its first day, YYYYMMDD. */
  start: number;
  pieces: number;
  earned: number;
  paid: number;
  deductions: number;
  minutes: number;
  costs: number;
  /** Bit k: an entry is about the day start + k. */
  dated: number;
  /** Bit k: an entry was written on the day start + k (WIB). */
  written: number;
}

/** One month of her diary as stored. Lists in a fixed order, so that the same diary gives the same text. */
export interface DiaryMonth {
  parts: Part[];
  /** [id, employer, day, quantity, written (-1, 0, 1), rate per piece (-1: not known)] */
  orders: number[][];
  /** [order (0: undone, or no rate yet), day, accepted pieces, value] */
  handins: number[][];
  /** [employer, order (0: none), pay (1) or kasbon (0), day, amount, deduction, kasbon repaid] */
  payments: number[][];
  /** [month YYYYMM, entries, minutes] */
  hours: number[];
  /** [month YYYYMM, entries, amount] */
  costs: number[];
  /** What the data-quality flags read, kind first: [2, id, day, delivered, rejected], [3, id, day, amount], [4, day, minutes], [5, id, day, amount] */
  checks: number[][];
}

/** Rows of the diary tables, as read (numbers may come as text from PostgreSQL). */
export interface OrderRow {
  id: number;
  employer_id: number;
  received_on: string;
  quantity_pieces: number;
  rate_amount: number | null;
  rate_per: string | null;
  rate_count: number;
  written_agreement: number | null;
  created_at: string;
}
export interface HandinRow {
  id: number;
  order_id: number;
  handed_in_on: string;
  delivered_pieces: number;
  rejected_pieces: number;
  created_at: string;
}
export interface PaymentRow {
  id: number;
  employer_id: number;
  order_id: number | null;
  kind: string;
  amount: number;
  deduction: number;
  kasbon_repaid: number;
  paid_on: string;
  created_at: string;
}
export interface HoursRow {
  worked_on: string;
  minutes: number;
  created_at: string;
}
export interface CostRow {
  id: number;
  spent_on: string;
  amount: number;
  created_at: string;
}
/** The rate of a hand-in's order while it stands (null: undone). */
export type RateOf = Pick<OrderRow, 'rate_amount' | 'rate_per' | 'rate_count'> | null;

/** "2026-11" of a day YYYYMMDD. */
function monthOfDigits(day: number): string {
  const m = Math.floor(day / 100);
  return `${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}`;
}

/** The first day (YYYYMMDD) of the week part holding a day (a day number), and the day's bit in it. */
function partOf(n: number): { start: number; bit: number } {
  const first = n - (digitsOfDayNumber(n) % 100) + 1;
  const start = Math.max(mondayOfNumber(n), first);
  return { start: digitsOfDayNumber(start), bit: 1 << (n - start) };
}

const emptyMonth = (month: number): DiaryMonth => ({
  parts: [],
  orders: [],
  handins: [],
  payments: [],
  hours: [month, 0, 0],
  costs: [month, 0, 0],
  checks: [],
});

/** An order's rate per piece in whole rupiah as the diary stores it, or -1 while its rate is not known. */
function pieceRateOf(o: Pick<OrderRow, 'rate_amount' | 'rate_per' | 'rate_count'>): number {
  const amount = o.rate_amount as number | null;
  return amount === null ? -1 : ratePerPiece(Number(amount), o.rate_per as UnitCode, Number(o.rate_count));
}

/** 202611 of "2026-11". */
const monthNumber = (m: string) => Number(m.slice(0, 4)) * 100 + Number(m.slice(5, 7));

const emptyPart = (start: number): Part => ({
  start,
  pieces: 0,
  earned: 0,
  paid: 0,
  deductions: 0,
  minutes: 0,
  costs: 0,
  dated: 0,
  written: 0,
});

/** Lexicographic order of number lists. */
function byFields(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Inserts `x` into the ordered list `xs` where it belongs. */
function insertOrdered(xs: number[][], x: number[]): void {
  let i = xs.length;
  while (i > 0 && byFields(xs[i - 1]!, x) > 0) i--;
  xs.splice(i, 0, x);
}

/** A worker's months, built from her rows or updated with a new one. */
export class DiaryMonths {
  readonly months = new Map<string, DiaryMonth>();
  /** Months touched since made (what an update writes). */
  readonly touched = new Set<string>();

  private month(m: string): DiaryMonth {
    let v = this.months.get(m);
    if (!v) this.months.set(m, (v = emptyMonth(monthNumber(m))));
    this.touched.add(m);
    return v;
  }

  /** The part holding a day YYYY-MM-DD, marked as having an entry about that day. */
  private dated(day: string): { month: DiaryMonth; part: Part; digits: number } {
    const digits = digitsOfDay(day);
    const month = this.month(monthOfDigits(digits));
    const part = this.partIn(month, dayNumberOfDigits(digits));
    part.dated |= partOf(dayNumberOfDigits(digits)).bit;
    return { month, part, digits };
  }

  private partIn(month: DiaryMonth, n: number): Part {
    const { start } = partOf(n);
    let i = month.parts.length;
    while (i > 0 && month.parts[i - 1]!.start > start) i--;
    if (i > 0 && month.parts[i - 1]!.start === start) return month.parts[i - 1]!;
    const p = emptyPart(start);
    month.parts.splice(i, 0, p);
    return p;
  }

  /** Marks the day an entry was written (WIB) in the part holding it. */
  private written(createdAt: string): void {
    const n = wibDayOfInstant(createdAt);
    const month = this.month(monthOfDigits(digitsOfDayNumber(n)));
    this.partIn(month, n).written |= partOf(n).bit;
  }

  order(o: OrderRow): void {
    const { month, digits } = this.dated(o.received_on);
    const written = o.written_agreement === null ? -1 : Number(o.written_agreement);
    insertOrdered(month.orders, [
      Number(o.id),
      Number(o.employer_id),
      digits,
      Number(o.quantity_pieces),
      written,
      pieceRateOf(o),
    ]);
    this.written(o.created_at);
  }

  /**
   * A hand-in, at its order's rate (null: the order was undone; or its rate is not known yet: it dates
   * her diary, and adds nothing until the rate is set, when her months are worked out again).
   */
  handin(h: HandinRow, rate: RateOf): void {
    const { month, part, digits } = this.dated(h.handed_in_on);
    if (rate && rate.rate_amount !== null && rate.rate_per !== null) {
      const pieces = Math.max(0, Number(h.delivered_pieces) - Number(h.rejected_pieces)); // as acceptedOf
      const value = worthOf(pieces, {
        rateAmount: Number(rate.rate_amount),
        ratePer: rate.rate_per as UnitCode,
        rateCount: Number(rate.rate_count),
      });
      part.pieces += pieces;
      part.earned += value;
      insertOrdered(month.handins, [Number(h.order_id), digits, pieces, value]);
    } else insertOrdered(month.handins, [0, digits, 0, 0]);
    insertOrdered(month.checks, [2, Number(h.id), digits, Number(h.delivered_pieces), Number(h.rejected_pieces)]);
    this.written(h.created_at);
  }

  payment(p: PaymentRow): void {
    const { month, part, digits } = this.dated(p.paid_on);
    part.paid += Number(p.amount);
    part.deductions += Number(p.deduction);
    insertOrdered(month.payments, [
      Number(p.employer_id),
      p.order_id === null ? 0 : Number(p.order_id),
      p.kind === 'pay' ? 1 : 0,
      digits,
      Number(p.amount),
      Number(p.deduction),
      Number(p.kasbon_repaid),
    ]);
    insertOrdered(month.checks, [3, Number(p.id), digits, Number(p.amount)]);
    this.written(p.created_at);
  }

  hours(h: HoursRow): void {
    const { month, part, digits } = this.dated(h.worked_on);
    part.minutes += Number(h.minutes);
    month.hours[1]!++;
    month.hours[2]! += Number(h.minutes);
    // Her hours of the day added up, one record a day.
    const day = month.checks.find((x) => x[0] === 4 && x[1] === digits);
    if (day) day[2]! += Number(h.minutes);
    else insertOrdered(month.checks, [4, digits, Number(h.minutes)]);
    this.written(h.created_at);
  }

  cost(c: CostRow): void {
    const { month, part, digits } = this.dated(c.spent_on);
    part.costs += Number(c.amount);
    month.costs[1]!++;
    month.costs[2]! += Number(c.amount);
    insertOrdered(month.checks, [5, Number(c.id), digits, Number(c.amount)]);
    this.written(c.created_at);
  }
}

/** The sums of a part, in the order of the bits of its flags. */
const SUMS = ['pieces', 'earned', 'paid', 'deductions', 'minutes', 'costs'] as const;
const DATED_SHIFT = 6;
const WRITTEN_SHIFT = 13;

function partText(p: Part): string {
  let flags = (p.dated << DATED_SHIFT) | (p.written << WRITTEN_SHIFT);
  const sums: number[] = [];
  SUMS.forEach((f, k) => {
    if (p[f] === 0) return;
    flags |= 1 << k;
    sums.push(p[f]);
  });
  return [dayNumberOfDigits(p.start), flags, ...sums].join(' ');
}

/** The stored texts of a month ('' for a month with nothing in it). */
export function monthTexts(m: DiaryMonth): { weeks: string; ledger: string; checks: string } {
  const weeks = m.parts.map(partText).join(',');
  const ledger = [
    ...m.orders.map((x) => `1 ${x.join(' ')}`),
    ...m.handins.map((x) => `2 ${x.join(' ')}`),
    ...m.payments.map((x) => `3 ${x.join(' ')}`),
    ...(m.hours[1] ? [`4 ${m.hours.join(' ')}`] : []),
    ...(m.costs[1] ? [`5 ${m.costs.join(' ')}`] : []),
  ].join(',');
  const checks = m.checks.map((x) => x.join(' ')).join(',');
  return { weeks, ledger, checks };
}

/** Every whole number in a text of numbers (separated by spaces and commas), in order. */
export function numbersOf(text: string): number[] {
  const out: number[] = [];
  let v = 0;
  let negative = false;
  let inNumber = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      inNumber = true;
    } else if (c === 45 && !inNumber) negative = true;
    else if (inNumber || negative) {
      out.push(negative ? -v : v);
      v = 0;
      negative = false;
      inNumber = false;
    }
  }
  return out;
}

/** Widths of the ledger's records by kind (the kind included). */
export const LEDGER_WIDTH = [0, 7, 5, 8, 4, 4] as const;
/** Widths of the checks' records by kind (the kind included). */
export const CHECKS_WIDTH = [0, 0, 5, 4, 3, 4] as const;

/** A month back from its stored texts. */
export function parseMonth(month: string, weeks: string, ledger: string, checks: string): DiaryMonth {
  const m = emptyMonth(monthNumber(month));
  const w = numbersOf(weeks);
  for (let i = 0; i < w.length; ) {
    const p = emptyPart(digitsOfDayNumber(w[i]!));
    const flags = w[i + 1]!;
    i += 2;
    SUMS.forEach((f, k) => {
      if (flags & (1 << k)) p[f] = w[i++]!;
    });
    p.dated = (flags >> DATED_SHIFT) & 127;
    p.written = (flags >> WRITTEN_SHIFT) & 127;
    m.parts.push(p);
  }
  const l = numbersOf(ledger);
  for (let i = 0; i < l.length; ) {
    const kind = l[i]!;
    const width = LEDGER_WIDTH[kind as 1];
    if (!width) throw new Error(`diary_months: unknown record ${kind}`);
    const x = l.slice(i + 1, i + width);
    if (kind === 1) m.orders.push(x);
    else if (kind === 2) m.handins.push(x);
    else if (kind === 3) m.payments.push(x);
    else if (kind === 4) m.hours = x;
    else m.costs = x;
    i += width;
  }
  const c = numbersOf(checks);
  for (let i = 0; i < c.length; ) {
    const width = CHECKS_WIDTH[c[i]! as 2];
    if (!width) throw new Error(`diary_months: unknown check ${c[i]}`);
    m.checks.push(c.slice(i, i + width));
    i += width;
  }
  return m;
}

const pg = (q: Q) => dialectOf(q as unknown as Kysely<any>) === 'postgres';

/** Writes the months in `months` (all of them by default): a month with nothing in it is deleted. */
// Run on every diary entry written: compiled once (src/db/prepared.ts).
const monthQueries = {
  write: prepared((q, worker_id: string, month: string, weeks: string, ledger: string, checks: string) =>
    q
      .insertInto('diary_months')
      .values({ worker_id, month, weeks, ledger, checks })
      .onConflict((oc) =>
        oc.columns(['worker_id', 'month']).doUpdateSet((eb) => ({
          weeks: eb.ref('excluded.weeks'),
          ledger: eb.ref('excluded.ledger'),
          checks: eb.ref('excluded.checks'),
        })),
      ),
  ),
  // Her rows stay locked on PostgreSQL until the write commits (her turns run one at a time already).
  read: prepared((q, workerId: string, month: string, other: string) => {
    const query = q
      .selectFrom('diary_months')
      .select(['month', 'weeks', 'ledger', 'checks'])
      .where('worker_id', '=', workerId)
      .where('month', 'in', [month, other]);
    return pg(q) ? query.forUpdate() : query;
  }),
  rate: prepared((q, id: number) =>
    q.selectFrom('orders').select(['rate_amount', 'rate_per', 'rate_count', 'voided_at']).where('id', '=', id),
  ),
};

async function writeMonths(q: Q, workerId: string, d: DiaryMonths, months: Iterable<string> = d.months.keys()) {
  for (const month of months) {
    const m = d.months.get(month);
    const { weeks, ledger, checks } = m ? monthTexts(m) : { weeks: '', ledger: '', checks: '' };
    if (!weeks && !ledger && !checks) {
      await q.deleteFrom('diary_months').where('worker_id', '=', workerId).where('month', '=', month).execute();
      continue;
    }
    await monthQueries.write(q, workerId, month, weeks, ledger, checks);
  }
}

/** Her stored months (those named, at most two, or all). */
async function storedMonths(q: Q, workerId: string, months?: string[]): Promise<DiaryMonths> {
  let rows: { month: string; weeks: string; ledger: string; checks: string }[];
  if (months) rows = await monthQueries.read(q, workerId, months[0]!, months[1] ?? months[0]!);
  else {
    const query = q
      .selectFrom('diary_months')
      .select(['month', 'weeks', 'ledger', 'checks'])
      .where('worker_id', '=', workerId);
    rows = await (pg(q) ? query.forUpdate() : query).execute();
  }
  const d = new DiaryMonths();
  for (const r of rows) d.months.set(r.month, parseMonth(r.month, r.weeks, r.ledger, r.checks));
  return d;
}

const monthOfDay = (day: string) => day.slice(0, 7);
const monthWritten = (iso: string) => monthOfDigits(digitsOfDayNumber(wibDayOfInstant(iso)));

/** A new diary row adds itself to her months (the one it is about, and the one it was written in). */
export async function addToDiaryMonths(
  q: Q,
  workerId: string,
  entry:
    | { entity: 'order'; row: OrderRow }
    | { entity: 'handin'; row: HandinRow }
    | { entity: 'payment'; row: PaymentRow }
    | { entity: 'hours'; row: HoursRow }
    | { entity: 'cost'; row: CostRow },
): Promise<void> {
  const r = entry.row;
  const day =
    entry.entity === 'order'
      ? entry.row.received_on
      : entry.entity === 'handin'
        ? entry.row.handed_in_on
        : entry.entity === 'payment'
          ? entry.row.paid_on
          : entry.entity === 'hours'
            ? entry.row.worked_on
            : entry.row.spent_on;
  const months = [...new Set([monthOfDay(day), monthWritten(r.created_at)])];
  const d = await storedMonths(q, workerId, months);
  switch (entry.entity) {
    case 'order':
      d.order(entry.row);
      break;
    case 'handin': {
      const [o] = await monthQueries.rate(q, Number(entry.row.order_id));
      d.handin(entry.row, o && o.voided_at === null ? o : null);
      break;
    }
    case 'payment':
      d.payment(entry.row);
      break;
    case 'hours':
      d.hours(entry.row);
      break;
    case 'cost':
      d.cost(entry.row);
      break;
  }
  await writeMonths(q, workerId, d, months);
}

const ORDER_COLUMNS = [
  'id',
  'worker_id',
  'employer_id',
  'received_on',
  'quantity_pieces',
  'rate_amount',
  'rate_per',
  'rate_count',
  'written_agreement',
  'created_at',
  'voided_at',
] as const;

/**
 * The months of these workers worked out from their diaries (all of each
 * one's live rows), or only from the rows dated in [from, to] (YYYY-MM-DD).
 */
export async function diaryMonthsOf(
  q: Q,
  workerIds: string[],
  dated?: { from: string; to: string },
): Promise<Map<string, DiaryMonths>> {
  const out = new Map<string, DiaryMonths>(workerIds.map((id) => [id, new DiaryMonths()]));
  if (!workerIds.length) return out;
  const of = (id: string) => out.get(id)!;
  const inRange = (day: string) => !dated || (day >= dated.from && day <= dated.to);
  // Every order of theirs, undone ones included: a hand-in needs to know whether its order stands.
  const orders = await q.selectFrom('orders').select(ORDER_COLUMNS).where('worker_id', 'in', workerIds).execute();
  const rates = new Map<number, RateOf>();
  for (const o of orders) {
    rates.set(Number(o.id), o.voided_at === null ? o : null);
    if (o.voided_at === null && inRange(o.received_on)) of(o.worker_id).order(o);
  }
  const handins = await q
    .selectFrom('handins')
    .select(['id', 'worker_id', 'order_id', 'handed_in_on', 'delivered_pieces', 'rejected_pieces', 'created_at'])
    .where('worker_id', 'in', workerIds)
    .where('voided_at', 'is', null)
    .$if(dated !== undefined, (qb) =>
      qb.where('handed_in_on', '>=', dated!.from).where('handed_in_on', '<=', dated!.to),
    )
    .execute();
  for (const h of handins) of(h.worker_id).handin(h, rates.get(Number(h.order_id)) ?? null);
  const payments = await q
    .selectFrom('payments')
    .select(['id', 'worker_id', 'employer_id', 'order_id', 'kind', 'amount', 'deduction', 'kasbon_repaid', 'paid_on'])
    .select('created_at')
    .where('worker_id', 'in', workerIds)
    .where('voided_at', 'is', null)
    .$if(dated !== undefined, (qb) => qb.where('paid_on', '>=', dated!.from).where('paid_on', '<=', dated!.to))
    .execute();
  for (const p of payments) of(p.worker_id).payment(p);
  const hours = await q
    .selectFrom('work_hours')
    .select(['worker_id', 'worked_on', 'minutes', 'created_at'])
    .where('worker_id', 'in', workerIds)
    .where('voided_at', 'is', null)
    .$if(dated !== undefined, (qb) => qb.where('worked_on', '>=', dated!.from).where('worked_on', '<=', dated!.to))
    .execute();
  for (const h of hours) of(h.worker_id).hours(h);
  const costs = await q
    .selectFrom('costs')
    .select(['id', 'worker_id', 'spent_on', 'amount', 'created_at'])
    .where('worker_id', 'in', workerIds)
    .where('voided_at', 'is', null)
    .$if(dated !== undefined, (qb) => qb.where('spent_on', '>=', dated!.from).where('spent_on', '<=', dated!.to))
    .execute();
  for (const c of costs) of(c.worker_id).cost(c);
  return out;
}

/**
 * Works out her months again from her diary and writes those that changed:
 * after a correction, an undo, or rows of another number moved to her.
 */
export async function redoDiaryMonths(q: Q, workerId: string): Promise<void> {
  const fresh = (await diaryMonthsOf(q, [workerId])).get(workerId)!;
  const stored = await storedMonths(q, workerId);
  const changed: string[] = [];
  for (const month of new Set([...fresh.months.keys(), ...stored.months.keys()])) {
    const a = fresh.months.get(month);
    const b = stored.months.get(month);
    const ta = a ? monthTexts(a) : null;
    const tb = b ? monthTexts(b) : null;
    if (ta?.weeks !== tb?.weeks || ta?.ledger !== tb?.ledger || ta?.checks !== tb?.checks) changed.push(month);
  }
  await writeMonths(q, workerId, fresh, changed);
}

/**
 * Every worker's months worked out afresh from the diary tables, replacing
 * what is stored (a few hundred workers at a time).
 */
export async function rebuildDiaryMonths(q: Q): Promise<void> {
  await q.deleteFrom('diary_months').execute();
  const workers = await q.selectFrom('workers').select('id').orderBy('id').execute();
  for (let i = 0; i < workers.length; i += 200) {
    const ids = workers.slice(i, i + 200).map((w) => w.id);
    const rows: { worker_id: string; month: string; weeks: string; ledger: string; checks: string }[] = [];
    for (const [id, d] of await diaryMonthsOf(q, ids))
      for (const [month, m] of d.months) {
        const t = monthTexts(m);
        if (t.weeks || t.ledger || t.checks) rows.push({ worker_id: id, month, ...t });
      }
    for (let k = 0; k < rows.length; k += 500)
      await q
        .insertInto('diary_months')
        .values(rows.slice(k, k + 500))
        .execute();
  }
}

/** Fields of a part as readWeeks gives them. */
export const PART = {
  /** Its first day, as a day number. */
  START: 0,
  PIECES: 1,
  EARNED: 2,
  PAID: 3,
  DEDUCTED: 4,
  MINUTES: 5,
  COSTS: 6,
  /** Bit k: an entry is about the day START + k. */
  DATED: 7,
  /** Bit k: an entry was written on the day START + k (WIB). */
  WRITTEN: 8,
  WIDTH: 9,
} as const;

/**
 * The parts in a weeks text (or several joined by ','), PART.WIDTH numbers
 * each, appended to `into` from part `count` on (grown when full): what the
 * panel reads, half a million parts at a time, so no number is made twice.
 * Returns the buffer and the number of parts in it.
 */
export function readWeeks(
  text: string | undefined,
  into: Float64Array,
  count: number,
): { parts: Float64Array; count: number } {
  let parts = into;
  if (text === undefined) return { parts, count };
  let at = count * PART.WIDTH;
  // What the next number is: -2 a start, -1 flags, k >= 0 the k-th sum.
  let next = -2;
  let flags = 0;
  let v = 0;
  let negative = false;
  let inNumber = false;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      inNumber = true;
      continue;
    }
    // A day before 1970 is a negative day number.
    if (c === 45 && !inNumber) {
      negative = true;
      continue;
    }
    if (!inNumber) continue;
    inNumber = false;
    if (negative) v = -v;
    negative = false;
    if (next === -2) {
      if (at + PART.WIDTH > parts.length) {
        const grown = new Float64Array(Math.max(parts.length * 2, 64 * PART.WIDTH));
        grown.set(parts.subarray(0, at));
        parts = grown;
      }
      parts.fill(0, at, at + PART.WIDTH);
      parts[at] = v;
      next = -1;
    } else {
      if (next === -1) {
        flags = v;
        parts[at + PART.DATED] = (flags >> DATED_SHIFT) & 127;
        parts[at + PART.WRITTEN] = (flags >> WRITTEN_SHIFT) & 127;
        next = 0;
      } else parts[at + 1 + next++] = v;
      // The next sum present, if any.
      while (next < SUMS.length && !(flags & (1 << next))) next++;
      if (next === SUMS.length) {
        at += PART.WIDTH;
        count++;
        next = -2;
      }
    }
    v = 0;
  }
  return { parts, count };
}
