// People who wrote but never consented: after a while nothing of them is kept.
import type { Kysely } from 'kysely';
import { eraseWorker } from './erase.ts';
import type { Database } from './schema.ts';

/** Erases every worker still in onboarding whose last message is older than `days`. */
export async function purgeUnconsented(db: Kysely<Database>, now: Date, days = 7): Promise<number> {
  const before = new Date(now.getTime() - days * 864e5).toISOString();
  const stale = await db
    .selectFrom('workers')
    .select('id')
    .where('status', '=', 'onboarding')
    .where('last_active_at', '<', before)
    .execute();
  for (const { id } of stale) await db.transaction().execute((trx) => eraseWorker(trx, id));
  return stale.length;
}
