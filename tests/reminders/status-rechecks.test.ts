// The 3-monthly BPJS status question sent by the scheduler, answered through the BPJS flow.
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.ts';
import { jobs } from '../../src/app/jobs.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { openDb } from '../../src/db/connect.ts';
import { takeForAddress } from '../../src/db/outbox.ts';
import { appendProtectionStatus } from '../../src/db/protection-status.ts';
import { setReminderPrefs } from '../../src/reminders/prefs.ts';
import { RECHECK_JOB, recheckDueAt, sendDueRechecks } from '../../src/reminders/status-rechecks.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedWorkers } from '../helpers/seed.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

/** A WIB time in 2026 (month 1-12). */
const wib = (month: number, day: number, h: number, m = 0) => new Date(Date.UTC(2026, month - 1, day, h - 7, m));
const QUIET = '20:00-07:00';

const workerOf = async (user: string) =>
  (
    await t.db
      .selectFrom('channel_identities')
      .select('worker_id')
      .where('channel_user_id', '=', user)
      .executeTakeFirstOrThrow()
  ).worker_id;

const remindersTo = async () =>
  (await t.db.selectFrom('outbox').select(['address', 'text']).where('kind', '=', 'reminder').orderBy('id').execute())
    .map((r) => r.address)
    .sort();

describe('BPJS status re-check by the scheduler', () => {
  it('finds the start of the due period', () => {
    const last = wib(9, 1, 10).toISOString();
    expect(recheckDueAt(last, wib(11, 30, 10), 3)).toBeNull();
    expect(recheckDueAt(last, wib(12, 1, 10), 3)).toEqual(wib(12, 1, 10));
    expect(recheckDueAt(last, new Date(Date.UTC(2027, 1, 28, 3)), 3)).toEqual(wib(12, 1, 10));
    expect(recheckDueAt(last, new Date(Date.UTC(2027, 2, 1, 3)), 3)).toEqual(new Date(Date.UTC(2027, 2, 1, 3)));
  });

  it('asks once per due period whom the reminder rules allow, and her answer goes to the BPJS flow', async () => {
    const clock = fixedClock(wib(9, 1, 9));
    const phones = Object.fromEntries(
      ['sri', 'ani', 'rina', 'dewi', 'eka', 'fani'].map((u) => [u, new Phone(t.db, u, 'terminal', { clock })]),
    );
    for (const [u, p] of Object.entries(phones)) await p.onboard({ lang: u === 'fani' ? 'en' : 'id' });
    const at = wib(9, 1, 10).toISOString();
    for (const u of Object.keys(phones))
      await appendProtectionStatus(
        t.db,
        await workerOf(u),
        [
          { scheme: 'jkn', status: 'pbi' },
          { scheme: 'bpjs_tk', status: 'none' },
        ],
        'guide',
        at,
      );
    await phones.rina!.send('BERHENTI');
    await setReminderPrefs(t.db, await workerOf('dewi'), { enabled: false, weekday: 6, hour: 16 }, at);
    // Eka answered again a month later: her period starts later.
    await appendProtectionStatus(
      t.db,
      await workerOf('eka'),
      [
        { scheme: 'jkn', status: 'pbi' },
        { scheme: 'bpjs_tk', status: 'active' },
      ],
      'guide',
      wib(10, 1, 10).toISOString(),
    );

    expect(await sendDueRechecks(createEngine(t.db), wib(11, 30, 10, 30), { quietHours: QUIET })).toEqual({
      asked: 0,
      quietUntil: null,
    });
    // Ani is in the middle of something on the due day.
    clock.set(wib(12, 1, 10));
    await phones.ani!.send('pengingat');
    // Inside quiet hours nothing is looked at; the caller learns when they end.
    expect(await sendDueRechecks(createEngine(t.db), wib(12, 1, 21), { quietHours: QUIET })).toEqual({
      asked: 0,
      quietUntil: wib(12, 2, 7),
    });
    expect(await remindersTo()).toEqual([]);

    clock.set(wib(12, 1, 10, 30));
    expect(await sendDueRechecks(createEngine(t.db), clock.now(), { quietHours: QUIET })).toMatchObject({ asked: 2 });
    expect(await remindersTo()).toEqual(['fani', 'sri']);
    const [question] = await takeForAddress(t.db, 'terminal', 'sri', clock.now().toISOString());
    expect(question!.text).toBe(
      'Tanggal 01/09/2026 Anda bilang:\nBPJS Kesehatan: KIS dari pemerintah (PBI)\nBPJS Ketenagakerjaan: belum ikut\nMasih sama?\n1 Masih sama\n2 Ada yang berubah\n0 Lewati',
    );
    const [english] = await takeForAddress(t.db, 'terminal', 'fani', clock.now().toISOString());
    expect(english!.text).toMatch(/^On 01\/09\/2026 you said:\nBPJS Kesehatan: KIS from the government \(PBI\)/);
    const sent = await t.db.selectFrom('outbox').selectAll().where('kind', '=', 'reminder').execute();
    expect(sent.map((r) => r.quiet_hours)).toEqual([QUIET, QUIET]);

    // Once per period: again, and from a reopened connection (a restart), nothing.
    expect((await sendDueRechecks(createEngine(t.db), clock.now(), { quietHours: QUIET })).asked).toBe(0);
    const again = openDb(t.url);
    try {
      expect((await sendDueRechecks(createEngine(again), wib(12, 1, 18), { quietHours: QUIET })).asked).toBe(0);
    } finally {
      await again.destroy();
    }

    // Her answer is understood by the BPJS flow and recorded as a re-check.
    clock.set(wib(12, 1, 11));
    expect(await phones.sri!.send('1')).toMatch(/^Terima kasih, dicatat\./);
    const rows = await t.db
      .selectFrom('protection_status')
      .select(['scheme', 'status', 'via'])
      .where('worker_id', '=', await workerOf('sri'))
      .where('via', '=', 'recheck')
      .orderBy('scheme')
      .execute();
    expect(rows).toEqual([
      { scheme: 'bpjs_tk', status: 'none', via: 'recheck' },
      { scheme: 'jkn', status: 'pbi', via: 'recheck' },
    ]);

    // Ani, idle by the next day, is asked then; the others not again.
    clock.set(wib(12, 2, 10, 30));
    expect((await sendDueRechecks(createEngine(t.db), clock.now(), { quietHours: QUIET })).asked).toBe(1);
    expect(await remindersTo()).toEqual(['ani', 'fani', 'sri']);
    // Eka's period comes a month later.
    expect((await sendDueRechecks(createEngine(t.db), wib(12, 31, 10, 30), { quietHours: QUIET })).asked).toBe(0);
    const jan = new Date(Date.UTC(2027, 0, 1, 3, 30));
    expect((await sendDueRechecks(createEngine(t.db), jan, { quietHours: QUIET })).asked).toBe(1);
    expect(await remindersTo()).toEqual(['ani', 'eka', 'fani', 'sri']);

    // Three months on: those who did not answer (Ani, Fani) are asked again, Sri three months after her answer.
    const march = new Date(Date.UTC(2027, 2, 1, 5));
    expect((await sendDueRechecks(createEngine(t.db), march, { quietHours: QUIET })).asked).toBe(3);
    expect((await sendDueRechecks(createEngine(t.db), march, { quietHours: QUIET })).asked).toBe(0);
    expect(await remindersTo()).toEqual(['ani', 'ani', 'eka', 'fani', 'fani', 'sri', 'sri']);
    const asked = await t.db.selectFrom('status_rechecks').select(['worker_id', 'outbox_id']).execute();
    expect(asked).toHaveLength(7);
    expect(asked.every((r) => r.outbox_id !== null)).toBe(true);
    // Rina (BERHENTI) and Dewi (reminders off) were never asked.
    const never = new Set([await workerOf('rina'), await workerOf('dewi')]);
    expect(asked.filter((r) => never.has(r.worker_id))).toEqual([]);
  });

  it('runs as a daily scheduler job; a run in quiet hours comes back when they end', async () => {
    await seedWorkers(t.db, 2, wib(9, 1, 10).toISOString());
    for (const id of ['w000000', 'w000001'])
      await appendProtectionStatus(t.db, id, [{ scheme: 'jkn', status: 'none' }], 'guide', wib(9, 1, 10).toISOString());
    // The service was down over the 10:30 run: the next one is taken late, at night.
    const clock = fixedClock(wib(12, 1, 9));
    const woken: string[] = [];
    const s = new Scheduler(t.db, {
      jobs,
      engine: createEngine(t.db, { clock }),
      clock,
      quietHours: QUIET,
      notifyOutbox: (c) => woken.push(c),
    });
    await s.ensureRecurring();
    const job = await t.db
      .selectFrom('jobs')
      .select(['due_at', 'cron'])
      .where('kind', '=', RECHECK_JOB)
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ due_at: wib(12, 1, 10, 30).toISOString(), cron: '30 10 * * *' });
    clock.set(wib(12, 1, 23));
    await s.runDue();
    expect(await t.db.selectFrom('outbox').select('id').execute()).toEqual([]);
    const pending = await t.db
      .selectFrom('jobs')
      .select(['due_at', 'cron'])
      .where('kind', '=', RECHECK_JOB)
      .where('status', '=', 'pending')
      .orderBy('due_at')
      .execute();
    expect(pending).toEqual([
      { due_at: wib(12, 2, 7).toISOString(), cron: null },
      { due_at: wib(12, 2, 10, 30).toISOString(), cron: '30 10 * * *' },
    ]);
    clock.set(wib(12, 2, 7, 1));
    await s.runDue();
    // Only one scheme was ever answered: the flow asks both questions again, in two messages.
    const sent = await t.db
      .selectFrom('outbox')
      .select(['address', 'kind', 'not_before', 'text'])
      .orderBy('id')
      .execute();
    expect(sent.map((r) => [r.address, r.kind, r.not_before])).toEqual(
      ['chat0', 'chat0', 'chat1', 'chat1'].map((a) => [a, 'reminder', wib(12, 2, 7, 1).toISOString()]),
    );
    expect(sent[0]!.text).toMatch(/^Sudah beberapa bulan sejak saya tanya soal BPJS Anda/);
    expect(sent[1]!.text).toMatch(/BPJS Kesehatan/);
    expect(woken).toEqual(['telegram']);
    // The day's regular run finds them asked.
    clock.set(wib(12, 2, 10, 30));
    await s.runDue();
    expect(await t.db.selectFrom('outbox').select('id').execute()).toHaveLength(4);
  });

  it('two processes running it at once ask each worker once', async () => {
    const n = 200;
    await seedWorkers(t.db, n, wib(9, 1, 10).toISOString());
    for (let i = 0; i < n; i++)
      await appendProtectionStatus(
        t.db,
        `w${String(i).padStart(6, '0')}`,
        [
          { scheme: 'jkn', status: 'none' },
          { scheme: 'bpjs_tk', status: 'none' },
        ],
        'guide',
        wib(9, 1, 10).toISOString(),
      );
    const now = wib(12, 1, 10, 30).toISOString();
    const children = [0, 1].map(() => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'tests/reminders/status-rechecks.child.ts', t.url, now],
        { env: { ...process.env, LOG_LEVEL: 'silent' } },
      );
      let out = '';
      child.stdout!.on('data', (d) => (out += d));
      child.stderr!.on('data', (d) => (out += d));
      return { child, out: () => out };
    });
    const deadline = Date.now() + 20_000;
    while (!children.every((c) => c.out().includes('ready'))) {
      if (Date.now() > deadline) throw new Error(`children did not start: ${children.map((c) => c.out())}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    for (const c of children) c.child.stdin!.write('go\n');
    const codes = await Promise.all(
      children.map((c) => new Promise<number | null>((resolve) => c.child.on('close', resolve))),
    );
    expect(codes, children.map((c) => c.out()).join('\n')).toEqual([0, 0]);
    const asked = children.map((c) => Number(/asked (\d+)/.exec(c.out())![1]));
    expect(asked[0]! + asked[1]!).toBe(n);
    const rows = await t.db.selectFrom('outbox').select('address').where('kind', '=', 'reminder').execute();
    expect(rows).toHaveLength(n);
    expect(new Set(rows.map((r) => r.address)).size).toBe(n);
    expect(await t.db.selectFrom('status_rechecks').select('id').execute()).toHaveLength(n);
  }, 60_000);
});
