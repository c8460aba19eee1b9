// Second thoughts at the check screen and just after saving, through the real engine on SQLite: a name put right
// with a time word in it, "not him after all" naming the right one, "oh sorry that was wrong" with the right sum,
// a cut said as "took 15k off", "itu punya bu ...", a day put right after a complaint, the figure she says it is
// not, and a value she only says again to be sure. Thursday 6 September 2029, 19:30 WIB.
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

const NOW = '2029-09-06T19:30:00+07:00';
const TODAY = '2029-09-06';
const YESTERDAY = '2029-09-05';

describe('just after saving', () => {
  it('"eh salah, yg mbayar mau bu sri dudu pak hadi": the name of the pay put right, one pay', async () => {
    const { say, rows, employerId } = await diaryAt(t, NOW);
    await say('pak hadi mbayar sapu 90rb', '1');
    expect(await say('eh salah, yg mbayar mau bu sri dudu pak hadi')).toMatch(/Pak Hadi → Bu Sri/);
    await say('1');
    const pays = live(await rows('payments'));
    expect(pays).toHaveLength(1);
    expect(pays[0]).toMatchObject({ amount: 90000, employer_id: await employerId('Bu Sri') });
  });

  it('"gak jadi bu yati, yg ngasih bu sri" after an order: the name put right, the order kept', async () => {
    const { say, rows, employerId } = await diaryAt(t, NOW);
    await say('bu yati ngasih garapan tas 2 kodi, upah 5rb sebiji', '1');
    expect(await say('lho gak jadi bu yati, yg ngasih bu sri')).toMatch(/Bu Yati → Bu Sri/);
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([
      { quantity_pieces: 40, employer_id: await employerId('Bu Sri') },
    ]);
  });

  it('"oh sorry that was wrong, she paid 150k" changes the pay just saved, no second pay', async () => {
    const { say, rows } = await diaryAt(t, NOW, { lang: 'en' });
    await say('bu sri paid me 180k for the bags', '1');
    expect(await say('oh sorry that was wrong, she paid 150k, the rest later')).toMatch(/Rp180\.000 → Rp150\.000/);
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([{ amount: 150000 }]);
  });
});

describe('at the check screen', () => {
  it('"hold on, she knocked 15k off" is the cut of the pay, the sum kept', async () => {
    const { say, rows } = await diaryAt(t, NOW, { lang: 'en' });
    await say('bu sri paid 240k for the mats');
    const screen = await say('hold on, she knocked 15k off for the stained ones');
    expect(screen).toMatch(/Amount: Rp240\.000/);
    expect(screen).toMatch(/Deducted: Rp15\.000/);
    await say('yes');
    expect(await rows('payments')).toMatchObject([{ amount: 240000, deduction: 15000 }]);
  });

  it('"lho bukan bu yati, itu punya bu sri": whom from on the screen, no second record', async () => {
    const { say, rows, employerId, open } = await diaryAt(t, NOW);
    await say('bu yati kasih jahitan mukena 3 kodi 8rb sekodi');
    expect(await say('lho bukan bu yati, itu punya bu sri')).toMatch(/Dari: Bu Sri/);
    await say('ya');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 60, employer_id: await employerId('Bu Sri') }]);
    expect(await open()).toBe(0);
  });

  it('"lho kok tanggale dino iki, ambilnya kemarin": what is wrong first, then the day', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil peci 2 kodi dr bu sri upah 3rb sekodi');
    expect(await say('lho kok tanggale dino iki, ambilnya kemarin')).toMatch(/kemarin, 05\/09/);
    await say('ya');
    expect(await rows('orders')).toMatchObject([{ received_on: YESTERDAY }]);
  });

  it('"dudu 3 bungkus, loro thok. 24 ewu": the figure she says it is not is no value', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('tuku plastik 3 bungkus 36 ewu');
    expect(await say('dudu 3 bungkus, loro thok. 24 ewu')).toMatch(/Rp24\.000/);
    await say('ya');
    expect(await rows('costs')).toMatchObject([{ amount: 24000, spent_on: TODAY }]);
  });

  it('"yg 3rb itu per lusin kan, bukan per biji" to a screen that says so: so it is, nothing new', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('ambil kaos kaki 5 lusin dr bu sri upah 3rb selusin');
    const again = await say('yg 3rb itu per lusin kan, bukan per biji');
    expect(again).toMatch(/sudah begitu/i);
    expect(again).toMatch(/Rp3\.000\/lusin/);
    expect(again).not.toMatch(/belum disimpan/);
    await say('ya');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 60, rate_amount: 3000 }]);
    expect(await open()).toBe(0);
  });

  it('goods of two words said again at the count question, whom from said again at the check: heard, nothing new', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('senin ambil bulu mata 200 pasang dr bu sri upah 400 sepasang', '1');
    await say('mau lapor setoran');
    expect(await say('bulu mata')).toMatch(/Tinggal jumlahnya/);
    await say('150 pasang');
    const again = await say('nang bu sri');
    expect(again).toMatch(/sudah begitu/i);
    expect(again).not.toMatch(/belum disimpan|Balas 1/);
    await say('ya');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 150 }]);
    expect(await open()).toBe(0);
  });
});
