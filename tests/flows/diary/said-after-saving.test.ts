// What she says just after saving, and at a check screen, off the script: one record of several taken back by its
// kind, its employer or what it was for ("kasbonnya batal ding"); the employer taken back with more said after it;
// a figure put right with "mbak" after "salah"; the unit said wrong ("dudu kodi tapi lusin"); the figure taken back
// says which line it was; an employer settled on after being unsure aloud. Through the real engine on SQLite, on
// Thursday 7 June 2029, 19:00 WIB, a minute between messages.
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

const diary = () => diaryAt(t, '2029-06-07T19:00:00+07:00');

describe('one of several records just saved did not happen', () => {
  it('"kasbone ora sido, duite durung ono" takes back the advance and keeps the pay', async () => {
    const { say, rows } = await diary();
    await say('ambil 3 kodi peci dr bu umi 20rb sekodi', '1');
    expect(await say('bu umi mbayar 60 ewu, karo aku kasbon 40 ewu')).toMatch(/2 catatan/);
    expect(await say('1')).toMatch(/2 catatan tersimpan/);
    expect(await say('kasbone ora sido, duite durung ono')).toMatch(/dibatalkan|batal/i);
    expect(live(await rows('payments'))).toMatchObject([{ kind: 'pay', amount: 60000 }]);
  });

  it('"yg bu umi gak jadi, blm dibayar" takes back her pay only, by the employer named', async () => {
    const { say, rows } = await diary();
    await say('ambil 3 kodi peci dr bu umi 20rb sekodi', '1', 'ambil 2 kodi sandal dr pak hadi 15rb sekodi', '1');
    await say('pak hadi bayar 30rb, bu umi 50rb', '1');
    await say('yg bu umi gak jadi mbak, blm dibayar');
    const pays = live(await rows('payments'));
    expect(pays).toHaveLength(1);
    expect(pays[0]).toMatchObject({ amount: 30000 });
  });

  it('"benangnya batal, tokonya tutup" takes back the cost and keeps the hand-in', async () => {
    const { say, rows } = await diary();
    await say('ambil 3 kodi peci dr bu umi 20rb sekodi', '1');
    await say('setor peci ke bu umi 2 kodi, trs beli benang 25rb', '1');
    await say('benangnya batal, tokonya tutup');
    expect(live(await rows('costs'))).toHaveLength(0);
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 40 }]);
  });

  it('with nothing saved just now, "kasbonnya batal" takes nothing back', async () => {
    const { say, rows, clock } = await diary();
    await say('bu umi kasbon 40 ewu', '1');
    clock.advance(3 * 3600_000);
    await say('kasbonnya batal');
    expect(live(await rows('payments'))).toHaveLength(1);
  });
});

describe('a saved record put right off the script', () => {
  it('"eh bukan, nang bu umi ding. pak hadi sesuk" moves the hand-in just saved to her order', async () => {
    const { say, rows } = await diary();
    await say('ambil 3 kodi tas dr pak hadi 20rb sekodi', '1', 'ambil 4 kodi tas dr bu umi 25rb sekodi', '1');
    await say('setor tas 2 kodi ke pak hadi', '1');
    expect(await say('eh bukan, nang bu umi ding. pak hadi sesuk')).toMatch(/Bu Umi/);
    await say('1');
    const orders = await rows('orders');
    const umi = orders.find((o) => o.quantity_count === 4)!;
    expect(live(await rows('handins'))).toMatchObject([{ order_id: umi.id, delivered_pieces: 40 }]);
  });

  it('"yg tadi salah kak, 32 biji bukan 30" changes the count of the order just saved', async () => {
    const { say, rows } = await diary();
    await say('dapet jahit kerudung 30 biji dr bu endang, 3rb per biji', '1');
    expect(await say('yg tadi salah kak, 32 biji bukan 30')).toMatch(/30 biji[\s\S]*→[\s\S]*32 biji/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 32 }]);
  });

  it('"eh salah, bukan kodi tapi lusin" after saving keeps the figures in dozens', async () => {
    const { say, rows } = await diary();
    await say('ambil kancing 10 kodi dari bu endang, sekodi 4 ewu', '1');
    expect(await say('eh salah, bukan kodi tapi lusin')).toMatch(/10 lusin/);
    await say('1');
    expect(await rows('orders')).toMatchObject([
      { quantity_count: 10, unit: 'lusin', quantity_pieces: 120, rate_amount: 4000, rate_per: 'lusin' },
    ]);
  });

  it('"dudu kodi, lusin" at the check screen changes the unit before saving', async () => {
    const { say, rows } = await diary();
    expect(await say('oleh kancing 5 kodi teko bu endang, sekodi 3 ewu')).toMatch(/5 kodi/);
    expect(await say('eh dudu kodi, lusin')).toMatch(/5 lusin \(60\)/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ unit: 'lusin', quantity_pieces: 60, rate_per: 'lusin' }]);
  });
});

describe('answers with a second thought', () => {
  it('"eh bukan 6, 4 ding" at a hand-in\'s check screen changes the rejects that were 6', async () => {
    const { say, rows, open } = await diary();
    await say('ambil 100 keset dr bu yati 2rb per biji', '1');
    expect(await say('setor keset ke bu yati 80, yg dibalikin 6')).toMatch(/Ditolak: 6/);
    expect(await say('eh bukan 6, 4 ding')).toMatch(/Diserahkan: 80\nDitolak: 4/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 80, rejected_pieces: 4 }]);
    expect(await open()).toBe(0);
  });

  it('"dr bu umi. eh apa pak hadi ya.. iya pak hadi" to "Dari siapa?" is Pak Hadi', async () => {
    const { say, rows, open } = await diary();
    await say('ambil 3 kodi peci dr bu umi 20rb sekodi', '1', 'ambil 2 kodi sandal dr pak hadi 15rb sekodi', '1');
    expect(await say('td pagi dianter sapu 40 biji, 2rb per biji')).toMatch(/Dari siapa/);
    expect(await say('dr bu umi. eh apa pak hadi ya.. iya pak hadi, bu umi kan peci')).toMatch(/Dari: Pak Hadi/);
    await say('1');
    const hadi = (await rows('employers')).find((e) => /hadi/i.test(String(e.name)))!;
    expect((await rows('orders')).at(-1)).toMatchObject({ employer_id: hadi.id, product: 'sapu' });
    expect(await open()).toBe(0);
  });

  it('"ga yakin, kira2 3. iya 3" to "Berapa yang ditolak?" takes the figure she settles on', async () => {
    const { say, rows } = await diary();
    await say('ambil 100 keset dr bu yati 2rb per biji', '1');
    expect(await say('setor keset ke bu yati 60, ada yg dibalikin')).toMatch(/ditolak/i);
    expect(await say('ga tau pasti kak, kira2 3. iya 3')).toMatch(/Diserahkan: 60\nDitolak: 3/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 60, rejected_pieces: 3 }]);
  });

  it('"4rb selusin apa sebiji ya. selusin" to "Berapa upahnya?" is 4rb a dozen', async () => {
    const { say, rows } = await diary();
    expect(await say('dapet garapan kancing 3 lusin dr bu endang')).toMatch(/upahnya/i);
    expect(await say('katane 4rb.. selusin apa sebiji ya. selusin kak')).toMatch(/Rp4\.000\/lusin/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ rate_amount: 4000, rate_per: 'lusin', quantity_pieces: 36 }]);
  });

  it('"teko bu umi mbak, sing omahe cedak pasar" to "Dari siapa?" keeps the goods told before', async () => {
    const { say, rows } = await diary();
    await say('ambil 3 kodi peci dr bu umi 20rb sekodi', '1', 'ambil 2 kodi sandal dr pak hadi 15rb sekodi', '1');
    expect(await say('oleh rengginang 20 kg kanggo dibungkus, opahe 3 ewu sekilo')).toMatch(/Dari siapa/);
    expect(await say('teko bu umi mbak, sing omahe cedak pasar')).toMatch(/Barang: rengginang/);
    await say('1');
    expect((await rows('orders')).at(-1)).toMatchObject({ product: 'rengginang', quantity_pieces: 20 });
  });

  it('"blm tau upahnya, nanti dikabari hari sabtu" to "Berapa upahnya?" keeps the order received today', async () => {
    const { say, rows } = await diary();
    expect(await say('bu endang ngirim 50 kerudung')).toMatch(/upahnya/i);
    expect(await say('blm tau upahnya, nanti dikabari hari sabtu')).toMatch(/Diterima: hari ini/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ received_on: '2029-06-07', rate_amount: null }]);
  });
});
