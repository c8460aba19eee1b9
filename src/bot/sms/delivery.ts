// The gateway's reports on a message we sent: left the phone (sms:sent),
// reached her (sms:delivered), or failed with the reason (sms:failed). Each
// updates the outbox row it names; a report repeated or arriving late never
// moves a row back (delivered stays delivered).
import type { Db } from '../../db/connect.ts';
import { CHANNEL, gatewayIdOf, parseGatewayId } from './sender.ts';

export type Report =
  | { kind: 'sent'; messageId: string; at: string }
  | { kind: 'delivered'; messageId: string; at: string }
  | { kind: 'failed'; messageId: string; at: string; reason: string };

/** Later reports win: a 'sent' after 'delivered' (retried, out of order) changes nothing. */
const RANK: Record<string, number> = { sent: 1, delivered: 2, failed: 2 };

/** Applies one report; returns the outbox id it updated, or null when it names no row of ours. */
export async function applyReport(db: Db, r: Report): Promise<number | null> {
  // A report may come before the id is written on the row: our ids name the row themselves.
  const own = parseGatewayId(r.messageId);
  const rows = await db
    .selectFrom('outbox')
    .select(['id', 'status', 'delivery', 'created_at', 'external_id'])
    .where('channel', '=', CHANNEL)
    .where((eb) =>
      own === null
        ? eb('external_id', '=', r.messageId)
        : eb.or([eb('id', '=', own.outboxId), eb('external_id', '=', r.messageId)]),
    )
    .execute();
  const row = rows.find((x) => {
    if (x.external_id === r.messageId) return true;
    const base = gatewayIdOf(x.id, x.created_at);
    return r.messageId === base || r.messageId.startsWith(`${base}-`);
  });
  if (!row) return null;
  if ((RANK[row.delivery ?? ''] ?? 0) >= RANK[r.kind]!) return row.id;
  if (r.kind === 'failed') {
    await db
      .updateTable('outbox')
      .set({
        status: 'failed',
        delivery: 'failed',
        delivered_at: r.at,
        reason_code: 'other',
        last_error: `SMS failed: ${r.reason}`.slice(0, 500),
      })
      .where('id', '=', row.id)
      .where('status', 'in', ['sending', 'sent'])
      .execute();
  } else {
    await db
      .updateTable('outbox')
      .set(r.kind === 'delivered' ? { delivery: 'delivered', delivered_at: r.at } : { delivery: 'sent' })
      .where('id', '=', row.id)
      .execute();
  }
  return row.id;
}
