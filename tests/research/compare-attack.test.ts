// BANDINGKAN against throw-away accounts: four accounts reporting chosen rates
// (two very low, two very high) around one real worker once made the "median of
// 5 others" exactly her rate. Only genuine contributors count now, and figures
// are coarse bands.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { bandOf, genuineContributors, MIN_ENTRIES, MIN_WEEKS } from '../../src/research/compare.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { NOW } from '../helpers/diary.ts';
import { addCost, addHandin, addOrder, addWorker } from '../helpers/research.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

async function identity(worker: string, channel: string) {
  const at = '2026-10-01T01:00:00.000Z';
  await t.db
    .insertInto('channel_identities')
    .values({
      worker_id: worker,
      channel,
      channel_user_id: `${channel}-${worker}`,
      alt_user_id: null,
      unreachable: 0,
      created_at: at,
      last_seen_at: at,
    })
    .execute();
}

/** A worker in Pare making sandals who has kept her diary on `channel` for October's weeks and November. */
async function realWorker(id: string, rate: number, channel = 'telegram') {
  await addWorker(t.db, id, { joined: '2026-10-01T01:00:00.000Z' });
  await identity(id, channel);
  for (const day of ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26']) await addCost(t.db, id, day, 500);
  const order = await addOrder(t.db, id, { employer: 'Bu Yati', rate, pieces: 100, day: '2026-11-16' });
  await addHandin(t.db, id, order, '2026-11-20', 100);
}

/** A throw-away Telegram account that joins today and reports one order at `rate`. */
async function throwAway(user: string, rate: number) {
  const p = new Phone(t.db, user, 'telegram', { clock: fixedClock(NOW) });
  await p.onboard();
  await p.send(`order 2 kodi sandal ${rate}/biji dari bu ani`);
  for (
    let i = 0;
    i < 4 &&
    !(await t.db
      .selectFrom('orders as o')
      .innerJoin('channel_identities as ci', 'ci.worker_id', 'o.worker_id')
      .select('o.id')
      .where('ci.channel_user_id', '=', user)
      .executeTakeFirst());
    i++
  )
    await p.send('1');
  return p;
}

it('four throw-away accounts with chosen rates no longer reveal her rate', async () => {
  await realWorker('her', 1730);
  const fakes = [];
  for (const [i, rate] of [100, 200, 9000, 9500].entries()) fakes.push(await throwAway(`62800000000${i}`, rate));
  // Every throw-away account did report its order: the attack is in place.
  expect(await t.db.selectFrom('orders').select('id').execute()).toHaveLength(5);
  const asker = await throwAway('628000000009', 150);
  const reply = await asker.send('BANDINGKAN');
  expect(reply).not.toContain('Rp1.730');
  expect(reply).not.toMatch(/Rp1\.[57]00–/);
  expect(reply).toMatch(/Belum cukup data untuk sandal/);
});

it('K genuine contributors give a coarse band, never the exact median; throw-aways do not move it', async () => {
  for (const [i, rate] of [1500, 1650, 1730, 1800, 1900].entries()) await realWorker(`r${i}`, rate);
  for (const [i, rate] of [100, 200, 9000, 9500].entries()) await throwAway(`62811111111${i}`, rate);
  const asker = await throwAway('628111111119', 150);
  const reply = await asker.send('BANDINGKAN');
  expect(reply).toContain('5 pekerja lain');
  // Median 1730 lies in the band of Rp500 from Rp1.500.
  expect(reply).toContain('Per biji (tengah-tengah): sekitar Rp1.500–Rp2.000');
  expect(reply).not.toContain('Rp1.730');
});

it('a genuine contributor needs a real channel, several weeks and several entries', async () => {
  await realWorker('tg', 1000);
  await realWorker('wa', 1000, 'whatsapp');
  await realWorker('term', 1000, 'terminal');
  await realWorker('web', 1000, 'web');
  // A Telegram account that also chatted on the simulator is not counted either.
  await realWorker('both', 1000);
  await identity('both', 'web');
  // Many entries, all in one week: a throw-away that back-dates her entries still has one week of them.
  await addWorker(t.db, 'burst');
  await identity('burst', 'telegram');
  for (const day of ['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29', '2026-10-06'])
    await t.db
      .insertInto('costs')
      .values({
        worker_id: 'burst',
        category: 'listrik',
        amount: 500,
        spent_on: day,
        created_at: '2026-11-27T03:00:00.000Z',
        updated_at: '2026-11-27T03:00:00.000Z',
        voided_at: null,
      })
      .execute();
  // Enough weeks but too few entries.
  await addWorker(t.db, 'few');
  await identity('few', 'telegram');
  for (const day of ['2026-10-05', '2026-10-12', '2026-10-19']) await addCost(t.db, 'few', day, 500);
  expect(MIN_WEEKS).toBeGreaterThanOrEqual(3);
  expect(MIN_ENTRIES).toBeGreaterThan(3);
  const got = await genuineContributors(t.db, ['tg', 'wa', 'term', 'web', 'both', 'burst', 'few'], new Date(NOW));
  expect([...got].sort()).toEqual(['tg', 'wa']);
});

it('bands are one coarse step wide and hold the value', () => {
  expect(bandOf(1730)).toEqual({ low: 1500, high: 2000 });
  expect(bandOf(400)).toEqual({ low: 400, high: 450 });
  expect(bandOf(14)).toEqual({ low: 14, high: 16 });
  expect(bandOf(8000)).toEqual({ low: 8000, high: 9000 });
  expect(bandOf(8250)).toEqual({ low: 8000, high: 10000 });
  expect(bandOf(null)).toBeNull();
  for (const v of [3, 77, 123, 999, 4321, 56789])
    expect(bandOf(v)!.low <= v && v < bandOf(v)!.high && bandOf(v)!.high - bandOf(v)!.low >= v / 8).toBe(true);
});
