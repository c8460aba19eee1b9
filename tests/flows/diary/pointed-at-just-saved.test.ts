// A figure put right just after saving, with words pointing at the record first: "yg barusan itu 45 biji ya bukan
// 40" (a pointing word after the one that says when). Through the real engine on SQLite, on Thursday 7 June 2029,
// 19:00 WIB, a minute between messages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryAt } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const diary = () => diaryAt(t, '2029-06-07T19:00:00+07:00');

describe('a figure put right on the record just saved, pointed at with "itu"', () => {
  it('"yg barusan itu 45 biji ya bukan 40" changes the order to 45 pieces', async () => {
    const { say, rows } = await diary();
    await say('bu sri kasih order dompet 40 biji, 5rb per biji', '1');
    expect(await say('eh yg barusan itu 45 biji ya bukan 40, sy salah itung')).toMatch(/40 biji → 45 biji/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 45 }]);
  });

  it('"eh sing mau kuwi 3 kodi dudu 2" changes an order of 2 kodi to 3', async () => {
    const { say, rows } = await diary();
    await say('oleh garapan peci 2 kodi teko pak darto, opahe 8 ewu sekodi', '1');
    expect(await say('eh sing mau kuwi 3 kodi dudu 2, aku kleru')).toMatch(/2 kodi \(40\) → 3 kodi \(60\)/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_count: 3, quantity_pieces: 60 }]);
  });
});
