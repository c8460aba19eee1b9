// Vague starts and facts over several bubbles, through the real engine on SQLite: a cut told at the sum question
// changes the question to the cash after it; a sum told to "Biaya untuk apa?" is kept; the work named after hours
// were saved is no second record; a name alone before an order is whom it is from; the day an order was brought,
// said after saving it, is that order's day; "lagi" after a hand-in is more work from the same employer; "ada 3 ya"
// is no figure; goods named with an employer in the middle of another record are that employer's when counted
// later. Wednesday 11 July 2029, 19:00 WIB.
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

const NOW = '2029-07-11T19:00:00+07:00';
const TODAY = '2029-07-11';
const YESTERDAY = '2029-07-10';

describe('money told in pieces', () => {
  it('a cut at the sum question asks for the cash after it; the pay keeps both', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('ambil sandal 5 kodi dr pak hadi upah 4rb sekodi', '1');
    expect(await say('pak hadi udah bayar')).toMatch(/Berapa uang yang Anda terima\?/);
    expect(await say('dipotong 8rb buat yg rusak')).toMatch(/Berapa uang yang Anda terima sesudah dipotong\?/);
    expect(await say('terima 72rb')).toMatch(/Rp72\.000/);
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([{ amount: 72000, deduction: 8000 }]);
    expect(await open()).toBe(0);
  });

  it('a sum told to "Biaya untuk apa?" is kept, and what for is asked again', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    expect(await say('tadi belanja')).toMatch(/Biaya untuk apa\?/);
    const again = await say('30rb');
    expect(again).toMatch(/Jumlah: Rp30\.000/);
    expect(again).not.toMatch(/Balas dengan angka/);
    await say('benang jahit', '1');
    expect(await rows('costs')).toMatchObject([{ amount: 30000, category: 'bahan', spent_on: TODAY }]);
  });

  it('"mbak ada 3 ya" is no figure: the pay after it asks its sum', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil kaos 2 kodi dr bu umi upah 5rb sekodi', '1');
    expect(await say('mbak ada 3 ya')).not.toMatch(/belum paham/);
    expect(await say('bu umi bayar kaos')).toMatch(/Berapa uang yang Anda terima\?/);
    await say('10rb', '1');
    expect(live(await rows('payments'))).toMatchObject([{ amount: 10000 }]);
  });
});

describe('the record just saved, and what comes after it', () => {
  it('"njahit daster" after hours were saved is what they went on; who helped is kept on them', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('kerja 5 jam', '1');
    expect(await say('njahit daster')).not.toMatch(/Berapa jam/);
    await say('dibantu adik umur 17');
    await say('1');
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 300, helpers: 1 }]);
    expect(await open()).toBe(0);
  });

  it('"dianter wingi" after an order was saved is the day it came, not a hand-in', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('dapat keset 3 kodi dr bu yati upah 3rb sekodi', '1');
    await say('dianter wingi');
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([{ received_on: YESTERDAY }]);
    expect(await rows('handins')).toHaveLength(0);
  });

  it('"terus ninggali lagi 8 kodi" after a hand-in is more of the same goods from the same employer', async () => {
    const { say, rows, employerId } = await diaryAt(t, NOW);
    await say('ambil peci 4 kodi dr juragan darmo upah 6rb sekodi', '1');
    await say('setor peci 4 kodi ke juragan darmo', '1');
    const asked = await say('terus ninggali lagi 8 kodi');
    expect(asked).not.toMatch(/Dari siapa/);
    await say('upahe podo, 6rb sekodi');
    await say('1');
    const orders = live(await rows('orders'));
    expect(orders).toHaveLength(2);
    expect(orders[1]).toMatchObject({
      product: 'peci',
      quantity_pieces: 160,
      employer_id: await employerId('Juragan Darmo'),
    });
  });
});

describe('whom from, told in another bubble', () => {
  it('a new name alone, then "oleh garapan keset 60": the order is hers, its rate in words for one piece', async () => {
    const { say, rows, employerId } = await diaryAt(t, NOW);
    await say('bu marni');
    expect(await say('oleh garapan keset 60')).not.toMatch(/Dari siapa/);
    await say('opahe telung atus siji', '1');
    expect(live(await rows('orders'))).toMatchObject([
      { product: 'keset', quantity_pieces: 60, rate_amount: 300, employer_id: await employerId('Bu Marni') },
    ]);
  });

  it('goods named with an employer in the middle of a pay are hers when counted after the pay is saved', async () => {
    const { say, rows, employerId } = await diaryAt(t, NOW);
    await say('ambil sandal 5 kodi dr pak hadi upah 4rb sekodi', '1');
    await say('pak hadi bayar sandal', 'sama bu endang ngasih mukena', '40rb', '1');
    expect(await say('mukenanya 30 biji, 2rb sebiji')).not.toMatch(/Dari siapa/);
    await say('1');
    const orders = live(await rows('orders'));
    expect(orders.at(-1)).toMatchObject({
      product: 'mukena',
      quantity_pieces: 30,
      employer_id: await employerId('Bu Endang'),
    });
  });
});

describe('bubbles in the middle of a record', () => {
  it('thanks while a question waits is answered, and the question is not called not understood', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    expect(await say('td ada orang nganter payet')).toMatch(/\?/);
    const thanks = await say('makasih ya bu kemarin udah dibantu');
    expect(thanks).toMatch(/Sama-sama/);
    expect(thanks).not.toMatch(/belum saya pahami/);
    await say('dari bu tini', '3 kodi', 'upahnya 5rb sekodi', '1');
    expect(live(await rows('orders'))).toMatchObject([{ product: 'payet', quantity_pieces: 60, received_on: TODAY }]);
  });

  it('goods counted at the sum question are the order paid for; the sum is still asked', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil mukena 4 kodi dr bu endang upah 10rb sekodi', '1');
    await say('bu endang udah bayar');
    const again = await say('mukena 4 kodi');
    expect(again).toMatch(/Berapa uang yang Anda terima\?/);
    expect(again).not.toMatch(/Rp4\b|Rp4\?/);
    await say('40rb', '1');
    expect(live(await rows('payments'))).toMatchObject([{ amount: 40000 }]);
  });

  it('"sekalian setor ..." or goods handed in, counted, at the sum question are a hand-in of their own', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil keset 10 kodi dr bu yati upah 3rb sekodi', '1');
    await say('bu yati udah bayar');
    await say('kesete tak setor kabeh 200');
    await say('1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 200 }]);
    expect(await rows('payments')).toHaveLength(0);
  });

  it('"dipotong 5 ewu" alone after a pay was saved is the cut of that pay', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil sandal 5 kodi dr pak hadi upah 4rb sekodi', '1');
    await say('pak hadi bayar 20rb', '1');
    await say('dipotong limang ewu mergo ana sing reged');
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([{ deduction: 5000 }]);
  });

  it('goods named at the rate question replace the goods assumed from her last order', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil sandal 5 kodi dr pak hadi upah 4rb sekodi', '1');
    await say('tadi ambil 4 kodi', 'dr bu endang');
    expect(await say('sulam taplak')).toMatch(/Berapa upahnya\?/);
    await say('upahnya 15rb sekodi', '1');
    expect(live(await rows('orders')).at(-1)).toMatchObject({ quantity_pieces: 80, rate_amount: 15000 });
    expect(String(live(await rows('orders')).at(-1)?.product)).toMatch(/taplak/);
  });
});
