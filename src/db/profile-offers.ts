// Which offers to complete her profile she has been shown.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export async function profileOffersShown(q: Kysely<Database>, workerId: string): Promise<string[]> {
  const rows = await q.selectFrom('profile_offers').select('offer').where('worker_id', '=', workerId).execute();
  return rows.map((r) => r.offer);
}

/** Remembers that an offer was shown; showing it again changes nothing. */
export async function markProfileOfferShown(
  q: Kysely<Database>,
  workerId: string,
  offer: string,
  nowIso: string,
): Promise<void> {
  await q
    .insertInto('profile_offers')
    .values({ worker_id: workerId, offer, shown_at: nowIso })
    .onConflict((oc) => oc.columns(['worker_id', 'offer']).doNothing())
    .execute();
}
