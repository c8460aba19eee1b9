// The arithmetic behind REKAP and the monthly statement: pure functions of a
// worker's ledger, whole rupiah throughout.
//
// - A hand-in is worth its accepted pieces (delivered - rejected) at the
//   order's quoted rate (see rate.ts for rounding).
// - Cash received from an employer: pay plus kasbon (an advance is money in
//   hand, but a loan: it is never earnings).
// - A deduction (potongan: materials, plastic, rejects, fines) is kept back
//   by the employer: not cash, yet it settles part of what she earned, so it
//   reduces what is owed. Kasbon repaid (pay kept back to settle an earlier
//   advance) settles nothing more: the advance was already cash received.
// - Owed to her by an employer = earned - cash received - deductions, to
//   date. Negative means paid ahead; the part of it that is kasbon not yet
//   set off is shown as an advance still to be set off.
// - Overdue: cash and deductions are set against hand-ins oldest first; what
//   is still uncovered of a hand-in older than `overdueDays` is overdue.
// - Paid less than expected: a payment for one order that, once the order is
//   fully handed in, falls short of its value (at most what is owed overall);
//   or, for lump sums, a payment made after her last hand-in that still
//   leaves money owed.
// - Effective hourly = (value of accepted work - costs) / hours worked, in
//   the period: the hand-ins of the period at the agreed rates, whether paid
//   yet or not; cash received and advances are shown beside it, never in it.
//   The research data sets use the same definition (src/research/panel.ts).
// - Net earnings (for the BPJS cost share) = the same figure as the hourly
//   one before dividing by hours: value of the work accepted in the period
//   less costs. Cash received (pay, or a kasbon, which is a loan to be worked
//   off) is not earnings, so an advance can never count as income.
// - Work on an order whose rate she was not told yet has no value until the
//   rate is set: it is never guessed. Its pieces are listed as waiting for a
//   rate; it is left out of what she earned, of what is owed and overdue, and
//   of the hourly figure (with the hours written for that order); pay made
//   for that order is set against it, not against the rest; and while an
//   employer has such work, being paid ahead is not claimed (the work may be
//   worth the difference). Everything follows from her rows: once the rate is
//   set, the same arithmetic counts it.
import { HOURS_PER_MONTH, UMK_TABLE, type UmkEntry } from '../content/umk.ts';
import { type EmployerRec, type HandinRec, hasRate, type Ledger, type OrderRec, type PaymentRec } from './ledger.ts';
import { daysBetween, inRange } from './period.ts';
import { worthAt } from './rate.ts';

export interface Range {
  from: string;
  to: string;
}

export function acceptedOf(h: HandinRec): number {
  return Math.max(0, h.deliveredPieces - h.rejectedPieces);
}

/** The value of a hand-in at its order's rate; null while the order has no rate. */
export function handinValue(h: HandinRec, order: OrderRec): number | null {
  return worthAt(acceptedOf(h), order);
}

/** Work handed in on an order whose rate is not known yet: its pieces, and pay made for that order. */
export interface Waiting {
  order: OrderRec;
  /** Accepted pieces. */
  pieces: number;
  /** Cash and deductions of pay linked to the order. */
  paid: number;
}

/** Accepted pieces handed in on orders without a rate yet, and the pay linked to those orders, per order. */
function waitingWork(
  handins: HandinRec[],
  payments: PaymentRec[],
  orderOf: (id: number) => OrderRec | undefined,
): Map<number, Waiting> {
  const waiting = new Map<number, Waiting>();
  const waitingOf = (o: OrderRec) => {
    let w = waiting.get(o.id);
    if (!w) waiting.set(o.id, (w = { order: o, pieces: 0, paid: 0 }));
    return w;
  };
  for (const h of handins) {
    const o = orderOf(h.orderId);
    if (o && !hasRate(o)) waitingOf(o).pieces += acceptedOf(h);
  }
  for (const p of payments) {
    const o = p.kind === 'pay' && p.orderId !== null ? orderOf(p.orderId) : undefined;
    if (o && !hasRate(o)) waitingOf(o).paid += cash(p) + p.deduction;
  }
  return waiting;
}

export interface OrderStatus {
  order: OrderRec;
  delivered: number;
  rejected: number;
  accepted: number;
  /** Pieces still to hand in: the order less what was accepted (rejected pieces are redone). */
  remaining: number;
  /** Value of the whole order at its rate; null while it has no rate. */
  total: number | null;
  /** Value of what was accepted; null while the order has no rate. */
  earned: number | null;
  /** Settled against this order by payments linked to it: cash, kasbon kept back from it, deductions. */
  linkedPaid: number;
  lastHandinOn: string | null;
}

export function orderStatuses(ledger: Ledger): Map<number, OrderStatus> {
  const map = new Map<number, OrderStatus>();
  for (const o of ledger.orders) {
    map.set(o.id, {
      order: o,
      delivered: 0,
      rejected: 0,
      accepted: 0,
      remaining: o.quantityPieces,
      total: worthAt(o.quantityPieces, o),
      earned: hasRate(o) ? 0 : null,
      linkedPaid: 0,
      lastHandinOn: null,
    });
  }
  for (const h of ledger.handins) {
    const s = map.get(h.orderId);
    if (!s) continue;
    s.delivered += h.deliveredPieces;
    s.rejected += h.rejectedPieces;
    s.accepted += acceptedOf(h);
    const value = handinValue(h, s.order);
    if (value !== null) s.earned = (s.earned ?? 0) + value;
    if (!s.lastHandinOn || h.handedInOn > s.lastHandinOn) s.lastHandinOn = h.handedInOn;
  }
  for (const s of map.values()) s.remaining = s.order.quantityPieces - s.accepted;
  for (const p of ledger.payments) {
    if (p.kind !== 'pay' || p.orderId === null) continue;
    const s = map.get(p.orderId);
    if (s) s.linkedPaid += p.amount + p.kasbonRepaid + p.deduction;
  }
  return map;
}

/** Orders with pieces still to hand in, oldest first. */
export function openOrders(ledger: Ledger): OrderStatus[] {
  return [...orderStatuses(ledger).values()]
    .filter((s) => s.remaining > 0)
    .sort((a, b) => a.order.receivedOn.localeCompare(b.order.receivedOn) || a.order.id - b.order.id);
}

export interface Overdue {
  amount: number;
  /** The oldest hand-in not fully paid. */
  since: string;
  days: number;
}

export interface Short {
  amount: number;
  paidOn: string;
  /** The order the payment was for; null for a lump sum. */
  orderId: number | null;
}

export interface EmployerBalance {
  employer: EmployerRec;
  earned: number;
  /** Cash she received: pay and kasbon. */
  paid: number;
  kasbon: number;
  /** Kept back for materials, rejects, fines: settles part of what she earned. */
  deductions: number;
  /** Kept back from pay to settle a kasbon (already counted as cash, with the kasbon). */
  kasbonRepaid: number;
  /** earned - paid - deductions; negative: paid ahead. */
  owed: number;
  /** Kasbon still to be set off against her work: the part of being paid ahead that is an advance. */
  kasbonOpen: number;
  overdue: Overdue | null;
  short: Short[];
  /**
   * Her orders with this employer that have no rate yet, with work handed in or pay made for them: left
   * out of earned and owed (their pay too), so owed is without them, and not "paid ahead" while any is here.
   */
  waiting: Waiting[];
}

function cash(p: PaymentRec): number {
  return p.amount;
}

/** Balances with each employer as of `today` (everything recorded up to and including today). */
export function employerBalances(ledger: Ledger, today: string, overdueDays: number): EmployerBalance[] {
  const statuses = orderStatuses(ledger);
  const out: EmployerBalance[] = [];
  for (const employer of ledger.employers) {
    const orders = ledger.orders.filter((o) => o.employerId === employer.id);
    const orderIds = new Set(orders.map((o) => o.id));
    const handins = ledger.handins
      .filter((h) => orderIds.has(h.orderId) && h.handedInOn <= today)
      .sort((a, b) => a.handedInOn.localeCompare(b.handedInOn) || a.id - b.id);
    const payments = ledger.payments.filter((p) => p.employerId === employer.id && p.paidOn <= today);
    const values = handins.map((h) => handinValue(h, statuses.get(h.orderId)!.order));
    const earned = values.reduce<number>((a, b) => a + (b ?? 0), 0);
    const paid = payments.reduce((a, p) => a + cash(p), 0);
    const kasbon = payments.filter((p) => p.kind === 'kasbon').reduce((a, p) => a + p.amount, 0);
    const deductions = payments.reduce((a, p) => a + p.deduction, 0);
    const kasbonRepaid = payments.reduce((a, p) => a + p.kasbonRepaid, 0);
    // Work on orders without a rate yet, and the pay made for them: kept apart from the balance.
    const waiting = waitingWork(handins, payments, (id) => statuses.get(id)?.order);
    const pending = [...waiting.values()].reduce((a, w) => a + w.paid, 0);
    const owed = earned - paid - deductions + pending;
    const b: EmployerBalance = {
      employer,
      earned,
      paid,
      kasbon,
      deductions,
      kasbonRepaid,
      owed,
      kasbonOpen: owed < 0 && !waiting.size ? Math.min(-owed, Math.max(0, kasbon - kasbonRepaid)) : 0,
      overdue: null,
      short: [],
      waiting: [...waiting.values()],
    };

    // Overdue: set the money received and the deductions against hand-ins, oldest first.
    let credit = paid + deductions - pending;
    let overdueAmount = 0;
    let since: string | null = null;
    handins.forEach((h, i) => {
      const value = values[i];
      if (value === null || value === undefined) return;
      const covered = Math.min(value, Math.max(credit, 0));
      credit -= covered;
      const uncovered = value - covered;
      if (uncovered > 0 && daysBetween(h.handedInOn, today) >= overdueDays) {
        overdueAmount += uncovered;
        if (!since) since = h.handedInOn;
      }
    });
    if (overdueAmount > 0 && since) b.overdue = { amount: overdueAmount, since, days: daysBetween(since, today) };

    // Paid less than expected, order by order.
    for (const o of orders) {
      const s = statuses.get(o.id)!;
      const linked = payments.filter((p) => p.kind === 'pay' && p.orderId === o.id);
      if (!linked.length || s.remaining > 0 || s.earned === null) continue;
      // Never more than is owed overall: an advance not linked to the order may cover the rest.
      const gap = Math.min(s.earned - s.linkedPaid, b.owed);
      if (gap > 0) {
        const lastPaid = linked
          .map((p) => p.paidOn)
          .sort()
          .at(-1)!;
        b.short.push({ amount: gap, paidOn: lastPaid, orderId: o.id });
      }
    }
    // And for lump sums: paid after her last hand-in, yet money still owed.
    const lastHandin = handins.at(-1)?.handedInOn;
    const lastLump = payments
      .filter((p) => p.kind === 'pay' && p.orderId === null)
      .map((p) => p.paidOn)
      .sort()
      .at(-1);
    if (!b.short.length && lastHandin && lastLump && lastLump >= lastHandin && b.owed > 0) {
      b.short.push({ amount: b.owed, paidOn: lastLump, orderId: null });
    }
    out.push(b);
  }
  return out;
}

export interface NetEarnings {
  /** Value of the work accepted in the range (accepted pieces x agreed rate), paid yet or not. */
  wages: number;
  costs: number;
  /** wages - costs; may be zero or negative. */
  net: number;
}

/**
 * Effective hourly earnings in whole rupiah: what her work was worth less her
 * costs (`net`), per hour of the `minutes` she wrote; null without hours. The
 * one rounding of REKAP and the research data (net x 60 / minutes divides
 * once, so a figure of exactly x.5 is not moved by a hundredth of a minute).
 */
export function hourlyOf(net: number, minutes: number): number | null {
  return minutes > 0 ? Math.round((net * 60) / minutes) : null;
}

/** What her work was worth over a range of days, less the costs she bore: the hourly figure's numerator. */
export function netEarnings(ledger: Ledger, range: Range): NetEarnings {
  const orders = new Map(ledger.orders.map((o) => [o.id, o]));
  let wages = 0;
  for (const h of ledger.handins) {
    const o = orders.get(h.orderId);
    // Work on an order without a rate yet counts once the rate is set.
    if (o && inRange(h.handedInOn, range)) wages += handinValue(h, o) ?? 0;
  }
  const costs = ledger.costs.filter((c) => inRange(c.spentOn, range)).reduce((a, c) => a + c.amount, 0);
  return { wages, costs, net: wages - costs };
}

/** Whether she has recorded anything at all in her diary. */
export function hasEntries(ledger: Ledger): boolean {
  return (
    ledger.orders.length + ledger.handins.length + ledger.payments.length + ledger.hours.length + ledger.costs.length >
    0
  );
}

export interface UmkYardstick {
  year: number;
  monthly: number;
  /** monthly / 173, rounded to whole rupiah. */
  hourly: number;
  approximate: boolean;
}

/** The UMK of a year, or of the latest earlier year in the table. */
export function umkFor(year: number, table: readonly UmkEntry[] = UMK_TABLE): UmkYardstick | null {
  const e = [...table].filter((x) => x.year <= year).sort((a, b) => b.year - a.year)[0];
  if (!e) return null;
  return {
    year: e.year,
    monthly: e.monthly,
    hourly: Math.round(e.monthly / HOURS_PER_MONTH),
    approximate: Boolean(e.approximate),
  };
}

export interface EmployerLine {
  employer: EmployerRec;
  /** In the period: value of accepted work, pay received, kasbon received, deductions. */
  earned: number;
  paid: number;
  kasbon: number;
  deductions: number;
  /** To date (today), not just the period. */
  owed: number;
  kasbonOpen: number;
  overdue: Overdue | null;
  short: Short[];
  /** To date: her orders with this employer waiting for a rate (see EmployerBalance). */
  waiting: Waiting[];
}

export interface PeriodSummary {
  range: Range;
  delivered: number;
  rejected: number;
  accepted: number;
  /** Value of the work accepted in the period (accepted pieces x agreed rate). */
  earned: number;
  /** Pay received in the period, in cash (advances apart). */
  paid: number;
  /** Advances received in the period: a loan, not earnings. */
  kasbon: number;
  /** Kept back from pay in the period to settle an earlier kasbon. */
  kasbonRepaid: number;
  /** Deductions by employers in the period (materials, rejects, fines). */
  deductions: number;
  costs: number;
  minutes: number;
  /**
   * Rupiah per hour, (earned - costs) / hours; null when no hours were recorded. Work waiting for a rate
   * is left out, and so are the hours written for its orders.
   */
  hourly: number | null;
  /** Work handed in in the period on orders whose rate is not known yet (their pay is not counted here). */
  waiting: Waiting[];
  /** Minutes of the period written for orders waiting for a rate: not in the hourly figure. */
  waitingMinutes: number;
  /** To date (today), all employers: still owed to her; kasbon still to be set off. */
  owed: number;
  kasbonOpen: number;
  umk: UmkYardstick | null;
  employers: EmployerLine[];
  /** Days in the period on which family members helped; on which a child under 15 helped. */
  helperDays: number;
  childDays: number;
}

export function summarize(
  ledger: Ledger,
  range: Range,
  today: string,
  overdueDays: number,
  table: readonly UmkEntry[] = UMK_TABLE,
): PeriodSummary {
  const statuses = orderStatuses(ledger);
  const handins = ledger.handins.filter((h) => inRange(h.handedInOn, range) && statuses.has(h.orderId));
  const payments = ledger.payments.filter((p) => inRange(p.paidOn, range));
  const costs = ledger.costs.filter((c) => inRange(c.spentOn, range)).reduce((a, c) => a + c.amount, 0);
  const hours = ledger.hours.filter((h) => inRange(h.workedOn, range));
  const minutes = hours.reduce((a, h) => a + h.minutes, 0);
  const pay = payments.filter((p) => p.kind === 'pay');
  const advances = payments.filter((p) => p.kind === 'kasbon');
  const earnedBy = new Map<number, number>();
  let earned = 0;
  const waiting = new Map<number, Waiting>();
  for (const h of handins) {
    const o = statuses.get(h.orderId)!.order;
    const v = handinValue(h, o);
    if (v === null) {
      const w = waiting.get(o.id) ?? { order: o, pieces: 0, paid: 0 };
      w.pieces += acceptedOf(h);
      waiting.set(o.id, w);
      continue;
    }
    earned += v;
    earnedBy.set(o.employerId, (earnedBy.get(o.employerId) ?? 0) + v);
  }
  // Hours written for an order without a rate: their work has no value yet, so they stay out of the hourly figure.
  const waitingMinutes = hours
    .filter((h) => h.orderId !== null && statuses.has(h.orderId) && !hasRate(statuses.get(h.orderId)!.order))
    .reduce((a, h) => a + h.minutes, 0);
  const valuedMinutes = minutes - waitingMinutes;
  const balances = employerBalances(ledger, today, overdueDays);
  const employers: EmployerLine[] = balances
    .map((b) => {
      const mine = (p: PaymentRec) => p.employerId === b.employer.id;
      return {
        employer: b.employer,
        earned: earnedBy.get(b.employer.id) ?? 0,
        paid: pay.filter(mine).reduce((a, p) => a + cash(p), 0),
        kasbon: advances.filter(mine).reduce((a, p) => a + cash(p), 0),
        deductions: payments.filter(mine).reduce((a, p) => a + p.deduction, 0),
        owed: b.owed,
        kasbonOpen: b.kasbonOpen,
        overdue: b.overdue,
        short: b.short,
        waiting: b.waiting,
      };
    })
    .filter((e) => e.earned || e.paid || e.kasbon || e.deductions || e.owed || e.waiting.length);
  // Days she said someone helped (not said is not counted either way).
  const helperDays = new Set(hours.filter((h) => (h.helpers ?? 0) > 0).map((h) => h.workedOn)).size;
  const childDays = new Set(hours.filter((h) => h.childHelper).map((h) => h.workedOn)).size;
  return {
    range,
    delivered: handins.reduce((a, h) => a + h.deliveredPieces, 0),
    rejected: handins.reduce((a, h) => a + h.rejectedPieces, 0),
    accepted: handins.reduce((a, h) => a + acceptedOf(h), 0),
    earned,
    paid: pay.reduce((a, p) => a + cash(p), 0),
    kasbon: advances.reduce((a, p) => a + cash(p), 0),
    kasbonRepaid: payments.reduce((a, p) => a + p.kasbonRepaid, 0),
    deductions: payments.reduce((a, p) => a + p.deduction, 0),
    costs,
    minutes,
    hourly: hourlyOf(earned - costs, valuedMinutes),
    waiting: [...waiting.values()],
    waitingMinutes,
    owed: balances.reduce((a, b) => a + Math.max(0, b.owed), 0),
    kasbonOpen: balances.reduce((a, b) => a + b.kasbonOpen, 0),
    umk: umkFor(Number(range.from.slice(0, 4)), table),
    employers,
    helperDays,
    childDays,
  };
}

export interface StatementHandin {
  day: string;
  orderId: number;
  product: string;
  accepted: number;
  rejected: number;
  /** null: its order has no rate yet. */
  value: number | null;
}

export interface Statement {
  employer: EmployerRec;
  range: Range;
  /** Owed at the start of the month (negative: paid ahead). */
  opening: number;
  orders: OrderRec[];
  handins: StatementHandin[];
  payments: PaymentRec[];
  /** In the month: value of accepted work; pay in cash; kasbon; deductions; kasbon kept back (informational). */
  earned: number;
  paid: number;
  kasbon: number;
  deductions: number;
  kasbonRepaid: number;
  /**
   * opening + earned - paid - kasbon - deductions; pay made for an order without a rate yet is set
   * against that order, not in opening or closing.
   */
  closing: number;
  /** Up to the month's end: her orders with this employer waiting for a rate, as in EmployerBalance. */
  waiting: Waiting[];
}

/** One employer's month: what was handed in, what was paid, and what is still owed. */
export function monthlyStatement(ledger: Ledger, employerId: number, range: Range): Statement | null {
  const employer = ledger.employers.find((e) => e.id === employerId);
  if (!employer) return null;
  const orders = ledger.orders.filter((o) => o.employerId === employerId);
  const byId = new Map(orders.map((o) => [o.id, o]));
  const handins = ledger.handins
    .filter((h) => byId.has(h.orderId) && h.handedInOn <= range.to)
    .sort((a, b) => a.handedInOn.localeCompare(b.handedInOn) || a.id - b.id);
  const payments = ledger.payments
    .filter((p) => p.employerId === employerId && p.paidOn <= range.to)
    .sort((a, b) => a.paidOn.localeCompare(b.paidOn) || a.id - b.id);
  const before = (d: string) => d < range.from;
  const valueOfH = (h: HandinRec) => handinValue(h, byId.get(h.orderId)!);
  // Pay for an order without a rate yet is set against that order (see employerBalances).
  const waitingFor = (p: PaymentRec) => {
    const o = p.kind === 'pay' && p.orderId !== null ? byId.get(p.orderId) : undefined;
    return o !== undefined && !hasRate(o) ? o : undefined;
  };
  // What settles what she earned: cash (pay and kasbon) and deductions; not kasbon repaid (the kasbon was cash).
  const settled = (p: PaymentRec) => (waitingFor(p) ? 0 : cash(p) + p.deduction);
  const opening =
    handins.filter((h) => before(h.handedInOn)).reduce((a, h) => a + (valueOfH(h) ?? 0), 0) -
    payments.filter((p) => before(p.paidOn)).reduce((a, p) => a + settled(p), 0);
  const waiting = waitingWork(handins, payments, (id) => byId.get(id));
  const pendingIn = payments
    .filter((p) => !before(p.paidOn) && waitingFor(p))
    .reduce((a, p) => a + cash(p) + p.deduction, 0);
  const inMonth = handins.filter((h) => !before(h.handedInOn));
  const paidIn = payments.filter((p) => !before(p.paidOn));
  const lines = inMonth.map((h) => ({
    day: h.handedInOn,
    orderId: h.orderId,
    product: byId.get(h.orderId)!.product,
    accepted: acceptedOf(h),
    rejected: h.rejectedPieces,
    value: valueOfH(h),
  }));
  const earned = lines.reduce((a, l) => a + (l.value ?? 0), 0);
  const sum = (ps: PaymentRec[], f: (p: PaymentRec) => number) => ps.reduce((a, p) => a + f(p), 0);
  const paid = sum(
    paidIn.filter((p) => p.kind === 'pay'),
    cash,
  );
  const kasbon = sum(
    paidIn.filter((p) => p.kind === 'kasbon'),
    cash,
  );
  const deductions = sum(paidIn, (p) => p.deduction);
  return {
    employer,
    range,
    opening,
    orders: orders.filter((o) => inRange(o.receivedOn, range)),
    handins: lines,
    payments: paidIn,
    earned,
    paid,
    kasbon,
    deductions,
    kasbonRepaid: sum(paidIn, (p) => p.kasbonRepaid),
    closing: opening + earned - paid - kasbon - deductions + pendingIn,
    waiting: [...waiting.values()],
  };
}
