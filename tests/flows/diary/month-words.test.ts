// The words that ask for REKAP of a month, a statement of a month and an order
// note again: Indonesian, Javanese and English, without a database.
import { describe, expect, it } from 'vitest';
import { quickNote } from '../../../src/flows/diary/note.ts';
import { monthWord, quickRekap, resolveMonth } from '../../../src/flows/diary/rekap.ts';

describe('the words, without a database', () => {
  it.each([
    ['rekap oktober', { month: { m: 10, y: null } }],
    ['rekap okt', { month: { m: 10, y: null } }],
    ['rekap september 2026', { month: { m: 9, y: 2026 } }],
    ['rekap october', { month: { m: 10, y: null } }],
    ['rekap bulan lalu', { period: 'lastMonth' }],
    ['rekap sasi wingi', { period: 'lastMonth' }],
    ['rekap sasi iki', { period: 'thisMonth' }],
    ['summary last month', { period: 'lastMonth' }],
    ['laporan oktober', { month: { m: 10, y: null } }],
    ['rekap 10/2025', { month: { m: 10, y: 2025 } }],
    ['slip bulan lalu', { statement: true, month: { rel: -1 } }],
    ['slip bu umi oktober', { statement: true, name: 'bu umi', month: { m: 10, y: null }, whole: 'bu umi oktober' }],
    [
      'laporan bulanan bu umi okt 2026',
      { statement: true, name: 'bu umi', month: { m: 10, y: 2026 }, whole: 'bu umi okt 2026' },
    ],
    // "Bu Mei" is a name, not May.
    ['slip bu mei', { statement: true, name: 'bu mei' }],
  ])('%s', (text, expected) => {
    expect(quickRekap(text)).toEqual(expected);
  });

  it('a month without a year is the latest such month up to this one', () => {
    expect(resolveMonth(monthWord('oktober')!, '2026-12-10')).toBe('2026-10');
    expect(resolveMonth(monthWord('desember')!, '2026-12-10')).toBe('2026-12');
    expect(resolveMonth(monthWord('desember')!, '2027-01-05')).toBe('2026-12');
    expect(resolveMonth(monthWord('bulan lalu')!, '2027-01-05')).toBe('2026-12');
    expect(resolveMonth(monthWord('bulan depan')!, '2026-12-10')).toBe('2027-01');
    expect(resolveMonth(monthWord("okt '25")!, '2026-12-10')).toBe('2025-10');
    for (const text of ['', 'bu yati', 'minggu lalu', '13/2026', 'bulan 13', 'okto ber'])
      expect(monthWord(text), text).toBeNull();
  });

  it('the order note asked for in Indonesian and English, with or without a name', () => {
    expect(quickNote('catatan order pak hadi')).toEqual({ name: 'pak hadi' });
    expect(quickNote('catatan order')).toEqual({});
    expect(quickNote('nota bu yati')).toEqual({ name: 'bu yati' });
    expect(quickNote('nota dari bu yati')).toEqual({ name: 'bu yati' });
    expect(quickNote('order note')).toEqual({});
    expect(quickNote('order note for bu yati')).toEqual({ name: 'bu yati' });
    for (const text of ['catatan', 'order 3 kodi sandal', 'notaris', 'ubah catatan'])
      expect(quickNote(text), text).toBeNull();
  });
});
