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
