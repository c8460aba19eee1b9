// One observation per research-consented worker and month in which she wrote
// anything dated in that month: the input of the aggregates, the dashboard's
// charts and BANDINGKAN. Her product is her main kind of work (a code) and her
// kecamatan the one she gave; figures are computed from her diary here.
import type { Db } from '../db/connect.ts';
import type { Observation } from './aggregate.ts';
import { lateOrShort } from './late-or-short.ts';
import { emptyMonthLedger, type MonthLedger, monthLedgerOfText, subjectLedgers } from './month-ledgers.ts';
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

/** What one month of her diary adds up to. */
interface MonthSums {
  handins: number;
  accepted: number;
  earned: number;
  received: number;
  /** Orders received with the question of a written agreement answered, and whether any said yes. */
  writtenKnown: number;
  writtenYes: boolean;
  /** Minutes and costs written for the month (absent: none written). */
  minutes: number | null;
  cost: number | null;
  payments: number;
}

/** Every month with anything dated in it (YYYYMM), with its sums. */
function monthSums(l: MonthLedger): Map<number, MonthSums> {
  const months = new Map<number, MonthSums>();
  const of = (m: number) => {
    let s = months.get(m);
    if (!s) {
      s = {
        handins: 0,
        accepted: 0,
        earned: 0,
        received: 0,
        writtenKnown: 0,
        writtenYes: false,
        minutes: null,
        cost: null,
        payments: 0,
      };
      months.set(m, s);
    }
    return s;
  };
  const O = l.orders;
  const H = l.handins;
  const standing = new Set(O.id);
  const month = (day: number) => Math.floor(day / 100);
  for (let i = 0; i < O.id.length; i++) {
    const s = of(month(O.day[i]!));
    s.received++;
    if (O.written[i]! >= 0) {
      s.writtenKnown++;
      s.writtenYes ||= O.written[i] === 1;
    }
  }
  // A hand-in whose order she undid still dates its month, but adds nothing to it.
  for (let i = 0; i < H.day.length; i++) {
    const s = of(month(H.day[i]!));
    if (!standing.has(H.order[i]!)) continue;
    s.handins++;
    s.accepted += H.pieces[i]!;
    s.earned += H.value[i]!;
  }
  for (const day of l.payments.day) of(month(day)).payments++;
  for (const [m, minutes] of l.minutes) of(m).minutes = minutes;
  for (const [m, cost] of l.costs) of(m).cost = cost;
  return months;
}

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

/**
 * Her figures for each month (YYYYMM) she wrote anything in and `keep` keeps,
 * in order, from her ledger (pure). Coverage is left for the caller to fill.
 */
export function observeMonths(
  l: MonthLedger,
  keep: (month: number) => boolean,
  o: { worker: string; kecamatan: string | null; product: string | null; overdueDays: number; today: number },
): Observation[] {
  const sums = monthSums(l);
  const late = lateOrShort(l, o.overdueDays);
  const out: Observation[] = [];
  for (const m of [...sums.keys()].sort((a, b) => a - b)) {
    if (!keep(m)) continue;
    const s = sums.get(m)!;
    if (!s.handins && !s.received && s.minutes === null && s.cost === null && !s.payments) continue;
    const { text: month, lastDay, umk } = monthFacts(m);
    // Her piece rate: value of accepted work over its pieces (the codebook's definition). What she was
    // paid per piece for work done, not the rate of orders taken in, which may never be handed in.
    const pieceRate = s.accepted > 0 ? s.earned / s.accepted : null;
    const minutes = s.minutes ?? 0;
    // Whole rupiah, as effective_hourly in the monthly panel: the same figure.
    const effectiveHourly = minutes > 0 ? Math.round((s.earned - (s.cost ?? 0)) / (minutes / 60)) : null;
    // Late or short: at the end of the month (or today, in the current month),
    // money from a hand-in older than the overdue limit still unpaid, or a payment
    // in the month that fell short. Unknowable before her first hand-in.
    const end = Math.min(lastDay, o.today);
    out.push({
      month,
      kecamatan: o.kecamatan ?? UNKNOWN,
      product: o.product ?? UNKNOWN,
      worker: o.worker,
      pieceRate,
      effectiveHourly,
      partial: lastDay > o.today,
      belowUmk: effectiveHourly === null || umk === null ? null : effectiveHourly < umk,
      writtenAgreement: s.writtenKnown ? s.writtenYes : null,
      paidLateOrShort: late(m, end),
      bpjsTk: null,
      jkn: null,
    });
  }
  return out;
}

export async function observationsFor(db: Db, f: ObservationFilter): Promise<Observation[]> {
  const today = dayOfInstant((f.now ?? new Date()).toISOString());
  const status = await statusRows(db, f.includeWorker);
  const coverage = new Map<string, ReturnType<typeof coverageAsOf>>();
  const only = f.month ? monthNumber(f.month) : null;
  const from = f.from ? monthNumber(f.from) : null;
  const to = f.to ? monthNumber(f.to) : null;
  const todayMonth = monthNumber(today);
  const keep = (m: number) =>
    (only === null || m === only) && (from === null || m >= from) && (to === null || m <= to) && m <= todayMonth;
  const out: Observation[] = [];
  // One ledger filled for one worker after another.
  const ledger = emptyMonthLedger();
  for await (const batch of subjectLedgers(db, f.includeWorker))
    for (const w of batch) {
      const months = observeMonths(monthLedgerOfText(w.ledger, ledger), keep, {
        worker: w.id,
        kecamatan: w.kecamatan,
        product: w.product,
        overdueDays: f.overdueDays ?? 14,
        today: digitsOfDay(today),
      });
      for (const obs of months) {
        if (!coverage.has(obs.month)) coverage.set(obs.month, coverageAsOf(status, lastDayOfMonth(obs.month)));
        const c = coverage.get(obs.month)!.get(w.id);
        obs.bpjsTk = c?.bpjsTk ?? null;
        obs.jkn = c?.jkn ?? null;
        out.push(obs);
      }
    }
  return out;
}
