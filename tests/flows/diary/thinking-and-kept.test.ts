// Through the real engine on SQLite: she thinks aloud at a figure's question ("brapa ya td", "kelalen aku") and is
// told kindly it can come later; a hand-in told with no order recorded keeps what she told (the order recorded
// with it); the week's report asked in other words; a bold menu number after a save is no new cost; an order
// called off after its thread was bought leaves the thread's cost.
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

describe("thinking aloud at a figure's question", () => {
  it('"brapa ya td" to the pay\'s sum: a kind word, no miss; the sum she finds is saved', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('order 2 kodi mukena dari bu endang 15rb sekodi', '1');
    expect(await say('bu endang mbayar')).toMatch(/Berapa uang yang Anda terima\?/);
    const r = await say('brapa ya td');
    expect(r).toBe('Tidak apa-apa, tulis jumlahnya kalau sudah ingat.');
    expect(await say('oh 30rb')).toMatch(/Jumlah: Rp30\.000/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ amount: 30000 }]);
  });

  it('"kelalen aku" to a cost\'s sum keeps it open once; forgotten again, it is left and she is told how to send it', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('tadi beli karet')).toMatch(/Berapa biayanya\?/);
    expect(await say('kelalen aku')).toMatch(/^Tidak apa-apa, tulis jumlahnya kalau sudah ingat\.$/);
    expect(await say('lupa beneran')).toMatch(/belum disimpan/);
    expect(await rows('costs')).toEqual([]);
  });

  it('"piro ya" to the hours asks nothing again; the hours follow', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('wingi njahit')).toMatch(/Berapa jam/);
    expect(await say('piro ya')).toBe('Tidak apa-apa, tulis berapa jamnya kalau sudah ingat.');
    expect(await say('5 jam')).toMatch(/Jam kerja: 5 jam/);
    await say('0', '1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 300, worked_on: '2026-11-27' }]);
  });
});

describe('a hand-in with no order recorded', () => {
  it('with whom, goods, count and rate: the order and the hand-in on one check screen, both saved', async () => {
    const { say, rows } = await diaryPhone(t);
    const r = await say('kemarin nyetor 2 lusin kaos kaki ke mbak rina, upahnya 6rb selusin');
    expect(r).toMatch(/^Order dari Mbak Rina belum tercatat, jadi saya catat ordernya sekalian dengan setorannya\./);
    expect(r).toMatch(/1\) Order baru\nDari: Mbak Rina \(baru\)\nBarang: kaos kaki\nJumlah: 2 lusin \(24\)/);
    expect(r).toMatch(/2\) Setoran\n[\s\S]*Diserahkan: 24/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ product: 'kaos kaki', quantity_pieces: 24, rate_amount: 6000 }]);
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 24, handed_in_on: '2026-11-27' }]);
  });

  it('without whom from: asked, then both saved', async () => {
    const { say, rows } = await diaryPhone(t);
    const r = await say('setor 50 bros, 500 sebiji');
    expect(r).toMatch(/Order belum tercatat, jadi saya catat ordernya sekalian/);
    expect(r).toMatch(/Dari siapa/);
    expect(await say('bu warsih')).toMatch(/Cek dulu, 2 catatan/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ product: 'bros', quantity_pieces: 50, rate_amount: 500 }]);
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 50 }]);
  });
});

describe("the week's report in other words", () => {
  it('"my weekly report", "njaluk laporan mingguan", "rekap minggu iki mbak" are REKAP of this week', async () => {
    const { say } = await diaryPhone(t);
    for (const m of ['my weekly report', 'njaluk laporan mingguan', 'rekap minggu iki mbak', 'weekly summary pls'])
      expect(await say(m)).toMatch(/^REKAP minggu ini/);
  });

  it("asked in the middle of a pay's question: the REKAP, the pay kept for later", async () => {
    const { say } = await diaryPhone(t);
    await say('bu umi mbayar');
    const r = await say('weekly report');
    expect(r).toMatch(/^REKAP minggu ini/);
    expect(r).toMatch(/Bayaran dari Bu Umi belum selesai/);
  });
});

describe('a small number alone after a save', () => {
  it('"*3*" just after a cost is the menu\'s third line, not a cost of Rp3.000', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('beli kain 45rb', '1');
    const three = await say('*3*');
    expect(three).not.toMatch(/Cek dulu, biaya/);
    expect(three).toMatch(/siapa/i);
    await say('batal');
    expect(await say('_4_')).toMatch(/Berapa jam/);
    expect(await rows('costs')).toMatchObject([{ amount: 45000 }]);
  });
});

describe('an order called off after what was bought for it', () => {
  it('the order is taken back, the cost of the thread stays', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('bu sumi ngasih orderan 40 keset 2rb sebiji', '1');
    await say('tadi beli tali rafia buat keset 15rb', '1');
    const r = await say('td bu sumi telpon, orderannya gak jadi');
    expect(r).toMatch(/dibatalkan[\s\S]*keset/i);
    expect(await rows('costs')).toMatchObject([{ amount: 15000 }]);
    expect((await rows('orders')).filter((o) => !o.voided_at)).toEqual([]);
  });
});

describe('a span of weekdays not yet ended', () => {
  it('"selasa sampai sabtu 5 jam sehari" on a Thursday: Tuesday to today, and why Saturday is not', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    clock.set('2026-11-26T12:00:00Z');
    const r = await say('selasa sampai sabtu jahit 5 jam sehari');
    expect(r).toMatch(/^Sabtu belum lewat, jadi saya catat sampai hari ini\.\n/);
    expect(r).toMatch(/Cek dulu, 3 catatan/);
    await say('0', '1');
    expect((await rows('work_hours')).map((h) => h.worked_on)).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
  });
});
