// Many workers at once, with batched inserts, for broadcast and reminder tests.
import type { Db } from '../../src/db/connect.ts';
import type { NewWorker } from '../../src/db/schema.ts';

export interface SeedWorker {
  id: string;
  channel: string;
  address: string;
  lang: 'id' | 'en';
  kecamatan: string;
  product: string;
  status: 'onboarding' | 'active';
  optedOut: boolean;
  unreachable: boolean;
  campaign: string | null;
  lastActiveAt: string;
}

/** Inserts n workers, each with one channel identity; `shape(i)` overrides the defaults. */
export async function seedWorkers(
  db: Db,
  n: number,
  at: string,
  shape: (i: number) => Partial<SeedWorker> = () => ({}),
): Promise<SeedWorker[]> {
  const all: SeedWorker[] = [];
  for (let i = 0; i < n; i++) {
    all.push({
      id: `w${String(i).padStart(6, '0')}`,
      channel: 'telegram',
      address: `chat${i}`,
      lang: 'id',
      kecamatan: 'Pare',
      product: 'alas_kaki',
      status: 'active',
      optedOut: false,
      unreachable: false,
      campaign: null,
      lastActiveAt: at,
      ...shape(i),
    });
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < all.length; i += 500) {
      const chunk = all.slice(i, i + 500);
      await trx
        .insertInto('workers')
        .values(
          chunk.map(
            (w): NewWorker => ({
              id: w.id,
              created_at: at,
              updated_at: at,
              lang: w.lang,
              status: w.status,
              kecamatan: w.kecamatan,
              product: w.product,
              consent_version: w.status === 'active' ? '1' : null,
              consented_at: w.status === 'active' ? at : null,
              research_consent: 1,
              opted_out: w.optedOut ? 1 : 0,
              campaign: w.campaign,
              last_active_at: w.lastActiveAt,
            }),
          ),
        )
        .execute();
      await trx
        .insertInto('channel_identities')
        .values(
          chunk.map((w) => ({
            worker_id: w.id,
            channel: w.channel,
            channel_user_id: w.address,
            unreachable: w.unreachable ? (1 as const) : (0 as const),
            created_at: at,
            last_seen_at: at,
          })),
        )
        .execute();
    }
  });
  return all;
}
