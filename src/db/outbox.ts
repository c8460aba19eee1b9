// The durable outbox: every outgoing message is a row before it is sent.
import type { Kysely } from 'kysely';
import type { Channel, OutboundMessage, OutboxKind, ReplyOption } from '../core/messages.ts';
import { allowedFrom } from '../core/quiet-hours.ts';
import { scrubAfterErasure } from './erase.ts';
import { prepared } from './prepared.ts';
import type { Database, OutboxRow } from './schema.ts';

export const PRIORITY: Record<OutboxKind, number> = { reply: 0, notice: 1, reminder: 5, broadcast: 10 };

export interface NewOutbound {
  channel: string;
  address: string;
  workerId: string | null;
  kind: OutboxKind;
  text: string;
  options?: ReplyOption[] | null;
  ephemeral?: boolean;
  notBefore?: string;
  /** WIB window in which it waits, e.g. "20:00-07:00" (see src/outbox/quiet-hours.ts). */
  quietHours?: string | null;
  broadcastId?: number | null;
}

function outboxRow(m: NewOutbound, nowIso: string) {
  return {
    channel: m.channel,
    address: m.address,
    worker_id: m.workerId,
    kind: m.kind,
    priority: PRIORITY[m.kind],
    text: m.text,
    options: m.options?.length ? JSON.stringify(m.options) : null,
    status: 'pending' as const,
    attempts: 0,
    not_before: allowedFrom(new Date(m.notBefore ?? nowIso), m.quietHours).toISOString(),
    ephemeral: m.ephemeral ? (1 as const) : (0 as const),
    created_at: nowIso,
    broadcast_id: m.broadcastId ?? null,
    quiet_hours: m.quietHours ?? null,
  };
}
type Row = ReturnType<typeof outboxRow>;
const COLUMNS = Object.keys(
  outboxRow({ channel: '', address: '', workerId: null, kind: 'reply', text: '' }, new Date(0).toISOString()),
) as (keyof Row)[];

/** A turn's replies (one to three messages) go through an insert compiled once per count. */
const insertOf = [1, 2, 3].map((n) =>
  prepared((q, ...values: unknown[]) =>
    q
      .insertInto('outbox')
      .values(
        Array.from({ length: n }, (_, r) =>
          Object.fromEntries(COLUMNS.map((c, i) => [c, values[r * COLUMNS.length + i]])),
        ) as Row[],
      )
      .returning('id'),
  ),
);

export async function enqueue(q: Kysely<Database>, messages: NewOutbound[], nowIso: string): Promise<number[]> {
  if (!messages.length) return [];
  const rows = messages.map((m) => outboxRow(m, nowIso));
  const insert = insertOf[rows.length - 1];
  const inserted = insert
    ? await insert(q, ...rows.flatMap((r) => COLUMNS.map((c) => r[c])))
    : await q.insertInto('outbox').values(rows).returning('id').execute();
  return inserted.map((r) => r.id);
}

export function toOutbound(row: OutboxRow): OutboundMessage {
  return {
    id: row.id,
    channel: row.channel as Channel,
    address: row.address,
    text: row.text,
    options: row.options ? (JSON.parse(row.options) as ReplyOption[]) : null,
    kind: row.kind as OutboxKind,
  };
}

/**
 * Takes every due message for one local address (terminal, web chat) and marks
 * it sent: those channels deliver by showing the text at once.
 */
export async function takeForAddress(
  db: Kysely<Database>,
  channel: string,
  address: string,
  nowIso: string,
): Promise<OutboundMessage[]> {
  let scrub = false;
  const taken = await db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('outbox')
      .selectAll()
      .where('channel', '=', channel)
      .where('address', '=', address)
      .where('status', '=', 'pending')
      .where('not_before', '<=', nowIso)
      .orderBy('priority')
      .orderBy('id')
      .execute();
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const ephemeral = rows.filter((r) => r.ephemeral === 1).map((r) => r.id);
    if (ephemeral.length) await trx.deleteFrom('outbox').where('id', 'in', ephemeral).execute();
    scrub = ephemeral.length > 0;
    const kept = ids.filter((id) => !ephemeral.includes(id));
    if (kept.length) {
      await trx
        .updateTable('outbox')
        .set({ status: 'sent', sent_at: nowIso, attempts: 1 })
        .where('id', 'in', kept)
        .execute();
    }
    return rows.map(toOutbound);
  });
  // The goodbye after HAPUS named her address: once gone, nothing of it stays on disk.
  if (scrub) await scrubAfterErasure(db);
  return taken;
}
