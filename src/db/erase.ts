// Real deletion of one worker (HAPUS) and the list of tables that hold her rows.
import { type Kysely, sql } from 'kysely';
import { dialectOf } from './dialect.ts';
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
  'diary_months',
  'enrolment_followups',
  'enrolment_intents',
  'protection_status',
  'status_rechecks',
  'questions',
  'inbox_contacts',
  'inbound_messages',
  'outbox',
  'ngo_group_members',
  'link_codes',
  'link_attempts',
  'reminder_prefs',
  'diary_reminders',
  'profile_offers',
  'consent_events',
  'conversations',
  'channel_identities',
];

/** The user part of a WhatsApp id: "6281234567890:3@s.whatsapp.net" -> "6281234567890". */
function waUser(jid: string): string {
  return jid.split('@')[0]!.split(':')[0]!;
}

/**
 * The linked WhatsApp account's key store pairs her phone number with her LID
 * (type 'lid-mapping': id "<phone>" -> LID, id "<lid>_reverse" -> phone). Those
 * rows name her and go with her now. Her Signal sessions, identity keys and
 * device lists stay until the goodbye after HAPUS is encrypted with them: she
 * is queued in whatsapp_forget, and the WhatsApp channel deletes them (and the
 * queue row) once no goodbye to her is waiting (src/bot/whatsapp/forget.ts).
 */
async function eraseWhatsAppMapping(q: Kysely<Database>, workerId: string): Promise<void> {
  const ids = await q
    .selectFrom('channel_identities')
    .select(['channel_user_id', 'alt_user_id'])
    .where('worker_id', '=', workerId)
    .where('channel', '=', 'whatsapp')
    .execute();
  if (!ids.length) return;
  const at = new Date().toISOString();
  await q
    .insertInto('whatsapp_forget')
    .values(ids.map((r) => ({ jid: r.channel_user_id, alt_jid: r.alt_user_id, created_at: at })))
    .execute();
  const users = [...new Set(ids.flatMap((r) => [r.channel_user_id, r.alt_user_id]).filter((j) => j !== null))].map(
    waUser,
  );
  await q
    .deleteFrom('whatsapp_auth_keys')
    .where('type', '=', 'lid-mapping')
    .where('id', 'in', [...users, ...users.map((u) => `${u}_reverse`)])
    .execute();
}

export async function eraseWorker(q: Kysely<Database>, workerId: string): Promise<void> {
  const db = q as unknown as Kysely<any>;
  await eraseWhatsAppMapping(q, workerId);
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

/**
 * After an erasure is committed, leave nothing of it readable in the files.
 * SQLite runs with `secure_delete` on (src/db/connect.ts), so deleted rows and
 * freed pages are overwritten with zeros; what is left is the old pages in the
 * write-ahead log, which a TRUNCATE checkpoint copies in and empties. Outside
 * any transaction. PostgreSQL keeps deleted rows as dead tuples until VACUUM
 * (autovacuum) reclaims them: see "Where the data lives" in the README.
 */
export async function scrubAfterErasure(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  // Another process reading at this moment keeps the log from being emptied
  // (busy = 1): try again a few times; else the next erasure or checkpoint does it.
  for (let i = 0; i < 5; i++) {
    const { rows } = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    if (!rows[0]?.busy) return;
    await new Promise((r) => setTimeout(r, 100 * 2 ** i));
  }
}
