// "Sudah daftar?" sent by the scheduler on the day it is due, answered through the BPJS flow.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { createEnrolmentIntent } from '../../src/db/enrolment.ts';
import { takeForAddress } from '../../src/db/outbox.ts';
import { sendDueFollowUps } from '../../src/reminders/enrolment-followups.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const wib = (day: number, h: number) => new Date(Date.UTC(2026, 11, day, h - 7));

it('asks on the due day when she is idle, her answer closes the intent, and a busy or stopped worker waits', async () => {
  const clock = fixedClock(wib(1, 9));
  const sri = new Phone(t.db, 'sri', 'terminal', { clock });
  const ani = new Phone(t.db, 'ani', 'terminal', { clock });
  const rina = new Phone(t.db, 'rina', 'terminal', { clock });
  for (const p of [sri, ani, rina]) await p.onboard();
  const id = async (u: string) =>
    (
      await t.db
        .selectFrom('channel_identities')
        .select('worker_id')
        .where('channel_user_id', '=', u)
        .executeTakeFirstOrThrow()
    ).worker_id;
  for (const u of ['sri', 'ani', 'rina'])
    await createEnrolmentIntent(t.db, await id(u), 'bpjs_tk', wib(8, 9).toISOString(), clock.now().toISOString());
  await rina.send('BERHENTI');

  clock.set(wib(7, 10));
  expect(await sendDueFollowUps(createEngine(t.db), clock.now())).toBe(0);
  clock.set(wib(8, 9));
  await ani.send('pengingat'); // Ani is in the middle of something.
  clock.set(wib(8, 10));
  expect(await sendDueFollowUps(createEngine(t.db), clock.now())).toBe(1);
  const [question] = await takeForAddress(t.db, 'terminal', 'sri', clock.now().toISOString());
  expect(question!.text).toMatch(/^Tanggal 01\/12\/2026 Anda bilang mau daftar .*Sudah daftar\?\n1 Sudah/s);
  expect(question!.kind).toBe('reminder');
  expect(await sri.send('1')).toMatch(/Selamat, Anda sudah terdaftar/);
  const intent = await t.db
    .selectFrom('enrolment_intents')
    .select(['outcome', 'closed_at'])
    .where('worker_id', '=', await id('sri'))
    .executeTakeFirstOrThrow();
  expect(intent.outcome).toBe('registered');
  // Asked once: the next run finds nothing new for her.
  expect(await sendDueFollowUps(createEngine(t.db), clock.now())).toBe(0);
  // Ani, idle by the next day, is asked then; Rina never while messages are stopped.
  clock.set(wib(9, 10));
  expect(await sendDueFollowUps(createEngine(t.db), clock.now())).toBe(1);
  const asked = await t.db.selectFrom('outbox').select('address').where('kind', '=', 'reminder').execute();
  expect(asked.map((r) => r.address).sort()).toEqual(['ani', 'sri']);
});
