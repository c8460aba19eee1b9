import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDay, parseHours } from '../../src/parse/date.ts';

// Thursday 19 November 2026, 03:00 WIB (still the 18th in UTC).
const NOW = new Date('2026-11-18T20:00:00Z');

const PAST: [string, string | null][] = [
  ['hari ini', '2026-11-19'],
  ['Hari Ini', '2026-11-19'],
  ['hr ini', '2026-11-19'],
  ['sekarang', '2026-11-19'],
  ['tadi pagi', '2026-11-19'],
  ['today', '2026-11-19'],
  ['kemarin', '2026-11-18'],
  ['kemaren', '2026-11-18'],
  ['kmrn', '2026-11-18'],
  ['KMRN', '2026-11-18'],
  ['kemarin sore', '2026-11-18'],
  ['yesterday', '2026-11-18'],
  ['kemarin lusa', '2026-11-17'],
  ['besok', '2026-11-20'],
  ['bsk', '2026-11-20'],
  ['lusa', '2026-11-21'],
  ['2 hari lalu', '2026-11-17'],
  ['2 hari yang lalu', '2026-11-17'],
  ['dua hari yg lalu', '2026-11-17'],
  ['3 hari lagi', '2026-11-22'],
  ['seminggu lalu', '2026-11-12'],
  ['2 minggu lalu', '2026-11-05'],
  ['5 days ago', '2026-11-14'],
  ['kamis', '2026-11-19'],
  ['senin', '2026-11-16'],
  ['Senin', '2026-11-16'],
  ['hari senin', '2026-11-16'],
  ['senen', '2026-11-16'],
  ['selasa', '2026-11-17'],
  ['rabu', '2026-11-18'],
  ['jumat', '2026-11-13'],
  ["jum'at", '2026-11-13'],
  ['sabtu', '2026-11-14'],
  ['minggu', '2026-11-15'],
  ['ahad', '2026-11-15'],
  ['hari minggu lalu', '2026-11-15'],
  ['minggu lalu', null],
  ['kamis lalu', '2026-11-12'],
  ['senin kemarin', '2026-11-16'],
  ['senin depan', '2026-11-23'],
  ['kamis depan', '2026-11-26'],
  ['monday', '2026-11-16'],
  ['Friday', '2026-11-13'],
  ['tgl 12', '2026-11-12'],
  ['tgl. 12', '2026-11-12'],
  ['tanggal 12', '2026-11-12'],
  ['tgl 19', '2026-11-19'],
  ['tgl 25', '2026-10-25'],
  ['tgl 31', '2026-10-31'],
  ['tanggal dua belas', '2026-11-12'],
  ['12', '2026-11-12'],
  ['tgl 32', null],
  ['12/11', '2026-11-12'],
  ['12-11', '2026-11-12'],
  ['12.11', '2026-11-12'],
  ['12/11/2026', '2026-11-12'],
  ['12-11-2026', '2026-11-12'],
  ['12/11/26', '2026-11-12'],
  ['1/1', '2026-01-01'],
  ['25/12', '2025-12-25'],
  ['29/2', '2024-02-29'],
  ['31/2', null],
  ['31/11/2026', null],
  ['12/13', null],
  ['12 nov', '2026-11-12'],
  ['12 Nov', '2026-11-12'],
  ['12nov', '2026-11-12'],
  ['12 november', '2026-11-12'],
  ['12 november 2026', '2026-11-12'],
  ['12 nop 2026', '2026-11-12'],
  ['tgl 12 nov', '2026-11-12'],
  ['3 agustus', '2026-08-03'],
  ['3 agt', '2026-08-03'],
  ['17 agustus 1945', '1945-08-17'],
  ['1 mei 2027', '2027-05-01'],
  ['20 des', '2025-12-20'],
  ['november 12', '2026-11-12'],
  ['2026-11-12', '2026-11-12'],
  ['', null],
  ['kapan-kapan', null],
  ['senin selasa', null],
  ['bulan lalu', null],
];

const FUTURE: [string, string | null][] = [
  ['besok', '2026-11-20'],
  ['kamis', '2026-11-19'],
  ['senin', '2026-11-23'],
  ['minggu', '2026-11-22'],
  ['tgl 12', '2026-12-12'],
  ['tgl 19', '2026-11-19'],
  ['tgl 25', '2026-11-25'],
  ['12/11', '2027-11-12'],
  ['25/12', '2026-12-25'],
  ['20 des', '2026-12-20'],
  ['12/11/2026', '2026-11-12'],
];

describe('parseDay', () => {
  it.each(PAST)('%j -> %j', (s, day) => expect(parseDay(s, NOW)).toBe(day));
  it.each(FUTURE)('%j -> %j (due dates look forward)', (s, day) =>
    expect(parseDay(s, NOW, { direction: 'future' })).toBe(day),
  );

  it('uses the WIB day, not the UTC day', () => {
    expect(parseDay('hari ini', new Date('2026-11-18T16:59:59Z'))).toBe('2026-11-18');
    expect(parseDay('hari ini', new Date('2026-11-18T17:00:00Z'))).toBe('2026-11-19');
    expect(parseDay('kemarin', new Date('2027-01-01T17:30:00Z'))).toBe('2027-01-01');
    expect(parseDay('kemarin', new Date('2026-12-31T17:30:00Z'))).toBe('2026-12-31');
  });

  it('crosses months and years', () => {
    const jan1 = new Date('2027-01-01T03:00:00Z');
    expect(parseDay('kemarin', jan1)).toBe('2026-12-31');
    expect(parseDay('tgl 31', jan1)).toBe('2026-12-31');
    expect(parseDay('rabu', jan1)).toBe('2026-12-30');
    expect(parseDay('12/11', jan1)).toBe('2026-11-12');
    expect(parseDay('tgl 30', new Date('2027-03-05T03:00:00Z'))).toBe('2027-01-30');
  });

  it('a weekday is at most six days back, and the right day of the week', () => {
    const names = ['minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.nat(6),
        (now, i) => {
          const day = parseDay(names[i]!, now)!;
          const today = parseDay('hari ini', now)!;
          const diff = (Date.parse(today) - Date.parse(day)) / 86_400_000;
          expect(diff).toBeGreaterThanOrEqual(0);
          expect(diff).toBeLessThanOrEqual(6);
          expect(new Date(`${day}T00:00:00Z`).getUTCDay()).toBe(i);
        },
      ),
    );
  });

  it('reads back d/m/yyyy and "d month yyyy" for every valid date', () => {
    const months = [
      'januari',
      'februari',
      'maret',
      'april',
      'mei',
      'juni',
      'juli',
      'agustus',
      'september',
      'oktober',
      'november',
      'desember',
    ];
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (d) => {
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = d.toISOString().slice(0, 10);
        expect(parseDay(`${dd}/${m}/${y}`, NOW)).toBe(iso);
        expect(parseDay(`${dd} ${months[m - 1]} ${y}`, NOW)).toBe(iso);
        expect(parseDay(`tgl ${String(dd).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`, NOW)).toBe(iso);
      }),
    );
  });

  it('never throws, and returns a YYYY-MM-DD day or null', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme-ascii' }),
          fc.stringMatching(/^[0-9 /.\-a-z]{0,20}$/),
        ),
        fc.date(),
        (s, now) => {
          const d = parseDay(s, now);
          if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        },
      ),
      { numRuns: 2000 },
    );
    expect(parseDay('kemarin', new Date(Number.NaN))).toBeNull();
    for (const s of ['__proto__', 'constructor', 'toString', '12 __proto__', 'hari constructor'])
      expect(parseDay(s, NOW)).toBeNull();
    expect(parseDay('besok', new Date(8.64e15))).toBeNull();
  });
});

describe('parseHours', () => {
  it.each<[string, number | null]>([
    ['5 jam', 5],
    ['5jam', 5],
    ['5 Jam', 5],
    ['5', 5],
    ['5 jm', 5],
    ['5 hours', 5],
    ['2,5 jam', 2.5],
    ['2.5 jam', 2.5],
    ['setengah jam', 0.5],
    ['satu setengah jam', 1.5],
    ['1 jam setengah', 1.5],
    ['sejam', 1],
    ['3 jam 30 menit', 3.5],
    ['3 jam 30', 3.5],
    ['3 jam lebih 15 menit', 3.25],
    ['3j 15m', 3.25],
    ['90 menit', 1.5],
    ['45 mnt', 0.75],
    ['3:30', 3.5],
    ['lima jam', 5],
    ['kerja 6 jam', 6],
    ['30 jam', 30],
    ['-2 jam', -2],
    ['0', 0],
    ['jam 5', null],
    ['5-6 jam', null],
    ['', null],
    ['jam', null],
    ['banyak', null],
    ['30 menit 2 jam', null],
    ['3:75', null],
  ])('%j -> %j', (s, h) => expect(parseHours(s)).toBe(h));

  it('round trips hours and minutes', () => {
    fc.assert(
      fc.property(fc.nat(23), fc.nat(59), (h, m) => {
        const want = Math.round((h + m / 60) * 1e9) / 1e9;
        expect(parseHours(`${h} jam ${m} menit`)).toBeCloseTo(want, 9);
        expect(parseHours(`${h * 60 + m} menit`)).toBeCloseTo(want, 9);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9 ,.:a-z]{0,20}$/)), (s) => {
        const h = parseHours(s);
        if (h !== null) expect(Number.isFinite(h)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
