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
// short dated in the month (the month is asked about up to a day of its own,
// so some short is dated in it exactly when the latest is). Unknowable (null)
// before her first hand-in.
// A property test checks this against employerBalances.
import { HANDIN, type MonthLedger, ORDER, PAYMENT } from './month-ledgers.ts';
import { dayNumberOfDigits, digitsOfDayNumber } from './weeks.ts';

/** The days `overdueDays` before each of ends[0..n) (no later than the end itself). */
export function oldDays(ends: ArrayLike<number>, n: number, overdueDays: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++)
    out.push(Math.min(ends[i]!, digitsOfDayNumber(dayNumberOfDigits(ends[i]!) - overdueDays)));
  return out;
}

/** `a` when it holds at least n numbers, else a larger one (contents not kept). */
function atLeast(a: Float64Array, n: number): Float64Array {
  return a.length >= n ? a : new Float64Array(Math.max(n, 2 * a.length));
}

/** Index of the first of ascending xs[0..n) at or above `x` (n when none). */
function lowerBound(xs: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Reused from worker to worker (the research figures read thousands in a row): nothing here outlives a call.
let thresholds: Float64Array = new Float64Array(64);
let perOrder: Float64Array = new Float64Array(256);
let buckets: Float64Array = new Float64Array(1024);

/**
 * For one worker, whether each month months[i] (YYYYMM) up to day ends[i]
 * (YYYYMMDD, a day of that month) was paid late or short, into out[i]: 1
 * yes, 0 no, -1 not known (before her first hand-in); i < n.
 *
 * Every figure the rule asks of an employer is a total or a latest day over
 * her entries up to a day: up to a month's end, or up to its end less the
 * overdue limit. So the entries are not sorted: each is added to the bucket
 * of the first of those days on or after its own, and running totals and
 * maxima over the buckets give every month's figures at once.
 */
export function lateOrShortMonths(
  l: MonthLedger,
  overdueDays: number,
  months: ArrayLike<number>,
  ends: ArrayLike<number>,
  n: number,
  out: Int8Array,
  olds: ArrayLike<number> = oldDays(ends, n, overdueDays),
): void {
  // In small steps, each compiled on its own: the research figures run them once for thousands of
  // workers in a fresh process, where one large function would wait long to be optimised.
  const K = daysAsked(ends, olds, n);
  const firstHandin = fillBuckets(l, K);
  runningTotals(l.employers.length, K);
  const T = thresholds;
  const b = buckets;
  const B = K + 1;
  const size = l.employers.length * B;
  const none = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const end = ends[i]!;
    const month = months[i]!;
    if (!(firstHandin <= end)) {
      out[i] = -1;
      continue;
    }
    const te = lowerBound(T, K, end);
    const to = lowerBound(T, K, olds[i]!);
    let late = 0;
    for (let e = 0; e < l.employers.length && !late; e++) {
      const atEnd = e * B + te;
      const paid = b[SETTLED * size + atEnd]!;
      // Overdue: hand-ins that old are worth more than all that was settled.
      if (b[HANDED * size + e * B + to]! > Math.max(paid, 0)) late = 1;
      else if (b[HANDED * size + atEnd]! - paid > 0) {
        // Short on an order: dated by the last pay for it; any short order decides, in this month or not.
        const short = b[LAST_SHORT * size + atEnd]!;
        if (short !== none) {
          if (Math.floor(short / 100) === month) late = 1;
          continue;
        }
        // Short as a lump sum paid on or after her last hand-in.
        const handin = b[LAST_HANDIN * size + atEnd]!;
        const lump = b[LAST_LUMP * size + atEnd]!;
        if (handin !== none && lump !== none && lump >= handin && Math.floor(lump / 100) === month) late = 1;
      }
    }
    out[i] = late;
  }
}

/**
 * The days asked about (ends and olds), ascending and each once, into
 * `thresholds`; returns how many. Ends and olds usually ascend already
 * (months in order) and are merged; otherwise sorted.
 */
function daysAsked(ends: ArrayLike<number>, olds: ArrayLike<number>, n: number): number {
  const T = (thresholds = atLeast(thresholds, 2 * n));
  let ascending = true;
  for (let i = 1; i < n && ascending; i++) ascending = ends[i - 1]! <= ends[i]! && olds[i - 1]! <= olds[i]!;
  if (ascending)
    for (let i = 0, j = 0; i + j < 2 * n; )
      T[i + j] = j >= n || (i < n && ends[i]! <= olds[j]!) ? ends[i++]! : olds[j++]!;
  else {
    for (let i = 0; i < n; i++) {
      T[2 * i] = ends[i]!;
      T[2 * i + 1] = olds[i]!;
    }
    T.subarray(0, 2 * n).sort();
  }
  let K = 0;
  for (let i = 0; i < 2 * n; i++) if (K === 0 || T[i] !== T[K - 1]) T[K++] = T[i]!;
  return K;
}

/**
 * The five figures of `buckets`, each per employer and bucket (K + 1 buckets
 * each, the last after every day asked about): figure f of employer e's
 * bucket t is buckets[f * size + e * (K + 1) + t], size the employers times
 * K + 1.
 */
const HANDED = 0; // value of her hand-ins
const SETTLED = 1; // cash and deductions
const LAST_HANDIN = 2; // latest day of a hand-in
const LAST_LUMP = 3; // latest day of a pay for no order
const LAST_SHORT = 4; // latest day of a pay for an order that can fall short

/** Her entries into their buckets (by the first day asked about on or after theirs); returns her first hand-in's day. */
function fillBuckets(l: MonthLedger, K: number): number {
  const H = l.handins.data;
  const P = l.payments.data;
  const nO = l.orders.n;
  const nH = l.handins.n;
  const nP = l.payments.n;
  const T = thresholds;
  const B = K + 1;
  const size = l.employers.length * B;
  const b = (buckets = atLeast(buckets, 5 * size));
  b.fill(0, 0, 2 * size);
  b.fill(Number.NEGATIVE_INFINITY, 2 * size, 5 * size);
  // Orders over her whole diary, as orderStatuses counts them: accepted, earned, linked pay.
  const po = (perOrder = atLeast(perOrder, 3 * nO));
  po.fill(0, 0, 3 * nO);
  let firstHandin = Number.POSITIVE_INFINITY;
  for (let h = 0; h < nH; h++) {
    const at = h * HANDIN.WIDTH;
    const day = H[at + HANDIN.DAY]!;
    if (day < firstHandin) firstHandin = day;
    const o = l.handinOrder[h]!;
    if (o < 0) continue;
    const value = H[at + HANDIN.VALUE]!;
    po[3 * o] = po[3 * o]! + H[at + HANDIN.PIECES]!;
    po[3 * o + 1] = po[3 * o + 1]! + value;
    const e = l.orderEmployer[o]!;
    if (e < 0) continue;
    const c = e * B + lowerBound(T, K, day);
    b[HANDED * size + c] = b[HANDED * size + c]! + value;
    if (day > b[LAST_HANDIN * size + c]!) b[LAST_HANDIN * size + c] = day;
  }
  for (let p = 0; p < nP; p++) {
    const at = p * PAYMENT.WIDTH;
    const pay = P[at + PAYMENT.PAY] === 1;
    const order = P[at + PAYMENT.ORDER]!;
    const amount = P[at + PAYMENT.AMOUNT]!;
    const deduction = P[at + PAYMENT.DEDUCTION]!;
    const o = l.paymentOrder[p]!;
    if (pay && o >= 0) po[3 * o + 2] = po[3 * o + 2]! + amount + P[at + PAYMENT.KASBON]! + deduction;
    const e = l.paymentEmployer[p]!;
    if (e < 0) continue;
    const day = P[at + PAYMENT.DAY]!;
    const c = e * B + lowerBound(T, K, day);
    b[SETTLED * size + c] = b[SETTLED * size + c]! + amount + deduction;
    if (pay && order === 0 && day > b[LAST_LUMP * size + c]!) b[LAST_LUMP * size + c] = day;
  }
  shortPays(l, K);
  return firstHandin;
}

/**
 * Pays for orders that can fall short, into their buckets: fully handed in,
 * worth more than was paid against them, paid to their own employer.
 */
function shortPays(l: MonthLedger, K: number): void {
  const O = l.orders.data;
  const P = l.payments.data;
  const po = perOrder;
  const b = buckets;
  const B = K + 1;
  const size = l.employers.length * B;
  for (let p = 0; p < l.payments.n; p++) {
    const at = p * PAYMENT.WIDTH;
    const order = P[at + PAYMENT.ORDER]!;
    if (P[at + PAYMENT.PAY] !== 1 || order === 0) continue;
    const o = l.paymentOrder[p]!;
    if (o < 0 || O[o * ORDER.WIDTH + ORDER.EMPLOYER] !== P[at + PAYMENT.EMPLOYER]) continue;
    if (!(O[o * ORDER.WIDTH + ORDER.QUANTITY]! - po[3 * o]! <= 0 && po[3 * o + 1]! - po[3 * o + 2]! > 0)) continue;
    const e = l.paymentEmployer[p]!;
    if (e < 0) continue;
    const day = P[at + PAYMENT.DAY]!;
    const c = LAST_SHORT * size + e * B + lowerBound(thresholds, K, day);
    if (day > b[c]!) b[c] = day;
  }
}

/** Running totals and maxima over each employer's buckets: bucket t then holds all on or before the day T[t]. */
function runningTotals(employers: number, K: number): void {
  const b = buckets;
  const B = K + 1;
  const size = employers * B;
  for (let f = 0; f < 5; f++)
    for (let e = 0; e < employers; e++)
      for (let t = f * size + e * B + 1; t < f * size + e * B + K; t++)
        if (f < LAST_HANDIN) b[t] = b[t]! + b[t - 1]!;
        else if (b[t - 1]! > b[t]!) b[t] = b[t - 1]!;
}

/**
 * For one worker: whether the month `month` (YYYYMM) up to day `end`
 * (YYYYMMDD, a day of that month) was paid late or short; null before her
 * first hand-in. One month at a time (lateOrShortMonths does many at once).
 */
export function lateOrShort(l: MonthLedger, overdueDays: number): (month: number, end: number) => boolean | null {
  const out = new Int8Array(1);
  return (month, end) => {
    lateOrShortMonths(l, overdueDays, [month], [end], 1, out);
    return out[0] === -1 ? null : out[0] === 1;
  };
}
