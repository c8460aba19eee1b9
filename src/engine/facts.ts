// Loaders for the read-only facts flows may ask for. Each area exports its
// loaders as a record; src/app/engine.ts joins them into one `FactLoaders`
// record, so a fact without a loader does not compile.
import type { Kysely } from 'kysely';
import type { WorkerProfile } from '../core/worker.ts';
import { countWorkerRows } from '../db/erase.ts';
import type { Database } from '../db/schema.ts';
import type { FactKey, FactMap } from '../flows/types.ts';

export interface FactContext {
  trx: Kysely<Database>;
  worker: WorkerProfile;
  now: Date;
}

export type Loader<K extends FactKey> = (fc: FactContext) => Promise<FactMap[K]>;
/** One loader for every fact: a key left out is a compile error where the record is built. */
export type FactLoaders = { [K in FactKey]: Loader<K> };

export function loadFact<K extends FactKey>(key: K, fc: FactContext, loaders: FactLoaders): Promise<FactMap[K]> {
  return loaders[key](fc);
}

/** The loaders of the facts declared in src/flows/types.ts. */
export const coreFacts = {
  dataOverview: async ({ trx, worker }) => {
    const counts = await countWorkerRows(trx, worker.id);
    const identities = await trx
      .selectFrom('channel_identities')
      .select('channel')
      .where('worker_id', '=', worker.id)
      .execute();
    return { counts, identities };
  },
} satisfies Partial<FactLoaders>;
