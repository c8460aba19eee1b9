// The panel of every research-consented worker, read in one query per diary
// table (src/research/packed.ts) and summed straight into her days
// (PanelDays in src/research/panel.ts): the same rows as panelOf and
// panelMonthsOf over diaryOf her ledger (src/research/diaries.ts), which the
// tests check, without a million entry objects in between.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { worthOf } from '../diary/rate.ts';
import { UNITS, type UnitCode } from '../parse/units.ts';
import type { Pseudonymizer } from './datasets.ts';
import { researchWorkers } from './ledgers.ts';
import { eachEntry, field, instantHour, packedByWorker, unitIndex } from './packed.ts';
import { type MonthRow, PanelDays, type PanelRow } from './panel.ts';
import { dayNumber, dayNumberOfDigits, dayOfInstant, wibDayOfHourDigits } from './weeks.ts';

export interface PanelWanted {
  weeks?: boolean;
  months?: boolean;
  /** WIB days: only weeks (months) overlapping [from, to]; sums and what is owed still run from her start. */
  from?: string;
  to?: string;
}

/**
 * Weekly and monthly rows of every research subject, up to `today` (the
 * current week and month partial), workers in the order of their pseudonyms.
 */
export async function workerPanel(
  db: Db,
  pseudonym: Pseudonymizer,
  today: string,
  want: PanelWanted = { weeks: true },
): Promise<{ weeks: PanelRow[]; months: MonthRow[] }> {
  const written = instantHour('t.created_at');
  // The tables are read at once: on PostgreSQL each query has a connection of its own and the server reads
  // them side by side (SQLite runs them one after another all the same).
  const [workers, handins, payments, hours, costs, orders, reminders] = await Promise.all([
    researchWorkers(db),
    // Hand-ins and her orders read apart and matched here by order id: a join in the database would look up
    // the order of every hand-in, which costs more than reading all the orders once.
    packedByWorker(db, {
      table: 'handins',
      fields: [
        field('t.handed_in_on'),
        field('t.delivered_pieces'),
        field('t.rejected_pieces'),
        written,
        field('t.order_id'),
      ],
    }),
    packedByWorker(db, {
      table: 'payments',
      fields: [field('t.paid_on'), field('t.amount'), field('t.deduction'), written],
    }),
    packedByWorker(db, { table: 'work_hours', fields: [field('t.worked_on'), field('t.minutes'), written] }),
    packedByWorker(db, { table: 'costs', fields: [field('t.spent_on'), field('t.amount'), written] }),
    packedByWorker(db, {
      table: 'orders',
      fields: [
        field('t.received_on'),
        written,
        field('t.id'),
        field('t.rate_amount'),
        unitIndex('t.rate_per'),
        field('t.rate_count'),
      ],
    }),
    packedByWorker(db, {
      table: 'diary_reminders',
      fields: [field('t.week_of'), sql`case when t.answered_at is null then '0' else '1' end`],
      where: sql`t.status = 'sent'`,
    }),
  ]);

  const last = dayNumber(today);
  const window = { from: want.from, to: want.to };
  // Workers in the order of their pseudonyms (as localeCompare orders them, with one collator for all the
  // comparisons), then her days one worker at a time, so that only her sums are alive meanwhile.
  const collator = new Intl.Collator();
  const subjects = workers
    .map((w) => ({ ...w, worker: pseudonym.worker(w.id) }))
    .sort((a, b) => collator.compare(a.worker, b.worker));
  const out = { weeks: [] as PanelRow[], months: [] as MonthRow[] };
  // One buffer of days for everybody, emptied between workers.
  const p = new PanelDays(last, last);
  const rates = new Map<number, { rateAmount: number; ratePer: UnitCode; rateCount: number }>();
  for (const w of subjects) {
    p.reset(dayNumber(dayOfInstant(w.joinedAt)));
    // Her orders not undone, by id: a hand-in counts at its order's rate; one whose order she undid has no
    // value (only its day and the day she wrote it count). The day an entry was written never moves her start.
    rates.clear();
    // Fields by place (f[0] is the first), not destructured: these run once per entry, a million times.
    eachEntry(orders.get(w.id), 6, (f) => {
      p.dated(dayNumberOfDigits(f[0]!));
      p.entry(wibDayOfHourDigits(f[1]!));
      const ratePer = UNITS[f[4]!]?.code;
      if (!ratePer) throw new Error(`Unknown unit on an order of worker ${w.id}`);
      rates.set(f[2]!, { rateAmount: f[3]!, ratePer, rateCount: f[5]! });
    });
    eachEntry(handins.get(w.id), 5, (f) => {
      p.entry(wibDayOfHourDigits(f[3]!));
      const rate = rates.get(f[4]!);
      if (!rate) {
        p.dated(dayNumberOfDigits(f[0]!));
        return;
      }
      const pieces = Math.max(0, f[1]! - f[2]!); // delivered - rejected, as acceptedOf
      p.handin(dayNumberOfDigits(f[0]!), pieces, worthOf(pieces, rate));
    });
    // Cash in hand: pay and advances alike (as in her REKAP); deductions settle part of what she earned.
    eachEntry(payments.get(w.id), 4, (f) => {
      p.entry(wibDayOfHourDigits(f[3]!));
      p.payment(dayNumberOfDigits(f[0]!), f[1]!, f[2]!);
    });
    eachEntry(hours.get(w.id), 3, (f) => {
      p.entry(wibDayOfHourDigits(f[2]!));
      p.minutes(dayNumberOfDigits(f[0]!), f[1]!);
    });
    eachEntry(costs.get(w.id), 3, (f) => {
      p.entry(wibDayOfHourDigits(f[2]!));
      p.cost(dayNumberOfDigits(f[0]!), f[1]!);
    });
    eachEntry(reminders.get(w.id), 2, ([day, answered]) => p.reminder(dayNumberOfDigits(day!), answered === 1));
    p.rows(w, window, want, out);
  }
  return out;
}

/** The weekly panel (see workerPanel). */
export async function workerWeeks(
  db: Db,
  pseudonym: Pseudonymizer,
  today: string,
  window: { from?: string; to?: string } = {},
): Promise<PanelRow[]> {
  return (await workerPanel(db, pseudonym, today, { weeks: true, ...window })).weeks;
}

/** The monthly panel (see workerPanel). */
export async function workerMonths(
  db: Db,
  pseudonym: Pseudonymizer,
  today: string,
  window: { from?: string; to?: string } = {},
): Promise<MonthRow[]> {
  return (await workerPanel(db, pseudonym, today, { months: true, ...window })).months;
}
