// Changing and undoing entries: the same questions, an audit trail of every
// change, and summaries that follow.
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

async function withDiary() {
  const d = await diaryPhone(t);
  const minute = () => d.clock.advance(60_000);
  await d.say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
  minute();
  await d.say('setor 60 retur 2', '1');
  minute();
  await d.say('dibayar 100rb', '1');
  minute();
  await d.say('biaya lem 15rb', '1');
  minute();
  return d;
}

describe('corrections', () => {
  it('lists the latest entries and changes a hand-in; the old value stays in the audit trail', async () => {
    const { say, rows, workerId } = await withDiary();
    const list = await say('UBAH');
    expect(list).toMatch(
      /Catatan terakhir. Pilih nomor untuk ubah atau hapus:\n1 Biaya 28\/11 Bahan: Rp15.000\n2 Bayaran 28\/11 Bu Yati: Rp100.000\n3 Setor 28\/11 sandal: 58 diterima, 2 retur\n4 Order 28\/11 Bu Yati: sandal 3 kodi \(60\)\n0 Kembali/,
    );
    expect(await say('7')).toMatch(/Balas dengan angka 1 sampai 4/);
    expect(await say('3')).toMatch(/Setor 28\/11 sandal: 58 diterima, 2 retur\n1 Ubah\n2 Hapus\n0 Kembali/);
    const fields = await say('1');
    expect(fields).toMatch(
      /Mana yang mau diubah\?\n1 Order: Bu Yati: sandal \(28\/11\)\n2 Diserahkan: 60\n3 Ditolak: 2/,
    );
    expect(await say('2')).toMatch(/Berapa sandal yang diserahkan/);
    expect(await say('-3')).toMatch(/lebih dari nol|belum saya pahami/);
    expect(await say('60')).toMatch(/ditolak/);
    const diff = await say('0');
    expect(diff).toContain('Ditolak: 2, diterima 58 = Rp116.000 → 0, diterima 60 = Rp120.000');
    expect(diff).toMatch(/1 Ya, simpan\n2 Ubah lagi/);
    expect((await rows('handins'))[0]).toMatchObject({ delivered_pieces: 60, rejected_pieces: 2 });
    expect(await say('1')).toMatch(/Sudah diubah/);
    const [h] = await rows('handins');
    expect(h).toMatchObject({ delivered_pieces: 60, rejected_pieces: 0, voided_at: null });
    expect(await rows('diary_corrections')).toEqual([
      expect.objectContaining({
        worker_id: workerId,
        entity: 'handin',
        entity_id: h!.id,
        action: 'change',
        field: 'rejected_pieces',
        old_value: '2',
        new_value: '0',
      }),
    ]);
    // The list marks what was changed; the balance follows the change.
    expect(await say('ubah')).toContain('Setor 28/11 sandal: 60 diterima (diubah)');
    await say('0');
    expect(await say('rekap bulan ini')).toContain(
      'Bu Yati: upah Rp120.000, dibayar Rp100.000; belum dibayar Rp20.000',
    );
  });

  it('changing an order’s rate and employer: a new order note, rate_per_piece recomputed, each change audited', async () => {
    const { say, rows } = await withDiary();
    const [o] = await rows('orders');
    await say('ubah', '4', '1');
    expect(await say('4')).toMatch(/Berapa upahnya/);
    expect(await say('4rb sekodi')).toContain(
      'Upah: Rp2.000/pasang, total Rp120.000 → Rp4.000/kodi (Rp200/biji), total Rp12.000',
    );
    expect(await say('2')).toMatch(/Mana yang mau diubah/);
    expect(await say('1')).toMatch(/Dari siapa order ini\?\n1 Bu Yati/);
    const diff = await say('Pak Slamet');
    expect(diff).toContain('Dari: Bu Yati → Pak Slamet (baru)');
    const done = await say('1');
    expect(done).toContain('Pemberi kerja: Pak Slamet');
    expect(done).toContain('Upah: Rp4.000/kodi (Rp200/biji)');
    const [after] = await rows('orders');
    const slamet = (await rows('employers')).find((e) => e.name === 'Pak Slamet')!;
    expect(after).toMatchObject({
      id: o!.id,
      rate_amount: 4000,
      rate_per: 'kodi',
      rate_per_piece: 200,
      employer_id: slamet.id,
    });
    const audit = (await rows('diary_corrections')).map((c) => [c.field, c.old_value, c.new_value]);
    expect(audit).toEqual(
      expect.arrayContaining([
        ['employer_id', String(o!.employer_id), String(slamet.id)],
        ['rate_amount', '2000', '4000'],
        ['rate_per', '"pasang"', '"kodi"'],
        ['rate_per_piece', '2000', '200'],
      ]),
    );
    expect(audit).toHaveLength(4);
  });

  it('undoing a cost keeps the row, marks it void, and takes it out of REKAP', async () => {
    const { say, rows } = await withDiary();
    expect(await say('rekap bulan ini')).toContain('Biaya Anda: Rp15.000');
    expect(await say('ubah', '1', '2')).toMatch(
      /Hapus catatan ini\?\nBiaya 28\/11 Bahan: Rp15.000\n1 Ya, hapus\n2 Tidak/,
    );
    expect(await say('nanti')).toMatch(/Balas 1 atau 2/);
    expect(await say('2')).toMatch(/tidak dihapus/);
    expect((await rows('costs'))[0]!.voided_at).toBeNull();
    expect(await say('ubah', '1', '2', '1')).toMatch(/Sudah dihapus/);
    const [c] = await rows('costs');
    expect(c!.voided_at).toBe('2026-11-28T03:04:00.000Z');
    expect(await rows('diary_corrections')).toMatchObject([{ entity: 'cost', entity_id: c!.id, action: 'void' }]);
    expect(await say('rekap bulan ini')).toContain('Biaya Anda: Rp0');
    expect(await say('ubah')).not.toContain('Biaya 28/11');
  });

  it('undoing an order undoes its hand-ins and unlinks its payments, all in the trail', async () => {
    const { say, rows } = await withDiary();
    expect(await say('ubah', '4', '2')).toMatch(/1 setoran untuk order ini ikut terhapus/);
    await say('1');
    expect((await rows('orders'))[0]!.voided_at).not.toBeNull();
    expect((await rows('handins'))[0]!.voided_at).not.toBeNull();
    expect(await rows('payments')).toMatchObject([{ order_id: null, voided_at: null, amount: 100_000 }]);
    expect((await rows('diary_corrections')).map((c) => [c.entity, c.action, c.field])).toEqual([
      ['order', 'void', null],
      ['handin', 'void', null],
      ['payment', 'change', 'order_id'],
    ]);
    // The money stays: Bu Yati paid 100.000 ahead of any (remaining) work.
    expect(await say('rekap bulan ini')).toContain('Bu Yati: upah Rp0, dibayar Rp100.000; dibayar di muka Rp100.000');
  });

  it('0 leaves without changing; an empty diary says so', async () => {
    const d = await diaryPhone(t, 'new-one');
    expect(await d.say('koreksi')).toMatch(/Belum ada catatan/);
    await d.say('biaya listrik 20rb', '1');
    expect(await d.say('ubah', '1', '1', '0')).toMatch(/tidak ada yang diubah/);
    expect(await d.rows('diary_corrections')).toEqual([]);
    // Choosing a field and typing the same value: nothing to save.
    expect(await d.say('ubah', '1', '1', '2', '20rb')).toMatch(/Belum ada yang berubah/);
  });

  it('pages through older entries', async () => {
    const d = await diaryPhone(t, 'many');
    for (let i = 1; i <= 10; i++) {
      d.clock.advance(60_000);
      await d.say(`biaya lem ${i}rb`, '1');
    }
    const first = await d.say('ubah');
    expect(first).toMatch(/1 Biaya 28\/11 Bahan: Rp10.000/);
    expect(first).toMatch(/6 Biaya 28\/11 Bahan: Rp5.000\n9 Lebih lama\n0 Kembali/);
    const second = await d.say('9');
    expect(second).toMatch(/1 Biaya 28\/11 Bahan: Rp4.000\n[\s\S]*4 Biaya 28\/11 Bahan: Rp1.000\n0 Kembali/);
    expect(await d.say('4', '2', '1')).toMatch(/Sudah dihapus/);
    expect((await d.rows('costs')).filter((c) => c.voided_at).map((c) => c.amount)).toEqual([1000]);
  });

  it('"gak jadi, batal aja yg tadi" just after saving takes that record back at once; later it does not', async () => {
    const d = await withDiary();
    const taken = await d.say('eh ora sido, lem e digawakne bu yati jebule');
    expect(taken).toMatch(/dibatalkan:\nBiaya 28\/11 Bahan: Rp15.000/);
    const costs = await d.rows('costs');
    expect(costs.map((c) => Boolean(c.voided_at))).toEqual([true]);
    // Naming the kind takes back that one, not the newest.
    expect(await d.say('batal aja yg bayaran tadi')).toMatch(/dibatalkan:\nBayaran 28\/11 Bu Yati: Rp100.000/);
    expect((await d.rows('payments')).map((p) => Boolean(p.voided_at))).toEqual([true]);
    // "gak jadi bayar" says what did not happen; it takes back nothing.
    await d.say('bu yati gak jadi bayar');
    expect((await d.rows('handins')).map((h) => h.voided_at)).toEqual([null]);
    // An hour later, nothing new to take back: said, nothing changed.
    d.clock.advance(60 * 60_000);
    expect(await d.say('gak jadi yg tadi')).toMatch(/Tidak ada catatan baru yang bisa dibatalkan/);
    expect((await d.rows('handins')).map((h) => h.voided_at)).toEqual([null]);
  });

  it('two records changed in one message: the hand-in and then the pay move to the employer she meant', async () => {
    const d = await diaryPhone(t, 'two-fixes');
    const minute = () => d.clock.advance(60_000);
    await d.say('order 5 kodi sandal 15rb/kodi dari Bu Yati', '1');
    minute();
    await d.say('order 5 kodi sandal 14rb/kodi dari Bu Umi', '1');
    minute();
    await d.say('setor sandal 2 kodi ke bu yati', '1');
    minute();
    await d.say('dibayar bu yati 28rb', '1');
    minute();
    const first = await d.say('eh sori yg setor td ke bu umi bukan bu yati, bayarnya jg dr bu umi');
    expect(first).toMatch(/Order: Bu Yati: sandal \(28\/11\) → Bu Umi: sandal \(28\/11\)/);
    const second = await d.say('1');
    expect(second).toMatch(/Sudah diubah/);
    expect(second).toMatch(/Dari: Bu Yati → Bu Umi/);
    await d.say('1');
    const employers = new Map((await d.rows('employers')).map((e) => [e.id, e.name]));
    const [h] = (await d.rows('handins')).filter((x) => !x.voided_at);
    const orders = new Map((await d.rows('orders')).map((o) => [o.id, o.employer_id]));
    expect(employers.get(orders.get(h!.order_id))).toBe('Bu Umi');
    const [pay] = (await d.rows('payments')).filter((x) => !x.voided_at);
    expect(employers.get(pay!.employer_id)).toBe('Bu Umi');
  });
});
