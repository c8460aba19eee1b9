import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../../src/parse/money.ts';
import {
  findQuantity,
  findRate,
  parseQuantity,
  parseRate,
  ratePerPieceRupiah,
  UNITS,
  type UnitCode,
  unitOf,
} from '../../src/parse/units.ts';

describe('UNITS', () => {
  it('has the pieces per unit from the domain notes', () => {
    const pieces = Object.fromEntries(UNITS.map((u) => [u.code, u.pieces]));
    expect(pieces).toMatchObject({ pcs: 1, pasang: 1, kodi: 20, lusin: 12, gros: 144, rim: 500 });
  });
  it('never gives one word to two units', () => {
    const seen = new Map<string, UnitCode>();
    for (const u of UNITS)
      for (const w of [...u.id, ...u.en]) {
        if (seen.has(w)) expect(seen.get(w)).toBe(u.code);
        seen.set(w, u.code);
      }
  });
});

const QUANTITIES: [string, number, UnitCode, number][] = [
  ['3 kodi', 3, 'kodi', 60],
  ['3kodi', 3, 'kodi', 60],
  ['3 KODI', 3, 'kodi', 60],
  ['tiga kodi', 3, 'kodi', 60],
  ['sekodi', 1, 'kodi', 20],
  ['se kodi', 1, 'kodi', 20],
  ['satu kodi', 1, 'kodi', 20],
  ['2 kodian', 2, 'kodi', 40],
  ['setengah kodi', 0.5, 'kodi', 10],
  ['58', 58, 'pcs', 58],
  ['58 pcs', 58, 'pcs', 58],
  ['58 biji', 58, 'pcs', 58],
  ['58 buah', 58, 'pcs', 58],
  ['58 potong', 58, 'pcs', 58],
  ['lima puluh delapan', 58, 'pcs', 58],
  ['58 pasang', 58, 'pasang', 58],
  ['sepasang', 1, 'pasang', 1],
  ['2 lusin', 2, 'lusin', 24],
  ['2 lsn', 2, 'lusin', 24],
  ['2lsn', 2, 'lusin', 24],
  ['selusin', 1, 'lusin', 12],
  ['1,5 lusin', 1.5, 'lusin', 18],
  ['1 gros', 1, 'gros', 144],
  ['2 rim', 2, 'rim', 1000],
  ['1,5 kg', 1.5, 'kg', 1.5],
  ['2 kilo', 2, 'kg', 2],
  ['3 pak', 3, 'pak', 3],
  ['4 ikat', 4, 'ikat', 4],
  ['10 dozen', 10, 'lusin', 120],
  ['1.000 pcs', 1000, 'pcs', 1000],
  ['  3   kodi. ', 3, 'kodi', 60],
  ['0', 0, 'pcs', 0],
  ['-3 kodi', -3, 'kodi', -60],
];

describe('parseQuantity', () => {
  it.each(QUANTITIES)('%j -> %j %s = %j pieces', (s, count, unit, pieces) => {
    expect(parseQuantity(s)).toEqual({ count, unit, pieces });
  });
  it.each(['', 'kodi', 'kodian', 'sandal', '3 sandal', 'kodi 3', '3 kodi 2 lusin'])('%j is not a quantity', (s) =>
    expect(parseQuantity(s)).toBeNull(),
  );
  it('reads back "<n> <unit>" for every unit word', () => {
    for (const u of UNITS)
      for (const w of u.id) {
        fc.assert(
          fc.property(fc.integer({ min: 1, max: 100_000 }), fc.boolean(), (n, glued) => {
            expect(parseQuantity(`${n}${glued ? '' : ' '}${w}`)).toEqual({
              count: n,
              unit: u.code,
              pieces: n * u.pieces,
            });
          }),
          { numRuns: 20 },
        );
      }
  });
});

const RATES: [string, number, UnitCode, number, number][] = [
  // input, rupiah, per, count, perPiece
  ['2rb/pasang', 2000, 'pasang', 1, 2000],
  ['2rb / pasang', 2000, 'pasang', 1, 2000],
  ['2 rb per pasang', 2000, 'pasang', 1, 2000],
  ['2rb sepasang', 2000, 'pasang', 1, 2000],
  ['4rb sekodi', 4000, 'kodi', 1, 200],
  ['4 ribu sekodi', 4000, 'kodi', 1, 200],
  ['4rb se kodi', 4000, 'kodi', 1, 200],
  ['4rb satu kodi', 4000, 'kodi', 1, 200],
  ['4rb/kodi', 4000, 'kodi', 1, 200],
  ['4rb kodi', 4000, 'kodi', 1, 200],
  ['4000 per kodi', 4000, 'kodi', 1, 200],
  ['4.000/kodi', 4000, 'kodi', 1, 200],
  ['Rp4.000,- tiap kodi', 4000, 'kodi', 1, 200],
  ['sekodi 4rb', 4000, 'kodi', 1, 200],
  ['per kodi 4rb', 4000, 'kodi', 1, 200],
  ['per kodi Rp 4.000', 4000, 'kodi', 1, 200],
  ['Rp 200 per biji', 200, 'pcs', 1, 200],
  ['Rp200/biji', 200, 'pcs', 1, 200],
  ['200 perbiji', 200, 'pcs', 1, 200],
  ['250/pcs', 250, 'pcs', 1, 250],
  ['@250', 250, 'pcs', 1, 250],
  ['@ Rp250', 250, 'pcs', 1, 250],
  ['@2rb/pasang', 2000, 'pasang', 1, 2000],
  ['500 sebuah', 500, 'pcs', 1, 500],
  ['6rb/lusin', 6000, 'lusin', 1, 500],
  ['6rb selusin', 6000, 'lusin', 1, 500],
  ['10rb per 3 pasang', 10000, 'pasang', 3, 10000 / 3],
  ['8rb / 2 kodi', 8000, 'kodi', 2, 200],
  ['gopek sebiji', 500, 'pcs', 1, 500],
  ['15rb/kg', 15000, 'kg', 1, 15000],
  ['Rp 144.000 per gros', 144000, 'gros', 1, 1000],
];

describe('parseRate', () => {
  it.each(RATES)('%j -> %j per %s', (s, rupiah, per, count, perPiece) => {
    const r = parseRate(s);
    expect(r).toMatchObject({ rupiah, per, count });
    expect(r!.perPiece).toBeCloseTo(perPiece, 9);
  });
  it.each(['', '2rb', '3 kodi', 'per kodi', 'kodi', '2rb/sandal', 'Rp 4000 / 0 kodi'])('%j is not a rate', (s) =>
    expect(parseRate(s)).toBeNull(),
  );
  it('marks a bare price as not explicit', () => {
    expect(parseRate('4000 per kodi')?.explicit).toBe(false);
    expect(parseRate('4rb per kodi')?.explicit).toBe(true);
  });
  it('stores per piece rounded half up', () => {
    expect(ratePerPieceRupiah(parseRate('5rb/lusin')!)).toBe(417);
    expect(ratePerPieceRupiah(parseRate('4rb sekodi')!)).toBe(200);
    expect(ratePerPieceRupiah(parseRate('5 per kodi')!)).toBe(0);
    expect(ratePerPieceRupiah(parseRate('10 per kodi')!)).toBe(1);
    expect(ratePerPieceRupiah({ perPiece: 2.5 })).toBe(3);
  });
  it('round trips a rupiah rate per unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom<UnitCode>('pcs', 'pasang', 'kodi', 'lusin', 'gros', 'kg'),
        fc.constantFrom('/', ' per ', ' tiap '),
        (n, code, sep) => {
          const u = unitOf(code);
          const r = parseRate(`${formatRupiah(n)}${sep}${u.id[0]}`);
          expect(r).toMatchObject({ rupiah: n, per: code, count: 1, explicit: true });
          expect(r!.perPiece).toBeCloseTo(n / u.pieces, 6);
        },
      ),
    );
  });
});

describe('finding quantities and rates in a quick entry', () => {
  const text = 'order 3 kodi sandal 2rb/pasang dari Bu Yati';
  it('finds the quantity and the rate', () => {
    const q = findQuantity(text)!;
    expect(q).toMatchObject({ count: 3, unit: 'kodi', pieces: 60 });
    expect(text.slice(q.start, q.end)).toBe('3 kodi');
    const r = findRate(text)!;
    expect(r).toMatchObject({ rupiah: 2000, per: 'pasang', perPiece: 2000 });
    expect(text.slice(r.start, r.end)).toBe('2rb/pasang');
  });
  it.each<[string, string, number]>([
    ['order selusin topi @5rb', '@5rb', 5000],
    ['jahit 2 lusin 6rb per lusin', '6rb per lusin', 6000],
    ['peci Rp4.000 sekodi', 'Rp4.000 sekodi', 4000],
  ])('%j has rate %j', (t, found, rupiah) => {
    const r = findRate(t)!;
    expect(r.rupiah).toBe(rupiah);
    expect(t.slice(r.start, r.end)).toBe(found);
  });
  it('does not take a quantity for a rate', () => expect(findRate('order 3 kodi sandal')).toBeNull());
  it('does not take money for a quantity', () => expect(findQuantity('dibayar 116rb')).toBeNull());
});

describe('robustness', () => {
  it('never throws', () => {
    const unitish = fc.stringMatching(/^[@/ 0-9.,rbkodilusinpasgetjh]{0,25}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' }), unitish), (s) => {
        const q = parseQuantity(s);
        if (q) expect(Number.isFinite(q.pieces)).toBe(true);
        const r = parseRate(s);
        if (r) expect(Number.isFinite(r.perPiece)).toBe(true);
        findQuantity(s);
        findRate(s);
      }),
      { numRuns: 2000 },
    );
  });
});
