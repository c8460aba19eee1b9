// Several days said by their dates (src/read/date-list.ts): spans, lists, days left out, the month each date falls
// in, and the numbers that are no dates. Expected dates worked out by hand from the `today` given.
import { describe, expect, it } from 'vitest';
import { datesSaid } from '../../src/read/date-list.ts';

/** Saturday 28 November 2026. */
const TODAY = '2026-11-28';

describe('days by their dates', () => {
  it('a span: "tgl 3 sampai tgl 7", "tgl 3 sampai 7", "tgl 3 - 7" are the 3rd to the 7th', () => {
    const five = ['2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07'];
    expect(datesSaid('tgl 3 sampai tgl 7 kemarin saya jahit tiap hari 4 jam', TODAY)).toEqual(five);
    expect(datesSaid('tgl 3 sampai 7', TODAY)).toEqual(five);
    expect(datesSaid('tgl 3 - 7', TODAY)).toEqual(five);
  });

  it('a span in Javanese: "tanggal 20 nganti 23"', () => {
    expect(datesSaid('tanggal 20 nganti 23 4 jam', TODAY)).toEqual([
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
    ]);
  });

  it('a list: "tgl 9 sama tgl 10", "tgl 3, tgl 5, tgl 7"', () => {
    expect(datesSaid('tgl 9 sama tgl 10 cuma 2 jam', TODAY)).toEqual(['2026-11-09', '2026-11-10']);
    expect(datesSaid('tgl 3, tgl 5, tgl 7', TODAY)).toEqual(['2026-11-03', '2026-11-05', '2026-11-07']);
  });

  it('in English: "from the 2nd to the 6th", "the 2nd and the 4th"', () => {
    expect(datesSaid('from the 2nd to the 6th 5 hours', TODAY)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
    ]);
    expect(datesSaid('the 2nd and the 4th', TODAY)).toEqual(['2026-11-02', '2026-11-04']);
  });
});

describe('days left out', () => {
  it('"16 to 20 august except the 17th", said on 5 September 2027', () => {
    expect(datesSaid('16 to 20 august except the 17th 6 hours', '2027-09-05')).toEqual([
      '2027-08-16',
      '2027-08-18',
      '2027-08-19',
      '2027-08-20',
    ]);
  });

  it('"tgl 20 sampai 23 kecuali tgl 21"; two left out with "sama"', () => {
    expect(datesSaid('tgl 20 sampai 23 kecuali tgl 21', TODAY)).toEqual(['2026-11-20', '2026-11-22', '2026-11-23']);
    expect(datesSaid('tgl 1 sampai tgl 5 kecuali tgl 2 sama tgl 3', TODAY)).toEqual([
      '2026-11-01',
      '2026-11-04',
      '2026-11-05',
    ]);
  });
});

describe('the month each date falls in', () => {
  it('a span across the end of a month: "tgl 28 sampai tgl 3" on 5 December', () => {
    expect(datesSaid('tgl 28 sampai tgl 3', '2026-12-05')).toEqual([
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
    ]);
  });

  it('a span across the end of a year: "tgl 30 sampai tgl 2" on 5 January', () => {
    expect(datesSaid('tgl 30 sampai tgl 2', '2027-01-05')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('dates after today are last month\'s: "tgl 29 sama tgl 30" on 28 November, "tgl 3 sampai tgl 7" on 2 December', () => {
    expect(datesSaid('tgl 29 sama tgl 30', TODAY)).toEqual(['2026-10-29', '2026-10-30']);
    expect(datesSaid('tgl 29 sampai 31', TODAY)).toEqual(['2026-10-29', '2026-10-30', '2026-10-31']);
    expect(datesSaid('tgl 3 sampai tgl 7 kemarin saya jahit tiap hari 4 jam', '2026-12-02')).toEqual([
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
    ]);
  });

  it('a month named that has not come yet this year is last year\'s: "16 to 20 august" on 10 August 2027', () => {
    expect(datesSaid('16 to 20 august', '2027-08-10')).toEqual([
      '2026-08-16',
      '2026-08-17',
      '2026-08-18',
      '2026-08-19',
      '2026-08-20',
    ]);
  });
});

describe('no list of dates', () => {
  it('hours and counts are no dates: "4 jam sama 3 jam", "setor 3 kodi sama 2 kodi", "2 sampai 5"', () => {
    expect(datesSaid('kerja 4 jam sama 3 jam', TODAY)).toBeNull();
    expect(datesSaid('4 jam sama 3 kodi', TODAY)).toBeNull();
    expect(datesSaid('setor 3 kodi sama 2 kodi', TODAY)).toBeNull();
    // Without a date word or a month, two numbers joined are no dates.
    expect(datesSaid('2 sampai 5', TODAY)).toBeNull();
  });

  it('the hours after a span are not its end: "tgl 2 sampai 5 jam" is one date, so null', () => {
    expect(datesSaid('tgl 2 sampai 5 jam', TODAY)).toBeNull();
  });

  it('a count after a span is left out of it: "tgl 3 sampai 5 kerja 3 kodi" is the 3rd to the 5th', () => {
    expect(datesSaid('tgl 3 sampai 5 kerja 3 kodi', TODAY)).toEqual(['2026-11-03', '2026-11-04', '2026-11-05']);
  });

  it('a single date is null: "tgl 3", "tgl 5 kerja 4 jam", "tanggal 5 setor 3 kodi", "tgl 3 sampai tgl 3"', () => {
    expect(datesSaid('tgl 3', TODAY)).toBeNull();
    expect(datesSaid('tgl 5 kerja 4 jam', TODAY)).toBeNull();
    expect(datesSaid('tgl 3 4 jam', TODAY)).toBeNull();
    expect(datesSaid('tanggal 5 setor 3 kodi', TODAY)).toBeNull();
    expect(datesSaid('tgl 3 sampai tgl 3', TODAY)).toBeNull();
  });
});
