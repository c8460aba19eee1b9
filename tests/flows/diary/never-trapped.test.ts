// The dead ends of the dialogue issue, through the real engine on SQLite: a question
// that does not get its answer never swallows what comes next, a check screen left
// open never drops a new entry, and several facts in one message are one check screen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryPhone } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

describe('a question without its answer does not swallow what comes next', () => {
  it('asked for the rate, she hands in, is paid, works, asks REKAP: each is done, the order kept and offered back', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('order 3 kodi sandal dari bu yati')).toMatch(/Berapa upahnya/);
    // A hand-in while the order is not saved yet: there is no order to hand in to, and she is told so.
    const setor = await say('setor 40 pasang');
    expect(setor).not.toMatch(/Upahnya belum saya pahami/);
    expect(setor).toMatch(/Order dari Bu Yati belum selesai:\n1 Lanjutkan\n2 Buang/);
    expect(await say('1')).toMatch(/Berapa upahnya/);
    // Paid: a payment of its own, then the order offered back.
    // No employer saved yet: the one she named in the bubbles before is taken, shown on the check screen.
    const paid = await say('dibayar 76rb');
    expect(paid).toContain('Cek dulu, bayaran:');
    expect(paid).toMatch(/Dari: Bu Yati/);
    expect(paid).toContain('Jumlah: Rp76.000');
    const savedPay = await say('1');
    expect(savedPay).toMatch(/Tersimpan/);
    expect(savedPay).toMatch(/Order dari Bu Yati belum selesai/);
    expect(await rows('payments')).toMatchObject([{ amount: 76000, kind: 'pay' }]);
    // Hours, then REKAP, while the order still waits.
    expect(await say('1')).toMatch(/Berapa upahnya/);
    expect(await say('kerja 6 jam')).toMatch(/Dibantu keluarga: belum disebut/);
    expect(await say('0', '1')).toMatch(/Tersimpan: 6 jam[\s\S]*Order dari Bu Yati belum selesai/);
    expect(await rows('work_hours')).toMatchObject([{ minutes: 360, helpers: 0 }]);
    expect(await say('1')).toMatch(/Berapa upahnya/);
    const rekap = await say('rekap');
    expect(rekap).toMatch(/minggu ini/i);
    expect(rekap).toMatch(/Order dari Bu Yati belum selesai/);
    // Back to the order: finished and saved as she meant it.
    expect(await say('1')).toMatch(/Berapa upahnya/);
    expect(await say('2rb/pasang')).toMatch(/Cek dulu, order baru/);
    expect(await say('1')).toMatch(/Order tersimpan/);
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 60, rate_amount: 2000, rate_per: 'pasang' }]);
  });

  it('"sek lupa brp": she is waited for once, the question kept; the figure she finds answers it', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('kemarin beli benang');
    expect(await say('sek lupa brp')).toMatch(/^Baik, saya tunggu\.[^?]*$/);
    expect(await say('oh 12.500')).toMatch(/Jumlah: Rp12\.500/);
    // A cost of another month is counted in its month, not as nothing this month.
    expect(await say('1')).toMatch(/Biaya bulan ini: Rp12\.500/);
    await say('hari senin tgl 2 november beli lem');
    expect(await say('bentar tak delok notane')).toMatch(/saya tunggu/);
    // Waited for once already, she does not know it: not saved, with an example of a cost.
    expect(await say('sek, lupa aku')).toMatch(/belum disimpan[\s\S]*beli benang 12rb/);
    expect(await rows('costs')).toMatchObject([{ amount: 12500, spent_on: '2026-11-27' }]);
  });

  it('two answers it cannot read leave the rate not known on the check screen, never the question a third time; 2 drops it', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('order 3 kodi sandal dari bu yati');
    expect(await say('hmm')).toMatch(/Upahnya belum saya pahami[\s\S]*Berapa upahnya/);
    const stuck = await say('hmmm');
    expect(stuck).toMatch(/BATAL/);
    expect(stuck).not.toMatch(/Berapa upahnya/);
    expect(stuck).toMatch(/Upah: belum diketahui[\s\S]*1 Ya, simpan\n2 Ubah/);
    expect(await say('kasbon 50rb dari bu yati')).toMatch(/belum disimpan:\n1 Simpan dulu\n2 Buang/);
    expect(await say('2')).toMatch(/dibuang[\s\S]*Cek dulu, kasbon/);
    await say('1');
    expect(await rows('orders')).toEqual([]);
    expect(await rows('payments')).toMatchObject([{ kind: 'kasbon', amount: 50000 }]);
  });

  it('an empty line repeats the question; a change of language keeps the entry', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('order 3 kodi sandal dari bu yati')).toMatch(/Berapa upahnya/);
    expect(await say(' ')).toMatch(/^Berapa upahnya/);
    const lang = await say('bahasa');
    expect(lang).toMatch(/1/);
    const switched = await say('2');
    expect(switched).toMatch(/is not finished:\n1 Continue\n2 Drop it/);
    expect(await say('1')).toMatch(/What is the rate/);
    expect(await say('2rb/pasang')).toMatch(/Please check the new order/);
    await say('1');
    expect(await rows('orders')).toHaveLength(1);
  });
});

describe('a check screen left open never drops a new entry', () => {
  it('a new entry: save or drop the pending one first, then the new one', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('kasbon 50rb dari bu yati')).toMatch(/Cek dulu, kasbon/);
    const next = await say('kerja 5 jam');
    expect(next).toMatch(/Kasbon dari Bu Yati tadi belum disimpan:\n1 Simpan dulu\n2 Buang/);
    const both = await say('1');
    expect(both).toMatch(/Tersimpan/);
    expect(both).toMatch(/Cek dulu, jam kerja:[\s\S]*Dibantu keluarga: belum disebut/);
    expect(await rows('payments')).toMatchObject([{ kind: 'kasbon', amount: 50000 }]);
    await say('0', '1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 300 }]);
  });

  it('REKAP at a check screen: drop it, then REKAP', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('beli lem 15rb');
    expect(await say('rekap minggu ini')).toMatch(/belum disimpan/);
    const r = await say('2');
    expect(r).toMatch(/dibuang/);
    expect(r).toMatch(/minggu ini/i);
    expect(await rows('costs')).toEqual([]);
  });

  it('a check screen older than a day is offered once, then dropped with a line that says so', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('dibayar 100rb dari bu yati');
    clock.advance(2 * 86_400_000);
    expect(await say('1')).toMatch(/dari kemarin belum disimpan:\n1 Simpan\n2 Buang/);
    expect(await rows('payments')).toEqual([]);
    const dropped = await say('kerja 4 jam');
    expect(dropped).toMatch(/sudah dibuang/);
    expect(dropped).toMatch(/Cek dulu, jam kerja:[\s\S]*Dibantu keluarga: belum disebut/);
    expect(await rows('payments')).toEqual([]);
  });
});

describe('several facts in one message', () => {
  it('two lots of hours: one check screen, two rows', async () => {
    const { say, rows } = await diaryPhone(t);
    let r = await say('kerja 3 jam masker, 4 jam bungkus kerupuk');
    // Who helped is not asked: not said on both, invited once; her answer there holds for both lots.
    expect(r).toMatch(
      /^Cek dulu, 2 catatan:\n1\) Jam kerja\n[\s\S]*3 jam[\s\S]*belum disebut\n2\) Jam kerja\n[\s\S]*4 jam[\s\S]*belum disebut\nAda yang bantu\?[^\n]*\nSimpan semua\?/,
    );
    r = await say('0');
    expect(r.match(/Dibantu keluarga: tidak ada/g)).toHaveLength(2);
    expect(r).not.toMatch(/Ada yang bantu/);
    expect(await rows('work_hours')).toEqual([]);
    expect(await say('1')).toMatch(/2 catatan tersimpan/);
    expect((await rows('work_hours')).map((h) => [h.minutes, h.helpers])).toEqual([
      [180, 0],
      [240, 0],
    ]);
  });

  it('a hand-in with its rejects and the pay: the rejects are part of what was handed in', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
    const r = await say('nyetor 2 kodi wingi, 2 rusak, dibayar 76rb');
    expect(r).toMatch(/Cek dulu, 2 catatan/);
    expect(r).toContain('Diserahkan: 40');
    expect(r).toContain('Ditolak: 2, diterima 38');
    // The pay's reply counts the hand-in saved just before it in the same message: 38 x Rp2.000.
    expect(await say('1')).toMatch(/upah dari setoran Rp76.000, uang diterima Rp76.000\. Lunas/);
    expect(await rows('handins')).toMatchObject([
      { delivered_pieces: 40, rejected_pieces: 2, handed_in_on: '2026-11-27' },
    ]);
    expect(await rows('payments')).toMatchObject([{ amount: 76000, paid_on: '2026-11-27' }]);
  });
});

describe('employers recognised, rates per a number of units', () => {
  it('bu umi, Bu Umi, and bu hajah umi are one employer; a payment finds its employer without "dari"', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('order 500 bungkus kerupuk dari bu umi upah 75 perak per bungkus', '1');
    await say('dibayar 22500 Bu Umi,', '1');
    await say('kasbon 50rb ke bu hajah umi', '1');
    expect(await rows('employers')).toHaveLength(1);
    expect((await rows('payments')).map((p) => p.employer_id)).toEqual([
      (await rows('employers'))[0]!.id,
      (await rows('employers'))[0]!.id,
    ]);
    // A name like hers but not the same is never taken silently: shown beside what she wrote.
    expect(await say('dibayar 10rb dari bu umik')).toContain('Dari: Bu Umi (Anda tulis: Bu Umik)\n');
  });

  it('"14rb per seribu batang" is Rp14 a stick; "10rb per 3 pasang" keeps its 3', async () => {
    const { say, rows } = await diaryPhone(t);
    const rokok = await say('ambil 10 ribu batang rokok 14rb per seribu batang dari pak darmo');
    expect(rokok).toContain('Rp14.000/1.000 biji (Rp14/biji), total Rp140.000');
    await say('1');
    await say('order 30 pasang sepatu 10rb per 3 pasang dari bu yati', '1');
    expect(await rows('orders')).toMatchObject([
      { quantity_pieces: 10000, rate_amount: 14000, rate_count: 1000, rate_per_piece: 14 },
      { quantity_pieces: 30, rate_amount: 10000, rate_count: 3, rate_per: 'pasang', rate_per_piece: 3333 },
    ]);
    // Rp14.000 a stick would be Rp140 juta: asked, in plain words, before the check screen.
    expect(await say('ambil 10 ribu batang rokok 14rb per batang dari pak darmo')).toMatch(
      /Upah Rp14.000\/biji\? Jadi totalnya Rp140.000.000/,
    );
  });
});

describe('a rate typed as an answer', () => {
  it('"14 ewu per sewu" answers "Berapa upahnya?" as Rp14 a stick', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('njupuk rokok 5000 batang teko pak darmo')).toMatch(/Berapa upahnya/);
    const echo = await say('14 ewu per sewu');
    expect(echo).toContain('Rp14.000/1.000 biji (Rp14/biji), total Rp70.000');
    expect(echo).toContain('Perjanjian tertulis: belum diisi');
    await say('1');
    expect(await rows('orders')).toMatchObject([{ rate_amount: 14000, rate_count: 1000, rate_per_piece: 14 }]);
  });
});

describe('small talk and weeks', () => {
  it('thanks get a short friendly line, not "belum paham" and the menu', async () => {
    const { say } = await diaryPhone(t);
    for (const m of ['makasih ya', 'ok matur nuwun', 'siap']) {
      const r = await say(m);
      expect(r).not.toMatch(/belum paham/);
      expect(r.length).toBeLessThan(120);
    }
  });

  it('a week total is spread over its days and said so; a past day names its own week', async () => {
    const { say, rows } = await diaryPhone(t);
    const r = await say('kerja 12 jam minggu iki', '0');
    expect(r).toMatch(/12 jam seminggu \(23\/11-28\/11\), dibagi rata ke 6 hari/);
    expect(await say('1')).toMatch(/Minggu ini: 12 jam/);
    expect((await rows('work_hours')).map((h) => [h.worked_on, h.minutes])).toEqual([
      ['2026-11-23', 120],
      ['2026-11-24', 120],
      ['2026-11-25', 120],
      ['2026-11-26', 120],
      ['2026-11-27', 120],
      ['2026-11-28', 120],
    ]);
    await say('kerja 7 jam tgl 7/11', '0');
    expect(await say('1')).toMatch(/Minggu itu \(02\/11-08\/11\): 7 jam/);
  });
});

describe('she corrects and answers in her own words', () => {
  it('a figure typed at the check screen corrects its line, and is saved as corrected', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('beli lem 12rb')).toMatch(/Rp12\.000/);
    const fixed = await say('eh salah, 21rb');
    expect(fixed).toMatch(/Cek dulu, biaya/);
    expect(fixed).toMatch(/Rp21\.000/);
    await say('ya');
    expect(await rows('costs')).toMatchObject([{ amount: 21000 }]);
  });

  it('"kembali" in the list of lines to change goes back to the check screen; "ya" there saves it as it is', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('beli benang 8rb');
    expect(await say('2')).toMatch(/Mana yang mau diubah/);
    expect(await say('kembali')).toMatch(/Cek dulu, biaya/);
    expect(await say('nggak')).toMatch(/Mana yang mau diubah/);
    expect(await rows('costs')).toEqual([]);
    // She saw every line listed and says yes: right as it is, not a question left open.
    expect(await say('ya')).toMatch(/tersimpan/i);
    expect(await rows('costs')).toMatchObject([{ amount: 8000 }]);
  });

  it('who helped, in words: "dewe" is none, "dibantu suami" one grown-up, "anakku umure 12" a child', async () => {
    const { say, rows } = await diaryPhone(t);
    // Said at the check screen, where who helped is shown as not said.
    expect(await say('kerja 3 jam')).toMatch(/Dibantu keluarga: belum disebut/);
    expect(await say('dewe')).toMatch(/Cek dulu, jam kerja[\s\S]*Dibantu keluarga: tidak ada/);
    await say('1');
    expect(await say('kerja 4 jam')).toMatch(/Dibantu keluarga: belum disebut/);
    expect(await say('dibantu suami')).toMatch(/Dibantu keluarga: 1\nAnak di bawah 15 th: Tidak/);
    await say('1');
    await say('kerja 2 jam');
    expect(await say('dibantu adikku')).toMatch(/Dibantu keluarga: 1\nAnak di bawah 15 th: belum disebut/);
    expect(await say('umure 12')).toMatch(/Anak di bawah 15 th: Ya/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([
      { minutes: 180, helpers: 0 },
      { minutes: 240, helpers: 1, child_helper: 0 },
      { minutes: 120, helpers: 1, child_helper: 1 },
    ]);
  });

  it('"eh belum, batal" at a check screen drops it', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('dibayar 50rb dari bu yati');
    expect(await say('eh belum ding, batal')).toMatch(/Dibatalkan/);
    expect(await rows('payments')).toEqual([]);
  });
});

describe('the rate "as usual"', () => {
  it('"sama kayak biasa" takes the rate of her last order from that employer', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 2 kodi sandal dari bu yati 4rb sekodi');
    await say('1');
    expect(await rows('orders')).toHaveLength(1);
    expect(await say('ambil 3 kodi sandal dari bu yati')).toMatch(/Berapa upahnya/);
    const r = await say('sama kayak biasa');
    expect(r).not.toMatch(/belum saya pahami/);
    expect(r).toContain('Upah: Rp4.000/kodi');
    await say('1');
    const orders = await rows('orders');
    expect(orders).toHaveLength(2);
    expect(orders[1]).toMatchObject({ rate_amount: 4000, rate_per: 'kodi' });
  });
});
