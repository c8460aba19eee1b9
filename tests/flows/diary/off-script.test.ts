// Answers off the script and words as they are spoken or voice-typed: a name inside a sentence to "Dari siapa?",
// giving up in the middle of an entry, "yo simpen sek", a correction then the answer, loose pieces beyond whole
// kodi, things counted by their container, a name put right as she speaks, words for a half, an advance asked and
// a smaller one given, the minimum wage asked, hours settled on after they were saved, and the day pay is promised.
// Through the real engine on SQLite, on Saturday 28 November 2026 10:00 WIB, asserted on what she sees and what
// is stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOURS_PER_MONTH, UMK_REGION, UMK_TABLE } from '../../../src/content/umk.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryPhone } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const TABLES = ['orders', 'handins', 'payments', 'work_hours', 'costs', 'employers'] as const;

/**
 * A worker who has been paid by each of `names` already, three hours ago: they are hers, and nothing said lately
 * names one of them, so "Dari siapa?" is asked with her list.
 */
async function withEmployers(...names: string[]) {
  const p = await diaryPhone(t);
  for (const n of names) expect(await p.say(`dibayar ${n} 50rb`, '1')).toMatch(/^Tersimpan/);
  p.clock.advance(3 * 3600_000);
  const employers = await p.rows('employers');
  expect(employers.map((e) => e.name)).toEqual(names.map((n) => n.replace(/\b[a-z]/g, (c) => c.toUpperCase())));
  const id = (name: string) => employers.find((e) => e.name === name)!.id;
  return { ...p, id };
}

describe('a name inside a sentence answered to "Dari siapa?"', () => {
  it('"lho yo bu endang to, sopo maneh" is Bu Endang, one of hers, and no new person', async () => {
    const { say, rows, id } = await withEmployers('pak hadi', 'bu endang');
    const asked = await say('ambil 3 kodi sandal');
    expect(asked).toMatch(/^Dari siapa order ini\?\n1 /);
    expect(asked).toMatch(/\n\d Bu Endang\n/);
    expect(await say('lho yo bu endang to, sopo maneh')).toMatch(/^Berapa upahnya\?/);
    const check = await say('20rb sekodi');
    expect(check).toMatch(/Cek dulu, order baru:\nDari: Bu Endang\n/);
    expect(check).not.toMatch(/\(baru\)/);
    expect(await say('1')).toMatch(/Order tersimpan/);
    expect(await rows('orders')).toMatchObject([{ employer_id: id('Bu Endang'), quantity_pieces: 60 }]);
    expect(await rows('employers')).toHaveLength(2);
  });

  it('"pak hadi, buat bayar sekolah anak" to a kasbon\'s "Dari siapa?" is a kasbon from Pak Hadi', async () => {
    const { say, rows, id } = await withEmployers('bu endang', 'pak hadi');
    expect(await say('kasbon 200rb')).toMatch(/^Dari siapa\?\n1 /);
    expect(await say('pak hadi, buat bayar sekolah anak')).toMatch(
      /Cek dulu, kasbon:\nDari: Pak Hadi\nJenis: kasbon\nJumlah: Rp200\.000/,
    );
    await say('1');
    const kasbon = (await rows('payments')).filter((p) => p.kind === 'kasbon');
    expect(kasbon).toMatchObject([{ employer_id: id('Pak Hadi'), amount: 200000, voided_at: null }]);
    expect(await rows('employers')).toHaveLength(2);
  });

  it('"orang baru, namanya bu sri dari desa sebelah" is a new employer, Bu Sri', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 3 kodi sandal')).toMatch(/^Dari siapa order ini\?/);
    expect(await say('orang baru, namanya bu sri dari desa sebelah')).toMatch(/^Berapa upahnya\?/);
    expect(await say('20rb sekodi')).toMatch(/\nDari: Bu Sri \(baru\)\n/);
    await say('1');
    expect((await rows('employers')).map((e) => e.name)).toEqual(['Bu Sri']);
    expect(await rows('orders')).toHaveLength(1);
  });

  it('"wong anyar jenenge bu tini" under her list is a new employer, Bu Tini, not one of the list', async () => {
    const { say, rows, id } = await withEmployers('pak hadi', 'bu endang');
    expect(await say('ambil 3 kodi sandal')).toMatch(/^Dari siapa order ini\?\n1 /);
    expect(await say('wong anyar jenenge bu tini')).toMatch(/^Berapa upahnya\?/);
    expect(await say('20rb sekodi')).toMatch(/\nDari: Bu Tini \(baru\)\n/);
    await say('1');
    const employers = await rows('employers');
    expect(employers.map((e) => e.name)).toEqual(['Pak Hadi', 'Bu Endang', 'Bu Tini']);
    const [order] = await rows('orders');
    expect(order!.employer_id).toBe(employers[2]!.id);
    expect(order!.employer_id).not.toBe(id('Bu Endang'));
  });
});

describe('giving up in the middle of an entry', () => {
  it('"mboh, wes lah batal wae" at "Berapa upahnya?" drops the order', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 5 kodi sandal dari bu endang')).toMatch(/^Berapa upahnya\?/);
    const r = await say('mboh, wes lah batal wae');
    expect(r).toMatch(/^Dibatalkan\. Tidak ada yang disimpan\./);
    expect(r).not.toMatch(/Berapa upahnya\?/);
    for (const table of TABLES) expect(await rows(table)).toHaveLength(0);
  });

  it('"udah lah nanti aja nyatetnya" at "Berapa upahnya?" keeps nothing and says how to send it later', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 5 kodi sandal dari bu endang')).toMatch(/^Berapa upahnya\?/);
    const r = await say('udah lah nanti aja nyatetnya');
    expect(r).toMatch(/^Tidak apa-apa\. Catatan ini belum disimpan\./);
    expect(r).not.toMatch(/Cek dulu|Simpan\?/);
    // No check screen is left open: a 1 now starts a new order, it saves none.
    expect(await say('1')).toMatch(/^Dari siapa order ini\?/);
    for (const table of TABLES) expect(await rows(table)).toHaveLength(0);
  });

  it('"udah lah nanti aja nyatetnya" at the hours\' check screen keeps no hours', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('hari ini kerja 8 jam')).toMatch(/^Cek dulu, jam kerja:[\s\S]*Jam kerja: 8 jam/);
    const r = await say('udah lah nanti aja nyatetnya');
    expect(r).toMatch(/Catatan ini belum disimpan/);
    expect(r).not.toMatch(/Tersimpan/);
    expect(await rows('work_hours')).toHaveLength(0);
  });

  it('"batal aja dulu, tak cek catetan" at the check screen drops it: a 1 after it saves nothing', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 150 biji sandal dari bu endang 1rb sebiji')).toMatch(/Cek dulu, order baru:/);
    expect(await say('eh bentar, kayaknya bukan 150. batal aja dulu, tak cek catetan')).toMatch(
      /Catatan ini belum disimpan/,
    );
    // The check screen is gone: "1" is the menu's first line, a new order from its start.
    expect(await say('1')).toMatch(/^Dari siapa order ini\?/);
    expect(await rows('orders')).toHaveLength(0);
    expect(await rows('employers')).toHaveLength(0);
  });

  it('"gak jadi 100, 80 biji" at the check screen is a correction, saved as 80', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 100 biji sandal dari bu endang 1rb sebiji')).toMatch(/Jumlah: 100 biji/);
    const r = await say('gak jadi 100, 80 biji');
    expect(r).toMatch(/Cek dulu, order baru:[\s\S]*Jumlah: 80 biji\nUpah: Rp1\.000\/biji, total Rp80\.000/);
    expect(r).not.toMatch(/Dibatalkan|belum disimpan/);
    expect(await say('1')).toMatch(/Order tersimpan\. Nilai order: Rp80\.000/);
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 80, rate_per_piece: 1000, voided_at: null }]);
  });

  it('"gak jadi" with no figure at the same screen drops it', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 100 biji sandal dari bu endang 1rb sebiji');
    expect(await say('gak jadi')).toMatch(/^Dibatalkan\. Tidak ada yang disimpan\./);
    expect(await rows('orders')).toHaveLength(0);
  });
});

describe('her yes in the word for saving', () => {
  it('"yo simpen sek" at a check screen saves', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 100 biji sandal dari bu endang 1rb sebiji');
    expect(await say('yo simpen sek')).toMatch(/^Order tersimpan\. Nilai order: Rp100\.000\./);
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 100, rate_amount: 1000, voided_at: null }]);
  });

  it('"ojo disimpen sek" does not save', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 100 biji sandal dari bu endang 1rb sebiji');
    expect(await say('ojo disimpen sek')).not.toMatch(/tersimpan/);
    expect(await rows('orders')).toHaveLength(0);
  });
});

describe('a correction, then the answer, in one message', () => {
  it('"wait, it was 150k not 100k. from juragan darmo" at "Dari siapa?": Rp150.000 from Juragan Darmo', async () => {
    const { say, rows, id } = await withEmployers('bu endang', 'juragan darmo');
    expect(await say('dibayar 100k')).toMatch(/^Dari siapa\?\n1 /);
    expect(await say('wait, it was 150k not 100k. from juragan darmo')).toMatch(
      /Cek dulu, bayaran:\nDari: Juragan Darmo\nJenis: bayaran upah\nJumlah: Rp150\.000\n/,
    );
    await say('1');
    const pays = await rows('payments');
    expect(pays).toHaveLength(3);
    expect(pays[2]).toMatchObject({ employer_id: id('Juragan Darmo'), kind: 'pay', amount: 150000, voided_at: null });
    expect(await rows('employers')).toHaveLength(2);
  });
});

describe('counts, things and names as spoken', () => {
  it('"telung kodi karo limang biji" in an order is 65 pieces', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil sandal telung kodi karo limang biji dari bu endang 1rb sebiji')).toMatch(
      /Jumlah: 65 biji\nUpah: Rp1\.000\/biji, total Rp65\.000/,
    );
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 65 }]);
  });

  it('"3 kodi lebih 5" handed in is 65 pieces', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dari bu endang 1rb sebiji', '1');
    expect(await say('setor sandal 3 kodi lebih 5 ke bu endang')).toMatch(
      /Cek dulu, setoran:[\s\S]*Diserahkan: 65\nDitolak: 0, diterima 65 = Rp65\.000/,
    );
    expect(await say('1')).toMatch(/Sudah diterima 65 dari 100, sisa 35/);
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 65, rejected_pieces: 0 }]);
  });

  it('"beli lem 2 kaleng" is a cost whose sum is asked, not Rp2.000', async () => {
    const { say, rows } = await diaryPhone(t);
    const r = await say('beli lem 2 kaleng');
    expect(r).toMatch(/^Berapa biayanya\?/);
    expect(r).not.toMatch(/Rp2\.000/);
    expect(await rows('costs')).toHaveLength(0);
    expect(await say('45rb')).toMatch(/Cek dulu, biaya:\nUntuk: Bahan\nJumlah: Rp45\.000/);
    await say('1');
    expect(await rows('costs')).toMatchObject([{ category: 'bahan', amount: 45000 }]);
  });

  it('"juragan dharma eh darmo" is Juragan Darmo, the name she meant', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('dibayar juragan dharma eh darmo 50rb')).toMatch(/\nDari: Juragan Darmo \(baru\)\n/);
    await say('1');
    expect((await rows('employers')).map((e) => e.name)).toEqual(['Juragan Darmo']);
    expect(await rows('payments')).toMatchObject([{ amount: 50000, kind: 'pay' }]);
  });

  it('"worked six and a half hours today" is 6.5 hours', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0813', { lang: 'en' });
    expect(await say('worked six and a half hours today')).toMatch(/Hours: 6\.5 h/);
    await say('alone');
    expect(await say('1')).toMatch(/^Saved: 6\.5 h, today, 28\/11/);
    expect(await rows('work_hours')).toMatchObject([{ worked_on: '2026-11-28', minutes: 390 }]);
  });

  it('"njaluk bon 300 ewu nang bu yati, dikei mung 200 ewu" is one advance of Rp200.000', async () => {
    const { say, rows } = await diaryPhone(t);
    const check = await say('njaluk bon 300 ewu nang bu yati, dikei mung 200 ewu');
    expect(check).toMatch(/^Cek dulu, kasbon:\nDari: Bu Yati \(baru\)\nJenis: kasbon\nJumlah: Rp200\.000\n/);
    expect(check).not.toMatch(/Rp300\.000|catatan:/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ kind: 'kasbon', amount: 200000, paid_on: '2026-11-28' }]);
  });
});

describe('the minimum wage asked', () => {
  const dots = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

  it('"umr kediri skrg brp ya?" is answered with the UMK of the year, monthly and per hour, and stores nothing', async () => {
    const { say, rows } = await diaryPhone(t);
    const u = UMK_TABLE.find((x) => x.year === 2026)!;
    const hourly = Math.round(u.monthly / HOURS_PER_MONTH);
    const about = u.approximate ? 'sekitar ' : '';
    const r = await say('umr kediri skrg brp ya?');
    expect(r).toContain(`UMK ${UMK_REGION} 2026: ${about}Rp${dots(u.monthly)} sebulan`);
    expect(r).toContain(`${about}Rp${dots(hourly)} per jam`);
    expect(r).toMatch(/Pekerja rumahan belum dilindungi UMK/);
    for (const table of TABLES) expect(await rows(table)).toHaveLength(0);
  });
});

describe('hours settled on after they were saved', () => {
  it('"ya udah tulis 8 jam aja" a minute after 8 hours were saved makes no second record', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    expect(await say('hari ini kerja 8 jam sendiri', '1')).toMatch(/^Tersimpan: 8 jam/);
    clock.advance(60_000);
    expect(await say('ya udah tulis 8 jam aja')).toMatch(/^Sudah tersimpan\./);
    // No check screen was opened: a 1 now saves nothing either.
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ worked_on: '2026-11-28', minutes: 480 }]);
    expect(await rows('work_hours')).toHaveLength(1);
  });

  it('"ya udah tulis 6 jam aja" then is other hours, shown to check', async () => {
    const { say, clock } = await diaryPhone(t);
    await say('hari ini kerja 8 jam sendiri', '1');
    clock.advance(60_000);
    const r = await say('ya udah tulis 6 jam aja');
    expect(r).not.toMatch(/Sudah tersimpan/);
    expect(r).toMatch(/Jam kerja: 6 jam/);
  });
});

describe('the day pay is promised', () => {
  it('"bayarnya jumat katanya" after a hand-in does not make it Friday\'s', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dari bu endang 1rb sebiji', '1');
    expect(await say('setor 3 kodi sandal ke bu endang, bayarnya jumat katanya')).toMatch(
      /Cek dulu, setoran:[\s\S]*Diserahkan: 60[\s\S]*Tanggal: hari ini, 28\/11/,
    );
    await say('1');
    expect(await rows('handins')).toMatchObject([{ handed_in_on: '2026-11-28', delivered_pieces: 60 }]);
    expect(await rows('payments')).toHaveLength(0);
  });
});
