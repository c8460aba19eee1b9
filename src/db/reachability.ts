// Whether we may write to a person on a channel. The outbox marks her
// unreachable when the platform refuses (she blocked the bot); writing to us
// again, or unblocking, makes her reachable again.
import { type Kysely, type RawBuilder, sql } from 'kysely';
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

/**
 * The channel to reach her on: of her identities not marked unreachable, the
 * one she wrote from last (the newer row on a tie). The one rule for every
 * message the bot sends first: reminders, re-checks, answers, broadcasts.
 */
export function reachIdentity(q: Kysely<Database>, workerId: string) {
  return q
    .selectFrom('channel_identities')
    .select(['channel', 'channel_user_id'])
    .where('worker_id', '=', workerId)
    .where('unreachable', '=', 0)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The same rule as a subquery for a join over many workers: the id of the
 * identity to reach the worker whose id is in `workerIdColumn` ('w.id'),
 * optionally among some channels only. Join with `on ci.id = (this)`.
 */
export function reachIdentityId(workerIdColumn: string, channels?: readonly string[]): RawBuilder<number> {
  const among = channels?.length
    ? sql`and reach.channel in (${sql.join(channels)})`
    : channels
      ? sql`and 1 = 0`
      : sql``;
  return sql<number>`(select reach.id from channel_identities reach
    where reach.worker_id = ${sql.ref(workerIdColumn)} and reach.unreachable = 0 ${among}
    order by reach.last_seen_at desc, reach.id desc limit 1)`;
}
