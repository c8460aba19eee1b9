// Things said beside a record that are not records, through the real engine on SQLite: a day to come named after
// saving ("upahnya blm, katanya besok senin"), a figure put off ("ntar aja, lupa notanya"), and something given that
// is no work handed in ("sama dikasih susu kotak buat anak2"). Friday 10 September 2027, 18:00 WIB.
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

const NOW = '2027-09-10T18:00:00+07:00';

describe('said beside a record', () => {
  it('"upahnya blm, katanya besok senin" after a hand-in and a kasbon opens no change of a record', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('pak darno ngasih keset 2 kodi upah 2rb sebiji', '1');
    await say('setor ke pak darno 2 kodi', '1');
    // (The kasbon told without his name: from him, as the hand-in just before.)
    await say('aku kasbon 75rb buat bayar sekolah', '1');
    const r = await say('upahnya blm, katanya besok senin');
    expect(r).not.toMatch(/Pilih nomor untuk ubah|Ganti tanggal|tanggal/i);
    expect(live(await rows('payments'))).toMatchObject([{ amount: 75000, paid_on: '2027-09-10' }]);
  });

  it('"ntar aja, lupa notanya" to the sum of a cost puts it off: no question left open', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    expect(await say('mau catet beli resleting')).toMatch(/Berapa biayanya/);
    const r = await say('ntar aja ya lupa brp notanya');
    expect(r).not.toMatch(/Berapa biayanya|kalau sudah ingat/);
    // What she says next is read afresh, not as the sum.
    expect(await say('dibayar pak darno 90rb')).toMatch(/Rp90\.000/);
    await say('1');
    expect(live(await rows('costs'))).toEqual([]);
    expect(live(await rows('payments'))).toMatchObject([{ amount: 90000 }]);
  });

  it('"sama dikasih susu kotak buat anak2" after a pay asks no order of it', async () => {
    const { say } = await diaryAt(t, NOW);
    await say('pak darno bayar 120rb', '1');
    const r = await say('sama ngasih susu kotak buat anak2');
    expect(r).not.toMatch(/Berapa banyak|Berapa upahnya|belum tercatat, jadi saya catat/);
  });
});
