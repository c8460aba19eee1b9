// Second thoughts, a second round, through the real engine on SQLite: two things put right in one message at the
// check screen, a rate's unit or figure put right, goods put right, a kasbon cut put right; after saving, all of the
// last half hour taken back, the advance alone taken back, its day, hours with their span, a hand-in's count,
// "iku dino iki kabeh" that changes nothing, "rekap lagi"; at the fix list, "jumlahe 30 pak"; a slip of the entry
// word while the rate is asked; a child's age said crossly or in English; a big order of buttons with no rate.
// Sunday 8 July 2029, 19:00 WIB, a minute between messages.
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

const NOW = '2029-07-08T19:00:00+07:00';
const TODAY = '2029-07-08';
const YESTERDAY = '2029-07-07';

async function diary(lang?: 'en') {
  const d = await diaryAt(t, NOW, lang ? { lang } : {});
  /** Says the lines `days` days ago in the morning, then comes back to now. */
  const daysAgo = async (days: number, ...lines: string[]) => {
    d.clock.set(new Date(Date.parse('2029-07-08T10:00:00+07:00') - days * 86_400_000).toISOString());
    await d.say(...lines);
    d.clock.set(NOW);
  };
  return { ...d, daysAgo };
}

describe('two things put right at once, at the check screen', () => {
  it('"dudu juragan darmo, pak hadi. terus kuwi wingi dudu dino iki": the employer and the day', async () => {
    const { say, rows, employerId } = await diary();
    expect(await say('juragan darmo mbayar sapu 120 ewu')).toMatch(/Dari: Juragan Darmo[\s\S]*Tanggal: hari ini/);
    const screen = await say('dudu juragan darmo, pak hadi. terus kuwi wingi dudu dino iki');
    expect(screen).toMatch(/Dari: Pak Hadi( \(baru\))?\n/);
    expect(screen).toMatch(/Tanggal: kemarin, 07\/07/);
    await say('iyo simpen');
    expect(await rows('payments')).toMatchObject([
      { kind: 'pay', amount: 120000, paid_on: YESTERDAY, employer_id: await employerId('Pak Hadi') },
    ]);
    expect(await employerId('Juragan Darmo')).toBeUndefined();
  });

  it('"bukan 5 lusin tp 6 lusin, trus itu kemarin bukan hari ini": the count and the day', async () => {
    const { say, rows } = await diary();
    await say('terima bordir kerudung dr bu endang 5 lusin, upahnya 3rb per biji');
    const screen = await say('bukan 5 lusin tp 6 lusin, trus itu kemarin bukan hari ini');
    expect(screen).toMatch(/Jumlah: 6 lusin \(72\)/);
    expect(screen).toMatch(/Upah: Rp3\.000\/biji, total Rp216\.000/);
    expect(screen).toMatch(/Diterima: kemarin, 07\/07/);
    await say('ya');
    expect(await rows('orders')).toMatchObject([
      { quantity_count: 6, quantity_pieces: 72, rate_amount: 3000, rate_per: 'pcs', received_on: YESTERDAY },
    ]);
  });

  it('"opahe 250 dudu 200, terus jumlahe 350": the rate and the count', async () => {
    const { say, rows } = await diary();
    await say('wingi sore oleh garapan obras teko pak hadi 300 biji, opahe 200');
    const screen = await say('opahe 250 dudu 200, terus jumlahe 350');
    expect(screen).toMatch(/Jumlah: 350 biji\nUpah: Rp250\/biji, total Rp87\.500/);
    await say('nggih');
    expect(await rows('orders')).toMatchObject([
      { quantity_pieces: 350, rate_amount: 250, rate_per: 'pcs', received_on: YESTERDAY },
    ]);
  });
});

describe('the rate, the goods and the cut put right at the check screen', () => {
  it('"eh bukan sekodi, selusin 2rb" changes only the rate\'s unit', async () => {
    const { say, rows } = await diary();
    expect(await say('garapan pasang kancing dr bu umi 10 gros, upah 2rb sekodi')).toMatch(/Upah: Rp2\.000\/kodi/);
    const screen = await say('eh bukan sekodi, selusin 2rb');
    expect(screen).toMatch(/Jumlah: 10 gros \(1440\)/);
    expect(screen).toMatch(/Upah: Rp2\.000\/lusin \(Rp167\/biji\), total Rp240\.000/);
    await say('iya');
    expect(await rows('orders')).toMatchObject([
      { unit: 'gros', quantity_count: 10, quantity_pieces: 1440, rate_amount: 2000, rate_per: 'lusin' },
    ]);
  });

  it('"sorry i mean 150 per pair, not per dozen" is Rp150 per pair', async () => {
    const { say, rows } = await diary('en');
    expect(await say('new order from bu yati, 200 pairs of socks, 1500 a dozen')).toMatch(/Rate: Rp1\.500\/dozen/);
    const screen = await say('sorry i mean 150 per pair, not per dozen');
    expect(screen).toMatch(/Rate: Rp150\/pair, total Rp30\.000/);
    expect(screen).toMatch(/Quantity: 200 pair/);
    await say('yes');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 200, rate_amount: 150, rate_per: 'pasang' }]);
  });

  it('"salah ketik, sarung tangan bukan kaos kaki" changes the goods, nothing else', async () => {
    const { say, rows } = await diary();
    await say('ambil jahitan kaos kaki 15 kodi dr bu umi 3rb sekodi');
    const screen = await say('salah ketik, sarung tangan bukan kaos kaki');
    expect(screen).toMatch(/Barang: [^\n]*sarung tangan\n/);
    expect(screen).not.toMatch(/Barang: [^\n]*kaos kaki/);
    expect(screen).toMatch(/Jumlah: 15 kodi \(300\)/);
    await say('ok');
    const [order] = await rows('orders');
    expect(order).toMatchObject({ quantity_pieces: 300, rate_amount: 3000, rate_per: 'kodi' });
    expect(order!.product).toMatch(/sarung tangan/);
    expect(order!.product).not.toMatch(/kaos kaki/);
  });

  it('"eh bon e 25 ewu ding" on a pay cut 30 ewu for an advance changes the cut, not the pay', async () => {
    const { say, daysAgo, rows } = await diary();
    await daysAgo(10, 'ambil peci 20 kodi dari pak haji slamet upah 4500 per kodi', '1');
    expect(await say('pak haji slamet mbayar peci 90 ewu, dipotong bon 30 ewu')).toMatch(
      /Potongan: Rp30\.000 untuk kasbon/,
    );
    const screen = await say('eh bon e 25 ewu ding');
    expect(screen).toMatch(/Potongan: Rp25\.000 untuk kasbon/);
    expect(screen).toMatch(/Jumlah: Rp90\.000/);
    await say('iyo');
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 90000, kasbon_repaid: 25000 }]);
  });
});

describe('taken back after saving', () => {
  it('"aduh maaf semua yg barusan batal, salah catat": the last half hour\'s records go, an older one stays', async () => {
    const { say, daysAgo, rows, clock } = await diary();
    await daysAgo(7, 'ambil tas anyaman 60 biji dari pak haji slamet upah 5rb per biji', '1');
    // A cost told an hour before: not "just now".
    clock.set('2029-07-08T18:00:00+07:00');
    await say('beli benang 15rb', '1');
    clock.set(NOW);
    await say('setor tas 40 pcs ke pak haji slamet', '1', 'pak haji slamet bayar 200rb', '1');
    const reply = await say('aduh maaf semua yg barusan batal, salah catat, itu punya kakak saya bukan saya');
    expect(reply).toMatch(/dibatalkan/);
    expect(reply).toMatch(/Bayaran 08\/07 Pak Haji Slamet: Rp200\.000/);
    expect(reply).toMatch(/Setor 08\/07 tas anyaman: 40 diterima/);
    expect(live(await rows('handins'))).toHaveLength(0);
    expect(live(await rows('payments'))).toHaveLength(0);
    expect(live(await rows('costs'))).toMatchObject([{ amount: 15000 }]);
    expect(live(await rows('orders'))).toHaveLength(1);
  });

  it('"sing ngebon busak wae" takes back the advance only', async () => {
    const { say, rows } = await diary();
    await say('bu umi mbayar mote 85 ewu', '1', 'ngebon 20 ewu pisan', '1');
    expect(live(await rows('payments'))).toMatchObject([
      { kind: 'pay', amount: 85000 },
      { kind: 'kasbon', amount: 20000 },
    ]);
    const reply = await say('sing ngebon busak wae, jebul durung dikei');
    expect(reply).toMatch(/dibatalkan:\nKasbon 08\/07 Bu Umi: Rp20\.000/);
    expect(reply).not.toMatch(/Bayaran/);
    expect(live(await rows('payments'))).toMatchObject([{ kind: 'pay', amount: 85000 }]);
    expect(live(await rows('payments'))).toHaveLength(1);
  });
});

describe('changed after saving', () => {
  it('"eh kamis ding, jumat kuwi aku nang pasar" moves the advance from Friday to Thursday', async () => {
    const { say, rows } = await diary();
    expect(await say('ngebon 200 ewu nang juragan darmo dino jumat')).toMatch(/Tanggal: 06\/07/);
    await say('1');
    expect(await say('eh kamis ding, jumat kuwi aku nang pasar')).toMatch(/Tanggal: 06\/07 → 05\/07\n/);
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([{ kind: 'kasbon', amount: 200000, paid_on: '2029-07-05' }]);
    expect(live(await rows('payments'))).toHaveLength(1);
  });

  it('"eh 4 jam, sampe jam 1" makes 4 hours of last night', async () => {
    const { say, rows, clock } = await diary();
    clock.set('2029-07-09T05:30:00+07:00');
    await say('semalem lembur payet 3 jam sendiri', '1');
    const reply = await say('eh 4 jam, sampe jam 1');
    expect(reply).toMatch(/Jam kerja: 3 jam → 4 jam/);
    // (The hour she stopped is no count of hours.)
    expect(reply).not.toMatch(/→ 1 jam/);
    await say('1');
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 240, helpers: 0, worked_on: TODAY }]);
  });

  it('"eh 3 jam ding, jam 9 nganti jam 12" makes 3 hours; the helper stays', async () => {
    const { say, rows } = await diary();
    await say('mau bengi njahit tas 4 jam dibantu bojoku', '1');
    expect(await say('eh 3 jam ding, jam 9 nganti jam 12')).toMatch(/Jam kerja: 4 jam → 3 jam\n/);
    await say('1');
    const hours = live(await rows('work_hours'));
    expect(hours).toHaveLength(1);
    expect(hours[0]).toMatchObject({ minutes: 180, helpers: 1, child_helper: 0 });
  });

  it('"eh lebih 4 biji, jadi 104 biji semuanya" makes the hand-in 104', async () => {
    const { say, daysAgo, rows } = await diary();
    await daysAgo(9, 'ambil keset 6 kodi dari juragan darmo upah 20rb per kodi', '1');
    await say('td setor keset ke juragan darmo 5 kodi', '1');
    expect(await say('eh lebih 4 biji, jadi 104 biji semuanya')).toMatch(/Diserahkan: 100 → 104/);
    await say('1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 104, rejected_pieces: 0 }]);
    expect(live(await rows('handins'))).toHaveLength(1);
  });

  it('"iku dino iki kabeh" of costs saved today changes nothing, says so, and leaves nothing open', async () => {
    const { say, rows } = await diary();
    await say('bayar listrik 85 ewu', '1', 'karo bensin ngeterne garapan nang pak hadi 20 ewu', '1');
    const reply = await say('iku dino iki kabeh');
    expect(reply).toMatch(/tidak ada yang diubah/);
    expect(reply).not.toMatch(/Simpan\?/);
    expect(await rows('costs')).toMatchObject([
      { amount: 85000, spent_on: TODAY, voided_at: null },
      { amount: 20000, spent_on: TODAY, voided_at: null },
    ]);
    expect(await rows('costs')).toHaveLength(2);
    // No conversation left open: a 1 now is the menu's first line, a new order.
    expect(await say('1')).toMatch(/^Dari siapa order ini\?/);
    expect(await rows('diary_corrections')).toHaveLength(0);
  });

  it('"rekap lagi" after a pay is saved shows this week\'s REKAP with it', async () => {
    const { say } = await diary();
    expect(await say('rekap')).toMatch(/Belum ada catatan/);
    await say('oh iya td dpt bayaran dr bu yati 150rb lupa catat', 'ya');
    const reply = await say('rekap lagi');
    expect(reply).toMatch(/^REKAP minggu ini \(02\/07 - 08\/07\)/);
    expect(reply).toMatch(/Bayaran diterima: Rp150\.000/);
  });
});

describe('at the fix list and at a question', () => {
  it('"jumlahe 30 pak" at the fix list changes the hand-in', async () => {
    const { say, daysAgo, rows } = await diary();
    await daysAgo(3, 'ambil kripik 50 pak dari bu umi upah 2rb per pak', '1');
    await say('nyetor kripik 25 pak nang bu umi');
    expect(await say('ubah')).toMatch(/Mana yang mau diubah\?/);
    expect(await say('jumlahe 30 pak')).toMatch(/Diserahkan: 30\nDitolak: 0, diterima 30 = Rp60\.000/);
    await say('simpen');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 30, handed_in_on: TODAY }]);
  });

  it('"eh kleru, dudu oleh. aku sing nyetor sapu 80 ..." at the rate question: the hand-in, no order', async () => {
    const { say, daysAgo, rows } = await diary();
    await daysAgo(4, 'ambil sapu 100 biji dari juragan darmo upah 500 per biji', '1');
    expect(await say('wingi oleh sapu 80 teko juragan darmo')).toMatch(/Berapa upahnya\?/);
    const screen = await say('eh kleru, dudu oleh. aku sing nyetor sapu 80 nang juragan darmo wingi sore');
    expect(screen).toMatch(/Cek dulu, setoran:[\s\S]*Diserahkan: 80[\s\S]*Tanggal: kemarin, 07\/07/);
    const saved = await say('1');
    expect(saved).toMatch(/Setoran tersimpan/);
    expect(saved).not.toMatch(/Berapa upahnya|order baru/);
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 80, handed_in_on: YESTERDAY }]);
    // Only the order of four days ago.
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 100 }]);
    expect(await rows('orders')).toHaveLength(1);
  });

  it('"lha piye, umure lagi 12 kok" to the question after the hours records a child', async () => {
    const { say, rows } = await diary();
    await say('dino iki ngelem sandal 6 jam, dibantu ponakanku');
    expect(await say('1')).toMatch(/Ada anak di bawah 15 th yang ikut bantu\?/);
    expect(await say('lha piye, umure lagi 12 kok')).toMatch(/ada anak di bawah 15 th/);
    expect(await rows('work_hours')).toMatchObject([{ minutes: 360, helpers: 1, child_helper: 1 }]);
  });

  it('"sorry it was my neighbour\'s girl, she is 13" at the check screen: the hours stay, a child helped', async () => {
    const { say, rows } = await diary('en');
    expect(await say('sewed 5 hours today, my sister helped')).toMatch(/Child under 15: not said/);
    const screen = await say("sorry it was my neighbour's girl, she is 13");
    expect(screen).toMatch(/Hours: 5 h\n/);
    expect(screen).toMatch(/Family helpers: 1\nChild under 15: Yes/);
    await say('yes save');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 300, helpers: 1, child_helper: 1, worked_on: TODAY }]);
  });

  it('"kmrn sore dpt orderan pasang kancing dr bu endang 50 gros. upahnya blm dikasih tau" is saved, not doubted', async () => {
    const { say, rows } = await diary();
    const screen = await say('kmrn sore dpt orderan pasang kancing dr bu endang 50 gros. upahnya blm dikasih tau');
    expect(screen).toMatch(/Jumlah: 50 gros \(7200\)\nUpah: belum diketahui/);
    expect(screen).not.toMatch(/Banyak sekali/);
    const saved = await say('1');
    expect(saved).toMatch(/Order tersimpan/);
    expect(saved).not.toMatch(/Banyak sekali/);
    expect(await rows('orders')).toMatchObject([
      { unit: 'gros', quantity_pieces: 7200, rate_amount: null, received_on: YESTERDAY },
    ]);
  });
});

describe('taken back, in words met after this round', () => {
  it('"eh bukan senin tp selasa" at the check screen is Tuesday, the day after "tapi"', async () => {
    const { say, rows } = await diary();
    await say('pak hadi bayar 200rb hari jumat');
    await say('eh bukan jumat tp sabtu', 'iya');
    expect(await rows('payments')).toMatchObject([{ amount: 200_000, paid_on: '2029-07-07' }]);
  });

  it('"wis batalno wae, ora sido" just after saving an advance takes it back', async () => {
    const { say, rows } = await diary();
    await say('bon juragan darmo 200 ewu', '1');
    expect(await say('wis batalno wae, ora sido, duite tak balekno')).toMatch(/dibatalkan/);
    expect(live(await rows('payments'))).toHaveLength(0);
  });

  it('"iku kabeh salah ... hapusen kabeh" takes back all just saved', async () => {
    const { say, rows } = await diary();
    await say('kerja 5 jam dewe', '1', 'tuku benang 20 ewu', '1');
    expect(await say('eh sepurane, iku kabeh salah, anakku sing nyoba hp. hapusen kabeh')).toMatch(/dibatalkan/);
    expect(live(await rows('work_hours'))).toHaveLength(0);
    expect(live(await rows('costs'))).toHaveLength(0);
  });

  it('"eh bukan tas tp dompet" after saving an order changes its goods, not a letter of them', async () => {
    const { say, rows } = await diary();
    await say('ambil tas 30 dr bu yati 5rb per biji', '1');
    await say('eh bukan tas tp dompet', '1');
    expect(live(await rows('orders'))).toMatchObject([{ product: 'dompet', quantity_pieces: 30 }]);
  });
});

describe('"make it" at the check screen', () => {
  it('"make it 12 kodi, and it was yesterday" changes the count and the day', async () => {
    const { say, rows } = await diary('en');
    await say('took 10 kodi sandals from juragan darmo at 5k a kodi');
    await say('make it 12 kodi, and it was yesterday', 'yes save');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 240, received_on: '2029-07-07' }]);
  });
});
