// "Paid late or short" for each month of one worker's diary: what
// employerBalances (src/diary/summary.ts) says at the end of the month, worked
// out once per worker instead of once per month over her whole ledger.
//
// At the end of day `end`, with one employer (hand-ins and payments up to `end`):
// - Settled: cash she received (pay and kasbon) and the employer's deductions
//   (a deduction settles part of what she earned; kasbon repaid does not, the
//   kasbon was cash already).
// - Overdue: what was settled is set against hand-ins oldest first, so some
//   hand-in at least `overdueDays` old is still uncovered exactly when the
//   value of all hand-ins that old exceeds what was settled (values and
//   amounts are never negative: the diary refuses them).
// - Short on an order: the order is fully handed in (over her whole diary, as
//   orderStatuses counts it), a pay for it was made by `end`, and both its
//   value less what was settled against it and what the employer owes overall are
//   positive; the short is dated by the last such pay.
// - Short as a lump sum: with no short order, a lump sum paid on or after her
//   last hand-in while the employer still owes.
// The month counts as late or short when an employer is overdue, or has a
// short dated in the month. Unknowable (null) before her first hand-in.
// A property test checks this against employerBalances.
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

/** Entries of one employer: a day and an amount. */
class Dated {
  days: number[] = [];
  amounts: number[] = [];
  /** Running totals, once sorted by day. */
  private sums: number[] = [];

  add(day: number, amount: number): void {
    this.days.push(day);
    this.amounts.push(amount);
  }

  /** Sorts by day (they usually come in order already) and adds up. */
  close(): void {
    const { days, amounts } = this;
    let sorted = true;
    for (let i = 1; i < days.length && sorted; i++) sorted = days[i - 1]! <= days[i]!;
    const order = days.map((_, i) => i);
    if (!sorted) order.sort((a, b) => days[a]! - days[b]!);
    this.days = order.map((i) => days[i]!);
    let total = 0;
    this.sums = order.map((i) => (total += amounts[i]!));
  }

  /** Total up to and including `end`. */
  upTo(end: number): number {
    const i = upperBound(this.days, end);
    return i ? this.sums[i - 1]! : 0;
  }
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
  const O = l.orders;
  const H = l.handins;
  const P = l.payments;
  // Her orders standing, by id: their place in the columns.
  const orderAt = new Map<number, number>();
  for (let i = 0; i < O.id.length; i++) orderAt.set(O.id[i]!, i);
  const employers = new Map(
    l.employers.map((e) => [
      e,
      { handins: new Dated(), payments: new Dated(), lumpSums: [] as number[], shortable: [] as number[][] },
    ]),
  );
  // Orders over her whole diary, as orderStatuses counts them.
  const accepted = new Float64Array(O.id.length);
  const earned = new Float64Array(O.id.length);
  const linkedPaid = new Float64Array(O.id.length);
  let firstHandin = Number.POSITIVE_INFINITY;
  for (let i = 0; i < H.day.length; i++) {
    const day = H.day[i]!;
    if (day < firstHandin) firstHandin = day;
    const o = orderAt.get(H.order[i]!);
    if (o === undefined) continue;
    accepted[o] = accepted[o]! + H.pieces[i]!;
    earned[o] = earned[o]! + H.value[i]!;
    employers.get(O.employer[o]!)?.handins.add(day, H.value[i]!);
  }
  // Days of the pays for each order, made to its own employer.
  const paysFor = new Map<number, number[]>();
  for (let i = 0; i < P.day.length; i++) {
    const pay = P.pay[i] === 1;
    const order = P.order[i]!;
    const o = order === 0 ? undefined : orderAt.get(order);
    if (pay && o !== undefined) linkedPaid[o] = linkedPaid[o]! + P.amount[i]! + P.kasbon[i]! + P.deduction[i]!;
    const e = employers.get(P.employer[i]!);
    if (!e) continue;
    e.payments.add(P.day[i]!, P.amount[i]! + P.deduction[i]!);
    if (pay && order === 0) e.lumpSums.push(P.day[i]!);
    if (pay && o !== undefined && O.employer[o] === P.employer[i]) {
      const days = paysFor.get(o);
      if (days) days.push(P.day[i]!);
      else paysFor.set(o, [P.day[i]!]);
    }
  }
  // Orders that can fall short: fully handed in, worth more than was paid against them, with a pay for them.
  for (const [o, pays] of paysFor)
    if (O.quantity[o]! - accepted[o]! <= 0 && earned[o]! - linkedPaid[o]! > 0)
      employers.get(O.employer[o]!)?.shortable.push(pays.sort((a, b) => a - b));
  for (const e of employers.values()) {
    e.handins.close();
    e.payments.close();
    e.lumpSums.sort((a, b) => a - b);
  }

  const monthOf = (day: number) => Math.floor(day / 100);
  return (month, end) => {
    if (!(firstHandin <= end)) return null;
    const old = Math.min(end, digitsOfDayNumber(dayNumberOfDigits(end) - overdueDays));
    for (const e of employers.values()) {
      const paid = e.payments.upTo(end);
      if (e.handins.upTo(old) > Math.max(paid, 0)) return true;
      const owed = e.handins.upTo(end) - paid;
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
