// A clock time after "jam" is no count; materials bought herself with the sum paid is a cost; "masang" is work;
// an English visit leaves work ("left us another", "dropped off"). Read with a fixed clock (Wednesday 11 July
// 2029, WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2029-07-11T19:00:00+07:00');
const read = (text: string, now = NOW) => readMessage(text, now).entries;

describe('a figure right after "jam" is the time of day', () => {
  it('"kirim jam 10 td pagi" is a hand-in with no count', () => {
    const [e] = read('kirim barang jam 10 td pagi');
    expect(e).toMatchObject({ kind: 'handin' });
    expect(e && 'delivered' in e ? e.delivered : undefined).toBeUndefined();
  });

  it('"nyetor 2 lusin jam 7 pagi" keeps its count, not the hour', () => {
    expect(read('nyetor 2 lusin jam 7 pagi')).toMatchObject([{ kind: 'handin', delivered: { pieces: 24 } }]);
  });

  it('"3 jam 30" is still three hours and a half', () => {
    expect(read('ngobras 3 jam 30')).toMatchObject([{ kind: 'hours', minutes: 210 }]);
  });
});

describe('materials bought herself', () => {
  it('"aku beli kain sendiri 45rb" is a cost of 45rb', () => {
    expect(read('aku beli kain sendiri 45rb')).toMatchObject([{ kind: 'cost', amount: { amount: 45000 } }]);
  });

  it('"bahan beli sendiri" beside an order with its rate says whose materials, no cost', () => {
    const e = read('ambil 4 kodi upah 9rb sekodi, bahan beli sendiri');
    expect(e).toMatchObject([{ kind: 'order', materials: false, rate: { amount: 9000 } }]);
    expect(e.some((x) => x.kind === 'cost')).toBe(false);
  });
});

describe('work named by what she did', () => {
  it('"mau bengi masang payet" just after midnight is work of the day before, hours not yet said', () => {
    const e = read('mau bengi masang payet', new Date('2029-07-12T00:40:00+07:00'));
    expect(e).toMatchObject([{ kind: 'hours', day: '2029-07-11' }]);
    expect(e[0] && 'minutes' in e[0] ? e[0].minutes : undefined).toBeUndefined();
  });

  it('"wingi masang kancing 6 jam" is six hours yesterday', () => {
    expect(read('wingi masang kancing 6 jam')).toMatchObject([{ kind: 'hours', minutes: 360, day: '2029-07-10' }]);
  });
});

describe('work left with her, in English', () => {
  it('"she left us another 40 dozen" is an order of 480', () => {
    expect(read('she left us another 40 dozen')).toMatchObject([{ kind: 'order', qty: { pieces: 480 } }]);
  });
});
