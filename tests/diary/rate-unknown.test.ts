// The REKAP arithmetic with an order taken before she was told its rate: its
// work has no value until the rate is set, never a guessed one. Worked out by
// hand in the comments.
import { describe, expect, it } from 'vitest';
import type { HoursRec, Ledger, OrderRec, PaymentRec } from '../../src/diary/ledger.ts';
import { worthAt } from '../../src/diary/rate.ts';
import {
  employerBalances,
  handinValue,
  monthlyStatement,
  netEarnings,
  orderStatuses,
  summarize,
} from '../../src/diary/summary.ts';

const at = '2026-11-01T00:00:00.000Z';
const NOV = { from: '2026-11-01', to: '2026-11-30' };

const order = (o: Partial<OrderRec> & Pick<OrderRec, 'id' | 'employerId' | 'product'>): OrderRec => ({
  unit: 'kodi',
  quantityCount: 3,
  quantityPieces: 60,
  rateAmount: null,
  ratePer: null,
  rateCount: 1,
  ratePerPiece: null,
  receivedOn: '2026-11-02',
  dueOn: null,
  writtenAgreement: null,
  materialsFromEmployer: null,
  createdAt: at,
  ...o,
});
const pay = (p: Partial<PaymentRec> & Pick<PaymentRec, 'id' | 'employerId' | 'amount' | 'paidOn'>): PaymentRec => ({
  orderId: null,
  kind: 'pay',
  deduction: 0,
  kasbonRepaid: 0,
  createdAt: at,
  ...p,
});
const hours = (id: number, workedOn: string, minutes: number, orderId: number | null): HoursRec => ({
  id,
  workedOn,
  minutes,
  orderId,
  helpers: 0,
  childHelper: null,
  createdAt: at,
});

/**
 * Bu Umi (1): sandals, 3 kodi, rate not told yet; 3 kodi handed in 10/11 (2 rejected: 58 accepted), 6 hours
 * written for that order; Rp50.000 paid for it on 12/11.
 * Bu Yati (2): peci, 2 kodi at Rp4.000 a kodi (Rp200 a piece); all 40 handed in 11/11 (Rp8.000), 4 hours not
 * for an order; a kasbon of Rp20.000 on 3/11. Costs Rp2.000.
 */
function ledger(): Ledger {
  return {
    employers: [
      { id: 1, name: 'Bu Umi' },
      { id: 2, name: 'Bu Yati' },
    ],
    orders: [
      order({ id: 1, employerId: 1, product: 'sandal' }),
      order({
        id: 2,
        employerId: 2,
        product: 'peci',
        quantityCount: 2,
        quantityPieces: 40,
        rateAmount: 4000,
        ratePer: 'kodi',
        ratePerPiece: 200,
      }),
    ],
    handins: [
      { id: 1, orderId: 1, handedInOn: '2026-11-10', deliveredPieces: 60, rejectedPieces: 2, createdAt: at },
      { id: 2, orderId: 2, handedInOn: '2026-11-11', deliveredPieces: 40, rejectedPieces: 0, createdAt: at },
    ],
    payments: [
      pay({ id: 1, employerId: 1, orderId: 1, amount: 50_000, paidOn: '2026-11-12' }),
      pay({ id: 2, employerId: 2, kind: 'kasbon', amount: 20_000, paidOn: '2026-11-03' }),
    ],
    hours: [hours(1, '2026-11-10', 360, 1), hours(2, '2026-11-11', 240, null)],
    costs: [{ id: 1, category: 'bahan', amount: 2000, spentOn: '2026-11-11', createdAt: at }],
    corrected: [],
  };
}

/** The same diary once Bu Umi said the rate: Rp1.500 a pair. */
function told(): Ledger {
  const l = ledger();
  l.orders[0] = { ...l.orders[0]!, rateAmount: 1500, ratePer: 'pasang', ratePerPiece: 1500 };
  return l;
}

describe('an order without a rate yet', () => {
  it('has no value, for the order or a hand-in, until the rate is set', () => {
    const l = ledger();
    expect(worthAt(60, l.orders[0]!)).toBeNull();
    expect(handinValue(l.handins[0]!, l.orders[0]!)).toBeNull();
    expect(handinValue(l.handins[1]!, l.orders[1]!)).toBe(8000);
    const s = orderStatuses(l).get(1)!;
    expect(s).toMatchObject({ accepted: 58, remaining: 2, total: null, earned: null, linkedPaid: 50_000 });
    expect(orderStatuses(told()).get(1)).toMatchObject({ total: 90_000, earned: 87_000 });
  });

  it('is kept out of what is owed: its work waits for the rate, and so does the pay made for it', () => {
    const [umi, yati] = employerBalances(ledger(), '2026-11-30', 14);
    // Bu Umi: nothing valued, the Rp50.000 was for the sandals: not "paid ahead", not "fully paid".
    expect(umi).toMatchObject({ earned: 0, paid: 50_000, owed: 0, kasbonOpen: 0, overdue: null, short: [] });
    expect(umi!.waiting).toEqual([{ order: ledger().orders[0], pieces: 58, paid: 50_000 }]);
    // Bu Yati is as before: Rp8.000 earned against a Rp20.000 kasbon, Rp12.000 of it still to be worked off.
    expect(yati).toMatchObject({ earned: 8000, paid: 20_000, owed: -12_000, kasbonOpen: 12_000, waiting: [] });
    // Once told, everything follows from the rows: 58 pairs are Rp87.000, Rp37.000 still owed, overdue after 14 days.
    const [umi2] = employerBalances(told(), '2026-11-30', 14);
    expect(umi2).toMatchObject({ earned: 87_000, paid: 50_000, owed: 37_000, waiting: [] });
    expect(umi2!.overdue).toEqual({ amount: 37_000, since: '2026-11-10', days: 20 });
  });

  it('never claims "paid ahead" while work waits for its rate, and owes what the rest says', () => {
    const l = ledger();
    // A lump sum from Bu Umi, and a second order of hers at a known rate: Rp100 a piece for 100 pieces.
    l.orders.push(
      order({ id: 3, employerId: 1, product: 'tas', unit: 'pcs', quantityCount: 100, quantityPieces: 100 }),
    );
    l.orders[2] = { ...l.orders[2]!, rateAmount: 100, ratePer: 'pcs', ratePerPiece: 100 };
    l.handins.push({
      id: 3,
      orderId: 3,
      handedInOn: '2026-11-12',
      deliveredPieces: 100,
      rejectedPieces: 0,
      createdAt: at,
    });
    l.payments.push(pay({ id: 3, employerId: 1, amount: 4000, paidOn: '2026-11-13' }));
    const [umi] = employerBalances(l, '2026-11-30', 14);
    // Rp10.000 of bags less the Rp4.000 lump sum: Rp6.000 owed, plus the sandals.
    expect(umi).toMatchObject({ earned: 10_000, owed: 6000, kasbonOpen: 0 });
    expect(umi!.waiting.map((w) => w.pieces)).toEqual([58]);
    // A lump sum larger than the bags: not paid ahead (the sandals may be worth it).
    l.payments[2] = { ...l.payments[2]!, amount: 30_000 };
    const [ahead] = employerBalances(l, '2026-11-30', 14);
    expect(ahead).toMatchObject({ owed: -20_000, kasbonOpen: 0 });
    expect(ahead!.waiting).toHaveLength(1);
  });

  it('REKAP: leaves its work out of earned and its hours out of the per-hour figure, listing what waits', () => {
    const s = summarize(ledger(), NOV, '2026-11-30', 14);
    expect(s).toMatchObject({ accepted: 98, earned: 8000, minutes: 600, waitingMinutes: 360 });
    // (Rp8.000 - Rp2.000 costs) over the 4 hours not spent on the sandals.
    expect(s.hourly).toBe(1500);
    expect(s.waiting).toEqual([{ order: ledger().orders[0], pieces: 58, paid: 0 }]);
    const umi = s.employers.find((e) => e.employer.id === 1)!;
    expect(umi).toMatchObject({ earned: 0, paid: 50_000, owed: 0 });
    expect(umi.waiting.map((w) => w.pieces)).toEqual([58]);
    // Told: Rp87.000 more, the 6 hours count, (95.000 - 2.000) / 10 hours.
    const t = summarize(told(), NOV, '2026-11-30', 14);
    expect(t).toMatchObject({ earned: 95_000, waiting: [], waitingMinutes: 0, hourly: 9300 });
  });

  it('REKAP: hours only for work waiting for its rate give no per-hour figure', () => {
    const l = ledger();
    l.hours = [hours(1, '2026-11-10', 360, 1)];
    const s = summarize(l, NOV, '2026-11-30', 14);
    expect(s).toMatchObject({ minutes: 360, waitingMinutes: 360, hourly: null });
  });

  it('the net earnings of the BPJS share count only valued work', () => {
    expect(netEarnings(ledger(), NOV)).toEqual({ wages: 8000, costs: 2000, net: 6000 });
    expect(netEarnings(told(), NOV)).toEqual({ wages: 95_000, costs: 2000, net: 93_000 });
  });

  it('the monthly statement: the hand-in without a value, its pay kept apart from what is left', () => {
    const s = monthlyStatement(ledger(), 1, NOV)!;
    expect(s.handins).toEqual([
      { day: '2026-11-10', orderId: 1, product: 'sandal', accepted: 58, rejected: 2, value: null },
    ]);
    expect(s).toMatchObject({ opening: 0, earned: 0, paid: 50_000, closing: 0 });
    expect(s.waiting.map((w) => [w.pieces, w.paid])).toEqual([[58, 50_000]]);
    const t = monthlyStatement(told(), 1, NOV)!;
    expect(t).toMatchObject({ earned: 87_000, paid: 50_000, closing: 37_000, waiting: [] });
    expect(t.handins[0]!.value).toBe(87_000);
  });
});
