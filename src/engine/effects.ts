// How each effect a flow returns is written to the database, inside the turn's
// transaction. Each area exports its appliers as a record; src/app/engine.ts
// joins them into one `Appliers` record, so an effect without an applier does not compile.
import type { Kysely } from 'kysely';
import { eraseWorker } from '../db/erase.ts';
import type { Database, WorkerUpdate } from '../db/schema.ts';
import type { Effect, EffectMap, EffectType, FlowContext } from '../flows/types.ts';

export interface ApplyContext {
  trx: Kysely<Database>;
  workerId: string;
  nowIso: string;
  flow: FlowContext;
  /** Set when the worker no longer exists after this effect. */
  erased: boolean;
}

export type Applier<K extends EffectType> = (effect: { type: K } & EffectMap[K], ac: ApplyContext) => Promise<void>;
/** One applier for every effect: a key left out is a compile error where the record is built. */
export type Appliers = { [K in EffectType]: Applier<K> };

export async function applyEffects(effects: Effect[], ac: ApplyContext, appliers: Appliers): Promise<void> {
  for (const effect of effects) {
    if (ac.erased) break;
    // Each applier takes its own kind: the record's type pairs them.
    await (appliers[effect.type] as (e: Effect, ac: ApplyContext) => Promise<void>)(effect, ac);
  }
}

/** The appliers of the effects declared in src/flows/types.ts. */
export const coreAppliers = {
  updateWorker: async ({ changes }, { trx, workerId, nowIso }) => {
    const set: WorkerUpdate = { updated_at: nowIso };
    if (changes.lang !== undefined) set.lang = changes.lang;
    if (changes.kecamatan !== undefined) set.kecamatan = changes.kecamatan;
    if (changes.product !== undefined) set.product = changes.product;
    if (changes.productOther !== undefined) set.product_other = changes.productOther;
    if (changes.researchConsent !== undefined) set.research_consent = changes.researchConsent ? 1 : 0;
    if (changes.optedOut !== undefined) set.opted_out = changes.optedOut ? 1 : 0;
    await trx.updateTable('workers').set(set).where('id', '=', workerId).execute();
  },

  consent: async (e, { trx, workerId, nowIso }) => {
    await trx
      .insertInto('consent_events')
      .values({ worker_id: workerId, version: e.version, kind: e.kind, decision: e.decision, at: nowIso })
      .execute();
    if (e.kind === 'diary' && e.decision === 'yes') {
      await trx
        .updateTable('workers')
        .set({ status: 'active', consent_version: e.version, consented_at: nowIso, updated_at: nowIso })
        .where('id', '=', workerId)
        .execute();
    }
  },

  refuseConsent: async (e, ac) => {
    await eraseWorker(ac.trx, ac.workerId);
    await ac.trx
      .insertInto('consent_events')
      .values({ worker_id: null, version: e.version, kind: 'diary', decision: 'no', at: ac.nowIso })
      .execute();
    ac.erased = true;
  },

  eraseWorker: async (_e, ac) => {
    await eraseWorker(ac.trx, ac.workerId);
    ac.erased = true;
  },
} satisfies Partial<Appliers>;
