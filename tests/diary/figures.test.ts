// The figures the bot gives back, worked out by hand for a diary with an
// advance (kasbon), a deduction, a month written up late (October, seen from
// December) and a week split across two months. Effective hourly earnings are
// the value of accepted work less her costs, per hour; an advance is a loan,
// shown apart; a deduction settles part of what she earned.
import { describe, expect, it } from 'vitest';
import type { HandinRec, HoursRec, Ledger, OrderRec, PaymentRec } from '../../src/diary/ledger.ts';
import { monthRange, periodOf } from '../../src/diary/period.ts';
import { ratePerPiece } from '../../src/diary/rate.ts';
import { employerBalances, monthlyStatement, orderStatuses, summarize } from '../../src/diary/summary.ts';

/** Thursday 10 December 2026: October was written up late, in December. */
const TODAY = '2026-12-10';
const late = '2026-12-09T02:00:00.000Z';

/** An order quoted per one unit (rateCount 1), as she said it. */
const order = (
  o: Omit<
    OrderRec,
    'rateCount' | 'ratePerPiece' | 'dueOn' | 'writtenAgreement' | 'materialsFromEmployer' | 'createdAt'
  >,
): OrderRec => ({
  rateCount: 1,
  ratePerPiece: ratePerPiece(o.rateAmount!, o.ratePer!),
  dueOn: null,
  writtenAgreement: false,
  materialsFromEmployer: true,
  createdAt: late,
  ...o,
});
const handin = (
  id: number,
  orderId: number,
  handedInOn: string,
  deliveredPieces: number,
  rejectedPieces = 0,
): HandinRec => ({
  id,
  orderId,
  handedInOn,
  deliveredPieces,
  rejectedPieces,
  createdAt: late,
});
const payment = (
  p: Omit<PaymentRec, 'createdAt' | 'deduction' | 'kasbonRepaid' | 'orderId'> & Partial<PaymentRec>,
): PaymentRec => ({
  orderId: null,
  deduction: 0,
  kasbonRepaid: 0,
  createdAt: late,
  ...p,
});
const hours = (id: number, workedOn: string, h: number): HoursRec => ({
  id,
  workedOn,
  minutes: h * 60,
  orderId: null,
  helpers: 0,
  childHelper: null,
  createdAt: late,
});

/**
 * Bu Umi (1): 100 bags at Rp1.500, received 5/10.
 *   20/10: 60 handed in, 4 rejected: 56 x 1.500 = 84.000
 *   30/10 (Friday of the week 26/10 - 1/11): 40 x 1.500 = 60.000
 *   31/10: paid 100.000 in cash, 6.000 deducted for plastic.
 * Pak Hadi (2): sandals, 5 kodi at Rp4.000 a kodi (Rp200 a pair), received 25/10.
 *   1/11 (Sunday of the same week): 50 pairs = 10.000
 *   1/12: a kasbon of 150.000
 *   3/12: 50 pairs = 10.000
 *   5/12: paid 5.000 in cash, 5.000 kept back for the kasbon.
 * Hours: 20/10 5 h, 27/10 4 h, 30/10 3 h, 1/11 2 h, 3/12 3 h, 8/12 2 h.
 * Costs: 28/10 thread 9.000, 1/11 transport 4.000, 2/12 electricity 5.000.
 */
function ledger(): Ledger {
  return {
    employers: [
      { id: 1, name: 'Bu Umi' },
      { id: 2, name: 'Pak Hadi' },
    ],
    orders: [
      order({
        id: 1,
        employerId: 1,
        product: 'tas',
        unit: 'pcs',
        quantityCount: 100,
        quantityPieces: 100,
        rateAmount: 1500,
        ratePer: 'pcs',
        receivedOn: '2026-10-05',
      }),
      order({
        id: 2,
        employerId: 2,
        product: 'sandal',
        unit: 'kodi',
        quantityCount: 5,
        quantityPieces: 100,
        rateAmount: 4000,
        ratePer: 'kodi',
        receivedOn: '2026-10-25',
      }),
    ],
    handins: [
      handin(1, 1, '2026-10-20', 60, 4),
      handin(2, 1, '2026-10-30', 40),
      handin(3, 2, '2026-11-01', 50),
      handin(4, 2, '2026-12-03', 50),
    ],
    payments: [
      payment({
        id: 1,
        employerId: 1,
        orderId: 1,
        kind: 'pay',
        amount: 100_000,
        deduction: 6000,
        paidOn: '2026-10-31',
      }),
      payment({ id: 2, employerId: 2, kind: 'kasbon', amount: 150_000, paidOn: '2026-12-01' }),
      payment({
        id: 3,
        employerId: 2,
        orderId: 2,
        kind: 'pay',
        amount: 5000,
        kasbonRepaid: 5000,
        paidOn: '2026-12-05',
      }),
    ],
    hours: [
      hours(1, '2026-10-20', 5),
      hours(2, '2026-10-27', 4),
      hours(3, '2026-10-30', 3),
      hours(4, '2026-11-01', 2),
      hours(5, '2026-12-03', 3),
      hours(6, '2026-12-08', 2),
    ],
    costs: [
      { id: 1, category: 'bahan', amount: 9000, spentOn: '2026-10-28', createdAt: late },
      { id: 2, category: 'transport', amount: 4000, spentOn: '2026-11-01', createdAt: late },
      { id: 3, category: 'listrik', amount: 5000, spentOn: '2026-12-02', createdAt: late },
    ],
    corrected: [],
  };
}

describe('what she is owed', () => {
  it('a deduction settles part of what she earned: it is never left as unpaid', () => {
    const [umi] = employerBalances(ledger(), TODAY, 14);
    // 84.000 + 60.000 = 144.000 earned; 100.000 cash and 6.000 deducted: 38.000 still owed (not 44.000).
    expect(umi).toMatchObject({ earned: 144_000, paid: 100_000, deductions: 6000, owed: 38_000, kasbonOpen: 0 });
    // 106.000 covers the hand-in of 20/10 (84.000) and 22.000 of 30/10: 38.000 of it, 41 days old.
    expect(umi!.overdue).toEqual({ amount: 38_000, since: '2026-10-30', days: 41 });
    // The deduction counts as settled against the order it was made on.
    expect(orderStatuses(ledger()).get(1)!.linkedPaid).toBe(106_000);
  });

  it('an advance is cash received, set off later; the part kept back for it is not counted twice', () => {
    const [, hadi] = employerBalances(ledger(), TODAY, 14);
    // 20.000 earned; 150.000 kasbon + 5.000 pay received: 135.000 ahead, all of it kasbon still to be set off
    // (145.000 of the kasbon is not yet kept back, but 10.000 of her work is not paid either).
    expect(hadi).toMatchObject({ earned: 20_000, paid: 155_000, kasbon: 150_000, kasbonRepaid: 5000, owed: -135_000 });
    expect(hadi!.kasbonOpen).toBe(135_000);
    expect(hadi!.overdue).toBeNull();
  });
});

describe('REKAP, worked out by hand', () => {
  it('October, asked for in December: earned, deducted, paid and hourly', () => {
    const s = summarize(ledger(), monthRange('2026-10'), TODAY, 14);
    expect(s).toMatchObject({
      accepted: 96,
      rejected: 4,
      earned: 144_000,
      deductions: 6000,
      paid: 100_000,
      kasbon: 0,
      kasbonRepaid: 0,
      costs: 9000,
      minutes: 720,
    });
    // (144.000 - 9.000) / 12 h = 11.250 (cash received would give (100.000 - 9.000) / 12 = 7.583).
    expect(s.hourly).toBe(11_250);
    expect(s.employers.map((e) => [e.employer.name, e.earned, e.paid, e.deductions, e.owed, e.kasbonOpen])).toEqual([
      ['Bu Umi', 144_000, 100_000, 6000, 38_000, 0],
      ['Pak Hadi', 0, 0, 0, -135_000, 135_000],
    ]);
  });

  it('December, with an advance of 150.000: the advance stays out of the hourly figure', () => {
    const s = summarize(ledger(), periodOf('thisMonth', TODAY), TODAY, 14);
    expect(s).toMatchObject({
      earned: 10_000,
      paid: 5000,
      kasbon: 150_000,
      kasbonRepaid: 5000,
      deductions: 0,
      costs: 5000,
      minutes: 300,
      owed: 38_000,
      kasbonOpen: 135_000,
    });
    // (10.000 - 5.000) / 5 h = 1.000; counting the kasbon as pay gave (155.000 - 5.000) / 5 = 30.000,
    // 196% of the UMK per hour (15.327).
    expect(s.hourly).toBe(1000);
    expect(s.employers.map((e) => [e.employer.name, e.earned, e.paid, e.kasbon, e.owed, e.kasbonOpen])).toEqual([
      ['Bu Umi', 0, 0, 0, 38_000, 0],
      ['Pak Hadi', 10_000, 5000, 150_000, -135_000, 135_000],
    ]);
  });

  it('a week split across October and November, and each month on its own', () => {
    const week = summarize(ledger(), periodOf('thisWeek', '2026-10-29'), TODAY, 14);
    expect(week.range).toMatchObject({ from: '2026-10-26', to: '2026-11-01' });
    // 60.000 (Bu Umi, 30/10) + 10.000 (Pak Hadi, 1/11); costs 9.000 + 4.000; 4 + 3 + 2 = 9 h.
    expect(week).toMatchObject({ earned: 70_000, paid: 100_000, deductions: 6000, costs: 13_000, minutes: 540 });
    // (70.000 - 13.000) / 9 h = 6.333,33 -> 6.333 (cash received would give 9.667).
    expect(week.hourly).toBe(6333);
    const nov = summarize(ledger(), monthRange('2026-11'), TODAY, 14);
    // Only the Sunday: 10.000 handed in, not paid yet; 4.000 costs over 2 h = 3.000 (cash: -2.000).
    expect(nov).toMatchObject({ earned: 10_000, paid: 0, costs: 4000, minutes: 120 });
    expect(nov.hourly).toBe(3000);
    // The two halves add up to the week.
    const oct = summarize(ledger(), { from: '2026-10-26', to: '2026-10-31' }, TODAY, 14);
    expect(oct.earned + nov.earned).toBe(week.earned);
    expect(oct.hourly).toBe(Math.round((60_000 - 9000) / 7)); // 7.286
  });
});

describe('the monthly statement she forwards', () => {
  it('October for Bu Umi: the deduction on a line of its own, not unpaid', () => {
    const s = monthlyStatement(ledger(), 1, monthRange('2026-10'))!;
    expect(s.handins.map((h) => [h.day, h.accepted, h.rejected, h.value])).toEqual([
      ['2026-10-20', 56, 4, 84_000],
      ['2026-10-30', 40, 0, 60_000],
    ]);
    expect(s).toMatchObject({
      opening: 0,
      earned: 144_000,
      paid: 100_000,
      kasbon: 0,
      deductions: 6000,
      closing: 38_000,
    });
  });

  it('December for Bu Umi carries the October debt over; November too', () => {
    const dec = monthlyStatement(ledger(), 1, monthRange('2026-12'))!;
    expect(dec).toMatchObject({ opening: 38_000, earned: 0, paid: 0, deductions: 0, closing: 38_000 });
    expect(monthlyStatement(ledger(), 1, monthRange('2026-11'))).toMatchObject({ opening: 38_000, closing: 38_000 });
  });

  it('December for Pak Hadi: the kasbon apart from the pay, what was kept back for it not counted twice', () => {
    const s = monthlyStatement(ledger(), 2, monthRange('2026-12'))!;
    // Opening: the 10.000 of 1/11. In December: 10.000 earned, 5.000 pay, 150.000 kasbon.
    expect(s).toMatchObject({ opening: 10_000, earned: 10_000, paid: 5000, kasbon: 150_000, kasbonRepaid: 5000 });
    // 10.000 + 10.000 - 5.000 - 150.000: paid ahead by the kasbon not yet set off.
    expect(s.closing).toBe(-135_000);
  });
});
