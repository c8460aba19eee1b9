import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.ts';
import { jobs } from '../../src/app/jobs.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { setReminderPrefs } from '../../src/reminders/prefs.ts';
import { runReminderSweep, weekPoint } from '../../src/reminders/sweep.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedWorkers } from '../helpers/seed.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

// Saturday 28 November 2026 in WIB (UTC+7).
const sat = (h: number, m = 0) => new Date(Date.UTC(2026, 10, 28, h - 7, m));
const sun = (h: number) => new Date(Date.UTC(2026, 10, 29, h - 7));

describe('weekly diary reminders', () => {
  it('knows the WIB week, weekday and hour', () => {
    expect(weekPoint(sat(16))).toEqual({
      weekday: 6,
      hour: 16,
      weekOf: '2026-11-23',
      weekStartIso: '2026-11-22T17:00:00.000Z',
    });
    expect(weekPoint(sun(23)).weekOf).toBe('2026-11-23');
    expect(weekPoint(new Date(Date.UTC(2026, 10, 29, 17))).weekOf).toBe('2026-11-30');
  });

  it('goes on Saturday at 16:00 WIB by default, once a week, on her own day and hour, never after BERHENTI', async () => {
    const at = sat(10).toISOString();
    const workers = await seedWorkers(t.db, 12, at, (i) => ({
      optedOut: i === 1,
      status: i === 2 ? 'onboarding' : 'active',
      lang: i === 3 ? 'en' : 'id',
    }));
    await setReminderPrefs(t.db, 'w000004', { enabled: true, weekday: 7, hour: 9 }, at);
    await setReminderPrefs(t.db, 'w000005', { enabled: false, weekday: 6, hour: 16 }, at);
    await setReminderPrefs(t.db, 'w000006', { enabled: true, weekday: 6, hour: 14 }, at);

    expect(await runReminderSweep(createEngine(t.db), sat(13, 59))).toEqual({ sent: 0, skipped: 0, answered: 0 });
    expect(await runReminderSweep(createEngine(t.db), sat(14))).toMatchObject({ sent: 1 });
    expect(await runReminderSweep(createEngine(t.db), sat(16))).toMatchObject({ sent: 7 });
    // Once a week, however often the sweep runs.
    expect(await runReminderSweep(createEngine(t.db), sat(16, 30))).toMatchObject({ sent: 0 });
    expect(await runReminderSweep(createEngine(t.db), sun(9))).toMatchObject({ sent: 1 });
    const rows = await t.db.selectFrom('outbox').selectAll().where('kind', '=', 'reminder').orderBy('id').execute();
    const to = new Set(rows.map((r) => r.worker_id));
    expect(to).toEqual(
      new Set(workers.map((w) => w.id).filter((id) => !['w000001', 'w000002', 'w000005'].includes(id))),
    );
    expect(rows.find((r) => r.worker_id === 'w000003')!.text).toMatch(
      /^Hello! Have you recorded your work this week\?/,
    );
    expect(rows.find((r) => r.worker_id === 'w000000')!.text).toMatch(
      /^Halo! Sudah catat pekerjaan minggu ini\?\n\n.*\n\nKetik MENU untuk mencatat\./s,
    );
    const recorded = await t.db.selectFrom('diary_reminders').selectAll().execute();
    expect(recorded).toHaveLength(9);
    expect(recorded.every((r) => r.status === 'sent' && r.week_of === '2026-11-23' && r.outbox_id !== null)).toBe(true);
    // Next week again.
    expect(await runReminderSweep(createEngine(t.db), new Date(sat(16).getTime() + 7 * 864e5))).toMatchObject({
      sent: 8,
    });
  });

  it('runs late after a restart (within three hours), and records when she answered', async () => {
    const clock = fixedClock(sat(10));
    await seedWorkers(t.db, 3, clock.now().toISOString());
    const scheduler = new Scheduler(t.db, { jobs, engine: createEngine(t.db, { clock }), clock });
    await scheduler.ensureRecurring();
    // The service was down from 15:30 to 18:20: the 16:00 run happens at 18:20.
    clock.set(sat(18, 20));
    await scheduler.runDue();
    expect(await t.db.selectFrom('diary_reminders').select('status').execute()).toHaveLength(3);
    const next = await t.db
      .selectFrom('jobs')
      .select('due_at')
      .where('dedupe_key', '=', 'diary-reminders')
      .executeTakeFirstOrThrow();
    expect(next.due_at).toBe(sat(19).toISOString());

    const engine = createEngine(t.db, { clock });
    clock.set(sat(19, 5));
    await engine.handle({
      channel: 'telegram',
      channelUserId: 'chat1',
      externalId: 'r1',
      text: 'menu',
      receivedAt: clock.now(),
    });
    clock.set(sat(20));
    await scheduler.runDue();
    const answered = await t.db
      .selectFrom('diary_reminders')
      .select(['worker_id', 'answered_at'])
      .where('answered_at', 'is not', null)
      .execute();
    expect(answered).toEqual([{ worker_id: 'w000001', answered_at: sat(19, 5).toISOString() }]);
  });
});
