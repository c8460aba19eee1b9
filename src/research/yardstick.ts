// The UMK per hour of a month, from the diary's UMK table (src/content/umk.ts).
import { umkFor } from '../diary/summary.ts';

/** Whole rupiah per hour for a month "YYYY-MM", or null before the table starts. */
export function umkHourly(month: string): number | null {
  return umkFor(Number(month.slice(0, 4)))?.hourly ?? null;
}
