import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import type { JobHandler, JobKind, JobSet } from '../../src/scheduler/handlers.ts';
import type { RecurringJob } from '../../src/scheduler/jobs.ts';
import { scheduleJob } from '../../src/scheduler/jobs.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

// Saturday 28 November 2026, 10:00 WIB.
const start = '2026-11-28T03:00:00.000Z';
const ran: { kind: string; payload: unknown; at: string }[] = [];
let failuresLeft = 0;

// Kinds only these tests know: not declared in JobKinds, so cast.
const kind = (k: string) => k as JobKind;
const recurring: RecurringJob[] = [];
const handlers: Record<string, JobHandler> = {
  'test.record': {
    run: async ({ job, payload, now }) => {
      ran.push({ kind: job.kind, payload, at: now.toISOString() });
    },
  },
  'test.flaky': {
    run: async ({ job, now }) => {
      if (failuresLeft-- > 0) throw new Error('database went away');
      ran.push({ kind: job.kind, payload: null, at: now.toISOString() });
    },
  },
};
const jobs: JobSet = { handlers, recurring };

beforeEach(() => {
  ran.length = 0;
  failuresLeft = 0;
});

describe('scheduler', () => {
  it('runs a job once when it is due, with its payload', async () => {
    const clock = fixedClock(start);
    const s = new Scheduler(t.db, { jobs, clock });
    await scheduleJob(
      t.db,
      { kind: kind('test.record'), payload: { n: 1 }, dueAt: new Date('2026-11-28T04:00:00Z') },
      clock.now(),
    );
    expect(await s.runOnce()).toBe(0);
    clock.set('2026-11-28T04:00:00Z');
    expect(await s.runOnce()).toBe(1);
    expect(await s.runOnce()).toBe(0);
    expect(ran).toEqual([{ kind: kind('test.record'), payload: { n: 1 }, at: '2026-11-28T04:00:00.000Z' }]);
    const row = await t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'done', attempts: 1, claimed_by: null });
  });

  it('two schedulers on one database run each job once', async () => {
    const clock = fixedClock(start);
    for (let i = 0; i < 40; i++)
      await scheduleJob(t.db, { kind: kind('test.record'), payload: { i }, dueAt: clock.now() }, clock.now());
    const a = new Scheduler(t.db, { jobs, clock, batchSize: 3 });
    const b = new Scheduler(t.db, { jobs, clock, batchSize: 3 });
    await Promise.all([a.runDue(), b.runDue(), a.runDue(), b.runDue()]);
    const seen = ran.map((r) => (r.payload as { i: number }).i).sort((x, y) => x - y);
    expect(seen).toEqual([...Array(40).keys()]);
    expect(a.ran + b.ran).toBe(40);
  });

  it('retries a failing job with backoff, then gives up keeping the reason', async () => {
    const clock = fixedClock(start);
    const s = new Scheduler(t.db, { jobs, clock, retryBaseMs: 1000 });
    failuresLeft = 99;
    await scheduleJob(t.db, { kind: kind('test.flaky'), dueAt: clock.now(), maxAttempts: 3 }, clock.now());
    await s.runOnce();
    let row = await t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'database went away' });
    expect(new Date(row.due_at).getTime() - clock.now().getTime()).toBe(1000);
    clock.advance(1000);
    await s.runOnce();
    row = await t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(new Date(row.due_at).getTime() - clock.now().getTime()).toBe(2000);
    clock.advance(2000);
    await s.runOnce();
    row = await t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', attempts: 3, last_error: 'database went away' });
    expect(ran).toEqual([]);
  });

  it('runs again a job whose process died while running it, once the lease ran out', async () => {
    const clock = fixedClock(start);
    await scheduleJob(t.db, { kind: kind('test.record'), dueAt: clock.now() }, clock.now());
    await t.db
      .updateTable('jobs')
      .set({ status: 'running', claimed_by: 'dead', claimed_at: start, attempts: 1 })
      .execute();
    const s = new Scheduler(t.db, { jobs, clock, leaseMs: 60_000 });
    expect(await s.runOnce()).toBe(0);
    clock.advance(61_000);
    expect(await s.runOnce()).toBe(1);
    expect(ran).toHaveLength(1);
    const row = await t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('fails a job of an unknown kind with the reason', async () => {
    const clock = fixedClock(start);
    await scheduleJob(t.db, { kind: kind('nobody.knows'), dueAt: clock.now() }, clock.now());
    await new Scheduler(t.db, { jobs, clock }).runOnce();
    const row = await t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', last_error: 'no handler for job kind "nobody.knows"' });
  });

  it('keeps one live row per recurring job and re-schedules it as a new row on the WIB cron', async () => {
    const clock = fixedClock(start);
    recurring.push({ key: 'test-daily', kind: kind('test.record'), cron: '30 8 * * *', payload: { daily: true } });
    const a = new Scheduler(t.db, { jobs, clock });
    const b = new Scheduler(t.db, { jobs, clock });
    await a.ensureRecurring();
    await b.ensureRecurring();
    let live = await t.db.selectFrom('jobs').selectAll().where('dedupe_key', '=', 'test-daily').execute();
    expect(live).toHaveLength(1);
    // 08:30 WIB on Sunday 29 November is 01:30 UTC.
    expect(live[0]!.due_at).toBe('2026-11-29T01:30:00.000Z');
    clock.set('2026-11-29T01:30:00Z');
    await a.runDue();
    live = await t.db.selectFrom('jobs').selectAll().where('dedupe_key', '=', 'test-daily').execute();
    expect(live.map((j) => j.due_at)).toEqual(['2026-11-30T01:30:00.000Z']);
    // Down for three days: one run when it comes back, then the next one from now.
    clock.set('2026-12-03T05:00:00Z');
    await a.ensureRecurring();
    await a.runDue();
    expect(ran.filter((r) => (r.payload as { daily?: boolean }).daily)).toHaveLength(2);
    live = await t.db.selectFrom('jobs').selectAll().where('dedupe_key', '=', 'test-daily').execute();
    expect(live.map((j) => j.due_at)).toEqual(['2026-12-04T01:30:00.000Z']);
    const all = await t.db.selectFrom('jobs').select('status').where('kind', '=', 'test.record').execute();
    expect(all.filter((j) => j.status === 'done')).toHaveLength(2);
  });
});
