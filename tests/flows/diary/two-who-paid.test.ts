// Two who paid her, named together in one bubble, their sums in the same bubble or the next: each a pay of its own,
// on the day she said, and no question left open. Through the real engine on SQLite, on Wednesday 17 March 2027
// 19:00 WIB, asserted on what is stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryAt, live } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const NOW = '2027-03-17T12:00:00Z';
const pays = async (rows: (table: 'payments') => Promise<Record<string, unknown>[]>) =>
  live(await rows('payments')).map((p) => ({ amount: p.amount, day: p.paid_on }));

describe('two who paid, named together', () => {
  it('"dibayar bu sri karo pak kasim", then both sums by name: two pays, nothing left open', async () => {
    const d = await diaryAt(t, NOW);
    await d.say('bu sri 10rb', '1', 'pak kasim 10rb', '1');
    expect(await d.say('wingi dibayar bu sri karo pak kasim')).toMatch(/Berapa uang/);
    expect(await d.say('bu sri 70 ewu, pak kasim 55 ewu')).toMatch(/Rp70\.000[\s\S]*Rp55\.000/);
    await d.say('1');
    expect((await pays(d.rows)).slice(2)).toEqual([
      { amount: 70000, day: '2027-03-16' },
      { amount: 55000, day: '2027-03-16' },
    ]);
    expect(await d.open()).toBe(0);
  });

  it('"dibayar bu sri sm pak kasim, bu sri 60rb" then "pak kasim 40rb": both on the day she said', async () => {
    const d = await diaryAt(t, NOW);
    await d.say('bu sri 10rb', '1', 'pak kasim 10rb', '1');
    await d.say('kmrn sore dibayar bu sri sm pak kasim, bu sri 60rb');
    await d.say('pak kasim 40rb');
    await d.say('1');
    expect((await pays(d.rows)).slice(2)).toEqual([
      { amount: 60000, day: '2027-03-16' },
      { amount: 40000, day: '2027-03-16' },
    ]);
    expect(await d.open()).toBe(0);
  });
});
