// Her reminder day and hour; no row means the default.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { DEFAULT_REMINDER, type ReminderPrefs } from '../flows/reminder.ts';

type Q = Kysely<Database>;

export async function getReminderPrefs(q: Q, workerId: string): Promise<ReminderPrefs> {
  const row = await q.selectFrom('reminder_prefs').selectAll().where('worker_id', '=', workerId).executeTakeFirst();
  return row ? { enabled: row.enabled === 1, weekday: row.weekday, hour: row.hour } : DEFAULT_REMINDER;
}

export async function setReminderPrefs(q: Q, workerId: string, p: ReminderPrefs, nowIso: string): Promise<void> {
  const values = {
    enabled: p.enabled ? (1 as const) : (0 as const),
    weekday: p.weekday,
    hour: p.hour,
    updated_at: nowIso,
  };
  await q
    .insertInto('reminder_prefs')
    .values({ worker_id: workerId, ...values })
    .onConflict((oc) => oc.column('worker_id').doUpdateSet(values))
    .execute();
}
