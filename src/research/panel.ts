// The worker-week panel: one row per research-consented worker per ISO week
// from the week she joined to the current week, whether or not she wrote
// anything that week (any_entry says so). Built by a pure function from her
// diary, so the arithmetic is testable by hand; src/research/worker-weeks.ts
// fills the same sums for every worker straight from the database.

import { dayNumber, mondayOfNumber, monthOf, weekOfMonday, weekStart } from './weeks.ts';
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

/**
 * Her panel as it fills up: sums per week, from the week holding `joined` to
 * the week holding `lastDay`, days given as day numbers (src/research/weeks.ts).
 * Entries are added in the order she wrote them: hours are floating-point sums,
 * which depend on it.
 */
export class PanelWeeks {
  private readonly first: number;
  private readonly n: number;
  // Typed arrays start at zero; doubles hold the whole-rupiah sums exactly.
  private readonly pieces: Float64Array;
  private readonly earned: Float64Array;
  private readonly paid: Float64Array;
  private readonly hrs: Float64Array;
  private readonly costs: Float64Array;
  private readonly sent: Float64Array;
  private readonly answered: Float64Array;
  private readonly written: Uint8Array;
  // Work and pay dated before she joined (an old order logged late) count toward what is owed from the first week.
  private earnedBefore = 0;
  private paidBefore = 0;

  constructor(joined: number, lastDay: number) {
    // Weeks as Monday day numbers, 7 apart: week i of her panel starts on first + 7i.
    this.first = mondayOfNumber(joined);
    const n = Math.max(0, (mondayOfNumber(lastDay) - this.first) / 7 + 1);
    this.n = n;
    this.pieces = new Float64Array(n);
    this.earned = new Float64Array(n);
    this.paid = new Float64Array(n);
    this.hrs = new Float64Array(n);
    this.costs = new Float64Array(n);
    this.sent = new Float64Array(n);
    this.answered = new Float64Array(n);
    this.written = new Uint8Array(n);
  }

  /** Index of the week holding a day: negative before her first week, n or more after the last. */
  private week(day: number): number {
    return Math.floor((day - this.first) / 7);
  }

  handin(day: number, pieces: number, value: number): void {
    const i = this.week(day);
    if (i < 0) this.earnedBefore += value;
    else if (i < this.n) {
      this.pieces[i]! += pieces;
      this.earned[i]! += value;
    }
  }

  payment(day: number, amount: number): void {
    const i = this.week(day);
    if (i < 0) this.paidBefore += amount;
    else if (i < this.n) this.paid[i]! += amount;
  }

  hours(day: number, hours: number): void {
    const i = this.week(day);
    if (i >= 0 && i < this.n) this.hrs[i]! += hours;
  }

  cost(day: number, amount: number): void {
    const i = this.week(day);
    if (i >= 0 && i < this.n) this.costs[i]! += amount;
  }

  reminder(day: number, answered: boolean): void {
    const i = this.week(day);
    if (i < 0 || i >= this.n) return;
    this.sent[i]!++;
    if (answered) this.answered[i]!++;
  }

  /** She wrote something on this day. */
  entry(day: number): void {
    const i = this.week(day);
    if (i >= 0 && i < this.n) this.written[i] = 1;
  }

  rows(
    who: { worker: string; kecamatan: string | null; product: string | null },
    window: { from?: string; to?: string },
    remindersKnown: boolean,
  ): PanelRow[] {
    const rows: PanelRow[] = [];
    let earnedSoFar = this.earnedBefore;
    let paidSoFar = this.paidBefore;
    const fromMonday = window.from ? weekStart(window.from) : null;
    for (let i = 0; i < this.n; i++) {
      const { week, start: monday } = weekOfMonday(this.first + 7 * i);
      const earned = this.earned[i]!;
      const paid = this.paid[i]!;
      const costs = this.costs[i]!;
      const hrs = this.hrs[i]!;
      earnedSoFar += earned;
      paidSoFar += paid;
      if ((fromMonday && monday < fromMonday) || (window.to && monday > window.to)) continue;
      const effective = hrs > 0 ? Math.round((earned - costs) / hrs) : null;
      // The UMK of the month the week starts in.
      const umk = umkHourly(monthOf(monday));
      rows.push({
        worker: who.worker,
        week,
        week_start: monday,
        kecamatan: who.kecamatan,
        product: who.product,
        pieces: this.pieces[i]!,
        earned,
        paid,
        owed: earnedSoFar - paidSoFar,
        costs,
        hours: Math.round(hrs * 100) / 100,
        effective_hourly: effective,
        umk_hourly: umk,
        below_umk: effective === null || umk === null ? null : effective < umk ? 1 : 0,
        any_entry: this.written[i] ? 1 : 0,
        reminders_sent: remindersKnown ? this.sent[i]! : null,
        reminders_answered: remindersKnown ? this.answered[i]! : null,
      });
    }
    return rows;
  }
}

/** Her rows from the week she joined to the week holding `lastDay`, optionally cut to [from, to]. */
export function panelOf(d: DiaryOfWorker, lastDay: string, window: { from?: string; to?: string } = {}): PanelRow[] {
  const p = new PanelWeeks(dayNumber(d.joined), dayNumber(lastDay));
  for (const x of d.handins) p.handin(dayNumber(x.day), x.pieces, x.value);
  for (const x of d.payments) p.payment(dayNumber(x.day), x.amount);
  for (const x of d.hours) p.hours(dayNumber(x.day), x.hours);
  for (const x of d.costs) p.cost(dayNumber(x.day), x.amount);
  for (const r of d.reminders ?? []) p.reminder(dayNumber(r.day), r.answered);
  for (const day of d.entryDays) p.entry(dayNumber(day));
  return p.rows(d, window, d.reminders !== null);
}
