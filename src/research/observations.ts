// One observation per research-consented worker and month in which she wrote
// anything dated in that month: the input of the aggregates, the dashboard's
// charts and BANDINGKAN. Her product is her main kind of work (a code) and her
// kecamatan the one she gave; figures are computed from her diary here.
import type { Db } from '../db/connect.ts';
import { hourlyOf } from '../diary/summary.ts';
import { type Observation, ObservationColumns } from './aggregate.ts';
import { lateOrShortMonths, oldDays } from './late-or-short.ts';
import {
  emptyMonthLedger,
  HANDIN,
  type MonthLedger,
  monthLedgerOfText,
  ORDER,
  PAYMENT,
  type Records,
  type SubjectLedger,
  subjectLedgers,
  TOTAL,
} from './month-ledgers.ts';
import { coverageAsOf, lastDayOfMonth, type StatusRow, statusRows } from './protection.ts';
import { dayNumberOfDigits, dayOfInstant, digitsOfDay, digitsOfDayNumber } from './weeks.ts';
import { umkHourly } from './yardstick.ts';

export interface ObservationFilter {
  /** YYYY-MM: only this month. */
  month?: string;
  /** WIB days: months overlapping [from, to]. */
  from?: string;
  to?: string;
  /** Also include this worker even without research consent (her own figures in BANDINGKAN, never shown to others). */
  includeWorker?: string;
  now?: Date;
  /** PAY_OVERDUE_DAYS. */
  overdueDays?: number;
}

/** Where a worker's profile says nothing. */
export const UNKNOWN = 'unknown';

const monthNumber = (month: string) => Number(month.slice(0, 4)) * 100 + Number(month.slice(5, 7));

/** A calendar month's facts: asked for every observation, so made once (a few dozen months). */
class MonthFacts {
  constructor(
    /** "2026-11" */
    readonly text: string,
    /** Its last day, YYYYMMDD. */
    readonly lastDay: number,
    /** Its UMK per hour, NaN when not known (always a number: one shape for every month). */
    readonly umk: number,
  ) {}
}

const calendar = new Map<number, MonthFacts>();

/** "2026-11", its last day and its UMK per hour, of a month 202611. */
function monthFacts(m: number): MonthFacts {
  return calendar.get(m) ?? newMonthFacts(m);
}

function newMonthFacts(m: number): MonthFacts {
  const next = m % 100 === 12 ? (Math.floor(m / 100) + 1) * 100 + 1 : m + 1;
  const text = `${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}`;
  const v = new MonthFacts(
    text,
    digitsOfDayNumber(dayNumberOfDigits(next * 100 + 1) - 1),
    umkHourly(text) ?? Number.NaN,
  );
  if (calendar.size > 10_000) calendar.clear();
  calendar.set(m, v);
  return v;
}

/** The day `overdueDays` before a month's end (no later than it): a few dozen ends, asked once per observation. */
const olds = { overdueDays: Number.NaN, of: new Map<number, number>() };
function oldDay(end: number, overdueDays: number): number {
  if (olds.overdueDays !== overdueDays) {
    olds.overdueDays = overdueDays;
    olds.of.clear();
  }
  let v = olds.of.get(end);
  if (v === undefined) {
    v = oldDays([end], 1, overdueDays)[0]!;
    if (olds.of.size > 10_000) olds.of.clear();
    olds.of.set(end, v);
  }
  return v;
}

/** Months since the start of year 0 of a month YYYYMM, and back (whole numbers well within 32 bits). */
const monthIndex = (m: number) => ((m / 100) | 0) * 12 + (m % 100) - 1;
const monthOfIndex = (i: number) => Math.floor(i / 12) * 100 + (i % 12) + 1;

/** What a month of hers adds up to: fields of one row of `sums`. */
const SUM = {
  /** Hand-ins of orders standing and the value of their accepted pieces. */
  HANDINS: 0,
  EARNED: 1,
  /** Of those, the hand-ins of orders whose rate is known: their accepted pieces and value (her piece rate). */
  RATED_PIECES: 2,
  RATED_VALUE: 3,
  /** Orders received; of those, with the question of a written agreement answered, and whether any said yes. */
  RECEIVED: 4,
  WRITTEN_KNOWN: 5,
  WRITTEN_YES: 6,
  PAYMENTS: 7,
  /** Hours and costs written for the month (NaN: none written). */
  MINUTES: 8,
  COST: 9,
  WIDTH: 10,
} as const;

/**
 * What one worker's months are worked out in, reused from worker to worker:
 * one row of sums per month of her diary from her first month, and the
 * months asked about (with the days "paid late or short" is asked at).
 */
const work = {
  /** Month index of her first month, and how many months from it. */
  first: 0,
  months: 0,
  sums: new Float64Array(64 * SUM.WIDTH),
  /** The months observed: how many, which (YYYYMM), and up to which day and since which day pay is late. */
  n: 0,
  asked: new Float64Array(64),
  ends: new Float64Array(64),
  olds: new Float64Array(64),
  late: new Int8Array(64),
};

/** Where she and her months go in the columns of observations. */
export interface Places {
  worker: number;
  kecamatan: number;
  product: number;
  /** The place of a month (YYYYMM) in the columns' months. */
  month: (m: number) => number;
}

/**
 * Her figures for each month (YYYYMM) she wrote anything in and `keep` keeps,
 * in order, from her ledger, appended to `into` (nothing else is changed).
 * Coverage is left for the caller to fill (not known).
 */
export function observeMonths(
  l: MonthLedger,
  keep: (month: number) => boolean,
  o: { overdueDays: number; today: number },
  at: Places,
  into: ObservationColumns,
): void {
  // In small steps, each compiled on its own (see lateOrShortMonths): the figures run them once for
  // thousands of workers in a fresh process, where a large function waits long to be optimised.
  if (!monthRange(l)) return;
  addUp(l);
  monthsAsked(keep, o);
  const w = work;
  lateOrShortMonths(l, o.overdueDays, w.asked, w.ends, w.n, w.late, w.olds);
  for (let i = 0; i < w.n; i++) observe(i, o.today, at, into);
}

/** Observation i of `work` into the columns. */
function observe(i: number, today: number, at: Places, into: ObservationColumns): void {
  const w = work;
  const s = w.sums;
  const m = w.asked[i]!;
  const row = (monthIndex(m) - w.first) * SUM.WIDTH;
  const facts = monthFacts(m);
  const umk = facts.umk;
  const rated = s[row + SUM.RATED_PIECES]!;
  const earned = s[row + SUM.EARNED]!;
  const cost = s[row + SUM.COST]!;
  const minutes = s[row + SUM.MINUTES]!;
  const j = into.next();
  into.monthOf[j] = at.month(m);
  into.kecOf[j] = at.kecamatan;
  into.prodOf[j] = at.product;
  into.workerOf[j] = at.worker;
  // Her piece rate: value of accepted work over its pieces (the codebook's definition). What she was
  // paid per piece for work done, not the rate of orders taken in, which may never be handed in. Work
  // on an order whose rate is not known yet has no value to divide: it is left out.
  into.pieceRate[j] = rated > 0 ? s[row + SUM.RATED_VALUE]! / rated : Number.NaN;
  // Whole rupiah, as effective_hourly in the monthly panel and her REKAP: the same figure (hourlyOf).
  const hourly = hourlyOf(earned - (Number.isNaN(cost) ? 0 : cost), Number.isNaN(minutes) ? 0 : minutes) ?? Number.NaN;
  into.effectiveHourly[j] = hourly;
  into.partial[j] = facts.lastDay > today ? 1 : 0;
  into.flags[0]![j] = Number.isNaN(hourly) || Number.isNaN(umk) ? -1 : hourly < umk ? 1 : 0;
  into.flags[1]![j] = s[row + SUM.WRITTEN_KNOWN] ? (s[row + SUM.WRITTEN_YES] === 1 ? 1 : 0) : -1;
  into.flags[2]![j] = w.late[i]!;
  into.flags[3]![j] = -1;
  into.flags[4]![j] = -1;
  into.n++;
}

/**
 * The months her entries are about, from the first to the last, into `work`
 * (their sums emptied); false when she has none.
 */
function monthRange(l: MonthLedger): boolean {
  if (!(l.firstMonth <= l.lastMonth)) return false;
  const w = work;
  w.first = monthIndex(l.firstMonth);
  w.months = monthIndex(l.lastMonth) - w.first + 1;
  if (w.sums.length < w.months * SUM.WIDTH) w.sums = new Float64Array(2 * w.months * SUM.WIDTH);
  const s = w.sums;
  for (let r = 0; r < w.months; r++) {
    const at = r * SUM.WIDTH;
    for (let f = 0; f < SUM.MINUTES; f++) s[at + f] = 0;
    s[at + SUM.MINUTES] = Number.NaN;
    s[at + SUM.COST] = Number.NaN;
  }
  return true;
}

/** Her entries added up into the sums of their months. */
function addUp(l: MonthLedger): void {
  addOrders(l);
  addHandins(l);
  addPayments(l);
  addTotals(l.hours, SUM.MINUTES);
  addTotals(l.costs, SUM.COST);
}

function addOrders(l: MonthLedger): void {
  const s = work.sums;
  const first = work.first;
  const O = l.orders.data;
  for (let i = 0; i < l.orders.n; i++) {
    const at = i * ORDER.WIDTH;
    const r = (monthIndex((O[at + ORDER.DAY]! / 100) | 0) - first) * SUM.WIDTH;
    s[r + SUM.RECEIVED]!++;
    const written = O[at + ORDER.WRITTEN]!;
    if (written >= 0) {
      s[r + SUM.WRITTEN_KNOWN]!++;
      if (written === 1) s[r + SUM.WRITTEN_YES] = 1;
    }
  }
}

/** A hand-in whose order she undid still dates its month, but adds nothing to it. */
function addHandins(l: MonthLedger): void {
  const s = work.sums;
  const first = work.first;
  const H = l.handins.data;
  const O = l.orders.data;
  const orderOf = l.handinOrder;
  for (let i = 0; i < l.handins.n; i++) {
    const o = orderOf[i]!;
    if (o < 0) continue;
    const at = i * HANDIN.WIDTH;
    const r = (monthIndex((H[at + HANDIN.DAY]! / 100) | 0) - first) * SUM.WIDTH;
    const value = H[at + HANDIN.VALUE]!;
    s[r + SUM.HANDINS]!++;
    s[r + SUM.EARNED] = s[r + SUM.EARNED]! + value;
    if (O[o * ORDER.WIDTH + ORDER.RATE]! < 0) continue;
    s[r + SUM.RATED_PIECES] = s[r + SUM.RATED_PIECES]! + H[at + HANDIN.PIECES]!;
    s[r + SUM.RATED_VALUE] = s[r + SUM.RATED_VALUE]! + value;
  }
}

function addPayments(l: MonthLedger): void {
  const s = work.sums;
  const first = work.first;
  const P = l.payments.data;
  for (let i = 0; i < l.payments.n; i++)
    s[(monthIndex((P[i * PAYMENT.WIDTH + PAYMENT.DAY]! / 100) | 0) - first) * SUM.WIDTH + SUM.PAYMENTS]!++;
}

/** Her month totals of hours or costs into field f. */
function addTotals(t: Records, f: number): void {
  const s = work.sums;
  const first = work.first;
  for (let i = 0; i < t.n; i++) {
    const r = (monthIndex(t.data[i * TOTAL.WIDTH + TOTAL.MONTH]!) - first) * SUM.WIDTH + f;
    s[r] = (Number.isNaN(s[r]!) ? 0 : s[r]!) + t.data[i * TOTAL.WIDTH + TOTAL.SUM]!;
  }
}

/** The months observed (kept, with anything in them) into `work`, with the days late or short is asked at. */
function monthsAsked(keep: (month: number) => boolean, o: { overdueDays: number; today: number }): void {
  const w = work;
  if (w.asked.length < w.months) growAsked(w.months);
  const s = w.sums;
  let n = 0;
  for (let r = 0; r < w.months; r++) {
    const m = monthOfIndex(w.first + r);
    const at = r * SUM.WIDTH;
    if (!keep(m)) continue;
    if (
      !s[at + SUM.HANDINS] &&
      !s[at + SUM.RECEIVED] &&
      Number.isNaN(s[at + SUM.MINUTES]!) &&
      Number.isNaN(s[at + SUM.COST]!) &&
      !s[at + SUM.PAYMENTS]
    )
      continue;
    w.asked[n] = m;
    // Late or short: at the end of the month (or today, in the current month),
    // money from a hand-in older than the overdue limit still unpaid, or a payment
    // in the month that fell short. Unknowable before her first hand-in.
    const end = Math.min(monthFacts(m).lastDay, o.today);
    w.ends[n] = end;
    w.olds[n++] = oldDay(end, o.overdueDays);
  }
  w.n = n;
}

function growAsked(months: number): void {
  work.asked = new Float64Array(2 * months);
  work.ends = new Float64Array(2 * months);
  work.olds = new Float64Array(2 * months);
  work.late = new Int8Array(2 * months);
}

export async function observationsFor(db: Db, f: ObservationFilter): Promise<Observation[]> {
  const c = await observationColumnsFor(db, f);
  const out: Observation[] = [];
  for (let i = 0; i < c.n; i++) out.push(c.observation(i));
  return out;
}

/** The same as columns (what the aggregates read: no object per observation). */
export async function observationColumnsFor(db: Db, f: ObservationFilter): Promise<ObservationColumns> {
  const today = dayOfInstant((f.now ?? new Date()).toISOString());
  const status = await statusRows(db, f.includeWorker);
  const only = f.month ? monthNumber(f.month) : null;
  const from = f.from ? monthNumber(f.from) : null;
  const to = f.to ? monthNumber(f.to) : null;
  const todayMonth = monthNumber(today);
  const keep = (m: number) =>
    (only === null || m === only) && (from === null || m >= from) && (to === null || m <= to) && m <= todayMonth;
  const o = new Observer(status, keep, { overdueDays: f.overdueDays ?? 14, today: digitsOfDay(today) });
  for await (const batch of subjectLedgers(db, { include: f.includeWorker })) o.batch(batch);
  return o.out;
}

/**
 * Observes one worker after another into columns: months, kecamatan and
 * products by their places in the columns, coverage as of each month's end.
 */
class Observer {
  readonly out = new ObservationColumns();
  /** One ledger filled for one worker after another. */
  private readonly ledger = emptyMonthLedger();
  /** The place of each month in the columns, by its month index (-1: none yet); days are YYYYMMDD, years below 10000. */
  private readonly monthAt = new Int32Array(12 * 10_000).fill(-1);
  /** Coverage as of the end of each month of the columns, by worker id. */
  private readonly coverage: ReturnType<typeof coverageAsOf>[] = [];
  private readonly kecamatans = new Map<string, number>();
  private readonly products = new Map<string, number>();
  private readonly at: Places;

  constructor(
    private readonly status: StatusRow[],
    private readonly keep: (m: number) => boolean,
    private readonly o: { overdueDays: number; today: number },
  ) {
    this.at = {
      worker: 0,
      kecamatan: 0,
      product: 0,
      month: (m) => {
        const v = this.monthAt[monthIndex(m)];
        return v !== undefined && v >= 0 ? v : this.newMonth(m);
      },
    };
  }

  private newMonth(m: number): number {
    const i = monthIndex(m);
    if (!(i >= 0 && i < this.monthAt.length)) throw new Error(`diary_months: a month out of range (${m})`);
    const v = this.out.months.length;
    this.monthAt[i] = v;
    this.out.months.push(monthFacts(m).text);
    this.coverage.push(coverageAsOf(this.status, lastDayOfMonth(monthFacts(m).text)));
    return v;
  }

  private static place(names: Map<string, number>, list: string[], key: string): number {
    let v = names.get(key);
    if (v === undefined) {
      names.set(key, (v = list.length));
      list.push(key);
    }
    return v;
  }

  batch(ws: SubjectLedger[]): void {
    for (const w of ws) this.worker(w);
  }

  private worker(w: SubjectLedger): void {
    const out = this.out;
    const at = this.at;
    at.worker = out.workers.length;
    out.workers.push(w.id);
    at.kecamatan = Observer.place(this.kecamatans, out.kecamatans, w.kecamatan ?? UNKNOWN);
    at.product = Observer.place(this.products, out.products, w.product ?? UNKNOWN);
    const first = out.n;
    observeMonths(monthLedgerOfText(w.ledger, this.ledger), this.keep, this.o, at, out);
    if (this.status.length) this.covered(w.id, first);
  }

  /** Her coverage in her observations from `first` on. */
  private covered(id: string, first: number): void {
    const out = this.out;
    for (let i = first; i < out.n; i++) {
      const c = this.coverage[out.monthOf[i]!]!.get(id);
      if (c?.bpjsTk != null) out.flags[3]![i] = c.bpjsTk ? 1 : 0;
      if (c?.jkn != null) out.flags[4]![i] = c.jkn ? 1 : 0;
    }
  }
}
