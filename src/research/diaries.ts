// A worker's diary in the plain shape the panel is defined on, from her
// ledger. The exports read every worker at once through
// src/research/worker-weeks.ts, which must give the same rows (a test checks).
import type { Ledger } from '../diary/ledger.ts';
import { acceptedOf, handinValue } from '../diary/summary.ts';
import type { DiaryOfWorker } from './panel.ts';
import { dayOfInstant } from './weeks.ts';

/** WIB days on which she wrote anything in her diary (by when she wrote it, not the day it is about). */
export function writtenDays(l: Ledger): string[] {
  const all = [...l.orders, ...l.handins, ...l.payments, ...l.hours, ...l.costs].map((e) => dayOfInstant(e.createdAt));
  return [...new Set(all)].sort();
}

export function diaryOf(
  w: { pseudonym: string; kecamatan: string | null; product: string | null; joinedAt: string },
  l: Ledger,
  reminders: { day: string; answered: boolean }[] | null = null,
): DiaryOfWorker {
  const orders = new Map(l.orders.map((o) => [o.id, o]));
  return {
    worker: w.pseudonym,
    joined: dayOfInstant(w.joinedAt),
    kecamatan: w.kecamatan,
    product: w.product,
    // Work on an order without a rate yet has no value, and its pieces no piece rate, until the rate is set.
    handins: l.handins.flatMap((h) => {
      const o = orders.get(h.orderId);
      const value = o ? handinValue(h, o) : null;
      return value !== null ? [{ day: h.handedInOn, pieces: acceptedOf(h), value }] : [];
    }),
    // Cash in hand: pay and advances alike (as in her REKAP); deductions settle part of what she earned.
    payments: l.payments.map((p) => ({ day: p.paidOn, amount: p.amount, deduction: p.deduction })),
    hours: l.hours.map((h) => ({ day: h.workedOn, hours: h.minutes / 60 })),
    costs: l.costs.map((c) => ({ day: c.spentOn, amount: c.amount })),
    entryDays: writtenDays(l),
    datedDays: [
      ...l.orders.map((o) => o.receivedOn),
      ...l.handins.map((h) => h.handedInOn),
      ...l.payments.map((p) => p.paidOn),
      ...l.hours.map((h) => h.workedOn),
      ...l.costs.map((c) => c.spentOn),
    ],
    reminders,
  };
}
