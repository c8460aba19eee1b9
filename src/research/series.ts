// Figures over time for the dashboard charts, computed from the weekly and
// monthly panel (src/research/panel.ts). Every figure rests on at least k
// workers or is null. Months are calendar months made of their days (the
// monthly panel), never weeks put in the month of their Monday.
import type { MonthRow, PanelRow } from './panel.ts';
import { quantileOfSorted } from './stats.ts';

export interface WeekAdherence {
  week: string;
  partial: boolean;
  workers: number;
  /** Percent of her weeks with any entry; null when fewer than k workers. */
  percent: number | null;
}

export function adherenceByWeek(rows: PanelRow[], k: number): WeekAdherence[] {
  const byWeek = new Map<string, { workers: number; wrote: number; partial: boolean }>();
  for (const r of rows) {
    const w = byWeek.get(r.week) ?? { workers: 0, wrote: 0, partial: r.partial === 1 };
    w.workers++;
    if (r.any_entry) w.wrote++;
    byWeek.set(r.week, w);
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, w]) => ({
      week,
      partial: w.partial,
      workers: w.workers,
      percent: w.workers >= k ? (100 * w.wrote) / w.workers : null,
    }));
}

export interface MonthEarnings {
  month: string;
  partial: boolean;
  /** Workers with hours in the month. */
  n: number;
  p25: number | null;
  median: number | null;
  p75: number | null;
  umk: number | null;
  /** Percent of those workers below the UMK per hour. */
  belowPercent: number | null;
  /** Percent of those workers whose hourly figure is negative (costs above the value of work handed in). */
  negativePercent: number | null;
  /** Workers in the panel that month, and percent of them owed money at the end of the month (or today). */
  workers: number;
  owedPercent: number | null;
  owedMedian: number | null;
}

const q = (sorted: Float64Array, p: number) => Math.round(quantileOfSorted(sorted, p)!);

/** Per month: quartiles of effective_hourly across workers, and what is owed at the month's end. */
export function earningsByMonth(rows: MonthRow[], k: number): MonthEarnings[] {
  const byMonth = new Map<string, MonthRow[]>();
  for (const r of rows) {
    const g = byMonth.get(r.month);
    if (g) g.push(r);
    else byMonth.set(r.month, [r]);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, rs]) => {
      const withHours = rs.filter((r) => r.effective_hourly !== null);
      const hourly = Float64Array.from(withHours, (r) => r.effective_hourly!).sort();
      const enough = withHours.length >= k;
      const owing = Float64Array.from(
        rs.filter((r) => r.owed > 0),
        (r) => r.owed,
      ).sort();
      const below = withHours.filter((r) => r.below_umk === 1).length;
      const negative = withHours.filter((r) => r.negative_hourly === 1).length;
      return {
        month,
        partial: rs.some((r) => r.partial === 1),
        n: withHours.length,
        p25: enough ? q(hourly, 0.25) : null,
        median: enough ? q(hourly, 0.5) : null,
        p75: enough ? q(hourly, 0.75) : null,
        umk: rs[0]?.umk_hourly ?? null,
        belowPercent: enough && rs[0]?.umk_hourly != null ? (100 * below) / withHours.length : null,
        negativePercent: enough ? (100 * negative) / withHours.length : null,
        workers: rs.length,
        owedPercent: rs.length >= k ? (100 * owing.length) / rs.length : null,
        owedMedian: owing.length >= k ? q(owing, 0.5) : null,
      };
    });
}
