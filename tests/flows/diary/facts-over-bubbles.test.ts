// Facts told over several bubbles, through the real engine on SQLite: goods and whom from alone begin an order;
// what she says again at a figure question, a cut at the sum question, a sum at the name question, a day at the
// hours question, each heard where it belongs; a sum remembered after "lupa"; "aku ngebon", "took an advance"
// begin an advance; after saving, "ora ono sing dibalekno", "kanggo lampu", "kira2 5 jam", "2 jam lg" are of the
// record just saved; a rate she learnt was other ("jebule") changes her order. Wednesday 11 July 2029, 19:00 WIB.
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

describe('a record begun in one bubble, its facts in the next', () => {
  it('"tas dr bu umi" alone begins an order; its count and rate follow', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    expect(await say('tas dr bu umi')).toMatch(/Berapa/);
    await say('50 biji', 'upahnya 2rb sebiji', '1');
    expect(await rows('orders')).toMatchObject([{ product: 'tas', quantity_pieces: 50, rate_amount: 2000 }]);
    expect(await open()).toBe(0);
  });

  it('a sum remembered a bubble after "lupa brp" keeps the cost', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    expect(await say('tadi beli lem')).toMatch(/Berapa biayanya\?/);
    await say('lupa brp ya');
    expect(await say('oh 25rb')).toMatch(/Rp25\.000/);
    await say('1');
    expect(await rows('costs')).toMatchObject([{ amount: 25000, spent_on: TODAY }]);
  });

  it('"mbak aku ngebon" and "took an advance" begin an advance, not small talk', async () => {
    const id = await diaryAt(t, NOW);
    expect(await id.say('mbak aku ngebon')).toMatch(/siapa.*\?/i);
    await id.say('bu endang', '150rb', '1');
    expect(await id.rows('payments')).toMatchObject([{ kind: 'kasbon', amount: 150000 }]);
    const en = await diaryAt(t, NOW, { lang: 'en', user: 'tin-0813' });
    expect(await en.say('took an advance')).toMatch(/\?/);
    expect(await en.open()).toBe(1);
  });
});

describe('an answer that gives something other than what was asked', () => {
  it('goods and whom said again at "Berapa ... yang diserahkan?" are heard; the count is asked plainly', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('ambil keset 5 kodi dr bu yati upah 3rb sekodi', '1');
    expect(await say('nyetor')).toMatch(/Berapa keset yang diserahkan\?/);
    const plain = await say('keset nang bu yati');
    expect(plain).toMatch(/Tinggal jumlahnya/);
    expect(plain).not.toMatch(/belum saya pahami/);
    await say('sik tak itung', '4 kodi', '1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 80 }]);
    expect(await open()).toBe(0);
  });

  it('a cut said at "Berapa uang yang Anda terima?" is the cut; the sum is asked again', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('dibayar');
    await say('pak hadi');
    expect(await say('dipotong 5rb soale telat')).toMatch(/Potongan: Rp5\.000[\s\S]*Berapa uang/);
    await say('95rb', '1');
    expect(await rows('payments')).toMatchObject([{ amount: 95000, deduction: 5000 }]);
  });

  it('"piro yo" to "Dari siapa?" is no name: the sum is asked, then whom from; a sum alone there is kept', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('wis dibayar');
    expect(await say('piro yo')).toMatch(/Berapa uang/);
    expect(await say('satus seket ewu')).toMatch(/siapa.*\?/i);
    await say('soko pak hadi', '1');
    const [pay] = await rows('payments');
    expect(pay).toMatchObject({ amount: 150000 });
    const employer = (await rows('employers')).find((e) => e.id === pay?.employer_id);
    expect(employer?.name).toBe('Pak Hadi');
    // ("275rb" alone to "Dari siapa?": one word, but a sum written as money; shown, whom from asked again.)
    const other = await diaryAt(t, NOW, { user: 'tin-0859' });
    await other.say('alhamdulillah udh dibayar');
    expect(await other.say('85rb')).toMatch(/Jumlah: Rp85\.000\n.*siapa.*\?/i);
    await other.say('dr bu sri', '1');
    expect(await other.rows('payments')).toMatchObject([{ amount: 85000 }]);
  });

  it('a day said at "Berapa jam?" is the day of the hours', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('lapor jam');
    expect(await say('wingi sore njahit')).toMatch(/Hari: kemarin/);
    await say('4 jam', '1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 240, worked_on: YESTERDAY }]);
  });
});

describe('said just after saving', () => {
  it('"ora ono sing dibalekno" of a hand-in saved with none rejected changes nothing and asks nothing', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('ambil sapu 200 biji dr juragan darmo upah 500 per biji', '1');
    await say('setor sapu 150 nang juragan darmo', '1');
    expect(await say('ora ono sing dibalekno')).toMatch(/Sudah tercatat begitu/);
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 150, rejected_pieces: 0 }]);
    expect(await open()).toBe(0);
  });

  it('"sing wingi wis tak setor kabeh" beside an order taken today: the one from before, none asked', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('senen njupuk keset 4 kodi teko bu yati, opahe 3rb sekodi', '1');
    await say('oleh keset 4 kodi maneh teko bu yati, opahe podo 3rb sekodi', '1');
    const handin = await say('oh sing wingi wis tak setor kabeh mau awan');
    expect(handin).not.toMatch(/yang mana/);
    await say('1');
    const orders = await rows('orders');
    expect(orders.map((o) => o.received_on)).toEqual(['2029-07-09', TODAY]);
    expect(live(await rows('handins'))).toMatchObject([{ order_id: orders[0]!.id, delivered_pieces: 80 }]);
    expect(await open()).toBe(0);
  });

  it('"kanggo lampu kerja" after a cost is what it was for, not hours', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('bayar token listrik 20rb', '1');
    expect(await say('kanggo lampu kerja')).not.toMatch(/Berapa jam/);
    expect(await rows('work_hours')).toHaveLength(0);
    expect(await open()).toBe(0);
  });

  it('"kira2 5 jam" after hours of a span is how long it was: the same row', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('wingi mbordir soko jam 9 nganti jam 3', '1');
    expect(await say('kira2 5 jam')).toMatch(/5 jam/);
    await say('1');
    const hours = live(await rows('work_hours'));
    expect(hours).toMatchObject([{ minutes: 300, worked_on: YESTERDAY }]);
  });

  it('"trus sore 2 jam lg" after today\'s hours adds to that day\'s row', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('td ngelem 3 jam', '1');
    await say('trus sore 2 jam lg', '1');
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 300, worked_on: TODAY }]);
  });

  it('"opahe keset sing senen jebule 1500 per biji": the rate of that order was other', async () => {
    const d = await diaryAt(t, '2029-07-09T10:00:00+07:00');
    await d.say('ambil keset 100 biji dr bu yati upah 1000 per biji', '1');
    await d.say('ambil tas 20 biji dr pak hadi upah 3000 per biji', '1');
    d.clock.set(NOW);
    expect(await d.say('opahe keset sing senen jebule 1500 per biji')).toMatch(/Rp1\.000[\s\S]*→[\s\S]*Rp1\.500/);
    await d.say('1');
    const orders = live(await d.rows('orders'));
    expect(orders.find((o) => o.product === 'keset')).toMatchObject({ rate_amount: 1500 });
    expect(orders.find((o) => o.product === 'tas')).toMatchObject({ rate_amount: 3000 });
  });
});

describe('told in her own order', () => {
  it('goods given to "Dari siapa?" are heard and the rate is asked next; whom from comes round after', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    expect(await say('td dpt 8 lusin')).toMatch(/siapa.*\?/i);
    expect(await say('kaos kaki, jahit ujungnya')).toMatch(/Barang: kaos kaki\nBerapa upahnya\?/);
    expect(await say('upah 3rb selusin')).toMatch(/siapa.*\?/i);
    expect(await say('dr bu warsih')).toMatch(/Cek dulu, order baru/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ product: 'kaos kaki', quantity_pieces: 96, rate_amount: 3000 }]);
  });

  it('goods alone to "Dari siapa?" are shown and the next line asked; a rate given to the name question is kept', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    expect(await say('wingi oleh 6 kodi')).toMatch(/siapa.*\?/i);
    const goods = await say('peci');
    expect(goods).toMatch(/Barang: peci\nBerapa upahnya\?/);
    expect(goods).not.toMatch(/siapa/i);
    await say('opahe 4 ewu sakkodi', 'teko bu warsih', '1');
    expect(await rows('orders')).toMatchObject([
      { product: 'peci', quantity_pieces: 120, rate_amount: 4000, received_on: YESTERDAY },
    ]);
    // Goods said with the count, the rate given where whom from was asked: not refused as a name, not lost.
    const again = await diaryAt(t, NOW, { user: 'tin-0857' });
    await again.say('td dpt 3 lusin sarung bantal');
    const rate = await again.say('upah 5rb selusin');
    expect(rate).not.toMatch(/belum saya pahami/);
    await again.say('bu sumi', '1');
    expect((await again.rows('orders')).at(-1)).toMatchObject({ quantity_pieces: 36, rate_amount: 5000 });
    expect(await open()).toBe(0);
    expect(await again.open()).toBe(0);
  });

  it('"sik tak liat catetan" is waited for without the question asked again', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil peci 5 kodi dr pak haji slamet upah 4rb sekodi', '1');
    expect(await say('lapor setoran')).toMatch(/Berapa peci yang diserahkan\?/);
    const wait = await say('sik tak liat catetan');
    expect(wait).toMatch(/saya tunggu/);
    expect(wait).not.toMatch(/\?/);
    await say('3 kodi', '1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 60 }]);
  });

  it('"td diantar bu yati bulu mata" is work received, its count asked', async () => {
    const { say, open } = await diaryAt(t, NOW);
    expect(await say('td diantar bu yati bulu mata')).toMatch(/Berapa banyak\?/);
    expect(await open()).toBe(1);
  });

  it('"pagi 4 jam, malem 2 jam. jadi 6 jam" at the hours question is six hours', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('mau lapor jam kerja');
    expect(await say('pagi 4 jam, malem 2 jam. jadi 6 jam')).toMatch(/Jam kerja: 6 jam/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 360, worked_on: TODAY }]);
  });
});

describe('what she asks or leaves out in her own words', () => {
  it('"she didnt say the price yet" keeps the order without a rate; "rekap mingguane" is this week', async () => {
    const en = await diaryAt(t, NOW, { lang: 'en' });
    const check = await en.say('got 3 dozen masks from bu sri today, she didnt say the price yet');
    expect(check).toMatch(/Rate: not known yet/);
    await en.say('1');
    expect(await en.rows('orders')).toMatchObject([{ quantity_pieces: 36, rate_amount: null }]);
    const id = await diaryAt(t, NOW, { user: 'tin-0858' });
    expect(await id.say('rekap mingguane yo')).toMatch(/REKAP minggu ini/);
    expect(await id.open()).toBe(0);
  });
});

describe("said plainly, without the bot's words", () => {
  it('"i finished 20 caps yesterday and took them to bu sri" is a hand-in of 20, not an order', async () => {
    const { say, rows, open } = await diaryAt(t, NOW, { lang: 'en' });
    await say('got 50 caps from bu sri on monday, 2k each', '1');
    const check = await say('i finished 20 caps yesterday and took them to bu sri');
    expect(check).toMatch(/Handed in: 20/);
    await say('1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 20 }]);
    expect(await open()).toBe(0);
    expect(await say('i want to report')).not.toMatch(/did not understand/);
  });

  it('"wis mbayar mau" after her name asks the sum; what is only promised opens nothing', async () => {
    const { say, rows, open, employerId } = await diaryAt(t, NOW);
    await say('bu sri');
    expect(await say('wis mbayar mau')).toMatch(/Berapa uang/);
    await say('90rb', '1');
    expect(await rows('payments')).toMatchObject([{ amount: 90000, employer_id: await employerId('Bu Sri') }]);
    await say('bu yati jare mbayar sesuk');
    expect(await open()).toBe(0);
    expect(await rows('payments')).toHaveLength(1);
  });
});

describe('a record told in the middle of another', () => {
  it("a hand-in to another employer, told at an order's question, is its own record; the order goes on after", async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil keset 100 biji dr bu umi upah 1000 per biji', '1');
    await say('dpt orderan dr bu endang');
    const r = await say('eh iya td jg udh setor keset ke bu umi, 80 semua');
    expect(r).toMatch(/setoran/i);
    await say('1');
    await say('tas rajut 40 biji, 7.500 per biji', '1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 80 }]);
    const orders = live(await rows('orders'));
    expect(orders.map((o) => [o.product, o.quantity_pieces])).toEqual([
      ['keset', 100],
      ['tas rajut', 40],
    ]);
  });

  it('"kmrn sore belinya" after a cost, "kemaren dianternya" at an order\'s check: the day of that record', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('beli benang 15rb', '1');
    await say('kmrn sore belinya');
    await say('1');
    expect(live(await rows('costs'))).toMatchObject([{ amount: 15000, spent_on: YESTERDAY }]);
    await say('sapu 50 biji dr pak hadi upah 2rb sebiji');
    expect(await say('kemaren sore dianternya')).toMatch(/Diterima: kemarin/);
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([{ received_on: YESTERDAY }]);
  });

  it('"140rb.. harusnya 160 tp dipotong 20rb": the pay with its cut, what it should have been a remark', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('udh dibayar', 'bu yati');
    expect(await say('140rb.. harusnya 160 tp dipotong 20rb yg rusak')).toMatch(/Potongan: Rp20\.000/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ amount: 140000, deduction: 20000 }]);
  });
});

describe('more of the fourth round of bubbles', () => {
  it('"jam 8 tekan jam 11, terus jam 1 tekan jam 4" to "Berapa jam?" is six hours', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('catet jam kerjaku yo');
    expect(await say('jam 7 tekan jam 10, terus jam 1 tekan jam 3')).toMatch(/Jam kerja: 5 jam/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 300 }]);
  });

  it('"limang ewu telu, dadi 15 ewu" is the sum it came to; "wingi" alone to the sum question is the day', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('tuku benang');
    expect(await say('wingi')).toMatch(/Tanggal: kemarin[\s\S]*Berapa biayanya\?/);
    await say('rong ewu papat, dadi 8 ewu', '1');
    expect(await rows('costs')).toMatchObject([{ amount: 8000, spent_on: YESTERDAY }]);
  });

  it('"bayaran wis metu", then the cut with what it came to before it: the cash is the rest', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    expect(await say('bayaran wis metu')).toMatch(/siapa.*\?/i);
    expect(await say('pak hadi')).toMatch(/Berapa uang/);
    expect(await say('sakjane 200 ewu, dipotong 50 ewu soale telat')).toMatch(/Jumlah: Rp150\.000/);
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([{ kind: 'pay', amount: 150000, deduction: 50000 }]);
  });

  it('"catet yo mbak" then goods: "mbak" called the bot, no employer "Mbak Tas"; "pak haji pisan" is Pak Haji', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('catet yo mbak', 'keset 40 biji');
    expect(await say('opahe 2 ewu sebiji')).toMatch(/siapa.*\?/i);
    await say('aku mbayar servis mesin jahit');
    expect(await rows('employers')).toEqual([]);
  });

  it('"aku mbayar servis mesin jahit" is a cost, its sum asked; "kanggo tuku obat" after an advance is heard', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    expect(await say('aku mbayar servis mesin jahit')).toMatch(/Berapa biayanya\?/);
    await say('50 ewu', '1');
    expect(await rows('costs')).toMatchObject([{ amount: 50000 }]);
    await say('ngebon 100rb nang bu umi', '1');
    expect(await say('kanggo tuku obat anakku')).not.toMatch(/\?/);
    expect(await open()).toBe(0);
  });
});
