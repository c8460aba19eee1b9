// Bubbles of a telling spread over several messages, read alone: a span with "tadi" before its part of the day,
// goods named by the work done on them and handed in, work half done (no money), a wage in words for one piece,
// someone bringing goods (work received). Read with a fixed clock (Wednesday 11 July 2029, WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2029-07-11T19:00:00+07:00');
const read = (text: string, now = NOW) => readMessage(text, now).entries;

describe('a span of hours with "tadi" or "mau" before its part of the day', () => {
  it('"dari jam 7 tadi pagi sampai jam 11" is four hours from seven', () => {
    expect(read('dari jam 7 tadi pagi sampai jam 11')).toMatchObject([{ kind: 'hours', minutes: 240, from: 7 }]);
  });

  it('"teko jam 9 mau bengi nganti jam 12", just after midnight, is three hours on the day before', () => {
    const e = read('teko jam 9 mau bengi nganti jam 12', new Date('2029-07-12T00:30:00+07:00'));
    expect(e).toMatchObject([{ kind: 'hours', minutes: 180, from: 21, day: '2029-07-11' }]);
  });
});

describe('goods named by the work done on them, handed in', () => {
  it.each(['obras wis disetor', 'obras e wis tak setor'])('"%s" is a hand-in of the obras, no hours', (text) => {
    expect(read(text)).toMatchObject([{ kind: 'handin', product: 'obras' }]);
  });

  it('hours said with the hand-in stay hours ("jahit 3 jam terus setor")', () => {
    expect(read('jahit 3 jam terus setor')).toMatchObject([{ kind: 'hours', minutes: 180 }]);
  });
});

describe('how far the work is, said with "dadi"', () => {
  it.each(['kaose wis dadi separo', 'bordirane wis dadi setengah'])('"%s" is no cost and no pay', (text) => {
    expect(read(text).filter((e) => e.kind === 'cost' || e.kind === 'payment')).toEqual([]);
  });

  it('a sum after "dadi" is still what she received ("dipotong 10 ewu dadi nompo 90")', () => {
    expect(read('dibayar bu umi dipotong 10 ewu dadi nompo 90')).toMatchObject([{ kind: 'payment' }]);
  });
});

describe('a wage in words for one piece', () => {
  it.each([
    ['oleh besek 100 opahe rong atus siji', 200],
    ['dapat keset 50 upahe telung atus setunggal', 300],
  ])('"%s" is a rate of %i a piece', (text, amount) => {
    expect(read(text)).toMatchObject([{ kind: 'order', rate: { amount, per: 'pcs' } }]);
  });

  it('"upahnya dua ribu satu lusin" is for one dozen', () => {
    expect(read('ambil kaos 5 lusin upahnya dua ribu satu lusin')).toMatchObject([
      { kind: 'order', rate: { amount: 2000, per: 'lusin' } },
    ]);
  });
});

describe('someone bringing goods', () => {
  it.each([
    ['td ada orang nganter payet', 'payet'],
    ['mau ono wong ngeterke kripik', 'kripik'],
  ])('"%s" is work received', (text, product) => {
    expect(read(text)).toMatchObject([{ kind: 'order', product }]);
  });

  it('someone bringing money is no order ("ada orang nganter uang 50rb")', () => {
    expect(read('ada orang nganter uang 50rb').some((e) => e.kind === 'order')).toBe(false);
  });
});
