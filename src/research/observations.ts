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
  subjectLedgers,
  TOTAL,
} from './month-ledgers.ts';
import { coverageAsOf, lastDayOfMonth, statusRows } from './protection.ts';
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

/**
 * "2026-11", its last day (YYYYMMDD) and its UMK per hour for a month 202611;
 * a few dozen months, asked once per observation.
 */
const calendar = new Map<number, { text: string; lastDay: number; umk: number | null }>();
function monthFacts(m: number): { text: string; lastDay: number; umk: number | null } {
  let v = calendar.get(m);
  if (!v) {
    const next = m % 100 === 12 ? (Math.floor(m / 100) + 1) * 100 + 1 : m + 1;
    const text = `${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}`;
    v = { text, lastDay: digitsOfDayNumber(dayNumberOfDigits(next * 100 + 1) - 1), umk: umkHourly(text) };
    if (calendar.size > 10_000) calendar.clear();
    calendar.set(m, v);
  }
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

// Reused from worker to worker: one row of sums per month of her diary, and the months asked about.
let sums: Float64Array = new Float64Array(64 * SUM.WIDTH);
/** Months in `sums`. */
let months = 0;
let asked = {
  months: new Float64Array(64),
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
  // In small steps, each compiled on its own (see lateOrShortMonths).
  const first = addUp(l);
  if (first === null) return;
  const n = monthsAsked(first, keep, o);
  lateOrShortMonths(l, o.overdueDays, asked.months, asked.ends, n, asked.late, asked.olds);
  const s = sums;
  for (let i = 0; i < n; i++) {
    const m = asked.months[i]!;
    const row = (monthIndex(m) - first) * SUM.WIDTH;
    const { lastDay, umk } = monthFacts(m);
    const rated = s[row + SUM.RATED_PIECES]!;
    const earned = s[row + SUM.EARNED]!;
    const cost = s[row + SUM.COST]!;
    const j = into.next();
    into.monthOf[j] = at.month(m);
    into.kecOf[j] = at.kecamatan;
    into.prodOf[j] = at.product;
    into.workerOf[j] = at.worker;
    // Her piece rate: value of accepted work over its pieces (the codebook's definition). What she was
    // paid per piece for work done, not the rate of orders taken in, which may never be handed in. Work
    // on an order whose rate is not known yet has no value to divide: it is left out.
    into.pieceRate[j] = rated > 0 ? s[row + SUM.RATED_VALUE]! / rated : Number.NaN;
    const minutes = Number.isNaN(s[row + SUM.MINUTES]!) ? 0 : s[row + SUM.MINUTES]!;
    // Whole rupiah, as effective_hourly in the monthly panel and her REKAP: the same figure (hourlyOf).
    const hourly = hourlyOf(earned - (Number.isNaN(cost) ? 0 : cost), minutes) ?? Number.NaN;
    into.effectiveHourly[j] = hourly;
    into.partial[j] = lastDay > o.today ? 1 : 0;
    into.flags[0]![j] = Number.isNaN(hourly) || umk === null ? -1 : hourly < umk ? 1 : 0;
    into.flags[1]![j] = s[row + SUM.WRITTEN_KNOWN] ? (s[row + SUM.WRITTEN_YES] === 1 ? 1 : 0) : -1;
    into.flags[2]![j] = asked.late[i]!;
    into.flags[3]![j] = -1;
    into.flags[4]![j] = -1;
    into.n++;
  }
}

/** Her months added up into `sums` (`months` rows from her first month on); returns that month's index, or null. */
function addUp(l: MonthLedger): number | null {
  const O = l.orders;
  const H = l.handins;
  const P = l.payments;
  // The days her entries are about (YYYYMMDD; a month's hours and costs as its day 0).
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const widen = (t: Records, field: number, per: number) => {
    for (let i = 0; i < t.n; i++) {
      const day = t.data[i * t.width + field]! * per;
      if (day < lo) lo = day;
      if (day > hi) hi = day;
    }
  };
  widen(O, ORDER.DAY, 1);
  widen(H, HANDIN.DAY, 1);
  widen(P, PAYMENT.DAY, 1);
  widen(l.hours, TOTAL.MONTH, 100);
  widen(l.costs, TOTAL.MONTH, 100);
  if (lo > hi) return null;
  const first = monthIndex((lo / 100) | 0);
  months = monthIndex((hi / 100) | 0) - first + 1;
  if (sums.length < months * SUM.WIDTH) sums = new Float64Array(2 * months * SUM.WIDTH);
  const s = sums;
  for (let r = 0; r < months; r++) {
    s.fill(0, r * SUM.WIDTH, r * SUM.WIDTH + SUM.MINUTES);
    s[r * SUM.WIDTH + SUM.MINUTES] = Number.NaN;
    s[r * SUM.WIDTH + SUM.COST] = Number.NaN;
  }
  for (let i = 0; i < O.n; i++) {
    const at = i * ORDER.WIDTH;
    const r = (monthIndex((O.data[at + ORDER.DAY]! / 100) | 0) - first) * SUM.WIDTH;
    s[r + SUM.RECEIVED]!++;
    const written = O.data[at + ORDER.WRITTEN]!;
    if (written >= 0) {
      s[r + SUM.WRITTEN_KNOWN]!++;
      if (written === 1) s[r + SUM.WRITTEN_YES] = 1;
    }
  }
  // A hand-in whose order she undid still dates its month, but adds nothing to it.
  for (let i = 0; i < H.n; i++) {
    const at = i * HANDIN.WIDTH;
    const o = l.handinOrder[i]!;
    if (o < 0) continue;
    const r = (monthIndex((H.data[at + HANDIN.DAY]! / 100) | 0) - first) * SUM.WIDTH;
    const value = H.data[at + HANDIN.VALUE]!;
    s[r + SUM.HANDINS]!++;
    s[r + SUM.EARNED] = s[r + SUM.EARNED]! + value;
    if (O.data[o * ORDER.WIDTH + ORDER.RATE]! < 0) continue;
    s[r + SUM.RATED_PIECES] = s[r + SUM.RATED_PIECES]! + H.data[at + HANDIN.PIECES]!;
    s[r + SUM.RATED_VALUE] = s[r + SUM.RATED_VALUE]! + value;
  }
  for (let i = 0; i < P.n; i++)
    s[(monthIndex((P.data[i * PAYMENT.WIDTH + PAYMENT.DAY]! / 100) | 0) - first) * SUM.WIDTH + SUM.PAYMENTS]!++;
  const total = (t: Records, f: number) => {
    for (let i = 0; i < t.n; i++) {
      const r = (monthIndex(t.data[i * TOTAL.WIDTH + TOTAL.MONTH]!) - first) * SUM.WIDTH + f;
      s[r] = (Number.isNaN(s[r]!) ? 0 : s[r]!) + t.data[i * TOTAL.WIDTH + TOTAL.SUM]!;
    }
  };
  total(l.hours, SUM.MINUTES);
  total(l.costs, SUM.COST);
  return first;
}

/** The months observed (kept, with anything in them) into `asked`, with the days late or short is asked at; returns how many. */
function monthsAsked(
  first: number,
  keep: (month: number) => boolean,
  o: { overdueDays: number; today: number },
): number {
  if (asked.months.length < months)
    asked = {
      months: new Float64Array(months),
      ends: new Float64Array(months),
      olds: new Float64Array(months),
      late: new Int8Array(months),
    };
  const s = sums;
  let n = 0;
  for (let r = 0; r < months; r++) {
    const m = monthOfIndex(first + r);
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
    asked.months[n] = m;
    // Late or short: at the end of the month (or today, in the current month),
    // money from a hand-in older than the overdue limit still unpaid, or a payment
    // in the month that fell short. Unknowable before her first hand-in.
    const end = Math.min(monthFacts(m).lastDay, o.today);
    asked.ends[n] = end;
    asked.olds[n++] = oldDay(end, o.overdueDays);
  }
  return n;
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
  const out = new ObservationColumns();
  // Months, kecamatan and products by their places in the columns; coverage as of each month's end.
  const monthAt = new Map<number, number>();
  const coverage: ReturnType<typeof coverageAsOf>[] = [];
  const names = new Map<string, number>();
  const place = (list: string[], key: string) => {
    const k = `${list === out.kecamatans ? 'k' : 'p'}${key}`;
    let v = names.get(k);
    if (v === undefined) {
      names.set(k, (v = list.length));
      list.push(key);
    }
    return v;
  };
  const at: Places = {
    worker: 0,
    kecamatan: 0,
    product: 0,
    month: (m) => {
      let v = monthAt.get(m);
      if (v === undefined) {
        monthAt.set(m, (v = out.months.length));
        out.months.push(monthFacts(m).text);
        coverage.push(coverageAsOf(status, lastDayOfMonth(monthFacts(m).text)));
      }
      return v;
    },
  };
  const o = { overdueDays: f.overdueDays ?? 14, today: digitsOfDay(today) };
  // One ledger filled for one worker after another.
  const ledger = emptyMonthLedger();
  for await (const batch of subjectLedgers(db, { include: f.includeWorker }))
    for (const w of batch) {
      at.worker = out.workers.length;
      out.workers.push(w.id);
      at.kecamatan = place(out.kecamatans, w.kecamatan ?? UNKNOWN);
      at.product = place(out.products, w.product ?? UNKNOWN);
      const first = out.n;
      observeMonths(monthLedgerOfText(w.ledger, ledger), keep, o, at, out);
      for (let i = first; i < out.n; i++) {
        const c = coverage[out.monthOf[i]!]!.get(w.id);
        if (c?.bpjsTk != null) out.flags[3]![i] = c.bpjsTk ? 1 : 0;
        if (c?.jkn != null) out.flags[4]![i] = c.jkn ? 1 : 0;
      }
    }
  return out;
}
