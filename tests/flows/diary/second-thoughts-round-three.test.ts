// Second thoughts, a third round, through the real engine on SQLite: "make it 6 and a half hours" at the check;
// after saving, a count put right with how it came about, "X bkn Y" names and "sing mbantu loro"; "ya" to a list of
// one; "bentar, lupa" and "sik tak itunge" that keep a question open; at a check screen of two records, a
// correction naming a line only one of them has; a rate put right at the rate question.
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

const diary = (lang?: 'en') => diaryAt(t, NOW, lang ? { lang } : {});

describe('at the check screen of one record', () => {
  it('"make it 6 and a half hours" is 6.5 h', async () => {
    const { say, rows } = await diary('en');
    expect(await say('sewed bags 5 hours today alone')).toMatch(/Hours: 5 h\n/);
    expect(await say('make it 6 and a half hours')).toMatch(/Hours: 6\.5 h\n/);
    await say('yes save');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 390, helpers: 0, worked_on: TODAY }]);
  });

  it('"upah 3rb per lusin eh per kodi maksudnya" at the rate question is 3rb a kodi', async () => {
    const { say, rows } = await diary();
    expect(await say('ambil kaos kaki 10 kodi dr bu yati')).toMatch(/Berapa upahnya\?/);
    expect(await say('upah 3rb per lusin eh per kodi maksudnya')).toMatch(/Upah: Rp3\.000\/kodi/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 200, rate_amount: 3000, rate_per: 'kodi' }]);
  });
});

describe('put right after saving', () => {
  it('"eh sapunya 350 ding, td ditambahi 50 lg" makes the order 350; the 50 added is no figure of its own', async () => {
    const { say, rows } = await diary();
    await say('ambil sapu 300 biji dr bu warsih upah 500 per biji', '1');
    expect(await say('eh sapunya 350 ding, td ditambahi 50 lg')).toMatch(/Jumlah: 300 biji → 350 biji\n/);
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([{ product: 'sapu', quantity_pieces: 350, rate_amount: 500 }]);
    expect(live(await rows('orders'))).toHaveLength(1);
  });

  it('"lho salah, itu dr juragan slamet bkn pak hadi" moves the pay to Juragan Slamet', async () => {
    const { say, rows, employerId } = await diary();
    await say('dibayar pak hadi 175rb', '1');
    expect(await say('lho salah, itu dr juragan slamet bkn pak hadi')).toMatch(/Dari: Pak Hadi → Juragan Slamet/);
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([
      { kind: 'pay', amount: 175000, employer_id: await employerId('Juragan Slamet') },
    ]);
  });

  it('"eh sing mbantu loro ding, karo mbakyuku" makes two helpers; the child said before still helped', async () => {
    const { say, rows } = await diary();
    expect(await say('njahit tas 4 jam dibantu anakku')).toMatch(/Dibantu keluarga: 1\nAnak di bawah 15 th: Ya/);
    await say('1');
    expect(await say('eh sing mbantu loro ding, karo mbakyuku')).toMatch(/Dibantu keluarga: 1 → 2/);
    await say('1');
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 240, helpers: 2, child_helper: 1 }]);
  });
});

describe('at a list and at a question', () => {
  it('"ya" to a list of one record picks that record', async () => {
    const { say } = await diary();
    await say('dibayar bu warsih 120rb', '1');
    expect(await say('ubah')).toMatch(/1 Bayaran 08\/07 Bu Warsih: Rp120\.000\n0 Kembali/);
    const picked = await say('ya');
    expect(picked).toMatch(/^Bayaran 08\/07 Bu Warsih: Rp120\.000\n1 Ubah\n2 Hapus/);
  });

  it('"bentar, lupa" to "Dari siapa?" keeps the question open; the name after it is taken', async () => {
    const { say, rows } = await diary();
    expect(await say('ambil peci 2 kodi')).toMatch(/^Dari siapa order ini\?/);
    const wait = await say('bentar, lupa');
    expect(wait).toMatch(/saya tunggu/);
    // (The question is just above on her screen; it is not asked a second time.)
    expect(wait).not.toMatch(/\?/);
    expect(await say('pak darto')).toMatch(/^Berapa upahnya\?/);
    expect(await say('4rb sekodi')).toMatch(/Dari: Pak Darto \(baru\)/);
    await say('1');
    // Nothing was made of "bentar, lupa": Pak Darto is the only employer.
    expect((await rows('employers')).map((e) => e.name)).toEqual(['Pak Darto']);
    expect(await rows('orders')).toMatchObject([{ product: 'peci', quantity_pieces: 40, rate_amount: 4000 }]);
  });

  it('"bentar, lupa" to "Siapa yang membayar?" is no payer\'s name', async () => {
    const { say, rows } = await diary();
    expect(await say('dibayar 150rb')).toMatch(/^Siapa yang membayar\?/);
    expect(await say('bentar, lupa')).toMatch(/saya tunggu/);
    expect(await say('bu warsih')).toMatch(/Dari: Bu Warsih \(baru\)/);
    await say('1');
    expect((await rows('employers')).map((e) => e.name)).toEqual(['Bu Warsih']);
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 150000 }]);
  });

  it('"lali, sik tak itunge" to the count keeps it open; "300 bungkus" then fills it', async () => {
    const { say, rows } = await diary();
    expect(await say('ambil krupuk dr bu warsih')).toMatch(/^Berapa banyak\?/);
    const wait = await say('lali, sik tak itunge');
    expect(wait).toMatch(/saya tunggu/);
    expect(wait).not.toMatch(/\?/);
    expect(await say('300 bungkus')).toMatch(/^Berapa upahnya\?/);
    // ("bungkus" is a pack.)
    expect(await say('200 per bungkus')).toMatch(/Jumlah: 300 pak\n/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ product: 'krupuk', quantity_pieces: 300, rate_amount: 200 }]);
  });
});

describe('at a check screen of two records, a line only one has', () => {
  it('"no, the cut was 25k" changes the pay\'s cut, not the cost', async () => {
    const { say, rows } = await diary('en');
    const screen = await say('got paid 200k by bu warsih, cut 20k for the advance. bought thread 15k');
    expect(screen).toMatch(/Please check these 2 entries/);
    expect(screen).toMatch(/Deducted: Rp20\.000 for kasbon/);
    const fixed = await say('no, the cut was 25k');
    expect(fixed).toMatch(/Deducted: Rp25\.000 for kasbon/);
    expect(fixed).toMatch(/2\) Cost\nFor: Materials\nAmount: Rp15\.000/);
    await say('yes');
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 200000, kasbon_repaid: 25000 }]);
    expect(await rows('costs')).toMatchObject([{ amount: 15000 }]);
  });

  it('"jamnya 6 bkn 5" with an order and hours changes the hours, not the order', async () => {
    const { say, rows } = await diary();
    const screen = await say('ambil sapu 100 biji dr bu warsih upah 500, njahit 5 jam');
    expect(screen).toMatch(/Cek dulu, 2 catatan/);
    const fixed = await say('jamnya 6 bkn 5');
    expect(fixed).toMatch(/Jam kerja: 6 jam\n/);
    expect(fixed).toMatch(/Jumlah: 100 biji\n/);
    await say('ya');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 360 }]);
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 100, rate_amount: 500 }]);
  });
});

describe('put right after saving, a fourth round', () => {
  it('"actually it was yesterday, not today" moves the hand-in just saved to yesterday', async () => {
    const { say, rows } = await diary('en');
    await say('new order from bu warsih 4 kodi purses 6000 a kodi', '1');
    await say('handed in 2 kodi purses to bu warsih today', '1');
    expect(await say('actually it was yesterday, not today')).toMatch(/Date: today, 08\/07 → yesterday, 07\/07/);
    await say('1');
    expect(live(await rows('handins'))).toMatchObject([{ handed_in_on: '2029-07-07' }]);
  });

  it('"eh anakku yo melu mbantu, umur 9" after hours with her husband: two helpers, a child among them', async () => {
    const { say, rows } = await diary();
    await say('dino iki nyulam 4 jam dibantu bojoku', '1');
    expect(await say('eh anakku yo melu mbantu, umur 9')).toMatch(/Dibantu keluarga: 1 → 2/);
    await say('1');
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 240, helpers: 2, child_helper: 1 }]);
  });

  it('"eh salah orang, yg ngasih kasbon bu warsih bukan pak darto" moves the advance to Bu Warsih', async () => {
    const { say, rows, employerId } = await diary();
    await say('pak darto ngasih kasbon 150rb td', '1');
    expect(await say('eh salah orang, yg ngasih kasbon bu warsih bukan pak darto')).toMatch(/Pak Darto → Bu Warsih/);
    await say('1');
    const pays = live(await rows('payments'));
    expect(pays).toHaveLength(1);
    expect(pays[0]!.employer_id).toBe(await employerId('Bu Warsih'));
  });
});
