// ISO weeks and months of WIB days, as the research data uses them.
import { addDays, formatISO, getISOWeek, getISOWeekYear, parseISO, startOfISOWeek } from 'date-fns';
import { wibDate } from '../core/time.ts';

/** "2026-W48" for a WIB day YYYY-MM-DD. */
export function isoWeekOf(day: string): string {
  const d = parseISO(day);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
}

/** The Monday (YYYY-MM-DD) of the ISO week containing a WIB day. */
export function weekStart(day: string): string {
  return formatISO(startOfISOWeek(parseISO(day)), { representation: 'date' });
}

export function addDaysTo(day: string, n: number): string {
  return formatISO(addDays(parseISO(day), n), { representation: 'date' });
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
