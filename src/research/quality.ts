// Data quality for researchers: entries outside what is plausible (the same
// bounds the diary confirms with her, src/content/diary-bounds.ts), and how
// often entries are corrected or undone. Research-consented workers only.
// The flags read the monthly rows the aggregates read (diary_months, in the
// query of src/research/month-ledgers.ts): her orders, with the rates per
// piece the aggregates use, from her ledger texts; her hand-ins, payments,
// hours by day and costs from the checks worked out beside them in the same
// pass over her diary (src/db/diary-months.ts).

import { sql } from 'kysely';
import { DIARY_BOUNDS } from '../content/diary-bounds.ts';
import type { Db } from '../db/connect.ts';
import type { Pseudonymizer } from './datasets.ts';
import {
  COST_CHECK,
  emptyMonthChecks,
  emptyMonthLedger,
  HANDIN_CHECK,
  HOURS_CHECK,
  type MonthChecks,
  type MonthLedger,
  monthChecksOfText,
  monthLedgerOfText,
  ORDER,
  PAYMENT_CHECK,
  subjectLedgers,
} from './month-ledgers.ts';
import { eachEntry, instantHour, packedByWorker } from './packed.ts';
import type { ResearchFilter } from './protection.ts';
import {
  addDaysTo,
  dayNumberOfDigits,
  dayOfNumber,
  digitsOfDay,
  isoWeekOf,
  mondayOfNumber,
  weekOfMonday,
  weeksBetween,
  wibDayOfHourDigits,
} from './weeks.ts';

export interface Flag {
  worker: string;
  dataset: 'orders' | 'handins' | 'payments' | 'hours' | 'costs';
  id: number | null;
  day: string;
  what: string;
  value: number;
}

const B = DIARY_BOUNDS;

/** A day as YYYY-MM-DD from its digits YYYYMMDD. */
const dayOfDigits = (n: number) => dayOfNumber(dayNumberOfDigits(n));

/**
 * Her entries outside the plausible bounds (pure): her orders from her ledger
 * as the aggregates read it, the rest from her checks; `keep` picks the days
 * (YYYYMMDD) looked at. An order whose rate is not known yet has no rate to flag.
 */
export function flagsOf(
  worker: string,
  l: MonthLedger,
  checks: MonthChecks,
  keep: (day: number) => boolean = () => true,
): Flag[] {
  const out: Flag[] = [];
  const flag = (dataset: Flag['dataset'], id: number | null, day: number, what: string, value: number) =>
    out.push({ worker, dataset, id, day: dayOfDigits(day), what, value });
  const O = l.orders.data;
  for (let i = 0; i < l.orders.n; i++) {
    const at = i * ORDER.WIDTH;
    const day = O[at + ORDER.DAY]!;
    if (!keep(day)) continue;
    const rate = O[at + ORDER.RATE]!;
    if (rate >= 0 && (rate < B.ratePerPiece.min || rate > B.ratePerPiece.max))
      flag('orders', O[at + ORDER.ID]!, day, 'piece rate outside Rp50 to Rp50.000', rate);
    if (O[at + ORDER.QUANTITY]! > B.pieces.max)
      flag('orders', O[at + ORDER.ID]!, day, `more than ${B.pieces.max} pieces`, O[at + ORDER.QUANTITY]!);
  }
  const H = checks.handins.data;
  for (let i = 0; i < checks.handins.n; i++) {
    const at = i * HANDIN_CHECK.WIDTH;
    const day = H[at + HANDIN_CHECK.DAY]!;
    if (!keep(day)) continue;
    const id = H[at + HANDIN_CHECK.ID]!;
    const delivered = H[at + HANDIN_CHECK.DELIVERED]!;
    const rejected = H[at + HANDIN_CHECK.REJECTED]!;
    if (delivered > B.pieces.max) flag('handins', id, day, `more than ${B.pieces.max} pieces`, delivered);
    if (rejected > delivered) flag('handins', id, day, 'more rejected than delivered', rejected);
  }
  const P = checks.payments.data;
  for (let i = 0; i < checks.payments.n; i++) {
    const at = i * PAYMENT_CHECK.WIDTH;
    const day = P[at + PAYMENT_CHECK.DAY]!;
    const amount = P[at + PAYMENT_CHECK.AMOUNT]!;
    if (keep(day) && (amount < B.payment.min || amount > B.payment.max))
      flag('payments', P[at + PAYMENT_CHECK.ID]!, day, 'payment outside Rp1.000 to Rp10 juta', amount);
  }
  const C = checks.costs.data;
  for (let i = 0; i < checks.costs.n; i++) {
    const at = i * COST_CHECK.WIDTH;
    const day = C[at + COST_CHECK.DAY]!;
    const amount = C[at + COST_CHECK.AMOUNT]!;
    if (keep(day) && (amount < B.cost.min || amount > B.cost.max))
      flag('costs', C[at + COST_CHECK.ID]!, day, 'cost outside Rp500 to Rp2 juta', amount);
  }
  // Her hours come added up by day.
  const W = checks.hours.data;
  for (let i = 0; i < checks.hours.n; i++) {
    const at = i * HOURS_CHECK.WIDTH;
    const day = W[at + HOURS_CHECK.DAY]!;
    const minutes = W[at + HOURS_CHECK.MINUTES]!;
    if (keep(day) && minutes > B.hoursPerDay.confirm * 60)
      flag(
        'hours',
        null,
        day,
        `more than ${B.hoursPerDay.confirm} hours in a day`,
        Math.round((minutes / 60) * 10) / 10,
      );
  }
  return out;
}

/**
 * Every research subject's flags (of the workers and days the filter keeps),
 * read with the aggregates' query: her ledger texts by month, and her checks.
 */
export async function qualityFlags(db: Db, pseudonym: Pseudonymizer, filter: ResearchFilter = {}): Promise<Flag[]> {
  const from = filter.from ? digitsOfDay(filter.from) : Number.NEGATIVE_INFINITY;
  const to = filter.to ? digitsOfDay(filter.to) : Number.POSITIVE_INFINITY;
  const keep = (day: number) => day >= from && day <= to;
  const out: Flag[] = [];
  // One ledger and one set of checks filled for one worker after another.
  const ledger = emptyMonthLedger();
  const checks = emptyMonthChecks();
  for await (const batch of subjectLedgers(db, { checks: true }))
    for (const w of batch) {
      if (filter.workers && !filter.workers.has(w.id)) continue;
      const mine = monthChecksOfText(w.checks, checks);
      out.push(...flagsOf(pseudonym.worker(w.id), monthLedgerOfText(w.ledger, ledger), mine, keep));
    }
  return out.sort((a, b) => b.day.localeCompare(a.day) || a.worker.localeCompare(b.worker));
}

export interface CorrectionWeek {
  week: string;
  entries: number;
  changes: number;
  undos: number;
}

/**
 * Entries written, fields changed and entries undone, per ISO week (by when it happened), with the panel's queries;
 * optionally only the given workers' and the weeks overlapping the days [from, to].
 */
export async function correctionsByWeek(db: Db, filter: ResearchFilter = {}): Promise<CorrectionWeek[]> {
  const weeks = new Map<string, CorrectionWeek>();
  const at = (hour: number) => {
    const week = weekOfMonday(mondayOfNumber(wibDayOfHourDigits(hour))).week;
    const w = weeks.get(week) ?? { week, entries: 0, changes: 0, undos: 0 };
    weeks.set(week, w);
    return w;
  };
  const every = sql`1 = 1`;
  const corrections = await packedByWorker(db, {
    table: 'diary_corrections',
    fields: [sql`case when t.action = 'void' then '1' else '0' end`, instantHour('t.at')],
    where: every,
  });
  const mine = (rows: Map<string, string>) =>
    filter.workers ? [...rows].filter(([id]) => filter.workers!.has(id)).map(([, packed]) => packed) : rows.values();
  for (const packed of mine(corrections))
    eachEntry(packed, 2, ([undo, hour]) => {
      if (undo) at(hour!).undos++;
      else at(hour!).changes++;
    });
  const tables = ['orders', 'handins', 'payments', 'work_hours', 'costs'] as const;
  for (const rows of await Promise.all(
    tables.map((table) => packedByWorker(db, { table, fields: [instantHour('t.created_at')], where: every })),
  ))
    for (const packed of mine(rows)) eachEntry(packed, 1, ([hour]) => at(hour!).entries++);
  // Every week from the first to the last, quiet ones included.
  const sorted = [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
  if (!sorted.length) return [];
  return weeksBetween(mondayOf(sorted[0]!.week), mondayOf(sorted.at(-1)!.week))
    .filter((m) => (!filter.to || m <= filter.to) && (!filter.from || addDaysTo(m, 6) >= filter.from))
    .map((m) => weeks.get(isoWeekOf(m)) ?? { week: isoWeekOf(m), entries: 0, changes: 0, undos: 0 });
}

/** The Monday of an ISO week "2026-W48". */
function mondayOf(week: string): string {
  const [y, w] = week.split('-W').map(Number);
  // 4 January is always in week 1.
  const jan4 = new Date(Date.UTC(y!, 0, 4));
  const monday1 = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5);
  return new Date(monday1.getTime() + (w! - 1) * 7 * 864e5).toISOString().slice(0, 10);
}
