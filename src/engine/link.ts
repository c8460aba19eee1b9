// SAMBUNG: the codes, and joining another channel's identity to her diary.
import { wibDate } from '../core/time.ts';
import { eraseWorker } from '../db/erase.ts';
import type { Appliers } from './effects.ts';
import type { FactLoaders } from './facts.ts';

export const linkFacts = {
  linkCodes: async ({ trx, now }) => {
    const rows = await trx
      .selectFrom('link_codes')
      .select(['code', 'worker_id'])
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .execute();
    return rows.map((r) => ({ code: r.code, workerId: r.worker_id }));
  },
  linkFailuresToday: async ({ trx, worker, now }) => {
    const row = await trx
      .selectFrom('link_attempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('worker_id', '=', worker.id)
      .where('at', '>=', new Date(`${wibDate(now)}T00:00:00+07:00`).toISOString())
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },
} satisfies Partial<FactLoaders>;

export const linkAppliers = {
  linkFailed: async (_e, { trx, workerId, nowIso }) => {
    await trx.insertInto('link_attempts').values({ worker_id: workerId, at: nowIso }).execute();
  },
  createLinkCode: async (e, { trx, workerId, nowIso }) => {
    // A new code replaces her older ones: only the last one she was shown works.
    await trx.deleteFrom('link_codes').where('worker_id', '=', workerId).execute();
    await trx
      .insertInto('link_codes')
      .values({ code: e.code, worker_id: workerId, created_at: nowIso, expires_at: e.expiresAt, used_at: null })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  },
  linkToWorker: async (e, ac) => {
    const { trx, workerId, nowIso } = ac;
    // Checked again in this transaction: used or expired since the step read it, nothing happens.
    const used = await trx
      .updateTable('link_codes')
      .set({ used_at: nowIso })
      .where('code', '=', e.code)
      .where('worker_id', '=', e.targetWorkerId)
      .where('used_at', 'is', null)
      .where('expires_at', '>', nowIso)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) return;
    await trx
      .updateTable('channel_identities')
      .set({ worker_id: e.targetWorkerId })
      .where('worker_id', '=', workerId)
      .execute();
    // Her messages so far stay the dedupe keys of this channel, now under her diary.
    await trx
      .updateTable('inbound_messages')
      .set({ worker_id: e.targetWorkerId })
      .where('worker_id', '=', workerId)
      .execute();
    await trx
      .updateTable('workers')
      .set({ last_active_at: nowIso, updated_at: nowIso })
      .where('id', '=', e.targetWorkerId)
      .execute();
    // What is left of the number's own start (consent, a conversation) goes; the reply is sent and not kept.
    await eraseWorker(trx, workerId);
    ac.erased = true;
  },
} satisfies Partial<Appliers>;
