// Data quality for researchers: entries outside what is plausible (the same
// bounds the diary confirms with her, src/content/diary-bounds.ts), and how
// often entries are corrected or undone. Research-consented workers only.
import { DIARY_BOUNDS } from '../content/diary-bounds.ts';
import type { Db } from '../db/connect.ts';
import type { Ledger } from '../diary/ledger.ts';
import type { Pseudonymizer } from './datasets.ts';
import { loadLedgers, researchWorkers } from './ledgers.ts';
import { dayOfInstant, isoWeekOf, weeksBetween } from './weeks.ts';

export interface Flag {
  worker: string;
  dataset: 'orders' | 'handins' | 'payments' | 'hours' | 'costs';
  id: number | null;
  day: string;
  what: string;
  value: number;
}

const B = DIARY_BOUNDS;

/** Her entries outside the plausible bounds (pure). */
export function flagsOf(worker: string, l: Ledger): Flag[] {
  const out: Flag[] = [];
  for (const o of l.orders) {
    if (o.ratePerPiece < B.ratePerPiece.min || o.ratePerPiece > B.ratePerPiece.max)
      out.push({
        worker,
        dataset: 'orders',
        id: o.id,
        day: o.receivedOn,
        what: 'piece rate outside Rp50 to Rp50.000',
        value: o.ratePerPiece,
      });
    if (o.quantityPieces > B.pieces.max)
      out.push({
        worker,
        dataset: 'orders',
        id: o.id,
        day: o.receivedOn,
        what: `more than ${B.pieces.max} pieces`,
        value: o.quantityPieces,
      });
  }
  for (const h of l.handins) {
    if (h.deliveredPieces > B.pieces.max)
      out.push({
        worker,
        dataset: 'handins',
        id: h.id,
        day: h.handedInOn,
        what: `more than ${B.pieces.max} pieces`,
        value: h.deliveredPieces,
      });
    if (h.rejectedPieces > h.deliveredPieces)
      out.push({
        worker,
        dataset: 'handins',
        id: h.id,
        day: h.handedInOn,
        what: 'more rejected than delivered',
        value: h.rejectedPieces,
      });
  }
  for (const p of l.payments)
    if (p.amount < B.payment.min || p.amount > B.payment.max)
      out.push({
        worker,
        dataset: 'payments',
        id: p.id,
        day: p.paidOn,
        what: 'payment outside Rp1.000 to Rp10 juta',
        value: p.amount,
      });
  for (const c of l.costs)
    if (c.amount < B.cost.min || c.amount > B.cost.max)
      out.push({
        worker,
        dataset: 'costs',
        id: c.id,
        day: c.spentOn,
        what: 'cost outside Rp500 to Rp2 juta',
        value: c.amount,
      });
  const perDay = new Map<string, number>();
  for (const h of l.hours) perDay.set(h.workedOn, (perDay.get(h.workedOn) ?? 0) + h.minutes);
  for (const [day, minutes] of perDay)
    if (minutes > B.hoursPerDay.confirm * 60)
      out.push({
        worker,
        dataset: 'hours',
        id: null,
        day,
        what: `more than ${B.hoursPerDay.confirm} hours in a day`,
        value: Math.round((minutes / 60) * 10) / 10,
      });
  return out;
}

export async function qualityFlags(db: Db, pseudonym: Pseudonymizer): Promise<Flag[]> {
  const workers = await researchWorkers(db);
  const ledgers = await loadLedgers(
    db,
    workers.map((w) => w.id),
  );
  return workers
    .flatMap((w) => flagsOf(pseudonym.worker(w.id), ledgers.get(w.id)!))
    .sort((a, b) => b.day.localeCompare(a.day) || a.worker.localeCompare(b.worker));
}

export interface CorrectionWeek {
  week: string;
  entries: number;
  changes: number;
  undos: number;
}

/** Entries written, fields changed and entries undone, per ISO week (by when it happened). */
export async function correctionsByWeek(db: Db): Promise<CorrectionWeek[]> {
  const workers = await researchWorkers(db);
  const ids = workers.map((w) => w.id);
  const weeks = new Map<string, CorrectionWeek>();
  const at = (iso: string) => {
    const week = isoWeekOf(dayOfInstant(iso));
    const w = weeks.get(week) ?? { week, entries: 0, changes: 0, undos: 0 };
    weeks.set(week, w);
    return w;
  };
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const corrections = await db
      .selectFrom('diary_corrections')
      .select(['action', 'at'])
      .where('worker_id', 'in', chunk)
      .execute();
    for (const c of corrections) {
      if (c.action === 'void') at(c.at).undos++;
      else at(c.at).changes++;
    }
    for (const table of ['orders', 'handins', 'payments', 'work_hours', 'costs'] as const) {
      const rows = await db.selectFrom(table).select('created_at').where('worker_id', 'in', chunk).execute();
      for (const r of rows) at(r.created_at).entries++;
    }
  }
  // Every week from the first to the last, quiet ones included.
  const sorted = [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
  if (!sorted.length) return [];
  return weeksBetween(mondayOf(sorted[0]!.week), mondayOf(sorted.at(-1)!.week)).map(
    (m) => weeks.get(isoWeekOf(m)) ?? { week: isoWeekOf(m), entries: 0, changes: 0, undos: 0 },
  );
}

/** The Monday of an ISO week "2026-W48". */
function mondayOf(week: string): string {
  const [y, w] = week.split('-W').map(Number);
  // 4 January is always in week 1.
  const jan4 = new Date(Date.UTC(y!, 0, 4));
  const monday1 = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5);
  return new Date(monday1.getTime() + (w! - 1) * 7 * 864e5).toISOString().slice(0, 10);
}
