// Long messages dictated or typed without a stop, as older women write them: each fact in them found, none taken
// for another. Read with a fixed clock (Friday 12 November 2027, WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-11-12T10:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;

describe('run-on messages', () => {
  it('a hand-in counted in words, then its pay, with no stop between', () => {
    const es = read(
      'mbatil rokok telung ewu batang wis tak setorke dino iki nang juragan darmo ora ono sing rusak dibayar patang puluh loro ewu',
    );
    expect(es.map((e) => e.kind)).toEqual(['handin', 'payment']);
    expect(es[0]).toMatchObject({ delivered: { pieces: 3000 }, rejected: 0, employer: 'juragan darmo' });
    expect(es[1]).toMatchObject({ amount: { amount: 42000 }, employer: 'juragan darmo' });
  });

  it('an order taken, done, handed in whole and paid, in one breath', () => {
    const es = read(
      'tadi pagi ambil bawang merah sepuluh kilo dari pak hadi buat dikupas upahnya tiga ribu sekilo sudah selesai jam dua tadi langsung disetor dibayar tiga puluh ribu',
    );
    expect(es.map((e) => e.kind)).toEqual(['order', 'handin', 'payment']);
    expect(es[0]).toMatchObject({ qty: { count: 10, unit: 'kg' }, rate: { amount: 3000, per: 'kg' } });
    expect(es[1]).toMatchObject({ delivered: { count: 10, unit: 'kg' }, employer: 'pak hadi' });
    expect(es[2]).toMatchObject({ amount: { amount: 30000 } });
  });

  it('the fare of a trip after the figures of an order is a cost of its own', () => {
    const es = read(
      'Tadi ambil kerupuk dari Pak Haji Slamet dua puluh kilo buat dibungkus upahnya dua ribu lima ratus sekilo pulang pergi naik becak habis dua puluh ribu',
    );
    expect(es.map((e) => e.kind)).toEqual(['order', 'cost']);
    expect(es[0]).toMatchObject({ qty: { count: 20, unit: 'kg' }, rate: { amount: 2500 } });
    expect(es[1]).toMatchObject({ amount: { amount: 20000 }, category: 'transport' });
  });

  it('a hand-in said without a pay word stays one hand-in', () => {
    expect(read('setor sandal 3 kodi ke bu yati').map((e) => e.kind)).toEqual(['handin']);
    expect(read('ambil bahan naik ojek 10rb').map((e) => e.kind)).toEqual(['cost']);
  });
});
