// One rule for weeks and months: a diary that crosses a month boundary in the
// middle of a week (Monday 30 November 2026 to Sunday 6 December), back-filled
// on the day she joined (Wednesday 25 November) with work from two weeks
// before. Every figure below is worked out by hand in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrCreateEmployer, insertEntry } from '../../src/db/diary.ts';
import { keyedPseudonymizer } from '../../src/research/datasets.ts';
import { type DiaryOfWorker, panelMonthsOf, panelOf } from '../../src/research/panel.ts';
import { workerPanel } from '../../src/research/worker-weeks.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { addWorker } from '../helpers/research.ts';

const TODAY = '2026-12-09'; // a Wednesday, in ISO week 50

// Rate Rp500 a piece throughout.
const diary: DiaryOfWorker = {
  worker: 'W-hand',
  joined: '2026-11-25',
  kecamatan: 'Pare',
  product: 'alas_kaki',
  handins: [
    { day: '2026-11-12', pieces: 50, value: 25_000 }, // back-dated
    { day: '2026-11-30', pieces: 40, value: 20_000 }, // Monday of the week that spans two months
    { day: '2026-12-02', pieces: 60, value: 30_000 },
    { day: '2026-12-08', pieces: 10, value: 5_000 },
  ],
  payments: [
    { day: '2026-11-13', amount: 10_000, deduction: 2_000 }, // back-dated
    { day: '2026-12-01', amount: 50_000 }, // a kasbon: cash received, not earnings
    { day: '2026-12-05', amount: 20_000, deduction: 3_000 },
  ],
  hours: [
    { day: '2026-11-12', hours: 5 },
    { day: '2026-11-30', hours: 4 },
    { day: '2026-12-02', hours: 6 },
    { day: '2026-12-08', hours: 1 },
  ],
  costs: [
    { day: '2026-11-12', amount: 5_000 },
    { day: '2026-11-30', amount: 2_000 },
    { day: '2026-12-03', amount: 9_000 },
    { day: '2026-12-08', amount: 7_000 },
  ],
  // Written on the day she joined (the back-filled entries), then as she went.
  entryDays: ['2026-11-25', '2026-11-30', '2026-12-02', '2026-12-05', '2026-12-08'],
  // The order behind the work was received on 10 November: her panel starts in that week.
  datedDays: ['2026-11-10'],
  reminders: null,
};

const UMK_2026 = 15_327; // 2,651,603 / 173

// week, start, pieces, earned, paid, deductions, owed, costs, hours, effective, negative, below, any_entry, partial
type WeekLine = [
  string,
  string,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number | null,
  0 | 1 | null,
  0 | 1 | null,
  0 | 1,
  0 | 1,
];
const WEEKS: WeekLine[] = [
  // (25,000 - 5,000) / 5 = 4,000; owed 25,000 - 10,000 - 2,000
  ['2026-W46', '2026-11-09', 50, 25_000, 10_000, 2_000, 13_000, 5_000, 5, 4_000, 0, 1, 0, 0],
  ['2026-W47', '2026-11-16', 0, 0, 0, 0, 13_000, 0, 0, null, null, null, 0, 0],
  // She joined and back-filled in this week: written, but nothing dated in it.
  ['2026-W48', '2026-11-23', 0, 0, 0, 0, 13_000, 0, 0, null, null, null, 1, 0],
  // (50,000 - 11,000) / 10 = 3,900; owed 13,000 + 50,000 - 70,000 - 3,000
  ['2026-W49', '2026-11-30', 100, 50_000, 70_000, 3_000, -10_000, 11_000, 10, 3_900, 0, 1, 1, 0],
  // (5,000 - 7,000) / 1 = -2,000: flagged negative; the week is under way
  ['2026-W50', '2026-12-07', 10, 5_000, 0, 0, -5_000, 7_000, 1, -2_000, 1, 1, 1, 1],
];

// month, pieces, earned, paid, deductions, owed, costs, hours, effective, negative, any_entry, partial
type MonthLine = [string, number, number, number, number, number, number, number, number, 0 | 1, 0 | 1, 0 | 1];
const MONTHS: MonthLine[] = [
  // 9 to 30 November: W46 and Monday 30 November of W49.
  // earned 25,000 + 20,000; costs 5,000 + 2,000; 9 hours: 38,000 / 9 = 4,222.2; owed 45,000 - 12,000
  ['2026-11', 90, 45_000, 10_000, 2_000, 33_000, 7_000, 9, 4_222, 0, 1, 0],
  // 1 to 9 December: the rest of W49 and W50 so far.
  // earned 30,000 + 5,000; costs 9,000 + 7,000; 7 hours: 19,000 / 7 = 2,714.3; owed 33,000 + 35,000 - 70,000 - 3,000
  ['2026-12', 70, 35_000, 70_000, 3_000, -5_000, 16_000, 7, 2_714, 0, 1, 1],
];

function expectedWeeks() {
  return WEEKS.map(
    ([week, week_start, pieces, earned, paid, deductions, owed, costs, hours, eff, neg, below, any, partial]) => ({
      worker: 'W-hand',
      kecamatan: 'Pare',
      product: 'alas_kaki',
      week,
      week_start,
      pieces,
      earned,
      paid,
      deductions,
      owed,
      costs,
      hours,
      effective_hourly: eff,
      negative_hourly: neg,
      umk_hourly: UMK_2026,
      below_umk: below,
      any_entry: any,
      partial,
    }),
  );
}

function expectedMonths() {
  return MONTHS.map(([month, pieces, earned, paid, deductions, owed, costs, hours, eff, neg, any, partial]) => ({
    worker: 'W-hand',
    kecamatan: 'Pare',
    product: 'alas_kaki',
    month,
    pieces,
    earned,
    paid,
    deductions,
    owed,
    costs,
    hours,
    effective_hourly: eff,
    negative_hourly: neg,
    umk_hourly: UMK_2026,
    below_umk: 1,
    any_entry: any,
    partial,
  }));
}

describe('months made of days, and a back-filled diary', () => {
  it('weeks from the week of her first dated entry, not the week she joined', () => {
    const rows = panelOf(diary, TODAY);
    expect(rows).toEqual(expectedWeeks().map((r) => ({ ...r, reminders_sent: null, reminders_answered: null })));
  });

  it('calendar months split the week that spans them by day', () => {
    expect(panelMonthsOf(diary, TODAY)).toEqual(expectedMonths());
    // Both add up to the same totals: nothing is lost or counted twice at the boundary.
    const sum = (rows: { earned: number; hours: number; costs: number }[]) =>
      rows.reduce((a, r) => [a[0]! + r.earned, a[1]! + r.hours, a[2]! + r.costs], [0, 0, 0]);
    expect(sum(panelMonthsOf(diary, TODAY))).toEqual(sum(panelOf(diary, TODAY)));
  });

  it('a window keeps what is owed from before it', () => {
    const weeks = panelOf(diary, TODAY, { from: '2026-12-01', to: '2026-12-09' });
    expect(weeks.map((r) => [r.week, r.owed])).toEqual([
      ['2026-W49', -10_000],
      ['2026-W50', -5_000],
    ]);
    expect(panelMonthsOf(diary, TODAY, { from: '2026-12-01' }).map((r) => [r.month, r.owed])).toEqual([
      ['2026-12', -5_000],
    ]);
  });
});

describe('the same diary read from the database', () => {
  let t: TestDb;
  const pseudonym = keyedPseudonymizer('test-secret-0123456789abcdef');
  beforeAll(async () => {
    t = await testDb();
    await addWorker(t.db, 'hand', { joined: '2026-11-25T02:00:00.000Z' });
    // Written when: back-filled entries on 25 November (WIB), the rest on their own day.
    const at = (day: string) => `${day}T03:00:00.000Z`;
    const backfill = at('2026-11-25');
    const employer_id = await findOrCreateEmployer(t.db, 'hand', 'Bu Yati', backfill);
    const order = await insertEntry(
      t.db,
      'hand',
      'order',
      {
        employer_id,
        product: 'sandal',
        unit: 'pcs',
        quantity_count: 200,
        quantity_pieces: 200,
        rate_amount: 500,
        rate_per: 'pcs',
        rate_count: 1,
        received_on: '2026-11-10',
        due_on: null,
        written_agreement: null,
        materials_from_employer: null,
      },
      backfill,
    );
    const written = (day: string) => (day < '2026-11-25' ? backfill : at(day));
    for (const x of diary.handins)
      await insertEntry(
        t.db,
        'hand',
        'handin',
        { order_id: order, handed_in_on: x.day, delivered_pieces: x.pieces, rejected_pieces: 0 },
        written(x.day),
      );
    for (const x of diary.payments)
      await insertEntry(
        t.db,
        'hand',
        'payment',
        {
          employer_id,
          order_id: null,
          kind: x.deduction ? 'pay' : 'kasbon',
          amount: x.amount,
          deduction: x.deduction ?? 0,
          kasbon_repaid: 0,
          paid_on: x.day,
        },
        written(x.day),
      );
    for (const x of diary.hours)
      await insertEntry(
        t.db,
        'hand',
        'hours',
        { worked_on: x.day, minutes: x.hours * 60, order_id: null, helpers: 0, child_helper: null },
        written(x.day),
      );
    for (const x of diary.costs)
      await insertEntry(
        t.db,
        'hand',
        'cost',
        { category: 'listrik', amount: x.amount, spent_on: x.day },
        x.day === '2026-12-03' ? at('2026-12-02') : written(x.day),
      );
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives the hand-computed weeks and months', async () => {
    const { weeks, months } = await workerPanel(t.db, pseudonym, TODAY, { weeks: true, months: true });
    const w = pseudonym.worker('hand');
    expect(weeks).toEqual(expectedWeeks().map((r) => ({ ...r, worker: w, reminders_sent: 0, reminders_answered: 0 })));
    expect(months).toEqual(expectedMonths().map((r) => ({ ...r, worker: w })));
  });
});
