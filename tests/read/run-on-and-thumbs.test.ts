// Messages dictated with no stop and typed by tired thumbs: a time after a prayer that is no goods, goods of home
// work newly known, a goods word mistyped by one key, a day heading the lines below it, another day said
// mid-sentence, "these two days", an age written "th", costs with their total, goods brought from an employer, and
// a figure she puts right in the same message. Read with a fixed clock (Monday 8 March 2027, 19:00 WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-03-08T19:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;
const TODAY = '2027-03-08';
const YESTERDAY = '2027-03-07';

describe('a time after a prayer is when she did it, not the goods', () => {
  it('"bar subuh diterke sandal jepit limang kodi teko pak hadi": sandal jepit, from Pak Hadi', () => {
    expect(read('bar subuh diterke sandal jepit limang kodi teko pak hadi')).toMatchObject([
      { kind: 'order', employer: 'pak hadi', product: 'sandal jepit', qty: { pieces: 100 } },
    ]);
  });

  it('"habis dzuhur njahit 3 jam" has no goods', () => {
    const [e] = read('habis dzuhur njahit 3 jam');
    expect(e).toMatchObject({ kind: 'hours', minutes: 180 });
    expect(e).not.toHaveProperty('product');
  });
});

describe('goods of home work newly known', () => {
  it.each([
    ['oleh mote teko bu yati, opahe 15 ewu per kilo', 'bu yati', 'mote', 15000, 'kg'],
    ['oleh besek teko bu umi, opahe 500 per biji', 'bu umi', 'besek', 500, 'pcs'],
    ['oleh peci teko pak hadi, opahe 2 ewu per biji', 'pak hadi', 'peci', 2000, 'pcs'],
    ['dapat sajadah dari bu umi upah 5rb per biji', 'bu umi', 'sajadah', 5000, 'pcs'],
    ['dapat tasbih dari bu yati upah 1rb per biji', 'bu yati', 'tasbih', 1000, 'pcs'],
    ['oleh keranjang teko bu umi, opahe 3 ewu per biji', 'bu umi', 'keranjang', 3000, 'pcs'],
    ['oleh kaos kaki teko bu endang, opahe 2 ewu per lusin', 'bu endang', 'kaos kaki', 2000, 'lusin'],
    ['oleh kaoskaki teko bu endang, opahe 2 ewu per lusin', 'bu endang', 'kaoskaki', 2000, 'lusin'],
  ])('"%s" is an order of %s: %s at %i per %s', (text, employer, product, amount, per) => {
    expect(read(text)).toMatchObject([{ kind: 'order', employer, product, rate: { amount, per } }]);
  });

  it('"dapat mote dari bu yati upah 15rb per kilo" is an order, not a payment', () => {
    const entries = read('dapat mote dari bu yati upah 15rb per kilo');
    expect(entries).toMatchObject([{ kind: 'order', product: 'mote', rate: { amount: 15000, per: 'kg' } }]);
    expect(entries.some((e) => e.kind === 'payment')).toBe(false);
  });
});

describe('a goods word mistyped by a thumb', () => {
  it('"sandsl" (a key beside the a) is sandal', () => {
    expect(read('setor sandsl 40 pasang ke pak hadi')).toMatchObject([
      { kind: 'handin', product: 'sandal', delivered: { pieces: 40 } },
    ]);
  });

  it('"kerudnug" (two letters swapped) is kerudung', () => {
    expect(read('ambil kerudnug 3 kodi dari bu umi')).toMatchObject([
      { kind: 'order', product: 'kerudung', qty: { pieces: 60 } },
    ]);
  });

  it.each(['beli kaleng 10rb', 'tuku kaleng 3 biji 15 ewu'])('"%s": a tin bought, not goods', (text) => {
    const entries = read(text);
    expect(entries).toMatchObject([{ kind: 'cost', what: 'kaleng' }]);
    expect(entries[0]).not.toHaveProperty('product');
  });

  it.each(['kupas 3 jam', 'kupas bawang 3 jam'])('"%s" never becomes a fan (kipas)', (text) => {
    const [e] = read(text);
    expect(e).toMatchObject({ kind: 'hours', minutes: 180 });
    expect((e as { product?: string }).product).not.toBe('kipas');
  });

  it('"kupas bawang": the goods are the onions', () => {
    expect(read('kupas bawang 3 jam')).toMatchObject([{ kind: 'hours', product: 'bawang' }]);
  });
});

describe('days in a message written without stops', () => {
  it('a day on its own line with a colon heads the lines below it', () => {
    const text = 'wingi:\nnyetor sandal 5 kodi nang pak hadi\ndino iki:\ndibayar pak hadi 100 ewu';
    expect(read(text)).toMatchObject([
      { kind: 'handin', delivered: { pieces: 100 }, day: YESTERDAY },
      { kind: 'payment', amount: { amount: 100000 }, day: TODAY },
    ]);
  });

  it('"kemarin ambil ... hari ini udah disetor semua": an order yesterday and a hand-in today', () => {
    const text = 'kemarin ambil kripik 100 pak dari bu endang upah seribu per pak hari ini udah disetor semua';
    expect(read(text)).toMatchObject([
      {
        kind: 'order',
        employer: 'bu endang',
        qty: { pieces: 100 },
        rate: { amount: 1000, per: 'pak' },
        day: YESTERDAY,
      },
      { kind: 'handin', delivered: { pieces: 100 }, day: TODAY },
    ]);
  });

  it('"dino iki 6 jam kabeh dibantu mbokku mau sore nyetor ...": the hours, then the hand-in', () => {
    const text = 'dino iki 6 jam kabeh dibantu mbokku mau sore nyetor 8 ewu batang nang pak haji slamet';
    expect(read(text)).toMatchObject([
      { kind: 'hours', minutes: 360, helpers: 1, day: TODAY },
      { kind: 'handin', employer: 'pak haji slamet', delivered: { pieces: 8000 }, day: TODAY },
    ]);
  });

  it('a day said after an entry, with no record of its own, is the day of the next', () => {
    const text =
      'wingi njupuk kripik 100 pak teko bu endang opahe sewu, dino iki wis rampung kabeh terus disetor 100 pak';
    expect(read(text)).toMatchObject([
      { kind: 'order', qty: { pieces: 100 }, day: YESTERDAY },
      { kind: 'handin', delivered: { pieces: 100 }, day: TODAY },
    ]);
  });

  it('"rong dino iki" is no day: the days told after it are', () => {
    expect(read('rong dino iki aku nggarap rokok, wingi 7 jam, dino iki 5 jam')).toMatchObject([
      { kind: 'hours', product: 'rokok', minutes: 420, day: YESTERDAY },
      { kind: 'hours', minutes: 300, day: TODAY },
    ]);
  });

  it('"rong dino iki ... wingi 7 jam dino iki 6 jam kabeh dibantu mbokku mau sore nyetor ...": four records', () => {
    const text =
      'rong dino iki aku nggarap rokok terus wingi 7 jam dino iki 6 jam kabeh dibantu mbokku mau sore nyetor 8 ewu batang nang pak haji slamet dibayar 112 ewu dipotong 8 ewu kanggo iuran';
    expect(read(text)).toMatchObject([
      { kind: 'hours', minutes: 420, day: YESTERDAY },
      { kind: 'hours', minutes: 360, day: TODAY, helpers: 1 },
      { kind: 'handin', delivered: { pieces: 8000 }, day: TODAY },
      { kind: 'payment', amount: { amount: 112000 }, deduction: { amount: 8000 }, day: TODAY },
    ]);
  });

  it('"these two days" is no day, nor part of the goods', () => {
    expect(read('these two days I packed kripik, yesterday 4 hours, today 5 hours')).toMatchObject([
      { kind: 'hours', product: 'kripik', minutes: 240, day: YESTERDAY },
      { kind: 'hours', minutes: 300, day: TODAY },
    ]);
  });

  it.each([
    ['iki mau setor sandal 3 kodi nang pak hadi', 'handin'],
    ['iki mau njahit 4 jam', 'hours'],
    ['njahit 4 jam iki mau', 'hours'],
  ])('"%s": "iki mau" is today', (text, kind) => {
    expect(read(text)).toMatchObject([{ kind, day: TODAY }]);
  });
});

describe('an age written "th"', () => {
  it('"dibantu adik sy (19th)" is her age, not the 19th', () => {
    const [e] = read('mbordir 3 jam dibantu adik sy (19th)');
    expect(e).toMatchObject({ kind: 'hours', minutes: 180, helpers: 1, child: false });
    expect(e).not.toHaveProperty('day');
  });

  it('an order before it keeps today', () => {
    const text = 'td ambil kaos kaki 20 lusin dr bu umi upah 2rb per lusin, trs kerja 3 jam dibantu adik sy (19th)';
    expect(read(text)).toMatchObject([
      { kind: 'order', product: 'kaos kaki', qty: { pieces: 240 }, day: TODAY },
      { kind: 'hours', minutes: 180, helpers: 1, child: false, day: TODAY },
    ]);
  });

  it('"tgl 19th" stays a date', () => {
    expect(read('dibayar tgl 19th 100rb')).toMatchObject([
      { kind: 'payment', amount: { amount: 100000 }, day: '2027-02-19' },
    ]);
  });
});

describe('costs and what they came to', () => {
  it.each([
    ['beli benang 30rb, jarum 10rb, jd 40rb', 40000],
    ['tuku lem 20 ewu karo benang 15 ewu, total 35 ewu', 35000],
    ['tuku benang 30 ewu, jarum 10 ewu, lem 5 ewu, total 45 ewu', 45000],
    ['bought thread 30k and needles 10k, total 40k', 40000],
    ['beli benang 3 gulung 37.500, eh sama jarum mesin 1 pak 8rb, jd 45.500', 45500],
  ])('"%s" is one cost of %i', (text, amount) => {
    expect(read(text)).toMatchObject([{ kind: 'cost', amount: { amount } }]);
    expect(read(text)).toHaveLength(1);
  });

  it('what she bought is named in the one cost', () => {
    expect(read('beli benang 30rb, jarum 10rb, jd 40rb')).toMatchObject([{ kind: 'cost', what: 'benang, jarum' }]);
  });

  it.each([
    ['beli benang 30rb, jarum 10rb, jd 50rb', [30000, 10000, 50000]],
    ['tuku lem 20 ewu karo benang 15 ewu, total 40 ewu', [20000, 15000, 40000]],
  ])('"%s": a total that is not their sum is no total of them', (text, amounts) => {
    const entries = read(text);
    expect(entries.every((e) => e.kind === 'cost')).toBe(true);
    expect(entries.map((e) => (e as { amount?: { amount: number } }).amount?.amount)).toEqual(amounts);
  });
});

describe('goods brought to her from an employer', () => {
  it.each([
    ['diterke sandal 5 kodi teko pak hadi', 'pak hadi', 100, undefined],
    ['mau isuk diterke kerudung 3 kodi teko bu umi', 'bu umi', 60, TODAY],
  ])('"%s" is work received', (text, employer, pieces, day) => {
    expect(read(text)).toMatchObject([{ kind: 'order', employer, qty: { pieces }, ...(day ? { day } : {}) }]);
  });

  it('"diterke ... nang pak hadi" is still a hand-in', () => {
    expect(read('diterke sandal 5 kodi nang pak hadi')).toMatchObject([
      { kind: 'handin', employer: 'pak hadi', delivered: { pieces: 100 } },
    ]);
  });
});

describe('a figure she puts right in the same message', () => {
  it('"210rb.. eh salah ketik 120rb maksudnya" is one pay of 120rb', () => {
    expect(read('td siang bu umi bayar obras 210rb.. eh salah ketik 120rb maksudnya')).toEqual([
      expect.objectContaining({
        kind: 'payment',
        employer: 'bu umi',
        amount: expect.objectContaining({ amount: 120000 }),
      }),
    ]);
  });

  it('"4 jam dewean. eh 4 jam setengah ding" is one entry of four and a half hours, alone', () => {
    expect(read('wingi ngobras 4 jam dewean. eh 4 jam setengah ding')).toEqual([
      expect.objectContaining({ kind: 'hours', minutes: 270, helpers: 0, day: YESTERDAY }),
    ]);
  });

  it('"njahit 5 jam, eh 5 setengah jam ding" is one entry of five and a half hours', () => {
    expect(read('njahit 5 jam, eh 5 setengah jam ding')).toEqual([
      expect.objectContaining({ kind: 'hours', minutes: 330 }),
    ]);
  });

  it.each([
    ['got 4 kodi of bags from bu endang, 3000 each. sorry i mean 3500 each', 80],
    ['I sewed 200 buttons for bu yati at 3000 each. sorry i mean 3500 each', 200],
  ])('"%s": 3500 each', (text, pieces) => {
    expect(read(text)).toMatchObject([{ kind: 'order', qty: { pieces }, rate: { amount: 3500, per: 'pcs' } }]);
  });
});
