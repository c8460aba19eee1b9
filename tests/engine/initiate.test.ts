// Conversations the bot starts (engine.initiate): the flow's start run like a
// turn, her conversation stored and the replies queued in one transaction, on
// the channel that reaches her, never to a worker who stopped messages nor over
// a conversation she is in the middle of. The reminders go through it.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { createEnrolmentIntent } from '../../src/db/enrolment.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { bpjsFlow } from '../../src/flows/bpjs/index.ts';
import type { OpenIntent } from '../../src/flows/bpjs/model.ts';
import type { Flow } from '../../src/flows/types.ts';
import { sendDueFollowUps } from '../../src/reminders/enrolment-followups.ts';
import { runReminderSweep } from '../../src/reminders/sweep.ts';
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
const HOUR = 3600_000;

async function workerId(user: string): Promise<string> {
  const row = await t.db
    .selectFrom('channel_identities')
    .select('worker_id')
    .where('channel_user_id', '=', user)
    .executeTakeFirstOrThrow();
  return row.worker_id;
}

const conversation = (id: string) =>
  t.db
    .selectFrom('conversations')
    .select(['flow', 'step', 'updated_at'])
    .where('worker_id', '=', id)
    .executeTakeFirst();

const reminders = () =>
  t.db
    .selectFrom('outbox')
    .select(['address', 'channel', 'kind', 'text', 'not_before'])
    .where('kind', '=', 'reminder')
    .execute();

/** The BPJS flow asking "Sudah daftar?" about this intent, as the follow-up job starts it. */
function askFollowUp(engine: Engine, id: string, intent: OpenIntent, now: Date) {
  return engine.initiate(
    id,
    bpjsFlow,
    { after: 'main' },
    { now, facts: { bpjsOverview: { latest: null, openIntents: [intent] } } },
  );
}

const intentOf = (id: number, at: Date): OpenIntent => ({
  id,
  program: 'bpjs_tk',
  createdAt: at.toISOString(),
  followUpDue: at.toISOString(),
});

it('a due follow-up goes through initiate: her conversation stored, one outbox row to her, and her answer read by the flow', async () => {
  const clock = fixedClock(wib(1, 9));
  const sri = new Phone(t.db, 'sri', 'terminal', { clock });
  await sri.onboard();
  const id = await workerId('sri');
  await createEnrolmentIntent(t.db, id, 'bpjs_tk', wib(8, 9).toISOString(), clock.now().toISOString());
  clock.set(wib(8, 10));
  const woken: string[] = [];
  expect(await sendDueFollowUps(createEngine(t.db, { clock }), clock.now(), (c) => woken.push(c))).toBe(1);
  expect(woken).toEqual(['terminal']);
  expect(await conversation(id)).toEqual({ flow: 'bpjs', step: 'followUp', updated_at: wib(8, 10).toISOString() });
  const rows = await reminders();
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ address: 'sri', channel: 'terminal' });
  expect(rows[0]!.text).toMatch(/Sudah daftar\?/);
  expect(await sri.send('1')).toMatch(/Selamat, Anda sudah terdaftar/);
});

it('sends nothing to a worker who stopped messages, and writes nothing', async () => {
  const clock = fixedClock(wib(1, 9));
  const ani = new Phone(t.db, 'ani', 'terminal', { clock });
  await ani.onboard();
  await ani.send('BERHENTI');
  const id = await workerId('ani');
  const before = await conversation(id);
  clock.set(wib(8, 10));
  const engine = createEngine(t.db, { clock });
  expect(await askFollowUp(engine, id, intentOf(1, wib(1, 9)), clock.now())).toBeNull();
  expect(await reminders()).toEqual([]);
  expect(await conversation(id)).toEqual(before);
});

it('does not replace a conversation she is in the middle of; one left for 12 hours is replaced', async () => {
  const clock = fixedClock(wib(1, 9));
  const rina = new Phone(t.db, 'rina', 'terminal', { clock });
  await rina.onboard();
  const id = await workerId('rina');
  await rina.send('pengingat');
  const busy = await conversation(id);
  expect(busy).toMatchObject({ flow: 'reminder', step: 'menu' });
  const engine = createEngine(t.db, { clock });
  clock.set(new Date(wib(1, 9).getTime() + 11 * HOUR));
  expect(await askFollowUp(engine, id, intentOf(1, wib(1, 9)), clock.now())).toBeNull();
  expect(await conversation(id)).toEqual(busy);
  expect(await reminders()).toEqual([]);
  clock.set(new Date(wib(1, 9).getTime() + 13 * HOUR));
  const sent = await askFollowUp(engine, id, intentOf(1, wib(1, 9)), clock.now());
  expect(sent).toMatchObject({ workerId: id, channel: 'terminal', state: { flow: 'bpjs', step: 'followUp' } });
  expect(sent!.outboxIds).toHaveLength(1);
  expect(await conversation(id)).toMatchObject({ flow: 'bpjs', step: 'followUp' });
});

it('a start that keeps no conversation is sent even mid-conversation and leaves hers; quiet hours hold it; senders are woken', async () => {
  const note: Flow = {
    name: 'note-test',
    start: (ctx) => ({ state: null, replies: [{ text: ctx.t('reminderIntro') }], effects: [] }),
    step: () => ({ state: null, replies: [], effects: [] }),
  };
  const clock = fixedClock(wib(1, 21));
  const dewi = new Phone(t.db, 'dewi', 'terminal', { clock });
  await dewi.onboard();
  const id = await workerId('dewi');
  await dewi.send('pengingat');
  const busy = await conversation(id);
  const engine = createEngine(t.db, { clock });
  const woken: string[] = [];
  engine.events.on('outbox', (c: string) => woken.push(c));
  const sent = await engine.initiate(id, note, undefined, { quietHours: '20:00-07:00' });
  expect(sent).toMatchObject({ channel: 'terminal', state: null });
  expect(woken).toEqual(['terminal']);
  expect(await conversation(id)).toEqual(busy);
  const [row] = await reminders();
  // Queued at 21:00 WIB, it waits for the end of quiet hours (07:00 WIB the next day).
  expect(row!.not_before).toBe(wib(2, 7).toISOString());
  // A start with nothing to say sends nothing.
  const silent: Flow = { ...note, start: () => ({ state: null, replies: [], effects: [] }) };
  expect(await engine.initiate(id, silent)).toBeNull();
  expect(await reminders()).toHaveLength(1);
});

it('the weekly diary reminder goes through initiate: one row to her, her conversation left as it was, nothing after BERHENTI', async () => {
  const clock = fixedClock(wib(1, 9));
  const dewi = new Phone(t.db, 'dewi', 'terminal', { clock });
  const rina = new Phone(t.db, 'rina', 'terminal', { clock });
  for (const p of [dewi, rina]) await p.onboard();
  await rina.send('BERHENTI');
  // Saturday 5 December, 16:00 WIB (the default day and hour); Dewi is in the PENGINGAT menu.
  clock.set(wib(5, 16));
  await dewi.send('pengingat');
  const id = await workerId('dewi');
  const busy = await conversation(id);
  expect(busy).toMatchObject({ flow: 'reminder', step: 'menu' });
  const woken: string[] = [];
  const swept = await runReminderSweep(createEngine(t.db, { clock }), clock.now(), {
    notifyOutbox: (c) => woken.push(c),
  });
  expect(swept).toEqual({ sent: 1, skipped: 0, answered: 0 });
  expect(woken).toEqual(['terminal']);
  expect(await conversation(id)).toEqual(busy);
  const rows = await reminders();
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ address: 'dewi', channel: 'terminal' });
  expect(rows[0]!.text).toMatch(/^Halo! Sudah catat pekerjaan minggu ini\?/);
  const recorded = await t.db.selectFrom('diary_reminders').select(['worker_id', 'outbox_id']).execute();
  const [outbox] = await t.db.selectFrom('outbox').select('id').where('kind', '=', 'reminder').execute();
  expect(recorded).toEqual([{ worker_id: id, outbox_id: outbox!.id }]);
});
