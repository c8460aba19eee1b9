// "Paid late or short" for each month of one worker's diary: what
// employerBalances (src/diary/summary.ts) says at the end of the month, worked
// out once per worker instead of once per month over her whole ledger.
//
// At the end of day `end`, with one employer (hand-ins and payments up to `end`):
// - Overdue: payments are set against hand-ins oldest first, so some hand-in at
//   least `overdueDays` old is still uncovered exactly when the value of all
//   hand-ins that old exceeds what she was paid (values and amounts are never
//   negative: the diary refuses them).
// - Short on an order: the order is fully handed in (over her whole diary, as
//   orderStatuses counts it), a pay for it was made by `end`, and both its
//   value less what was paid against it and what the employer owes overall are
//   positive; the short is dated by the last such pay.
// - Short as a lump sum: with no short order, a lump sum paid on or after her
//   last hand-in while the employer still owes.
// The month counts as late or short when an employer is overdue, or has a
// short dated in the month. Unknowable (null) before her first hand-in.
// A property test checks this against employerBalances.
import { worthOf } from '../diary/rate.ts';
import type { MonthLedger } from './month-ledgers.ts';
import { dayNumberOfDigits, digitsOfDayNumber } from './weeks.ts';

/** Index of the first element greater than `x` in an ascending array. */
function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Days (ascending) and the running total of a value up to each. */
function running<T>(xs: T[], day: (x: T) => number, value: (x: T) => number): { days: number[]; sums: number[] } {
  const sorted = [...xs].sort((a, b) => day(a) - day(b));
  let total = 0;
  return { days: sorted.map(day), sums: sorted.map((x) => (total += value(x))) };
}

/** Total up to and including `end`. */
function upTo(r: { days: number[]; sums: number[] }, end: number): number {
  const i = upperBound(r.days, end);
  return i ? r.sums[i - 1]! : 0;
}

/** The last of ascending days on or before `end`, or null. */
function lastUpTo(days: number[], end: number): number | null {
  const i = upperBound(days, end);
  return i ? days[i - 1]! : null;
}

/**
 * For one worker: whether the month `month` (YYYYMM) ending on day `end`
 * (YYYYMMDD) was paid late or short; null before her first hand-in.
 */
export function lateOrShort(l: MonthLedger, overdueDays: number): (month: number, end: number) => boolean | null {
  const orders = new Map(l.orders.map((o) => [o.id, o]));
  const accepted = new Map<number, number>();
  const earned = new Map<number, number>();
  const linkedPaid = new Map<number, number>();
  const add = (m: Map<number, number>, k: number, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const valued = l.handins.flatMap((h) => {
    const o = orders.get(h.orderId);
    if (!o) return [];
    const pieces = Math.max(0, h.deliveredPieces - h.rejectedPieces); // as acceptedOf
    const value = worthOf(pieces, o);
    add(accepted, o.id, pieces);
    add(earned, o.id, value);
    return [{ day: h.handedInOn, employerId: o.employerId, value }];
  });
  for (const p of l.payments)
    if (p.pay && p.orderId !== null && orders.has(p.orderId)) add(linkedPaid, p.orderId, p.amount + p.kasbonRepaid);
  const firstHandin = l.handins.reduce((a, h) => Math.min(a, h.handedInOn), Number.POSITIVE_INFINITY);

  const employers = l.employers.map((e) => {
    const payments = l.payments.filter((p) => p.employerId === e);
    const asc = (xs: number[]) => xs.sort((a, b) => a - b);
    return {
      handins: running(
        valued.filter((h) => h.employerId === e),
        (h) => h.day,
        (h) => h.value,
      ),
      payments: running(
        payments,
        (p) => p.paidOn,
        (p) => p.amount,
      ),
      lumpSums: asc(payments.filter((p) => p.pay && p.orderId === null).map((p) => p.paidOn)),
      // Orders that can fall short: fully handed in, worth more than was paid against them.
      shortable: l.orders
        .filter(
          (o) =>
            o.employerId === e &&
            o.quantityPieces - (accepted.get(o.id) ?? 0) <= 0 &&
            (earned.get(o.id) ?? 0) - (linkedPaid.get(o.id) ?? 0) > 0,
        )
        .map((o) => asc(payments.filter((p) => p.pay && p.orderId === o.id).map((p) => p.paidOn))),
    };
  });

  const monthOf = (day: number) => Math.floor(day / 100);
  return (month, end) => {
    if (!(firstHandin <= end)) return null;
    const old = Math.min(end, digitsOfDayNumber(dayNumberOfDigits(end) - overdueDays));
    for (const e of employers) {
      const paid = upTo(e.payments, end);
      if (upTo(e.handins, old) > Math.max(paid, 0)) return true;
      const owed = upTo(e.handins, end) - paid;
      if (owed <= 0) continue;
      let short = false;
      for (const pays of e.shortable) {
        const last = lastUpTo(pays, end);
        if (last === null) continue;
        short = true;
        if (monthOf(last) === month) return true;
      }
      if (short) continue;
      const lastHandin = lastUpTo(e.handins.days, end);
      const lastLump = lastUpTo(e.lumpSums, end);
      if (lastHandin !== null && lastLump !== null && lastLump >= lastHandin && monthOf(lastLump) === month)
        return true;
    }
    return false;
  };
}
