// The worker-week panel: one row per research-consented worker per ISO week
// from the week she joined to the current week, whether or not she wrote
// anything that week (any_entry says so). Built by a pure function from her
// diary, so the arithmetic is testable by hand; `loadPanel` feeds it from the
// database.

import { isoWeekOf, monthOf, weekStart, weeksBetween } from './weeks.ts';
import { umkHourly } from './yardstick.ts';

export interface DiaryOfWorker {
  /** Pseudonym (never the worker id). */
  worker: string;
  /** WIB day she joined (gave consent). */
  joined: string;
  kecamatan: string | null;
  product: string | null;
  handins: { day: string; pieces: number; value: number }[];
  payments: { day: string; amount: number }[];
  hours: { day: string; hours: number }[];
  costs: { day: string; amount: number }[];
  /** Days with any entry of any kind (orders included). */
  entryDays: string[];
  /** null when reminders are not recorded by this installation. */
  reminders: { day: string; answered: boolean }[] | null;
}

export interface PanelRow {
  worker: string;
  week: string;
  week_start: string;
  kecamatan: string | null;
  product: string | null;
  pieces: number;
  earned: number;
  paid: number;
  owed: number;
  costs: number;
  hours: number;
  effective_hourly: number | null;
  umk_hourly: number | null;
  below_umk: 0 | 1 | null;
  any_entry: 0 | 1;
  reminders_sent: number | null;
  reminders_answered: number | null;
}

const sumBy = <T>(xs: T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);

/** Her rows from the week she joined to the week holding `lastDay`, optionally cut to [from, to]. */
export function panelOf(d: DiaryOfWorker, lastDay: string, window: { from?: string; to?: string } = {}): PanelRow[] {
  const rows: PanelRow[] = [];
  let earnedSoFar = 0;
  let paidSoFar = 0;
  const weekOf = (day: string) => isoWeekOf(day);
  const group = <T extends { day: string }>(xs: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of xs) m.set(weekOf(x.day), [...(m.get(weekOf(x.day)) ?? []), x]);
    return m;
  };
  const handins = group(d.handins);
  const payments = group(d.payments);
  const hours = group(d.hours);
  const costs = group(d.costs);
  const reminders = d.reminders ? group(d.reminders) : null;
  const entryWeeks = new Set(d.entryDays.map(weekOf));
  // Work and pay dated before she joined (an old order logged late) count toward what is owed from the first week.
  const firstMonday = weekStart(d.joined);
  earnedSoFar += sumBy(
    d.handins.filter((x) => x.day < firstMonday),
    (x) => x.value,
  );
  paidSoFar += sumBy(
    d.payments.filter((x) => x.day < firstMonday),
    (x) => x.amount,
  );
  const fromMonday = window.from ? weekStart(window.from) : null;
  for (const monday of weeksBetween(d.joined, lastDay)) {
    const week = weekOf(monday);
    const h = handins.get(week) ?? [];
    const p = payments.get(week) ?? [];
    const earned = sumBy(h, (x) => x.value);
    const paid = sumBy(p, (x) => x.amount);
    earnedSoFar += earned;
    paidSoFar += paid;
    const hrs = sumBy(hours.get(week) ?? [], (x) => x.hours);
    const cost = sumBy(costs.get(week) ?? [], (x) => x.amount);
    const effective = hrs > 0 ? Math.round((earned - cost) / hrs) : null;
    // The UMK of the month the week starts in.
    const umk = umkHourly(monthOf(monday));
    if ((fromMonday && monday < fromMonday) || (window.to && monday > window.to)) continue;
    const rem = reminders?.get(week) ?? [];
    rows.push({
      worker: d.worker,
      week,
      week_start: monday,
      kecamatan: d.kecamatan,
      product: d.product,
      pieces: sumBy(h, (x) => x.pieces),
      earned,
      paid,
      owed: earnedSoFar - paidSoFar,
      costs: cost,
      hours: Math.round(hrs * 100) / 100,
      effective_hourly: effective,
      umk_hourly: umk,
      below_umk: effective === null || umk === null ? null : effective < umk ? 1 : 0,
      any_entry: entryWeeks.has(week) ? 1 : 0,
      reminders_sent: reminders ? rem.length : null,
      reminders_answered: reminders ? rem.filter((r) => r.answered).length : null,
    });
  }
  return rows;
}
