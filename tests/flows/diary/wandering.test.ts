// Conversations that wander: questions back, questions about what is recorded, details and changes of mind
// said after saving, held letters. Each through the real engine on a real database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/core/clock.ts';
import { unstretch } from '../../../src/read/stretched.ts';
import { Phone } from '../../helpers/conversation.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryPhone } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

describe('packs', () => {
  it('"20 renteng, 1 renteng isi 10, upah 500 per renteng" is worth 20 x 500, not 200 x 500', async () => {
    const d = await diaryPhone(t);
    const check = await d.say('ambil 20 renteng keripik dari bu umi, 1 renteng isi 10, upah 500 per renteng');
    expect(check).toMatch(/Barang: keripik\nJumlah: 200 biji/);
    expect(check).toMatch(/total Rp10.000/);
    await d.say('1');
    expect(await d.rows('orders')).toMatchObject([{ quantity_pieces: 200, rate_amount: 500, rate_count: 10 }]);
  });
});

describe('held letters', () => {
  it('types a held letter once only where that makes a known word', () => {
    expect(unstretch('bbuu sayaa setorr kesett ke pak hajii 60 bijii')).toBe('bu saya setor keset ke pak haji 60 biji');
    expect(unstretch('dikasih uangg 140rbb')).toBe('dikasih uang 140rb');
    // Words with their own double letters, and words it cannot place, stay as written.
    expect(unstretch('maaf saat itu, all good, still small')).toBe('maaf saat itu, all good, still small');
  });

  it('a hand-in typed with held letters is stored as meant, its rejects too', async () => {
    const d = await diaryPhone(t);
    await d.say('order 5 kodi keset 2500/biji dari Pak Haji Slamet', '1');
    expect(await d.say('bbuu sayaa setorr kesett ke pak hajii slamet 60 bijii')).toMatch(/Diserahkan: 60/);
    await d.say('1');
    expect(await d.say('yg rusakk 3')).toMatch(/Ditolak: 0, diterima 60 = Rp150.000 → 3, diterima 57/);
    await d.say('1');
    expect((await d.rows('handins')).filter((h) => !h.voided_at)).toMatchObject([
      { delivered_pieces: 60, rejected_pieces: 3 },
    ]);
  });
});

describe('questions back', () => {
  it('"maksudnya gimana?" to "Dari siapa?" is said plainer, never kept as a name; "oh dari bu yati" answers', async () => {
    const d = await diaryPhone(t);
    expect(await d.say('dapet bayaran 200rb tadi sore')).toMatch(/Siapa yang membayar\?/);
    const back = await d.say('maksudnya gimana?');
    expect(back).toMatch(/^Maaf kurang jelas. Maksud saya:\nSiapa yang membayar\?/);
    expect(await d.say('thank you')).toMatch(/Siapa yang membayar\?/);
    expect(await d.say('oh dari bu yati')).toMatch(/Dari: Bu Yati \(baru\)\n/);
    await d.say('1');
    const names = (await d.rows('employers')).map((e) => e.name);
    expect(names).toEqual(['Bu Yati']);
  });

  it('"itu udah kecatet belum?" is answered from the diary and saves nothing', async () => {
    const d = await diaryPhone(t);
    await d.say('kasbon 200rb dari bu endang', '1');
    const yes = await d.say('bu endang kan udah ngasih kasbon 200rb, itu udah kecatet belum?');
    expect(yes).toMatch(/Sudah tercatat:\n- Kasbon 28\/11 Bu Endang: Rp200.000/);
    const no = await d.say('pak hadi bayar 50rb kemarin, udah dicatat belum?');
    expect(no).toMatch(/Belum tercatat/);
    expect((await d.rows('payments')).length).toBe(1);
  });
});

describe('said after saving', () => {
  it('"diwenehi 2 dino" after an order sets its deadline, shown for a yes', async () => {
    const d = await diaryPhone(t);
    await d.say('entuk garapan klobot soko pak haji slamet 3000 batang, opahe 20rb per sewu', '1');
    const due = await d.say('diwenehi 2 dino');
    expect(due).toMatch(/Batas setor untuk Pak Haji Slamet: klobot/);
    expect(due).toMatch(/Setor paling lambat: tidak ada → 30\/11/);
    await d.say('1');
    expect((await d.rows('orders')).filter((o) => !o.voided_at)).toMatchObject([{ due_on: '2026-11-30' }]);
  });

  it('"wingi sore ding" moves the record just saved to yesterday; "udah gitu aja" is heard', async () => {
    const d = await diaryPhone(t);
    await d.say('order 8 kodi sandal 13rb/kodi dari juragan darmo', '1');
    await d.say('nyetor sandal juragan darmo 8 kodi', '1');
    expect(await d.say('wingi sore ding')).toMatch(/Tanggal: hari ini, 28\/11 → kemarin, 27\/11/);
    await d.say('1');
    expect((await d.rows('handins')).filter((h) => !h.voided_at)).toMatchObject([{ handed_in_on: '2026-11-27' }]);
    expect(await d.say('udah gitu aja bu, mau masak')).toMatch(/^Baik/);
  });

  it('an age said at the check screen of hours is the child’s, never the hours', async () => {
    const d = await diaryPhone(t);
    expect(await d.say('kerja 4 jam dibantu anakku')).toMatch(/Anak di bawah 15 th: Ya/);
    const aged = await d.say('nggih, umure 17');
    expect(aged).toMatch(/Jam kerja: 4 jam/);
    expect(aged).toMatch(/Anak di bawah 15 th: Tidak/);
    await d.say('1');
    expect(await d.rows('work_hours')).toMatchObject([{ minutes: 240, helpers: 1, child_helper: 0 }]);
  });
});

describe('the same hours said exactly, a day after the pieces', () => {
  it('"bar subuh sampe dhuhur" saved, then "jam 5 sampe jam setengah 12": those hours changed, not more', async () => {
    const d = await diaryPhone(t);
    await d.say('mau bar subuh sampe dhuhur nggarap tas', '1');
    expect(await d.say('jam 5 sampe jam setengah 12')).toMatch(/Jam kerja: 7 jam → 6,5 jam/);
    await d.say('1');
    // A span that does not overlap is more work that day.
    await d.say('jam 1 sampe jam 3', '1');
    expect((await d.rows('work_hours')).filter((h) => !h.voided_at).map((h) => h.minutes)).toEqual([390, 120]);
  });

  it('"wingi sore" after the pieces of a hand-in moves it to yesterday; after a whole entry it waits', async () => {
    const d = await diaryPhone(t);
    await d.say('order 6 kodi keset 1rb/biji dari Bu Umi', '1');
    await d.say('nyetor', '2 kodi', '1');
    await d.say('bu umi');
    expect(await d.say('wingi sore')).toMatch(/Tanggal: hari ini, 28\/11 → kemarin, 27\/11/);
    await d.say('1');
    expect((await d.rows('handins')).filter((h) => !h.voided_at)).toMatchObject([{ handed_in_on: '2026-11-27' }]);
    d.clock.advance(60_000);
    await d.say('setor 1 kodi keset ke bu umi', '1');
    expect(await d.say('rebo wingi')).toMatch(/apa yang mau dicatat/);
  });
});

describe('an entry typed before the first questions are done', () => {
  it('is kept at the kecamatan question and recorded once the questions are answered', async () => {
    const clock = fixedClock(new Date('2026-11-28T10:00:00+07:00'));
    const p = new Phone(t.db, 'newcomer', 'terminal', { clock });
    for (const line of ['halo', '1', '1', '1']) await p.send(line);
    const kept = await p.send('ambil sandal 3 kodi dari bu yati 2rb sepasang');
    expect(kept).toMatch(/^Catatan Anda saya simpan dulu/);
    expect(kept).toMatch(/kecamatan mana/);
    expect(await p.send('pare')).toMatch(/pekerjaan utama/);
    const done = await p.send('1');
    expect(done).toMatch(/Data awal tersimpan \(Pare\)/);
    expect(done).toMatch(/Cek dulu, order baru:\nDari: Bu Yati \(baru\)\nBarang: sandal\nJumlah: 3 kodi \(60\)/);
    await p.send('1');
    const orders = await t.db.selectFrom('orders').select(['quantity_pieces']).execute();
    expect(orders).toEqual([{ quantity_pieces: 60 }]);
  });
});

describe('several records typed during the first questions', () => {
  const signUp = async (who: string) => {
    const clock = fixedClock(new Date('2026-11-28T10:00:00+07:00'));
    const p = new Phone(t.db, who, 'terminal', { clock });
    for (const line of ['halo', '1', '1', '1']) await p.send(line);
    return p;
  };

  it('a second record at the work question is kept too, and a line that puts its cut right mends it', async () => {
    const p = await signUp('two-records');
    expect(await p.send('jupuk keset 4 kodi teko bu umi 1500 sebiji')).toMatch(/^Catatan Anda saya simpan dulu/);
    expect(await p.send('gurah')).toMatch(/pekerjaan utama/);
    const second = await p.send('pak hadi mbayar 150rb dipotong 10rb');
    expect(second).toMatch(/^Catatan Anda saya simpan dulu/);
    expect(second).not.toMatch(/Simpan sebagai Lainnya/);
    const third = await p.send('eh potongane 12rb');
    expect(third).toMatch(/^Catatan Anda saya simpan dulu/);
    expect(third).toMatch(/pekerjaan utama/);
    const done = await p.send('5');
    expect(done).toMatch(/Data awal tersimpan \(Gurah\)\. Pekerjaan: Kerajinan/);
    expect(done).toMatch(/Cek dulu, 2 catatan/);
    expect(done).toMatch(/Jumlah: Rp150.000/);
    expect(done).toMatch(/Potongan: Rp12.000/);
    await p.send('1');
    const w = await t.db.selectFrom('workers').select(['product', 'product_other']).executeTakeFirstOrThrow();
    expect(w).toEqual({ product: 'kerajinan', product_other: null });
    expect(await t.db.selectFrom('orders').select(['quantity_pieces']).execute()).toEqual([{ quantity_pieces: 80 }]);
    const pays = await t.db.selectFrom('payments').select(['amount', 'deduction']).execute();
    expect(pays).toMatchObject([{ amount: 150000, deduction: 12000 }]);
  });

  it('a pay told without its sum at the work question is not her work: its question comes after', async () => {
    const p = await signUp('pay-words');
    await p.send('pare');
    const kept = await p.send('mau bilang td udah dibayar bu endang');
    expect(kept).toMatch(/^Catatan Anda saya simpan dulu/);
    expect(kept).not.toMatch(/Simpan sebagai Lainnya/);
    const after = await p.send('njahit mukena');
    expect(after).toMatch(/Pekerjaan: Jahit/);
    expect(after).toMatch(/Berapa uang yang Anda terima/);
  });
});

describe('more said in pieces', () => {
  it('"seko jam 7 esuk", then "nganti jam 4 sore", then "tapi leren sejam": eight hours', async () => {
    const d = await diaryPhone(t);
    await d.say('dino iki');
    expect(await d.say('nggarap payet')).toMatch(/Berapa jam/);
    expect(await d.say('seko jam 7 esuk')).toMatch(/Sampai jam berapa\?/);
    expect(await d.say('nganti jam 4 sore')).toMatch(/Jam kerja: 9 jam/);
    await d.say('1');
    expect(await d.say('tapi leren sejam nggo masak')).toMatch(/Jam kerja: 9 jam → 8 jam/);
    await d.say('1');
    expect((await d.rows('work_hours')).filter((h) => !h.voided_at).map((h) => h.minutes)).toEqual([480]);
  });

  it('"dibayar, ada potongan 20rb buat yg reject" after a hand-in: its value less the cut, on the check screen', async () => {
    const d = await diaryPhone(t);
    await d.say('order 6 lusin kerudung 5rb/biji dari bu endang', '1');
    await d.say('kerudung bu endang sudah disetor 6 lusin, 4 biji ditolak', '1');
    const pay = await d.say('hari ini dibayar, ada potongan 20rb buat yg reject');
    expect(pay).toMatch(/Dari: Bu Endang\n[\s\S]*Jumlah: Rp320.000/);
    expect(pay).toMatch(/Potongan: Rp20.000/);
  });
});

describe('what the bot is for, and BPJS out of the blue', () => {
  it('answers "what is this bot for?" and "bpjs iki opo?" and leaves nothing open', async () => {
    const d = await diaryPhone(t, 'asker', { lang: 'en' });
    expect(await d.say('What is this bot for?')).toMatch(/^Upahku helps you record orders/);
    const bpjs = await d.say('bpjs iki opo to? aku iso melu ora');
    expect(bpjs).toMatch(/BPJS Ketenagakerjaan/);
    expect(bpjs).toMatch(/For BPJS Kesehatan, type: BPJS kesehatan\./);
    // The next message is read as new: nothing was left open.
    expect(await d.say('kerja 3 jam')).toMatch(/Please check the hours/);
  });
});

describe('dictated and counted in packs', () => {
  it('a whole day dictated with no stops keeps its hours apart; "titik" ends it', async () => {
    const d = await diaryPhone(t);
    await d.say('order 20 kodi sandal 12rb/kodi dari juragan darmo', '1');
    const day = await d.say(
      'oke jadi hari ini saya setor sandal ke juragan darmo lima belas kodi terus dibayar seratus delapan puluh ribu terus ambil lagi sandal sepuluh kodi upahnya sama dua belas ribu per kodi kerja hari ini delapan jam titik',
    );
    expect(day).toMatch(/Cek dulu, 4 catatan/);
    expect(day).toMatch(/Jam kerja: 8 jam/);
    expect(day).not.toMatch(/titik/);
  });

  it('"kerupuk 20 bal ... setor, 1 bal isi 50 bungkus" hands in 1,000; "bukan 2 lusin, 3 lusin" at the check', async () => {
    const d = await diaryPhone(t);
    await d.say('order 1000 bungkus kerupuk 100/bungkus dari bu yati', '1');
    expect(await d.say('kerupuk 20 bal udah saya bungkus dan setor ke bu yati tadi, 1 bal isi 50 bungkus')).toMatch(
      /Diserahkan: 1000/,
    );
    await d.say('1');
    await d.say('kemarin dapat taplak dari bu umi 2 lusin, upah 15rb per biji');
    expect(await d.say('eh bukan 2 lusin, 3 lusin')).toMatch(/Jumlah: 3 lusin \(36\)/);
  });
});
