// Reads each research-consented worker's diary into the plain shape the panel
// is computed from. Pseudonyms are applied here, before anything leaves.
import type { Db } from '../db/connect.ts';
import type { Pseudonymizer } from './datasets.ts';
import type { DiaryOfWorker } from './panel.ts';
import { dayOfInstant } from './weeks.ts';

export async function loadDiaries(db: Db, pseudonym: Pseudonymizer): Promise<DiaryOfWorker[]> {
  const workers = await db
    .selectFrom('workers')
    .select(['id', 'kecamatan', 'product', 'consented_at', 'created_at'])
    .where('status', '=', 'active')
    .where('research_consent', '=', 1)
    .orderBy('id')
    .execute();
  return workers.map((w) => ({
    worker: pseudonym.worker(w.id),
    joined: dayOfInstant(w.consented_at ?? w.created_at),
    kecamatan: w.kecamatan,
    product: w.product,
    handins: [],
    payments: [],
    hours: [],
    costs: [],
    entryDays: [],
    reminders: null,
  }));
}
