// A week caught up on at night, each day written short at the head of its bubble ("sen:", "sel:", "rab:"), through
// the real engine on SQLite: each record goes on the day she wrote, not today. Friday 4 June 2027, 21:00 WIB.
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

describe('days cut to three letters, one a bubble', () => {
  it('an order on "sen:", hours on "sel:" and a hand-in on "rab:" keep their days', async () => {
    const d = await diaryAt(t, '2027-06-04T21:00:00+07:00');
    /** Each line, then "1" at a check screen, "0" when asked who helped. */
    const tell = async (line: string) => {
      let r = await d.say(line);
      if (/Simpan( semua)?\?/.test(r)) r = await d.say('1');
      if (/keluarga yang ikut bantu/.test(r)) r = await d.say('0');
      return r;
    };
    await tell('mau ngejar catatan minggu ini');
    await tell('sen: ambil tas anyaman 2 kodi dr bu sri 9rb sekodi');
    await tell('sel: nganyam 5 jam');
    await tell('rab: setor tas 1 kodi ke bu sri');
    expect(await d.rows('orders')).toMatchObject([{ received_on: '2027-05-31', quantity_pieces: 40 }]);
    expect(await d.rows('work_hours')).toMatchObject([{ worked_on: '2027-06-01', minutes: 300 }]);
    expect(await d.rows('handins')).toMatchObject([{ handed_in_on: '2027-06-02', delivered_pieces: 20 }]);
    expect(await d.open()).toBe(0);
  });
});
