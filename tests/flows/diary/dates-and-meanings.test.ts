// Days said by their dates or by last week's weekday, a correction pointed at one day, a meaning asked in the
// middle of an order, and a record deleted just after saving it. Through the real engine on SQLite, on Saturday
// 28 November 2026 (this week's Monday is 23/11, last week's 16/11), asserted on what is stored and shown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { glossary } from '../../../src/content/glossary.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryPhone } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const live = (rows: Record<string, unknown>[]) => rows.filter((r) => r.voided_at === null);
const daysAndMinutes = (rows: Record<string, unknown>[]) => live(rows).map((r) => [r.worked_on, r.minutes]);

describe('hours on days said by their dates', () => {
  it('"tgl 3 sampai tgl 7 kemarin saya jahit tiap hari 4 jam" is five days of 4 hours, 3 to 7 November', async () => {
    const { say, rows } = await diaryPhone(t);
    const check = await say('tgl 3 sampai tgl 7 kemarin saya jahit tiap hari 4 jam');
    expect(check).toMatch(/Cek dulu, 5 catatan:/);
    expect(check).toMatch(/Hari: 03\/11[\s\S]*Hari: 04\/11[\s\S]*Hari: 05\/11[\s\S]*Hari: 06\/11[\s\S]*Hari: 07\/11/);
    await say('0');
    expect(await say('1')).toMatch(/5 catatan tersimpan/);
    expect(daysAndMinutes(await rows('work_hours'))).toEqual([
      ['2026-11-03', 240],
      ['2026-11-04', 240],
      ['2026-11-05', 240],
      ['2026-11-06', 240],
      ['2026-11-07', 240],
    ]);
  });

  it('"tgl 9 sama tgl 10 cuma 2 jam" is two days of 2 hours', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('tgl 9 sama tgl 10 cuma 2 jam', '0', '1');
    expect(daysAndMinutes(await rows('work_hours'))).toEqual([
      ['2026-11-09', 120],
      ['2026-11-10', 120],
    ]);
  });

  it('"minggu kemarin senin 6 jam" is Monday 16 November, not this week\'s Monday', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('minggu kemarin senin 6 jam')).toMatch(
      /Cek dulu, jam kerja:\nHari: 16\/11[\s\S]*Jam kerja: 6 jam/,
    );
    await say('0', '1');
    expect(daysAndMinutes(await rows('work_hours'))).toEqual([['2026-11-16', 360]]);
  });
});

describe('a correction pointed at one day', () => {
  it('"eh maaf yg rabu itu salah, harusnya 5 jam" after Wednesday and Thursday changes Wednesday only', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    expect(await say('rabu kerja 4 jam sendiri')).toMatch(/Hari: 25\/11/);
    await say('1');
    clock.advance(60_000);
    expect(await say('kamis kerja 6 jam sendiri')).toMatch(/Hari: 26\/11/);
    await say('1');
    clock.advance(60_000);
    // Thursday's is the latest record; the change goes to Wednesday's because she points at it.
    expect(await say('eh maaf yg rabu itu salah, harusnya 5 jam')).toMatch(/Jam kerja: 4 jam → 5 jam/);
    expect(await say('1')).toMatch(/Sudah diubah/);
    expect(daysAndMinutes(await rows('work_hours'))).toEqual([
      ['2026-11-25', 300],
      ['2026-11-26', 360],
    ]);
  });
});

describe('a correction of another day typed at a check screen', () => {
  it('"eh yg rabu itu salah, harusnya 5 jam" under Thursday\'s hours changes Wednesday, then Thursday\'s screen again', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('rabu kerja 4 jam sendiri', '1');
    clock.advance(60_000);
    expect(await say('kamis kerja 6 jam sendiri')).toMatch(/Cek dulu, jam kerja:\nHari: 26\/11/);
    // The open record is Thursday's; she points at Wednesday's, which is named above its change.
    const fix = await say('eh yg rabu itu salah, harusnya 5 jam');
    expect(fix).toMatch(/Jam kerja 25\/11[^\n]*\nDiubah menjadi:\nJam kerja: 4 jam → 5 jam/);
    const back = await say('1');
    expect(back).toMatch(/Sudah diubah/);
    expect(back).toMatch(/Cek dulu, jam kerja:\nHari: 26\/11[\s\S]*Jam kerja: 6 jam/);
    expect(await say('1')).toMatch(/Tersimpan: 6 jam/);
    expect(daysAndMinutes(await rows('work_hours'))).toEqual([
      ['2026-11-25', 300],
      ['2026-11-26', 360],
    ]);
  });

  it('"eh salah, kemarin" at the same screen is still the open record\'s own day', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('rabu kerja 4 jam sendiri', '1');
    await say('hari ini kerja 6 jam sendiri');
    expect(await say('eh salah, kemarin')).toMatch(/Hari: kemarin, 27\/11/);
    await say('1');
    expect(daysAndMinutes(await rows('work_hours'))).toEqual([
      ['2026-11-25', 240],
      ['2026-11-27', 360],
    ]);
  });
});

describe('a meaning asked in the middle of an order', () => {
  it('"kasbon ki opo to mbak?" at "Berapa upahnya?": the meaning, the question again, and the order finished', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 5 kodi sandal dr bu yati')).toMatch(/^Berapa upahnya\?/);
    const kasbon = glossary().find((x) => x.words.includes('kasbon'))!;
    const meaning = await say('kasbon ki opo to mbak?');
    expect(meaning.startsWith(kasbon.id)).toBe(true);
    expect(meaning).toMatch(/Berapa upahnya\?/);
    expect(await rows('payments')).toHaveLength(0);
    expect(await say('20rb sekodi')).toMatch(
      /Cek dulu, order baru:[\s\S]*Jumlah: 5 kodi \(100\)[\s\S]*Rp20\.000\/kodi/,
    );
    expect(await say('1')).toMatch(/Order tersimpan/);
    expect(await rows('orders')).toMatchObject([
      { product: 'sandal', quantity_pieces: 100, rate_amount: 20000, rate_per: 'kodi', voided_at: null },
    ]);
    expect(await rows('payments')).toHaveLength(0);
  });

  it('"sekodi berapa biji?" at the check screen: the size, the check again, and a yes saves it', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dr bu yati 20rb sekodi');
    const r = await say('sekodi berapa biji?');
    expect(r).toMatch(/^1 kodi = 20 biji\.\n/);
    expect(r).toMatch(/Cek dulu, order baru:/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 100 }]);
  });

  it('with nothing open, "apa itu kodi" is answered and nothing is recorded', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('apa itu kodi')).toBe('1 kodi = 20 biji.');
    expect(await rows('orders')).toHaveLength(0);
  });
});

describe('deleting what was just saved', () => {
  it('"busak wae sing mau" a minute after saving a pay voids it without a further question', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('dibayar bu yati 50rb', '1');
    expect(live(await rows('payments'))).toHaveLength(1);
    clock.advance(60_000);
    const r = await say('busak wae sing mau');
    expect(r).toMatch(/dibatalkan:\nBayaran 28\/11 Bu Yati: Rp50\.000/);
    expect(r).not.toMatch(/Hapus catatan ini\?|1 Ya, hapus/);
    const pays = await rows('payments');
    expect(pays).toHaveLength(1);
    expect(pays[0]!.voided_at).not.toBeNull();
    // Nothing is left waiting for an answer: a 1 now opens no deletion and saves nothing.
    await say('1');
    expect(await rows('payments')).toHaveLength(1);
  });

  it('two hours after saving, the same words ask first', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('dibayar bu yati 50rb', '1');
    clock.advance(2 * 3600_000);
    expect(await say('busak wae sing mau')).toMatch(/Hapus catatan ini\?\nBayaran 28\/11 Bu Yati: Rp50\.000/);
    expect(live(await rows('payments'))).toHaveLength(1);
    await say('1');
    expect(live(await rows('payments'))).toHaveLength(0);
  });
});
