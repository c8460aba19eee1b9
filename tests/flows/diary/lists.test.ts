// Choosing an order by number when she has many: every open order is reachable
// by digits, a page at a time, and every list message stays short.
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

async function tenOrders(say: (...lines: string[]) => Promise<string>) {
  for (let n = 1; n <= 10; n++) {
    expect(await say(`order ${n} kodi sandal 1500/biji dari Bu Yati`, '1')).toMatch(/Order tersimpan/);
  }
}

describe('ten open orders', () => {
  it('a hand-in against the 10th order: 9 turns the page, and after the last page back to the first', async () => {
    const { say, rows } = await diaryPhone(t);
    await tenOrders(say);
    const first = await say('setor');
    expect(first).toMatch(/Setor untuk order yang mana\?\n1 Bu Yati: sandal \(28\/11\), sisa 20 dari 20\n/);
    expect(first).toMatch(/\n5 Bu Yati: sandal \(28\/11\), sisa 100 dari 100\n9 Order lainnya$/);
    expect(first).not.toMatch(/\n6 /);
    expect(await say('10')).toMatch(/^Balas dengan angka 1 sampai 5, 9 untuk order lainnya\.\nSetor untuk order/);
    const second = await say('9');
    expect(second).toMatch(/\n1 Bu Yati: sandal \(28\/11\), sisa 120 dari 120\n/);
    expect(second).toMatch(/\n5 Bu Yati: sandal \(28\/11\), sisa 200 dari 200\n9 Kembali ke awal daftar$/);
    // Past the last page: the first again.
    expect(await say('9')).toMatch(/\n1 Bu Yati: sandal \(28\/11\), sisa 20 dari 20\n/);
    await say('9');
    expect(await say('5')).toMatch(/Berapa sandal yang diserahkan/);
    await say('200');
    expect(await say('1')).toMatch(/Setoran tersimpan[\s\S]*selesai: 200 diterima/);
    const orders = await rows('orders');
    expect(await rows('handins')).toMatchObject([{ order_id: orders[9]!.id, delivered_pieces: 200 }]);
  });

  it('hours and pay against the 10th order; 0 still means none', async () => {
    const { say, rows } = await diaryPhone(t);
    await tenOrders(say);
    expect(await say('kerja')).toMatch(/Berapa jam/);
    const list = await say('3');
    expect(list).toMatch(/Untuk order yang mana\?\n1 Bu Yati[\s\S]*\n5 Bu Yati[^\n]*\n9 Order lainnya\n0 Campur/);
    expect(await say('9')).toMatch(/\n5 Bu Yati[^\n]*\n9 Kembali ke awal daftar\n0 Campur/);
    expect(await say('7')).toMatch(/^Balas dengan angka 1 sampai 5, 9 untuk order lainnya, atau 0 jika tidak tentu\./);
    expect(await say('5')).toMatch(/Dibantu keluarga: belum disebut/);
    await say('0', '1');
    const orders = await rows('orders');
    expect(await rows('work_hours')).toMatchObject([{ order_id: orders[9]!.id, minutes: 180, helpers: 0 }]);

    // Pay: Bu Yati is the only employer (inferred); which order is not asked, and changing it pages the same way.
    expect(await say('dibayar 50rb')).toMatch(/Untuk order: beberapa order \/ tidak tentu/);
    expect(await say('2')).toMatch(/\n4 Untuk order: beberapa order/);
    expect(await say('4')).toMatch(/Bayaran ini untuk order yang mana\?\n1 Bu Yati/);
    expect(await say('9')).toMatch(/\n5 Bu Yati[^\n]*\n9 Kembali ke awal daftar\n0 Beberapa order/);
    expect(await say('5')).toMatch(/Untuk order: Bu Yati: sandal/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ order_id: orders[9]!.id, amount: 50000 }]);

    // A quick entry assumes no order; changing it at the echo pages too, and 0 is still "mixed / not sure".
    expect(await say('kerja 2 jam kemarin sendiri')).toContain('Untuk order: campur / tidak tentu');
    expect(await say('2')).toMatch(/\n3 Untuk order: campur/);
    expect(await say('3')).toMatch(/Untuk order yang mana\?\n1 Bu Yati/);
    expect(await say('9')).toMatch(/9 Kembali ke awal daftar\n0 Campur/);
    expect(await say('4')).toMatch(/Untuk order: Bu Yati: sandal[\s\S]*Simpan\?/);
    await say('2', '3', '0');
    await say('1');
    expect((await rows('work_hours'))[1]).toMatchObject({ order_id: null, minutes: 120 });
  });
});

describe('long names', () => {
  it('every list message stays short: names are cut in lists, in full in the echo', async () => {
    const { phone, say, clock } = await diaryPhone(t);
    const parts: string[] = [];
    const send = async (...lines: string[]) => {
      let last = '';
      for (const l of lines) {
        last = await phone.send(l);
        parts.push(...last.split('\n\n'));
      }
      return last;
    };
    const words = ['Mawar', 'Melati', 'Kenanga', 'Anggrek', 'Cempaka', 'Dahlia', 'Teratai', 'Kamboja', 'Tulip', 'Lili'];
    const employers = words.map((w) => `Koperasi ${w} Pengrajin Alas Kaki Sidoarjo`.slice(0, 40).trim());
    const product = 'sandal kulit anyaman motif bunga melati';
    for (const e of employers) {
      expect(e.length).toBeGreaterThanOrEqual(38);
      expect(await send(`order 2 kodi ${product} 1500/biji dari ${e}`)).toContain(`Dari: ${e} (baru)`);
      await send('1');
    }
    const setor = await send('setor');
    expect(setor).toContain('1 Koperasi Mawar Peng…: sandal kulit anyama… (28/11), sisa 40 dari 40');
    expect(await send('9', '5')).toMatch(/Berapa sandal kulit anyaman motif bunga melati yang diserahkan/);
    expect(await send('40', '0')).toContain(`Order: ${employers[9]}: ${product} (28/11)`);
    await send('1');
    await send('menu', '4', '1', '3', '9', '1', '0', '1');
    // Pay from the first employer, who now has a second order: the list of her orders.
    clock.advance(60_000);
    // (Another count: the same order again minutes later is taken as sent twice.)
    await send(`order 3 kodi ${product} 1500/biji dari ${employers[0]}`, '1');
    expect(await send('menu', '3')).toContain('\n1 Koperasi Mawar Peng…\n');
    // Which order is not asked; changed from the check screen, the list of her orders is short too.
    expect(await send('1', '1', '50rb', '0')).toMatch(/Untuk order: beberapa order/);
    expect(await send('2', '4')).toMatch(/\n1 Koperasi Mawar Peng…: sandal kulit anyama… \(28\/11\)\n2 /);
    await send('batal');
    expect(await send('ubah')).toMatch(
      /^Catatan terakhir[\s\S]*\n1 Order 28\/11 Koperasi Mawar Peng…: sandal kulit anyama… 3 kodi \(60\)\n/,
    );
    await send('9', '9');
    await say('batal');

    // Eleven orders, a hand-in, hours, pay and the lists: a long conversation.
    expect(parts.length).toBeGreaterThan(50);
    const longest = Math.max(...parts.map((p) => p.length));
    expect(longest).toBeLessThanOrEqual(1000);
    // Every list is well under the limit (the longest, a page of UBAH, is about 490).
    const lists = parts.filter((x) => /\n[1-9] .*\n[1-9] /.test(x));
    expect(lists.length).toBeGreaterThan(10);
    for (const p of lists) expect(p.length, p).toBeLessThanOrEqual(500);
  });
});

describe('a name that is not taken says why', () => {
  const long = 'Koperasi Pengrajin Alas Kaki Sidoarjo Jaya Abadi';

  it('too long (more than 40 letters), or a phone number; nothing is stored', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(long.length).toBeGreaterThan(40);
    const r = await say(`order 2 kodi sandal 1500/biji dari ${long}`);
    expect(r).toMatch(/^Namanya terlalu panjang\. Paling banyak 40 huruf\..*\nDari siapa order ini\?/);
    expect(await say('Bu Yati 0812 3456 7890')).toMatch(
      /^Jangan ketik nomor HP di sini\. Ketik namanya saja, contoh: Bu Yati\.\nDari siapa order ini\?/,
    );
    expect(await rows('employers')).toEqual([]);
    // A shorter name goes on from where she was.
    expect(await say('Koperasi Jaya Abadi')).toContain('Dari: Koperasi Jaya Abadi (baru)');
    // A product name too long says so too.
    await say('2', '2');
    expect(await say('sandal kulit anyaman motif bunga melati dan mawar')).toMatch(
      /^Nama barangnya terlalu panjang\. Paling banyak 40 huruf/,
    );
    await say('batal');
    expect(await rows('orders')).toEqual([]);
  });

  it('in English', async () => {
    const { say, rows } = await diaryPhone(t, 'en-user', { lang: 'en' });
    expect(await say(`order 2 kodi sandal 1500/biji dari ${long}`)).toMatch(
      /^The name is too long\. At most 40 letters\..*\nWho is this order from\?/,
    );
    expect(await say('081234567890 Yati')).toMatch(/^Please do not type a phone number here\./);
    expect(await rows('employers')).toEqual([]);
  });
});
