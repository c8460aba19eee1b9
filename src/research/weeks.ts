// ISO weeks and months of WIB days, as the research data uses them. Days are
// YYYY-MM-DD already (WIB), so plain calendar arithmetic on UTC dates gives the
// week: no time zone is involved. The panel asks about the same few hundred
// days millions of times, so each day's week is worked out once.

import { dayNumberOfDigits, digitsOfDay, digitsOfDayNumber, mondayOfNumber, wibDayOfHourDigits } from '../core/days.ts';
import { wibDate } from '../core/time.ts';

// Days as numbers are shared with the diary's monthly sums (src/db/diary-months.ts).
export { dayNumberOfDigits, digitsOfDay, digitsOfDayNumber, mondayOfNumber, wibDayOfHourDigits };

const MS_DAY = 86_400_000;

/** Days since 1970-01-01 (a Thursday) of a day YYYY-MM-DD. */
export function dayNumber(day: string): number {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as they are.
  d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round(d.getTime() / MS_DAY);
}

/** The day YYYY-MM-DD of a day number. */
export function dayOfNumber(n: number): string {
  return new Date(n * MS_DAY).toISOString().slice(0, 10);
}

interface WeekOfDay {
  /** "2026-W48" */
  week: string;
  /** Day number of the Monday. */
  monday: number;
}

const known = new Map<string, WeekOfDay>();

function weekOfDay(day: string): WeekOfDay {
  let w = known.get(day);
  if (w) return w;
  const monday = mondayOfNumber(dayNumber(day));
  // The ISO year is the year of the week's Thursday; week 1 holds 4 January.
  const thursday = dayOfNumber(monday + 3);
  const year = thursday.slice(0, 4);
  const index = Math.floor((monday + 3 - dayNumber(`${year}-01-01`)) / 7) + 1;
  w = { week: `${year}-W${String(index).padStart(2, '0')}`, monday };
  // Days in the data are a few thousand at most; the bound only guards against misuse.
  if (known.size > 100_000) known.clear();
  known.set(day, w);
  return w;
}

/** "2026-W48" for a WIB day YYYY-MM-DD. */
export function isoWeekOf(day: string): string {
  return weekOfDay(day).week;
}

/** Day number of the Monday of the ISO week holding a day (weeks as numbers, for grouping). */
export function mondayNumber(day: string): number {
  return weekOfDay(day).monday;
}

const mondays = new Map<number, { week: string; start: string }>();

/** The ISO week and Monday (YYYY-MM-DD) of a week given by its Monday's day number. */
export function weekOfMonday(monday: number): { week: string; start: string } {
  let w = mondays.get(monday);
  if (!w) {
    const start = dayOfNumber(monday);
    w = { week: isoWeekOf(start), start };
    if (mondays.size > 100_000) mondays.clear();
    mondays.set(monday, w);
  }
  return w;
}

/** The Monday (YYYY-MM-DD) of the ISO week containing a WIB day. */
export function weekStart(day: string): string {
  return dayOfNumber(weekOfDay(day).monday);
}

export function addDaysTo(day: string, n: number): string {
  return dayOfNumber(dayNumber(day) + n);
}

/** Every ISO week from the one holding `fromDay` to the one holding `toDay`, as Monday dates. */
export function weeksBetween(fromDay: string, toDay: string): string[] {
  const out: string[] = [];
  for (let w = weekStart(fromDay); w <= toDay; w = addDaysTo(w, 7)) out.push(w);
  return out;
}

/** The WIB day of an ISO instant. */
export function dayOfInstant(iso: string): string {
  return wibDate(new Date(iso));
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The UTC instant (ISO) at which a WIB day begins. */
export function wibDayStart(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00+07:00`)).toISOString();
}
