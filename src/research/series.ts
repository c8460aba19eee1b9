// Figures over time for the dashboard charts, computed from the panel and the
// observations. Every figure rests on at least k workers or is null.
import type { PanelRow } from './panel.ts';
import { quantile, share } from './stats.ts';
import { monthOf } from './weeks.ts';

export interface WeekAdherence {
  week: string;
  workers: number;
  /** Percent of her weeks with any entry; null when fewer than k workers. */
  percent: number | null;
}

export function adherenceByWeek(rows: PanelRow[], k: number): WeekAdherence[] {
  const byWeek = new Map<string, { workers: number; wrote: number }>();
  for (const r of rows) {
    const w = byWeek.get(r.week) ?? { workers: 0, wrote: 0 };
    w.workers++;
    if (r.any_entry) w.wrote++;
    byWeek.set(r.week, w);
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, w]) => ({
      week,
      workers: w.workers,
      percent: w.workers >= k ? (100 * w.wrote) / w.workers : null,
    }));
}

export interface MonthEarnings {
  month: string;
  /** Workers with hours in the month. */
  n: number;
  p25: number | null;
  median: number | null;
  p75: number | null;
  umk: number | null;
  /** Percent of those workers below the UMK per hour. */
  belowPercent: number | null;
  /** Workers in the panel that month, and percent of them owed money at the month's last week. */
  workers: number;
  owedPercent: number | null;
  owedMedian: number | null;
}

/** Per worker and month: (earned - costs) / hours over the month; then medians across workers. */
export function earningsByMonth(rows: PanelRow[], k: number): MonthEarnings[] {
  type Acc = { earned: number; costs: number; hours: number; umk: number | null; lastWeek: string; owed: number };
  const byMonth = new Map<string, Map<string, Acc>>();
  for (const r of rows) {
    const m = monthOf(r.week_start);
    const ws = byMonth.get(m) ?? new Map<string, Acc>();
    const a = ws.get(r.worker) ?? { earned: 0, costs: 0, hours: 0, umk: r.umk_hourly, lastWeek: '', owed: 0 };
    a.earned += r.earned;
    a.costs += r.costs;
    a.hours += r.hours;
    if (r.week_start > a.lastWeek) {
      a.lastWeek = r.week_start;
      a.owed = r.owed;
    }
    ws.set(r.worker, a);
    byMonth.set(m, ws);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, ws]) => {
      const accs = [...ws.values()];
      const withHours = accs.filter((a) => a.hours > 0);
      const hourly = withHours.map((a) => (a.earned - a.costs) / a.hours);
      const umk = accs[0]?.umk ?? null;
      const enough = withHours.length >= k;
      const owing = accs.filter((a) => a.owed > 0);
      const below = share(withHours.map((a) => (umk === null ? null : (a.earned - a.costs) / a.hours < umk)));
      return {
        month,
        n: withHours.length,
        p25: enough ? Math.round(quantile(hourly, 0.25)!) : null,
        median: enough ? Math.round(quantile(hourly, 0.5)!) : null,
        p75: enough ? Math.round(quantile(hourly, 0.75)!) : null,
        umk,
        belowPercent: enough && below.share !== null ? 100 * below.share : null,
        workers: accs.length,
        owedPercent: accs.length >= k ? (100 * owing.length) / accs.length : null,
        owedMedian:
          owing.length >= k
            ? Math.round(
                quantile(
                  owing.map((a) => a.owed),
                  0.5,
                )!,
              )
            : null,
      };
    });
}
