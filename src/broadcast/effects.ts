// What GABUNG writes and reads inside the turn's transaction.
import { registerEffect } from '../engine/effects.ts';
import { registerFact } from '../engine/facts.ts';
import { joinGroup } from './groups.ts';

registerEffect('joinGroup', async ({ groupId }, { trx, workerId, nowIso }) => {
  await joinGroup(trx, groupId, workerId, 'code', new Date(nowIso));
});

registerFact('joinCodes', async ({ trx, worker }) => {
  const rows = await trx
    .selectFrom('ngo_groups as g')
    .leftJoin('ngo_group_members as m', (j) => j.onRef('m.group_id', '=', 'g.id').on('m.worker_id', '=', worker.id))
    .select(['g.id', 'g.name', 'g.join_code', 'm.worker_id'])
    .where('g.join_code', 'is not', null)
    .execute();
  return rows.map((r) => ({ groupId: r.id, name: r.name, code: r.join_code!, member: r.worker_id !== null }));
});
