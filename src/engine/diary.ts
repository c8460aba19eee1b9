// Writes the diary effects inside the turn's transaction and loads the `diary` fact.
import type { Kysely } from 'kysely';
import { correctEntry, findOrCreateEmployer, insertEntry, loadLedger, voidEntry } from '../db/diary.ts';
import type { Database } from '../db/schema.ts';
import type { DiaryEntity } from '../diary/ledger.ts';
import type { CreateEntry } from '../flows/diary/effects.ts';
import type { Appliers } from './effects.ts';
import type { FactLoaders } from './facts.ts';

async function withEmployer<V extends { employer_id?: number }>(
  trx: Kysely<Database>,
  workerId: string,
  values: V,
  newEmployerName: string | undefined,
  nowIso: string,
): Promise<V> {
  if (!newEmployerName) return values;
  return { ...values, employer_id: await findOrCreateEmployer(trx, workerId, newEmployerName, nowIso) };
}

type Ac = { trx: Kysely<Database>; workerId: string; nowIso: string };

/** Per turn: the rows written under a negative id of the flow's choosing (an order and its hand-in in one message). */
const written = new WeakMap<Ac, Map<number, number>>();

function create<E extends DiaryEntity>(entity: E) {
  return async (e: CreateEntry<E>, ac: Ac) => {
    let values = await withEmployer(ac.trx, ac.workerId, e.values as any, e.newEmployerName, ac.nowIso);
    const orderRef = (values as { order_id?: number | null }).order_id;
    if (typeof orderRef === 'number' && orderRef < 0) {
      const id = written.get(ac)?.get(orderRef);
      if (id === undefined) throw new Error(`order ${orderRef} was not written before its reference`);
      values = { ...values, order_id: id };
    }
    const id = await insertEntry(ac.trx, ac.workerId, entity, values, ac.nowIso);
    if (e.ref !== undefined) {
      const refs = written.get(ac) ?? new Map<number, number>();
      refs.set(e.ref, id);
      written.set(ac, refs);
    }
  };
}

export const diaryAppliers = {
  createOrder: create('order'),
  createHandin: create('handin'),
  createPayment: create('payment'),
  createHours: create('hours'),
  createCost: create('cost'),

  correctEntry: async (e, ac) => {
    const changes = await withEmployer(ac.trx, ac.workerId, { ...e.changes } as any, e.newEmployerName, ac.nowIso);
    await correctEntry(ac.trx, ac.workerId, e.entity, e.id, changes, ac.nowIso);
  },

  voidEntry: async (e, ac) => {
    await voidEntry(ac.trx, ac.workerId, e.entity, e.id, ac.nowIso);
  },
} satisfies Partial<Appliers>;

/** Bubbles of one telling come within minutes of each other. */
const BUBBLE_MS = 10 * 60_000;

export const diaryFacts = {
  diary: ({ trx, worker }) => loadLedger(trx, worker.id),
  previousMessage: async ({ trx, worker }) => {
    // This message and the one before it (her inbound rows, newest first).
    const rows = await trx
      .selectFrom('inbound_messages')
      .select(['text', 'received_at'])
      .where('worker_id', '=', worker.id)
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    const [now, before] = rows;
    if (!now || !before || !before.text) return null;
    // (PostgreSQL gives a Date, SQLite an ISO text.)
    const at = (v: unknown) => (v instanceof Date ? v.getTime() : Date.parse(String(v)));
    const gap = at(now.received_at) - at(before.received_at);
    return gap >= 0 && gap <= BUBBLE_MS ? { text: before.text } : null;
  },
  recentBubbles: async ({ trx, worker }) => {
    const rows = await trx
      .selectFrom('inbound_messages')
      .select(['text', 'received_at'])
      .where('worker_id', '=', worker.id)
      .orderBy('id', 'desc')
      .limit(5)
      .execute();
    const at = (v: unknown) => (v instanceof Date ? v.getTime() : Date.parse(String(v)));
    const out: string[] = [];
    for (let k = 1; k < rows.length; k++) {
      const gap = at(rows[k - 1]!.received_at) - at(rows[k]!.received_at);
      if (!(gap >= 0 && gap <= PIECE_MS) || !rows[k]!.text) break;
      out.unshift(rows[k]!.text!);
    }
    return out;
  },
} satisfies Partial<FactLoaders>;

/** Pieces of one thing said bubble by bubble ("payet", "teko bu sulis", "10 kodi") come a minute or two apart. */
const PIECE_MS = 5 * 60_000;
