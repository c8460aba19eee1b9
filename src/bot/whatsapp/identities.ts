// One woman, one worker: WhatsApp shows a person either by her LID
// (`...@lid`) or by her phone-number JID (`...@s.whatsapp.net`). Her identity
// row keeps the LID as `channel_user_id` once known and the phone JID as
// `alt_user_id`; when a mapping shows that two rows are one person, they are
// merged into one worker.
import { isLidUser, isPnUser } from '@whiskeysockets/baileys';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { redoDiaryMonths } from '../../db/diary-months.ts';
import { WORKER_TABLES } from '../../db/erase.ts';
import type { Database } from '../../db/schema.ts';
import { findOrCreateByIdentity } from '../../db/workers.ts';
import type { JidPair } from './inbound.ts';

export const CHANNEL = 'whatsapp';

interface IdentityRow {
  id: number;
  worker_id: string;
  channel_user_id: string;
  alt_user_id: string | null;
}

/**
 * Makes sure the identities behind these JIDs are one row of one worker and
 * returns her address (the LID when known). With `create`, a person never seen
 * gets a new worker; otherwise null is returned for her.
 */
export async function linkIdentity(
  db: Db,
  pair: JidPair,
  nowIso: string,
  opts: { create: boolean },
): Promise<string | null> {
  const known = [pair.lid, pair.pn].filter((j): j is string => Boolean(j));
  if (!known.length) return null;
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('channel_identities')
      .select(['id', 'worker_id', 'channel_user_id', 'alt_user_id'])
      // Each side whole, so that each uses its index (see identityWhere in src/db/workers.ts).
      .where((eb) =>
        eb.or([
          eb.and([eb('channel', '=', CHANNEL), eb('channel_user_id', 'in', known)]),
          eb.and([eb('channel', '=', CHANNEL), eb('alt_user_id', 'in', known)]),
        ]),
      )
      .orderBy('id')
      .execute();
    if (!rows.length) {
      if (!opts.create) return null;
      const address = pair.lid ?? pair.pn!;
      const ref = await findOrCreateByIdentity(trx, CHANNEL, address, nowIso);
      if (pair.lid && pair.pn) {
        await trx
          .updateTable('channel_identities')
          .set({ alt_user_id: pair.pn })
          .where('id', '=', ref.identityId)
          .execute();
      }
      return address;
    }
    const keep = await chooseKept(trx, rows);
    for (const other of rows) {
      if (other.id === keep.id) continue;
      if (other.worker_id !== keep.worker_id) await mergeWorker(trx, keep.worker_id, other.worker_id);
      await trx.deleteFrom('channel_identities').where('id', '=', other.id).execute();
    }
    const all = [...rows.flatMap((r) => [r.channel_user_id, r.alt_user_id]), pair.lid, pair.pn];
    const lid = all.find((j) => j && isLidUser(j)) ?? null;
    const pn = all.find((j) => j && isPnUser(j)) ?? null;
    const address = lid ?? pn ?? keep.channel_user_id;
    const alt = lid ? pn : null;
    if (address !== keep.channel_user_id || alt !== keep.alt_user_id) {
      await trx
        .updateTable('channel_identities')
        .set({ channel_user_id: address, alt_user_id: alt })
        .where('id', '=', keep.id)
        .execute();
    }
    return address;
  });
}

/** The identity whose worker stays: one who finished onboarding, else the oldest. */
async function chooseKept(trx: Kysely<Database>, rows: IdentityRow[]): Promise<IdentityRow> {
  if (rows.length === 1) return rows[0]!;
  const workers = await trx
    .selectFrom('workers')
    .select(['id', 'status', 'created_at'])
    .where(
      'id',
      'in',
      rows.map((r) => r.worker_id),
    )
    .execute();
  const rank = (r: IdentityRow) => {
    const w = workers.find((x) => x.id === r.worker_id);
    return `${w?.status === 'active' ? 0 : 1}${w?.created_at ?? '~'}`;
  };
  return [...rows].sort((a, b) => rank(a).localeCompare(rank(b)) || a.id - b.id)[0]!;
}

/** Moves everything of `drop` to `keep`; her conversation in progress on the dropped side is let go. */
async function mergeWorker(trx: Kysely<Database>, keep: string, drop: string): Promise<void> {
  const q = trx as unknown as Kysely<any>;
  for (const table of WORKER_TABLES) {
    if (table === 'channel_identities') continue;
    // Her monthly sums are worked out again below, from the diary rows now hers.
    if (table === 'conversations' || table === 'diary_months')
      await q.deleteFrom(table).where('worker_id', '=', drop).execute();
    else await q.updateTable(table).set({ worker_id: keep }).where('worker_id', '=', drop).execute();
  }
  await redoDiaryMonths(trx, keep);
  await trx.updateTable('channel_identities').set({ worker_id: keep }).where('worker_id', '=', drop).execute();
  await trx.deleteFrom('workers').where('id', '=', drop).execute();
}

/** She wrote to us on WhatsApp at least once and is still with us: we may start a message to her. */
export async function mayWriteFirst(db: Db, address: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const identity = await db
    .selectFrom('channel_identities')
    .innerJoin('workers', 'workers.id', 'channel_identities.worker_id')
    .select(['channel_identities.worker_id', 'workers.opted_out'])
    .where((eb) =>
      eb.or([
        eb.and([
          eb('channel_identities.channel', '=', CHANNEL),
          eb('channel_identities.channel_user_id', '=', address),
        ]),
        eb.and([eb('channel_identities.channel', '=', CHANNEL), eb('channel_identities.alt_user_id', '=', address)]),
      ]),
    )
    .executeTakeFirst();
  if (!identity) return { ok: false, reason: 'she never wrote to this number' };
  const wrote = await db
    .selectFrom('inbound_messages')
    .select('id')
    .where('channel', '=', CHANNEL)
    .where('worker_id', '=', identity.worker_id)
    .limit(1)
    .executeTakeFirst();
  if (!wrote) return { ok: false, reason: 'she never wrote to this number' };
  if (identity.opted_out === 1) return { ok: false, reason: 'she asked for no more messages (BERHENTI)' };
  return { ok: true };
}
