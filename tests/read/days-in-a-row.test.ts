// What the reader makes of days caught up on in one run with no stops, each day followed by its own facts:
// "rebo wingi" among other weekdays, "minggu" before hours in words, hours in words before the next day, a day
// not worked before the days worked, weekday-led costs, hand-ins and pays, a name run on from its title with the
// "h" dropped ("pakarif"), and an employer said to be new. Read with a fixed clock (Thursday 7 June 2029, 19:00 WIB).
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/read/entry.ts';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2029-06-07T19:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;
const rows = (es: Entry[]) =>
  es.map((e) => {
    const o = e as { minutes?: number; amount?: { amount: number }; delivered?: { pieces: number } };
    return { kind: e.kind, day: e.day, n: o.minutes ?? o.amount?.amount ?? o.delivered?.pieces };
  });

describe('each weekday with its own hours, said in one run', () => {
  it('"rebo wingi" after other weekdays is a day of its own', () => {
    expect(rows(read('senen njahit wolung jam seloso telung jam rebo wingi rong jam'))).toEqual([
      { kind: 'hours', day: '2029-06-04', n: 480 },
      { kind: 'hours', day: '2029-06-05', n: 180 },
      { kind: 'hours', day: '2029-06-06', n: 120 },
    ]);
  });

  it('"minggu" before hours in words is Sunday', () => {
    expect(rows(read('jemuah ngobras telung jam setu papat jam minggu pitung jam'))).toEqual([
      { kind: 'hours', day: '2029-06-01', n: 180 },
      { kind: 'hours', day: '2029-06-02', n: 240 },
      { kind: 'hours', day: '2029-06-03', n: 420 },
    ]);
    expect(rows(read('minggu wolung jam'))).toEqual([{ kind: 'hours', day: '2029-06-03', n: 480 }]);
  });

  it('hours in words, then "dino iki" with its own hours, are two days', () => {
    expect(rows(read('jemuah mbordir pitung jam dino iki limang jam'))).toEqual([
      { kind: 'hours', day: '2029-06-01', n: 420 },
      { kind: 'hours', day: '2029-06-07', n: 300 },
    ]);
  });

  it('krama "senin kalih selasa" is still both days with the same hours', () => {
    expect(rows(read('senin kalih selasa ngobras 6 jam saben dinten'))).toEqual([
      { kind: 'hours', day: '2029-06-04', n: 360 },
      { kind: 'hours', day: '2029-06-05', n: 360 },
    ]);
  });
});

describe('a day not worked, then the days worked', () => {
  it.each([
    ['senen libur ra nggarap seloso mbatik limang jam', '2029-06-05', 300],
    ['wingi prei blas rebo 4 jam', '2029-06-06', 240],
    ['sunday off monday sewed 6 hrs', '2029-06-04', 360],
  ])('"%s" keeps only the day worked', (text, day, n) => {
    expect(rows(read(text))).toEqual([{ kind: 'hours', day, n }]);
  });
});

describe('weekday-led money and hand-ins, one after another', () => {
  it('costs on two weekdays and yesterday', () => {
    expect(rows(read('senen tuku benang 12rb seloso ongkos becak 8rb wingi tuku jarum 5rb'))).toEqual([
      { kind: 'cost', day: '2029-06-04', n: 12000 },
      { kind: 'cost', day: '2029-06-05', n: 8000 },
      { kind: 'cost', day: '2029-06-06', n: 5000 },
    ]);
  });

  it('two hand-ins, the counts in words', () => {
    expect(rows(read('setu nyetor kripik rong atus nang bu umi minggu nyetor maneh satus'))).toEqual([
      { kind: 'handin', day: '2029-06-02', n: 200 },
      { kind: 'handin', day: '2029-06-03', n: 100 },
    ]);
  });

  it('two pays from two employers', () => {
    const es = read('jemuah dibayar bu umi pitung puluh limang ewu setu dibayar pak hadi suwidak ewu');
    expect(rows(es)).toEqual([
      { kind: 'payment', day: '2029-06-01', n: 75000 },
      { kind: 'payment', day: '2029-06-02', n: 60000 },
    ]);
    expect(es.map((e) => e.employer)).toEqual(['bu umi', 'pak hadi']);
  });

  it('a deadline weekday after an order is no day of its own', () => {
    const es = read('senen njupuk 5 kodi sandal teko bu umi kudu mari kemis');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'order', day: '2029-06-04' });
  });
});

describe('names as voice typing and Kediri speech leave them', () => {
  it('"pakarif" after "teko" is Pak Arif; "pakaji" is still Pak Haji', () => {
    expect(read('wingi njupuk kaos 3 lusin teko pakarif')[0]?.employer).toBe('pak arif');
    expect(read('wingi nyetor keset 20 nang pakaji slamet')[0]?.employer).toBe('pak haji slamet');
  });

  it('an employer said to be new is marked so; one not said so is not', () => {
    expect(read('kemarin ambil sapu 50 dari juragan baru pak darmin 2rb sebiji')[0]).toMatchObject({
      employer: 'pak darmin',
      employerNew: true,
    });
    expect(read('kemarin ambil sapu 50 dari pak darmin 2rb sebiji')[0]?.employerNew).toBeUndefined();
  });
});
