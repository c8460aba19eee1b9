// What a reminder needs to know of her diary: whether she logged anything this
// week, and which orders to name. The diary's own ledger arithmetic decides
// what is open and what is owed (src/diary/summary.ts).
import type { Kysely } from 'kysely';
import { loadLedger } from '../db/diary.ts';
import type { Database } from '../db/schema.ts';
import { employerBalances, openOrders, orderStatuses } from '../diary/summary.ts';
import type { ReminderItem } from '../flows/weekly-reminder.ts';

type Q = Kysely<Database>;

/** Of these workers, those who wrote any diary entry since `sinceIso` (undone ones count: she logged). */
export async function loggedSince(q: Q, workerIds: string[], sinceIso: string): Promise<Set<string>> {
  if (!workerIds.length) return new Set();
  const tables = ['orders', 'handins', 'payments', 'work_hours', 'costs'] as const;
  const [first, ...rest] = tables.map((t) =>
    q.selectFrom(t).select('worker_id').where('worker_id', 'in', workerIds).where('created_at', '>=', sinceIso),
  );
  const rows = await rest.reduce((acc, next) => acc.union(next), first!).execute();
  return new Set(rows.map((r) => r.worker_id));
}

/** Orders to name: first those handed in but not paid (newest first), then those still being worked on. */
export async function reminderItems(q: Q, workerId: string, today: string): Promise<ReminderItem[]> {
  const ledger = await loadLedger(q, workerId);
  if (!ledger.orders.length) return [];
  const names = new Map(ledger.employers.map((e) => [e.id, e.name]));
  const owing = new Set(
    employerBalances(ledger, today, 0)
      .filter((b) => b.owed > 0)
      .map((b) => b.employer.id),
  );
  const unpaid = [...orderStatuses(ledger).values()]
    // An order whose rate she was not told yet: to be paid while no pay was made for it.
    .filter((s) =>
      s.earned === null
        ? s.remaining <= 0 && s.linkedPaid === 0
        : s.remaining <= 0 && s.earned > s.linkedPaid && owing.has(s.order.employerId),
    )
    .sort((a, b) => (b.lastHandinOn ?? '').localeCompare(a.lastHandinOn ?? '') || b.order.id - a.order.id);
  const item = (kind: ReminderItem['kind']) => (s: (typeof unpaid)[number]) => ({
    kind,
    product: s.order.product,
    employer: names.get(s.order.employerId) ?? '?',
  });
  return [...unpaid.map(item('toBePaid')), ...openOrders(ledger).map(item('handIn'))];
}
