// One-off notices an adapter sends outside a conversation turn (for example
// "I do not read edited messages"), to people we already know, once per event.
import type { Kysely } from 'kysely';
import type { Lang } from '../core/worker.ts';
import { enqueue } from './outbox.ts';
import type { Database } from './schema.ts';

export interface NoticeOnce {
  channel: string;
  address: string;
  /** The platform event this answers: the dedupe key among inbound messages. */
  eventId: string;
  text: (lang: Lang) => string;
  nowIso: string;
}

/**
 * Records the event and queues the notice in her language, in one transaction.
 * Returns false (and changes nothing) for someone unknown or an event already answered.
 */
export async function queueNoticeOnce(db: Kysely<Database>, n: NoticeOnce): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const who = await trx
      .selectFrom('channel_identities as ci')
      .innerJoin('workers as w', 'w.id', 'ci.worker_id')
      .select(['w.id as workerId', 'w.lang as lang'])
      .where('ci.channel', '=', n.channel)
      .where('ci.channel_user_id', '=', n.address)
      .executeTakeFirst();
    if (!who) return false;
    const inserted = await trx
      .insertInto('inbound_messages')
      .values({
        channel: n.channel,
        external_id: n.eventId,
        worker_id: who.workerId,
        // The content of the event is not read, so it is not kept.
        text: '',
        received_at: n.nowIso,
        processed_at: n.nowIso,
      })
      .onConflict((oc) => oc.columns(['channel', 'external_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return false;
    await enqueue(
      trx,
      [
        {
          channel: n.channel,
          address: n.address,
          workerId: who.workerId,
          kind: 'notice',
          text: n.text(who.lang === 'en' ? 'en' : 'id'),
        },
      ],
      n.nowIso,
    );
    return true;
  });
}
