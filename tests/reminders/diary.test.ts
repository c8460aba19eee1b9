// Reminders against the real diary: they name her orders, and skip a worker who logged this week.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { findOrCreateEmployer, insertEntry } from '../../src/db/diary.ts';
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

// December 2026 (WIB).
const wib = (day: number, h: number, m = 0) => new Date(Date.UTC(2026, 11, day, h - 7, m));

it('names her open and unpaid orders, skips workers who logged this week, and BERHENTI stops it', async () => {
  // They joined the week before (Tuesday 1 December).
  const clock = fixedClock(wib(1, 10));
  const phones = Object.fromEntries(
    ['sri', 'ani', 'tini', 'rina'].map((u) => [u, new Phone(t.db, u, 'terminal', { clock })]),
  );
  for (const p of Object.values(phones)) await p.onboard();
  const ids = Object.fromEntries(
    (await t.db.selectFrom('channel_identities').select(['channel_user_id', 'worker_id']).execute()).map((r) => [
      r.channel_user_id,
      r.worker_id,
    ]),
  );

  // Sri's diary, written last week: sandals for Bu Yati all handed in and not paid; bags for Pak Budi under way.
  const at = clock.now().toISOString();
  const yati = await findOrCreateEmployer(t.db, ids.sri!, 'Bu Yati', at);
  const budi = await findOrCreateEmployer(t.db, ids.sri!, 'Pak Budi', at);
  const order = (employer_id: number, product: string, pieces: number) =>
    insertEntry(
      t.db,
      ids.sri!,
      'order',
      {
        employer_id,
        product,
        unit: 'pcs',
        quantity_count: pieces,
        quantity_pieces: pieces,
        rate_amount: 1000,
        rate_per: 'pcs',
        received_on: '2026-12-01',
        due_on: null,
        written_agreement: false,
        materials_from_employer: true,
      },
      at,
    );
  const sandals = await order(yati, 'sandal', 60);
  await order(budi, 'tas', 100);
  await insertEntry(
    t.db,
    ids.sri!,
    'handin',
    { order_id: sandals, handed_in_on: '2026-12-02', delivered_pieces: 60, rejected_pieces: 0 },
    at,
  );

  // Ani logs her hours on Thursday of this week, through the bot.
  clock.set(wib(10, 19));
  await phones.ani!.send('kerja 5 jam');
  await phones.ani!.send('0');
  expect(await phones.ani!.send('1')).toMatch(/Tersimpan: 5 jam/);
  // Rina says BERHENTI.
  await phones.rina!.send('BERHENTI');

  clock.set(wib(12, 16));
  expect(await runReminderSweep(createEngine(t.db), clock.now())).toEqual({ sent: 2, skipped: 1, answered: 0 });
  const texts = Object.fromEntries(
    (await t.db.selectFrom('outbox').select(['address', 'text']).where('kind', '=', 'reminder').execute()).map((r) => [
      r.address,
      r.text,
    ]),
  );
  expect(Object.keys(texts).sort()).toEqual(['sri', 'tini']);
  expect(texts.sri).toBe(
    [
      'Halo! Sudah catat pekerjaan minggu ini?',
      'Order sandal dari Bu Yati: sudah dibayar?\nOrder tas dari Pak Budi: sudah setor berapa?',
      'Ketik MENU untuk mencatat. PENGINGAT = ganti hari/jam, BERHENTI = stop pesan.',
    ].join('\n\n'),
  );
  expect(texts.tini).toMatch(/Catat order baru, setoran, bayaran, jam kerja atau biaya\./);
  const rows = await t.db
    .selectFrom('diary_reminders')
    .select(['worker_id', 'status', 'open_orders'])
    .orderBy('worker_id')
    .execute();
  expect(rows.map((r) => [r.worker_id, r.status, r.open_orders]).sort()).toEqual(
    [
      [ids.sri, 'sent', 2],
      [ids.ani, 'skipped_logged', 0],
      [ids.tini, 'sent', 0],
    ].sort(),
  );

  // Sri answers that evening: recorded at the next sweep, for researchers.
  clock.set(wib(12, 18, 30));
  await phones.sri!.engine.handle({
    channel: 'terminal',
    channelUserId: 'sri',
    externalId: 'answer-1',
    text: 'menu',
    receivedAt: clock.now(),
  });
  clock.set(wib(12, 19));
  expect((await runReminderSweep(createEngine(t.db), clock.now())).answered).toBe(1);
  const answered = await t.db
    .selectFrom('diary_reminders')
    .select('answered_at')
    .where('worker_id', '=', ids.sri!)
    .executeTakeFirstOrThrow();
  expect(answered.answered_at).toBe(wib(12, 18, 30).toISOString());
});
