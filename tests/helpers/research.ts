// Workers and their rows inserted directly, for research tests that need exact data.
import type { Db } from '../../src/db/connect.ts';

export async function addWorker(
  db: Db,
  id: string,
  o: { research?: boolean; kecamatan?: string; product?: string; joined?: string } = {},
): Promise<void> {
  const at = o.joined ?? '2026-09-01T02:00:00.000Z';
  await db
    .insertInto('workers')
    .values({
      id,
      created_at: at,
      updated_at: at,
      lang: 'id',
      status: 'active',
      kecamatan: o.kecamatan ?? 'Pare',
      product: o.product ?? 'alas_kaki',
      consent_version: 'v1',
      consented_at: at,
      research_consent: o.research === false ? 0 : 1,
      opted_out: 0,
      campaign: null,
      last_active_at: at,
    })
    .execute();
}

export async function addStatus(db: Db, worker: string, scheme: 'jkn' | 'bpjs_tk', status: string, day: string) {
  await db
    .insertInto('protection_status')
    .values({ worker_id: worker, scheme, status, via: 'guide', asked_at: `${day}T03:00:00.000Z`, asked_on: day })
    .execute();
}

import { findOrCreateEmployer, insertEntry } from '../../src/db/diary.ts';

/** One order of `pieces` pcs at `rate` a piece from `employer`, received on `day`; returns its id. */
export async function addOrder(
  db: Db,
  worker: string,
  o: { employer: string; rate: number; pieces: number; day: string; written?: boolean | null; rateCount?: number },
): Promise<number> {
  const at = `${o.day}T03:00:00.000Z`;
  const employer_id = await findOrCreateEmployer(db, worker, o.employer, at);
  return insertEntry(
    db,
    worker,
    'order',
    {
      employer_id,
      product: 'sandal',
      unit: 'pcs',
      quantity_count: o.pieces,
      quantity_pieces: o.pieces,
      rate_amount: o.rate,
      rate_per: 'pcs',
      rate_count: o.rateCount ?? 1,
      received_on: o.day,
      due_on: null,
      written_agreement: o.written ?? null,
      materials_from_employer: null,
    },
    at,
  );
}

export async function addHandin(db: Db, worker: string, order: number, day: string, delivered: number, rejected = 0) {
  return insertEntry(
    db,
    worker,
    'handin',
    { order_id: order, handed_in_on: day, delivered_pieces: delivered, rejected_pieces: rejected },
    `${day}T04:00:00.000Z`,
  );
}

export async function addPayment(
  db: Db,
  worker: string,
  employer: string,
  order: number | null,
  day: string,
  amount: number,
) {
  const employer_id = await findOrCreateEmployer(db, worker, employer, `${day}T05:00:00.000Z`);
  return insertEntry(
    db,
    worker,
    'payment',
    { employer_id, order_id: order, kind: 'pay', amount, deduction: 0, kasbon_repaid: 0, paid_on: day },
    `${day}T05:00:00.000Z`,
  );
}

export async function addHours(db: Db, worker: string, day: string, hours: number) {
  return insertEntry(
    db,
    worker,
    'hours',
    { worked_on: day, minutes: Math.round(hours * 60), order_id: null, helpers: 0, child_helper: null },
    `${day}T06:00:00.000Z`,
  );
}

export async function addCost(db: Db, worker: string, day: string, amount: number) {
  return insertEntry(db, worker, 'cost', { category: 'listrik', amount, spent_on: day }, `${day}T07:00:00.000Z`);
}
