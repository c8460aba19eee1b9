// Several facts told in one message: each gets its own kind and its own day (a date said at the head of a clause,
// a weekday, "terus"/"sorenya" keeping the day said before, "today"), and who helped is read in Indonesian,
// Javanese and krama. Read with fixed clocks (WIB): Monday 4 June 2029, Thursday 7 June 2029, Saturday 23 June 2029.
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const MON_4_JUNE = new Date('2029-06-04T19:00:00+07:00');
// Thursday: Monday 4, Tuesday 5, Wednesday 6 (yesterday), Sunday 3, Saturday 2, Friday 1 June are all gone by.
const THU_7_JUNE = new Date('2029-06-07T19:00:00+07:00');
const SAT_23_JUNE = new Date('2029-06-23T19:30:00+07:00');
const read = (text: string, now = THU_7_JUNE) => readMessage(text, now).entries;

describe('a hand-in, a pay and an order in one message', () => {
  it('"tgl 2 setor ... tgl 3 dibayar ... td siang ambil lagi": the 2nd, the 3rd and today; no due date', () => {
    const es = read(
      'tgl 2 setor bulu mata ke bu yati 800 pasang, yg ditolak 24. tgl 3 dibayar 350rb tp dipotong 15rb buat yg rusak. td siang ambil lagi 1000 pasang upahnya sama 450 sepasang',
      MON_4_JUNE,
    );
    expect(es).toMatchObject([
      { kind: 'handin', employer: 'bu yati', delivered: { pieces: 800 }, rejected: 24, day: '2029-06-02' },
      { kind: 'payment', amount: { amount: 350000 }, deduction: { amount: 15000 }, day: '2029-06-03' },
      { kind: 'order', qty: { pieces: 1000 }, rate: { amount: 450, per: 'pasang' }, day: '2029-06-04' },
    ]);
    expect(es).toHaveLength(3);
    // "tgl 2" is the day she handed in, not a deadline of the order told after it.
    expect(es[2]).not.toHaveProperty('dueOn');
  });

  it('"senin setor keset ..., terus selasa dibayar ..., terus hari ini ambil lagi": Monday, Tuesday, today', () => {
    const es = read(
      'senin setor keset ke bu umi 40 biji, terus selasa dibayar 120rb, terus hari ini ambil lagi keset 60 biji 3500 per biji',
    );
    expect(es).toMatchObject([
      { kind: 'handin', employer: 'bu umi', product: 'keset', delivered: { pieces: 40 }, day: '2029-06-04' },
      { kind: 'payment', amount: { amount: 120000 }, day: '2029-06-05' },
      { kind: 'order', product: 'keset', qty: { pieces: 60 }, rate: { amount: 3500 }, day: '2029-06-07' },
    ]);
    expect(es).toHaveLength(3);
  });
});

describe('"terus", "trs" and "sorenya" keep the day said before', () => {
  it('"kemarin garap ... terus sorenya pak hadi dtg antar sandal lagi 15 kodi": hours and order yesterday', () => {
    const es = read(
      'kemarin garap sandal dr jam 8 sampe jam 2 siang dibantu suami, terus sorenya pak hadi dtg antar sandal lagi 15 kodi upahnya 4rb sekodi',
    );
    expect(es).toMatchObject([
      { kind: 'hours', minutes: 360, helpers: 1, day: '2029-06-06' },
      {
        kind: 'order',
        employer: 'pak hadi',
        qty: { pieces: 300 },
        rate: { amount: 4000, per: 'kodi' },
        day: '2029-06-06',
      },
    ]);
    expect(es).toHaveLength(2);
  });

  it('"kmrn pak haji slamet bayar peci 200rb. trs sore ambil peci lg 4 kodi": pay and order yesterday', () => {
    const es = read('kmrn pak haji slamet bayar peci 200rb. trs sore ambil peci lg 4 kodi 6rb sekodi');
    expect(es).toMatchObject([
      { kind: 'payment', employer: 'pak haji slamet', amount: { amount: 200000 }, day: '2029-06-06' },
      { kind: 'order', product: 'peci', qty: { pieces: 80 }, rate: { amount: 6000 }, day: '2029-06-06' },
    ]);
    expect(es).toHaveLength(2);
  });
});

describe('a week told line by line', () => {
  it('order Monday, hours Wednesday and Thursday, "jumat setor semua" the whole order, pay today', () => {
    const es = read(
      'senin ambil kaos kaki dr pak hadi 20 lusin, upah 6rb per lusin\nrabu sm kamis garap tiap hari 6 jam\njumat setor semua\ntd siang dibayar 120rb',
      SAT_23_JUNE,
    );
    expect(es).toMatchObject([
      {
        kind: 'order',
        employer: 'pak hadi',
        qty: { pieces: 240 },
        rate: { amount: 6000, per: 'lusin' },
        day: '2029-06-18',
      },
      { kind: 'hours', minutes: 360, day: '2029-06-20' },
      { kind: 'hours', minutes: 360, day: '2029-06-21' },
      { kind: 'handin', delivered: { pieces: 240 }, day: '2029-06-22' },
      { kind: 'payment', amount: { amount: 120000 }, day: '2029-06-23' },
    ]);
    expect(es).toHaveLength(5);
  });

  it('"senen oleh sandal 3 kodi ..., mau awan wes tak setor kabeh reject 4 pasang": a hand-in of 60, 4 rejected', () => {
    const es = read(
      'senen oleh sandal 3 kodi soko bu yati opahe 12 ewu sekodi, mau awan wes tak setor kabeh reject 4 pasang',
      SAT_23_JUNE,
    );
    expect(es).toMatchObject([
      { kind: 'order', employer: 'bu yati', qty: { pieces: 60 }, rate: { amount: 12000 }, day: '2029-06-18' },
      { kind: 'handin', employer: 'bu yati', delivered: { pieces: 60 }, rejected: 4, day: '2029-06-23' },
    ]);
    expect(es).toHaveLength(2);
  });
});

describe('days said at the head of a clause', () => {
  it('"minggu garap 6 jam sm adik" is Sunday; "minggu kerja 30 jam" is not given Sunday', () => {
    expect(read('minggu garap 6 jam sm adik')).toMatchObject([
      { kind: 'hours', minutes: 360, helpers: 1, day: '2029-06-03' },
    ]);
    const week = read('minggu kerja 30 jam');
    expect(week).toMatchObject([{ kind: 'hours', minutes: 1800 }]);
    expect(week[0]!.day).not.toBe('2029-06-03');
  });

  it('"sabtu karo dino iki nggarap saben dino 5 jam" is 5 hours on Saturday and 5 today', () => {
    const es = read('sabtu karo dino iki nggarap saben dino 5 jam');
    expect(es).toMatchObject([
      { kind: 'hours', minutes: 300, day: '2029-06-02' },
      { kind: 'hours', minutes: 300, day: '2029-06-07' },
    ]);
    expect(es).toHaveLength(2);
  });
});

describe('money and goods told after an order or a pay', () => {
  it('"wingi oleh opah mote sing lawas 90 ewu soko bu endang" after an order is a pay, not a cost', () => {
    const es = read(
      'ambil mote 500 biji dr bu endang 300 sebiji. wingi oleh opah mote sing lawas 90 ewu soko bu endang',
    );
    expect(es).toMatchObject([
      { kind: 'order', employer: 'bu endang', qty: { pieces: 500 } },
      { kind: 'payment', employer: 'bu endang', amount: { amount: 90000 }, day: '2029-06-06' },
    ]);
    expect(es.some((e) => e.kind === 'cost')).toBe(false);
  });

  it('"today i got new eyelashes from her, 300 pairs" after a hand-in and a pay is an order of 300 today', () => {
    const es = read(
      'monday handed in 200 pairs of eyelashes to bu yati, 10 rejected. tuesday she paid 90k. today i got new eyelashes from her, 300 pairs at 450 a pair',
    );
    expect(es).toMatchObject([
      { kind: 'handin', employer: 'bu yati', delivered: { pieces: 200 }, rejected: 10, day: '2029-06-04' },
      { kind: 'payment', amount: { amount: 90000 }, day: '2029-06-05' },
      {
        kind: 'order',
        employer: 'bu yati',
        qty: { pieces: 300 },
        rate: { amount: 450, per: 'pasang' },
        day: '2029-06-07',
      },
    ]);
    expect(es).toHaveLength(3);
  });
});

describe('who helped, and names, in krama, Javanese and run together', () => {
  it('"dipunbantu lare kula ingkang SD" is one helper, a child', () => {
    expect(read('Dinten menika kula nyambut damel bordir 6 jam, dipunbantu lare kula ingkang SD.')).toMatchObject([
      { kind: 'hours', minutes: 360, helpers: 1, child: true, day: '2029-06-07' },
    ]);
  });

  it('"Wau siang Bu Umi paring bon 100 ewu" is an advance from Bu Umi', () => {
    expect(read('Wau siang Bu Umi paring bon 100 ewu')).toMatchObject([
      { kind: 'kasbon', employer: 'bu umi', amount: { amount: 100000 } },
    ]);
  });

  it('"dibantu anakku loro-lorone, sing SD karo SMP" is two helpers, a child among them', () => {
    expect(read('jemuah nggarap 8 jam dibantu anakku loro-lorone, sing SD karo SMP')).toMatchObject([
      { kind: 'hours', minutes: 480, helpers: 2, child: true, day: '2029-06-01' },
    ]);
  });

  it('"dibantu anakku yg kls 5 sd" is one helper', () => {
    expect(read('baru kelar ngelem sandal dr jam 19.00 smp 23.30 dibantu anakku yg kls 5 sd')).toMatchObject([
      { kind: 'hours', minutes: 270, helpers: 1 },
    ]);
  });

  it('"buyati wis mbayar sejuta rongatus ewu" is a pay of 1200000 from Bu Yati', () => {
    expect(read('buyati wis mbayar sejuta rongatus ewu')).toMatchObject([
      { kind: 'payment', employer: 'bu yati', amount: { amount: 1200000 } },
    ]);
  });

  it('"butuh bayar 200rb" gives no employer "bu tuh"', () => {
    for (const e of read('butuh bayar 200rb')) expect(e.employer ?? '').not.toMatch(/bu ?tuh/);
  });

  it('"dr setengah 8 sampe setengah 12 dibantu ibu" is 240 minutes with one helper', () => {
    expect(read('hari ini bungkus kripik dr setengah 8 sampe setengah 12 dibantu ibu')).toMatchObject([
      { kind: 'hours', minutes: 240, helpers: 1, day: '2029-06-07' },
    ]);
  });

  it('"wiwit jam 8 ngantos jam 12, kalih putri kulo" is 240 minutes with one helper', () => {
    expect(read('kulo nyambut damel wonten griyo wiwit jam 8 ngantos jam 12, kalih putri kulo')).toMatchObject([
      { kind: 'hours', minutes: 240, helpers: 1 },
    ]);
  });
});
