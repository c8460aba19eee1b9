// Social protection in the research data: coverage over time from the status
// history, and the obstacles workers named when they had not enrolled yet.
// Research-consented workers only.
import type { Db } from '../db/connect.ts';
import { inResearch } from './subjects.ts';
import { suppress, withMargins } from './suppress.ts';
import { addDaysTo, monthOf, wibDayStart } from './weeks.ts';

/** Covered by BPJS Ketenagakerjaan: her answer was "active". */
export const TK_COVERED = new Set(['active']);
/** Covered by BPJS Kesehatan (JKN): paid by the state (PBI) or paying herself without arrears. */
export const JKN_COVERED = new Set(['pbi', 'mandiri']);
/** Answers that say nothing about coverage. */
export const UNKNOWN = new Set(['unknown', 'declined']);

export interface StatusRow {
  worker: string;
  scheme: string;
  status: string;
  day: string;
}

export async function statusRows(db: Db, include?: string): Promise<StatusRow[]> {
  const rows = await db
    .selectFrom('protection_status as s')
    .innerJoin('workers as w', 'w.id', 's.worker_id')
    .select(['s.worker_id', 's.scheme', 's.status', 's.asked_on', 's.asked_at'])
    .where((eb) => (include ? eb.or([inResearch('w'), eb('w.id', '=', include)]) : inResearch('w')))
    .orderBy('s.asked_at')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({ worker: r.worker_id, scheme: r.scheme, status: r.status, day: r.asked_on }));
}

/** Her coverage per scheme as of the end of a day: the latest known answer on or before it. */
export function coverageAsOf(
  rows: StatusRow[],
  lastDay: string,
): Map<string, { bpjsTk: boolean | null; jkn: boolean | null }> {
  const out = new Map<string, { bpjsTk: boolean | null; jkn: boolean | null }>();
  for (const r of rows) {
    if (r.day > lastDay || UNKNOWN.has(r.status)) continue;
    const c = out.get(r.worker) ?? { bpjsTk: null, jkn: null };
    if (r.scheme === 'bpjs_tk') c.bpjsTk = TK_COVERED.has(r.status);
    if (r.scheme === 'jkn') c.jkn = JKN_COVERED.has(r.status);
    out.set(r.worker, c);
  }
  return out;
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y! + 1}-01-01` : `${y}-${String(m! + 1).padStart(2, '0')}-01`;
  return addDaysTo(next, -1);
}

export interface CoverageMonth {
  month: string;
  tkN: number;
  tkPercent: number | null;
  jknN: number;
  jknPercent: number | null;
}

export function coverageByMonth(rows: StatusRow[], today: string, k: number): CoverageMonth[] {
  if (!rows.length) return [];
  const months: string[] = [];
  for (let m = monthOf(rows[0]!.day); m <= monthOf(today); m = monthOf(addDaysTo(lastDayOfMonth(m), 1))) months.push(m);
  return months.map((month) => {
    const cov = [...coverageAsOf(rows, lastDayOfMonth(month)).values()];
    const tk = cov.map((c) => c.bpjsTk).filter((v): v is boolean => v !== null);
    const jkn = cov.map((c) => c.jkn).filter((v): v is boolean => v !== null);
    const pct = (xs: boolean[]) => (xs.length >= k ? (100 * xs.filter(Boolean).length) / xs.length : null);
    return { month, tkN: tk.length, tkPercent: pct(tk), jknN: jkn.length, jknPercent: pct(jkn) };
  });
}

export const OBSTACLE_CODES = ['documents', 'cost', 'family', 'dont_know_how', 'other'] as const;

/** Which workers and days a page's figures come from (the dashboard's filters). */
export interface ResearchFilter {
  /** Only these workers (ids); all research subjects when absent. */
  workers?: ReadonlySet<string>;
  /** WIB days, inclusive. */
  from?: string;
  to?: string;
}

/**
 * Workers who named each obstacle (distinct), with small counts suppressed so none can be worked out from the total;
 * optionally only the given workers, and obstacles named within the days [from, to].
 */
export async function obstacleCounts(
  db: Db,
  k: number,
  filter: ResearchFilter = {},
): Promise<{ obstacle: string; workers: number | null }[] & { total?: number | null }> {
  let q = db
    .selectFrom('enrolment_followups as f')
    .innerJoin('workers as w', 'w.id', 'f.worker_id')
    .select(['f.worker_id', 'f.obstacle'])
    .where(inResearch('w'))
    .where('f.obstacle', 'is not', null);
  if (filter.from) q = q.where('f.asked_at', '>=', wibDayStart(filter.from));
  if (filter.to) q = q.where('f.asked_at', '<', wibDayStart(addDaysTo(filter.to, 1)));
  const only = filter.workers;
  const rows = (await q.execute()).filter((r) => !only || only.has(r.worker_id));
  const sets = OBSTACLE_CODES.map((o) => new Set(rows.filter((r) => r.obstacle === o).map((r) => r.worker_id)));
  const counts = sets.map((s) => s.size);
  const table = withMargins([counts]);
  // The total counts distinct workers (one may name several obstacles).
  table[0]![counts.length] = new Set(rows.map((r) => r.worker_id)).size;
  table[1]![counts.length] = table[0]![counts.length]!;
  const { hidden } = suppress(table, k);
  const out = OBSTACLE_CODES.map((o, j) => ({ obstacle: o, workers: hidden[0]![j] ? null : counts[j]! })) as {
    obstacle: string;
    workers: number | null;
  }[] & { total?: number | null };
  out.total = hidden[0]![counts.length] ? null : table[0]![counts.length]!;
  return out;
}
