// The worker-week panel of every research-consented worker, read in one query
// per diary table (src/research/packed.ts) and summed straight into her weeks
// (PanelWeeks in src/research/panel.ts): the same rows as panelOf over diaryOf
// her ledger (src/research/diaries.ts), which the tests check, without a
// million entry objects in between.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { worthOf } from '../diary/rate.ts';
import { UNITS } from '../parse/units.ts';
import type { Pseudonymizer } from './datasets.ts';
import { researchWorkers } from './ledgers.ts';
import { eachEntry, field, instantHour, packedByWorker, unitIndex } from './packed.ts';
import { type PanelRow, PanelWeeks } from './panel.ts';
import { dayNumber, dayNumberOfDigits, dayOfInstant, wibDayOfHourDigits } from './weeks.ts';

export async function workerWeeks(
  db: Db,
  pseudonym: Pseudonymizer,
  lastDay: string,
  window: { from?: string; to?: string } = {},
): Promise<PanelRow[]> {
  const workers = await researchWorkers(db);
  const written = instantHour('t.created_at');
  // A hand-in counts at her order's rate; one whose order she undid has no value (only the day she wrote it counts).
  const handins = await packedByWorker(db, {
    table: 'handins',
    fields: [
      field('t.handed_in_on'),
      field('t.delivered_pieces'),
      field('t.rejected_pieces'),
      written,
      sql`case when o.id is null then '0' else '1' end`,
      field('o.rate_amount', 0),
      unitIndex('o.rate_per'),
      field('o.rate_count', 1),
    ],
    join: sql`left join orders o on o.id = t.order_id and o.worker_id = t.worker_id and o.voided_at is null`,
  });
  const payments = await packedByWorker(db, {
    table: 'payments',
    fields: [field('t.paid_on'), field('t.amount'), written],
  });
  const hours = await packedByWorker(db, {
    table: 'work_hours',
    fields: [field('t.worked_on'), field('t.minutes'), written],
    ordered: true,
  });
  const costs = await packedByWorker(db, { table: 'costs', fields: [field('t.spent_on'), field('t.amount'), written] });
  const orders = await packedByWorker(db, { table: 'orders', fields: [written] });
  const reminders = await packedByWorker(db, {
    table: 'diary_reminders',
    fields: [field('t.week_of'), sql`case when t.answered_at is null then '0' else '1' end`],
    where: sql`t.status = 'sent'`,
  });

  const last = dayNumber(lastDay);
  // Workers in the order of their pseudonyms (as localeCompare orders them, with one collator for all the
  // comparisons), then her weeks one worker at a time, so that only her sums are alive meanwhile.
  const collator = new Intl.Collator();
  const subjects = workers
    .map((w) => ({ ...w, worker: pseudonym.worker(w.id) }))
    .sort((a, b) => collator.compare(a.worker, b.worker));
  const rows: PanelRow[] = [];
  for (const w of subjects) {
    const p = new PanelWeeks(dayNumber(dayOfInstant(w.joinedAt)), last);
    eachEntry(handins.get(w.id), 8, ([day, delivered, rejected, hour, hasOrder, rateAmount, unit, rateCount]) => {
      p.entry(wibDayOfHourDigits(hour!));
      if (!hasOrder) return;
      const ratePer = UNITS[unit!]?.code;
      if (!ratePer) throw new Error(`Unknown unit on an order of worker ${w.id}`);
      const pieces = Math.max(0, delivered! - rejected!); // as acceptedOf
      p.handin(
        dayNumberOfDigits(day!),
        pieces,
        worthOf(pieces, { rateAmount: rateAmount!, ratePer, rateCount: rateCount! }),
      );
    });
    // Cash in hand: pay and advances alike (as in her REKAP); withheld money is not paid.
    eachEntry(payments.get(w.id), 3, ([day, amount, hour]) => {
      p.entry(wibDayOfHourDigits(hour!));
      p.payment(dayNumberOfDigits(day!), amount!);
    });
    eachEntry(hours.get(w.id), 3, ([day, minutes, hour]) => {
      p.entry(wibDayOfHourDigits(hour!));
      p.hours(dayNumberOfDigits(day!), minutes! / 60);
    });
    eachEntry(costs.get(w.id), 3, ([day, amount, hour]) => {
      p.entry(wibDayOfHourDigits(hour!));
      p.cost(dayNumberOfDigits(day!), amount!);
    });
    eachEntry(orders.get(w.id), 1, ([hour]) => p.entry(wibDayOfHourDigits(hour!)));
    eachEntry(reminders.get(w.id), 2, ([day, answered]) => p.reminder(dayNumberOfDigits(day!), answered === 1));
    for (const r of p.rows(w, window, true)) rows.push(r);
  }
  return rows;
}
