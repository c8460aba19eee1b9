// Sums and spans told in parts: what she bought as a count and the price of one (the diary keeps what she spent),
// and a second span of hours said with "and again" / "lagi" / "maneh". Read with a fixed clock (Tuesday 10 April
// 2029, WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2029-04-10T19:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;

describe('what she bought, told as a count and the price of one', () => {
  it.each([
    ['beli lem 2 kaleng 15rb satu', 30000],
    ['beli benang 3 gulung @5rb', 15000],
    ['beli lem 2 kaleng, sekaleng 15rb', 30000],
    ['beli benang 3 gulung masing2 5rb', 15000],
    ['tuku lem 2 kaleng 15 ewu siji', 30000],
    ['beli 2 kaleng lem @ 15.000', 30000],
    ['bought 2 tins of glue at 15k each', 30000],
  ])('"%s" is a cost of %i', (text, amount) => {
    expect(read(text)).toMatchObject([{ kind: 'cost', amount: { amount } }]);
  });

  it('a sum in thousands is never a count of things bought ("token listrik 50 ewu, lem sak kaleng 22 ewu")', () => {
    expect(read('tuku token listrik 50 ewu, lem sak kaleng 22 ewu')).toMatchObject([
      { kind: 'cost', amount: { amount: 50000 } },
      { kind: 'cost', amount: { amount: 22000 } },
    ]);
  });

  it('a sum without "one" or "each" is the total she paid', () => {
    expect(read('beli benang 3 gulung 15rb')).toMatchObject([{ kind: 'cost', amount: { amount: 15000 } }]);
  });

  it('a rate for work beside a purchase stays a rate', () => {
    const r = read('ambil 5 kodi sandal dr bu yati per kodi 5rb, trus beli lem 2 kaleng @15rb');
    expect(r).toMatchObject([
      { kind: 'order', rate: { amount: 5000, per: 'kodi' } },
      { kind: 'cost', amount: { amount: 30000 } },
    ]);
  });
});

describe('a second span of the day said with "again"', () => {
  it.each([
    ['worked from 9 till 12 and again 7 to 9.30 tonight', 330],
    ['kerja jam 9-12 trus lagi jam 7 sampe 9', 300],
    ['garap jam 8-11 terus maneh jam 1-3', 300],
  ])('"%s" is %i minutes', (text, minutes) => {
    expect(read(text)).toMatchObject([{ kind: 'hours', minutes }]);
  });
});

describe('a title run together with a name, and words that only look so', () => {
  it('"buyati wis mbayar" is Bu Yati; "garapan masker teko bu endang" keeps the masks as goods', () => {
    expect(read('buyati wis mbayar 200 ewu')).toMatchObject([{ kind: 'payment', employer: 'bu yati' }]);
    expect(read('aku mau isuk njupuk garapan masker teko bu endang, 8 kodi')).toMatchObject([
      { kind: 'order', employer: 'bu endang', product: 'masker' },
    ]);
    expect(read('wingi 5 jam karo mbakyuku')).toMatchObject([{ kind: 'hours', minutes: 300, helpers: 1 }]);
  });
});
