// Workers of the web chat simulator (open to anyone who loads the page) never
// count in research data, so fake ones cannot fill a cell and reveal a real rate.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { exportRows } from '../../src/research/diary-export.ts';
import { researchWorkers } from '../../src/research/ledgers.ts';
import { pseudonymizer } from '../../src/research/pseudonym.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { NOW } from '../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

async function worker(user: string, channel: 'telegram' | 'web', rate: number) {
  const p = new Phone(t.db, user, channel, { clock: fixedClock(NOW) });
  await p.onboard();
  await p.send(`order 2 kodi sandal ${rate}/biji dari bu ani`);
  for (
    let i = 0;
    i < 4 && !(await t.db.selectFrom('orders').select('id').where('rate_per_piece', '=', rate).executeTakeFirst());
    i++
  )
    await p.send('1');
  return p;
}

it('web chat workers are left out of research data and of BANDINGKAN', async () => {
  await worker('1001', 'telegram', 1730);
  for (const [i, rate] of [100, 200, 9000, 9500].entries()) await worker(`fake-${i}`, 'web', rate);
  expect(await t.db.selectFrom('orders').select('id').execute()).toHaveLength(5);

  const research = await researchWorkers(t.db);
  expect(research).toHaveLength(1);
  const rows = await exportRows(t.db, 'orders', pseudonymizer('test-secret-0123456789abcdef'));
  expect(rows.map((r) => r.rate_per_piece_idr)).toEqual([1730]);

  const asker = new Phone(t.db, 'fake-asker', 'web', { clock: fixedClock(NOW) });
  await asker.onboard();
  const reply = await asker.send('BANDINGKAN');
  expect(reply).not.toContain('Rp1.730');
  expect(reply).toMatch(/belum cukup/i);
});
