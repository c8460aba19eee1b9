// An order taken before she was told the rate, through the real engine on a
// real database: kept without a rate, handed in, paid, in REKAP as waiting for
// its rate, then the rate said later, and everything worked out again from
// the stored rows (REKAP, her monthly sums, the research export).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildDiaryMonths } from '../../src/db/diary-months.ts';
import { exportRows } from '../../src/research/diary-export.ts';
import { pseudonymizer } from '../../src/research/pseudonym.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { diaryPhone } from '../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const pseudo = pseudonymizer('test-secret-0123456789abcdef');

async function months(t: TestDb) {
  return t.db.selectFrom('diary_months').selectAll().orderBy('worker_id').orderBy('month').execute();
}

describe('an order without a rate, through the engine', () => {
  it('is kept, handed in and paid; REKAP says what waits for a rate; the rate given later counts it all', async () => {
    const { say, rows } = await diaryPhone(t);
    const echo = await say('terima order 3 kodi sandal dari bu umi, upahnya belum dikasih tau');
    expect(echo).toMatch(/Upah: belum diketahui\n/);
    expect(echo).not.toMatch(/Berapa upahnya/);
    const saved = await say('1');
    expect(saved).toMatch(/CATATAN ORDER[\s\S]*Upah: belum diketahui\n/);
    expect(saved).not.toMatch(/Total:/);
    expect(await rows('orders')).toMatchObject([
      {
        product: 'sandal',
        quantity_pieces: 60,
        rate_amount: null,
        rate_per: null,
        rate_count: 1,
        rate_per_piece: null,
      },
    ]);

    await say('order 2 kodi peci 4rb sekodi dari bu yati', '1');
    // Hours for each order while she works on it.
    expect(await say('kerja 6 jam sandal sendiri')).toMatch(/Untuk order: Bu Umi: sandal/);
    await say('1');
    await say('kerja 4 jam peci sendiri', '1');
    expect(await say('setor 3 kodi sandal ke bu umi')).toMatch(/diterima 60 = belum diketahui/);
    expect(await say('1')).toMatch(/^Setoran tersimpan, nilainya belum diketahui\./);
    await say('setor 2 kodi peci ke bu yati', '1');
    expect(await say('dibayar bu umi 60rb', '1')).toMatch(
      /3 kodi sandal: upahnya belum diketahui, jadi sisanya belum bisa dihitung\./,
    );

    let rekap = await say('rekap');
    expect(rekap).toMatch(/Upah dari setoran: Rp8\.000\n3 kodi sandal Bu Umi: upah belum diketahui\n/);
    // Rp8.000 of peci over the 4 hours written for it; the 6 hours of sandals wait with them.
    expect(rekap).toMatch(
      /Hasil bersih per jam: Rp2\.000\n.*\nSetoran yang upahnya belum diketahui tidak dihitung di sini\./,
    );
    expect(rekap).toContain('Bu Umi: upah Rp0, dibayar Rp60.000; 3 kodi sandal: upah belum diketahui');
    expect(rekap).toContain('Bu Yati: upah Rp8.000, dibayar Rp0; belum dibayar Rp8.000');
    expect(rekap).not.toMatch(/dibayar di muka|lunas/);

    // Research: the rate is missing, not 0; the hand-in adds nothing to her weeks' sums yet.
    let exported = await exportRows(t.db, 'orders', pseudo);
    expect(exported.map((r) => [r.rate_amount_idr, r.rate_per, r.rate_count, r.rate_per_piece_idr])).toEqual([
      [null, null, null, null],
      [4000, 'kodi', 1, 200],
    ]);
    const waiting = await months(t);
    expect(waiting.map((m) => m.ledger).join(',')).toContain('2 0 20261128 0 0');

    // Told at last: Rp1.500 a pair.
    const check = await say('upahnya 1500 sepasang');
    expect(check).toMatch(/^Upah untuk Bu Umi: sandal \(28\/11\)\nDiubah menjadi:\n/);
    expect(check).toMatch(/Upah: belum diketahui → Rp1\.500\/pasang, total Rp90\.000/);
    expect(await say('1')).toMatch(/^Upah tersimpan\. Setoran yang sudah masuk \(3 kodi\) bernilai Rp90\.000\./);
    expect(await rows('orders')).toMatchObject([
      { rate_amount: 1500, rate_per: 'pasang', rate_count: 1, rate_per_piece: 1500 },
      { rate_amount: 4000 },
    ]);

    rekap = await say('rekap');
    expect(rekap).toContain('Upah dari setoran: Rp98.000\nBayaran diterima: Rp60.000');
    // (98.000) over all 10 hours now.
    expect(rekap).toContain('Hasil bersih per jam: Rp9.800');
    expect(rekap).toContain('Bu Umi: upah Rp90.000, dibayar Rp60.000; belum dibayar Rp30.000');
    expect(rekap).not.toMatch(/belum diketahui/);

    // Her months follow the stored rows: what working them out afresh gives.
    const after = await months(t);
    expect(after.map((m) => m.ledger).join(',')).toMatch(/2 \d+ 20261128 60 90000/);
    await rebuildDiaryMonths(t.db);
    expect(await months(t)).toEqual(after);
    exported = await exportRows(t.db, 'orders', pseudo);
    expect(exported.map((r) => r.rate_amount_idr)).toEqual([1500, 4000]);
  });

  it('"belum tau" to "Berapa upahnya?" keeps it; with two waiting, the rate said later asks which', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('order 3 kodi sandal bu umi')).toMatch(/Berapa upahnya\?/);
    expect(await say('belum tau')).toMatch(/Upah: belum diketahui/);
    await say('1');
    await say('ambil 30 tas dari pak hadi, ongkose durung dikandani', '1');
    expect((await rows('orders')).map((o) => o.rate_amount)).toEqual([null, null]);
    expect(await say('upahnya 25rb per kodi')).toBe(
      'Upah ini untuk order yang mana?\n1 Pak Hadi: tas (28/11)\n2 Bu Umi: sandal (28/11)\n0 Batal',
    );
    expect(await say('2')).toMatch(/Upah untuk Bu Umi: sandal[\s\S]*Rp25\.000\/kodi/);
    await say('1');
    expect((await rows('orders')).map((o) => o.rate_amount)).toEqual([25_000, null]);
    // The one left goes where it belongs without asking.
    expect(await say('rate tas 2rb per biji')).toMatch(/Upah untuk Pak Hadi: tas/);
    await say('1');
    expect((await rows('orders')).map((o) => [o.rate_amount, o.rate_per])).toEqual([
      [25_000, 'kodi'],
      [2000, 'pcs'],
    ]);
    const open = await t.db.selectFrom('conversations').select('flow').execute();
    expect(open).toEqual([]);
  });
});
