// Jobs in the database: the scheduler's only record of what is to be done.
// Claimed like the outbox (src/outbox/claim.ts): several processes on
// PostgreSQL share the table with FOR UPDATE SKIP LOCKED.
import { type Kysely, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { dialectOf } from '../db/dialect.ts';
import type { Database, JobRow } from '../db/schema.ts';
import { nextCronRun } from './cron.ts';
import type { JobKind } from './handlers.ts';

type Q = Kysely<Database>;

export interface NewJob {
  kind: JobKind;
  payload?: unknown;
  dueAt: Date;
  /** At most one pending or running job holds a key: a second schedule with it is ignored. */
  dedupeKey?: string;
  cron?: string;
  maxAttempts?: number;
}

/** Adds a job; returns its id, or null when a live job with the same dedupe key exists. */
export async function scheduleJob(q: Q, job: NewJob, now: Date): Promise<number | null> {
  const row = await q
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      due_at: job.dueAt.toISOString(),
      status: 'pending',
      attempts: 0,
      max_attempts: job.maxAttempts ?? 5,
      cron: job.cron ?? null,
      dedupe_key: job.dedupeKey ?? null,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export interface RecurringJob {
  /** Stable name: the dedupe key of its live row. */
  key: string;
  kind: JobKind;
  cron: string;
  payload?: unknown;
}

/** Makes sure a recurring job has its next run in the table (idempotent, safe from many processes). */
export async function ensureRecurring(q: Q, r: RecurringJob, now: Date): Promise<void> {
  await scheduleJob(
    q,
    { kind: r.kind, payload: r.payload, dueAt: nextCronRun(r.cron, now), dedupeKey: r.key, cron: r.cron },
    now,
  );
}

export async function cancelJob(q: Q, id: number, now: Date): Promise<boolean> {
  const res = await q
    .updateTable('jobs')
    .set({ status: 'cancelled', dedupe_key: null, finished_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export interface ClaimJobsOptions {
  claimer: string;
  now: Date;
  limit: number;
  /** A job left running longer than this (its process died) is taken again. */
  leaseMs: number;
}

export async function claimJobs(db: Db, o: ClaimJobsOptions): Promise<JobRow[]> {
  const nowIso = o.now.toISOString();
  const staleBefore = new Date(o.now.getTime() - o.leaseMs).toISOString();
  const pg = dialectOf(db) === 'postgres';
  return db.transaction().execute(async (trx) => {
    // A job that keeps killing its process must not be taken for ever.
    await trx
      .updateTable('jobs')
      .set({
        status: 'failed',
        last_error: 'gave up: its process stopped while running it, too often',
        dedupe_key: null,
        finished_at: nowIso,
      })
      .where('status', '=', 'running')
      .where('claimed_at', '<', staleBefore)
      .whereRef('attempts', '>=', 'max_attempts')
      .execute();
    await trx
      .updateTable('jobs')
      .set({ status: 'pending', claimed_by: null, claimed_at: null })
      .where('status', '=', 'running')
      .where('claimed_at', '<', staleBefore)
      .execute();
    const ids = await sql<{ id: number }>`
      select id from jobs
      where status = 'pending' and due_at <= ${nowIso}
      order by due_at, id
      limit ${o.limit}
      ${pg ? sql`for update skip locked` : sql``}
    `.execute(trx);
    if (!ids.rows.length) return [];
    const rows = await trx
      .updateTable('jobs')
      .set({ status: 'running', claimed_by: o.claimer, claimed_at: nowIso, attempts: sql`attempts + 1` })
      .where(
        'id',
        'in',
        ids.rows.map((r) => r.id),
      )
      .where('status', '=', 'pending')
      .returningAll()
      .execute();
    return rows.sort((a, b) => a.due_at.localeCompare(b.due_at) || a.id - b.id);
  });
}

/**
 * Ends a job this claimer holds; a recurring job gets its next run as a new
 * row in the same transaction. False when the lease was lost meanwhile.
 */
export async function finishJob(
  db: Db,
  job: JobRow,
  claimer: string,
  now: Date,
  outcome: { status: 'done' | 'failed'; error?: string } | { status: 'retry'; error: string; retryAt: Date },
): Promise<boolean> {
  const nowIso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const base = trx
      .updateTable('jobs')
      .where('id', '=', job.id)
      .where('status', '=', 'running')
      .where('claimed_by', '=', claimer);
    if (outcome.status === 'retry') {
      const res = await base
        .set({
          status: 'pending',
          due_at: outcome.retryAt.toISOString(),
          last_error: outcome.error.slice(0, 1000),
          claimed_by: null,
          claimed_at: null,
        })
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    }
    const res = await base
      .set({
        status: outcome.status,
        last_error: outcome.error?.slice(0, 1000) ?? null,
        finished_at: nowIso,
        dedupe_key: null,
        claimed_by: null,
      })
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return false;
    if (job.cron) {
      // From now, not from the missed due time: after a long stop, one run, not a pile-up.
      const after = new Date(Math.max(now.getTime(), new Date(job.due_at).getTime()));
      await scheduleJob(
        trx,
        {
          // The row was scheduled with a declared kind.
          kind: job.kind as JobKind,
          payload: JSON.parse(job.payload),
          dueAt: nextCronRun(job.cron, after),
          dedupeKey: job.dedupe_key ?? undefined,
          cron: job.cron,
          maxAttempts: job.max_attempts,
        },
        now,
      );
    }
    return true;
  });
}
