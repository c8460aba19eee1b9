// "sekalian" ("while I was there") after a record just saved: what she took or was given is from the one she has
// just saved a record with, when she names no one. Through the real engine on SQLite, on Tuesday 9 November 2027,
// 10:00 WIB, a minute between messages.
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

const diary = () => diaryAt(t, '2027-11-09T10:00:00+07:00');

describe('"sekalian" after a record just saved', () => {
  it('an advance from Bu Sumi, then "sekalian ambil kerudung 3 lusin, 4rb selusin": her order', async () => {
    const { say, rows, open, employerId } = await diary();
    await say('ambil 2 kodi sandal dr pak darno 5rb sekodi', '1');
    expect(await say('kasbon ke bu sumi 200rb buat bayar listrik', '1')).toMatch(/Tersimpan/);
    expect(await say('sekalian ambil kerudung 3 lusin, 4rb selusin')).toMatch(/Dari: Bu Sumi/);
    await say('1');
    const sumi = await employerId('Bu Sumi');
    expect(live(await rows('orders')).at(-1)).toMatchObject({
      employer_id: sumi,
      product: 'kerudung',
      quantity_pieces: 36,
    });
    expect(await open()).toBe(0);
  });

  it('long after the last record, "sekalian ambil ..." still asks whom from', async () => {
    const { say, clock } = await diary();
    await say('ambil 2 kodi sandal dr pak darno 5rb sekodi', '1');
    await say('kasbon ke bu sumi 200rb', '1');
    clock.advance(2 * 3600_000);
    expect(await say('sekalian ambil kerudung 3 lusin, 4rb selusin')).toMatch(/Dari siapa/);
  });
});
