// All dates shown to people and all "days" are in WIB (Asia/Jakarta, UTC+7, no DST).
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export const TIME_ZONE = 'Asia/Jakarta';

/** Instants are stored as ISO-8601 text in UTC. */
export function toIso(d: Date): string {
  return d.toISOString();
}

/** The WIB calendar day of an instant, as YYYY-MM-DD. */
export function wibDate(d: Date): string {
  return format(new TZDate(d.getTime(), TIME_ZONE), 'yyyy-MM-dd');
}

/** A WIB date and time for people, e.g. 28/11/2026 19:05. */
export function wibDateTime(d: Date): string {
  return format(new TZDate(d.getTime(), TIME_ZONE), 'dd/MM/yyyy HH:mm');
}

/** A WIB day (YYYY-MM-DD) shown as 28/11/2026. */
export function showDay(day: string): string {
  const [y, m, dd] = day.split('-');
  return `${dd}/${m}/${y}`;
}
