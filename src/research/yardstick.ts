// The UMK per hour of a month, from the diary's UMK table (src/content/umk.ts).
import { umkFor } from '../diary/summary.ts';

// The table is fixed for the life of the process; the panel asks once per worker-week.
const byYear = new Map<string, number | null>();

/** Whole rupiah per hour for a month "YYYY-MM", or null before the table starts. */
export function umkHourly(month: string): number | null {
  const year = month.slice(0, 4);
  let v = byYear.get(year);
  if (v === undefined) {
    v = umkFor(Number(year))?.hourly ?? null;
    byYear.set(year, v);
  }
  return v;
}
