// Workers and their channel identities.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Lang, WorkerProfile } from '../flows/types.ts';
import type { Database, Worker } from './schema.ts';

type Q = Kysely<Database>;

export function toProfile(w: Worker): WorkerProfile {
  return {
    id: w.id,
    status: w.status,
    lang: (w.lang === 'en' ? 'en' : 'id') as Lang,
    kecamatan: w.kecamatan,
    product: w.product,
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

/** Finds the worker behind a channel user, creating both on first contact. */
export async function findOrCreateByIdentity(
  q: Q,
  channel: string,
  channelUserId: string,
  nowIso: string,
  campaign?: string,
): Promise<IdentityRef> {
  const found = await q
    .selectFrom('channel_identities')
    .select(['id', 'worker_id'])
    .where('channel', '=', channel)
    .where((eb) => eb.or([eb('channel_user_id', '=', channelUserId), eb('alt_user_id', '=', channelUserId)]))
    .executeTakeFirst();
  if (found) {
    await q.updateTable('channel_identities').set({ last_seen_at: nowIso }).where('id', '=', found.id).execute();
    if (campaign) {
      await q.updateTable('workers').set({ campaign, updated_at: nowIso }).where('id', '=', found.worker_id).execute();
    }
    return { workerId: found.worker_id, identityId: found.id, created: false };
  }
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

export async function getWorker(q: Q, id: string): Promise<Worker | undefined> {
  return q.selectFrom('workers').selectAll().where('id', '=', id).executeTakeFirst();
}
