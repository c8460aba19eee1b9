// Answers read as she gives them, through the real engine on SQLite, on Saturday 28 November 2026 10:00 WIB: a
// figure or a name put right in the answer, a rejected count with its reason or put right or after a question back,
// "7rb satu" beside a name, a figure put right after the answer, hours said in the middle of an advance, a day
// without work, a guessed number of helpers, "semua diterima", the rest handed in on a day, and a second pay.
// Asserted on what she sees and what is stored.
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

/** An order of 10 kodi of sandals from Bu Umi, saved, then a hand-in of 5 kodi with rejects said but not counted. */
async function askedRejected() {
  const p = await diaryPhone(t);
  expect(await p.say('ambil 10 kodi sandal dari bu umi 20rb sekodi', '1')).toMatch(/^Order tersimpan/);
  expect(await p.say('setor sandal 5 kodi ke bu umi, ada yg rusak')).toMatch(/^Berapa yang ditolak \/ retur\?/);
  return p;
}

describe('a figure or a name put right in the answer', () => {
  it('"30rb. eh bukan, 35rb" to a cost\'s "how much?" is 35000', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('beli benang')).toMatch(/^Berapa biayanya\?/);
    const check = await say('30rb. eh bukan, 35rb');
    expect(check).toMatch(/^Cek dulu, biaya:[\s\S]*\nJumlah: Rp35\.000\n/);
    expect(check).not.toMatch(/30\.000/);
    expect(await say('1')).toMatch(/^Biaya tersimpan/);
    expect(await rows('costs')).toMatchObject([{ amount: 35000, category: 'bahan' }]);
  });

  it('"bu yati. eh dudu, bu umi" to a pay\'s "Dari siapa?" is Bu Umi', async () => {
    const { say, rows, id } = await withEmployers('bu yati', 'bu umi');
    expect(await say('dibayar 100rb')).toMatch(/^Dari siapa\?\n1 /);
    expect(await say('bu yati. eh dudu, bu umi')).toMatch(/^Cek dulu, bayaran:\nDari: Bu Umi\n[\s\S]*Rp100\.000/);
    await say('1');
    const paid = (await rows('payments')).filter((p) => p.amount === 100000);
    expect(paid).toMatchObject([{ employer_id: id('Bu Umi') }]);
    expect(await rows('employers')).toHaveLength(2);
  });

  it('"bu yati. eh dudu, bu umi" to an order\'s "Dari siapa?" is Bu Umi', async () => {
    const { say, rows, id } = await withEmployers('bu yati', 'bu umi');
    expect(await say('ambil 3 kodi sandal')).toMatch(/^Dari siapa order ini\?\n1 /);
    expect(await say('bu yati. eh dudu, bu umi')).toMatch(/^Berapa upahnya\?/);
    expect(await say('20rb sekodi')).toMatch(/\nDari: Bu Umi\n/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ employer_id: id('Bu Umi'), quantity_pieces: 60 }]);
  });
});

describe('how many were rejected, as she answers it', () => {
  it('"telu. eh limang pasang ding" is five', async () => {
    const { say, rows } = await askedRejected();
    expect(await say('telu. eh limang pasang ding')).toMatch(/\nDitolak: 5, diterima 95 = Rp95\.000\n/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 100, rejected_pieces: 5 }]);
  });

  it('"wolung biji, leme mbleber" is eight, with her reason', async () => {
    const { say, rows } = await askedRejected();
    expect(await say('wolung biji, leme mbleber')).toMatch(/\nDitolak: 8, diterima 92 = Rp92\.000\n/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 100, rejected_pieces: 8 }]);
  });

  it('"maksudnya yg dibalikin?" is answered plainer, nothing taken; "oh 4 biji" then is four rejected', async () => {
    const { say, rows } = await askedRejected();
    const plainer = await say('maksudnya yg dibalikin?');
    expect(plainer).toMatch(/^Maksud saya: yang dikembalikan pemberi kerja karena rusak atau kurang bagus\./);
    expect(plainer).toMatch(/\nBerapa yang ditolak \/ retur\?/);
    expect(plainer).not.toMatch(/Cek dulu/);
    expect(await rows('handins')).toHaveLength(0);
    const check = await say('oh 4 biji');
    expect(check).toMatch(/\nDiserahkan: 100\nDitolak: 4, diterima 96 = Rp96\.000\n/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 100, rejected_pieces: 4 }]);
  });
});

describe('a rate or a count beside the answer', () => {
  it('"dari mbak rina, 7rb satu" to an order\'s "Dari siapa?" is Mbak Rina at 7000 a piece', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 100 biji bros')).toMatch(/^Dari siapa order ini\?/);
    const check = await say('dari mbak rina, 7rb satu');
    expect(check).toMatch(/Cek dulu, order baru:\nDari: Mbak Rina \(baru\)\n/);
    expect(check).toMatch(/\nUpah: Rp7\.000\/biji, total Rp700\.000\n/);
    await say('1');
    expect(await rows('orders')).toMatchObject([
      { quantity_pieces: 100, rate_amount: 7000, rate_per: 'pcs', rate_per_piece: 7000 },
    ]);
    expect((await rows('employers')).map((e) => e.name)).toEqual(['Mbak Rina']);
  });

  it('"600 per biji. eh salah, 120 biji kesetnya" to "Berapa upahnya?" is 120 pieces at 600 each', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 100 biji keset dari bu umi')).toMatch(/^Berapa upahnya\?/);
    const check = await say('600 per biji. eh salah, 120 biji kesetnya');
    expect(check).toMatch(/\nJumlah: 120 biji\nUpah: Rp600\/biji, total Rp72\.000\n/);
    await say('1');
    expect(await rows('orders')).toMatchObject([
      { product: 'keset', quantity_pieces: 120, rate_amount: 600, rate_per_piece: 600 },
    ]);
  });
});

describe('hours said in the middle of an advance', () => {
  it('"oh wait, first: worked 6 hours today, alone" to "How much is the advance?" saves the hours, then the advance goes on', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0812', { lang: 'en' });
    expect(await say('took an advance from bu umi')).toMatch(/^How much is the advance\?/);
    const hours = await say('oh wait, first: worked 6 hours today, alone');
    expect(hours).toMatch(/^Please check the hours:[\s\S]*\nHours: 6 h\n[\s\S]*\nFamily helpers: none\n/);
    expect(await rows('payments')).toHaveLength(0);
    const saved = await say('1');
    expect(saved).toMatch(/^Saved: 6 h, today, 28\/11\./);
    expect(saved).toMatch(/The advance from Bu Umi is not finished:\n1 Continue\n2 Drop it/);
    expect(await rows('work_hours')).toMatchObject([{ worked_on: '2026-11-28', minutes: 360, helpers: 0 }]);
    expect(await say('1')).toMatch(/^How much is the advance\?/);
    expect(await say('50k')).toMatch(/^Please check the advance:\nFrom: Bu Umi \(new\)\n[\s\S]*Amount: Rp50\.000/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ kind: 'kasbon', amount: 50000 }]);
    expect(await rows('work_hours')).toHaveLength(1);
  });
});

describe('a day without work', () => {
  it('"dino iki libur pitulasan, ora nggarap" is heard kindly: nothing stored, no question', async () => {
    const { say, rows } = await diaryPhone(t);
    const r = await say('dino iki libur pitulasan, ora nggarap');
    expect(r).toMatch(/^Baik, tidak ada kerja hari itu\. Tidak ada yang dicatat\./);
    expect(r).not.toMatch(/\?|Maaf, saya belum paham|Menu/);
    for (const table of TABLES) expect(await rows(table)).toHaveLength(0);
  });
});

describe('a guessed number of helpers at the hours check screen', () => {
  it('"kurang ngerti, ganti-ganti, paling telu" is three helpers, the hours unchanged', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('hari ini kerja 8 jam')).toMatch(
      /^Cek dulu, jam kerja:[\s\S]*\nDibantu keluarga: belum disebut\n/,
    );
    const check = await say('kurang ngerti, ganti-ganti, paling telu');
    expect(check).toMatch(/^Cek dulu, jam kerja:[\s\S]*\nJam kerja: 8 jam\n[\s\S]*\nDibantu keluarga: 3\n/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 480, helpers: 3 }]);
  });
});

describe('hand-ins as she tells them', () => {
  it('"hari ini setor bros ke bu umi, semua diterima" is no rejects, not the whole order: how many is asked', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 50 biji bros dari bu umi 1rb sebiji', '1')).toMatch(/^Order tersimpan/);
    const asked = await say('hari ini setor bros ke bu umi, semua diterima');
    expect(asked).toMatch(/^Berapa bros yang diserahkan\?/);
    expect(asked).not.toMatch(/Diserahkan: 50/);
    expect(await say('30')).toMatch(/\nDiserahkan: 30\nDitolak: 0, diterima 30 = Rp30\.000\n/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 30, rejected_pieces: 0 }]);
  });

  it('"hari ini 40, habis sudah keset e" after yesterday\'s hand-in is a new hand-in of 40 today', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 70 biji keset dari bu umi 1rb sebiji', '1')).toMatch(/^Order tersimpan/);
    expect(await say('kemarin setor keset 30 ke bu umi')).toMatch(/\nTanggal: kemarin, 27\/11\n/);
    await say('1');
    const check = await say('hari ini 40, habis sudah keset e');
    expect(check).toMatch(/^Cek dulu, setoran:[\s\S]*\nDiserahkan: 40\n[\s\S]*\nTanggal: hari ini, 28\/11\n/);
    expect(await say('1')).toMatch(/selesai: 70 diterima/);
    expect(await rows('handins')).toMatchObject([
      { handed_in_on: '2026-11-27', delivered_pieces: 30 },
      { handed_in_on: '2026-11-28', delivered_pieces: 40, rejected_pieces: 0 },
    ]);
  });

  it('"dino iki 30 sisane, tapi 2 dibalekno" after yesterday\'s hand-in is a new hand-in of 30, 2 rejected', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 60 biji keset dari bu umi 1rb sebiji', '1')).toMatch(/^Order tersimpan/);
    await say('kemarin setor keset 30 ke bu umi', '1');
    const check = await say('dino iki 30 sisane, tapi 2 dibalekno');
    expect(check).toMatch(/\nDiserahkan: 30\nDitolak: 2, diterima 28 = Rp28\.000\nTanggal: hari ini, 28\/11\n/);
    await say('1');
    expect(await rows('handins')).toMatchObject([
      { handed_in_on: '2026-11-27', delivered_pieces: 30, rejected_pieces: 0 },
      { handed_in_on: '2026-11-28', delivered_pieces: 30, rejected_pieces: 2 },
    ]);
  });
});

describe('a second pay', () => {
  it('"hari ini 140rb, katanya udah lunas" after yesterday\'s pay is a pay of its own today', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('kemarin dibayar bu umi 100rb', '1')).toMatch(/^Tersimpan/);
    const check = await say('hari ini 140rb, katanya udah lunas');
    expect(check).toMatch(
      /^Cek dulu, bayaran:\nDari: Bu Umi\n[\s\S]*\nJumlah: Rp140\.000\n[\s\S]*\nTanggal: hari ini, 28\/11\n/,
    );
    await say('1');
    expect(await rows('payments')).toMatchObject([
      { kind: 'pay', amount: 100000, paid_on: '2026-11-27' },
      { kind: 'pay', amount: 140000, paid_on: '2026-11-28' },
    ]);
  });
});
