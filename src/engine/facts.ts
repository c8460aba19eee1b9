// Loaders for the read-only facts flows may ask for. Areas register their own.
import type { Kysely } from 'kysely';
import { countWorkerRows } from '../db/erase.ts';
import type { Database } from '../db/schema.ts';
import type { FactKey, FactMap, WorkerProfile } from '../flows/types.ts';

export interface FactContext {
  trx: Kysely<Database>;
  worker: WorkerProfile;
  now: Date;
}

type Loader<K extends FactKey> = (fc: FactContext) => Promise<FactMap[K]>;
const loaders = new Map<FactKey, Loader<any>>();

export function registerFact<K extends FactKey>(key: K, load: Loader<K>): void {
  loaders.set(key, load);
}

export async function loadFact<K extends FactKey>(key: K, fc: FactContext): Promise<FactMap[K]> {
  const load = loaders.get(key);
  if (!load) throw new Error(`No loader for fact "${key}"`);
  return load(fc);
}

registerFact('dataOverview', async ({ trx, worker }) => {
  const counts = await countWorkerRows(trx, worker.id);
  const identities = await trx
    .selectFrom('channel_identities')
    .select('channel')
    .where('worker_id', '=', worker.id)
    .execute();
  return { counts, identities };
});
