// Where each worker is in a conversation: survives restarts.
import type { Kysely } from 'kysely';
import type { ConvState } from '../flows/types.ts';
import type { Database } from './schema.ts';

export async function loadConversation(q: Kysely<Database>, workerId: string): Promise<ConvState | null> {
  const row = await q.selectFrom('conversations').selectAll().where('worker_id', '=', workerId).executeTakeFirst();
  if (!row) return null;
  try {
    return { flow: row.flow, step: row.step, data: JSON.parse(row.data) as Record<string, unknown> };
  } catch {
    return null; // a corrupt state is dropped, not fatal: she lands at the menu
  }
}

export async function saveConversation(
  q: Kysely<Database>,
  workerId: string,
  state: ConvState | null,
  nowIso: string,
): Promise<void> {
  if (!state) {
    await q.deleteFrom('conversations').where('worker_id', '=', workerId).execute();
    return;
  }
  const row = { flow: state.flow, step: state.step, data: JSON.stringify(state.data), updated_at: nowIso };
  await q
    .insertInto('conversations')
    .values({ worker_id: workerId, ...row })
    .onConflict((oc) => oc.column('worker_id').doUpdateSet(row))
    .execute();
}
