// Several facts in one message joined the way women join them: two who paid in one breath, a count of the pays
// before their sums, goods added with "sama", a rate named by its goods, a pay with only its cut, a pay without its
// sum beside a cost, a plan between two things done, an employer sending pieces back. Read with a fixed clock
// (Wednesday 17 March 2027, WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-03-17T18:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;

describe('several facts joined in one message', () => {
  it('two who paid, joined in one clause, are two pays; the one with no sum keeps none', () => {
    const es = read('wingi dibayar pak darmo karo bu sri, pak darmo 75 ewu');
    expect(es.map((e) => e.kind)).toEqual(['payment', 'payment']);
    expect(es[0]).toMatchObject({ employer: 'pak darmo', amount: { amount: 75000 }, day: '2027-03-16' });
    expect(es[1]).toMatchObject({ employer: 'bu sri', day: '2027-03-16' });
    expect(es[1]!.kind === 'payment' && es[1]!.amount).toBeFalsy();
  });

  it('two who paid with no sums said are two pays to ask', () => {
    const es = read('td siang dibayar bu narti sm pak kasim');
    expect(es.map((e) => [e.kind, e.employer])).toEqual([
      ['payment', 'bu narti'],
      ['payment', 'pak kasim'],
    ]);
  });

  it('how many pays she got, said before their sums, is no sum of its own', () => {
    const es = read('kmrn dibayar 3: bu sri 60rb, pak kasim 45rb, bu narti 80rb');
    expect(es.map((e) => (e.kind === 'payment' ? e.amount?.amount : null))).toEqual([60000, 45000, 80000]);
    expect(es.map((e) => e.employer)).toEqual(['bu sri', 'pak kasim', 'bu narti']);
    // (A bare figure said with no sums after it is still read as before.)
    expect(read('dibayar 2 kali, 100rb').map((e) => e.kind)).toEqual(['payment']);
  });

  it('goods added with "sama" are no part of the goods, and a rate named by its goods is that order\'s', () => {
    const es = read('ambil peci dr pak kasim 2 kodi, sama kancing 4 gros dr bu sri. upah peci 3rb per biji');
    expect(es.map((e) => e.kind)).toEqual(['order', 'order']);
    expect(es[0]).toMatchObject({ employer: 'pak kasim', product: 'peci', rate: { amount: 3000, per: 'pcs' } });
    expect(es[1]).toMatchObject({ employer: 'bu sri', product: 'kancing', qty: { pieces: 576 } });
    expect(es[1]!.kind === 'order' && es[1]!.rate).toBeFalsy();
  });

  it('a pay told with only its cut, after a hand-in, is kept with the cut', () => {
    const es = read('setor keset 40 ke bu sri, 3 ditolak. dibayar langsung tapi dipotong 4rb buat plastik');
    expect(es.map((e) => e.kind)).toEqual(['handin', 'payment']);
    expect(es[0]).toMatchObject({ rejected: 3, delivered: { pieces: 40 } });
    expect(es[1]).toMatchObject({ employer: 'bu sri', deduction: { amount: 4000 } });
  });

  it('a pay by someone named, its sum not said, beside a cost, is a pay of its own', () => {
    const es = read('pak kasim wis mbayar peci dino senin, terus mau tuku lem 12 ewu');
    expect(es.map((e) => e.kind)).toEqual(['payment', 'cost']);
    expect(es[0]).toMatchObject({ employer: 'pak kasim', day: '2027-03-15' });
    expect(es[1]).toMatchObject({ amount: { amount: 12000 } });
  });

  it("a plan's day is not carried into the next sentence", () => {
    const es = read('dino iki njahit 5 jam, sesuk arep nyetor nang bu sri. mau tuku kancing 15 ewu');
    expect(es.map((e) => e.kind)).toEqual(['hours', 'cost']);
    expect(es[0]).toMatchObject({ minutes: 300, day: '2027-03-17' });
    expect(es[1]).toMatchObject({ amount: { amount: 15000 } });
    expect(es[1]!.day === undefined || es[1]!.day === '2027-03-17').toBe(true);
  });

  it('an employer sending pieces back names rejects of her hand-in', () => {
    const es = read('wingi nyetor peci nang pak kasim 50, nang bu sri 20. bu sri mbalekno 4');
    expect(es.map((e) => e.kind)).toEqual(['handin', 'handin']);
    expect(es[0]).toMatchObject({ employer: 'pak kasim', delivered: { pieces: 50 } });
    expect(es[1]).toMatchObject({ employer: 'bu sri', delivered: { pieces: 20 }, rejected: 4 });
  });
});
