// The worker panel: one row per research-consented worker per ISO week, and
// one per calendar month, from the earlier of the week she joined and the week
// of her first dated entry (a back-filled diary starts where its entries do)
// to the current week, whether or not she wrote anything (any_entry says so).
//
// One rule for weeks and months: her entries are summed by the day they are
// about; a week is its seven days, a calendar month (WIB) the days in it, so a
// week that spans two months is split by day in the monthly figures. The
// current week and month are partial (partial = 1).
//
// Built by a pure function from her diary, so the arithmetic is testable by
// hand; src/research/worker-weeks.ts fills the same sums for every worker
// straight from the database.

import { dayNumber, dayNumberOfDigits, digitsOfDayNumber, mondayOfNumber, weekOfMonday } from './weeks.ts';
import { umkHourly } from './yardstick.ts';

export interface DiaryOfWorker {
  /** Pseudonym (never the worker id). */
  worker: string;
  /** WIB day she joined (gave consent). */
  joined: string;
  kecamatan: string | null;
  product: string | null;
  handins: { day: string; pieces: number; value: number }[];
  /** Cash received (pay and advances); deduction: kept back by the employer, settling part of what she earned. */
  payments: { day: string; amount: number; deduction?: number }[];
  hours: { day: string; hours: number }[];
  costs: { day: string; amount: number }[];
  /** Days on which she wrote any entry of any kind (orders included): when written, not the day it is about. */
  entryDays: string[];
  /** Days her entries are about that count for where her panel starts (orders' days included). */
  datedDays?: string[];
  /** null when reminders are not recorded by this installation. */
  reminders: { day: string; answered: boolean }[] | null;
}

/** Figures common to a week row and a month row. */
interface Figures {
  worker: string;
  kecamatan: string | null;
  product: string | null;
  pieces: number;
  earned: number;
  paid: number;
  deductions: number;
  owed: number;
  costs: number;
  hours: number;
  effective_hourly: number | null;
  negative_hourly: 0 | 1 | null;
  umk_hourly: number | null;
  below_umk: 0 | 1 | null;
  any_entry: 0 | 1;
  /** 1 for the week or month still under way (it holds the last day of the panel). */
  partial: 0 | 1;
}

export interface PanelRow extends Figures {
  week: string;
  week_start: string;
  reminders_sent: number | null;
  reminders_answered: number | null;
}

export interface MonthRow extends Figures {
  month: string;
}

// Columns of the day arrays.
const PIECES = 0;
const EARNED = 1;
const PAID = 2;
const DEDUCTED = 3;
const MINUTES = 4;
const COSTS = 5;
const SENT = 6;
const ANSWERED = 7;
const WRITTEN = 8;
const WIDTH = 9;

/** "2026-11" of a month number 202611. */
const monthText = (m: number) => `${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}`;

/**
 * Her panel as it fills up: sums per day (day numbers, src/research/weeks.ts),
 * from the Monday of the week holding `joined` (moved earlier when an entry is
 * dated before it) to `lastDay`. Entries after `lastDay` are left out.
 */
/** A row's figures before the days are added in (figures() fills them); shared by weeks and months. */
const NO_FIGURES = {
  pieces: 0,
  earned: 0,
  paid: 0,
  deductions: 0,
  owed: 0,
  costs: 0,
  hours: 0,
  effective_hourly: null,
  negative_hourly: null,
  umk_hourly: null,
  below_umk: null,
  any_entry: 0,
} as const;

export class PanelDays {
  private first: number;
  private readonly last: number;
  private sums: Float64Array;

  constructor(joined: number, lastDay: number) {
    this.last = lastDay;
    this.first = Math.min(mondayOfNumber(joined), mondayOfNumber(lastDay));
    this.sums = new Float64Array((lastDay - this.first + 1) * WIDTH);
  }

  /** Row offset of a day in `sums`, growing the panel back to the Monday of its week; -1 after the last day. */
  private at(day: number): number {
    if (day > this.last) return -1;
    if (day < this.first) {
      const first = mondayOfNumber(day);
      const grown = new Float64Array((this.last - first + 1) * WIDTH);
      grown.set(this.sums, (this.first - first) * WIDTH);
      this.sums = grown;
      this.first = first;
    }
    return (day - this.first) * WIDTH;
  }

  /** A day her diary is about, though nothing in it is summed (an order received): the panel starts no later. */
  dated(day: number): void {
    this.at(day);
  }

  handin(day: number, pieces: number, value: number): void {
    const i = this.at(day);
    if (i < 0) return;
    this.sums[i + PIECES]! += pieces;
    this.sums[i + EARNED]! += value;
  }

  payment(day: number, amount: number, deduction = 0): void {
    const i = this.at(day);
    if (i < 0) return;
    this.sums[i + PAID]! += amount;
    this.sums[i + DEDUCTED]! += deduction;
  }

  /** Whole minutes, so that sums do not depend on the order entries come in. */
  minutes(day: number, minutes: number): void {
    const i = this.at(day);
    if (i >= 0) this.sums[i + MINUTES]! += minutes;
  }

  cost(day: number, amount: number): void {
    const i = this.at(day);
    if (i >= 0) this.sums[i + COSTS]! += amount;
  }

  /** Reminders do not move the start of her panel. */
  reminder(day: number, answered: boolean): void {
    if (day < this.first || day > this.last) return;
    const i = (day - this.first) * WIDTH;
    this.sums[i + SENT]!++;
    if (answered) this.sums[i + ANSWERED]!++;
  }

  /** She wrote something on this day (the day written, which never moves the start). */
  entry(day: number): void {
    if (day < this.first || day > this.last) return;
    this.sums[(day - this.first) * WIDTH + WRITTEN] = 1;
  }

  /** Sums over the days [a, b] (day numbers, within the panel) into `out`. */
  private add(a: number, b: number, out: Float64Array): void {
    out.fill(0);
    const s = this.sums;
    for (let i = (a - this.first) * WIDTH, end = (b - this.first + 1) * WIDTH; i < end; i += WIDTH) {
      for (let c = 0; c < WRITTEN; c++) out[c] = out[c]! + s[i + c]!;
      if (s[i + WRITTEN]) out[WRITTEN] = 1;
    }
  }

  /** The figures of a period from its sums, written into `row` (its keys already in place, so every row has one shape). */
  private figures<R extends Figures>(row: R, t: Float64Array, owed: number, month: string): R {
    const hours = t[MINUTES]! / 60;
    const effective = hours > 0 ? Math.round((t[EARNED]! - t[COSTS]!) / hours) : null;
    const umk = umkHourly(month);
    row.pieces = t[PIECES]!;
    row.earned = t[EARNED]!;
    row.paid = t[PAID]!;
    row.deductions = t[DEDUCTED]!;
    row.owed = owed;
    row.costs = t[COSTS]!;
    row.hours = Math.round(hours * 100) / 100;
    row.effective_hourly = effective;
    row.negative_hourly = effective === null ? null : effective < 0 ? 1 : 0;
    row.umk_hourly = umk;
    row.below_umk = effective === null || umk === null ? null : effective < umk ? 1 : 0;
    row.any_entry = t[WRITTEN] ? 1 : 0;
    return row;
  }

  /** Owed at the end of each day: earned - cash received - deductions, to date. */
  private owedByDay(): Float64Array {
    const n = this.last - this.first + 1;
    const owed = new Float64Array(n);
    let run = 0;
    for (let d = 0; d < n; d++) {
      const i = d * WIDTH;
      run += this.sums[i + EARNED]! - this.sums[i + PAID]! - this.sums[i + DEDUCTED]!;
      owed[d] = run;
    }
    return owed;
  }

  /** One row per ISO week, optionally only weeks overlapping [from, to] (WIB days). */
  weeks(
    who: { worker: string; kecamatan: string | null; product: string | null },
    window: { from?: string; to?: string },
    remindersKnown: boolean,
  ): PanelRow[] {
    const rows: PanelRow[] = [];
    const owed = this.owedByDay();
    const t = new Float64Array(WIDTH);
    const from = window.from ? mondayOfNumber(dayNumber(window.from)) : null;
    const to = window.to ? dayNumber(window.to) : null;
    for (let monday = this.first; monday <= this.last; monday += 7) {
      if ((from !== null && monday < from) || (to !== null && monday > to)) continue;
      const end = Math.min(monday + 6, this.last);
      this.add(monday, end, t);
      const { week, start } = weekOfMonday(monday);
      const row: PanelRow = {
        worker: who.worker,
        week,
        week_start: start,
        kecamatan: who.kecamatan,
        product: who.product,
        ...NO_FIGURES,
        partial: monday + 6 > this.last ? 1 : 0,
        reminders_sent: remindersKnown ? t[SENT]! : null,
        reminders_answered: remindersKnown ? t[ANSWERED]! : null,
      };
      // The UMK of the month the week starts in (a yardstick; weeks are not split for it).
      rows.push(this.figures(row, t, owed[end - this.first]!, start.slice(0, 7)));
    }
    return rows;
  }

  /** One row per calendar month: the days of the month within her panel; months overlapping [from, to] only. */
  months(
    who: { worker: string; kecamatan: string | null; product: string | null },
    window: { from?: string; to?: string },
  ): MonthRow[] {
    const rows: MonthRow[] = [];
    const owed = this.owedByDay();
    const t = new Float64Array(WIDTH);
    const fromMonth = window.from ? window.from.slice(0, 7) : null;
    const toMonth = window.to ? window.to.slice(0, 7) : null;
    let m = Math.floor(digitsOfDayNumber(this.first) / 100);
    for (;;) {
      const start = dayNumberOfDigits(m * 100 + 1);
      if (start > this.last) break;
      const next = m % 100 === 12 ? (Math.floor(m / 100) + 1) * 100 + 1 : m + 1;
      const monthEnd = dayNumberOfDigits(next * 100 + 1) - 1;
      const month = monthText(m);
      m = next;
      if ((fromMonth && month < fromMonth) || (toMonth && month > toMonth)) continue;
      const a = Math.max(start, this.first);
      const b = Math.min(monthEnd, this.last);
      this.add(a, b, t);
      const row: MonthRow = {
        worker: who.worker,
        month,
        kecamatan: who.kecamatan,
        product: who.product,
        ...NO_FIGURES,
        partial: monthEnd > this.last ? 1 : 0,
      };
      rows.push(this.figures(row, t, owed[b - this.first]!, month));
    }
    return rows;
  }
}

/** Her diary summed into days (pure): what both the weekly and the monthly rows are made of. */
export function panelDaysOf(d: DiaryOfWorker, lastDay: string): PanelDays {
  const p = new PanelDays(dayNumber(d.joined), dayNumber(lastDay));
  for (const day of d.datedDays ?? []) p.dated(dayNumber(day));
  for (const x of d.handins) p.handin(dayNumber(x.day), x.pieces, x.value);
  for (const x of d.payments) p.payment(dayNumber(x.day), x.amount, x.deduction ?? 0);
  for (const x of d.hours) p.minutes(dayNumber(x.day), Math.round(x.hours * 60));
  for (const x of d.costs) p.cost(dayNumber(x.day), x.amount);
  for (const r of d.reminders ?? []) p.reminder(dayNumber(r.day), r.answered);
  for (const day of d.entryDays) p.entry(dayNumber(day));
  return p;
}

/** Her weekly rows up to the week holding `lastDay`, optionally only weeks overlapping [from, to]. */
export function panelOf(d: DiaryOfWorker, lastDay: string, window: { from?: string; to?: string } = {}): PanelRow[] {
  return panelDaysOf(d, lastDay).weeks(d, window, d.reminders !== null);
}

/** Her monthly rows up to the month holding `lastDay`, optionally only months overlapping [from, to]. */
export function panelMonthsOf(
  d: DiaryOfWorker,
  lastDay: string,
  window: { from?: string; to?: string } = {},
): MonthRow[] {
  return panelDaysOf(d, lastDay).months(d, window);
}
