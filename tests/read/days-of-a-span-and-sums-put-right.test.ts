// What the reader makes of a span of weekdays told before it has ended ("selasa sampai sabtu" on a Wednesday), of
// Javanese "mau" (earlier today) opening a clause after a day named for another fact, and of a sum put right with
// what it was for said after it. Read with a fixed clock (Wednesday 2 June 2027, 20:00 WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-06-02T20:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;
const days = (text: string) =>
  read(text).map((e) => [e.kind, e.day, (e as { minutes?: number }).minutes] as [string, string, number]);

describe('a span of weekdays that has not ended yet', () => {
  it('"selasa sampai sabtu 4 jam sehari" on a Wednesday is this Tuesday and today, not last Thursday to Saturday', () => {
    expect(days('selasa sampai sabtu jahit 4 jam sehari')).toEqual([
      ['hours', '2027-06-01', 240],
      ['hours', '2027-06-02', 240],
    ]);
    expect(days('senen - jemuah ngobras 7 jam saben dino').map((d) => d[1])).toEqual([
      '2027-05-31',
      '2027-06-01',
      '2027-06-02',
    ]);
  });

  it('the same span "minggu lalu" is every day of it last week; a span already past stays as it was', () => {
    expect(days('selasa sampai sabtu minggu lalu jahit 4 jam sehari').map((d) => d[1])).toEqual([
      '2027-05-25',
      '2027-05-26',
      '2027-05-27',
      '2027-05-28',
      '2027-05-29',
    ]);
    expect(days('senin - selasa 5 jam sehari').map((d) => d[1])).toEqual(['2027-05-31', '2027-06-01']);
  });
});

describe('"mau" before what she did, after a day named for something else', () => {
  it('"... senen, terus mau tuku benang 9 ewu": the pay on Monday, the thread bought today', () => {
    const es = read('bu endang mbayar 300 ewu senen, terus mau tuku benang 9 ewu');
    expect(es.map((e) => [e.kind, e.day])).toEqual([
      ['payment', '2027-05-31'],
      ['cost', '2027-06-02'],
    ]);
  });

  it('"... wingi, trus mau tak setor ...": the hand-in of today, the pay of yesterday', () => {
    const es = read('pak hadi mbayar 120 ewu wingi, trus mau tak setor keset 40');
    expect(es.map((e) => [e.kind, e.day])).toEqual([
      ['payment', '2027-06-01'],
      ['handin', '2027-06-02'],
    ]);
  });
});

describe('a sum put right, then what it was for', () => {
  it('"dipotong 10rb eh 12rb buat plastik" is a cut of 12rb, no cost of its own', () => {
    const es = read('bu umi bayar 300rb dipotong 10rb eh 12rb buat plastik');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', amount: { amount: 300000 }, deduction: { amount: 12000 } });
  });

  it('"potong 30 ewu.. eh 35 ewu soale telat" is 35 ewu; a far sum after "eh" is another fact', () => {
    expect(read('juragan darmo mbayar 400 ewu, potong 30 ewu.. eh 35 ewu soale telat')[0]).toMatchObject({
      deduction: { amount: 35000 },
    });
    const two = read('dibayar bu yati 150rb, eh 20rb buat beli benang');
    expect(two.map((e) => e.kind)).toEqual(['payment', 'cost']);
  });
});
