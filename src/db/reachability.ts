// Whether we may write to a person on a channel. The outbox marks her
// unreachable when the platform refuses (she blocked the bot); writing to us
// again, or unblocking, makes her reachable again.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Sets the flag for one channel identity; returns whether a row changed. */
export async function setReachable(
  q: Kysely<Database>,
  channel: string,
  channelUserId: string,
  reachable: boolean,
): Promise<boolean> {
  const res = await q
    .updateTable('channel_identities')
    .set({ unreachable: reachable ? 0 : 1 })
    .where('channel', '=', channel)
    .where('channel_user_id', '=', channelUserId)
    .where('unreachable', '=', reachable ? 1 : 0)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
