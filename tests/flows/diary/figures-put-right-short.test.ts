// A figure written as money ("eh 11rb", "salah, 1 ribu") typed at an order's check screen puts the rate right, never
// the count; "eh ora, limang kodi" just after saving is the count she meant. Through the real engine on SQLite.
// Tuesday 10 July 2029, 19:00 WIB, a minute between messages.
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

const diary = () => diaryAt(t, '2029-07-10T19:00:00+07:00');

describe('money typed at an order check screen', () => {
  it('"eh 11rb" after a rate of 9rb per biji changes the rate, not the count', async () => {
    const { say, rows } = await diary();
    await say('ada garapan manik dr bu sari 3 kodi upah 9rb per biji');
    expect(await say('eh 11rb')).toMatch(/Jumlah: 3 kodi \(60\)[\s\S]*Upah: Rp11\.000\/biji/);
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([{ quantity_pieces: 60, rate_amount: 11000 }]);
  });

  it('"salah, 1 ribu" after 800 a pair changes the rate', async () => {
    const { say, rows } = await diary();
    await say('ambil sandal 50 pasang dr pak hadi upahnya 800 per pasang');
    expect(await say('salah, 1 ribu')).toMatch(/Upah: Rp1\.000\/pasang/);
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([{ quantity_pieces: 50, rate_amount: 1000 }]);
  });

  it('"eh 55 pasang" after 50 pasang still changes the count', async () => {
    const { say, rows } = await diary();
    await say('ambil sandal 50 pasang dr pak hadi upahnya 800 per pasang');
    expect(await say('eh 55 pasang')).toMatch(/Jumlah: 55 pasang/);
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([{ quantity_pieces: 55, rate_amount: 800 }]);
  });
});

describe('"no" and the figure meant, just after saving', () => {
  it('"eh ora, limang kodi" after a hand-in of 3 kodi puts the count right', async () => {
    const { say, rows } = await diary();
    await say('ambil keset 10 kodi dr bu narti upah 20rb sekodi', '1');
    await say('setor keset 3 kodi ke bu narti', '1');
    expect(await say('eh ora, limang kodi')).toMatch(/Diserahkan: 60 → 100/);
    await say('1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 100 }]);
  });

  it('"eh gak, 45" after a hand-in of 40 puts the count right', async () => {
    const { say, rows } = await diary();
    await say('ambil keset 10 kodi dr bu narti upah 20rb sekodi', '1');
    await say('setor keset 40 ke bu narti', '1');
    expect(await say('eh gak, 45')).toMatch(/Diserahkan: 40 → 45/);
    await say('1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 45 }]);
  });
});
