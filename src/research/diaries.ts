// Each research-consented worker's diary in the plain shape the panel is
// computed from. Pseudonyms are applied here, before anything leaves.
import type { Db } from '../db/connect.ts';
import type { Ledger } from '../diary/ledger.ts';
import { acceptedOf, handinValue } from '../diary/summary.ts';
import type { Pseudonymizer } from './datasets.ts';
import { loadLedgers, researchWorkers } from './ledgers.ts';
import type { DiaryOfWorker } from './panel.ts';
import { inResearch } from './subjects.ts';
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
    handins: l.handins.flatMap((h) => {
      const o = orders.get(h.orderId);
      return o ? [{ day: h.handedInOn, pieces: acceptedOf(h), value: handinValue(h, o) }] : [];
    }),
    // Cash in hand: pay and advances alike (as in her REKAP); withheld money is not paid.
    payments: l.payments.map((p) => ({ day: p.paidOn, amount: p.amount })),
    hours: l.hours.map((h) => ({ day: h.workedOn, hours: h.minutes / 60 })),
    costs: l.costs.map((c) => ({ day: c.spentOn, amount: c.amount })),
    entryDays: writtenDays(l),
    reminders,
  };
}

export async function loadDiaries(db: Db, pseudonym: Pseudonymizer): Promise<DiaryOfWorker[]> {
  const workers = await researchWorkers(db);
  const ledgers = await loadLedgers(
    db,
    workers.map((w) => w.id),
  );
  const reminders = await remindersOf(db);
  return workers.map((w) =>
    diaryOf({ ...w, pseudonym: pseudonym.worker(w.id) }, ledgers.get(w.id)!, reminders.get(w.id) ?? []),
  );
}

/** Weekly diary reminders sent to research-consented workers, and whether she wrote back that week. */
async function remindersOf(db: Db): Promise<Map<string, { day: string; answered: boolean }[]>> {
  const rows = await db
    .selectFrom('diary_reminders as r')
    .innerJoin('workers as w', 'w.id', 'r.worker_id')
    .select(['r.worker_id', 'r.week_of', 'r.answered_at'])
    .where(inResearch('w'))
    .where('r.status', '=', 'sent')
    .execute();
  const out = new Map<string, { day: string; answered: boolean }[]>();
  for (const r of rows)
    out.set(r.worker_id, [...(out.get(r.worker_id) ?? []), { day: r.week_of, answered: r.answered_at !== null }]);
  return out;
}
