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
/** Per turn: the hours rows it wrote, which a soft question without ids is about. */
const hoursWritten = new WeakMap<Ac, number[]>();
/** How long after saving the soft question may be answered (her next message only, within this). */
export const SOFT_MS = 15 * 60_000;

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
    if (entity === 'hours') hoursWritten.set(ac, [...(hoursWritten.get(ac) ?? []), id]);
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

  askSoft: async (e, ac) => {
    const ids = e.ids ?? hoursWritten.get(ac) ?? [];
    // The message it answers comes after this turn's own (recorded first in the turn, src/engine/engine.ts).
    const inbound = await ac.trx
      .selectFrom('inbound_messages')
      .select((eb) => eb.fn.max('id').as('id'))
      .where('worker_id', '=', ac.workerId)
      .executeTakeFirst();
    const asked: SoftQuestionRow = {
      about: e.about,
      ids,
      ...(e.count ? { count: true } : {}),
      after: Number(inbound?.id ?? 0),
      until: new Date(Date.parse(ac.nowIso) + SOFT_MS).toISOString(),
    };
    await ac.trx
      .updateTable('workers')
      .set({ soft_question: ids.length ? JSON.stringify(asked) : null })
      .where('id', '=', ac.workerId)
      .execute();
  },
} satisfies Partial<Appliers>;

/** workers.soft_question: the soft question last asked, about which hours rows, after which message, until when. */
interface SoftQuestionRow {
  about: 'helpers' | 'child';
  ids: number[];
  count?: boolean;
  /** The id of her message it was asked in reply to: only the next one of hers may answer it. */
  after: number;
  until: string;
}

function softRow(text: string | null | undefined): SoftQuestionRow | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<SoftQuestionRow>;
    if ((v.about !== 'helpers' && v.about !== 'child') || !Array.isArray(v.ids) || typeof v.after !== 'number')
      return null;
    if (typeof v.until !== 'string') return null;
    return v as SoftQuestionRow;
  } catch {
    return null;
  }
}

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
  softQuestion: async ({ trx, worker, now }) => {
    const row = await trx.selectFrom('workers').select('soft_question').where('id', '=', worker.id).executeTakeFirst();
    const asked = softRow(row?.soft_question);
    if (!asked || now.getTime() > Date.parse(asked.until)) return null;
    // Her next message only: this one, and the one it was asked in reply to just before it.
    const rows = await trx
      .selectFrom('inbound_messages')
      .select('id')
      .where('worker_id', '=', worker.id)
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    if (rows.length < 2 || Number(rows[1]!.id) !== asked.after || !asked.ids.length) return null;
    const hours = await trx
      .selectFrom('work_hours')
      .select(['id', 'helpers', 'child_helper'])
      .where('worker_id', '=', worker.id)
      .where('id', 'in', asked.ids)
      .where('voided_at', 'is', null)
      .execute();
    // Still open: who helped not said; or someone helped and a child among them not said.
    const open = hours
      .filter((h) =>
        asked.about === 'helpers'
          ? h.helpers === null
          : h.helpers !== null && Number(h.helpers) > 0 && h.child_helper === null,
      )
      .map((h) => Number(h.id))
      .sort((a, b) => a - b);
    return open.length ? { about: asked.about, ids: open, ...(asked.count ? { count: true } : {}) } : null;
  },
} satisfies Partial<FactLoaders>;

/** Pieces of one thing said bubble by bubble ("payet", "teko bu sulis", "10 kodi") come a minute or two apart. */
const PIECE_MS = 5 * 60_000;
