// Money told after the pay was saved, or in the next bubble: the middleman's share in per cent and what she got,
// an advance repaid from the pay, her own part of a pay shared with a neighbour, a pay in instalments told on their
// days, paid at once for yesterday's hand-in, a held yes at a check screen, and the sum answered after a pay named
// without it. Through the real engine on SQLite, on Saturday 28 November 2026 10:00 WIB, asserted on what she sees
// and what is stored.
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

const TODAY = '2026-11-28';
const YESTERDAY = '2026-11-27';
const MONDAY = '2026-11-23';
const live = (rows: Record<string, unknown>[]) => rows.filter((r) => r.voided_at === null);

describe('a cut or her own part, told after the pay was saved', () => {
  it('"tp dipotong bagian mbak rini 10%, sy terima 342rb" changes that pay: 342000, cut 38000, no second pay', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('dpt bayaran bulu mata dr mbak rini 380rb')).toMatch(/Jumlah: Rp380\.000/);
    expect(await say('1')).toMatch(/^Tersimpan/);
    const shown = await say('tp dipotong bagian mbak rini 10%, sy terima 342rb');
    expect(shown).toMatch(/Jumlah: Rp380\.000 → Rp342\.000/);
    expect(shown).toMatch(/Potongan: tidak ada → Rp38\.000/);
    await say('1');
    const pays = live(await rows('payments'));
    expect(pays).toHaveLength(1);
    expect(pays[0]).toMatchObject({ kind: 'pay', amount: 342000, deduction: 38000, kasbon_repaid: 0 });
  });

  it('"dipotong utang kasbon 100, dadi tak tampa 250" after a pay of 350 ewu: 250000 with a kasbon cut of 100000', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('bayaran jahit seko pak hadi 350 ewu', '1');
    expect(live(await rows('payments'))).toMatchObject([{ amount: 350000 }]);
    const shown = await say('dipotong utang kasbon 100, dadi tak tampa 250');
    expect(shown).toMatch(/Rp350\.000 → Rp250\.000/);
    await say('1');
    const pays = live(await rows('payments'));
    expect(pays).toHaveLength(1);
    expect(pays[0]).toMatchObject({ kind: 'pay', amount: 250000, kasbon_repaid: 100000, deduction: 0 });
    expect(pays.some((p) => p.kind === 'kasbon')).toBe(false);
  });

  it('"bagianku 160, sing 100 duwene yu tin" changes the pay shared with Yu Tin to 160000', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('bu yati mbayar aku karo yu tin bareng 260 ewu', '1');
    expect(live(await rows('payments'))).toMatchObject([{ amount: 260000 }]);
    expect(await say('bagianku 160, sing 100 duwene yu tin')).toMatch(/Rp260\.000 → Rp160\.000/);
    await say('1');
    const pays = live(await rows('payments'));
    expect(pays).toHaveLength(1);
    expect(pays[0]).toMatchObject({ kind: 'pay', amount: 160000 });
  });
});

describe('a pay in instalments, the days told in the next bubble', () => {
  it('"bayaran keset seko bu umi dicicil" then "senin satus ewu, mau iki 75 ewu": two pays on their days', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('bayaran keset seko bu umi dicicil')).toMatch(/^Berapa uang yang Anda terima\?/);
    const shown = await say('senin satus ewu, mau iki 75 ewu');
    expect(shown).toMatch(
      /Cek dulu, 2 catatan:[\s\S]*Jumlah: Rp100\.000[\s\S]*Tanggal: 23\/11[\s\S]*Jumlah: Rp75\.000/,
    );
    await say('1');
    const pays = live(await rows('payments'));
    expect(pays.map((p) => [p.amount, p.paid_on])).toEqual([
      [100000, MONDAY],
      [75000, TODAY],
    ]);
  });

  it('"bu umi bayarnya nyicil" then "senin 100rb, hari ini sisanya 60rb": two pays on their days', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('bu umi bayarnya nyicil');
    const shown = await say('senin 100rb, hari ini sisanya 60rb');
    expect(shown).toMatch(
      /Cek dulu, 2 catatan:[\s\S]*Jumlah: Rp100\.000[\s\S]*Tanggal: 23\/11[\s\S]*Jumlah: Rp60\.000/,
    );
    await say('1');
    const pays = live(await rows('payments'));
    expect(pays.map((p) => [p.amount, p.paid_on])).toEqual([
      [100000, MONDAY],
      [60000, TODAY],
    ]);
  });
});

describe('paid at once, on the day of what she has just told', () => {
  it('"wingi setor kaos 3 lusin nang pak hadi" saved, then "langsung dibayar 119 ewu" is dated yesterday', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('senin ambil kaos 5 lusin dari pak hadi 3500 sebiji', '1');
    expect(live(await rows('orders'))).toHaveLength(1);
    clock.advance(3 * 3600_000);
    await say('wingi setor kaos 3 lusin nang pak hadi', '1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 36 }]);
    expect(await say('langsung dibayar 119 ewu')).toMatch(/Jumlah: Rp119\.000[\s\S]*Tanggal: kemarin, 27\/11/);
    await say('1');
    const pays = live(await rows('payments'));
    expect(pays).toHaveLength(1);
    expect(pays[0]).toMatchObject({ kind: 'pay', amount: 119000, paid_on: YESTERDAY });
  });
});

describe('a held yes at a check screen', () => {
  it('"yaa" saves what the check screen shows', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('hari ini kerja 6 jam sendiri')).toMatch(/Cek dulu, jam kerja:/);
    expect(await say('yaa')).toMatch(/^Tersimpan/);
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 360, helpers: 0 }]);
  });
});

describe('a sum answered after a pay named without it', () => {
  it('"kemarin dibayar bu endang, sekalian setor kerudung 3 lusin": the sum is asked, "Rp 175.000" is the pay', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('senin ambil kerudung 5 lusin dari bu endang 3500 selusin', '1');
    expect(live(await rows('orders'))).toHaveLength(1);
    clock.advance(3 * 3600_000);
    const asked = await say('kemarin dibayar bu endang, sekalian setor kerudung 3 lusin, diterima semua');
    expect(asked).toMatch(/Berapa uang yang Anda terima\?/);
    expect(await say('Rp 175.000')).toMatch(/Cek dulu, 2 catatan:[\s\S]*Jumlah: Rp175\.000/);
    await say('1');
    const pays = live(await rows('payments'));
    expect(pays).toHaveLength(1);
    expect(pays[0]).toMatchObject({ kind: 'pay', amount: 175000, paid_on: YESTERDAY });
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 36, rejected_pieces: 0 }]);
  });
});
