// Many workers' ledgers in seven queries (one per table) instead of seven per
// worker: the research views read every consented worker at once. Same shape
// and rules as loadLedger in src/db/diary.ts (voided rows left out).
import type { Kysely } from 'kysely';
import type { Bool, Database } from '../db/schema.ts';
import type { CostCategory, Ledger, PaymentKind } from '../diary/ledger.ts';
import { emptyLedger } from '../diary/ledger.ts';
import type { UnitCode } from '../parse/units.ts';
import { inResearch } from './subjects.ts';

type Q = Kysely<Database>;

const bool = (v: Bool | null): boolean | null => (v === null ? null : v === 1);

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
      .execute()) {
      const l = get(o.worker_id);
      l.orders.push({
        id: o.id,
        employerId: o.employer_id,
        product: o.product,
        unit: o.unit as UnitCode,
        quantityCount: Number(o.quantity_count),
        quantityPieces: o.quantity_pieces,
        rateAmount: o.rate_amount,
        ratePer: o.rate_per as UnitCode,
        ratePerPiece: o.rate_per_piece,
        receivedOn: o.received_on,
        dueOn: o.due_on,
        writtenAgreement: bool(o.written_agreement),
        materialsFromEmployer: bool(o.materials_from_employer),
        createdAt: o.created_at,
      });
    }
    for (const h of await q
      .selectFrom('handins')
      .selectAll()
      .where('worker_id', 'in', chunk)
      .where('voided_at', 'is', null)
      .orderBy('id')
      .execute())
      get(h.worker_id).handins.push({
        id: h.id,
        orderId: h.order_id,
        handedInOn: h.handed_in_on,
        deliveredPieces: h.delivered_pieces,
        rejectedPieces: h.rejected_pieces,
        createdAt: h.created_at,
      });
    for (const p of await q
      .selectFrom('payments')
      .selectAll()
      .where('worker_id', 'in', chunk)
      .where('voided_at', 'is', null)
      .orderBy('id')
      .execute())
      get(p.worker_id).payments.push({
        id: p.id,
        employerId: p.employer_id,
        orderId: p.order_id,
        kind: p.kind as PaymentKind,
        amount: p.amount,
        deduction: p.deduction,
        kasbonRepaid: p.kasbon_repaid,
        paidOn: p.paid_on,
        createdAt: p.created_at,
      });
    for (const h of await q
      .selectFrom('work_hours')
      .selectAll()
      .where('worker_id', 'in', chunk)
      .where('voided_at', 'is', null)
      .orderBy('id')
      .execute())
      get(h.worker_id).hours.push({
        id: h.id,
        workedOn: h.worked_on,
        minutes: h.minutes,
        orderId: h.order_id,
        helpers: h.helpers,
        childHelper: bool(h.child_helper),
        createdAt: h.created_at,
      });
    for (const c of await q
      .selectFrom('costs')
      .selectAll()
      .where('worker_id', 'in', chunk)
      .where('voided_at', 'is', null)
      .orderBy('id')
      .execute())
      get(c.worker_id).costs.push({
        id: c.id,
        category: c.category as CostCategory,
        amount: c.amount,
        spentOn: c.spent_on,
        createdAt: c.created_at,
      });
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
