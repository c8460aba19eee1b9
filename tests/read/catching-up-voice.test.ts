// What the reader makes of days caught up on and of voice typing: a span of days with "hari" or a date between,
// dates said in Javanese words, krama "saben dinten", a dictated comma, the hours of a first day carried to the
// days listed after it, "two hundred and forty thousand" as one sum, "pakaji" run together, krama "wangsul" for
// pieces sent back. Read with a fixed clock (Friday 20 August 2027, 20:00 WIB).
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/read/entry.ts';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-08-20T20:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;
const hours = (es: Entry[]) =>
  es.filter((e) => e.kind === 'hours').map((e) => ({ day: e.day, minutes: (e as { minutes?: number }).minutes }));

describe('a span of days with the word for day, or a date, between', () => {
  it.each([
    ['senin tanggal 16 sampai hari rabu ngelem tiap hari 4 jam', 240],
    ['hari senin sampai hari rabu jahit 4 jam sehari', 240],
    ['monday the 16th until wednesday sewing 4 hours each day', 240],
  ])('"%s" is each day of the span', (text, minutes) => {
    expect(hours(read(text))).toEqual([
      { day: '2027-08-16', minutes },
      { day: '2027-08-17', minutes },
      { day: '2027-08-18', minutes },
    ]);
  });
});

describe('dates said in words', () => {
  it.each([
    'tanggal nembelas nganti wolulas saben dino nggarap 5 jam',
    'tanggal enam belas sampai 18 tiap hari 5 jam',
    'tgl nembelas karo pitulas karo wolulas saben dino 5 jam',
  ])('"%s" is the 16th, 17th and 18th', (text) => {
    const got = hours(read(text)).map((h) => h.day);
    expect(got).toContain('2027-08-16');
    expect(got).toContain('2027-08-18');
  });

  it('"tanggal nembelas nganti wolulas" gives the day between too', () => {
    expect(hours(read('tanggal nembelas nganti wolulas saben dino nggarap 5 jam'))).toEqual([
      { day: '2027-08-16', minutes: 300 },
      { day: '2027-08-17', minutes: 300 },
      { day: '2027-08-18', minutes: 300 },
    ]);
  });

  it('a number word after "karo" with no date before it is no date ("karo loro anak")', () => {
    const es = read('kemarin nggarap 5 jam karo loro anakku');
    expect(hours(es)).toEqual([{ day: '2027-08-19', minutes: 300 }]);
  });
});

describe('krama: the same hours each day', () => {
  it('"seloso kaliyan rebo nggarap saben dinten 5 jam" is two days of 5 hours', () => {
    expect(hours(read('seloso kaliyan rebo nggarap saben dinten 5 jam'))).toEqual([
      { day: '2027-08-17', minutes: 300 },
      { day: '2027-08-18', minutes: 300 },
    ]);
  });
});

describe('a dictated comma', () => {
  it('"... upahe durung koma selasa rabu nggarap saben dino 4 jam" is an order and two days of hours', () => {
    const es = read(
      'senin aku entuk garapan keset teko bu umi rong kodi upahe durung dikandani koma seloso rebo nggarap saben dino patang jam',
    );
    expect(es[0]).toMatchObject({ kind: 'order', employer: 'bu umi' });
    expect(hours(es)).toEqual([
      { day: '2027-08-17', minutes: 240 },
      { day: '2027-08-18', minutes: 240 },
    ]);
  });

  it('"comma" between words in English ends a clause', () => {
    const es = read('tuesday i got 2 kodi of doormats from bu umi comma wednesday i sewed them for 3 hours');
    expect(es.map((e) => e.kind)).toEqual(['order', 'hours']);
  });

  it('"satu koma lima jam" stays a decimal', () => {
    expect(hours(read('kemarin kerja satu koma lima jam'))).toEqual([{ day: '2027-08-19', minutes: 90 }]);
  });
});

describe('the hours of the first day carried to the days listed after it', () => {
  it.each([
    ['monday 3 hours, tuesday 7, wednesday 2', 'en'],
    ['senin 3 jam, selasa 7, rabu 2', 'id'],
    ['senen 3 jam, seloso 7 lan rebo 2', 'jv'],
  ])('"%s" is three days with their own hours (%s)', (text) => {
    expect(hours(read(text))).toEqual([
      { day: '2027-08-16', minutes: 180 },
      { day: '2027-08-17', minutes: 420 },
      { day: '2027-08-18', minutes: 120 },
    ]);
  });

  it('a figure with its own unit after the day is not hours ("selasa 6 kodi")', () => {
    const es = read('senin 3 jam, selasa setor 6 kodi ke bu umi');
    expect(hours(es)).toEqual([{ day: '2027-08-16', minutes: 180 }]);
  });
});

describe('a sum in English words with "and" inside it', () => {
  it.each([
    ['she paid me three hundred and fifty thousand today', 350000],
    ['today bu umi paid one hundred and twenty thousand', 120000],
  ])('"%s" is one pay', (text, amount) => {
    const es = read(text);
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', amount: { amount } });
  });
});

describe('a title and "haji" run together', () => {
  it.each(['dibayar pakaji rahmat 90 ewu', 'dibayar pakhaji rahmat 90 ewu', 'dibayar pak haji rahmat 90 ewu'])(
    '"%s" is pay from Pak Haji Rahmat',
    (text) => {
      expect(read(text)).toMatchObject([{ kind: 'payment', employer: 'pak haji rahmat' }]);
    },
  );

  it('"buhaji" is Bu Haji', () => {
    expect(read('nyetor peci 2 kodi nang buhaji romlah')[0]).toMatchObject({
      kind: 'handin',
      employer: 'bu haji romlah',
    });
  });
});

describe('krama "wangsul": pieces sent back', () => {
  it.each([
    ['kula nyetor keset dhateng bu umi tigang dasa, ingkang wangsul kalih', 2],
    ['wau nyetor sandal 40 dhateng pak hadi, wangsul 3', 3],
  ])('"%s" is a hand-in with rejects', (text, rejected) => {
    expect(read(text)[0]).toMatchObject({ kind: 'handin', rejected });
  });
});

describe('the day said right before pay, after a hand-in', () => {
  it.each([
    [
      'kemis nyetor sandal nang pak hadi limolas kodi ora ono sing dibalekno jemuah dibayar telung atus ewu',
      '2027-08-19',
    ],
    ['selasa setor keset ke bu umi 40 biji semua diterima rabu dibayar 200rb', '2027-08-17'],
  ])('"%s" is a hand-in, then pay on the later day', (text, handedIn) => {
    const es = read(text);
    expect(es.map((e) => [e.kind, e.day])).toEqual([
      ['handin', handedIn],
      ['payment', es[1]!.day],
    ]);
    expect(es[1]!.day! > handedIn).toBe(true);
  });
});

describe('an in-law is one person', () => {
  it.each([
    ['kemarin kerja 5 jam dibantu adek ipar', 1],
    ['kemarin kerja 5 jam dibantu kakak iparku sama suami', 2],
  ])('"%s" is %i helper(s), no child', (text, helpers) => {
    expect(read(text)).toMatchObject([{ kind: 'hours', helpers, child: false }]);
  });
});

describe('days joined by "and" after an order said before them', () => {
  it.each([
    'tuesday i took 3 gross of buttons from bu yati, wednesday and thursday i sewed them 4 hours a day',
    'selasa ambil kancing 3 gros dari bu yati, rabu dan kamis masang 4 jam sehari',
  ])('"%s" is the order and both days of hours', (text) => {
    const es = read(text);
    expect(es[0]).toMatchObject({ kind: 'order', day: '2027-08-17' });
    expect(hours(es)).toEqual([
      { day: '2027-08-18', minutes: 240 },
      { day: '2027-08-19', minutes: 240 },
    ]);
  });
});
