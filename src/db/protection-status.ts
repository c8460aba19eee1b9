// Her BPJS status over time: append-only rows, read as "the latest answer per
// scheme" for the conversation and "whose answer is old" for the scheduler.

import { subMonths } from 'date-fns';
import { type Kysely, sql } from 'kysely';
import { wibDate } from '../core/time.ts';
import type { BpjsOverview, Scheme, StatusCode, StatusVia } from '../flows/bpjs/model.ts';
import type { Database } from './schema.ts';

type Q = Kysely<Database>;

export async function appendProtectionStatus(
  q: Q,
  workerId: string,
  answers: { scheme: Scheme; status: StatusCode }[],
  via: StatusVia,
  nowIso: string,
): Promise<void> {
  if (!answers.length) return;
  const askedOn = wibDate(new Date(nowIso));
  await q
    .insertInto('protection_status')
    .values(
      answers.map((a) => ({
        worker_id: workerId,
        scheme: a.scheme,
        status: a.status,
        via,
        asked_at: nowIso,
        asked_on: askedOn,
      })),
    )
    .execute();
}

/** Her newest answer per scheme, and when the newest row was written. */
export async function latestProtectionStatus(q: Q, workerId: string): Promise<BpjsOverview['latest']> {
  const rows = await q
    .selectFrom('protection_status')
    .select(['scheme', 'status', 'asked_at'])
    .where('worker_id', '=', workerId)
    .orderBy('asked_at', 'desc')
    .orderBy('id', 'desc')
    .limit(20)
    .execute();
  if (!rows.length) return null;
  const of = (scheme: Scheme) => (rows.find((r) => r.scheme === scheme)?.status ?? null) as StatusCode | null;
  return { at: rows[0]!.asked_at, jkn: of('jkn'), bpjs_tk: of('bpjs_tk') };
}

export interface DueRecheck {
  workerId: string;
  lastAskedAt: string;
}

/**
 * Workers whose newest status answer is at least `months` old: for the
 * scheduler, to ask again without waiting for her to write. Opted-out and
 * not-yet-consented workers are left out.
 */
export async function dueStatusRechecks(db: Q, now: Date, months: number): Promise<DueRecheck[]> {
  const cutoff = subMonths(now, months).toISOString();
  const rows = await db
    .selectFrom('protection_status as p')
    .innerJoin('workers as w', 'w.id', 'p.worker_id')
    .select(['p.worker_id', sql<string>`max(p.asked_at)`.as('last')])
    .where('w.opted_out', '=', 0)
    .where('w.status', '=', 'active')
    .groupBy('p.worker_id')
    .having(sql`max(p.asked_at)`, '<=', cutoff)
    .execute();
  return rows.map((r) => ({ workerId: r.worker_id, lastAskedAt: r.last }));
}
