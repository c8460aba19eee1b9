// Catching up on days not written, one bubble after another, through the real engine on SQLite: a sum said
// "again" after a cost is the same cost on its own day, pay "right away" after a hand-in is on the hand-in's day,
// "besoknya" after an order is the day after it (not tomorrow), an in-law who helped is one person. Thursday
// 7 June 2029, 19:00 WIB, a minute between messages.
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

async function diary(opts: { lang?: 'id' | 'en' } = {}) {
  const d = await diaryPhone(t, 'sri-0812', opts);
  d.clock.set('2029-06-07T19:00:00+07:00');
  /** Each line, then "1" whenever the reply is a check screen; the last reply. */
  const tell = async (...lines: string[]) => {
    let last = '';
    for (const line of lines) {
      d.clock.advance(60_000);
      last = await d.say(line);
      if (/Simpan( semua)?\?|Save( all)?\?/.test(last)) {
        d.clock.advance(60_000);
        last = await d.say('1');
      }
    }
    return last;
  };
  const open = async () =>
    (await t.db.selectFrom('conversations').select('flow').where('worker_id', '=', d.workerId).execute()).length;
  return { ...d, tell, open };
}

describe('a sum said again after a cost', () => {
  it('"selasa 20rb lagi" after "senin ongkos ojek ... 20rb" is a second transport cost, on Tuesday', async () => {
    const { tell, rows, open } = await diary();
    await tell('senin ongkos ojek nganter barang ke bu umi 20rb');
    expect(await tell('selasa 20rb lagi')).not.toMatch(/Biaya untuk apa/);
    expect(await rows('costs')).toMatchObject([
      { amount: 20000, category: 'transport', spent_on: '2029-06-04' },
      { amount: 20000, category: 'transport', spent_on: '2029-06-05' },
    ]);
    expect(await open()).toBe(0);
  });

  it('"tuesday 20k again" after a bus fare in English is the same', async () => {
    const { tell, rows } = await diary({ lang: 'en' });
    await tell('monday bus fare to bu umi 20k');
    await tell('tuesday 20k again');
    expect(await rows('costs')).toMatchObject([
      { amount: 20000, category: 'transport', spent_on: '2029-06-04' },
      { amount: 20000, category: 'transport', spent_on: '2029-06-05' },
    ]);
  });
});

describe('pay right away after a hand-in', () => {
  it('"dibayar langsung 150rb" after a hand-in on Tuesday is paid on Tuesday', async () => {
    const { tell, rows } = await diary();
    await tell('senin ambil keset dari bu umi 50 biji 5rb sebiji');
    await tell('selasa setor keset 30 biji ke bu umi');
    await tell('dibayar langsung 150rb');
    expect(await rows('payments')).toMatchObject([{ amount: 150000, paid_on: '2029-06-05' }]);
  });

  it('"dibayar 150rb" without "langsung" stays today', async () => {
    const { tell, rows } = await diary();
    await tell('senin ambil keset dari bu umi 50 biji 5rb sebiji');
    await tell('selasa setor keset 30 biji ke bu umi');
    await tell('dibayar 150rb');
    expect(await rows('payments')).toMatchObject([{ amount: 150000, paid_on: '2029-06-07' }]);
  });
});

describe('"besoknya" after what she has just told', () => {
  it('"besoknya kerja 6 jam, hari ini 4 jam" after a Monday order is Tuesday and today, nothing asked', async () => {
    const { tell, rows, open } = await diary();
    await tell('senin dpt besek dr juragan darmo 100 biji 2500 sebiji');
    const reply = await tell('besoknya kerja 6 jam, hari ini 4 jam. sendirian');
    expect(reply).not.toMatch(/belum lewat/);
    expect(await rows('work_hours')).toMatchObject([
      { worked_on: '2029-06-05', minutes: 360, helpers: 0 },
      { worked_on: '2029-06-07', minutes: 240, helpers: 0 },
    ]);
    expect(await open()).toBe(0);
  });
});

describe('an in-law who helped', () => {
  it('"dibantu adek ipar, udah SMA" to who helped is one grown-up', async () => {
    const { tell, say, rows } = await diary();
    const asked = await tell('kemarin ngelem sandal 6 jam');
    expect(asked).toMatch(/bantu/);
    await say('dibantu adek ipar, udah SMA');
    expect(await rows('work_hours')).toMatchObject([
      { worked_on: '2029-06-06', minutes: 360, helpers: 1, child_helper: 0 },
    ]);
  });
});

describe('buttons by the gross', () => {
  it('"4 gross of buttons ... two thousand per gross" in English is saved with no question of a small rate', async () => {
    const { say, rows, open } = await diary({ lang: 'en' });
    const reply = await say('yesterday i got an order of 4 gross of buttons from bu yati two thousand per gross');
    expect(reply).not.toMatch(/very little/);
    expect(reply).toMatch(/Save\?/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 576, rate_amount: 2000 }]);
    expect(await open()).toBe(0);
  });
});

describe('days to catch up on, said before the days', () => {
  it.each([
    ['dr kamis blm nulis', 'id', /Silakan, tulis per hari/],
    ['mau lapor 3 hari', 'id', /Silakan, tulis per hari/],
    ['sorry, 3 days not written', 'en', /Go ahead, day by day/],
  ] as const)('"%s" is told how to go on, day by day; nothing is opened or saved', async (text, lang, reply) => {
    const { tell, rows, open } = await diary({ lang });
    const said = await tell(text);
    expect(said).toMatch(reply);
    expect(said).not.toMatch(/Menu Upahku|Belum ada catatan/);
    expect(await open()).toBe(0);
    expect(await rows('work_hours')).toHaveLength(0);
  });
});
