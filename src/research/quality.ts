// Data quality for researchers: entries outside what is plausible (the same
// bounds the diary confirms with her, src/content/diary-bounds.ts), and how
// often entries are corrected or undone. Research-consented workers only.

import { sql } from 'kysely';
import { DIARY_BOUNDS } from '../content/diary-bounds.ts';
import type { Db } from '../db/connect.ts';
import type { Ledger } from '../diary/ledger.ts';
import type { Pseudonymizer } from './datasets.ts';
import { researchWorkers } from './ledgers.ts';
import { eachEntry, field, instantHour, packedByWorker } from './packed.ts';
import type { ResearchFilter } from './protection.ts';
import {
  addDaysTo,
  dayNumberOfDigits,
  dayOfNumber,
  isoWeekOf,
  mondayOfNumber,
  weekOfMonday,
  weeksBetween,
  wibDayOfHourDigits,
} from './weeks.ts';

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
    // An order without a rate yet has no piece rate to flag.
    if (o.ratePerPiece !== null && (o.ratePerPiece < B.ratePerPiece.min || o.ratePerPiece > B.ratePerPiece.max))
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

/** A day as YYYY-MM-DD from the digits YYYYMMDD of a packed field. */
const dayOfDigits = (n: number) => dayOfNumber(dayNumberOfDigits(n));

/**
 * Every research subject's flags, read with the panel's queries (one per
 * diary table, src/research/packed.ts): only the fields the bounds look at.
 */
export async function qualityFlags(db: Db, pseudonym: Pseudonymizer, filter: ResearchFilter = {}): Promise<Flag[]> {
  // Read at once: side by side on PostgreSQL, one after another on SQLite.
  const [workers, orders, handins, payments, costs, hours] = await Promise.all([
    researchWorkers(db),
    packedByWorker(db, {
      table: 'orders',
      fields: [field('t.id'), field('t.received_on'), field('t.rate_per_piece', -1), field('t.quantity_pieces')],
    }),
    packedByWorker(db, {
      table: 'handins',
      fields: [field('t.id'), field('t.handed_in_on'), field('t.delivered_pieces'), field('t.rejected_pieces')],
    }),
    packedByWorker(db, { table: 'payments', fields: [field('t.id'), field('t.paid_on'), field('t.amount')] }),
    packedByWorker(db, { table: 'costs', fields: [field('t.id'), field('t.spent_on'), field('t.amount')] }),
    packedByWorker(db, { table: 'work_hours', fields: [field('t.worked_on'), field('t.minutes')] }),
  ]);
  const out: Flag[] = [];
  for (const w of workers) {
    if (filter.workers && !filter.workers.has(w.id)) continue;
    // Her ledger with only what flagsOf reads.
    const l = { orders: [], handins: [], payments: [], hours: [], costs: [] } as unknown as Ledger;
    const push = <T>(xs: T[], x: Partial<T>) => xs.push(x as T);
    eachEntry(orders.get(w.id), 4, ([id, day, rate, pieces]) =>
      push(l.orders, {
        id: id!,
        receivedOn: dayOfDigits(day!),
        ratePerPiece: rate! < 0 ? null : rate!,
        quantityPieces: pieces!,
      }),
    );
    eachEntry(handins.get(w.id), 4, ([id, day, delivered, rejected]) =>
      push(l.handins, {
        id: id!,
        handedInOn: dayOfDigits(day!),
        deliveredPieces: delivered!,
        rejectedPieces: rejected!,
      }),
    );
    eachEntry(payments.get(w.id), 3, ([id, day, amount]) =>
      push(l.payments, { id: id!, paidOn: dayOfDigits(day!), amount: amount! }),
    );
    eachEntry(costs.get(w.id), 3, ([id, day, amount]) =>
      push(l.costs, { id: id!, spentOn: dayOfDigits(day!), amount: amount! }),
    );
    eachEntry(hours.get(w.id), 2, ([day, minutes]) =>
      push(l.hours, { workedOn: dayOfDigits(day!), minutes: minutes! }),
    );
    for (const flag of flagsOf(pseudonym.worker(w.id), l))
      if ((!filter.from || flag.day >= filter.from) && (!filter.to || flag.day <= filter.to)) out.push(flag);
  }
  return out.sort((a, b) => b.day.localeCompare(a.day) || a.worker.localeCompare(b.worker));
}

export interface CorrectionWeek {
  week: string;
  entries: number;
  changes: number;
  undos: number;
}

/**
 * Entries written, fields changed and entries undone, per ISO week (by when it happened), with the panel's queries;
 * optionally only the given workers' and the weeks overlapping the days [from, to].
 */
export async function correctionsByWeek(db: Db, filter: ResearchFilter = {}): Promise<CorrectionWeek[]> {
  const weeks = new Map<string, CorrectionWeek>();
  const at = (hour: number) => {
    const week = weekOfMonday(mondayOfNumber(wibDayOfHourDigits(hour))).week;
    const w = weeks.get(week) ?? { week, entries: 0, changes: 0, undos: 0 };
    weeks.set(week, w);
    return w;
  };
  const every = sql`1 = 1`;
  const corrections = await packedByWorker(db, {
    table: 'diary_corrections',
    fields: [sql`case when t.action = 'void' then '1' else '0' end`, instantHour('t.at')],
    where: every,
  });
  const mine = (rows: Map<string, string>) =>
    filter.workers ? [...rows].filter(([id]) => filter.workers!.has(id)).map(([, packed]) => packed) : rows.values();
  for (const packed of mine(corrections))
    eachEntry(packed, 2, ([undo, hour]) => {
      if (undo) at(hour!).undos++;
      else at(hour!).changes++;
    });
  const tables = ['orders', 'handins', 'payments', 'work_hours', 'costs'] as const;
  for (const rows of await Promise.all(
    tables.map((table) => packedByWorker(db, { table, fields: [instantHour('t.created_at')], where: every })),
  ))
    for (const packed of mine(rows)) eachEntry(packed, 1, ([hour]) => at(hour!).entries++);
  // Every week from the first to the last, quiet ones included.
  const sorted = [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
  if (!sorted.length) return [];
  return weeksBetween(mondayOf(sorted[0]!.week), mondayOf(sorted.at(-1)!.week))
    .filter((m) => (!filter.to || m <= filter.to) && (!filter.from || addDaysTo(m, 6) >= filter.from))
    .map((m) => weeks.get(isoWeekOf(m)) ?? { week: isoWeekOf(m), entries: 0, changes: 0, undos: 0 });
}

/** The Monday of an ISO week "2026-W48". */
function mondayOf(week: string): string {
  const [y, w] = week.split('-W').map(Number);
  // 4 January is always in week 1.
  const jan4 = new Date(Date.UTC(y!, 0, 4));
  const monday1 = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5);
  return new Date(monday1.getTime() + (w! - 1) * 7 * 864e5).toISOString().slice(0, 10);
}
