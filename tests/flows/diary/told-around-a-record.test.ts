// Facts told around a record, through the real engine on SQLite: a cost said at an order's count question is a
// cost, not the order's rate; rejects said after the hand-in and the pay of one visit are the hand-in's; the one
// who came is who did what follows; a day alone after a record told in answers is that record's day; work named
// with "mau bengi" just after midnight gives the hours that follow its day; a thank-you does not ask a question a
// third time; new work brought with a pay waits while the pay's sum is said. Wednesday 11 July 2029, WIB.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryAt } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const NOW = '2029-07-11T19:00:00+07:00';

describe('a cost said in the middle of an order', () => {
  it('"aku tuku lem dewe 25 ewu" at the count question is a cost; the rate is still asked', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    expect(await say('pak hadi ngeterke sandal')).toMatch(/Berapa banyak\?/);
    expect(await say('aku tuku lem dewe 25 ewu')).toMatch(/Jumlah: Rp25\.000/);
    await say('1');
    expect(await say('sandal e 5 kodi')).toMatch(/Berapa upahnya\?/);
    await say('opahe 4 ewu sekodi', '1');
    expect(await rows('costs')).toMatchObject([{ amount: 25000 }]);
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 100, rate_amount: 4000 }]);
  });
});

describe('rejects said after the visit', () => {
  it('hand-in, then pay, then "yg balik 3": the hand-in has 3 rejected, the pay is kept', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil 4 kodi kaos dari bu yati 10rb sekodi', '1');
    await say('setor kaos 4 kodi ke bu yati', '1');
    await say('bu yati bayar 30rb', '1');
    expect(await say('yg balik 3, jahitane mlenceng')).toMatch(/Ditolak: 0.*→ 3/);
    await say('1');
    const handins = (await rows('handins')).filter((h) => !h.voided_at);
    expect(handins).toMatchObject([{ delivered_pieces: 80, rejected_pieces: 3 }]);
    expect((await rows('payments')).filter((p) => !p.voided_at)).toMatchObject([{ amount: 30000 }]);
  });
});

describe('the one who came', () => {
  it('"pak hadi came", then "took the 40 dozen": he took them, a hand-in; "left another 200" is more work', async () => {
    const { say, rows } = await diaryAt(t, NOW, { lang: 'en' });
    await say('got 40 dozen socks from pak hadi at 3000 a dozen', '1');
    expect(await say('pak hadi came')).not.toMatch(/did not understand/);
    expect(await say('took the 40 dozen')).toMatch(/hand-in/);
    await say('1');
    expect(await say('left another 200')).toMatch(/rate/);
    await say('250 each', '1');
    expect((await rows('handins')).filter((h) => !h.voided_at)).toMatchObject([{ delivered_pieces: 480 }]);
    const orders = await rows('orders');
    expect(orders).toHaveLength(2);
    expect(orders[1]).toMatchObject({ quantity_pieces: 200, rate_amount: 250, employer_id: orders[0]!.employer_id });
  });
});

describe('a day alone after a record told in answers', () => {
  it('"pak hadi udah bayar", "dikasih 90rb", saved, then "senin kemarin": the pay moves to Monday', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil 5 kodi sandal dr pak hadi 4rb sekodi', '1');
    expect(await say('pak hadi udah bayar')).toMatch(/Berapa uang/);
    await say('dikasih 90rb', '1');
    expect(await say('senin kemarin')).toMatch(/Tanggal: hari ini, 11\/07 → 09\/07/);
    await say('1');
    expect((await rows('payments')).filter((p) => !p.voided_at)).toMatchObject([{ paid_on: '2029-07-09' }]);
  });
});

describe('work named with its night', () => {
  it('"mau bengi masang payet" after midnight, then "jam 8 nganti jam 12": four hours the day before', async () => {
    const { say, rows } = await diaryAt(t, '2029-07-12T00:40:00+07:00');
    await say('mau bengi masang payet');
    await say('jam 8 nganti jam 12', '1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 240, worked_on: '2029-07-11' }]);
  });
});

describe('a thank-you after a question asked twice', () => {
  it('the count and the name given to the rate question are kept; her thanks does not ask it a third time', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('dapat garapan payet');
    await say('3 kg');
    expect(await say('dari bu rina, orang baru')).toMatch(/Berapa upahnya\?/);
    const thanks = await say('makasih ya bu');
    expect(thanks).toMatch(/^Sama-sama\./);
    expect(thanks).not.toMatch(/Berapa upahnya\?/);
    expect(await say('upahnya belum tau')).toMatch(/Jumlah: 3 kg/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 3, rate_amount: null }]);
  });
});

describe('new work brought with a pay', () => {
  it('"lan nggowo garapan anyar" at the pay sum: her work, then "bayarane 90 ewu" is the pay; the rate after', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil 5 kodi sandal dr pak hadi 4rb sekodi', '1');
    expect(await say('pak hadi mbayar')).toMatch(/Berapa uang/);
    expect(await say('lan nggowo garapan anyar, tas 2 kodi')).toMatch(/Berapa upahnya\?/);
    expect(await say('bayarane sangang puluh ewu')).toMatch(/Jumlah: Rp90\.000/);
    await say('1');
    await say('tas e opahe 15 ewu sekodi', '1');
    expect(await rows('payments')).toMatchObject([{ amount: 90000 }]);
    const orders = await rows('orders');
    expect(orders).toHaveLength(2);
    expect(orders[1]).toMatchObject({ quantity_pieces: 40, rate_amount: 15000, employer_id: orders[0]!.employer_id });
  });
});
