// Message retention: the words of inbound messages and of sent outgoing ones
// are kept only for MESSAGE_RETENTION_DAYS. The rows stay, without their text:
// they are the dedupe key of each message and what delivery and reply figures
// count. Her diary, her questions to the NGO and her answers are not messages
// and stay until she deletes them (HAPUS).
import type { Kysely } from 'kysely';
import { scrubAfterErasure } from './erase.ts';
import type { Database } from './schema.ts';

export const DEFAULT_RETENTION_DAYS = 30;

/** Empties the text of messages older than `days`; returns how many rows were emptied. */
export async function forgetOldMessageText(
  db: Kysely<Database>,
  now: Date,
  days: number,
): Promise<{ inbound: number; outbox: number }> {
  const cutoff = new Date(now.getTime() - days * 864e5).toISOString();
  const inbound = await db
    .updateTable('inbound_messages')
    .set({ text: '' })
    .where('received_at', '<', cutoff)
    .where('text', '!=', '')
    .executeTakeFirst();
  // Only messages that are finished with: a pending or sending one still has to go out.
  const outbox = await db
    .updateTable('outbox')
    .set({ text: '', options: null })
    .where('status', 'in', ['sent', 'failed', 'cancelled'])
    .where((eb) => eb(eb.fn.coalesce('sent_at', 'created_at'), '<', cutoff))
    .where((eb) => eb.or([eb('text', '!=', ''), eb('options', 'is not', null)]))
    .executeTakeFirst();
  const out = { inbound: Number(inbound.numUpdatedRows), outbox: Number(outbox.numUpdatedRows) };
  // The old words must not stay readable in freed space or the log either.
  if (out.inbound || out.outbox) await scrubAfterErasure(db);
  return out;
}
