// Second thoughts, through the real engine on SQLite: figures in words put right, fewer or more helpers, another
// employer named after saving, two lines put right at once, "tulis 40rb aja" at the rate question, the rate's unit
// alone, a bare figure that goes to the line it is near, "ora 3000, 3500", "X bener" that is not what changes,
// "jebule" of what she wrote, "batalno", a new entry that mends itself, a cost said with an answer, rejects said
// after saving. Friday 6 July 2029, 19:00 WIB, a minute between messages.
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

const NOW = '2029-07-06T19:00:00+07:00';
const TODAY = '2029-07-06';
const YESTERDAY = '2029-07-05';

async function diary() {
  const d = await diaryAt(t, NOW);
  /** Says the lines yesterday morning (saved a day before), then comes back to now. */
  const yesterday = async (...lines: string[]) => {
    d.clock.set('2029-07-05T10:00:00+07:00');
    await d.say(...lines);
    d.clock.set(NOW);
  };
  return { ...d, yesterday };
}

describe('figures in words', () => {
  it('"eh dudu seket, sewidak iket" at the check screen makes 60', async () => {
    const { say, rows } = await diary();
    await say('ambil sayur 50 iket dari bu umi upah 500 per iket');
    expect(await say('eh dudu seket, sewidak iket')).toMatch(/Jumlah: 60 ikat/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_count: 60, quantity_pieces: 60, rate_amount: 500 }]);
  });

  it('"eh dudu seket, sewidak iket" after saving changes the saved order', async () => {
    const { say, rows } = await diary();
    await say('ambil sayur 50 iket dari bu umi upah 500 per iket', '1');
    expect(await say('eh dudu seket, sewidak iket')).toMatch(/Jumlah: 50 ikat → 60 ikat/);
    await say('1');
    const orders = live(await rows('orders'));
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ quantity_count: 60, quantity_pieces: 60 });
  });

  it('"eh satus sewidak lima ding" at a pay of Rp150.000 is Rp165.000, not asked about', async () => {
    const { say, rows } = await diary();
    await say('dibayar bu umi 150rb');
    const reply = await say('eh satus sewidak lima ding');
    expect(reply).toMatch(/Jumlah: Rp165\.000/);
    expect(reply).not.toMatch(/Mungkin maksudnya/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 165000 }]);
  });
});

describe('who helped, put right', () => {
  it('"eh sing bantu mung siji ding, sing cilik thok" leaves one helper, a child', async () => {
    const { say, rows } = await diary();
    await say('dino iki njahit 5 jam dibantu anakku loro');
    expect(await say('eh sing bantu mung siji ding, sing cilik thok')).toMatch(/Dibantu keluarga: 1\n/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 300, helpers: 1, child_helper: 1 }]);
  });

  it('"eh karo adikku pisan, umure 12" after saving hours with one helper: two, and a child', async () => {
    const { say, rows } = await diary();
    await say('dino iki nglinting rokok 6 jam karo mbokku', '1');
    expect(await rows('work_hours')).toMatchObject([{ helpers: 1, child_helper: 0 }]);
    expect(await say('eh karo adikku pisan, umure 12')).toMatch(/Dibantu keluarga: 1 → 2/);
    await say('1');
    const hours = live(await rows('work_hours'));
    expect(hours).toHaveLength(1);
    expect(hours[0]).toMatchObject({ minutes: 360, helpers: 2, child_helper: 1, worked_on: TODAY });
  });
});

describe('put right after saving', () => {
  it('"nyuwun sewu, kleru, saking bu yati sanes bu endang" moves the saved pay to Bu Yati', async () => {
    const { say, rows, employerId } = await diary();
    await say('wingi angsal bayaran saking bu endang 210 ewu', '1');
    expect(await say('nyuwun sewu, kleru, saking bu yati sanes bu endang')).toMatch(/Bu Endang → Bu Yati/);
    await say('1');
    const pays = live(await rows('payments'));
    expect(pays).toHaveLength(1);
    expect(pays[0]).toMatchObject({ amount: 210000, paid_on: YESTERDAY, employer_id: await employerId('Bu Yati') });
  });

  it('"eh salah, kasbon yg dipotong 150rb bukan 200, jd trima 450rb" changes both lines', async () => {
    const { say, rows } = await diary();
    await say('bu endang bayar mukena 600rb, dipotong kasbon yg 200rb, jd trima 400rb', '1');
    expect(await rows('payments')).toMatchObject([{ amount: 400000, kasbon_repaid: 200000 }]);
    const reply = await say('eh salah, kasbon yg dipotong 150rb bukan 200, jd trima 450rb');
    expect(reply).toMatch(/Jumlah: Rp400\.000 → Rp450\.000/);
    expect(reply).toMatch(/Potongan: Rp200\.000 untuk kasbon → Rp150\.000 untuk kasbon/);
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([{ kind: 'pay', amount: 450000, kasbon_repaid: 150000 }]);
  });

  it('"eh setornya 45 pak ding, bayarnya bener 80rb" changes the hand-in, not the pay', async () => {
    const { say, rows } = await diary();
    await say('ambil kripik 100 pak dari bu endang upah 2rb per pak', '1');
    await say('setor kripik ke bu endang 40 pak, lgsg dibayar 80rb', '1');
    const reply = await say('eh setornya 45 pak ding, bayarnya bener 80rb');
    expect(reply).toMatch(/Diserahkan: 40 → 45/);
    expect(reply).not.toMatch(/Jumlah: Rp80\.000 →/);
    await say('1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 45, rejected_pieces: 0 }]);
    const pays = live(await rows('payments'));
    expect(pays).toHaveLength(1);
    expect(pays[0]).toMatchObject({ amount: 80000 });
  });

  it('"mba order sandal kmrn itu bukan dr pak hadi tp dr bu yati" makes the order Bu Yati\'s', async () => {
    const { say, yesterday, rows, employerId } = await diary();
    await yesterday('ambil sandal 10 kodi dari pak hadi upah 5rb per kodi', '1');
    expect(await say('mba order sandal kmrn itu bukan dr pak hadi tp dr bu yati, sy salah pencet')).toMatch(
      /Dari: Pak Hadi → Bu Yati/,
    );
    await say('1');
    const orders = live(await rows('orders'));
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ quantity_pieces: 200, employer_id: await employerId('Bu Yati') });
    // (Not a new employer called "Pak Hadi Tp Dr Bu Yati".)
    expect((await rows('employers')).map((e) => e.name).sort()).toEqual(['Bu Yati', 'Pak Hadi']);
  });

  it('"sing wingi tak catet ... opahe 3 ewu, jebule 3500 sak biji" changes that order\'s rate', async () => {
    const { say, yesterday, rows } = await diary();
    await yesterday('njupuk tas 50 biji seko bu umi opahe 3 ewu', '1');
    expect(await say('mbak sing wingi tak catet tas seko bu umi opahe 3 ewu, jebule 3500 sak biji')).toMatch(
      /Rp3\.000\/biji, total Rp150\.000 → Rp3\.500\/biji, total Rp175\.000/,
    );
    await say('1');
    expect(live(await rows('orders'))).toMatchObject([
      { quantity_pieces: 50, rate_amount: 3500, rate_per: 'pcs', received_on: YESTERDAY },
    ]);
    // (The rate she wrote is no pay of Rp3.000.)
    expect(await rows('payments')).toEqual([]);
  });

  it('"eh batalno wae mbak, ora sido nyilih" takes back the advance just saved', async () => {
    const { say, rows } = await diary();
    await say('bon 100 ewu nang bu endang', '1');
    expect(live(await rows('payments'))).toMatchObject([{ kind: 'kasbon', amount: 100000 }]);
    expect(await say('eh batalno wae mbak, ora sido nyilih')).toMatch(/dibatalkan/);
    expect(live(await rows('payments'))).toEqual([]);
  });

  it('"ada 4 yg disuruh benerin" after a hand-in of 100 with none rejected makes 4 rejected', async () => {
    const { say, rows } = await diary();
    await say('ambil payet kerudung 100 biji dari bu endang upah 2rb per biji', '1');
    await say('payet kerudung udh jadi 100, td sy setor ke bu endang', '1');
    expect(await say('ada 4 yg disuruh benerin. bayarnya nunggu minggu dpn')).toMatch(
      /Ditolak: 0, diterima 100 = Rp200\.000 → 4, diterima 96 = Rp192\.000/,
    );
    await say('1');
    const handins = live(await rows('handins'));
    expect(handins).toHaveLength(1);
    expect(handins[0]).toMatchObject({ delivered_pieces: 100, rejected_pieces: 4 });
  });
});

describe('at the question and the check screen', () => {
  it('"tulis 40rb aja" at the rate question, "35rb sekodi" said before: Rp40.000 per kodi', async () => {
    const { say, rows } = await diary();
    expect(await say('dpt orderan tas anyaman dr pak hadi 5 kodi')).toMatch(/Berapa upahnya\?/);
    expect(await say('lho biasanya 35rb sekodi, tp kmrn blg naik jd 40rb. tulis 40rb aja')).toMatch(
      /Upah: Rp40\.000\/kodi/,
    );
    await say('1');
    expect(await rows('orders')).toMatchObject([
      { quantity_pieces: 100, rate_amount: 40000, rate_per: 'kodi', rate_count: 1 },
    ]);
  });

  it('"eh salah per gros maksudnya, bukan per lusin" changes only the rate\'s unit', async () => {
    const { say, rows, employerId } = await diary();
    await say('masang kancing ke kartu dr juragan darmo 20 gros, upah 2500 per lusin');
    expect(await say('eh salah per gros maksudnya, bukan per lusin')).toMatch(/Upah: Rp2\.500\/gros/);
    await say('1');
    expect(await rows('orders')).toMatchObject([
      {
        unit: 'gros',
        quantity_count: 20,
        quantity_pieces: 2880,
        rate_amount: 2500,
        rate_per: 'gros',
        employer_id: await employerId('Juragan Darmo'),
      },
    ]);
  });

  it('"eh 750 ding" on an order of 300 biji at Rp700 changes the rate, not the count', async () => {
    const { say, rows } = await diary();
    await say('oleh garapan besek seko bu umi 300 biji, opahe 700 sak biji');
    expect(await say('eh 750 ding')).toMatch(/Upah: Rp750\/biji, total Rp225\.000/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ product: 'besek', quantity_pieces: 300, rate_amount: 750 }]);
  });

  it('"eh ora 3000, 3500 ding" at a hand-in\'s check screen makes 3500', async () => {
    const { say, rows } = await diary();
    await say('ambil batil rokok 5000 biji dari juragan darmo upah 14 per biji', '1');
    await say('mbak wingi nyetor batilan rokok nang juragan darmo 3000 batang');
    expect(await say('eh ora 3000, 3500 ding')).toMatch(/Diserahkan: 3500/);
    await say('nggih');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 3500, handed_in_on: YESTERDAY }]);
  });

  it("an answer to the rate question with a cost said with it: the order, then the cost's own check screen", async () => {
    const { say, rows } = await diary();
    expect(await say('mau awan dikei garapan sapu 150 biji teko juragan darmo')).toMatch(/Berapa upahnya\?/);
    expect(await say('opahe 300 per biji, njupuk bahan ongkos bensin 10 ewu')).toMatch(/Upah: Rp300\/biji/);
    const saved = await say('1');
    expect(saved).toMatch(/Order tersimpan/);
    expect(saved).toMatch(/Cek dulu, biaya:[\s\S]*Jumlah: Rp10\.000/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 150, rate_amount: 300, received_on: TODAY }]);
    expect(await rows('costs')).toMatchObject([{ amount: 10000, category: 'transport', spent_on: TODAY }]);
  });
});

describe('a new entry that puts itself right', () => {
  it('"hari ini masang payet 6 jam, eh 7 jam ding" is a new entry of 7 hours; yesterday\'s stays', async () => {
    const { say, rows } = await diary();
    await say('kemarin masang payet 5 jam sendirian', '1');
    expect(await say('hari ini masang payet 6 jam, eh 7 jam ding soalnya td sore lanjut lg. sendirian')).toMatch(
      /Cek dulu, jam kerja:[\s\S]*Jam kerja: 7 jam/,
    );
    await say('1');
    expect(await rows('work_hours')).toMatchObject([
      { worked_on: YESTERDAY, minutes: 300, helpers: 0, voided_at: null },
      { worked_on: TODAY, minutes: 420, helpers: 0, voided_at: null },
    ]);
    expect(await rows('work_hours')).toHaveLength(2);
  });
});

describe('a cut with no reason said', () => {
  it('with an advance from that employer still open, the cut is asked about', async () => {
    const { say } = await diary();
    await say('kasbon 50rb dari bu yati', '1');
    expect(await say('bu yati bayar 100rb dipotong 20rb')).toMatch(/Potongan Rp20.000 itu untuk apa/);
  });

  it('with none open, it is a cut for something else: shown, not asked, and kept', async () => {
    const { say, rows } = await diary();
    const screen = await say('bu endang bayar 300rb dipotong 20rb');
    expect(screen).not.toMatch(/itu untuk apa/);
    expect(screen).toContain('Potongan: Rp20.000 (retur, bahan, dll)');
    await say('eh potongannya 25rb, bukan 20', '1');
    expect(await rows('payments')).toMatchObject([{ amount: 300_000, deduction: 25_000, kasbon_repaid: 0 }]);
  });
});

describe('everything just saved taken back', () => {
  it('"aduh maaf semua yg barusan batal" takes back the hand-in and the pay', async () => {
    const { say, rows } = await diary();
    await say('ambil 100 tas dari pak hadi 2rb per biji', '1');
    await say('setor tas 40 pcs ke pak hadi', '1', 'pak hadi bayar 80rb', '1');
    expect(await say('aduh maaf semua yg barusan batal, salah catat, itu punya kakak saya')).toMatch(/dibatalkan/);
    expect(live(await rows('handins'))).toHaveLength(0);
    expect(live(await rows('payments'))).toHaveLength(0);
    // (The order saved a moment before them is of the same half hour: taken back too.)
    expect(live(await rows('orders'))).toHaveLength(0);
  });
});
