// Quiet hours: a WIB time window in which broadcasts and other unasked-for
// messages wait, written "20:00-07:00" (the window may cross midnight).

/** WIB is UTC+7 all year (no daylight saving), so plain arithmetic is exact. */
const WIB_OFFSET_MIN = 7 * 60;
const DAY_MIN = 24 * 60;

export interface QuietHours {
  startMin: number;
  endMin: number;
}

const HHMM = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

function minutes(s: string): number | null {
  const m = HHMM.exec(s.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Parses "20:00-07:00"; null when the text is not such a window. */
export function parseQuietHours(spec: string): QuietHours | null {
  const parts = spec.split('-');
  if (parts.length !== 2) return null;
  const startMin = minutes(parts[0]!);
  const endMin = minutes(parts[1]!);
  if (startMin === null || endMin === null || startMin === endMin) return null;
  return { startMin, endMin };
}

function wibMinuteOfDay(ms: number): number {
  const m = Math.floor(ms / 60_000) + WIB_OFFSET_MIN;
  return ((m % DAY_MIN) + DAY_MIN) % DAY_MIN;
}

/** When `at` falls in the quiet window, the instant the window ends; otherwise null. */
export function quietUntil(at: Date, spec: string | null | undefined): Date | null {
  if (!spec) return null;
  const q = parseQuietHours(spec);
  if (!q) return null;
  const ms = at.getTime();
  const m = wibMinuteOfDay(ms);
  const inside = q.startMin < q.endMin ? m >= q.startMin && m < q.endMin : m >= q.startMin || m < q.endMin;
  if (!inside) return null;
  const wait = (q.endMin - m + DAY_MIN) % DAY_MIN;
  // Whole minutes from the start of the current minute.
  return new Date(ms - (ms % 60_000) + wait * 60_000);
}

/** The first instant at or after `at` outside the quiet window. */
export function allowedFrom(at: Date, spec: string | null | undefined): Date {
  return quietUntil(at, spec) ?? at;
}
