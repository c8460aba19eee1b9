import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMoney, formatRupiah, parseMoney } from '../../src/parse/money.ts';
import { formatNumber, parseNumber, spellNumber } from '../../src/parse/number.ts';

describe('parseNumber', () => {
  it.each<[string, number | null]>([
    ['0', 0],
    ['58', 58],
    ['1.500', 1500],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['0,500', 0.5],
    ['50,000', 50000],
    ['2.446.880,68', 2446880.68],
    ['2,446,880.68', 2446880.68],
    ['12.500.000', 12500000],
    ['1.50.000', null],
    ['1,000.000,5', null],
    ['seribu', 1000],
    ['sejuta', 1_000_000],
    ['nol', 0],
    ['sebelas', 11],
    ['dua belas', 12],
    ['sepuluh', 10],
    ['lima puluh', 50],
    ['dua puluh lima', 25],
    ['seratus', 100],
    ['dua ratus lima puluh', 250],
    ['Dua  Ratus   Lima Puluh', 250],
    ['duaratus limapuluh', 250],
    ['tiga belas ribu', 13000],
    ['dua ribu lima ratus', 2500],
    ['sejuta lima ratus ribu', 1_500_000],
    // Said after "sejuta", or in Javanese, hundreds without "ribu" are thousands, as people say it.
    ['sejuta rongatus', 1_200_000],
    ['sejuta dua ratus', 1_200_000],
    ['satu juta dua ratus', 1_000_200],
    ['setengah', 0.5],
    ['satu setengah', 1.5],
    ['dua setengah', 2.5],
    ['seperempat', 0.25],
    ['satu koma lima', 1.5],
    ['2 ratus', 200],
    ['-5', -5],
    ['minus tiga', -3],
    ['lima puluh dua ratus', null],
    ['dua tiga', null],
    ['50 ribu 2', null],
    ['ribu', null],
    ['', null],
    ['abc', null],
    ['lama', null],
    ['5-6', null],
  ])('%j -> %j', (s, v) => expect(parseNumber(s)).toBe(v));

  it('spells integers in words that read back', () => {
    expect(spellNumber(250_000)).toBe('dua ratus lima puluh ribu');
    expect(spellNumber(1_000)).toBe('seribu');
    expect(spellNumber(1_001_011)).toBe('satu juta seribu sebelas');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (n) => {
        expect(parseNumber(spellNumber(n))).toBe(n);
      }),
    );
  });

  it('formats numbers the Indonesian way', () => {
    expect(formatNumber(1500)).toBe('1.500');
    expect(formatNumber(2.5)).toBe('2,5');
    expect(formatNumber(1 / 3)).toBe('0,33');
    expect(formatNumber(-1234.5)).toBe('-1.234,5');
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (i, c) => {
        const x = i + Math.sign(i || 1) * (c / 100);
        expect(parseNumber(formatNumber(x))).toBeCloseTo(x, 2);
      }),
    );
  });
});

// [input, rupiah, explicit]; null when it is not an amount.
const MONEY: [string, number, boolean][] = [
  ['50rb', 50000, true],
  ['50 rb', 50000, true],
  ['50 ribu', 50000, true],
  ['50k', 50000, true],
  ['50K', 50000, true],
  ['Rp50.000', 50000, true],
  ['Rp 50.000', 50000, true],
  ['Rp 50.000,-', 50000, true],
  ['Rp50.000,-', 50000, true],
  ['Rp 50.000,00', 50000, true],
  ['Rp. 50.000', 50000, true],
  ['rp.50.000', 50000, true],
  ['RP 50.000', 50000, true],
  ['Rp 50rb', 50000, true],
  ['50.000', 50000, true],
  ['50.000.-', 50000, true],
  ['50.000,-', 50000, true],
  ['1,5jt', 1_500_000, true],
  ['1.5 juta', 1_500_000, true],
  ['1,5 juta', 1_500_000, true],
  ['2 jt', 2_000_000, true],
  ['2jt', 2_000_000, true],
  ['1,250 juta', 1_250_000, true],
  ['Rp1.500.000', 1_500_000, true],
  ['Rp2.446.880,68', 2_446_881, true],
  ['Rp 2,5', 3, true],
  ['seribu', 1000, true],
  ['sejuta', 1_000_000, true],
  ['lima puluh ribu', 50000, true],
  ['limapuluh ribu', 50000, true],
  ['dua puluh ribu', 20000, true],
  ['seratus ribu', 100000, true],
  ['dua setengah juta', 2_500_000, true],
  ['satu setengah juta', 1_500_000, true],
  ['setengah juta', 500_000, true],
  ['lima ratus', 500, false],
  ['gopek', 500, true],
  ['Gopek', 500, true],
  ['seceng', 1000, true],
  ['ceceng', 1000, true],
  ['goceng', 5000, true],
  ['ceban', 10000, true],
  ['goban', 50000, true],
  ['cepek ceng', 100000, true],
  ['cepekceng', 100000, true],
  ['cetiao', 1_000_000, true],
  ['gocap', 50, true],
  ['50', 50, false],
  ['500', 500, false],
  ['lima puluh', 50, false],
  ['50 Rb', 50000, true],
  ['50RB', 50000, true],
  ['  50   rb  ', 50000, true],
  ['50rbu', 50000, true],
  ['50 rebu', 50000, true],
  ['50ribuan', 50000, true],
  ['50rb-an', 50000, true],
  ['50 ribu rupiah', 50000, true],
  ['50rb perak', 50000, true],
  ['IDR 50000', 50000, true],
  ['Rp 50000', 50000, true],
  ['Rp50000', 50000, true],
  ['116rb', 116000, true],
  ['116.000', 116000, true],
  ['20rb.', 20000, true],
  ['0', 0, false],
  ['Rp0', 0, true],
  ['-50rb', -50000, true],
  ['Rp -50.000', -50000, true],
  ['-Rp50.000', -50000, true],
  ['5 juta', 5_000_000, true],
  ['１２ rb', 12000, true],
];

describe('parseMoney', () => {
  it.each(MONEY)('%j -> %j (explicit %j)', (s, rupiah, explicit) => {
    expect(parseMoney(s)).toEqual({ rupiah, explicit });
  });

  it.each([
    '',
    'Rp',
    'rb',
    'ribu',
    'juta',
    'abc',
    'lima puluh dua ratus',
    '50rb 60rb',
    '50-60rb',
    '2 x 50rb',
    '1.50.000',
  ])('%j is not an amount', (s) => expect(parseMoney(s)).toBeNull());

  it('gives null beyond safe integers rather than a wrong amount', () => {
    expect(parseMoney('99999999999 triliun')).toBeNull();
  });
});

describe('findMoney', () => {
  it.each<[string, number, boolean, string]>([
    ['dibayar 116rb kemarin', 116000, true, '116rb'],
    ['setor 58 dibayar 116rb', 116000, true, '116rb'],
    ['Harga Rp 50.000,- per kodi.', 50000, true, 'Rp 50.000,-'],
    ['dapat 1,5jt bulan ini', 1_500_000, true, '1,5jt'],
    ['biaya listrik 20rb', 20000, true, '20rb'],
    ['bayar lima puluh ribu', 50000, true, 'lima puluh ribu'],
    ['order 3 kodi sandal 2rb/pasang dari Bu Yati', 2000, true, '2rb'],
    ['kasbon goceng', 5000, true, 'goceng'],
    ['dibayar 50', 50, false, '50'],
    ['dibayar Rp50.000.', 50000, true, 'Rp50.000'],
  ])('%j -> %j', (text, rupiah, explicit, found) => {
    const m = findMoney(text);
    expect(m).toMatchObject({ rupiah, explicit });
    expect(text.slice(m!.start, m!.end)).toBe(found);
  });

  it.each(['', 'dibayar kemarin', 'belum dibayar', 'rb'])('%j has no amount', (t) => expect(findMoney(t)).toBeNull());
});

describe('formatRupiah', () => {
  it.each<[number, string]>([
    [0, 'Rp0'],
    [5, 'Rp5'],
    [500, 'Rp500'],
    [50000, 'Rp50.000'],
    [1234567, 'Rp1.234.567'],
    [-2500, '-Rp2.500'],
    [2.5, 'Rp3'],
    [Number.NaN, 'Rp-'],
  ])('%j -> %j', (n, s) => expect(formatRupiah(n)).toBe(s));
});

// Every way an Indonesian writes an integer amount reads back as the same amount.
const ways = (n: number): [string, boolean][] => {
  const dots = formatRupiah(n).slice(2);
  const out: [string, boolean][] = [
    [formatRupiah(n), true],
    [`Rp ${dots}`, true],
    [`Rp ${dots},-`, true],
    [`Rp${dots},00`, true],
    [`rp.${dots}`, true],
    [`${dots} rupiah`, true],
    [String(n), false],
    [dots, n >= 1000],
  ];
  if (n > 0 && n % 1000 === 0) {
    const k = n / 1000;
    const kd = formatNumber(k, 0);
    // From "10.000rb" up, thousands written out and said again are read as thousands ("25.000 rb" is Rp25.000).
    if (k < 10_000) out.push([`${kd}rb`, true], [`${kd} ribu`, true], [`Rp ${kd}rb`, true], [`${kd}RB`, true]);
    out.push([`${k}k`, true]);
  }
  if (n >= 1_000_000 && n < 1e9 && n % 1000 === 0) {
    const jt = n / 1e6;
    out.push([`${formatNumber(jt, 3)}jt`, true], [`${formatNumber(jt, 3)} juta`, true]);
  }
  if (n > 0) out.push([spellNumber(n), n >= 1000]);
  return out;
};

describe('money round trips and robustness', () => {
  it('reads back every Indonesian way of writing an integer amount', () => {
    const amounts = fc.oneof(
      fc.integer({ min: 0, max: 10_000_000_000 }),
      fc.integer({ min: 1, max: 100_000 }).map((k) => k * 1000),
      fc.integer({ min: 1, max: 9_999 }).map((k) => k * 100_000),
    );
    fc.assert(
      fc.property(amounts, (n) => {
        for (const [s, explicit] of ways(n)) expect(parseMoney(s), s).toEqual({ rupiah: n, explicit });
      }),
      { numRuns: 300 },
    );
  });

  it('finds a written amount inside a sentence at the right place', () => {
    const words = fc.constantFrom('dibayar', 'kemarin', 'Bu Yati', 'untuk', 'sandal', 'sudah', 'ya');
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 3 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.array(words, { maxLength: 3 }),
        (before, n, after) => {
          const amount = formatRupiah(n);
          const pre = before.length ? `${before.join(' ')} ` : '';
          const text = `${pre}${amount}${after.length ? ` ${after.join(' ')}` : ''}`;
          expect(findMoney(text)).toEqual({
            rupiah: n,
            explicit: true,
            start: pre.length,
            end: pre.length + amount.length,
          });
        },
      ),
    );
  });

  it('never throws, and returns integers or null', () => {
    const moneyish = fc.stringMatching(/^[-+ rpRpbkjtuia.,0-9ribujutasetngahlmp]{0,30}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' }), moneyish), (s) => {
        const m = parseMoney(s);
        if (m) expect(Number.isSafeInteger(m.rupiah)).toBe(true);
        const f = findMoney(s);
        if (f) {
          expect(Number.isSafeInteger(f.rupiah)).toBe(true);
          expect(f.start).toBeLessThan(f.end);
        }
        parseNumber(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays fast on long hostile input', () => {
    const long = `${'1.'.repeat(400)} ${'limapuluh'.repeat(50)} ${'rb '.repeat(200)}`;
    const t = performance.now();
    parseMoney(long);
    findMoney(long);
    findMoney('x '.repeat(500));
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
