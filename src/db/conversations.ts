// Where each worker is in a conversation: survives restarts.
import type { Kysely } from 'kysely';
import type { ConvState } from '../core/worker.ts';
import { prepared } from './prepared.ts';
import type { Database } from './schema.ts';

type StoredRow = Pick<Database['conversations'], 'flow' | 'step' | 'data' | 'updated_at'>;

/** Her state, and the row it came from (so that a turn that changes nothing writes nothing). */
export interface StoredConversation {
  state: ConvState | null;
  row: StoredRow | null;
}

const readQuery = prepared((q, workerId: string) =>
  q.selectFrom('conversations').select(['flow', 'step', 'data', 'updated_at']).where('worker_id', '=', workerId),
);
const deleteQuery = prepared((q, workerId: string) => q.deleteFrom('conversations').where('worker_id', '=', workerId));
const upsertQuery = prepared((q, workerId: string, flow: string, step: string, data: string, updatedAt: string) =>
  q
    .insertInto('conversations')
    .values({ worker_id: workerId, flow, step, data, updated_at: updatedAt })
    .onConflict((oc) => oc.column('worker_id').doUpdateSet({ flow, step, data, updated_at: updatedAt })),
);

export async function readConversation(q: Kysely<Database>, workerId: string): Promise<StoredConversation> {
  const [row] = await readQuery(q, workerId);
  if (!row) return { state: null, row: null };
  try {
    return { state: { flow: row.flow, step: row.step, data: JSON.parse(row.data) as Record<string, unknown> }, row };
  } catch {
    return { state: null, row }; // a corrupt state is dropped, not fatal: she lands at the menu
  }
}

/**
 * How long an unchanged state may go without being written again: its
 * updated_at tells the reminders how long she has been idle in a flow.
 */
const UNCHANGED_REWRITE_MS = 15 * 60_000;

/** Saves her state after a turn, unless the stored row already says the same. */
export async function saveConversationChange(
  q: Kysely<Database>,
  workerId: string,
  before: StoredRow | null,
  state: ConvState | null,
  nowIso: string,
): Promise<void> {
  if (!state) {
    if (before) await saveConversation(q, workerId, null, nowIso);
    return;
  }
  const unchanged =
    before !== null &&
    before.flow === state.flow &&
    before.step === state.step &&
    before.data === JSON.stringify(state.data) &&
    Date.parse(nowIso) - Date.parse(before.updated_at) < UNCHANGED_REWRITE_MS &&
    before.updated_at <= nowIso;
  if (!unchanged) await saveConversation(q, workerId, state, nowIso);
}

export async function saveConversation(
  q: Kysely<Database>,
  workerId: string,
  state: ConvState | null,
  nowIso: string,
): Promise<void> {
  if (!state) {
    await deleteQuery(q, workerId);
    return;
  }
  await upsertQuery(q, workerId, state.flow, state.step, JSON.stringify(state.data), nowIso);
}
