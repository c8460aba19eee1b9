// The REKAP arithmetic against values worked out by hand (see the comments).
import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/diary/ledger.ts';
import { addDays, addMonths, daysBetween, monthRange, periodOf, weekday } from '../../src/diary/period.ts';
import { ratePerPiece, worthOf } from '../../src/diary/rate.ts';
import {
  employerBalances,
  hasEntries,
  monthlyStatement,
  netEarnings,
  openOrders,
  orderStatuses,
  summarize,
  umkFor,
} from '../../src/diary/summary.ts';

const at = '2026-11-01T00:00:00.000Z';

/**
 * Bu Yati (1): sandals, 3 kodi = 60 pairs at Rp2.000 a pair, received 2/11.
 * Pak Slamet (2): peci, 5 lusin = 60 at Rp5.000 a lusin, received 10/11.
 */
function ledger(): Ledger {
  return {
    employers: [
      { id: 1, name: 'Bu Yati' },
      { id: 2, name: 'Pak Slamet' },
    ],
    orders: [
      {
        id: 1,
        employerId: 1,
        product: 'sandal',
        unit: 'kodi',
        quantityCount: 3,
        quantityPieces: 60,
        rateAmount: 2000,
        ratePer: 'pasang',
        rateCount: 1,
        ratePerPiece: 2000,
        receivedOn: '2026-11-02',
        dueOn: null,
        writtenAgreement: false,
        materialsFromEmployer: true,
        createdAt: at,
      },
      {
        id: 2,
        employerId: 2,
        product: 'peci',
        unit: 'lusin',
        quantityCount: 5,
        quantityPieces: 60,
        rateAmount: 5000,
        ratePer: 'lusin',
        rateCount: 1,
        ratePerPiece: 417,
        receivedOn: '2026-11-10',
        dueOn: '2026-12-01',
        writtenAgreement: null,
        materialsFromEmployer: null,
        createdAt: at,
      },
    ],
    handins: [
      // 40 handed in, 2 rejected: 38 x 2.000 = 76.000
      { id: 1, orderId: 1, handedInOn: '2026-11-05', deliveredPieces: 40, rejectedPieces: 2, createdAt: at },
      // 22 x 2.000 = 44.000; the order is now complete (38 + 22 = 60)
      { id: 2, orderId: 1, handedInOn: '2026-11-24', deliveredPieces: 22, rejectedPieces: 0, createdAt: at },
      // 25 x 5.000 / 12 = 10.416,67 -> 10.417
      { id: 3, orderId: 2, handedInOn: '2026-11-25', deliveredPieces: 25, rejectedPieces: 0, createdAt: at },
    ],
    payments: [
      // An advance of 50.000 from Bu Yati.
      {
        id: 1,
        employerId: 1,
        orderId: null,
        kind: 'kasbon',
        amount: 50_000,
        deduction: 0,
        kasbonRepaid: 0,
        paidOn: '2026-11-03',
        createdAt: at,
      },
      // 60.000 in cash for the sandals, 20.000 kept back to repay the advance.
      {
        id: 2,
        employerId: 1,
        orderId: 1,
        kind: 'pay',
        amount: 60_000,
        deduction: 0,
        kasbonRepaid: 20_000,
        paidOn: '2026-11-26',
        createdAt: at,
      },
      // A lump sum of 10.000 from Pak Slamet.
      {
        id: 3,
        employerId: 2,
        orderId: null,
        kind: 'pay',
        amount: 10_000,
        deduction: 0,
        kasbonRepaid: 0,
        paidOn: '2026-11-26',
        createdAt: at,
      },
    ],
    hours: [
      { id: 1, workedOn: '2026-11-03', minutes: 180, orderId: null, helpers: 0, childHelper: null, createdAt: at },
      { id: 2, workedOn: '2026-11-24', minutes: 300, orderId: 1, helpers: 0, childHelper: null, createdAt: at },
      { id: 3, workedOn: '2026-11-25', minutes: 270, orderId: 2, helpers: 1, childHelper: true, createdAt: at },
    ],
    costs: [
      { id: 1, category: 'bahan', amount: 15_000, spentOn: '2026-11-04', createdAt: at },
      { id: 2, category: 'listrik', amount: 20_000, spentOn: '2026-11-24', createdAt: at },
    ],
    corrected: [],
  };
}

const TODAY = '2026-11-28'; // a Saturday

describe('calendar periods (WIB days)', () => {
  it('weeks run Monday to Sunday, months from the 1st', () => {
    expect(weekday('2026-11-23')).toBe(0);
    expect(weekday('2026-11-29')).toBe(6);
    expect(periodOf('thisWeek', TODAY)).toMatchObject({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodOf('lastWeek', TODAY)).toMatchObject({ from: '2026-11-16', to: '2026-11-22' });
    expect(periodOf('thisWeek', '2026-11-23')).toMatchObject({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodOf('thisWeek', '2026-11-29')).toMatchObject({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodOf('thisMonth', TODAY)).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodOf('lastMonth', TODAY)).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    expect(periodOf('lastMonth', '2027-01-15')).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodOf('lastWeek', '2027-01-01')).toMatchObject({ from: '2026-12-21', to: '2026-12-27' });
  });

  it('adds days and months across month ends and leap years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(daysBetween('2026-11-14', '2026-11-28')).toBe(14);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
});

describe('piece-rate rounding', () => {
  it('keeps the quoted rate and rounds half up once per hand-in', () => {
    expect(ratePerPiece(4000, 'kodi')).toBe(200);
    expect(ratePerPiece(5000, 'lusin')).toBe(417); // 416,67
    expect(ratePerPiece(1000, 'gros')).toBe(7); // 6,94
    expect(ratePerPiece(250, 'pcs')).toBe(250);
    expect(worthOf(12, { rateAmount: 5000, ratePer: 'lusin' })).toBe(5000); // not 12 x 417 = 5004
    expect(worthOf(25, { rateAmount: 5000, ratePer: 'lusin' })).toBe(10_417);
    expect(worthOf(1, { rateAmount: 5000, ratePer: 'lusin' })).toBe(417);
    expect(worthOf(3, { rateAmount: 5, ratePer: 'pcs' })).toBe(15);
    expect(worthOf(1, { rateAmount: 30, ratePer: 'kodi' })).toBe(2); // 1,5 -> 2
    expect(worthOf(0, { rateAmount: 2000, ratePer: 'pasang' })).toBe(0);
  });
});

describe('orders and balances', () => {
  it('tracks accepted pieces and what is left of each order', () => {
    const s = orderStatuses(ledger());
    expect(s.get(1)).toMatchObject({ delivered: 62, rejected: 2, accepted: 60, remaining: 0, earned: 120_000 });
    expect(s.get(1)!.total).toBe(120_000);
    expect(s.get(1)!.linkedPaid).toBe(80_000); // 60.000 cash + 20.000 kasbon repaid
    expect(s.get(2)).toMatchObject({ accepted: 25, remaining: 35, earned: 10_417, total: 25_000 });
    expect(openOrders(ledger()).map((o) => o.order.id)).toEqual([2]);
  });

  it('owed = earned - cash received, a kasbon counting as cash', () => {
    const [yati, slamet] = employerBalances(ledger(), TODAY, 14);
    // Bu Yati: 76.000 + 44.000 = 120.000 earned; 50.000 + 60.000 = 110.000 received.
    expect(yati).toMatchObject({ earned: 120_000, paid: 110_000, kasbon: 50_000, kasbonRepaid: 20_000, owed: 10_000 });
    // Not overdue: the unpaid 10.000 is from the hand-in of 24/11, 4 days ago.
    expect(yati!.overdue).toBeNull();
    // The payment for the sandals (80.000 with the repaid kasbon) is 40.000 short of 120.000,
    // but 30.000 of the kasbon was never repaid: 10.000 is really missing.
    expect(yati!.short).toEqual([{ amount: 10_000, paidOn: '2026-11-26', orderId: 1 }]);
    // Pak Slamet: 10.417 earned, 10.000 paid as a lump sum after the last hand-in.
    expect(slamet).toMatchObject({ earned: 10_417, paid: 10_000, owed: 417 });
    expect(slamet!.short).toEqual([{ amount: 417, paidOn: '2026-11-26', orderId: null }]);
  });

  it('flags pay overdue a set number of days after the hand-in, oldest hand-ins paid first', () => {
    const [yati, slamet] = employerBalances(ledger(), TODAY, 3);
    // 110.000 covers the hand-in of 5/11 (76.000) and 34.000 of 24/11 (44.000): 10.000 uncovered, 4 days old.
    expect(yati!.overdue).toEqual({ amount: 10_000, since: '2026-11-24', days: 4 });
    expect(slamet!.overdue).toEqual({ amount: 417, since: '2026-11-25', days: 3 });
    expect(employerBalances(ledger(), TODAY, 5)[1]!.overdue).toBeNull();
  });

  it('nothing paid yet: the whole hand-in is overdue after 14 days', () => {
    const l = ledger();
    l.payments = [];
    const [yati] = employerBalances(l, '2026-11-19', 14);
    // Only the hand-in of 5/11 counts by 19/11 (76.000, 14 days); 24/11 is still ahead.
    expect(yati).toMatchObject({ earned: 76_000, paid: 0, owed: 76_000 });
    expect(yati!.overdue).toEqual({ amount: 76_000, since: '2026-11-05', days: 14 });
    expect(employerBalances(l, '2026-11-18', 14)[0]!.overdue).toBeNull();
  });

  it('an advance with no work yet is money paid ahead', () => {
    const l = ledger();
    l.handins = [];
    const [yati] = employerBalances(l, TODAY, 14);
    expect(yati!.owed).toBe(-110_000);
    expect(yati!.overdue).toBeNull();
    expect(yati!.short).toEqual([]);
  });
});

describe('REKAP for a period', () => {
  it('this week', () => {
    const s = summarize(ledger(), periodOf('thisWeek', TODAY), TODAY, 14);
    expect(s).toMatchObject({
      delivered: 47,
      rejected: 0,
      accepted: 47,
      earned: 54_417, // 44.000 + 10.417
      paid: 70_000, // 60.000 + 10.000
      kasbon: 0,
      // 20.000 kept back to settle the advance: not a deduction, the advance was cash received.
      kasbonRepaid: 20_000,
      deductions: 0,
      costs: 20_000,
      minutes: 570, // 5 h + 4,5 h
      helperDays: 1,
      childDays: 1,
    });
    // Value of accepted work less costs: (54.417 - 20.000) / 9,5 h = 3.622,84 -> 3.623
    expect(s.hourly).toBe(3623);
    // 2.651.603 / 173 = 15.327,18
    expect(s.umk).toEqual({ year: 2026, monthly: 2_651_603, hourly: 15_327, approximate: true });
    expect(s.employers.map((e) => [e.employer.name, e.earned, e.paid, e.owed])).toEqual([
      ['Bu Yati', 44_000, 60_000, 10_000],
      ['Pak Slamet', 10_417, 10_000, 417],
    ]);
  });

  it('this month', () => {
    const s = summarize(ledger(), periodOf('thisMonth', TODAY), TODAY, 14);
    expect(s).toMatchObject({
      delivered: 87,
      rejected: 2,
      accepted: 85,
      earned: 130_417,
      paid: 70_000, // pay only: 60.000 + 10.000
      kasbon: 50_000, // the advance, on a line of its own
      costs: 35_000,
      minutes: 750,
    });
    // (130.417 - 35.000) / 12,5 h = 7.633,36 -> 7.633 (the advance is a loan, not in it)
    expect(s.hourly).toBe(7633);
  });

  it('last week: no hours, no hourly figure; costs higher than pay give a negative figure', () => {
    const s = summarize(ledger(), periodOf('lastWeek', TODAY), TODAY, 14);
    expect(s).toMatchObject({ delivered: 0, earned: 0, paid: 0, costs: 0, minutes: 0, hourly: null });
    // Owed money still shows per employer although nothing happened that week.
    expect(s.employers.map((e) => e.owed)).toEqual([10_000, 417]);
    const early = summarize(ledger(), { from: '2026-11-03', to: '2026-11-04' }, TODAY, 14);
    // Nothing handed in, 15.000 costs over 3 h: the 50.000 kasbon of 3/11 is a loan, not earnings.
    expect(early.hourly).toBe(-5000);
    expect(early.kasbon).toBe(50_000);
    const l = ledger();
    l.payments = [];
    expect(summarize(l, { from: '2026-11-03', to: '2026-11-04' }, TODAY, 14).hourly).toBe(-5000);
  });

  it('compares with the UMK of the period’s year, or the latest year before it', () => {
    expect(umkFor(2025)).toEqual({ year: 2025, monthly: 2_492_811, hourly: 14_409, approximate: false });
    expect(umkFor(2024)!.hourly).toBe(13_530); // 2.340.668 / 173 = 13.529,87
    expect(umkFor(2030)!.year).toBe(2026);
    expect(umkFor(2021)).toBeNull();
    expect(summarize(ledger(), { from: '2025-12-29', to: '2026-01-04' }, TODAY, 14).umk!.year).toBe(2025);
  });
});

describe('net earnings for the BPJS cost share', () => {
  it('the hourly figure before hours: value of accepted work less costs; pay and the kasbon are cash, not earnings', () => {
    // Hand-ins 76.000 + 44.000 + 10.417 = 130.417, costs 15.000 + 20.000. The 50.000 advance and the
    // 70.000 paid (with 20.000 kept back for the advance) change nothing: the same numerator as REKAP's hourly figure.
    expect(netEarnings(ledger(), { from: '2026-11-01', to: TODAY })).toEqual({
      wages: 130_417,
      costs: 35_000,
      net: 95_417,
    });
    const s = summarize(ledger(), { from: '2026-11-01', to: TODAY }, TODAY, 14);
    expect(netEarnings(ledger(), { from: '2026-11-01', to: TODAY }).net).toBe(s.earned - s.costs);
    // Only the advance and the first cost fall in 1-4 November: nothing handed in, a negative net.
    expect(netEarnings(ledger(), { from: '2026-11-01', to: '2026-11-04' })).toEqual({
      wages: 0,
      costs: 15_000,
      net: -15_000,
    });
  });

  it('knows whether she keeps a diary at all', () => {
    const empty = { ...ledger(), employers: [], orders: [], handins: [], payments: [], hours: [], costs: [] };
    expect(hasEntries(empty)).toBe(false);
    expect(hasEntries({ ...empty, costs: ledger().costs })).toBe(true);
  });
});

describe('monthly statement per employer', () => {
  it('November for Bu Yati', () => {
    const s = monthlyStatement(ledger(), 1, monthRange('2026-11'))!;
    expect(s.opening).toBe(0);
    expect(s.handins.map((h) => [h.day, h.accepted, h.rejected, h.value])).toEqual([
      ['2026-11-05', 38, 2, 76_000],
      ['2026-11-24', 22, 0, 44_000],
    ]);
    expect(s.payments.map((p) => p.id)).toEqual([1, 2]);
    // 60.000 pay and the 50.000 kasbon apart: 120.000 - 60.000 - 50.000 = 10.000 still owed.
    expect(s).toMatchObject({ earned: 120_000, paid: 60_000, kasbon: 50_000, deductions: 0, closing: 10_000 });
    expect(s.orders.map((o) => o.id)).toEqual([1]);
  });

  it('December carries November over', () => {
    const s = monthlyStatement(ledger(), 1, monthRange('2026-12'))!;
    expect(s).toMatchObject({ opening: 10_000, earned: 0, paid: 0, closing: 10_000, handins: [], payments: [] });
    expect(monthlyStatement(ledger(), 99, monthRange('2026-12'))).toBeNull();
  });
});
