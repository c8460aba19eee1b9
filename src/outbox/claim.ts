// Claiming due outbox rows so that every message is sent once, also with several
// processes: on PostgreSQL the rows are locked with FOR UPDATE SKIP LOCKED. A
// claim lives while its process keeps it alive (heartbeat in sender.ts); once
// it has not been renewed for `claimTimeoutMs`, its process is taken for dead
// and any process claims the rows again.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { dialectOf } from '../db/dialect.ts';
import type { OutboxRow } from '../db/schema.ts';

export interface ClaimOptions {
  channel: string;
  claimer: string;
  nowIso: string;
  limit: number;
  /** A row in 'sending' whose claim was not renewed for this long (its process died) is claimed again. */
  claimTimeoutMs: number;
}

/**
 * Takes up to `limit` due rows, in priority then id order, skipping any row
 * that has an earlier unsent row for the same chat: one message per chat per
 * claim, in order, so a retry never lets a later message overtake it.
 */
export async function claimDue(db: Db, o: ClaimOptions): Promise<OutboxRow[]> {
  const staleBefore = new Date(new Date(o.nowIso).getTime() - o.claimTimeoutMs).toISOString();
  const pg = dialectOf(db) === 'postgres';
  return db.transaction().execute(async (trx) => {
    // Rows of a crashed sender go back to pending (sent_at: the send it may have begun is forgotten).
    await trx
      .updateTable('outbox')
      .set({ status: 'pending', claimed_by: null, claimed_at: null, sent_at: null })
      .where('channel', '=', o.channel)
      .where('status', '=', 'sending')
      .where('claimed_at', '<', staleBefore)
      .execute();
    const ids = await sql<{ id: number }>`
      select o.id from outbox o
      where o.channel = ${o.channel} and o.status = 'pending' and o.not_before <= ${o.nowIso}
        and not exists (
          select 1 from outbox e
          where e.channel = o.channel and e.address = o.address
            and e.status in ('pending', 'sending')
            and (e.priority < o.priority or (e.priority = o.priority and e.id < o.id))
        )
      order by o.priority, o.id
      limit ${o.limit}
      ${pg ? sql`for update of o skip locked` : sql``}
    `.execute(trx);
    if (!ids.rows.length) return [];
    return trx
      .updateTable('outbox')
      .set({ status: 'sending', claimed_by: o.claimer, claimed_at: o.nowIso })
      .where(
        'id',
        'in',
        ids.rows.map((r) => r.id),
      )
      .where('status', '=', 'pending')
      .returningAll()
      .execute()
      .then((rows) => rows.sort((a, b) => a.priority - b.priority || a.id - b.id));
  });
}

/**
 * Renews the claims of `claimer` on its rows still in 'sending': they stay its
 * own while it lives. Returns how many rows it holds.
 */
export async function renewClaims(db: Db, claimer: string, nowIso: string): Promise<number> {
  const res = await db
    .updateTable('outbox')
    .set({ claimed_at: nowIso })
    .where('status', '=', 'sending')
    .where('claimed_by', '=', claimer)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
