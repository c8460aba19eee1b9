// Afterthoughts and answers aside, through the real engine on SQLite: a deadline added after the order is saved,
// opened with "oh iya lupa", "oh iyo lali", "btw it's"; paid at once for a hand-in with the sum unsaid (asked), or
// said after the count she was asked for; "actually" putting a figure right; a helper's age said as "he's 11" at
// the check screen; a count put right with "thok ding"; a sum taken back with "ga jadi, 150 aja" in its thousands.
// Wednesday 2 December 2026, 10:00 WIB, a minute between messages.
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

const NOW = '2026-12-02T10:00:00+07:00';

describe('a deadline said as an afterthought, after the order is saved', () => {
  it('"oiya lupa bilang, deadline e kamis" sets the deadline of the order just saved', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('ambil keset 4 kodi dr bu warsih upah 6rb sekodi', '1');
    expect(await say('oiya lupa bilang, deadline e kamis')).toMatch(/Setor paling lambat: tidak ada → 03\/12/);
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([{ quantity_pieces: 80, due_on: '2026-12-03' }]);
    expect(await open()).toBe(0);
  });

  it('"oh iyo kelalen, kudu rampung senen" sets it to next Monday', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('njupuk dompet 50 biji soko bu warsih, opahe 1500 sebiji', '1');
    await say('oh iyo kelalen, kudu rampung senen', '1');
    expect(live(await rows('orders'))).toMatchObject([{ quantity_pieces: 50, due_on: '2026-12-07' }]);
    expect(await open()).toBe(0);
  });

  it('"btw it\'s due on saturday" in English sets it to Saturday', async () => {
    const { say, rows, open } = await diaryAt(t, NOW, { lang: 'en' });
    await say('got 3 kodi of gloves from pak darto, 5k per kodi', '1');
    expect(await say("btw it's due on saturday")).toMatch(/Hand in by: none → 05\/12/);
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([{ quantity_pieces: 60, due_on: '2026-12-05' }]);
    expect(await open()).toBe(0);
  });

  it('"oh iya lupa, harus setor kapan ya" names no day: no deadline is set', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil keset 4 kodi dr bu warsih upah 6rb sekodi', '1');
    expect(await say('oh iya lupa, harus setor kapan ya')).not.toMatch(/Setor paling lambat: tidak ada →/);
    expect(live(await rows('orders'))).toMatchObject([{ due_on: null }]);
  });
});

describe('paid at once for a hand-in', () => {
  it('"..., langsung dibayar" with no sum: the sum is asked, then both are saved', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('ambil tas 3 kodi dr bu warsih upah 1rb sebiji', '1');
    expect(await say('td setor tas ke bu warsih 40 biji, langsung dibayar')).toMatch(/Berapa uang yang Anda terima\?/);
    await say('40rb', '1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 40 }]);
    expect(live(await rows('payments'))).toMatchObject([{ kind: 'pay', amount: 40000 }]);
    expect(await open()).toBe(0);
  });

  it('"30, terus dibayar 45rb" to "how many?": the count, then the pay after it', async () => {
    const { say, rows, open } = await diaryAt(t, NOW);
    await say('ambil tas 3 kodi dr bu warsih upah 1500 sebiji', '1');
    expect(await say('setor tas ke bu warsih')).toMatch(/Berapa tas yang diserahkan\?/);
    expect(await say('30, terus dibayar 45rb')).toMatch(/Diserahkan: 30\n/);
    expect(await say('1')).toMatch(/Jumlah: Rp45\.000/);
    await say('1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 30 }]);
    expect(live(await rows('payments'))).toMatchObject([{ kind: 'pay', amount: 45000 }]);
    expect(await open()).toBe(0);
  });
});

describe('figures put right', () => {
  it('"actually 45" just after a hand-in of 40 puts the count right, no second hand-in', async () => {
    const { say, rows } = await diaryAt(t, NOW, { lang: 'en' });
    await say('got 3 kodi of bags from bu warsih, 1k each', '1');
    await say('handed in 40 bags to bu warsih', '1');
    await say('actually 45', '1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 45 }]);
  });

  it('"eh salah, 2 lusin thok ding" after 3 lusin handed in is 24 handed in, none rejected', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('ambil kaos kaki 5 lusin dr bu warsih upah 500 sebiji', '1');
    await say('setor kaos kaki ke bu warsih 3 lusin', '1');
    await say('eh salah, 2 lusin thok ding', '1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 24, rejected_pieces: 0 }]);
  });

  it('"ga jadi deh, 150 aja" at an advance of 250rb is Rp150.000, not asked', async () => {
    const { say, rows } = await diaryAt(t, NOW);
    await say('kasbon ke bu warsih 250rb');
    expect(await say('ga jadi deh, 150 aja')).toMatch(/Jumlah: Rp150\.000/);
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([{ kind: 'kasbon', amount: 150000 }]);
  });
});

describe("a helper's age said of him or her at the check screen", () => {
  it('"he\'s 11" under hours with one helper is a child who helped', async () => {
    const { say, rows } = await diaryAt(t, NOW, { lang: 'en' });
    await say('worked 3 hours sewing today, my son helped');
    expect(await say("he's 11")).toMatch(/Child under 15: Yes/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 180, helpers: 1, child_helper: 1 }]);
  });

  it('"she is 19" is a grown helper', async () => {
    const { say, rows } = await diaryAt(t, NOW, { lang: 'en' });
    await say('worked 2 hours packing tonight, my sister helped');
    expect(await say('she is 19')).toMatch(/Child under 15: No/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 120, helpers: 1, child_helper: 0 }]);
  });
});
