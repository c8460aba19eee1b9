// Recording the diary through the real engine on SQLite: quick entries, the
// guided menu, and bad input at every step (nothing half-written).
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

describe('the quick entries of the issue, one after the other', () => {
  it('order, setor, dibayar, kerja, biaya, rekap', async () => {
    const { say, rows } = await diaryPhone(t);

    // One message is the whole order: the written agreement and the materials are not asked,
    // but shown as not said. What was inferred is echoed before anything is stored.
    const echo = await say('order 3 kodi sandal 2rb/pasang dari Bu Yati');
    expect(echo).toContain('Dari: Bu Yati (baru)');
    expect(echo).toContain('Barang: sandal');
    expect(echo).toContain('Jumlah: 3 kodi (60)');
    expect(echo).toContain('Upah: Rp2.000/pasang, total Rp120.000');
    expect(echo).toContain('Diterima: hari ini, 28/11');
    expect(echo).toContain('Setor paling lambat: tidak ada');
    expect(echo).toContain('Perjanjian tertulis: belum diisi');
    expect(echo).toContain('Bahan dari pemberi kerja: belum diisi');
    expect(echo).toMatch(/1 Ya, simpan\n2 Ubah/);
    expect(await rows('orders')).toEqual([]);
    const saved = await say('1');
    expect(saved).toContain('Nilai order: Rp120.000');
    // The forwardable order note, a message of its own.
    const note = saved.split('\n\n').find((m) => m.startsWith('CATATAN ORDER'))!;
    expect(note).toContain('Pemberi kerja: Bu Yati');
    expect(note).toContain('Jumlah: 3 kodi (60)');
    expect(note).toContain('Upah: Rp2.000/pasang');
    expect(note).toContain('Total: Rp120.000');
    expect(note).toContain('Diterima: 28/11/2026');
    // Materials not said: the note says nothing about them.
    expect(note).not.toContain('Bahan');
    expect(note.length).toBeLessThan(400);
    expect(await rows('employers')).toMatchObject([{ name: 'Bu Yati', name_key: 'bu yati' }]);
    expect(await rows('orders')).toMatchObject([
      {
        product: 'sandal',
        unit: 'kodi',
        quantity_count: 3,
        quantity_pieces: 60,
        rate_amount: 2000,
        rate_per: 'pasang',
        rate_per_piece: 2000,
        received_on: '2026-11-28',
        due_on: null,
        written_agreement: null,
        materials_from_employer: null,
        voided_at: null,
      },
    ]);

    // setor 60 retur 2: 60 handed in, 2 of them sent back, 58 accepted; the only open order is inferred.
    const setor = await say('setor 60 retur 2');
    expect(setor).toContain('Order: Bu Yati: sandal (28/11)');
    expect(setor).toContain('Diserahkan: 60');
    expect(setor).toContain('Ditolak: 2, diterima 58 = Rp116.000');
    expect(await say('1')).toMatch(/nilainya Rp116.000[\s\S]*diterima 58 dari 60, sisa 2/);
    const [order] = await rows('orders');
    expect(await rows('handins')).toMatchObject([
      { order_id: order!.id, handed_in_on: '2026-11-28', delivered_pieces: 60, rejected_pieces: 2 },
    ]);

    // dibayar 116rb: the only employer and the only order are inferred; no deduction assumed.
    const pay = await say('dibayar 116rb');
    expect(pay).toContain('Dari: Bu Yati');
    expect(pay).toContain('Jumlah: Rp116.000');
    expect(pay).toContain('Untuk order: Bu Yati: sandal (28/11)');
    expect(pay).toContain('Potongan: tidak ada');
    expect(await say('ya')).toMatch(/upah dari setoran Rp116.000, uang diterima Rp116.000. Lunas/);
    expect(await rows('payments')).toMatchObject([
      { order_id: order!.id, kind: 'pay', amount: 116_000, deduction: 0, kasbon_repaid: 0, paid_on: '2026-11-28' },
    ]);

    // kerja 5 jam: nothing asked before the check screen; who helped is shown as not said, and said there;
    // a child under 15 among them is asked softly after saving.
    const echoHours = await say('kerja 5 jam');
    expect(echoHours).toContain('Dibantu keluarga: belum disebut');
    expect(echoHours).not.toMatch(/anggota keluarga/);
    const hours = await say('dibantu 2');
    expect(hours).toContain('Jam kerja: 5 jam');
    expect(hours).toContain('Dibantu keluarga: 2');
    expect(hours).toContain('Anak di bawah 15 th: belum disebut');
    expect(await say('1')).toMatch(
      /Tersimpan: 5 jam, hari ini, 28\/11[\s\S]*Minggu ini: 5 jam[\s\S]*Ada anak di bawah 15 th yang ikut bantu\? 1 Ya 2 Tidak$/,
    );
    expect(await say('1')).toBe('Dicatat di jam kerja hari ini, 28/11: ada anak di bawah 15 th.');
    expect(await rows('work_hours')).toMatchObject([
      { worked_on: '2026-11-28', minutes: 300, helpers: 2, child_helper: 1, order_id: null },
    ]);

    const cost = await say('biaya listrik 20rb');
    expect(cost).toContain('Untuk: Listrik');
    expect(cost).toContain('Jumlah: Rp20.000');
    expect(await say('1')).toMatch(/Biaya bulan ini: Rp20.000/);
    expect(await rows('costs')).toMatchObject([{ category: 'listrik', amount: 20_000, spent_on: '2026-11-28' }]);

    const rekap = await say('rekap minggu ini');
    expect(rekap).toContain('REKAP minggu ini (23/11 - 29/11)');
    expect(rekap).toContain('Setor: 58 diterima, 2 retur');
    expect(rekap).toContain('Upah dari setoran: Rp116.000');
    expect(rekap).toContain('Bayaran diterima: Rp116.000');
    expect(rekap).toContain('Biaya Anda: Rp20.000');
    expect(rekap).toContain('Jam kerja: 5 jam');
    expect(rekap).toContain('Dibantu keluarga: 1 hari (anak di bawah 15 th: 1 hari)');
    // (116.000 - 20.000) / 5 h = 19.200; 2.651.603 / 173 = 15.327; 19.200 / 15.327 = 125%
    expect(rekap).toContain('Hasil bersih per jam: Rp19.200');
    expect(rekap).toMatch(/UMK Kab. Kediri 2026 sama dengan sekitar Rp15.327 per jam/);
    expect(rekap).toContain('Hasil Anda 125% dari angka itu');
    expect(rekap).toMatch(/pembanding/);
    expect(rekap).toContain('Bu Yati: upah Rp116.000, dibayar Rp116.000; lunas');
    // Short messages: the totals, the hour figures with the UMK, per employer, the footer.
    const parts = rekap.split('\n\n');
    expect(parts[1]).toMatch(/^Hasil bersih per jam: Rp19.200\n/);
    expect(parts[2]).toMatch(/^Per pemberi kerja \(upah dan bayaran minggu ini; sisa sampai hari ini\):/);
    for (const m of parts) expect(m.length).toBeLessThanOrEqual(300);
  });
});

describe('an order in one message is not held up by the written agreement and the materials', () => {
  it('goes straight to the check screen, is stored as not said (NULL), and 2 Ubah sets the written agreement', async () => {
    const { say, rows } = await diaryPhone(t);
    const echo = await say('ambil 3 kodi sandal dari bu yati 4rb sekodi');
    // Neither question is asked: the check screen at once, both lines shown as not said.
    expect(echo).toMatch(/^Cek dulu, order baru:\n/);
    expect(echo).not.toMatch(/Ada perjanjian tertulis|Bahan \(kain/);
    expect(echo).toContain('Upah: Rp4.000/kodi (Rp200/biji), total Rp12.000');
    expect(echo).toContain('Perjanjian tertulis: belum diisi\nBahan dari pemberi kerja: belum diisi\nSimpan?');
    expect(await say('1')).toMatch(/Order tersimpan/);
    expect(await rows('orders')).toMatchObject([
      {
        quantity_pieces: 60,
        rate_amount: 4000,
        rate_per: 'kodi',
        written_agreement: null,
        materials_from_employer: null,
      },
    ]);

    // The next one she changes on the check screen: "2 Ubah", the written-agreement line, yes.
    await say('order 2 kodi sandal 2rb/pasang dari Bu Yati');
    const fix = await say('2');
    expect(fix).toMatch(/\n7 Perjanjian tertulis: belum diisi\n8 Bahan dari pemberi kerja: belum diisi\n0 Kembali$/);
    expect(await say('7')).toMatch(/^Ada perjanjian tertulis untuk order ini[\s\S]*\n1 Ya\n2 Tidak$/);
    const again = await say('1');
    expect(again).toContain('Perjanjian tertulis: Ya\nBahan dari pemberi kerja: belum diisi');
    expect(await rows('orders')).toHaveLength(1);
    expect(await say('1')).toMatch(/Order tersimpan/);
    expect((await rows('orders'))[1]).toMatchObject({
      quantity_pieces: 40,
      written_agreement: 1,
      materials_from_employer: null,
    });
    // The first stays not said.
    expect((await rows('orders'))[0]).toMatchObject({ written_agreement: null, materials_from_employer: null });
  });

  it('a stored "not said" is changed later through UBAH, and said in the message it is taken', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 3 kodi sandal dari bu yati 4rb sekodi', '1');
    await say('ubah', '1', '1');
    expect(await say('8')).toMatch(/^Bahan \(kain, lem, benang\) dari pemberi kerja\?/);
    expect(await say('beli sendiri')).toContain('Bahan dari pemberi kerja: belum diisi → Tidak');
    await say('1');
    expect(await rows('orders')).toMatchObject([{ written_agreement: null, materials_from_employer: 0 }]);
    // Said in the message, it is on the check screen as said, not asked either.
    const said = await say('order 1 kodi sandal 2rb/pasang dari Bu Yati, bahan dari bu yati, ada nota di wa');
    expect(said).toContain('Perjanjian tertulis: Ya\nBahan dari pemberi kerja: Ya');
    await say('1');
    expect((await rows('orders'))[1]).toMatchObject({ written_agreement: 1, materials_from_employer: 1 });
  });

  it('"order" alone (the menu\'s way in) does not ask them either; the list of lines fills them', async () => {
    const { say, rows } = await diaryPhone(t);
    const echo = await say('order', 'Bu Yati', 'sandal', '3 kodi', '2rb/pasang');
    // No day, deadline, agreement or materials question: today, and "not said" on the check screen.
    expect(echo).toMatch(/^Cek dulu, order baru:/);
    expect(echo).toContain('Diterima: hari ini, 28/11');
    expect(echo).toContain('Perjanjian tertulis: belum diisi\nBahan dari pemberi kerja: belum diisi');
    expect(await say('2', '7')).toMatch(/^Ada perjanjian tertulis untuk order ini/);
    await say('2');
    expect(await say('2', '8')).toMatch(/^Bahan \(kain, lem, benang\) dari pemberi kerja\?/);
    const filled = await say('1');
    expect(filled).toContain('Perjanjian tertulis: Tidak\nBahan dari pemberi kerja: Ya');
    expect(filled).not.toContain('belum diisi');
    await say('1');
    expect(await rows('orders')).toMatchObject([{ written_agreement: 0, materials_from_employer: 1 }]);
  });
});

describe('guided entries from the menu', () => {
  it('an order, with bad input at every step, is written only at the final yes', async () => {
    const { say, rows } = await diaryPhone(t);
    const menu = await say('menu');
    expect(menu).toMatch(
      /1 Catat order baru\n2 Catat setoran\n3 Catat bayaran \/ kasbon\n4 Catat jam kerja\n5 Catat biaya\n6 REKAP/,
    );
    expect(await say('1')).toMatch(/Dari siapa order ini\? Ketik namanya/);
    expect(await say('081234567890')).toMatch(/Ketik namanya/);
    // The second answer it cannot read: the way out instead of the same question a third time.
    const stuck = await say('x');
    expect(stuck).toMatch(/BATAL/);
    expect(stuck).not.toMatch(/Dari siapa/);
    expect(await say('pak slamet')).toMatch(/Barang apa/);
    expect(await say('50rb')).toMatch(/nama barangnya/);
    expect(await say('peci')).toMatch(/Berapa banyak/);
    expect(await say('banyak sekali')).toMatch(/belum saya pahami[\s\S]*Berapa banyak/);
    expect(await say('0')).toMatch(/lebih dari nol/);
    expect(await say('5 lusin')).toMatch(/Berapa upahnya/);
    expect(await say('murah')).toMatch(/Upahnya belum saya pahami/);
    // "5" for an order counted in lusin: per piece or per lusin, and maybe Rp5.000.
    const which = await say('5');
    expect(which).toMatch(/maksudnya yang mana/);
    expect(which).toContain('Rp5.000/lusin (Rp417/biji)');
    expect(which).not.toContain('1 Rp5/biji');
    expect(await say('9')).toMatch(/Balas dengan angka 1 sampai/);
    const choices = which.split('\n');
    const pick = choices.find((l) => l.includes('Rp5.000/lusin'))!.split(' ')[0]!;
    // Received today unless she says otherwise: a day typed at the check screen changes it.
    expect(await say(pick)).toContain('Diterima: hari ini, 28/11');
    expect(await say('kemarin lusa lusa')).toMatch(/Balas 1 untuk simpan/);
    expect(await say('kemarin')).toContain('Diterima: kemarin, 27/11');
    // The deadline, agreement and materials from the list of lines.
    expect(await say('2', '6')).toMatch(/Kapan harus disetor/);
    expect(await say('senin')).toContain('Setor paling lambat: 30/11');
    expect(await say('2', '7')).toMatch(/perjanjian tertulis/);
    expect(await say('mungkin')).toMatch(/Balas 1 atau 2/);
    expect(await say('1')).toContain('Perjanjian tertulis: Ya');
    expect(await say('2', '8')).toMatch(/Bahan/);
    const echo = await say('tidak');
    expect(echo).toContain('Dari: Pak Slamet (baru)');
    expect(echo).toContain('Jumlah: 5 lusin (60)');
    expect(echo).toContain('Upah: Rp5.000/lusin (Rp417/biji), total Rp25.000');
    expect(echo).toContain('Diterima: kemarin, 27/11');
    // "senin" as a due date is the coming Monday.
    expect(echo).toContain('Setor paling lambat: 30/11');
    expect(echo).toContain('Perjanjian tertulis: Ya');
    expect(echo).toContain('Bahan dari pemberi kerja: Tidak');
    expect(await say('entah')).toMatch(/Balas 1 untuk simpan, 2 untuk ubah/);
    // Change the quantity from the echo.
    const fix = await say('2');
    expect(fix).toMatch(
      /Mana yang mau diubah\?\n1 Dari: Pak Slamet \(baru\)\n2 Barang: peci\n3 Jumlah: 5 lusin \(60\)/,
    );
    expect(await say('3')).toMatch(/Berapa banyak/);
    const again = await say('10 lusin');
    expect(again).toContain('Jumlah: 10 lusin (120)');
    expect(again).toContain('total Rp50.000');
    expect(await rows('orders')).toEqual([]);
    expect(await rows('employers')).toEqual([]);
    const saved = await say('1');
    expect(saved).toContain('Setor paling lambat: 30/11/2026');
    expect(saved).toContain('Bahan: sebagian atau semua dari pekerja sendiri');
    expect(saved).toMatch(/Lain kali bisa langsung ketik:\norder 10 lusin peci 5rb\/lusin dari Pak Slamet/);
    expect(await rows('orders')).toMatchObject([
      {
        unit: 'lusin',
        quantity_count: 10,
        quantity_pieces: 120,
        rate_amount: 5000,
        rate_per: 'lusin',
        rate_per_piece: 417,
        received_on: '2026-11-27',
        due_on: '2026-11-30',
        written_agreement: 1,
        materials_from_employer: 0,
      },
    ]);
    expect(await rows('employers')).toMatchObject([{ name: 'Pak Slamet' }]);
  });

  it('BATAL or MENU in the middle of any entry writes nothing', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('order 3 kodi sandal 2rb/pasang dari Bu Yati');
    expect(await say('batal')).toMatch(/Dibatalkan. Tidak ada yang disimpan/);
    await say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
    for (const start of ['setor 10', 'dibayar 20rb', 'kerja 3 jam', 'biaya lem 5rb', 'kasbon 10rb']) {
      await say(start);
      expect(await say('MENU')).toMatch(/Menu Upahku/);
    }
    expect(await rows('orders')).toHaveLength(1);
    for (const table of ['handins', 'payments', 'work_hours', 'costs'] as const) expect(await rows(table)).toEqual([]);
  });

  it('a hand-in, a payment with a kasbon deduction, hours and a cost through the menu', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('menu', '2')).toMatch(/Belum ada order/);
    await say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
    await say('order 2 lusin tas 6rb/lusin dari Pak Slamet', '1');
    const pick = await say('menu', '2');
    expect(pick).toMatch(
      /Setor untuk order yang mana\?\n1 Bu Yati: sandal \(28\/11\), sisa 60 dari 60\n2 Pak Slamet: tas \(28\/11\), sisa 24 dari 24/,
    );
    expect(await say('3')).toMatch(/Balas dengan angka 1 sampai 2/);
    expect(await say('tas')).toMatch(/Berapa tas yang diserahkan/);
    // Rejects are not asked: none unless she says so, on the check screen.
    const echo = await say('dua puluh empat');
    expect(echo).toContain('Ditolak: 0, diterima 24 = Rp12.000');
    expect(echo).toContain('Tanggal: hari ini, 28/11');
    // Changed there, more rejects than pieces handed in are refused.
    await say('2');
    expect(await say('3')).toMatch(/ditolak/);
    expect(await say('30')).toMatch(/tidak bisa lebih dari yang diserahkan \(24\)/);
    expect(await say('0')).toContain('Ditolak: 0, diterima 24 = Rp12.000');
    expect(await say('1')).toMatch(/selesai: 24 diterima[\s\S]*setor 24/);

    // Pay: kind, amount, deduction and what it was for.
    expect(await say('menu', '3')).toMatch(/Dari siapa\?\n1 Pak Slamet\n2 Bu Yati/);
    expect(await say('1')).toMatch(/Ini uang apa/);
    expect(await say('1')).toMatch(/Berapa uang/);
    expect(await say('nol')).toMatch(/lebih dari nol|belum saya pahami/);
    expect(await say('7rb')).toMatch(/Ada potongan/);
    expect(await say('5000')).toMatch(/Potongan Rp5.000 itu untuk apa/);
    const echoPay = await say('1');
    expect(echoPay).toContain('Tanggal: hari ini, 28/11');
    expect(echoPay).toContain('Untuk order: Pak Slamet: tas (28/11)');
    expect(echoPay).toContain('Potongan: Rp5.000 untuk kasbon');
    expect(await say('1')).toMatch(/Belum dibayar: Rp5.000/);
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 7000, kasbon_repaid: 5000, deduction: 0 }]);

    // Hours for an order; who helped is not asked, she says it at the check screen: nobody (no child line).
    // (The day is today unless she says otherwise: not asked, shown on the check screen.)
    expect(await say('menu', '4')).toMatch(/Berapa jam/);
    expect(await say('30')).toMatch(/24 jam/);
    expect(await say('4,5')).toMatch(/Untuk order yang mana\?\n1 Bu Yati: sandal/);
    expect(await say('1')).toContain('Dibantu keluarga: belum disebut');
    const echoHours = await say('sendiri');
    expect(echoHours).toContain('Jam kerja: 4,5 jam');
    expect(echoHours).toContain('Dibantu keluarga: tidak ada');
    expect(echoHours).not.toContain('Anak');
    await say('1');
    expect(await rows('work_hours')).toMatchObject([
      { worked_on: '2026-11-28', minutes: 270, helpers: 0, child_helper: 0 },
    ]);

    expect(await say('menu', '5')).toMatch(/Biaya untuk apa/);
    expect(await say('7')).toMatch(/1 sampai 5/);
    expect(await say('benang')).toMatch(/Berapa biayanya/);
    expect(await say('-5rb')).toMatch(/lebih dari nol/);
    expect(await say('15 ribu')).toContain('Untuk: Bahan');
    expect(await say('1')).toMatch(/Biaya bulan ini: Rp15.000/);
  });

  it('LPG gas for cooking or heating glue is a cost word, in both languages', async () => {
    const { say, rows } = await diaryPhone(t);
    const gas = await say('biaya gas 10rb');
    expect(gas).toContain('Untuk: Listrik / gas');
    expect(gas).toContain('Jumlah: Rp10.000');
    expect(await say('1')).toMatch(/Biaya bulan ini: Rp10.000/);
    expect(await say('beli elpiji 22rb kemarin')).toContain('Tanggal: kemarin, 27/11');
    await say('1');
    expect(await say('ongkos ojek 15rb')).toContain('Untuk: Transport');
    await say('1');
    expect(await rows('costs')).toMatchObject([
      { category: 'listrik', amount: 10_000, spent_on: '2026-11-28' },
      { category: 'listrik', amount: 22_000, spent_on: '2026-11-27' },
      { category: 'transport', amount: 15_000, spent_on: '2026-11-28' },
    ]);
    // A word it does not know asks which kind, and stores nothing yet.
    expect(await say('biaya sumbangan 5rb')).toMatch(/1 sampai 5[\s\S]*1 Listrik \/ gas elpiji/);
    expect(await rows('costs')).toHaveLength(3);
    await say('batal');

    const en = await diaryPhone(t, 'ann-0813', { lang: 'en' });
    expect(await en.say('cost lpg 20rb')).toContain('For: Electricity / gas');
  });
});

describe('the command word alone', () => {
  it('"kerja" alone asks everything, like the menu; a command word is never taken for a name', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('kerja')).toMatch(/Berapa jam/);
    expect(await say('3', '0')).toContain('Hari: hari ini, 28/11');
    // The day assumed is changed by typing it at the check screen.
    expect(await say('kemarin')).toContain('Hari: kemarin, 27/11');
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ worked_on: '2026-11-27', minutes: 180 }]);
    expect(await say('order')).toMatch(/Dari siapa order ini/);
    // A command is never taken for a name: it is done, and the unfinished order offered back.
    const rekap = await say('rekap minggu ini');
    expect(rekap).toMatch(/minggu ini/i);
    expect(rekap).toMatch(/Order belum selesai:\n1 Lanjutkan\n2 Buang/);
    expect(await say('1')).toMatch(/Dari siapa order ini/);
    expect(await say('Bu Yati')).toMatch(/Barang apa/);
    expect(await rows('employers')).toEqual([]);
  });

  it('a quick entry or TANYA typed where a name is asked is not taken for a name, and nothing is said twice', async () => {
    const { say, rows } = await diaryPhone(t);
    const first = await say('order');
    // No employer yet: a number cannot be picked, said once, then the question.
    expect(await say('1')).toBe(`Namanya belum saya pahami.\n${first}`);
    // A new entry typed where a name is asked is that entry: recorded, then the order offered back.
    const pay = await say('dibayar 50rb dari Bu Yati');
    expect(pay).toContain('Cek dulu, bayaran:');
    expect(pay).toContain('Dari: Bu Yati (baru)');
    expect(await say('1')).toMatch(/Tersimpan[\s\S]*Order belum selesai:\n1 Lanjutkan\n2 Buang/);
    expect(await rows('payments')).toMatchObject([{ amount: 50000, kind: 'pay' }]);
    expect(await say('1')).toMatch(/Dari siapa order ini\?\n1 Bu Yati/);
    // TANYA asks for the question on the side; BATAL there goes back to the order, BATAL again leaves it.
    expect(await say('tanya')).toMatch(/^Tulis pertanyaan Anda/);
    expect(await say('batal')).toMatch(/^Baik, tidak dikirim\.\n\nLanjutkan yang tadi/);
    expect(await say('batal')).toMatch(/Dibatalkan/);
    expect(await rows('orders')).toEqual([]);
    // HAPUS is for all her data; the confirmation points to UBAH for one entry.
    expect(await say('hapus')).toMatch(
      /Hapus SEMUA data Anda\?[\s\S]*Hanya satu catatan yang salah\? Balas 2, lalu ketik UBAH\./,
    );
    expect(await say('2')).toMatch(/tidak dihapus/);
  });
});

describe('implausible and ambiguous values are confirmed, never stored silently', () => {
  it('a rate of Rp5 juta a pair, a bare "116", a date to come, 17 hours', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('order 3 kodi sandal 5jt/pasang dari Bu Yati')).toMatch(
      /Upah Rp5.000.000\/pasang\? Jadi totalnya Rp300.000.000. Itu besar sekali/,
    );
    expect(await say('2')).toMatch(/Berapa upahnya/);
    // Still a quick entry after the rate is typed again: straight to the check screen.
    expect(await say('2rb/pasang')).toMatch(/Perjanjian tertulis: belum diisi/);
    await say('1');

    // "116" without "rb" in a message: Rp116.000, shown on the check screen (2 Ubah changes it there).
    expect(await say('dibayar 116')).toContain('Jumlah: Rp116.000');
    await say('1');
    expect((await rows('payments'))[0]).toMatchObject({ amount: 116_000 });

    // A hand-in said for tomorrow is what she will do: recorded once done, nothing kept now.
    const handinsBefore = (await rows('handins')).length;
    expect(await say('setor 10 besok')).toMatch(/Catat setelah terjadi/);
    expect((await rows('handins')).length).toBe(handinsBefore);

    expect(await say('kerja 30 jam')).toMatch(/Satu hari hanya 24 jam[\s\S]*Berapa jam/);
    expect(await say('17')).toMatch(/Hari itu \(hari ini, 28\/11\) jadi 17 jam kerja. Betul\?/);
    expect(await say('1')).toContain('Dibantu keluarga: belum disebut');
    await say('0', '1');
    expect(await say('kerja 8 jam')).toMatch(/jadi 25 jam, lebih dari 24 jam/);
    expect(await rows('work_hours')).toHaveLength(1);
  });

  it('a name close to an employer she has is checked, not silently made new', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
    // In a whole message the near name is taken and shown beside what she wrote, to change with 2 Ubah.
    expect(await say('order 1 kodi sandal 2rb/pasang dari bu yatik')).toContain(
      'Dari: Bu Yati (Anda tulis: Bu Yatik)\n',
    );
    expect(await say('2', '1')).toMatch(/^Dari siapa order ini\?\n1 Bu Yati\n/);
    // Typed as an answer, it is asked.
    expect(await say('bu yatik')).toMatch(/Maksud Anda Bu Yati\?\n1 Ya, Bu Yati\n2 Bukan, orang baru: Bu Yatik/);
    expect(await say('1')).toContain('Dari: Bu Yati\n');
    expect(await say('1')).toMatch(/Order tersimpan/);
    expect(await say('order 2 kodi sandal 2rb/pasang dari YATI')).toContain('Dari: Bu Yati\n');
    await say('1');
    expect(await rows('employers')).toHaveLength(1);
    expect(await rows('orders')).toHaveLength(3);
  });

  it('several open orders: the quick hand-in asks which, or finds it by a word', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
    await say('order 100 peci 500 dari Pak Slamet', '1');
    expect(await say('setor 50')).toMatch(/Setor untuk order yang mana/);
    expect(await say('2')).toContain('Order: Pak Slamet: peci (28/11)');
    await say('1');
    expect(await say('setor 20 sandal')).toContain('Order: Bu Yati: sandal (28/11)');
    await say('1');
    expect((await rows('handins')).map((h) => h.delivered_pieces)).toEqual([50, 20]);
    expect((await rows('orders'))[1]).toMatchObject({ rate_amount: 500, rate_per: 'pcs', rate_per_piece: 500 });
  });
});

describe('kasbon and the balance with an employer', () => {
  it('an advance, then pay with the advance deducted', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
    const k = await say('kasbon 50rb');
    expect(k).toContain('Cek dulu, kasbon:');
    expect(k).toContain('Jenis: kasbon');
    expect(k).not.toContain('Potongan');
    expect(await say('1')).toMatch(/Dibayar di muka \(kasbon\): Rp50.000/);
    await say('setor 60', '1');
    const p = await say('dibayar 70rb potong kasbon 50rb');
    expect(p).toContain('Potongan: Rp50.000 untuk kasbon');
    expect(await say('1')).toMatch(/upah dari setoran Rp120.000, uang diterima Rp120.000. Lunas/);
    expect(await rows('payments')).toMatchObject([
      { kind: 'kasbon', amount: 50_000, order_id: null },
      { kind: 'pay', amount: 70_000, kasbon_repaid: 50_000, deduction: 0 },
    ]);
    // A deduction without a reason, with no advance left to pay back: a cut for something else, not asked.
    const cut = await say('dibayar 10rb potong 2rb');
    expect(cut).not.toMatch(/itu untuk apa/);
    expect(cut).toContain('Potongan: Rp2.000 (retur, bahan, dll)');
    await say('batal');
    // Pay before any hand-in is recorded: ahead, but not called a kasbon.
    const other = await say('dibayar 30rb dari Pak Slamet');
    expect(other).toContain('Dari: Pak Slamet (baru)');
    const ahead = await say('1');
    expect(ahead).toMatch(/uang diterima Rp30.000.\nDibayar di muka: Rp30.000./);
    expect(ahead).not.toContain('kasbon');
  });
});

describe('English', () => {
  it('asks and echoes in English; the order note stays in Indonesian for the employer', async () => {
    const { say } = await diaryPhone(t, 'ann', { lang: 'en' });
    const echo = await say('order 3 kodi sandal 2rb/pasang dari Bu Yati');
    expect(echo).toContain('Please check the new order:');
    expect(echo).toContain('Quantity: 3 kodi (60)');
    expect(echo).toContain('Written agreement: not said');
    expect(echo).toContain('Materials from employer: not said');
    const saved = await say('1');
    expect(saved).toMatch(/Forward the next message \(in Indonesian\)/);
    expect(saved).toContain('CATATAN ORDER');
  });

  it('"advance" is a kasbon, and money is written as she types it', async () => {
    const { say, rows } = await diaryPhone(t, 'ann', { lang: 'en' });
    const echo = await say('advance 20rb from Bu Yati');
    expect(echo).toContain('Please check the advance:');
    expect(echo).toContain('Amount: Rp20.000');
    expect(await say('1')).toMatch(/Paid in advance \(kasbon\): Rp20.000/);
    expect(await rows('payments')).toMatchObject([{ kind: 'kasbon', amount: 20_000 }]);
    // Examples in her language, and the words of the examples work.
    expect(await say('work', 'whenever')).toMatch(/^I did not understand the hours. For example: 5 or 4.5./);
    expect(await say('yesterday 5 hours', '0')).toContain('Day: yesterday, 27/11\nHours: 5 h');
  });
});
