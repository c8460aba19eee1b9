// Several facts in one message, read the way she means them: parts of a day with their own help, a prayer time as a
// part of the day, weekdays joined by a dash, "each day" said once for the message, how many places she went to,
// a name with "not yet" and the day after it, a holiday said as when, and money lent to her.
// Read with a fixed clock (WIB): Thursday 7 June 2029.
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const THU_7_JUNE = new Date('2029-06-07T19:00:00+07:00');
const read = (text: string) => readMessage(text, THU_7_JUNE).entries;

describe('parts of one day', () => {
  it('"pagi ... 2 jam sendiri, malam 4 jam dibantu suami": each part with its own help is a row of its own', () => {
    const es = read('pagi ngelem sandal 2 jam sendiri, malam 4 jam dibantu suami');
    expect(es).toMatchObject([
      { kind: 'hours', minutes: 120, helpers: 0 },
      { kind: 'hours', minutes: 240, helpers: 1, child: false },
    ]);
    expect(es).toHaveLength(2);
  });

  it('"isuk 4 jam, bengi 1 jam karo anakku": the later part with help keeps its own hours (none lost)', () => {
    const es = read('isuk 4 jam, bengi 1 jam karo anakku');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'hours', minutes: 300, helpers: 1 });
  });

  it('"siang njahit 2 jam, habis maghrib 3 jam lagi": a prayer time is a part of the same day', () => {
    const es = read('siang njahit 2 jam, habis maghrib 3 jam lagi. dewe wae');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'hours', minutes: 300, helpers: 0 });
  });
});

describe('days listed', () => {
  it('"selasa - kamis 4 jam tiap hari": the days from one to the other', () => {
    const es = read('selasa - kamis 4 jam tiap hari');
    expect(es.map((e) => [e.day, e.kind === 'hours' && e.minutes])).toEqual([
      ['2029-06-05', 240],
      ['2029-06-06', 240],
      ['2029-06-07', 240],
    ]);
  });

  it('"senin-rabu": no goods made of the two weekdays', () => {
    const es = read('senin-rabu nyulam 3 jam saben dino');
    expect(es).toHaveLength(3);
    for (const e of es) expect(e).not.toMatchObject({ product: expect.stringContaining('senin') });
  });

  it('"each day" said once holds for the next days listed: "senin 3 jam tiap hari..., rabu sama kamis 5 jam"', () => {
    const es = read('senin sampai selasa 3 jam tiap hari, rabu sama kamis 5 jam');
    expect(es.map((e) => [e.day, e.kind === 'hours' && e.minutes])).toEqual([
      ['2029-06-04', 180],
      ['2029-06-05', 180],
      ['2029-06-06', 300],
      ['2029-06-07', 300],
    ]);
  });

  it('a total over the next days is no "each day": "rabu sama kamis total 9 jam" stays one figure', () => {
    const es = read('senin 3 jam tiap hari, rabu sama kamis total 9 jam');
    const later = es.filter((e) => e.kind === 'hours' && e.day !== '2029-06-04');
    expect(later.reduce((n, e) => n + (e.kind === 'hours' ? (e.minutes ?? 0) : 0), 0)).toBe(540);
  });
});

describe('what is no count of goods, no day of the entry', () => {
  it('"setor ke 3 tempat: ..." is how many places; each hand-in keeps its own count', () => {
    const es = read('hari ini setor ke 3 tempat: keset 25 ke bu sri, sapu 12 ke pak darno, peci 2 kodi ke bu ani');
    expect(es).toMatchObject([
      { kind: 'handin', employer: 'bu sri', delivered: { pieces: 25 } },
      { kind: 'handin', employer: 'pak darno', delivered: { pieces: 12 } },
      { kind: 'handin', employer: 'bu ani', delivered: { pieces: 40 } },
    ]);
    expect(es).toHaveLength(3);
  });

  it('"pak darno wis mbayar 90 ewu, bu sri durung, jarene sesuk": the pay is today, not tomorrow', () => {
    const es = read('pak darno wis mbayar 90 ewu, bu sri durung, jarene sesuk');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', employer: 'pak darno', amount: { amount: 90000 } });
    expect(es[0]!.day ?? '2029-06-07').toBe('2029-06-07');
  });

  it('"bu sri paid me 60k, pak darno not yet, he said monday": the pay is today', () => {
    const es = read('bu sri paid me 60k, pak darno not yet, he said monday');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', employer: 'bu sri', amount: { amount: 60000 } });
    expect(es[0]!.day ?? '2029-06-07').toBe('2029-06-07');
  });

  it('"setor 30 ke bu ani, blm dibayar, kemarin sore": a day past after a denial still dates the hand-in', () => {
    const es = read('setor 30 ke bu ani, blm dibayar, kemarin sore');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'handin', delivered: { pieces: 30 }, day: '2029-06-06' });
  });

  it('"habis lebaran td dapet jahitan mukena ...": the holiday is when, not the goods', () => {
    const es = read('habis lebaran td dapet jahitan mukena 30 biji 6rb sebiji');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'order', qty: { pieces: 30 }, rate: { amount: 6000 } });
    expect((es[0] as { product?: string }).product).toContain('mukena');
    expect((es[0] as { product?: string }).product).not.toContain('lebaran');
  });
});

describe('money lent to her', () => {
  it('"dipinjamin uang 200rb buat bayar sekolah": an advance, not a cost', () => {
    const es = read('td dipinjamin uang 200rb sama bu sri buat bayar sekolah, nanti dipotong upah');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'kasbon', amount: { amount: 200000 } });
  });
});

describe('said in English words, voice-typed', () => {
  it('"from eight in the morning until twelve and again from two to four in the afternoon": six hours', () => {
    const es = read('today i sewed from eight in the morning until twelve and again from two to four in the afternoon');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'hours', minutes: 360 });
  });

  it('"from 6 in the morning till 2 in the afternoon": eight hours', () => {
    const es = read('worked from 6 in the morning till 2 in the afternoon');
    expect(es[0]).toMatchObject({ kind: 'hours', minutes: 480 });
  });

  it('"bu sri gave me 40 more sarongs": work given, not a pay', () => {
    const es = read('bu sri gave me 40 more sarongs, rate not told yet');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'order', qty: { pieces: 40 } });
  });

  it('"a new brush 15k", "kuas 8rb": tools she buys for the work', () => {
    const es = read('bought a new brush 15k for the sapu, terus kuas 8rb');
    expect(es).toMatchObject([
      { kind: 'cost', category: 'alat', amount: { amount: 15000 } },
      { kind: 'cost', category: 'alat', amount: { amount: 8000 } },
    ]);
  });
});

describe('days as headings', () => {
  it('"selasa / anyam 3 jam / rabu / libur / kamis / anyam 5 jam dibantu ibu": Thursday keeps its own hours', () => {
    const es = read('selasa\nanyam 3 jam\nrabu\nlibur\nkamis\nanyam 5 jam dibantu ibu');
    expect(es).toMatchObject([
      { kind: 'hours', minutes: 180, day: '2029-06-05' },
      { kind: 'hours', minutes: 300, helpers: 1, day: '2029-06-07' },
    ]);
    expect(es).toHaveLength(2);
  });
});
