// Answers at check screens as she means them: "gak ada" / "ora ono, apik kabeh" for no rejects, a bare count as
// the rejects, "gak usah deh" to drop an order, "eh 6500 ding selusin" to put the rate right, "nggih leres, satus
// seket ewu" as her yes; rates said in words to "Berapa upahnya?" (per three pairs, per thousand sticks); English sums
// with "and"; the hours and who helped corrected together; two who paid in one message. Through the real engine on
// SQLite, on Saturday 28 November 2026 10:00 WIB, asserted on what she sees and what is stored.
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

/** A worker with an order of 5 kodi of sandals from Bu Endang, saved, and a hand-in of 3 kodi at its check screen. */
async function handInAtCheck(handIn = 'setor 3 kodi sandal ke bu endang') {
  const p = await diaryPhone(t);
  expect(await p.say('ambil 5 kodi sandal dari bu endang 1rb sebiji', '1')).toMatch(/^Order tersimpan/);
  expect(await p.say(handIn)).toMatch(/^Cek dulu, setoran:[\s\S]*Diserahkan: 60\n/);
  return p;
}

describe("no rejects said at a hand-in's check screen", () => {
  it.each(['gak ada', 'ora ono, apik kabeh'])('"%s" saves it with none rejected', async (answer) => {
    const { say, rows } = await handInAtCheck();
    expect(await say(answer)).toMatch(
      /^Setoran tersimpan, nilainya Rp60\.000\.\n[\s\S]*Sudah diterima 60 dari 100, sisa 40\./,
    );
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 60, rejected_pieces: 0, voided_at: null }]);
  });

  it.each(['gak ada', 'ora ono, apik kabeh'])('a "1" right after "%s" is no new order', async (answer) => {
    const { say, rows } = await handInAtCheck();
    await say(answer);
    const r = await say('1');
    expect(r).toMatch(/^Sudah tersimpan\./);
    // The menu's first item would ask whom a new order is from.
    expect(r).not.toMatch(/Dari siapa order ini\?/);
    expect(await rows('handins')).toHaveLength(1);
    expect(await rows('orders')).toHaveLength(1);
  });

  it('"gak ada" when 2 rejects were said does not save them as none', async () => {
    const { say, rows } = await handInAtCheck('setor 3 kodi sandal ke bu endang, ditolak 2');
    const r = await say('gak ada');
    expect(r).not.toMatch(/tersimpan/);
    expect(await rows('handins')).toHaveLength(0);
    await say('0');
    expect(await say('1')).toMatch(/^Setoran tersimpan, nilainya Rp58\.000\./);
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 60, rejected_pieces: 2 }]);
  });
});

describe("a bare count at a hand-in's check screen is the rejects", () => {
  it('"tiga, jahitannya miring katanya" sets 3 rejected and shows the screen again', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 100 biji keset dari pak hadi 1500 sebiji', '1');
    expect(await say('setor keset ke pak hadi 75 biji')).toMatch(/Ditolak: 0, diterima 75 = Rp112\.500\n/);
    expect(await say('tiga, jahitannya miring katanya')).toMatch(
      /^Cek dulu, setoran:\nOrder: Pak Hadi: keset \(28\/11\)\nDiserahkan: 75\nDitolak: 3, diterima 72 = Rp108\.000\n[\s\S]*Simpan\?/,
    );
    expect(await rows('handins')).toHaveLength(0);
    expect(await say('ya')).toMatch(
      /^Setoran tersimpan, nilainya Rp108\.000\.[\s\S]*Sudah diterima 72 dari 100, sisa 28\./,
    );
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 75, rejected_pieces: 3, voided_at: null }]);
  });

  it('a count no smaller than what was handed in is not the rejects', async () => {
    const { say, rows } = await handInAtCheck();
    const r = await say('70');
    expect(r).toMatch(/Ditolak: 0, diterima 60 = Rp60\.000/);
    expect(r).not.toMatch(/Ditolak: 70/);
    expect(await rows('handins')).toHaveLength(0);
  });
});

describe("an order's check screen", () => {
  it('"gak usah deh, nanti aja kalo udah jelas" stores nothing', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ada order baru sarung tangan 10 lusin dr pak haji slamet')).toMatch(/^Berapa upahnya\?/);
    expect(await say('belum tau, katanya nanti dikabari')).toMatch(/Cek dulu, order baru:[\s\S]*Upah: belum diketahui/);
    const r = await say('gak usah deh, nanti aja kalo udah jelas');
    expect(r).toMatch(/belum disimpan/);
    expect(r).not.toMatch(/tersimpan\./);
    expect(await rows('orders')).toHaveLength(0);
    // Nothing left open: a "1" now saves no order either.
    await say('1');
    expect(await rows('orders')).toHaveLength(0);
  });

  it('"eh 6500 ding selusin" changes the rate from Rp6.000 to Rp6.500 a dozen', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('njupuk sarung tangan 5 lusin teko pak hadi 6 ewu selusin')).toMatch(
      /Upah: Rp6\.000\/lusin \(Rp500\/biji\), total Rp30\.000\n/,
    );
    expect(await say('eh 6500 ding selusin')).toMatch(
      /^Cek dulu, order baru:[\s\S]*Jumlah: 5 lusin \(60\)\nUpah: Rp6\.500\/lusin \(Rp542\/biji\), total Rp32\.500\n/,
    );
    expect(await say('1')).toMatch(/^Order tersimpan\. Nilai order: Rp32\.500\./);
    expect(await rows('orders')).toMatchObject([
      { quantity_pieces: 60, rate_amount: 6500, rate_per: 'lusin', rate_count: 1, voided_at: null },
    ]);
  });
});

describe('rates said in words to "Berapa upahnya?"', () => {
  it('"sepuluh ewu telung pasang" is Rp10.000 per 3 pairs', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('njupuk sandal 6 kodi teko bu endang')).toMatch(/^Berapa upahnya\?/);
    expect(await say('sepuluh ewu telung pasang')).toMatch(
      /Jumlah: 6 kodi \(120\)\nUpah: Rp10\.000\/3 pasang \(Rp3\.333\/pasang\), total Rp400\.000\n/,
    );
    expect(await say('iyo bener')).toMatch(/^Order tersimpan\. Nilai order: Rp400\.000\./);
    expect(await rows('orders')).toMatchObject([
      { quantity_pieces: 120, rate_amount: 10000, rate_per: 'pasang', rate_count: 3 },
    ]);
  });

  it('"patbelas ewu sak ewu batang" is Rp14.000 per 1.000 sticks', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('oleh garapan mbatil rokok 5000 batang teko pak haji slamet')).toMatch(/^Berapa upahnya\?/);
    expect(await say('patbelas ewu sak ewu batang')).toMatch(
      /Jumlah: 5000 biji\nUpah: Rp14\.000\/1\.000 biji \(Rp14\/biji\), total Rp70\.000\n/,
    );
    expect(await say('1')).toMatch(/^Order tersimpan\. Nilai order: Rp70\.000\./);
    expect(await rows('orders')).toMatchObject([
      { quantity_pieces: 5000, rate_amount: 14000, rate_per: 'pcs', rate_count: 1000 },
    ]);
  });
});

describe('English sums with "and"', () => {
  it('"one hundred and twenty thousand" to "How much…?" is Rp120.000', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0813', { lang: 'en' });
    expect(await say('Bu Umi paid me')).toMatch(/^How much money did you receive\?/);
    expect(await say('one hundred and twenty thousand')).toMatch(
      /^Please check the payment:\nFrom: Bu Umi \(new\)\nKind: pay for work\nAmount: Rp120\.000\n/,
    );
    expect(await say('yes correct')).toMatch(/^Saved\./);
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 120000, voided_at: null }]);
  });
});

describe('the hours and who helped corrected together', () => {
  it('"no wait it was 4 hours, and nobody helped" at the check screen makes it 4 hours', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0813', { lang: 'en' });
    await say('I worked 3 hours this morning');
    expect(await say('my daughter')).toMatch(/Hours: 3 h\n[\s\S]*Family helpers: 1\n/);
    expect(await say('no wait it was 4 hours, and nobody helped')).toMatch(
      /^Please check the hours:[\s\S]*Hours: 4 h\n/,
    );
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 240 }]);
  });

  // Fails: a helper said before (1, a child) stays; "nobody helped" beside a figure only fills a line not said yet.
  it.fails('"no wait it was 4 hours, and nobody helped" at the check screen also sets nobody helped', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0813', { lang: 'en' });
    await say('I worked 3 hours this morning', 'my daughter');
    expect(await say('no wait it was 4 hours, and nobody helped')).toMatch(/Hours: 4 h\n[\s\S]*Family helpers: none\n/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 240, helpers: 0 }]);
  });

  // Fails: just after saving, only the hours are changed (3 h -> 4 h); helpers stay unsaid (null).
  it('"no wait it was 4 hours, and nobody helped" just after saving 3 hours changes both', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0813', { lang: 'en' });
    expect(await say('I worked 3 hours this morning', '1')).toMatch(/^Saved: 3 h, today, 28\/11\./);
    const r = await say('no wait it was 4 hours, and nobody helped');
    expect(r).toMatch(/Hours: 3 h → 4 h/);
    expect(r).toMatch(/Family helpers/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 240, helpers: 0, voided_at: null }]);
  });
});

describe("her yes at a pay's check screen", () => {
  it('"nggih leres, satus seket ewu" with Rp150.000 on the screen saves it', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('Bu Yati wau mbayar opah sandal satus seket')).toMatch(
      /^Cek dulu, bayaran:\nDari: Bu Yati \(baru\)\nJenis: bayaran upah\nJumlah: Rp150\.000\n/,
    );
    expect(await say('nggih leres, satus seket ewu')).toMatch(/^Tersimpan\./);
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 150000, voided_at: null }]);
  });
});

describe('two who paid in one message', () => {
  it('"alhamdulillah hr ini 2 org bayar. bu yati Rp 120.000, bu umi Rp 75.000" is two pays, saved with one "1"', async () => {
    const { say, rows } = await diaryPhone(t);
    const check = await say('alhamdulillah hr ini 2 org bayar. bu yati Rp 120.000, bu umi Rp 75.000');
    expect(check).toMatch(/^Cek dulu, 2 catatan:\n1\) Bayaran\nDari: Bu Yati \(baru\)\n[\s\S]*Jumlah: Rp120\.000\n/);
    expect(check).toMatch(/\n2\) Bayaran\nDari: Bu Umi \(baru\)\n[\s\S]*Jumlah: Rp75\.000\n/);
    expect(await say('1')).toMatch(/^2 catatan tersimpan\./);
    const employers = await rows('employers');
    expect(employers.map((e) => e.name)).toEqual(['Bu Yati', 'Bu Umi']);
    expect(await rows('payments')).toMatchObject([
      { employer_id: employers[0]!.id, kind: 'pay', amount: 120000, paid_on: '2026-11-28' },
      { employer_id: employers[1]!.id, kind: 'pay', amount: 75000, paid_on: '2026-11-28' },
    ]);
  });

  // Fails: Bu Umi's line counts Bu Yati's Rp120.000 too ("uang diterima Rp195.000").
  it("each one's balance after saving counts only her own money", async () => {
    const { say } = await diaryPhone(t);
    await say('alhamdulillah hr ini 2 org bayar. bu yati Rp 120.000, bu umi Rp 75.000');
    const r = await say('1');
    expect(r).toMatch(/Dengan Bu Yati sampai hari ini: upah dari setoran Rp0, uang diterima Rp120\.000\./);
    expect(r).toMatch(/Dengan Bu Umi sampai hari ini: upah dari setoran Rp0, uang diterima Rp75\.000\./);
  });
});
