// "Paid late or short" per month, worked out once per worker, against its
// definition: employerBalances at the end of the month, over random ledgers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/diary/ledger.ts';
import { worthOf } from '../../src/diary/rate.ts';
import { employerBalances } from '../../src/diary/summary.ts';
import type { UnitCode } from '../../src/parse/units.ts';
import { lateOrShort, lateOrShortMonths } from '../../src/research/late-or-short.ts';
import { monthLedgerOf } from '../../src/research/month-ledgers.ts';
import { addDaysTo, digitsOfDay } from '../../src/research/weeks.ts';

/** The definition: as the monthly observations said it before. */
function definition(l: Ledger, month: string, end: string, overdueDays: number): boolean | null {
  if (!l.handins.some((h) => h.handedInOn <= end)) return null;
  return employerBalances(l, end, overdueDays).some(
    (b) => b.overdue !== null || b.short.some((s) => s.paidOn.slice(0, 7) === month),
  );
}

const AT = '2026-01-01T00:00:00.000Z';
const worth = (o: { pieces: number; rate: number; per: UnitCode; count: number } | undefined) =>
  o ? worthOf(o.pieces, { rateAmount: o.rate, ratePer: o.per, rateCount: o.count }) : 1000;
// A few days, so that hand-ins and payments often fall on the same day, at month ends and across them.
const DAYS = ['2026-01-25', '2026-01-31', '2026-02-01', '2026-02-10', '2026-02-14', '2026-02-28', '2026-03-01'];
const day = fc.oneof(
  fc.constantFrom(...DAYS, '2026-03-05', '2026-03-20', '2026-03-31', '2026-04-02'),
  fc.integer({ min: 0, max: 100 }).map((n) => addDaysTo('2026-01-20', n)),
);

const ledger: fc.Arbitrary<Ledger> = fc
  .record({
    employers: fc.integer({ min: 1, max: 2 }),
    orders: fc.array(
      fc.record({
        employer: fc.integer({ min: 1, max: 4 }),
        pieces: fc.integer({ min: 1, max: 40 }),
        rate: fc.integer({ min: 1, max: 3000 }),
        per: fc.constantFrom('pcs' as const, 'kodi' as const, 'lusin' as const),
        // Mostly per one unit; sometimes "per 3 kodi".
        count: fc.constantFrom(1, 1, 3),
        day,
      }),
      { maxLength: 5 },
    ),
    handins: fc.array(
      fc.record({
        order: fc.integer({ min: 1, max: 5 }),
        // null: the whole order at once, nothing rejected (so that orders are often fully handed in).
        delivered: fc.option(fc.integer({ min: 0, max: 45 })),
        rejected: fc.integer({ min: 0, max: 5 }),
        day,
      }),
      { maxLength: 12 },
    ),
    payments: fc.array(
      fc.record({
        // null: the employer of its order, as a pay for an order usually is.
        employer: fc.option(fc.integer({ min: 1, max: 4 })),
        order: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 6 })),
        kasbon: fc.boolean(),
        // null: exactly the worth of the whole order, so that balances often come out even.
        amount: fc.option(fc.oneof(fc.integer({ min: 1, max: 60_000 }), fc.integer({ min: 1, max: 500 }))),
        repaid: fc.constantFrom(0, 0, 1000),
        // Kept back for materials, rejects or fines: settles part of what she earned.
        deduction: fc.constantFrom(0, 0, 0, 500, 2000),
        day,
      }),
      { maxLength: 10 },
    ),
  })
  .map((g) => ({
    // Employer 4 and orders past the last belong to nobody in her ledger, as a row of another worker would.
    employers: Array.from({ length: g.employers }, (_, i) => ({ id: i + 1, name: `E${i + 1}` })),
    orders: g.orders.map((o, i) => ({
      id: i + 1,
      employerId: o.employer,
      product: 'sandal',
      unit: 'pcs' as const,
      quantityCount: o.pieces,
      quantityPieces: o.pieces,
      rateAmount: o.rate,
      ratePer: o.per,
      rateCount: o.count,
      ratePerPiece: o.rate,
      receivedOn: o.day,
      dueOn: null,
      writtenAgreement: null,
      materialsFromEmployer: null,
      createdAt: AT,
    })),
    handins: g.handins.map((h, i) => ({
      id: i + 1,
      orderId: h.order,
      handedInOn: h.day,
      deliveredPieces: h.delivered ?? g.orders[h.order - 1]?.pieces ?? 1,
      rejectedPieces: h.delivered === null ? 0 : h.rejected,
      createdAt: AT,
    })),
    payments: g.payments.map((p, i) => ({
      id: i + 1,
      employerId: p.employer ?? g.orders[(p.order ?? 1) - 1]?.employer ?? 1,
      orderId: p.order,
      kind: p.kasbon ? ('kasbon' as const) : ('pay' as const),
      amount: p.amount ?? worth(g.orders[(p.order ?? 1) - 1]),
      deduction: p.kasbon ? 0 : p.deduction,
      kasbonRepaid: p.repaid,
      paidOn: p.day,
      createdAt: AT,
    })),
    hours: [],
    costs: [],
    corrected: [],
  }));

describe('paid late or short, month by month', () => {
  it('says what employerBalances says at the end of every month, or of any day in it', () => {
    fc.assert(
      // A limit no hand-in reaches leaves the short pay alone to decide.
      fc.property(
        ledger,
        fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(1000), fc.constant(1000)),
        day,
        (l, overdueDays, today) => {
          const fast = lateOrShort(monthLedgerOf(l), overdueDays);
          for (const [month, last] of [
            ['2026-01', '2026-01-31'],
            ['2026-02', '2026-02-28'],
            ['2026-03', '2026-03-31'],
            ['2026-04', '2026-04-30'],
          ] as const) {
            const end = last < today ? last : today;
            if (end.slice(0, 7) < month) continue;
            expect(fast(Number(month.replace('-', '')), digitsOfDay(end))).toBe(definition(l, month, end, overdueDays));
          }
        },
      ),
      { numRuns: 6000 },
    );
  });

  it('says the same of every month at once (as the monthly observations ask), months in order or not', () => {
    fc.assert(
      fc.property(
        ledger,
        fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(1000)),
        day,
        fc.boolean(),
        (l, overdueDays, today, reversed) => {
          const asked = (
            [
              ['2026-01', '2026-01-31'],
              ['2026-02', '2026-02-28'],
              ['2026-03', '2026-03-31'],
              ['2026-04', '2026-04-30'],
            ] as const
          )
            .map(([month, last]) => ({ month, end: last < today ? last : today }))
            .filter((a) => a.end.slice(0, 7) >= a.month);
          if (reversed) asked.reverse();
          const out = new Int8Array(asked.length);
          lateOrShortMonths(
            monthLedgerOf(l),
            overdueDays,
            asked.map((a) => Number(a.month.replace('-', ''))),
            asked.map((a) => digitsOfDay(a.end)),
            asked.length,
            out,
          );
          asked.forEach((a, i) => {
            const v = out[i] === -1 ? null : out[i] === 1;
            expect(v).toBe(definition(l, a.month, a.end, overdueDays));
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('by hand: pay that settles an order exactly is not short, nor is pay when nothing is owed; a short order outweighs a lump sum', () => {
    const order = (id: number, pieces: number, rate: number, day: string) => ({
      id,
      employerId: 1,
      product: 'sandal',
      unit: 'pcs' as const,
      quantityCount: pieces,
      quantityPieces: pieces,
      rateAmount: rate,
      ratePer: 'pcs' as const,
      rateCount: 1,
      ratePerPiece: rate,
      receivedOn: day,
      dueOn: null,
      writtenAgreement: null,
      materialsFromEmployer: null,
      createdAt: AT,
    });
    const handin = (id: number, orderId: number, pieces: number, day: string) => ({
      id,
      orderId,
      handedInOn: day,
      deliveredPieces: pieces,
      rejectedPieces: 0,
      createdAt: AT,
    });
    const pay = (id: number, orderId: number | null, amount: number, day: string) => ({
      id,
      employerId: 1,
      orderId,
      kind: 'pay' as const,
      amount,
      deduction: 0,
      kasbonRepaid: 0,
      paidOn: day,
      createdAt: AT,
    });
    const base = { employers: [{ id: 1, name: 'E1' }], hours: [], costs: [], corrected: [] };
    // Order 1 (10,000) paid exactly on 10 Feb; order 2 (5,000) handed in three days before the month ends, unpaid.
    const exact: Ledger = {
      ...base,
      orders: [order(1, 10, 1000, '2026-02-01'), order(2, 10, 500, '2026-02-20')],
      handins: [handin(1, 1, 10, '2026-02-02'), handin(2, 2, 10, '2026-02-25')],
      payments: [pay(1, 1, 10_000, '2026-02-10')],
    };
    expect(definition(exact, '2026-02', '2026-02-28', 14)).toBe(false);
    expect(lateOrShort(monthLedgerOf(exact), 14)(202602, 20260228)).toBe(false);
    // Order 1 paid 8,000 of 10,000 in January; in February a lump sum after the last hand-in.
    const shortThenLump: Ledger = {
      ...base,
      orders: [order(1, 10, 1000, '2026-01-05'), order(2, 10, 500, '2026-02-15')],
      handins: [handin(1, 1, 10, '2026-01-10'), handin(2, 2, 10, '2026-02-20')],
      payments: [pay(1, 1, 8000, '2026-01-15'), pay(2, null, 1000, '2026-02-25')],
    };
    // Paid 8,000 against an order of 10,000, and a kasbon of 2,000: nothing is owed, so nothing fell short.
    const even: Ledger = {
      ...base,
      orders: [order(1, 10, 1000, '2026-02-01')],
      handins: [handin(1, 1, 10, '2026-02-02')],
      payments: [pay(1, 1, 8000, '2026-02-10'), { ...pay(2, null, 2000, '2026-02-12'), kind: 'kasbon' }],
    };
    expect(definition(even, '2026-02', '2026-02-28', 14)).toBe(false);
    expect(lateOrShort(monthLedgerOf(even), 14)(202602, 20260228)).toBe(false);
    // Paid 8,000 of 10,000 and 2,000 deducted for materials: the deduction settles the rest, nothing is short
    // or late (a deduction is not money still owed); without the deduction the pay falls short.
    const deducted: Ledger = {
      ...base,
      orders: [order(1, 10, 1000, '2026-01-05')],
      handins: [handin(1, 1, 10, '2026-01-10')],
      payments: [{ ...pay(1, 1, 8000, '2026-02-10'), deduction: 2000 }],
    };
    expect(definition(deducted, '2026-02', '2026-02-28', 14)).toBe(false);
    expect(lateOrShort(monthLedgerOf(deducted), 14)(202602, 20260228)).toBe(false);
    const undeducted: Ledger = { ...deducted, payments: [pay(1, 1, 8000, '2026-02-10')] };
    expect(lateOrShort(monthLedgerOf(undeducted), 14)(202602, 20260228)).toBe(true);
    const fast = lateOrShort(monthLedgerOf(shortThenLump), 1000);
    expect([definition(shortThenLump, '2026-01', '2026-01-31', 1000), fast(202601, 20260131)]).toEqual([true, true]);
    expect([definition(shortThenLump, '2026-02', '2026-02-28', 1000), fast(202602, 20260228)]).toEqual([false, false]);
  });

  it('finds each kind of late or short pay', () => {
    const l = fc.sample(ledger, { numRuns: 3000, seed: 42 });
    const outcomes = new Set(
      l.flatMap((x) => {
        const b = employerBalances(x, '2026-03-31', 14);
        return [
          b.some((e) => e.overdue) ? 'overdue' : '',
          b.some((e) => e.short.some((s) => s.orderId !== null)) ? 'short order' : '',
          b.some((e) => e.short.some((s) => s.orderId === null)) ? 'short lump sum' : '',
        ];
      }),
    );
    expect([...outcomes].sort()).toEqual(['', 'overdue', 'short lump sum', 'short order']);
  });
});
