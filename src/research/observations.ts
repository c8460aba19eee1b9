// One observation per research-consented worker and month in which she wrote
// anything dated in that month: the input of the aggregates, the dashboard's
// charts and BANDINGKAN. Her product is her main kind of work (a code) and her
// kecamatan the one she gave; figures are computed from her diary here.
import type { Db } from '../db/connect.ts';
import type { Ledger } from '../diary/ledger.ts';
import { employerBalances, handinValue } from '../diary/summary.ts';
import type { Observation } from './aggregate.ts';
import { loadLedgers, researchWorkers } from './ledgers.ts';
import { coverageAsOf, lastDayOfMonth, statusRows } from './protection.ts';
import { dayOfInstant, monthOf } from './weeks.ts';
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

/** Her figures for one month, from her ledger (pure). */
export function observeMonth(
  l: Ledger,
  month: string,
  o: { worker: string; kecamatan: string | null; product: string | null; overdueDays: number; today: string },
): Omit<Observation, 'bpjsTk' | 'jkn'> | null {
  const inMonth = (day: string) => monthOf(day) === month;
  const orders = new Map(l.orders.map((x) => [x.id, x]));
  const handins = l.handins.filter((h) => inMonth(h.handedInOn) && orders.has(h.orderId));
  const received = l.orders.filter((x) => inMonth(x.receivedOn));
  const hours = l.hours.filter((h) => inMonth(h.workedOn));
  const costs = l.costs.filter((c) => inMonth(c.spentOn));
  const payments = l.payments.filter((p) => inMonth(p.paidOn));
  if (!handins.length && !received.length && !hours.length && !costs.length && !payments.length) return null;

  const accepted = handins.reduce((a, h) => a + Math.max(0, h.deliveredPieces - h.rejectedPieces), 0);
  const earned = handins.reduce((a, h) => a + handinValue(h, orders.get(h.orderId)!), 0);
  // Her piece rate: value of accepted work over its pieces; in a month without
  // hand-ins, the rates of the orders she took in, weighted by their pieces.
  let pieceRate: number | null = null;
  if (accepted > 0) pieceRate = earned / accepted;
  else {
    const pieces = received.reduce((a, x) => a + x.quantityPieces, 0);
    if (pieces > 0) pieceRate = received.reduce((a, x) => a + x.ratePerPiece * x.quantityPieces, 0) / pieces;
  }
  const minutes = hours.reduce((a, h) => a + h.minutes, 0);
  const cost = costs.reduce((a, c) => a + c.amount, 0);
  const effectiveHourly = minutes > 0 ? (earned - cost) / (minutes / 60) : null;
  const umk = umkHourly(month);
  const known = received.map((x) => x.writtenAgreement).filter((v): v is boolean => v !== null);

  // Late or short: at the end of the month (or today, in the current month),
  // money from a hand-in older than the overdue limit still unpaid, or a payment
  // in the month that fell short. Unknowable before her first hand-in.
  const end = lastDayOfMonth(month) < o.today ? lastDayOfMonth(month) : o.today;
  let paidLateOrShort: boolean | null = null;
  if (l.handins.some((h) => h.handedInOn <= end)) {
    const balances = employerBalances(l, end, o.overdueDays);
    paidLateOrShort = balances.some((b) => b.overdue !== null || b.short.some((s) => inMonth(s.paidOn)));
  }
  return {
    month,
    kecamatan: o.kecamatan ?? UNKNOWN,
    product: o.product ?? UNKNOWN,
    worker: o.worker,
    pieceRate,
    effectiveHourly,
    belowUmk: effectiveHourly === null || umk === null ? null : effectiveHourly < umk,
    writtenAgreement: known.length ? known.some(Boolean) : null,
    paidLateOrShort,
  };
}

function monthsOf(l: Ledger): string[] {
  const days = [
    ...l.orders.map((x) => x.receivedOn),
    ...l.handins.map((x) => x.handedInOn),
    ...l.payments.map((x) => x.paidOn),
    ...l.hours.map((x) => x.workedOn),
    ...l.costs.map((x) => x.spentOn),
  ];
  return [...new Set(days.map(monthOf))].sort();
}

export async function observationsFor(db: Db, f: ObservationFilter): Promise<Observation[]> {
  const today = dayOfInstant((f.now ?? new Date()).toISOString());
  const workers = await researchWorkers(db, f.includeWorker);
  const ledgers = await loadLedgers(
    db,
    workers.map((w) => w.id),
  );
  const status = await statusRows(db, f.includeWorker);
  const coverage = new Map<string, ReturnType<typeof coverageAsOf>>();
  const out: Observation[] = [];
  for (const w of workers) {
    const l = ledgers.get(w.id)!;
    for (const month of monthsOf(l)) {
      if (f.month && month !== f.month) continue;
      if (f.from && month < monthOf(f.from)) continue;
      if (f.to && month > monthOf(f.to)) continue;
      if (month > monthOf(today)) continue;
      const obs = observeMonth(l, month, {
        worker: w.id,
        kecamatan: w.kecamatan,
        product: w.product,
        overdueDays: f.overdueDays ?? 14,
        today,
      });
      if (!obs) continue;
      if (!coverage.has(month)) coverage.set(month, coverageAsOf(status, lastDayOfMonth(month)));
      const c = coverage.get(month)!.get(w.id);
      out.push({ ...obs, bpjsTk: c?.bpjsTk ?? null, jkn: c?.jkn ?? null });
    }
  }
  return out;
}
