// What women new to the bot and women catching up on days say, through the real engine on SQLite: whether it is
// connected, a BPJS question just after saving, a cut put in at the check screen, a figure taken back with "ora",
// a remark about the old figure after a correction, a correction that names its record by day or by the old
// count, an advance named without its sum, "how much this week". Thursday 7 June 2029, 19:00 WIB, a minute between
// messages.
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

const TODAY = '2029-06-07';
const YESTERDAY = '2029-06-06';

const diary = (opts: { lang?: 'id' | 'en' } = {}) => diaryAt(t, '2029-06-07T19:00:00+07:00', opts);

describe('new to the bot', () => {
  it('"ini udh nyambung blm ya?" is answered yes, with how to begin; nothing is opened', async () => {
    const { say, open } = await diary();
    const reply = await say('ini udh nyambung blm ya?');
    expect(reply).toMatch(/sudah tersambung/);
    expect(reply).toMatch(/setor 2 kodi ke Bu Yati/);
    expect(await open()).toBe(0);
  });

  it('"does this really work? I want to write down my work" is no hours question', async () => {
    const { say, open } = await diary({ lang: 'en' });
    const reply = await say('does this really work? I want to write down my work');
    expect(reply).toMatch(/Yes, it works/);
    expect(reply).not.toMatch(/How many hours/);
    expect(await open()).toBe(0);
  });

  it('"bu sy mau liat sy udh dpt brp minggu ini" shows this week\'s REKAP at once', async () => {
    const { say, open } = await diary();
    await say('beli lem 15rb', '1');
    expect(await say('bu sy mau liat sy udh dpt brp minggu ini')).toMatch(/^REKAP minggu ini/);
    expect(await open()).toBe(0);
  });

  it('a BPJS question that begins "oh ya bu" just after saving is answered, the cost left as it was', async () => {
    const { say, rows } = await diary();
    await say('beli lem 15rb', '1');
    const reply = await say('oh ya bu, bpjs kesehatan yg kelas 3 itu skrg brp ya bayarnya?');
    expect(reply).toMatch(/BPJS/);
    expect(reply).not.toMatch(/Rp3\?/);
    expect(live(await rows('costs'))).toMatchObject([{ amount: 15000 }]);
    expect(live(await rows('costs'))).toHaveLength(1);
  });
});

describe('put right at the check screen', () => {
  it('"dipotong 10rb katanya ada besek yg jelek" then "ok simpan" saves the cut', async () => {
    const { say, rows } = await diary();
    await say('td dibayar juragan darmo 90rb');
    expect(await say('dipotong 10rb katanya ada besek yg jelek')).toMatch(/Potongan: Rp10\.000/);
    await say('ok simpan');
    expect(await rows('payments')).toMatchObject([{ amount: 90000, deduction: 10000, kasbon_repaid: 0 }]);
  });

  it('"ora 5 jam, 6 jam" keeps six hours', async () => {
    const { say, rows } = await diary();
    await say('dino iki masang bulu mata 5 jam dewe');
    expect(await say('ora 5 jam, 6 jam')).toMatch(/Jam kerja: 6 jam/);
    await say('iyo');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 360, worked_on: TODAY }]);
  });

  it('"eh bukan, 100rb. yg 150 itu bulan kmrn": the advance is 100rb', async () => {
    const { say, rows } = await diary();
    await say('sy kasbon ke pak hadi 150rb');
    expect(await say('eh bukan, 100rb. yg 150 itu bulan kmrn')).toMatch(/Jumlah: Rp100\.000/);
    await say('iya');
    expect(await rows('payments')).toMatchObject([{ kind: 'kasbon', amount: 100000 }]);
  });

  it('"eh yg kmrn 7 kodi bkn 6" changes yesterday\'s hand-in of the two on the screen', async () => {
    const { say, rows } = await diary();
    await say('ambil 20 kodi sandal dr pak hadi 5rb sekodi', '1');
    expect(await say('selasa setor sandal ke pak hadi 8 kodi, kmrn setor lg 6 kodi')).toMatch(/Cek dulu, 2 catatan/);
    expect(await say('eh yg kmrn 7 kodi bkn 6')).toMatch(/Diserahkan: 140/);
    await say('1');
    expect(await rows('handins')).toMatchObject([
      { delivered_pieces: 160, handed_in_on: '2029-06-05' },
      { delivered_pieces: 140, handed_in_on: YESTERDAY },
    ]);
  });

  it('"eh salah, setornya 7 kodi" puts the hand-in right, not the pay beside it', async () => {
    const { say, rows } = await diary();
    await say('ambil 20 kodi sandal dr pak hadi 5rb sekodi', '1');
    await say('td pagi setor sandal ke pak hadi 8 kodi, dibayar 40rb');
    expect(await say('eh salah, setornya 7 kodi')).toMatch(/Diserahkan: 140/);
    await say('ya sudah bener');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 140 }]);
    expect(await rows('payments')).toMatchObject([{ amount: 40000 }]);
  });
});

describe('put right just after saving', () => {
  it('"eh jumat 6 jam ding" after two days of hours changes Friday\'s, not the latest', async () => {
    const { say, rows } = await diary();
    await say('jumat karo wingi nggarap bulu mata karo adikku umur 17, jumat 5 jam, wingi 7 jam', '1');
    await say('eh jumat 6 jam ding', '1');
    expect(live(await rows('work_hours'))).toMatchObject([
      { minutes: 360, worked_on: '2029-06-01', helpers: 1, child_helper: 0 },
      { minutes: 420, worked_on: YESTERDAY, helpers: 1, child_helper: 0 },
    ]);
  });
});

describe('several facts at once', () => {
  it('an advance named without its sum is asked after the order, then both are saved', async () => {
    const { say, rows } = await diary();
    const asked = await say(
      'kemarin ambil jahitan seragam dr pak haji slamet 40 potong upah 12rb per potong, td pagi kasbon ke dia',
    );
    expect(asked).toMatch(/Berapa kasbonnya\?/);
    expect(await say('150rb')).toMatch(/Cek dulu, 2 catatan/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 40, rate_amount: 12000, received_on: YESTERDAY }]);
    expect(await rows('payments')).toMatchObject([{ kind: 'kasbon', amount: 150000, paid_on: TODAY }]);
  });

  it('an order said and then called off in the same sentence is not kept', async () => {
    const { say, rows } = await diary();
    await say(
      'senin bu endang bilang mau ngasih payetan 10 kodi tp gak jadi. selasa malah dpt dr bu umi sapu tangan bordir 3 lusin upah 2rb per biji',
      '1',
    );
    const orders = await rows('orders');
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ quantity_pieces: 36, rate_amount: 2000 });
  });
});

describe('said just after saving, third round', () => {
  it('"eh itu bukan bayaran ding, aku minjem dulu, kasbon" turns the pay just saved into an advance', async () => {
    const { say, rows } = await diary();
    await say('dpt 200rb dr juragan darmo td', '1');
    await say('eh itu bukan bayaran ding, aku minjem dulu, kasbon', '1');
    expect(live(await rows('payments'))).toMatchObject([{ kind: 'kasbon', amount: 200000 }]);
  });

  it('"bensin ojo dicatet" takes back only the petrol of three costs saved together', async () => {
    const { say, rows } = await diary();
    await say('wingi tuku benang 30 ewu, lem 15 ewu, karo bensin 10 ewu', '1');
    await say('bensin ojo dicatet, kuwi ora kanggo garapan');
    await say('1');
    expect(live(await rows('costs')).map((c) => c.amount)).toEqual([30000, 15000]);
  });

  it('"nyuwun sewu" before a correction is no figure', async () => {
    const { say, rows } = await diary();
    await say('wingi angsal bayaran saking bu endang 210 ewu', '1');
    expect(await say('nyuwun sewu, kleru, saking bu yati sanes bu endang')).not.toMatch(/Rp1\.000/);
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([{ amount: 210000 }]);
  });

  it('"eh salah, dr bu umi kasbonnya" at the check screen changes whom the advance is from', async () => {
    const { say, rows } = await diary();
    await say('kasbon 100rb dr bu endang buat bayar sekolah');
    expect(await say('eh salah, dr bu umi kasbonnya')).toMatch(/Dari: Bu Umi/);
    await say('ya bener');
    const [p] = await rows('payments');
    const [umi] = (await rows('employers')).filter((e) => e.name === 'Bu Umi');
    expect(p).toMatchObject({ kind: 'kasbon', amount: 100000, employer_id: umi!.id });
  });
});
