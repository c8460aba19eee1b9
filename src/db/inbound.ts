// Inbound messages: each kept once, by its channel's own id, which makes a
// redelivered message a no-op.
import type { Kysely } from 'kysely';
import { prepared } from './prepared.ts';
import type { Database } from './schema.ts';

export interface NewInbound {
  channel: string;
  externalId: string;
  workerId: string | null;
  text: string;
  receivedAt: string;
  processedAt: string;
}

const insertQuery = prepared(
  (
    q,
    channel: string,
    externalId: string,
    workerId: string | null,
    text: string,
    receivedAt: string,
    processedAt: string,
  ) =>
    q
      .insertInto('inbound_messages')
      .values({
        channel,
        external_id: externalId,
        worker_id: workerId,
        text,
        received_at: receivedAt,
        processed_at: processedAt,
      })
      .onConflict((oc) => oc.columns(['channel', 'external_id']).doNothing())
      .returning('id'),
);

/** The new row's id, or null when this message was already received. */
export async function recordInbound(q: Kysely<Database>, m: NewInbound): Promise<number | null> {
  const [row] = await insertQuery(q, m.channel, m.externalId, m.workerId, m.text, m.receivedAt, m.processedAt);
  return row?.id ?? null;
}
