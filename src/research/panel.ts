// The worker-week panel: one row per research-consented worker per ISO week
// from the week she joined to the current week, whether or not she wrote
// anything that week (any_entry says so). Built by a pure function from her
// diary, so the arithmetic is testable by hand; `loadPanel` feeds it from the
// database.

import { mondayNumber, monthOf, weekOfMonday, weekStart } from './weeks.ts';
import { umkHourly } from './yardstick.ts';

export interface DiaryOfWorker {
  /** Pseudonym (never the worker id). */
  worker: string;
  /** WIB day she joined (gave consent). */
  joined: string;
  kecamatan: string | null;
  product: string | null;
  handins: { day: string; pieces: number; value: number }[];
  payments: { day: string; amount: number }[];
  hours: { day: string; hours: number }[];
  costs: { day: string; amount: number }[];
  /** Days with any entry of any kind (orders included). */
  entryDays: string[];
  /** null when reminders are not recorded by this installation. */
  reminders: { day: string; answered: boolean }[] | null;
}

export interface PanelRow {
  worker: string;
  week: string;
  week_start: string;
  kecamatan: string | null;
  product: string | null;
  pieces: number;
  earned: number;
  paid: number;
  owed: number;
  costs: number;
  hours: number;
  effective_hourly: number | null;
  umk_hourly: number | null;
  below_umk: 0 | 1 | null;
  any_entry: 0 | 1;
  reminders_sent: number | null;
  reminders_answered: number | null;
}

/** Her rows from the week she joined to the week holding `lastDay`, optionally cut to [from, to]. */
export function panelOf(d: DiaryOfWorker, lastDay: string, window: { from?: string; to?: string } = {}): PanelRow[] {
  // Weeks as Monday day numbers, 7 apart: week i of her panel starts on first + 7i.
  const first = mondayNumber(d.joined);
  const n = Math.max(0, (mondayNumber(lastDay) - first) / 7 + 1);
  const indexOf = (day: string) => (mondayNumber(day) - first) / 7;
  const inPanel = (i: number) => i >= 0 && i < n;
  const pieces = new Array<number>(n).fill(0);
  const earned = new Array<number>(n).fill(0);
  const paid = new Array<number>(n).fill(0);
  const hours = new Array<number>(n).fill(0);
  const costs = new Array<number>(n).fill(0);
  const sent = new Array<number>(n).fill(0);
  const answered = new Array<number>(n).fill(0);
  const anyEntry = new Array<0 | 1>(n).fill(0);
  // Work and pay dated before she joined (an old order logged late) count toward what is owed from the first week.
  let earnedSoFar = 0;
  let paidSoFar = 0;
  for (const x of d.handins) {
    const i = indexOf(x.day);
    if (i < 0) earnedSoFar += x.value;
    else if (i < n) {
      pieces[i]! += x.pieces;
      earned[i]! += x.value;
    }
  }
  for (const x of d.payments) {
    const i = indexOf(x.day);
    if (i < 0) paidSoFar += x.amount;
    else if (i < n) paid[i]! += x.amount;
  }
  // Hours are summed in the order written, as floating point sums depend on it.
  for (const x of d.hours) {
    const i = indexOf(x.day);
    if (inPanel(i)) hours[i]! += x.hours;
  }
  for (const x of d.costs) {
    const i = indexOf(x.day);
    if (inPanel(i)) costs[i]! += x.amount;
  }
  for (const r of d.reminders ?? []) {
    const i = indexOf(r.day);
    if (!inPanel(i)) continue;
    sent[i]!++;
    if (r.answered) answered[i]!++;
  }
  for (const day of d.entryDays) {
    const i = indexOf(day);
    if (inPanel(i)) anyEntry[i] = 1;
  }

  const rows: PanelRow[] = [];
  const fromMonday = window.from ? weekStart(window.from) : null;
  for (let i = 0; i < n; i++) {
    const { week, start: monday } = weekOfMonday(first + 7 * i);
    earnedSoFar += earned[i]!;
    paidSoFar += paid[i]!;
    const hrs = hours[i]!;
    const effective = hrs > 0 ? Math.round((earned[i]! - costs[i]!) / hrs) : null;
    // The UMK of the month the week starts in.
    const umk = umkHourly(monthOf(monday));
    if ((fromMonday && monday < fromMonday) || (window.to && monday > window.to)) continue;
    rows.push({
      worker: d.worker,
      week,
      week_start: monday,
      kecamatan: d.kecamatan,
      product: d.product,
      pieces: pieces[i]!,
      earned: earned[i]!,
      paid: paid[i]!,
      owed: earnedSoFar - paidSoFar,
      costs: costs[i]!,
      hours: Math.round(hrs * 100) / 100,
      effective_hourly: effective,
      umk_hourly: umk,
      below_umk: effective === null || umk === null ? null : effective < umk ? 1 : 0,
      any_entry: anyEntry[i]!,
      reminders_sent: d.reminders ? sent[i]! : null,
      reminders_answered: d.reminders ? answered[i]! : null,
    });
  }
  return rows;
}
