// Second thoughts, a fourth round, through the real engine on SQLite: the sum typed again alone (or starred) just
// after saving; "nanti ... dikabari" with words between; krama words of taking back ("lepat", "sanes") at the check
// screen and after saving; "hapus aja" after saying why; a name put right with a comma for "but" a record later;
// the helper put right with her age, which is no count of hours.
// Sunday 8 July 2029, 19:00 WIB, a minute between messages.
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

const NOW = '2029-07-08T19:00:00+07:00';
const TODAY = '2029-07-08';

const diary = () => diaryAt(t, NOW);

describe('the sum typed again just after saving', () => {
  it('"*45rb" after a cost of 54rb puts the sum right', async () => {
    const { say, rows } = await diary();
    await say('beli lem 54rb', '1');
    expect(await say('*45rb')).toMatch(/Jumlah: Rp54\.000 → Rp45\.000/);
    await say('1');
    expect(live(await rows('costs'))).toMatchObject([{ amount: 45000 }]);
  });

  it('"230rb" alone after a pay of 320rb puts the sum right', async () => {
    const { say, rows } = await diary();
    await say('dibayar pak darmo 320rb', '1');
    expect(await say('230rb')).toMatch(/Jumlah: Rp320\.000 → Rp230\.000/);
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([{ kind: 'pay', amount: 230000 }]);
  });

  it('"*12 lusin" after an order of 10 lusin puts the count right', async () => {
    const { say, rows } = await diary();
    await say('ambil kaos kaki 10 lusin dr bu sari upah 3rb per lusin', '1');
    expect(await say('*12 lusin')).toMatch(/Jumlah: 10 lusin \(120\) → 12 lusin \(144\)/);
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([{ quantity_pieces: 144, rate_amount: 3000 }]);
  });

  it('a sum alone after an order (no sum of its own) changes nothing', async () => {
    const { say, rows } = await diary();
    await say('ambil kaos kaki 10 lusin dr bu sari upah 3rb per lusin', '1');
    expect(await say('50rb')).not.toMatch(/Diubah/);
    expect(live(await rows('orders'))).toMatchObject([{ quantity_pieces: 120, rate_amount: 3000 }]);
  });
});

describe('the rate to be told later, with words between', () => {
  it('"ngko jare opahe dikabari" keeps the order without a rate', async () => {
    const { say, rows } = await diary();
    expect(await say('ambil kancing 10 lusin dr bu sari')).toMatch(/Berapa upahnya\?/);
    expect(await say('ngko jare opahe dikabari')).toMatch(/Upah: belum diketahui/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 120, rate_amount: null }]);
  });

  it('"upahnya dikasih tau nanti" keeps the order without a rate', async () => {
    const { say, rows } = await diary();
    await say('ambil tas 2 kodi dr bu sari');
    expect(await say('upahnya dikasih tau nanti')).toMatch(/Upah: belum diketahui/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 40, rate_amount: null }]);
  });
});

describe('krama words of taking back', () => {
  it('"nyuwun sewu, lepat, 6 kodi" at the check screen makes the order 6 kodi; "ngintunaken" is no part of the name', async () => {
    const { say, rows, employerId } = await diary();
    expect(await say('Bu Sari ngintunaken kancing 8 kodi, opahipun 4 ewu sekodi')).toMatch(/Dari: Bu Sari \(baru\)/);
    expect(await say('nyuwun sewu, lepat, 6 kodi')).toMatch(/Jumlah: 6 kodi \(120\)/);
    await say('inggih');
    expect(await rows('orders')).toMatchObject([
      { quantity_pieces: 120, rate_amount: 4000, employer_id: await employerId('Bu Sari') },
    ]);
  });

  it('"ngapunten, sanes wingi, dinten Senin" at the check screen moves the hours to Monday', async () => {
    const { say, rows } = await diary();
    await say('wingi nyulam 3 jam piyambakan');
    expect(await say('ngapunten, sanes wingi, dinten Senin')).toMatch(/Hari: .*02\/07/);
    await say('inggih');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 180, worked_on: '2029-07-02' }]);
  });

  it('"ngapunten lepat, 6 kodi" just after saving puts the order right', async () => {
    const { say, rows } = await diary();
    await say('Bu Sari ngintunaken kancing 8 kodi, opahipun 4 ewu sekodi', '1');
    expect(await say('ngapunten lepat, 6 kodi')).toMatch(/Jumlah: 8 kodi \(160\) → 6 kodi \(120\)/);
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([{ quantity_pieces: 120 }]);
  });
});

describe('after saving', () => {
  it('"itu bukan buat kerjaan, buat motor. hapus aja" takes the cost back', async () => {
    const { say, rows } = await diary();
    await say('beli minyak mesin 18rb', '1');
    expect(await say('itu bukan buat kerjaan, buat motor. hapus aja')).toMatch(/dibatalkan/);
    expect(live(await rows('costs'))).toHaveLength(0);
  });

  it('"hapus aja" alone takes back the record saved a minute ago', async () => {
    const { say, rows } = await diary();
    await say('dibayar bu sari 75rb', '1');
    expect(await say('hapus aja')).toMatch(/dibatalkan/);
    expect(live(await rows('payments'))).toHaveLength(0);
  });

  it('"yg kasbon td bukan pak darmo, bu sari" after hours saved moves the advance', async () => {
    const { say, rows, employerId } = await diary();
    await say('ngebon pak darmo 100rb', '1');
    await say('njahit 3 jam dewe', '1');
    expect(await say('yg kasbon td bukan pak darmo, bu sari')).toMatch(/Dari: Pak Darmo → Bu Sari/);
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([
      { kind: 'kasbon', amount: 100000, employer_id: await employerId('Bu Sari') },
    ]);
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 180, worked_on: TODAY }]);
  });

  it('"eh bukan mbakyuku, ponakanku umur 11" after hours: a child helped; the hours stay', async () => {
    const { say, rows } = await diary();
    await say('nyulam 4 jam dibantu mbakyuku', '1');
    expect(await say('eh bukan mbakyuku, ponakanku umur 11')).toMatch(/Anak di bawah 15 th: Tidak → Ya/);
    await say('1');
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 240, helpers: 1, child_helper: 1 }]);
  });

  it('"dudu ponakanku, putuku umur 9" to the soft question of a child: a child helped; the hours stay', async () => {
    const { say, rows } = await diary();
    expect(await say('mbatik 5 jam dibantu ponakanku', '1')).toMatch(/anak di bawah 15/i);
    expect(await say('dudu ponakanku, putuku umur 9')).toMatch(/ada anak di bawah 15 th/);
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 300, helpers: 1, child_helper: 1 }]);
  });
});
