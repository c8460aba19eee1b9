// A piece rate quoted for a number of units ("10rb per 3 pasang", "14rb per
// seribu batang"): the value of her work, the per-piece rate kept for research,
// and how the rate is written for her.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyLedger, type OrderRec } from '../../src/diary/ledger.ts';
import { ratePerPiece, worthOf } from '../../src/diary/rate.ts';
import { handinValue, orderStatuses } from '../../src/diary/summary.ts';
import { rateText } from '../../src/flows/diary/show.ts';
import { context, worker } from '../helpers/flow.ts';

const perThreePairs = { rateAmount: 10_000, ratePer: 'pasang' as const, rateCount: 3 };
const perThousand = { rateAmount: 14_000, ratePer: 'pcs' as const, rateCount: 1000 };

describe('a rate for several units', () => {
  it('is worth the quoted amount for the quoted units, without a rupiah lost', () => {
    expect(worthOf(3, perThreePairs)).toBe(10_000); // not 3 x Rp3.333 = Rp9.999
    expect(worthOf(60, perThreePairs)).toBe(200_000);
    expect(worthOf(1, perThreePairs)).toBe(3333); // 3.333,33
    expect(worthOf(2, perThreePairs)).toBe(6667); // 6.666,67
    expect(worthOf(1000, perThousand)).toBe(14_000);
    expect(worthOf(2500, perThousand)).toBe(35_000);
    expect(worthOf(1, perThousand)).toBe(14);
    expect(worthOf(0, perThreePairs)).toBe(0);
    // Several units of a unit of many pieces: Rp4.000 per 2 kodi is Rp100 a piece.
    expect(worthOf(40, { rateAmount: 4000, ratePer: 'kodi', rateCount: 2 })).toBe(4000);
    expect(worthOf(7, { rateAmount: 5000, ratePer: 'lusin', rateCount: 3 })).toBe(972); // 972,22
  });

  it('rounds half up, once per value', () => {
    expect(worthOf(1, { rateAmount: 5, ratePer: 'pcs', rateCount: 2 })).toBe(3); // 2,5 -> 3
    expect(worthOf(3, { rateAmount: 1, ratePer: 'pcs', rateCount: 2 })).toBe(2); // 1,5 -> 2
    expect(worthOf(1, { rateAmount: 3, ratePer: 'pasang', rateCount: 2 })).toBe(2); // 1,5 -> 2
    expect(worthOf(1, { rateAmount: 30, ratePer: 'kodi', rateCount: 3 })).toBe(1); // 0,5 -> 1
    expect(worthOf(1, { rateAmount: 29, ratePer: 'kodi', rateCount: 3 })).toBe(0); // 0,48 -> 0
  });

  it('stores the per-piece rate of the whole quote, rounded half up', () => {
    expect(ratePerPiece(10_000, 'pasang', 3)).toBe(3333);
    expect(ratePerPiece(20_000, 'pasang', 3)).toBe(6667);
    expect(ratePerPiece(14_000, 'pcs', 1000)).toBe(14);
    expect(ratePerPiece(14_500, 'pcs', 1000)).toBe(15); // 14,5 -> 15
    expect(ratePerPiece(4000, 'kodi', 2)).toBe(100);
    expect(ratePerPiece(5000, 'lusin', 3)).toBe(139); // 138,89
  });

  it('is per one unit when no count is given, as before', () => {
    expect(ratePerPiece(5000, 'lusin')).toBe(ratePerPiece(5000, 'lusin', 1));
    expect(worthOf(25, { rateAmount: 5000, ratePer: 'lusin' })).toBe(10_417);
    expect(worthOf(25, { rateAmount: 5000, ratePer: 'lusin', rateCount: 1 })).toBe(10_417);
  });

  it('refuses a count that is not a positive number of units', () => {
    expect(() => worthOf(3, { ...perThreePairs, rateCount: 0 })).toThrow();
    expect(() => ratePerPiece(1000, 'pcs', -2)).toThrow();
    expect(() => ratePerPiece(1000, 'pcs', Number.NaN)).toThrow();
  });

  it('loses no rupiah: the hand-ins of a whole quote add up to it, split any way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom('pcs' as const, 'pasang' as const, 'kodi' as const, 'lusin' as const),
        fc.integer({ min: 1, max: 20 }),
        (amount, count, per, times) => {
          const rate = { rateAmount: amount, ratePer: per, rateCount: count };
          const quoted = count * { pcs: 1, pasang: 1, kodi: 20, lusin: 12 }[per];
          // `times` whole quotes are worth `times` amounts, exactly.
          expect(worthOf(times * quoted, rate)).toBe(times * amount);
          // One value is within half a rupiah of the exact one.
          const pieces = times * 7;
          expect(Math.abs(worthOf(pieces, rate) - (pieces * amount) / quoted)).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });

  it('her summary values the order and its hand-ins with the count', () => {
    const order: OrderRec = {
      id: 1,
      employerId: 1,
      product: 'sandal',
      unit: 'pasang',
      quantityCount: 60,
      quantityPieces: 60,
      rateAmount: 10_000,
      ratePer: 'pasang',
      rateCount: 3,
      ratePerPiece: 3333,
      receivedOn: '2026-11-20',
      dueOn: null,
      writtenAgreement: null,
      materialsFromEmployer: null,
      createdAt: '2026-11-20T01:00:00.000Z',
    };
    const handin = {
      id: 1,
      orderId: 1,
      handedInOn: '2026-11-21',
      deliveredPieces: 4,
      rejectedPieces: 1,
      createdAt: '2026-11-21T01:00:00.000Z',
    };
    expect(handinValue(handin, order)).toBe(10_000);
    const ledger = { ...emptyLedger(), employers: [{ id: 1, name: 'Bu Yati' }], orders: [order], handins: [handin] };
    expect(orderStatuses(ledger).get(1)).toMatchObject({ total: 200_000, earned: 10_000, accepted: 3 });
  });
});

describe('the rate as she reads it', () => {
  const id = context(worker());
  const en = context(worker({ lang: 'en' }));

  it('says the count and the rate of one piece', () => {
    expect(rateText(10_000, 'pasang', id, 3)).toBe('Rp10.000/3 pasang (Rp3.333/pasang)');
    expect(rateText(14_000, 'pcs', id, 1000)).toBe('Rp14.000/1.000 biji (Rp14/biji)');
    expect(rateText(20_000, 'pasang', id, 3)).toBe('Rp20.000/3 pasang (Rp6.667/pasang)');
    expect(rateText(4000, 'kodi', id, 2)).toBe('Rp4.000/2 kodi (Rp100/biji)');
    expect(rateText(150_000, 'pcs', id, 10_000)).toBe('Rp150.000/10.000 biji (Rp15/biji)');
    expect(rateText(10_000, 'pasang', en, 3)).toBe('Rp10.000/3 pair (Rp3.333/pair)');
  });

  it('is as before for one unit', () => {
    expect(rateText(2000, 'pasang', id)).toBe('Rp2.000/pasang');
    expect(rateText(2000, 'pasang', id, 1)).toBe('Rp2.000/pasang');
    expect(rateText(4000, 'kodi', id)).toBe('Rp4.000/kodi (Rp200/biji)');
    expect(rateText(5000, 'lusin', id, 1)).toBe('Rp5.000/lusin (Rp417/biji)');
    expect(rateText(5000, 'lusin', en)).toBe('Rp5.000/dozen (Rp417/pcs)');
  });
});
