// Several facts in one message, as the eightieth blind set showed them: a numbered list of her lines; two employers'
// pays dictated with no stop; her husband named by the children ("bapake anak2"); the day a pay is still to come
// ("bayare mengko setu") beside a hand-in; a day said last after a joining word; "se kodi" written apart; "took
// back 40k of my advance". Read with a fixed clock (Wednesday 12 May 2027, 19:00 WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-05-12T19:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;
const TODAY = '2027-05-12';
const YESTERDAY = '2027-05-11';

describe('a numbered list of facts', () => {
  it('"1. ... 2. ... 3. ...": the numbers count her lines, no pay or advance of 2 or 3', () => {
    const entries = read(
      'catatan kemarin\n1. pak hadi kasih sandal 3 kodi upah 20rb/kodi\n2. bu yati bayar 90rb\n3. beli lem 12rb\n4. kerja 6 jam sendiri',
    );
    expect(entries).toMatchObject([
      { kind: 'order', employer: 'pak hadi', qty: { pieces: 60 }, rate: { amount: 20000, per: 'kodi' } },
      { kind: 'payment', employer: 'bu yati', amount: { amount: 90000 } },
      { kind: 'cost', amount: { amount: 12000 } },
      { kind: 'hours', minutes: 360, helpers: 0 },
    ]);
    expect(entries).toHaveLength(4);
  });

  it('"1) ... 2) ...": the same with brackets', () => {
    const entries = read('1) kasbon ke juragan darmo 75rb\n2) setor keset 40 ke juragan darmo');
    expect(entries).toMatchObject([
      { kind: 'kasbon', employer: 'juragan darmo', amount: { amount: 75000 } },
      { kind: 'handin', employer: 'juragan darmo', delivered: { pieces: 40 } },
    ]);
    expect(entries).toHaveLength(2);
  });

  it('a figure opening one line only is still a figure ("2. lusin" is not a list)', () => {
    const entries = read('setor jilbab\n3 lusin ke bu endang');
    expect(entries).toMatchObject([{ kind: 'handin', employer: 'bu endang', delivered: { pieces: 36 } }]);
  });
});

describe('two pays dictated with no stop', () => {
  it('"bu endang bayar 60rb juragan darmo bayar 140rb dipotong 5rb": two pays, the cut on the second', () => {
    const entries = read('kmrn bu endang bayar 60rb juragan darmo bayar 140rb dipotong 5rb krn ada yg rusak');
    expect(entries).toMatchObject([
      { kind: 'payment', employer: 'bu endang', amount: { amount: 60000 }, day: YESTERDAY },
      { kind: 'payment', employer: 'juragan darmo', amount: { amount: 140000 }, deduction: { amount: 5000 } },
    ]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).not.toHaveProperty('deduction');
  });
});

describe('her husband named by the children', () => {
  it('"dibantu bapake bocah": one grown-up helper, no child', () => {
    const entries = read('nggarap keset 7 jam dibantu bapake bocah');
    expect(entries).toMatchObject([{ kind: 'hours', minutes: 420, helpers: 1, child: false }]);
  });

  it('"sama bapaknya anak-anak", "with the kids\' dad": the same', () => {
    expect(read('kerja 5 jam sama bapaknya anak-anak')).toMatchObject([{ helpers: 1, child: false }]);
    expect(read("worked 4 hours with the kids' dad")).toMatchObject([{ helpers: 1, child: false }]);
  });

  it('"dibantu anak2" alone are her children, not her husband', () => {
    const [e] = read('kerja 5 jam dibantu anak2');
    expect(e).toMatchObject({ kind: 'hours', minutes: 300, child: true });
  });
});

describe('the day a pay is still to come', () => {
  it('"bayare mengko setu" beside a hand-in: the hand-in is today, not Saturday', () => {
    const entries = read('nyetor sapu 45 nang pak hadi, 3 dibalekno. bayare mengko setu jare. bensin 15 ewu');
    expect(entries).toMatchObject([
      { kind: 'handin', employer: 'pak hadi', delivered: { pieces: 45 }, rejected: 3 },
      { kind: 'cost', amount: { amount: 15000 } },
    ]);
    // (Not last Saturday, 8 May.)
    expect(entries.map((e) => e.day ?? TODAY)).toEqual([TODAY, TODAY]);
    expect(entries.some((e) => e.kind === 'payment')).toBe(false);
  });
});

describe('a day said last, after a joining word', () => {
  it('"wingi nyetor ... terus dibayar 90 ewu tadi pagi": the hand-in yesterday, the pay today', () => {
    const entries = read('wingi nyetor kripik 12 kg nang bu endang terus dibayar 90 ewu tadi pagi');
    expect(entries).toMatchObject([
      { kind: 'handin', employer: 'bu endang', day: YESTERDAY },
      { kind: 'payment', amount: { amount: 90000 }, day: TODAY },
    ]);
    expect(entries).toHaveLength(2);
  });
});

describe('"se" written apart from its unit', () => {
  it('"upahe 12 ewu se lusin": per dozen', () => {
    const [e] = read('njupuk jilbab 5 lusin teko bu endang upahe 12 ewu se lusin');
    expect(e).toMatchObject({ kind: 'order', qty: { pieces: 60 }, rate: { amount: 12000, per: 'lusin' } });
  });
});

describe('an advance taken back out of a pay', () => {
  it('"paid 150k, took back 40k of my advance": a cut of the pay, no new advance', () => {
    const entries = read('bu endang paid 150k, took back 40k of my advance');
    expect(entries).toMatchObject([
      {
        kind: 'payment',
        employer: 'bu endang',
        amount: { amount: 150000 },
        deduction: { amount: 40000, kind: 'kasbon' },
      },
    ]);
    expect(entries.some((e) => e.kind === 'kasbon')).toBe(false);
  });
});
