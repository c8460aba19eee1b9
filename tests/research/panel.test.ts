import { describe, expect, it } from 'vitest';
import { type DiaryOfWorker, panelOf } from '../../src/research/panel.ts';

describe('worker-week panel', () => {
  // Joined Wednesday 4 Nov 2026 (ISO week 45). Week 46 she writes nothing. Week 47: paid in part.
  const d: DiaryOfWorker = {
    worker: 'P-abc',
    joined: '2026-11-04',
    kecamatan: 'Pare',
    product: 'alas_kaki',
    handins: [
      { day: '2026-11-05', pieces: 100, value: 50_000 },
      { day: '2026-11-07', pieces: 40, value: 20_000 },
      { day: '2026-11-17', pieces: 60, value: 30_000 },
    ],
    payments: [{ day: '2026-11-18', amount: 60_000 }],
    hours: [
      { day: '2026-11-05', hours: 6 },
      { day: '2026-11-06', hours: 4.5 },
      { day: '2026-11-17', hours: 2 },
    ],
    costs: [{ day: '2026-11-06', amount: 7_000 }],
    entryDays: ['2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-17', '2026-11-18'],
    reminders: null,
  };

  it('has one row per ISO week since she joined, with sums, what is owed and hourly earnings by hand', () => {
    const rows = panelOf(d, '2026-11-25');
    expect(rows.map((r) => r.week)).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    // W45: earned 70,000, costs 7,000, 10.5 hours: (70000 - 7000) / 10.5 = 6000 per hour.
    expect(rows[0]).toMatchObject({
      week_start: '2026-11-02',
      pieces: 140,
      earned: 70_000,
      paid: 0,
      owed: 70_000,
      costs: 7_000,
      hours: 10.5,
      effective_hourly: 6000,
      // UMK 2026 2,651,603 / 173 = 15,327.2
      umk_hourly: 15_327,
      below_umk: 1,
      any_entry: 1,
      reminders_sent: null,
    });
    expect(rows[1]).toMatchObject({
      pieces: 0,
      earned: 0,
      owed: 70_000,
      hours: 0,
      effective_hourly: null,
      below_umk: null,
      any_entry: 0,
    });
    // W47: earned 30,000 in 2 hours = 15,000 per hour, paid 60,000: owed 100,000 - 60,000.
    expect(rows[2]).toMatchObject({
      earned: 30_000,
      paid: 60_000,
      owed: 40_000,
      effective_hourly: 15_000,
      below_umk: 1,
    });
    expect(rows[3]).toMatchObject({ any_entry: 0, owed: 40_000 });
  });

  it('a date window keeps what is owed from earlier weeks', () => {
    const rows = panelOf(d, '2026-11-25', { from: '2026-11-12', to: '2026-11-20' });
    expect(rows.map((r) => r.week)).toEqual(['2026-W46', '2026-W47']);
    expect(rows[1]!.owed).toBe(40_000);
  });

  it('counts reminders when they are recorded', () => {
    const rows = panelOf(
      {
        ...d,
        reminders: [
          { day: '2026-11-09', answered: false },
          { day: '2026-11-16', answered: true },
          { day: '2026-11-19', answered: false },
        ],
      },
      '2026-11-25',
    );
    expect(rows.map((r) => [r.reminders_sent, r.reminders_answered])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
      [0, 0],
    ]);
  });
});
