// Workers and their channel identities.
import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Lang, WorkerProfile } from '../core/worker.ts';
import { prepared } from './prepared.ts';
import type { Database, Worker } from './schema.ts';

type Q = Kysely<Database>;

export function toProfile(w: Worker): WorkerProfile {
  return {
    id: w.id,
    status: w.status,
    lang: (w.lang === 'en' ? 'en' : 'id') as Lang,
    kecamatan: w.kecamatan,
    product: w.product,
    productOther: w.product_other ?? null,
    consentVersion: w.consent_version,
    consentedAt: w.consented_at,
    researchConsent: w.research_consent === 1,
    optedOut: w.opted_out === 1,
    campaign: w.campaign,
    createdAt: w.created_at,
  };
}

export interface IdentityRef {
  workerId: string;
  identityId: number;
  created: boolean;
}

/**
 * Her identity's row on a channel, by its main or its other id. Each (channel,
 * id) pair is whole, so that each side uses its index: written as
 * `channel = ? and (a or b)`, SQLite reads every identity on the channel.
 */
const identityWhere = <E extends ExpressionBuilder<Database, 'channel_identities'>>(
  eb: E,
  channel: string,
  userId: string,
) =>
  eb.or([
    eb.and([eb('channel', '=', channel), eb('channel_user_id', '=', userId)]),
    eb.and([eb('channel', '=', channel), eb('alt_user_id', '=', userId)]),
  ]);

/** Her identity on a channel, with her status. */
export interface FoundIdentity {
  identityId: number;
  workerId: string;
  status: Worker['status'];
}

const identityQuery = prepared((q, channel: string, userId: string) =>
  q
    .selectFrom('channel_identities')
    .innerJoin('workers', 'workers.id', 'channel_identities.worker_id')
    .select(['channel_identities.id', 'channel_identities.worker_id', 'workers.status'])
    .where((eb) => identityWhere(eb, channel, userId))
    .limit(1),
);

export async function findIdentity(q: Q, channel: string, channelUserId: string): Promise<FoundIdentity | undefined> {
  const [row] = await identityQuery(q, channel, channelUserId);
  return row && { identityId: row.id, workerId: row.worker_id, status: row.status };
}

/**
 * How stale `last_seen_at` may get. It only chooses which of her channels
 * messages go to, so writing it on every message would cost a write per turn
 * for nothing.
 */
const SEEN_PRECISION_MS = 10 * 60_000;

/** A new worker, onboarding, and her first identity. */
export async function createWithIdentity(
  q: Q,
  channel: string,
  channelUserId: string,
  nowIso: string,
  campaign?: string,
): Promise<IdentityRef> {
  const workerId = randomUUID();
  await q
    .insertInto('workers')
    .values({
      id: workerId,
      created_at: nowIso,
      updated_at: nowIso,
      lang: 'id',
      status: 'onboarding',
      research_consent: 0,
      opted_out: 0,
      campaign: campaign ?? null,
      last_active_at: nowIso,
    })
    .execute();
  const identity = await q
    .insertInto('channel_identities')
    .values({
      worker_id: workerId,
      channel,
      channel_user_id: channelUserId,
      unreachable: 0,
      created_at: nowIso,
      last_seen_at: nowIso,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { workerId, identityId: identity.id, created: true };
}

/** Finds the worker behind a channel user, creating both on first contact. */
export async function findOrCreateByIdentity(
  q: Q,
  channel: string,
  channelUserId: string,
  nowIso: string,
  campaign?: string,
): Promise<IdentityRef> {
  const found = await findIdentity(q, channel, channelUserId);
  if (!found) return createWithIdentity(q, channel, channelUserId, nowIso, campaign);
  await markSeen(q, found.workerId, channel, channelUserId, nowIso, campaign);
  return { workerId: found.workerId, identityId: found.identityId, created: false };
}

const startTurnQuery = prepared((q, nowIso: string, channel: string, userId: string) =>
  q
    .updateTable('workers')
    .set({ last_active_at: nowIso })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('channel_identities')
        .select('channel_identities.worker_id')
        .where((ib) => identityWhere(ib, channel, userId)),
    )
    .returningAll(),
);

/**
 * The first statement of a turn: marks the worker behind a channel user active
 * and returns her row (undefined for someone new). It writes before anything
 * is read: on SQLite that takes the write lock, waiting for another process's
 * write as a transaction that has already read cannot; on PostgreSQL it locks
 * her row, so two turns of hers run one after the other and the row returned
 * is the one her previous turn committed.
 */
export async function startTurn(
  q: Q,
  channel: string,
  channelUserId: string,
  nowIso: string,
): Promise<Worker | undefined> {
  const rows = await startTurnQuery(q, nowIso, channel, channelUserId);
  return rows[0];
}

const seenQuery = prepared((q, nowIso: string, channel: string, userId: string, staleBefore: string) =>
  q
    .updateTable('channel_identities')
    .set({ last_seen_at: nowIso })
    .where((eb) => identityWhere(eb, channel, userId))
    .where((eb) => eb.or([eb('last_seen_at', '<=', staleBefore), eb('last_seen_at', '>', nowIso)])),
);

/** Records that she wrote from this identity (when its last-seen time is stale), and from which campaign's link. */
export async function markSeen(
  q: Q,
  workerId: string,
  channel: string,
  channelUserId: string,
  nowIso: string,
  campaign?: string,
): Promise<void> {
  const staleBefore = new Date(Date.parse(nowIso) - SEEN_PRECISION_MS).toISOString();
  await seenQuery(q, nowIso, channel, channelUserId, staleBefore);
  if (campaign) {
    await q.updateTable('workers').set({ campaign, updated_at: nowIso }).where('id', '=', workerId).execute();
  }
}

export async function getWorker(q: Q, id: string): Promise<Worker | undefined> {
  return q.selectFrom('workers').selectAll().where('id', '=', id).executeTakeFirst();
}
