// What GABUNG writes and reads inside the turn's transaction.
import type { Appliers } from '../engine/effects.ts';
import type { FactLoaders } from '../engine/facts.ts';
import { joinGroup } from './groups.ts';

export const groupAppliers = {
  joinGroup: async ({ groupId }, { trx, workerId, nowIso }) => {
    await joinGroup(trx, groupId, workerId, 'code', new Date(nowIso));
  },
} satisfies Partial<Appliers>;

export const groupFacts = {
  joinCodes: async ({ trx, worker }) => {
    const rows = await trx
      .selectFrom('ngo_groups as g')
      .leftJoin('ngo_group_members as m', (j) => j.onRef('m.group_id', '=', 'g.id').on('m.worker_id', '=', worker.id))
      .select(['g.id', 'g.name', 'g.join_code', 'm.worker_id'])
      .where('g.join_code', 'is not', null)
      .execute();
    return rows.map((r) => ({ groupId: r.id, name: r.name, code: r.join_code!, member: r.worker_id !== null }));
  },
} satisfies Partial<FactLoaders>;
