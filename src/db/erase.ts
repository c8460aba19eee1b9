// Real deletion of one worker (HAPUS) and the list of tables that hold her rows.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Every table with a `worker_id` column, children before parents. Areas that
 * add such a table add it here; a test checks that no table is missed.
 */
export const WORKER_TABLES: string[] = [
  'diary_corrections',
  'handins',
  'work_hours',
  'payments',
  'costs',
  'orders',
  'employers',
  'enrolment_followups',
  'enrolment_intents',
  'protection_status',
  'questions',
  'inbound_messages',
  'outbox',
  'ngo_group_members',
  'reminder_prefs',
  'diary_reminders',
  'consent_events',
  'conversations',
  'channel_identities',
];

export async function eraseWorker(q: Kysely<Database>, workerId: string): Promise<void> {
  const db = q as unknown as Kysely<any>;
  for (const table of WORKER_TABLES) await db.deleteFrom(table).where('worker_id', '=', workerId).execute();
  await q.deleteFrom('workers').where('id', '=', workerId).execute();
}

export async function countWorkerRows(q: Kysely<Database>, workerId: string): Promise<Record<string, number>> {
  const db = q as unknown as Kysely<any>;
  const counts: Record<string, number> = {};
  for (const table of WORKER_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .where('worker_id', '=', workerId)
      .executeTakeFirst();
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}
