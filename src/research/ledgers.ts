// Many workers' ledgers in seven queries (one per table) instead of seven per
// worker: the research views read every consented worker at once. Same shape
// and rules as loadLedger in src/db/diary.ts (voided rows left out).
import type { Kysely } from 'kysely';
import { toCostRec, toHandinRec, toHoursRec, toOrderRec, toPaymentRec } from '../db/diary.ts';
import type { Database } from '../db/schema.ts';
import { inResearch } from '../db/subjects.ts';
import type { Ledger } from '../diary/ledger.ts';
import { emptyLedger } from '../diary/ledger.ts';

type Q = Kysely<Database>;

export interface WorkerRef {
  id: string;
  kecamatan: string | null;
  product: string | null;
  joinedAt: string;
}

/** Workers with research consent (and `include`, when given: her own figures in BANDINGKAN). */
export async function researchWorkers(q: Q, include?: string): Promise<WorkerRef[]> {
  const rows = await q
    .selectFrom('workers')
    .select(['id', 'kecamatan', 'product', 'consented_at', 'created_at'])
    .where('status', '=', 'active')
    .where((eb) => (include ? eb.or([inResearch('workers'), eb('id', '=', include)]) : inResearch('workers')))
    .orderBy('id')
    .execute();
  return rows.map((w) => ({
    id: w.id,
    kecamatan: w.kecamatan,
    product: w.product,
    joinedAt: w.consented_at ?? w.created_at,
  }));
}

export async function loadLedgers(q: Q, ids: string[]): Promise<Map<string, Ledger>> {
  const out = new Map<string, Ledger>(ids.map((id) => [id, emptyLedger()]));
  if (!ids.length) return out;
  const get = (id: string) => out.get(id)!;
  // Chunks keep the IN lists within every database's parameter limit.
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const e of await q
      .selectFrom('employers')
      .select(['id', 'name', 'worker_id'])
      .where('worker_id', 'in', chunk)
      .orderBy('id')
      .execute())
      get(e.worker_id).employers.push({ id: e.id, name: e.name });
    for (const o of await q
      .selectFrom('orders')
      .selectAll()
      .where('worker_id', 'in', chunk)
      .where('voided_at', 'is', null)
      .orderBy('id')
      .execute())
      get(o.worker_id).orders.push(toOrderRec(o));
    for (const h of await q
      .selectFrom('handins')
      .selectAll()
      .where('worker_id', 'in', chunk)
      .where('voided_at', 'is', null)
      .orderBy('id')
      .execute())
      get(h.worker_id).handins.push(toHandinRec(h));
    for (const p of await q
      .selectFrom('payments')
      .selectAll()
      .where('worker_id', 'in', chunk)
      .where('voided_at', 'is', null)
      .orderBy('id')
      .execute())
      get(p.worker_id).payments.push(toPaymentRec(p));
    for (const h of await q
      .selectFrom('work_hours')
      .selectAll()
      .where('worker_id', 'in', chunk)
      .where('voided_at', 'is', null)
      .orderBy('id')
      .execute())
      get(h.worker_id).hours.push(toHoursRec(h));
    for (const c of await q
      .selectFrom('costs')
      .selectAll()
      .where('worker_id', 'in', chunk)
      .where('voided_at', 'is', null)
      .orderBy('id')
      .execute())
      get(c.worker_id).costs.push(toCostRec(c));
    for (const c of await q
      .selectFrom('diary_corrections')
      .select(['worker_id', 'entity', 'entity_id'])
      .distinct()
      .where('worker_id', 'in', chunk)
      .where('action', '=', 'change')
      .execute())
      get(c.worker_id).corrected.push(`${c.entity}:${c.entity_id}`);
  }
  return out;
}
