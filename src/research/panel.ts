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

import { PART } from '../db/diary-months.ts';
import { hourlyOf } from '../diary/summary.ts';
import { type Cell, type Table, tableOfColumns } from './table.ts';
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

/** "2026-11" of a month number 202611, and its UMK per hour: asked for every month row, so kept. */
const monthFacts = new Map<number, { text: string; umk: number | null }>();
function monthOfNumber(m: number): { text: string; umk: number | null } {
  let v = monthFacts.get(m);
  if (!v) {
    const text = `${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}`;
    v = { text, umk: umkHourly(text) };
    if (monthFacts.size > 10_000) monthFacts.clear();
    monthFacts.set(m, v);
  }
  return v;
}

/** The ISO week of a Monday (a day number), its day, and the UMK of the month it starts in: asked for every week row. */
const weekFacts = new Map<number, { week: string; start: string; umk: number | null }>();
function weekOfNumber(monday: number): { week: string; start: string; umk: number | null } {
  let v = weekFacts.get(monday);
  if (!v) {
    const { week, start } = weekOfMonday(monday);
    v = { week, start, umk: umkHourly(start.slice(0, 7)) };
    if (weekFacts.size > 100_000) weekFacts.clear();
    weekFacts.set(monday, v);
  }
  return v;
}

type Who = { worker: string; kecamatan: string | null; product: string | null };
type Window = { from?: string; to?: string };

/** The day number the month after month 202611 starts on: a few dozen months, asked once per month row. */
const monthStarts = new Map<number, number>();
function nextMonthStart(m: number): number {
  let v = monthStarts.get(m);
  if (v === undefined) {
    v = dayNumberOfDigits(nextMonth(m) * 100 + 1);
    if (monthStarts.size > 10_000) monthStarts.clear();
    monthStarts.set(m, v);
  }
  return v;
}

const nextMonth = (m: number) => (m % 100 === 12 ? (Math.floor(m / 100) + 1) * 100 + 1 : m + 1);

/** Adds the day at offset `i` of `s` into a period's sums `t`. */
function addDay(s: Float64Array, i: number, t: Float64Array): void {
  t[PIECES] = t[PIECES]! + s[i + PIECES]!;
  t[EARNED] = t[EARNED]! + s[i + EARNED]!;
  t[PAID] = t[PAID]! + s[i + PAID]!;
  t[DEDUCTED] = t[DEDUCTED]! + s[i + DEDUCTED]!;
  t[MINUTES] = t[MINUTES]! + s[i + MINUTES]!;
  t[COSTS] = t[COSTS]! + s[i + COSTS]!;
  t[SENT] = t[SENT]! + s[i + SENT]!;
  t[ANSWERED] = t[ANSWERED]! + s[i + ANSWERED]!;
  if (s[i + WRITTEN]) t[WRITTEN] = 1;
}

/**
 * A week's row of her panel, from its sums `t` (`known`: whether reminders were counted for her). One
 * literal of one shape, made at once: 400,000 of them make the panel.
 */
function weekRow(
  who: Who,
  week: string,
  start: string,
  t: Float64Array,
  owed: number,
  umk: number | null,
  partial: boolean,
  known: boolean,
): PanelRow {
  const hours = t[MINUTES]! / 60;
  const effective = hourlyOf(t[EARNED]! - t[COSTS]!, t[MINUTES]!);
  return {
    worker: who.worker,
    week,
    week_start: start,
    kecamatan: who.kecamatan,
    product: who.product,
    pieces: t[PIECES]!,
    earned: t[EARNED]!,
    paid: t[PAID]!,
    deductions: t[DEDUCTED]!,
    owed,
    costs: t[COSTS]!,
    hours: Math.round(hours * 100) / 100,
    effective_hourly: effective,
    negative_hourly: effective === null ? null : effective < 0 ? 1 : 0,
    umk_hourly: umk,
    below_umk: effective === null || umk === null ? null : effective < umk ? 1 : 0,
    any_entry: t[WRITTEN] ? 1 : 0,
    partial: partial ? 1 : 0,
    reminders_sent: known ? t[SENT]! : null,
    reminders_answered: known ? t[ANSWERED]! : null,
  };
}

/** A calendar month's row of her panel, from its sums `t`: the same figures as a week's. */
function monthRow(
  who: Who,
  month: string,
  t: Float64Array,
  owed: number,
  umk: number | null,
  partial: boolean,
): MonthRow {
  const hours = t[MINUTES]! / 60;
  const effective = hourlyOf(t[EARNED]! - t[COSTS]!, t[MINUTES]!);
  return {
    worker: who.worker,
    month,
    kecamatan: who.kecamatan,
    product: who.product,
    pieces: t[PIECES]!,
    earned: t[EARNED]!,
    paid: t[PAID]!,
    deductions: t[DEDUCTED]!,
    owed,
    costs: t[COSTS]!,
    hours: Math.round(hours * 100) / 100,
    effective_hourly: effective,
    negative_hourly: effective === null ? null : effective < 0 ? 1 : 0,
    umk_hourly: umk,
    below_umk: effective === null || umk === null ? null : effective < umk ? 1 : 0,
    any_entry: t[WRITTEN] ? 1 : 0,
    partial: partial ? 1 : 0,
  };
}

/**
 * Her panel as it fills up: sums per day (day numbers, src/research/weeks.ts),
 * from the Monday of the week holding `joined` (moved earlier when an entry is
 * dated before it) to `lastDay`. Entries after `lastDay` are left out.
 *
 * Days are kept counting back from the last day, so that moving her start
 * earlier moves nothing already summed; reset() readies it for the next
 * worker in the same buffer (a buffer per worker, for thousands of workers,
 * kept the garbage collector busy).
 */
export class PanelDays {
  private first = 0;
  private readonly last: number;
  private sums = new Float64Array(0);
  /** Days, counted back from the last, that may hold something: what reset() clears. */
  private used = 0;

  constructor(joined: number, lastDay: number) {
    this.last = lastDay;
    this.reset(joined);
  }

  /** Empty again, for a worker who joined on `joined`. */
  reset(joined: number): void {
    this.sums.fill(0, 0, this.used * WIDTH);
    this.used = 0;
    this.first = Math.min(mondayOfNumber(joined), mondayOfNumber(this.last));
  }

  /** Offset of a day in `sums` (room made for it), or -1 after the last day. */
  private slot(day: number): number {
    if (day > this.last) return -1;
    const r = this.last - day;
    if (r >= this.used) {
      if ((r + 1) * WIDTH > this.sums.length) {
        const grown = new Float64Array(Math.max(r + 1, 2 * (this.sums.length / WIDTH), 64) * WIDTH);
        grown.set(this.sums.subarray(0, this.used * WIDTH));
        this.sums = grown;
      }
      this.used = r + 1;
    }
    return r * WIDTH;
  }

  /** Offset of a day her diary is about, her panel starting no later than its week; -1 after the last day. */
  private at(day: number): number {
    if (day < this.first) this.first = mondayOfNumber(day);
    return this.slot(day);
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

  /** Reminders do not move the start of her panel (one sent before it is kept but never shown). */
  reminder(day: number, answered: boolean): void {
    const i = this.slot(day);
    if (i < 0) return;
    this.sums[i + SENT]!++;
    if (answered) this.sums[i + ANSWERED]!++;
  }

  /** She wrote something on this day (the day written, which never moves the start). */
  entry(day: number): void {
    const i = this.slot(day);
    if (i >= 0) this.sums[i + WRITTEN] = 1;
  }

  /**
   * Her weekly and monthly rows, appended to `out`, in one pass over her days
   * from her first to the last: a period's sums add its days in order, and
   * what is owed runs from her first day. Only weeks (months) overlapping the
   * window [from, to] are made.
   */
  rows(
    who: Who,
    window: Window,
    want: { weeks?: boolean; months?: boolean; remindersKnown?: boolean },
    out: { weeks: PanelRow[]; months: MonthRow[] },
  ): void {
    const s = this.sums;
    const last = this.last;
    const used = this.used;
    const week = new Float64Array(WIDTH);
    const month = new Float64Array(WIDTH);
    const fromMonday = window.from ? mondayOfNumber(dayNumber(window.from)) : null;
    const to = window.to ? dayNumber(window.to) : null;
    const fromMonth = window.from ? window.from.slice(0, 7) : null;
    const toMonth = window.to ? window.to.slice(0, 7) : null;
    const known = want.remindersKnown ?? true;
    const weeks = want.weeks === true;
    const months = want.months === true;
    let owed = 0;
    let monday = this.first;
    let m = Math.floor(digitsOfDayNumber(this.first) / 100);
    let monthEnd = nextMonthStart(m) - 1;
    for (let d = this.first; d <= last; d++) {
      // Days never touched hold nothing (and may lie beyond the buffer).
      const r = last - d;
      if (r < used) {
        const i = r * WIDTH;
        if (weeks) addDay(s, i, week);
        if (months) addDay(s, i, month);
        owed += s[i + EARNED]! - s[i + PAID]! - s[i + DEDUCTED]!;
      }
      if (d === monday + 6 || d === last) {
        if (weeks && !((fromMonday !== null && monday < fromMonday) || (to !== null && monday > to))) {
          // The UMK of the month the week starts in (a yardstick; weeks are not split for it).
          const { week: name, start, umk } = weekOfNumber(monday);
          out.weeks.push(weekRow(who, name, start, week, owed, umk, monday + 6 > last, known));
        }
        week.fill(0);
        monday += 7;
      }
      if (d === monthEnd || d === last) {
        if (months) {
          const { text: name, umk } = monthOfNumber(m);
          if (!((fromMonth && name < fromMonth) || (toMonth && name > toMonth))) {
            out.months.push(monthRow(who, name, month, owed, umk, monthEnd > last));
          }
        }
        month.fill(0);
        m = nextMonth(m);
        monthEnd = nextMonthStart(m) - 1;
      }
    }
  }

  /** One row per ISO week, optionally only weeks overlapping [from, to] (WIB days). */
  weeks(who: Who, window: Window, remindersKnown: boolean): PanelRow[] {
    const out = { weeks: [] as PanelRow[], months: [] as MonthRow[] };
    this.rows(who, window, { weeks: true, remindersKnown }, out);
    return out.weeks;
  }

  /** One row per calendar month: the days of the month within her panel; months overlapping [from, to] only. */
  months(who: Who, window: Window): MonthRow[] {
    const out = { weeks: [] as PanelRow[], months: [] as MonthRow[] };
    this.rows(who, window, { months: true }, out);
    return out.months;
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

/** Adds the part at offset `i` of `parts` into a period's sums `t`. */
function addPart(parts: Float64Array, i: number, t: Float64Array): void {
  t[PIECES] = t[PIECES]! + parts[i + PART.PIECES]!;
  t[EARNED] = t[EARNED]! + parts[i + PART.EARNED]!;
  t[PAID] = t[PAID]! + parts[i + PART.PAID]!;
  t[DEDUCTED] = t[DEDUCTED]! + parts[i + PART.DEDUCTED]!;
  t[MINUTES] = t[MINUTES]! + parts[i + PART.MINUTES]!;
  t[COSTS] = t[COSTS]! + parts[i + PART.COSTS]!;
}

/**
 * Her weekly and monthly rows (as PanelDays.rows gives them) from the sums of
 * her week parts (fields as PART in src/db/diary-months.ts), appended to the
 * columns `out` asks for: `parts` holds
 * from part `from` on `count` parts in order of their first day, each
 * within one ISO week and one calendar month, so that every week and month is
 * a sum of whole parts. The part holding `last` must hold only days up to
 * `last` (the caller sums it again from the diary when an entry is dated after
 * it); its written mask is read up to `last`. `reminders` are pairs of a day
 * number and 1 when answered, in order of days.
 */
export function panelRowsOfParts(
  who: Who,
  joined: number,
  last: number,
  parts: Float64Array,
  from: number,
  count: number,
  reminders: readonly number[],
  window: Window,
  out: { weeks?: PanelColumns; months?: PanelColumns },
): void {
  const W = PART.WIDTH;
  // Her panel starts in the week she joined, or earlier at her first dated entry.
  let first = Math.min(mondayOfNumber(joined), mondayOfNumber(last));
  const stop = from + count;
  for (let i = from; i < stop; i++)
    if (parts[i * W + PART.DATED]) {
      first = Math.min(first, mondayOfNumber(parts[i * W + PART.START]!));
      break;
    }
  const week = periodSums.week;
  const month = periodSums.month;
  week.fill(0);
  month.fill(0);
  const fromMonday = window.from ? mondayOfNumber(dayNumber(window.from)) : null;
  const to = window.to ? dayNumber(window.to) : null;
  const fromMonth = window.from ? monthNumberOf(window.from) : null;
  const toMonth = window.to ? monthNumberOf(window.to) : null;
  const weeks = out.weeks;
  const months = out.months;
  // Her rows at most: every week (month) touching the days from her first (or the window's) to the
  // last (or the window's); a month has 28 days at least.
  const lo = window.from ? Math.max(first, dayNumber(window.from)) : first;
  const hi = to !== null ? Math.min(last, to) : last;
  const span = Math.max(0, hi - lo);
  const weekWho = weeks ? weeks.addWho(who, Math.floor(span / 7) + 2) : 0;
  const monthWho = months ? months.addWho(who, Math.floor(span / 28) + 2) : 0;
  let owed = 0;
  let monday = first;
  let m = Math.floor(digitsOfDayNumber(first) / 100);
  let monthEnd = nextMonthStart(m) - 1;
  let p = from;
  let r = 0;
  for (let d = first; d <= last; ) {
    const end = Math.min(monday + 6, monthEnd, last);
    // Parts before her first week hold only days she wrote on, never shown.
    while (p < stop && parts[p * W + PART.START]! < d) p++;
    if (p < stop && parts[p * W + PART.START] === d) {
      const i = p * W;
      if (weeks) addPart(parts, i, week);
      if (months) addPart(parts, i, month);
      owed += parts[i + PART.EARNED]! - parts[i + PART.PAID]! - parts[i + PART.DEDUCTED]!;
      if (parts[i + PART.WRITTEN]! & ((1 << (end - d + 1)) - 1)) week[WRITTEN] = month[WRITTEN] = 1;
      p++;
    }
    // Reminders before her first week are kept but never shown.
    while (r < reminders.length && reminders[r]! <= end) {
      if (reminders[r]! >= d) {
        week[SENT]!++;
        if (reminders[r + 1]) week[ANSWERED]!++;
      }
      r += 2;
    }
    if (end === monday + 6 || end === last) {
      if (weeks && !((fromMonday !== null && monday < fromMonday) || (to !== null && monday > to)))
        weeks.add(weekWho, monday, week, owed);
      zero(week);
      monday += 7;
    }
    if (end === monthEnd || end === last) {
      if (months && !((fromMonth !== null && m < fromMonth) || (toMonth !== null && m > toMonth)))
        months.add(monthWho, m, month, owed);
      zero(month);
      m = nextMonth(m);
      monthEnd = nextMonthStart(m) - 1;
    }
    d = end + 1;
  }
}

/**
 * A period's sums back to 0, written out: fill() is a call into the runtime, which for half a million
 * periods of nine numbers cost more than the numbers themselves.
 */
function zero(t: Float64Array): void {
  for (let f = 0; f < WIDTH; f++) t[f] = 0;
}

/** The sums of the week and of the month under way, reused from worker to worker. */
const periodSums = { week: new Float64Array(WIDTH), month: new Float64Array(WIDTH) };

/** 202611 of a day "2026-11-20". */
const monthNumberOf = (day: string) => Number(day.slice(0, 4)) * 100 + Number(day.slice(5, 7));

// Fields of a row of PanelColumns: her sums over the period, and what is owed at its end.
const ROW = {
  PIECES: 0,
  EARNED: 1,
  PAID: 2,
  DEDUCTED: 3,
  OWED: 4,
  COSTS: 5,
  MINUTES: 6,
  /** Weeks only: reminders sent and answered. */
  SENT: 7,
  ANSWERED: 8,
} as const;

/** Rows per chunk of PanelColumns (a power of two). */
const CHUNK_BITS = 13;
const CHUNK = 1 << CHUNK_BITS;

/** Months since the start of year 0 of a month 202611, and back. */
const monthIndexOf = (m: number) => Math.floor(m / 100) * 12 + (m % 100) - 1;
const monthOfIndex = (i: number) => Math.floor(i / 12) * 100 + (i % 12) + 1;

/**
 * Panel rows, weekly or monthly, as numbers, appended worker after worker:
 * what the exports write (as a Table, src/research/table.ts), with no object
 * per row. Rows are kept in chunks of a few thousand, an array of numbers for
 * their sums and one for who and whether she wrote, filled one after another:
 * nothing is copied as the panel grows, and a million entries' panel (400,000
 * weeks) is some hundred arrays, not the hundreds of thousands of objects the
 * garbage collector would trace. A worker's rows are a run of consecutive
 * periods, so a row's period is worked out from its run; the period holding
 * the last day is the one under way (partial). weekRows() and monthRows()
 * make the row objects the dashboard's charts read.
 */
export class PanelColumns {
  n = 0;
  /** Who the rows are of. */
  readonly whos: Who[] = [];
  /** Per chunk: the sums of its rows, and each row's run times 2 plus 1 when she wrote anything. */
  private readonly sums: Float64Array[] = [];
  private readonly runOf: Int32Array[] = [];
  /** Numbers per row in `sums`. */
  private readonly width: number;
  /** Runs of rows: the first row, whose they are, and the first period (a Monday's day number, or a month index). */
  private runs = 0;
  private runStart = new Int32Array(256);
  private runWho = new Int32Array(256);
  private runPeriod = new Int32Array(256);
  /** The period a row must be of to go on the last run (-1: none). */
  private next = -1;
  private lastWho = -1;

  /**
   * @param kind weeks (the weekly panel) or months
   * @param last the panel's last day (a day number): its week or month is under way
   * @param remindersKnown whether reminders are recorded (else their columns are empty)
   */
  constructor(
    readonly kind: 'weeks' | 'months',
    readonly last: number,
    readonly remindersKnown = true,
  ) {
    this.width = kind === 'weeks' ? ROW.ANSWERED + 1 : ROW.MINUTES + 1;
  }

  /**
   * A worker whose rows follow, `most` of them at most: her place. Room for her rows and her run is made
   * here, not in add(), which runs for every row: code first run in it after it was optimised (a new
   * chunk every few thousand rows) would throw the optimised code away, and on a busy machine the
   * compiler takes long to make it again.
   */
  addWho(who: Who, most: number): number {
    this.whos.push(who);
    // Her rows are one run (consecutive periods).
    if (this.runs + 1 >= this.runStart.length) this.moreRuns();
    while (this.sums.length * CHUNK < this.n + most) this.newChunk();
    return this.whos.length - 1;
  }

  /** A row of her period `period` (a Monday's day number, or a month YYYYMM) from its sums `t`. */
  add(who: number, period: number, t: Float64Array, owed: number): void {
    const k = this.n & (CHUNK - 1);
    const chunk = this.n >> CHUNK_BITS;
    const p = this.kind === 'weeks' ? period : monthIndexOf(period);
    if (p !== this.next || who !== this.lastWho) this.newRun(who, p);
    this.next = p + (this.kind === 'weeks' ? 7 : 1);
    this.n++;
    this.runOf[chunk]![k] = (this.runs - 1) * 2 + (t[WRITTEN] ? 1 : 0);
    const c = this.sums[chunk]!;
    const at = k * this.width;
    c[at + ROW.PIECES] = t[PIECES]!;
    c[at + ROW.EARNED] = t[EARNED]!;
    c[at + ROW.PAID] = t[PAID]!;
    c[at + ROW.DEDUCTED] = t[DEDUCTED]!;
    c[at + ROW.OWED] = owed;
    c[at + ROW.COSTS] = t[COSTS]!;
    c[at + ROW.MINUTES] = t[MINUTES]!;
    if (this.width > ROW.SENT) {
      c[at + ROW.SENT] = t[SENT]!;
      c[at + ROW.ANSWERED] = t[ANSWERED]!;
    }
  }

  private newChunk(): void {
    this.sums.push(new Float64Array(CHUNK * this.width));
    this.runOf.push(new Int32Array(CHUNK));
  }

  private moreRuns(): void {
    const more = (a: Int32Array) => {
      const b = new Int32Array(2 * a.length);
      b.set(a);
      return b;
    };
    this.runStart = more(this.runStart);
    this.runWho = more(this.runWho);
    this.runPeriod = more(this.runPeriod);
  }

  private newRun(who: number, period: number): void {
    if (this.runs === this.runStart.length) this.moreRuns();
    this.runStart[this.runs] = this.n;
    this.runWho[this.runs] = who;
    this.runPeriod[this.runs] = period;
    this.runs++;
    this.lastWho = who;
  }

  /** Field f of row i. */
  get(i: number, f: number): number {
    return this.sums[i >> CHUNK_BITS]![(i & (CHUNK - 1)) * this.width + f]!;
  }

  private run(i: number): number {
    return this.runOf[i >> CHUNK_BITS]![i & (CHUNK - 1)]! >> 1;
  }

  /** She wrote anything in row i's period: 1, else 0. */
  private wrote(i: number): 0 | 1 {
    return (this.runOf[i >> CHUNK_BITS]![i & (CHUNK - 1)]! & 1) as 0 | 1;
  }

  private who(i: number): Who {
    return this.whos[this.runWho[this.run(i)]!]!;
  }

  /** Row i's period: a week's Monday (a day number), or a month YYYYMM. */
  private period(i: number): number {
    const r = this.run(i);
    const p = this.runPeriod[r]! + (i - this.runStart[r]!) * (this.kind === 'weeks' ? 7 : 1);
    return this.kind === 'weeks' ? p : monthOfIndex(p);
  }

  /** Row i's period holds the panel's last day: it is under way. */
  private partial(i: number): boolean {
    const p = this.period(i);
    return this.kind === 'weeks' ? p + 6 > this.last : nextMonthStart(p) - 1 > this.last;
  }

  private effective(i: number): number | null {
    return hourlyOf(this.get(i, ROW.EARNED) - this.get(i, ROW.COSTS), this.get(i, ROW.MINUTES));
  }

  /** The UMK per hour of row i's period (for a week: of the month it starts in). */
  private umk(i: number): number | null {
    const period = this.period(i);
    return this.kind === 'weeks' ? weekOfNumber(period).umk : monthOfNumber(period).umk;
  }

  /** The columns of the weekly (or monthly) panel, by their names in the codebook. */
  table(): Table {
    const known = this.remindersKnown;
    const field = (f: number) => (i: number) => this.get(i, f);
    const cells: Record<string, (i: number) => Cell> = {
      worker: (i) => this.who(i).worker,
      kecamatan: (i) => this.who(i).kecamatan,
      product: (i) => this.who(i).product,
      pieces: field(ROW.PIECES),
      earned: field(ROW.EARNED),
      paid: field(ROW.PAID),
      deductions: field(ROW.DEDUCTED),
      owed: field(ROW.OWED),
      costs: field(ROW.COSTS),
      hours: (i) => hoursOf(this.get(i, ROW.MINUTES)),
      effective_hourly: (i) => this.effective(i),
      negative_hourly: (i) => {
        const e = this.effective(i);
        return e === null ? null : e < 0 ? 1 : 0;
      },
      umk_hourly: (i) => this.umk(i),
      below_umk: (i) => {
        const e = this.effective(i);
        const umk = this.umk(i);
        return e === null || umk === null ? null : e < umk ? 1 : 0;
      },
      any_entry: (i) => this.wrote(i),
      partial: (i) => (this.partial(i) ? 1 : 0),
    };
    if (this.kind === 'weeks') {
      cells.week = (i) => weekOfNumber(this.period(i)).week;
      cells.week_start = (i) => weekOfNumber(this.period(i)).start;
      cells.reminders_sent = (i) => (known ? this.get(i, ROW.SENT) : null);
      cells.reminders_answered = (i) => (known ? this.get(i, ROW.ANSWERED) : null);
    } else cells.month = (i) => monthOfNumber(this.period(i)).text;
    return tableOfColumns(this.n, cells);
  }

  private readonly t = new Float64Array(WIDTH);
  /** Row i's sums, as weekRow and monthRow read them. */
  private sumsOf(i: number): Float64Array {
    const t = this.t;
    t[PIECES] = this.get(i, ROW.PIECES);
    t[EARNED] = this.get(i, ROW.EARNED);
    t[PAID] = this.get(i, ROW.PAID);
    t[DEDUCTED] = this.get(i, ROW.DEDUCTED);
    t[MINUTES] = this.get(i, ROW.MINUTES);
    t[COSTS] = this.get(i, ROW.COSTS);
    t[WRITTEN] = this.wrote(i);
    t[SENT] = this.width > ROW.SENT ? this.get(i, ROW.SENT) : 0;
    t[ANSWERED] = this.width > ROW.SENT ? this.get(i, ROW.ANSWERED) : 0;
    return t;
  }

  /** Every row of the weekly panel as objects. */
  weekRows(): PanelRow[] {
    const out: PanelRow[] = new Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const { week, start, umk } = weekOfNumber(this.period(i));
      out[i] = weekRow(
        this.who(i),
        week,
        start,
        this.sumsOf(i),
        this.get(i, ROW.OWED),
        umk,
        this.partial(i),
        this.remindersKnown,
      );
    }
    return out;
  }

  /** Every row of the monthly panel as objects. */
  monthRows(): MonthRow[] {
    const out: MonthRow[] = new Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const { text, umk } = monthOfNumber(this.period(i));
      out[i] = monthRow(this.who(i), text, this.sumsOf(i), this.get(i, ROW.OWED), umk, this.partial(i));
    }
    return out;
  }
}

/** Hours of whole minutes, to two decimals. */
const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
