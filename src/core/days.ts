// Days as numbers, for code that handles many of them: a day number counts
// days since 1970-01-01 (a Thursday), and the digits of a day are the number
// YYYYMMDD (2026-11-20 is 20261120). Plain calendar arithmetic: days are WIB
// days already, no time zone is involved.

/**
 * The day number of a day written as the number YYYYMMDD (20261120), by
 * integer arithmetic alone (H. Hinnant's days_from_civil).
 */
export function dayNumberOfDigits(yyyymmdd: number): number {
  const m = Math.floor(yyyymmdd / 100) % 100;
  const d = yyyymmdd % 100;
  const y = Math.floor(yyyymmdd / 10_000) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The number YYYYMMDD of a day number (H. Hinnant's civil_from_days): the inverse of dayNumberOfDigits. */
export function digitsOfDayNumber(n: number): number {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10_000 + m * 100 + d;
}

/** A day YYYY-MM-DD as the number YYYYMMDD. */
export function digitsOfDay(day: string): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** The day number of the Monday of the ISO week holding a day number (day 0 was a Thursday). */
export function mondayOfNumber(n: number): number {
  return n - ((((n + 3) % 7) + 7) % 7);
}

/**
 * The WIB day (as a day number) of an instant given by the digits of its UTC
 * date and hour, YYYYMMDDHH (2026112017 for 2026-11-20T17:..Z): from 17:00 UTC
 * on it is the next day in WIB.
 */
export function wibDayOfHourDigits(yyyymmddhh: number): number {
  const day = dayNumberOfDigits(Math.floor(yyyymmddhh / 100));
  return yyyymmddhh % 100 >= 17 ? day + 1 : day;
}

/** The WIB day (as a day number) of an ISO instant in UTC, "2026-11-20T17:05:00.000Z" (as the diary stores them). */
export function wibDayOfInstant(iso: string): number {
  return wibDayOfHourDigits(digitsOfDay(iso) * 100 + Number(iso.slice(11, 13)));
}
