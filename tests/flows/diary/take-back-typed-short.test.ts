// Taking back a figure with the word typed short ("slh", "salh", "rlt", "mksdnya") at the check screen, through
// the real engine on SQLite: read as "salah", "ralat", "maksudnya", the count changes. Monday 13 September 2027,
// 21:00 WIB.
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

const NOW = '2027-09-13T21:00:00+07:00';

describe('a take-back word typed short at the check screen', () => {
  it('"eh slh 3 lusin" changes the count of the order on the screen', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    expect(await say('bu narti ngasih peci 2 lusin upah 3rb sebiji')).toMatch(/2 lusin/);
    expect(await say('eh slh 3 lusin')).toMatch(/3 lusin/);
    await say('iya');
    expect(live(await rows('orders'))).toMatchObject([{ quantity_pieces: 36 }]);
  });

  it('"rlt 3 lusin", "salh 3 lusin" and "mksdnya 3 lusin" each change the count', async () => {
    for (const said of ['rlt 3 lusin', 'salh 3 lusin', 'mksdnya 3 lusin']) {
      const { say, rows } = await diaryAt(t, NOW);
      await say('bu narti ngasih peci 2 lusin upah 3rb sebiji');
      expect(await say(said)).toMatch(/3 lusin/);
      await say('1');
      expect(live(await rows('orders')).at(-1)).toMatchObject({ quantity_pieces: 36 });
    }
  });
});
