// A hand-in is put on an order of the employer she names: never on another employer's order without a word.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryPhone } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

it('a hand-in to an employer with no order records that order with it, unless the goods are on the order of another; a slip in a known name still finds her order', async () => {
  const d = await diaryPhone(t);
  await d.say('order 5 kodi sandal jepit 750/biji dari Bu Yati', '1');
  await d.say('dibayar pak hadi 50rb', '1');
  // A new name: no order of hers, so the order is recorded with the hand-in, its rate asked; nothing is lost.
  const sari = await d.say('setor kerupuk 30 pak ke bu sari');
  expect(sari).toMatch(/Order dari Bu Sari belum tercatat, jadi saya catat ordernya sekalian dengan setorannya/);
  expect(sari).toMatch(/Berapa upahnya\?/);
  expect(await d.say('batal')).toMatch(/Dibatalkan/);
  expect(await d.rows('handins')).toEqual([]);
  // A known employer (paid before) with no order, of goods Bu Yati's order has: perhaps hers, named otherwise.
  // No order is made up; nothing is saved, and she is told how to go on.
  expect(await d.say('setor 20 sandal ke pak hadi')).toMatch(/Belum ada order dari Pak Hadi/);
  expect(await d.rows('handins')).toEqual([]);
  expect(await d.rows('orders')).toHaveLength(1);
  // "bu yti": a slip in her employer's name is that employer.
  expect(await d.say('setor sandal 20 ke bu yti')).toMatch(/Order: Bu Yati: sandal jepit/);
  await d.say('1');
  expect((await d.rows('handins')).map((h) => h.delivered_pieces)).toEqual([20]);
  expect((await d.rows('orders')).map((o) => o.product)).toEqual(['sandal jepit']);
});

it('a place after the name is not the goods, and "ada pengepul baru, bu sari" names Bu Sari', async () => {
  const d = await diaryPhone(t);
  const r = await d.say('ada pengepul baru, bu sari dr gurah, ngasih kerupuk buat dibungkus 30 pak, upahnya belum tau');
  expect(r).toMatch(/order baru:\nDari: Bu Sari \(baru\)\nBarang: kerupuk\nJumlah: 30 pak/);
  expect(r).toMatch(/Upah: belum diketahui/);
});
