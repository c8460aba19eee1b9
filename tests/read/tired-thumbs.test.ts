// What the reader makes of letters that tired thumbs leave out or hit beside: a word of a day with a vowel
// missing ("kpungkur", "tuesdy", "yestrday", "sbt"), "gk" for "gak" in "gk ada yg bantu", a unit after a figure
// with one key beside the right one ("2jsm", "3 kosi"). Read with a fixed clock (Thursday 14 October 2027, 19:00 WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-10-14T19:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries as unknown as Record<string, unknown>[];

describe('a word of a day with a vowel left out', () => {
  it('"telung dino kpungkur" is three days ago, and the word names no goods', () => {
    const [e] = read('telung dino kpungkur nyetor kaos nang bu sri 3 kodi');
    expect(e).toMatchObject({ kind: 'handin', day: '2027-10-11', product: 'kaos' });
  });

  it('"wednesdy", "yestrday" in English are the weekday and yesterday', () => {
    expect(read('wednesdy sewed 4 hrs')[0]).toMatchObject({ kind: 'hours', minutes: 240, day: '2027-10-13' });
    expect(read('yestrday glued 3 hrs')[0]).toMatchObject({ kind: 'hours', minutes: 180, day: '2027-10-13' });
  });

  it('"sbt" (sabtu without vowels) before "wingi" is last Saturday, not yesterday', () => {
    expect(read('sbt wingi bu sri mbayar kaos 75rb')[0]).toMatchObject({ kind: 'payment', day: '2027-10-09' });
  });
});

describe('"gk" for "gak"', () => {
  it('"gk ada yg bantu" after the hours is nobody helping, not goods called "bantu"', () => {
    const [e] = read('kamis 6 jam gk ada yg bantu');
    expect(e).toMatchObject({ kind: 'hours', minutes: 360, helpers: 0 });
    expect(e?.product).toBeUndefined();
  });
});

describe('a unit after a figure with one key beside the right one', () => {
  it('"2jsm" in a list of days is two hours, the day kept', () => {
    expect(read('sen 5jam, sel 2jsm, rab 3jam').map((e) => [e.day, e.minutes])).toEqual([
      ['2027-10-11', 300],
      ['2027-10-12', 120],
      ['2027-10-13', 180],
    ]);
  });

  it('"4 kosi" after a hand-in verb is four kodi', () => {
    expect(read('stor 4 kosi ke bu sri')[0]).toMatchObject({
      kind: 'handin',
      delivered: { count: 4, unit: 'kodi', pieces: 80 },
    });
  });
});

describe('catching up said as it is spoken', () => {
  it('the end of a span in words may leave out "jam": "jam tujuh sampai setengah sepuluh"', () => {
    expect(read('tadi malam jahit dari jam tujuh sampai setengah sepuluh')[0]).toMatchObject({
      kind: 'hours',
      minutes: 150,
    });
    expect(read('lembur dari jam tujuh sampai sepuluh')[0]).toMatchObject({ kind: 'hours', minutes: 180 });
  });

  it('"sampai dua kodi" after a clock time is a count of goods, no span', () => {
    expect(read('dari jam 8 sampai dua kodi').some((e) => e.kind === 'hours' && e.minutes === 360)).toBe(false);
  });

  it('a near day and days back, then "each day", are one row a day', () => {
    expect(read('kemarin dan 3 hari lalu ngelem masing2 4 jam').map((e) => [e.day, e.minutes])).toEqual([
      ['2027-10-11', 240],
      ['2027-10-13', 240],
    ]);
    expect(read('wingi lan telung dino kepungkur mbatik saben dino 6 jam').map((e) => [e.day, e.minutes])).toEqual([
      ['2027-10-11', 360],
      ['2027-10-13', 360],
    ]);
  });

  it('a school year after a comma is of the one who helped', () => {
    expect(read('rabu 5 jam dibantu ponakan, udah SMA')[0]).toMatchObject({ helpers: 1, child: false });
    expect(read('rabu 5 jam dibantu ponakan, masih SD')[0]).toMatchObject({ helpers: 1, child: true });
  });

  it('"dikirim pak X bahan ..." is work received from him, "bahan" no part of his name', () => {
    const [e] = read('tadi pagi dikirim pak joko bahan sarung tangan tiga kodi upahnya dua ribu satu kodi');
    expect(e).toMatchObject({ kind: 'order', employer: 'pak joko', qty: { pieces: 60 } });
  });
});
