// REKAP for any month, the monthly statement for any month and the order note
// asked for again, through the engine on a real SQLite file. The diary is the
// one worked out by hand in tests/diary/figures.test.ts: October written up
// late, a deduction, an advance.
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

const DAY = 86_400_000;

/** From 28 November: October and November written up late; then on 10 December, December. */
async function umiAndHadi(lang: 'id' | 'en' = 'id') {
  const d = await diaryPhone(t, 'umi-0812', { lang });
  await d.say('order 100 tas 1500 dari Bu Umi 5/10', '1');
  await d.say('setor 60 retur 4 20/10', '1', 'setor 40 30/10', '1');
  // 6.000 deducted, with no advance from Bu Umi to pay back: a deduction (retur, bahan, denda), not asked.
  await d.say('dibayar 100rb dari bu umi potong 6rb 31/10', '1');
  await d.say('kerja 5 jam 20/10', '0', '1', 'kerja 4 jam 27/10', '0', '1', 'kerja 3 jam 30/10', '0', '1');
  await d.say('biaya benang 9rb 28/10', '1');
  // The materials said in the message: the order note says where they came from.
  await d.say('order 5 kodi sandal 4rb/kodi dari Pak Hadi 25/10, bahan dari pak hadi', '1');
  await d.say('setor 50 sandal 1/11', '1', 'kerja 2 jam 1/11', '0', '1', 'biaya ojek 4rb 1/11', '1');
  d.clock.advance(12 * DAY); // Thursday 10 December 2026
  await d.say('kasbon 150rb dari pak hadi 1/12', '1', 'biaya listrik 5rb 2/12', '1');
  await d.say('setor 50 sandal 3/12', '1', 'kerja 3 jam 3/12', '0', '1', 'kerja 2 jam 8/12', '0', '1');
  // 5.000 in cash, 5.000 kept back for the kasbon ("1").
  await d.say('dibayar 5rb dari pak hadi potong 5rb 5/12', '1', '1');
  return d;
}

describe('REKAP for any month', () => {
  it('rekap oktober, asked for in December: the value of her work per hour, the deduction apart', async () => {
    const d = await umiAndHadi();
    const payments = await d.rows('payments');
    expect(payments.map((p) => [p.kind, p.amount, p.deduction, p.kasbon_repaid])).toEqual([
      ['pay', 100_000, 6000, 0],
      ['kasbon', 150_000, 0, 0],
      ['pay', 5000, 0, 5000],
    ]);
    const r = await d.say('rekap oktober');
    const [main, perHour, employers] = r.split('\n\n');
    expect(main).toBe(
      [
        'REKAP Oktober 2026 (01/10 - 31/10)',
        'Setor: 96 diterima, 4 retur',
        'Upah dari setoran: Rp144.000',
        'Potongan pemberi kerja (bahan, retur, denda): Rp6.000',
        'Bayaran diterima: Rp100.000',
        'Biaya Anda: Rp9.000',
        'Jam kerja: 12 jam',
      ].join('\n'),
    );
    // (144.000 - 9.000) / 12 h = 11.250; 11.250 / 15.327 = 73%.
    expect(perHour).toMatch(/^Hasil bersih per jam: Rp11.250\n\(upah dari setoran dikurangi biaya/);
    expect(perHour).toContain('Hasil Anda 73% dari angka itu.');
    expect(employers).toBe(
      [
        'Per pemberi kerja (upah dan bayaran Oktober 2026; sisa sampai hari ini):',
        'Bu Umi: upah Rp144.000, dibayar Rp100.000, potongan Rp6.000; belum dibayar Rp38.000',
        '! Rp38.000 belum dibayar sejak setoran 30/10 (41 hari).',
        'Pak Hadi: upah Rp0, dibayar Rp0; kasbon belum dipotong Rp135.000',
      ].join('\n'),
    );
    expect(await d.say('rekap okt')).toContain('REKAP Oktober 2026 (01/10 - 31/10)');
    expect(await d.say('menu', '6', 'oktober')).toContain('Upah dari setoran: Rp144.000');
    expect(await d.say('ringkasan bulan oktober 2026')).toContain('Hasil bersih per jam: Rp11.250');
  });

  it('this month with an advance of 150.000: a loan on a line of its own, never in the hourly figure', async () => {
    const d = await umiAndHadi();
    const r = await d.say('rekap desember');
    expect(r).toContain('REKAP Desember 2026 (01/12 - 31/12)');
    expect(r).toContain('Upah dari setoran: Rp10.000');
    expect(r).toContain('Bayaran diterima: Rp5.000');
    expect(r).toContain('Kasbon diterima: Rp150.000 (pinjaman, bukan upah)');
    expect(r).toContain('Dipotong untuk kasbon: Rp5.000');
    // (10.000 - 5.000) / 5 h = 1.000, 7% of the UMK per hour; with the kasbon as pay it was 30.000 and 196%.
    expect(r).toContain('Hasil bersih per jam: Rp1.000');
    expect(r).toContain('Hasil Anda 7% dari angka itu.');
    expect(r).toContain('Pak Hadi: upah Rp10.000, dibayar Rp5.000, kasbon Rp150.000; kasbon belum dipotong Rp135.000');
    expect(await d.say('rekap sasi iki')).toContain('Hasil bersih per jam: Rp1.000');
  });

  it('last month in Indonesian and Javanese; a month without entries and a month to come get a short answer', async () => {
    const d = await umiAndHadi();
    expect(await d.say('rekap bulan lalu')).toContain('REKAP bulan lalu (01/11 - 30/11)');
    const nov = await d.say('rekap sasi wingi');
    expect(nov).toContain('REKAP bulan lalu (01/11 - 30/11)');
    // 10.000 handed in on 1/11, 4.000 costs, 2 h: 3.000 an hour.
    expect(nov).toContain('Hasil bersih per jam: Rp3.000');
    expect(await d.say('rekap september 2026')).toBe(
      'Tidak ada catatan di September 2026. Ketik REKAP untuk waktu lain.',
    );
    expect(await d.say('rekap januari 2027')).toBe(
      'Januari 2027 belum tiba, jadi belum ada catatan. Ketik REKAP untuk waktu lain.',
    );
  });

  it('in English: rekap october, summary last month', async () => {
    const d = await umiAndHadi('en');
    const r = await d.say('rekap october');
    expect(r).toContain('REKAP October 2026 (01/10 - 31/10)');
    expect(r).toContain('Employer deductions (materials, rejects, fines): Rp6.000');
    expect(r).toContain('Net earnings per hour: Rp11.250');
    expect(r).toContain('Bu Umi: earned Rp144.000, paid Rp100.000, deductions Rp6.000; unpaid Rp38.000');
    expect(await d.say('summary last month')).toContain('REKAP last month (01/11 - 30/11)');
    expect(await d.say('summary december')).toContain('Advances received: Rp150.000 (a loan, not earnings)');
  });
});

describe('the monthly statement for any month', () => {
  it('slip bu umi oktober, in December: the deduction is a deduction, not unpaid', async () => {
    const d = await umiAndHadi();
    const [intro, stmt] = (await d.say('slip bu umi oktober')).split('\n\n');
    expect(intro).toBe('Laporan bulanan untuk Bu Umi. Teruskan pesan berikut bila perlu.');
    expect(stmt).toBe(
      [
        'CATATAN KERJA Oktober 2026',
        'Untuk: Bu Umi',
        'Order diterima:',
        '- 05/10 tas: 100',
        'Setoran:',
        '- 20/10 tas: 56 diterima, 4 retur = Rp84.000',
        '- 30/10 tas: 40 diterima = Rp60.000',
        'Bayaran:',
        '- 31/10 Rp100.000, potongan Rp6.000',
        'Sisa sebelumnya: Rp0',
        'Upah bulan ini: Rp144.000',
        'Dibayar bulan ini: Rp100.000',
        'Potongan bulan ini: Rp6.000',
        'Belum dibayar: Rp38.000',
        'Dicatat dengan Upahku.',
      ].join('\n'),
    );
  });

  it('the October debt on the statement for December; months by name or number; the kasbon apart', async () => {
    const d = await umiAndHadi();
    expect(await d.say('slip bu umi')).toBe(
      'Bulan apa?\n1 Bulan ini\n2 Bulan lalu\nAtau tulis bulannya, contoh: oktober',
    );
    const dec = await d.say('1');
    expect(dec).toContain('CATATAN KERJA Desember 2026');
    expect(dec).toContain('Sisa sebelumnya: Rp38.000');
    expect(dec).toContain('Belum dibayar: Rp38.000');
    // "slip bulan lalu": the statement, not REKAP; whom for, then November.
    expect(await d.say('slip bulan lalu')).toMatch(/Laporan untuk siapa\?\n1 Pak Hadi\n2 Bu Umi/);
    const nov = await d.say('2');
    expect(nov).toContain('CATATAN KERJA November 2026');
    expect(nov).toContain('Sisa sebelumnya: Rp38.000');
    expect(await d.say('slip bu umi', '10')).toContain('CATATAN KERJA Oktober 2026');
    expect(await d.say('laporan bulanan bu umi', 'okt')).toContain('Potongan bulan ini: Rp6.000');
    const hadi = await d.say('slip pak hadi desember');
    expect(hadi).toContain('- 01/12 Rp150.000 (kasbon)');
    expect(hadi).toContain('- 05/12 Rp5.000, potong kasbon Rp5.000');
    expect(hadi).toContain(
      'Sisa sebelumnya: Rp10.000\nUpah bulan ini: Rp10.000\nDibayar bulan ini: Rp5.000\nKasbon bulan ini: Rp150.000\nDibayar di muka: Rp135.000',
    );
    expect(await d.say('slip bu umi september')).toBe(
      'Tidak ada catatan dengan Bu Umi di September 2026, dan tidak ada sisa sebelumnya.',
    );
    expect(await d.say('slip bu umi', 'maret 2027')).toBe(
      'Maret 2027 belum tiba, jadi belum ada catatan. Ketik REKAP untuk waktu lain.',
    );
  });
});

describe('the order note asked for again', () => {
  it('catatan order pak hadi, a list to choose from, and a name she has no order from', async () => {
    const d = await umiAndHadi();
    const [intro, note, more] = (await d.say('catatan order pak hadi')).split('\n\n');
    expect(intro).toBe('Catatan order untuk Pak Hadi. Teruskan pesan berikut bila perlu.');
    expect(note).toBe(
      [
        'CATATAN ORDER',
        'Pemberi kerja: Pak Hadi',
        'Barang: sandal',
        'Jumlah: 5 kodi (100)',
        'Upah: Rp4.000/kodi (Rp200/biji)',
        'Total: Rp20.000',
        'Diterima: 25/10/2026',
        'Bahan: dari pemberi kerja',
        'Mohon dibalas bila sudah sesuai. Terima kasih.',
      ].join('\n'),
    );
    expect(more).toBe('Untuk order lain, ketik NOTA.');
    expect(await d.say('catatan order')).toBe(
      'Catatan order yang mana?\n1 Pak Hadi: sandal (25/10)\n2 Bu Umi: tas (05/10)\n0 Kembali',
    );
    expect(await d.say('5')).toMatch(
      /^Balas dengan angka 1 sampai 2, atau 0 untuk kembali.\nCatatan order yang mana\?/,
    );
    expect(await d.say('2')).toContain('Pemberi kerja: Bu Umi\nBarang: tas\nJumlah: 100 biji\nUpah: Rp1.500/biji');
    expect(await d.say('nota bu umi')).toContain('Catatan order untuk Bu Umi.');
    expect(await d.say('nota bu yati')).toBe(
      '"bu yati" tidak ada di catatan Anda.\nCatatan order yang mana?\n1 Pak Hadi: sandal (25/10)\n2 Bu Umi: tas (05/10)\n0 Kembali',
    );
    // The list never traps her: REKAP or a new entry typed instead of a number goes through.
    expect(await d.say('rekap oktober')).toContain('REKAP Oktober 2026');
    await d.say('catatan order');
    expect(await d.say('kerja 2 jam')).toMatch(/Cek dulu, jam kerja:[\s\S]*Dibantu keluarga: belum disebut/);
  });

  it('in English, "order note"; with no order yet, how to record one', async () => {
    const d = await diaryPhone(t, 'new-0813', { lang: 'en' });
    expect(await d.say('order note')).toBe(
      'No order recorded yet. For example: order 3 kodi sandal 2rb/pasang dari Bu Yati',
    );
    await d.say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
    const r = await d.say('order note');
    expect(r).toMatch(/^Order note for Bu Yati, in Indonesian\./);
    expect(r).toContain('CATATAN ORDER\nPemberi kerja: Bu Yati');
  });
});
