// All dates shown to people and all "days" are in WIB (Asia/Jakarta, UTC+7, no DST).
export const TIME_ZONE = 'Asia/Jakarta';

/**
 * WIB has been UTC+7 all year since 1964 (no daylight saving), so its wall
 * time is UTC shifted by seven hours. The per-message conversions use that
 * plain arithmetic: a time-zone lookup on every call showed in every reply's
 * cost. tests/core/time.test.ts checks it against the time-zone database.
 */
export const WIB_OFFSET_MS = 7 * 3600_000;

/** The instant's WIB wall time, as an ISO string without zone (YYYY-MM-DDTHH:mm:ss.sss). */
function wibWall(d: Date): string {
  return new Date(d.getTime() + WIB_OFFSET_MS).toISOString();
}

/** The WIB calendar day of an instant, as YYYY-MM-DD. */
export function wibDate(d: Date): string {
  return wibWall(d).slice(0, 10);
}

/** A WIB date and time for people, e.g. 28/11/2026 19:05. */
export function wibDateTime(d: Date): string {
  const w = wibWall(d);
  return `${w.slice(8, 10)}/${w.slice(5, 7)}/${w.slice(0, 4)} ${w.slice(11, 16)}`;
}

/** A WIB day (YYYY-MM-DD) shown as 28/11/2026. */
export function showDay(day: string): string {
  const [y, m, dd] = day.split('-');
  return `${dd}/${m}/${y}`;
}
