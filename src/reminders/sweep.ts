// The weekly diary reminder, run by the scheduler every hour: for each worker
// whose chosen day and hour have come this week, either a reminder naming her
// open orders or, when she already logged this week, a "skipped" row. Every
// reminder due is a row of diary_reminders (one per worker per week), with the
// time she answered: researchers measure diary adherence with them. The engine
// sends it (initiateIn, src/flows/weekly-reminder.ts): her channel and BERHENTI
// are its rules; it keeps no conversation, so one she is in leaves as it was.
import { TZDate } from '@date-fns/tz';
import { format, startOfISOWeek } from 'date-fns';
import { TIME_ZONE, wibDate } from '../core/time.ts';
import type { Db } from '../db/connect.ts';
import { reachIdentityId } from '../db/reachability.ts';
import type { Initiator } from '../engine/engine.ts';
import { DEFAULT_REMINDER } from '../flows/reminder.ts';
import { weeklyReminderFlow } from '../flows/weekly-reminder.ts';
import { loggedSince, reminderItems } from './diary-facts.ts';

export interface WeekPoint {
  /** ISO weekday in WIB, 1 Monday ... 7 Sunday. */
  weekday: number;
  hour: number;
  /** The Monday of this week, YYYY-MM-DD (WIB). */
  weekOf: string;
  /** That Monday 00:00 WIB as an instant. */
  weekStartIso: string;
}

export function weekPoint(now: Date): WeekPoint {
  const local = new TZDate(now.getTime(), TIME_ZONE);
  const monday = startOfISOWeek(local);
  const day = local.getDay();
  return {
    weekday: day === 0 ? 7 : day,
    hour: local.getHours(),
    weekOf: format(monday, 'yyyy-MM-dd'),
    weekStartIso: new Date(monday.getTime()).toISOString(),
  };
}

export interface SweepOptions {
  /** A run late by up to this many hours still sends that day's reminders (after a restart). */
  catchUpHours?: number;
  batchSize?: number;
  notifyOutbox?: (channel: string) => void;
}

export interface SweepResult {
  sent: number;
  skipped: number;
  answered: number;
}

/**
 * Records her first message after each reminder of the past week; returns how
 * many were newly answered. Times are compared on our own clock (processed_at),
 * not the platform's.
 */
export async function recordAnswers(db: Db, now: Date): Promise<number> {
  const res = await db
    .updateTable('diary_reminders')
    .set((eb) => ({
      answered_at: eb
        .selectFrom('inbound_messages as i')
        .select((e) => e.fn.min('i.processed_at').as('first'))
        .whereRef('i.worker_id', '=', 'diary_reminders.worker_id')
        .whereRef('i.processed_at', '>', 'diary_reminders.due_at'),
    }))
    .where('status', '=', 'sent')
    .where('answered_at', 'is', null)
    .where('due_at', '>=', new Date(now.getTime() - 7 * 864e5).toISOString())
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('inbound_messages as i')
          .select('i.id')
          .whereRef('i.worker_id', '=', 'diary_reminders.worker_id')
          .whereRef('i.processed_at', '>', 'diary_reminders.due_at'),
      ),
    )
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function runReminderSweep(engine: Initiator, now: Date, o: SweepOptions = {}): Promise<SweepResult> {
  const db = engine.db;
  const catchUp = o.catchUpHours ?? 3;
  const batchSize = o.batchSize ?? 500;
  const wp = weekPoint(now);
  const nowIso = now.toISOString();
  const today = wibDate(now);
  const out: SweepResult = { sent: 0, skipped: 0, answered: await recordAnswers(db, now) };
  const channels = new Set<string>();
  // Workers in id order, a batch after the last one looked at: one the engine
  // sends nothing to (she stopped messages meanwhile) is not looked at again.
  let after = '';
  for (;;) {
    const due = await db
      .selectFrom('workers as w')
      .leftJoin('reminder_prefs as p', 'p.worker_id', 'w.id')
      .innerJoin('channel_identities as ci', (join) => join.on('ci.id', '=', reachIdentityId('w.id')))
      .select(['w.id'])
      .where('w.id', '>', after)
      .where('w.status', '=', 'active')
      .where('w.opted_out', '=', 0)
      .where((eb) => eb(eb.fn.coalesce('p.enabled', eb.val(1)), '=', 1))
      .where((eb) => eb(eb.fn.coalesce('p.weekday', eb.val(DEFAULT_REMINDER.weekday)), '=', wp.weekday))
      .where((eb) => eb.between(eb.fn.coalesce('p.hour', eb.val(DEFAULT_REMINDER.hour)), wp.hour - catchUp, wp.hour))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('diary_reminders as r')
              .select('r.id')
              .whereRef('r.worker_id', '=', 'w.id')
              .where('r.week_of', '=', wp.weekOf),
          ),
        ),
      )
      .orderBy('w.id')
      .limit(batchSize)
      .execute();
    if (!due.length) break;
    after = due[due.length - 1]!.id;
    const logged = await loggedSince(
      db,
      due.map((d) => d.id),
      wp.weekStartIso,
    );
    await db.transaction().execute(async (trx) => {
      for (const w of due) {
        const skipped = logged.has(w.id);
        const row = await trx
          .insertInto('diary_reminders')
          .values({
            worker_id: w.id,
            week_of: wp.weekOf,
            status: skipped ? 'skipped_logged' : 'sent',
            due_at: nowIso,
            outbox_id: null,
            open_orders: 0,
            answered_at: null,
            created_at: nowIso,
          })
          // Another process got there first: it sends this one.
          .onConflict((oc) => oc.columns(['worker_id', 'week_of']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!row) continue;
        if (skipped) {
          out.skipped++;
          continue;
        }
        const items = await reminderItems(trx, w.id, today);
        const sent = await engine.initiateIn(trx, w.id, weeklyReminderFlow, undefined, {
          now,
          facts: { reminderItems: items },
        });
        if (!sent) {
          // Not sent after all (stopped since the list was made): no row says it was.
          await trx.deleteFrom('diary_reminders').where('id', '=', row.id).execute();
          continue;
        }
        await trx
          .updateTable('diary_reminders')
          .set({ outbox_id: sent.outboxIds[0] ?? null, open_orders: items.length })
          .where('id', '=', row.id)
          .execute();
        channels.add(sent.channel);
        out.sent++;
      }
    });
  }
  for (const c of channels) o.notifyOutbox?.(c);
  return out;
}
