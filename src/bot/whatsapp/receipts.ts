// WhatsApp's receipts for what we sent: "delivered" when it reached her phone,
// "read" when she opened it (only if she has read receipts on). Stored on the
// outbox row (found by the message id WhatsApp gave at sending) for the
// broadcast figures. A receipt only ever fills an empty time: never moves it.
import type { BaileysEventMap } from '@whiskeysockets/baileys';
import type { Db } from '../../db/connect.ts';
import { CHANNEL } from './identities.ts';

// proto.WebMessageInfo.Status: 3 server ack, 4 delivery ack, 5 read, 6 played.
const DELIVERY_ACK = 4;
const READ = 5;

export interface Receipt {
  id: string;
  delivered: boolean;
  read: boolean;
}

/** The receipts in a batch of socket events, for messages we sent. */
export function receiptsOf(events: Partial<BaileysEventMap>): Receipt[] {
  const out: Receipt[] = [];
  for (const u of events['messages.update'] ?? []) {
    const status = u.update?.status;
    if (!u.key?.fromMe || !u.key.id || typeof status !== 'number' || status < DELIVERY_ACK) continue;
    out.push({ id: u.key.id, delivered: true, read: status >= READ });
  }
  for (const r of events['message-receipt.update'] ?? []) {
    if (!r.key?.fromMe || !r.key.id) continue;
    const read = Boolean(r.receipt?.readTimestamp || r.receipt?.playedTimestamp);
    const delivered = read || Boolean(r.receipt?.receiptTimestamp);
    if (delivered) out.push({ id: r.key.id, delivered, read });
  }
  return out;
}

export async function recordReceipts(db: Db, receipts: Receipt[], now: Date): Promise<void> {
  const at = now.toISOString();
  for (const r of receipts) {
    await db
      .updateTable('outbox')
      .set({ delivered_at: at })
      .where('channel', '=', CHANNEL)
      .where('external_id', '=', r.id)
      .where('delivered_at', 'is', null)
      .execute();
    if (r.read)
      await db
        .updateTable('outbox')
        .set({ read_at: at })
        .where('channel', '=', CHANNEL)
        .where('external_id', '=', r.id)
        .where('read_at', 'is', null)
        .execute();
  }
}
