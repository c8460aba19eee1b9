// Things as she tells them on the day: a yes or a message sent twice, her part of a shared order, remarks about
// money beside or instead of a record, a pay told a bubble at a time, night hours, SMS shorthand, and what she
// adds or changes just after saving. Through the real engine on SQLite, asserted on what is stored and shown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/read/reader.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryPhone } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const at = (iso: string) => new Date(iso);
const one = (text: string, now = at('2026-11-28T10:00:00+07:00')) => {
  const { entries } = readMessage(text, now);
  expect(entries, text).toHaveLength(1);
  return entries[0]! as unknown as Record<string, unknown> & { kind: string };
};
const live = (rows: Record<string, unknown>[]) => rows.filter((r) => r.voided_at === null);

describe('a yes or a message sent twice', () => {
  it('a second yes after saving says it is saved and opens nothing; after MENU, 1 is a new order', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dr bu yati 20rb sekodi');
    expect(await say('1')).toMatch(/Order tersimpan/);
    for (const yes of ['1', 'iya bener']) {
      const r = await say(yes);
      expect(r, yes).toMatch(/^Sudah tersimpan/);
      expect(r, yes).not.toMatch(/Cek dulu|Dari siapa|Berapa/);
    }
    expect(await rows('orders')).toHaveLength(1);
    await say('menu');
    expect(await say('1')).toMatch(/Dari siapa order ini\?/);
  });

  it('the same message just after it was saved is not a second record', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dr bu yati 20rb sekodi', '1');
    clock.advance(60_000);
    await say('dibayar bu yati 50rb', '1');
    clock.advance(60_000);
    const again = await say('dibayar bu yati 50rb');
    expect(again).toMatch(/sama dengan yang tadi/);
    expect(again).not.toMatch(/Cek dulu/);
    expect(await rows('payments')).toMatchObject([{ amount: 50000, voided_at: null }]);
  });

  it('the same message at its own check screen: the check again with a note, one row on yes', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dr bu yati 20rb sekodi', '1');
    expect(await say('dibayar bu yati 50rb')).toMatch(/Cek dulu, bayaran/);
    const again = await say('dibayar bu yati 50rb');
    expect(again).toMatch(/Pesan yang sama terkirim dua kali[\s\S]*Cek dulu, bayaran:[\s\S]*Jumlah: Rp50\.000/);
    expect(await say('1')).toMatch(/Tersimpan/);
    expect(await rows('payments')).toMatchObject([{ amount: 50000 }]);
  });

  it('the same pay told again in other words minutes later is not kept twice; "lagi" keeps a second', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    for (const line of ['dibayar bu yati 50rb', '1']) {
      clock.advance(60_000);
      await say(line);
    }
    clock.advance(60_000);
    expect(await say('bu yati bayar 50rb')).toMatch(/sudah tersimpan tadi, tidak saya catat dua kali/);
    expect(live(await rows('payments'))).toHaveLength(1);
    clock.advance(60_000);
    expect(await say('eh kekirim dua kali')).toMatch(/satu saja/);
    expect(live(await rows('payments'))).toHaveLength(1);
    clock.advance(60_000);
    await say('bu yati bayar lagi 50rb');
    await say('1');
    expect(live(await rows('payments'))).toHaveLength(2);
  });
});

describe('her part of a shared order', () => {
  it('said in the order itself: her 2 kodi of 4 are stored', async () => {
    const { say, rows } = await diaryPhone(t);
    const r = await say('ambil 4 kodi kerudung dr bu endang 50rb sekodi, dibagi sama adikku, aku cuma 2 kodi');
    expect(r).toMatch(/Jumlah: 2 kodi \(40\)/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ product: 'kerudung', quantity_pieces: 40, rate_amount: 50000 }]);
  });

  it('said to "Berapa upahnya?": her part is the quantity, the rate asked again', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('ambil 2 kodi kerudung dr bu endang')).toMatch(/Berapa upahnya\?/);
    expect(await say('tapi dibagi karo adikku, aku njupuk 15')).toMatch(/Berapa upahnya\?/);
    expect(await say('3rb sebiji')).toMatch(/Cek dulu, order baru:[\s\S]*Jumlah: 15 biji/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 15, rate_amount: 3000 }]);
  });

  it('said just after saving: the order changed to her part, for a yes', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 3 kodi kerudung dr bu endang 50rb sekodi', '1');
    const fix = await say('eh sing sekodi tak kekne mbakyuku, dadi aku mung 2 kodi');
    expect(fix).toMatch(/Jumlah: 3 kodi \(60\) → 2 kodi \(40\)/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 40, voided_at: null }]);
  });
});

describe('remarks about money and rates', () => {
  it('a rate changed part way is answered with the rate note; no cost, no order', async () => {
    const { say, rows } = await diaryPhone(t);
    const r = await say('pak haji bilang ongkos amplas naik jd 450 buat yg sisanya');
    expect(r).toMatch(/Upah order yang sudah tercatat tidak saya ubah/);
    expect(r).not.toMatch(/Cek dulu/);
    expect(await rows('costs')).toHaveLength(0);
    expect(await rows('orders')).toHaveLength(0);
  });

  it('owed, held for someone else, paid in instalments: nothing recorded, and she is told so', async () => {
    const { say, rows } = await diaryPhone(t);
    for (const line of [
      'bu endang masih utang 80rb ke aku',
      'aku dititipi bayarane adikku seko bu yati 120 ewu, dudu duitku',
      'he still owes me 120k',
      'sisanya 200 dicicil tiap sabtu katanya',
    ]) {
      const r = await say(line);
      expect(r, line).toMatch(/tidak saya simpan/);
      expect(r, line).not.toMatch(/Cek dulu/);
    }
    for (const table of ['payments', 'orders', 'handins', 'costs'] as const) expect(await rows(table)).toHaveLength(0);
  });
});

describe('money said every way', () => {
  it('net, cut and gross in one message is one pay of the net with the cut', async () => {
    expect(one('gajian dr pak haji slamet: bersih 465rb, potongan 35rb, kotornya 500rb')).toMatchObject({
      kind: 'payment',
      amount: { amount: 465000 },
      deduction: { amount: 35000 },
    });
    const { say, rows } = await diaryPhone(t);
    // (No advance from him to pay back: the cut is for something else, shown on the check screen, not asked.)
    expect(await say('gajian dr pak haji slamet: bersih 465rb, potongan 35rb, kotornya 500rb')).toMatch(
      /Cek dulu, bayaran:[\s\S]*Jumlah: Rp465\.000[\s\S]*Potongan: Rp35\.000/,
    );
    await say('1');
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 465000, deduction: 35000 }]);
  });

  it('"dipotong bon 100, dadi nampa 280": the cash received and a kasbon cut', async () => {
    expect(one('bayaran seko juragan darmo 380 ewu, dipotong bon 100, dadi nampa 280')).toMatchObject({
      kind: 'payment',
      employer: 'juragan darmo',
      amount: { amount: 280000 },
      deduction: { amount: 100000, kind: 'kasbon' },
    });
    const { say, rows } = await diaryPhone(t);
    const r = await say('bayaran seko juragan darmo 380 ewu, dipotong bon 100, dadi nampa 280');
    expect(r).toMatch(/Jumlah: Rp280\.000[\s\S]*Potongan: Rp100\.000 untuk kasbon/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 280000, kasbon_repaid: 100000 }]);
  });

  it('the employer paying, in Indonesian, Javanese and English, is a pay from that employer', async () => {
    expect(one('bu yati barusan bayar 225rb')).toMatchObject({ kind: 'payment', employer: 'bu yati' });
    expect(one('wingi pak hadi nyicil 100 ewu')).toMatchObject({ kind: 'payment', employer: 'pak hadi' });
    const { say, rows } = await diaryPhone(t);
    expect(await say('bu yati barusan bayar 225rb')).toMatch(/Cek dulu, bayaran:\nDari: Bu Yati/);
    await say('1');
    expect(await say('wingi pak hadi nyicil 100 ewu')).toMatch(/Cek dulu, bayaran:\nDari: Pak Hadi/);
    await say('1');
    expect(await say('Bu Umi finally paid for the work I handed in 2 weeks ago, 160k')).toMatch(
      /Cek dulu, bayaran:\nDari: Bu Umi[\s\S]*Tanggal: hari ini, 28\/11/,
    );
    await say('1');
    const employers = new Map((await rows('employers')).map((e) => [e.id, e.name]));
    const pays = (await rows('payments')).map((p) => [employers.get(p.employer_id), p.kind, p.amount, p.paid_on]);
    expect(pays).toEqual([
      ['Bu Yati', 'pay', 225000, '2026-11-28'],
      ['Pak Hadi', 'pay', 100000, '2026-11-27'],
      ['Bu Umi', 'pay', 160000, '2026-11-28'],
    ]);
  });

  it('a pay told a bubble at a time: the name, then "td sore bayar", then the amount', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 2 kodi peci dr juragan darmo 60rb sekodi', '1');
    expect(await say('juragan darmo')).toMatch(/^Juragan Darmo: apa yang mau dicatat\?/);
    await say('td sore bayar');
    expect(await say('300rb')).toMatch(/Cek dulu, bayaran:\nDari: Juragan Darmo[\s\S]*Jumlah: Rp300\.000/);
    await say('1');
    const [darmo] = await rows('employers');
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 300000, employer_id: darmo!.id }]);
  });
});

describe('hours at night and in the small hours', () => {
  const late = at('2026-11-29T00:40:00+07:00');

  it('read at 00:40: evening spans past midnight, prayer times, a break in a span', () => {
    expect(one('mlm ini lembur dr jam 8 sampe jam 12', late)).toMatchObject({
      kind: 'hours',
      minutes: 240,
      day: '2026-11-28',
    });
    expect(one('dr habis isya smpe jam 1 mlm', late)).toMatchObject({ kind: 'hours', minutes: 360 });
    expect(one('worked from after tarawih till 12.30', late)).toMatchObject({ kind: 'hours', minutes: 270 });
    expect(one('yesterday 9 to 3 with a 1 hour break', late)).toMatchObject({ kind: 'hours', minutes: 300 });
  });

  it('"mlm ini lembur" at 00:40 is stored on the day before', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    clock.set(late);
    expect(await say('mlm ini lembur dr jam 8 sampe jam 12')).toMatch(/Hari: kemarin, 28\/11[\s\S]*Jam kerja: 4 jam/);
    await say('0', '1');
    expect(await rows('work_hours')).toMatchObject([{ worked_on: '2026-11-28', minutes: 240, helpers: 0 }]);
  });
});

describe('SMS shorthand', () => {
  it('"stor 3k bu yt, rj 4" is a hand-in of 3 kodi with 4 rejected', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dr bu yati 20rb sekodi', '1');
    expect(await say('stor 3k bu yt, rj 4')).toMatch(/Cek dulu, setoran:[\s\S]*Diserahkan: 60\nDitolak: 4/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 60, rejected_pieces: 4 }]);
  });

  it('"jm krj hr ini 13-17 & 19-22.30, bntu 1 (suami)" is 7.5 hours with one grown-up helper', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('jm krj hr ini 13-17 & 19-22.30, bntu 1 (suami)')).toMatch(
      /Jam kerja: 7,5 jam[\s\S]*Dibantu keluarga: 1\nAnak di bawah 15 th: Tidak/,
    );
    await say('1');
    expect(await rows('work_hours')).toMatchObject([
      { worked_on: '2026-11-28', minutes: 450, helpers: 1, child_helper: 0 },
    ]);
  });

  it('"29/12 stor 2kd krdg bu endang rj 1" names kerudung', () => {
    expect(one('29/12 stor 2kd krdg bu endang rj 1')).toMatchObject({
      kind: 'handin',
      product: 'kerudung',
      employer: 'bu endang',
      delivered: { pieces: 40 },
      rejected: 1,
    });
  });
});

describe('answers as typed', () => {
  it('a yes with held letters, signs and "jare mbah" saves at the check screen', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('kerja 4 jam sendirian');
    expect(await say('iyaaa bener 👍👍')).toMatch(/^Tersimpan: 4 jam/);
    await say('kerja 5 jam sendirian');
    expect(await say('nggiiih leres 👍😊')).toMatch(/^Tersimpan: 5 jam/);
    await say('beli benang 25rb');
    expect(await say('jare mbah iyo bener')).toMatch(/^Biaya tersimpan/);
    expect((await rows('work_hours')).map((h) => h.minutes)).toEqual([240, 300]);
    expect(await rows('costs')).toMatchObject([{ amount: 25000 }]);
  });

  it('an answer wrapped in questions: "jam piro? yo mulai jam 6 esuk nganti jam 11, lha piye?" is 5 hours', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('catat jam kerja')).toMatch(/Berapa jam Anda kerja\?/);
    expect(await say('jam piro? yo mulai jam 6 esuk nganti jam 11, lha piye?')).toMatch(
      /Cek dulu, jam kerja:[\s\S]*Jam kerja: 5 jam/,
    );
    await say('0', '1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 300 }]);
  });

  it('"berapa? ya 30 biji to, masa lupa?" to the hand-in count is 30', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dr bu yati 20rb sekodi', '1');
    expect(await say('setor ke bu yati')).toMatch(/Berapa sandal yang diserahkan\?/);
    expect(await say('berapa? ya 30 biji to, masa lupa?')).toMatch(/Cek dulu, setoran:[\s\S]*Diserahkan: 30/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 30, rejected_pieces: 0 }]);
  });
});

describe('changes just after saving', () => {
  it('"itu bukan kasbon, itu bayaran" after an advance makes it a pay, not cancelled', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('catat kasbon dr pak hadi 100rb', '1');
    expect(await rows('payments')).toMatchObject([{ kind: 'kasbon' }]);
    expect(await say('eh gak jadi, salah. itu bukan kasbon, itu bayaran')).toMatch(/Jenis: kasbon → bayaran upah/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 100000, voided_at: null }]);
  });

  it('"dibantu bojoku" a few messages after saving hours sets one helper on them', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('kerja 4 jam tadi', '1');
    await say('beli benang 10rb', '1');
    expect(await say('dibantu bojoku')).toMatch(/Dibantu keluarga: belum disebut → 1/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 240, helpers: 1, child_helper: 0 }]);
    expect(await rows('costs')).toHaveLength(1);
  });

  it('"I helped her for the last two hours" adds a helper, not more hours', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0813', { lang: 'en' });
    await say('worked 4 hours today', '1');
    expect(await say('I helped her for the last two hours')).toMatch(/Family helpers: not said → 1/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 240, helpers: 1 }]);
  });
});

describe('questions about the diary', () => {
  it('"itu masuk hitungan gak?" says what REKAP counts and records nothing', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dr bu yati 20rb sekodi', '1');
    const r = await say('itu masuk hitungan gak?');
    expect(r).toMatch(/REKAP[\s\S]*dihitung/);
    expect(r).not.toMatch(/Cek dulu/);
    expect(await rows('orders')).toHaveLength(1);
    for (const table of ['payments', 'handins', 'costs', 'work_hours'] as const)
      expect(await rows(table)).toHaveLength(0);
  });
});

describe('shorthand never turns into a command or a wrong word', () => {
  it('"hp", "stp", "hps" stay as typed; "jm krj" and "sndl" are read', () => {
    const now = new Date('2026-12-03T10:00:00+07:00');
    expect(readMessage('hp saya rusak', now).command).toBeUndefined();
    expect(readMessage('stp', now).command).toBeUndefined();
    expect(readMessage('hps', now).command).toBeUndefined();
    expect(readMessage('jm krj hr ini 13-17', now).entries).toMatchObject([{ kind: 'hours', minutes: 240 }]);
    expect(readMessage('ord 5kd sndl 12rb/kd bu yt', now).entries).toMatchObject([
      { kind: 'order', product: 'sandal', qty: { pieces: 100 } },
    ]);
  });

  it('a pay told with what it should have been is kept; paid short alone is a remark', () => {
    const now = new Date('2026-12-03T10:00:00+07:00');
    expect(
      readMessage('pak hadi bayar 200rb, harusnya 260rb. kurang 60 katanya besok dilunasi', now).entries,
    ).toMatchObject([{ kind: 'payment', employer: 'pak hadi', amount: { amount: 200000 } }]);
    expect(readMessage('minta kasbon ke pak haji slamet 300rb, tp cuma dikasih 250rb', now).entries).toMatchObject([
      { kind: 'kasbon', amount: { amount: 250000 } },
    ]);
  });
});

describe('found by talking to it', () => {
  it('hours wrapped in questions with nothing open are recorded; a sentence with a sum is no name', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('jam piro? yo mulai jam 7 nganti jam 11, lha piye?')).toMatch(/Jam kerja: 4 jam/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 240 }]);
    expect(await say('order')).toMatch(/Dari siapa/);
    expect(await say('bu endang masih utang 50rb ke aku')).toMatch(/Dari siapa/);
    expect(await rows('employers')).toHaveLength(0);
  });
});
