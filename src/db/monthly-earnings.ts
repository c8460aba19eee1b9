// Her net earnings over the last 30 WIB days, for the BPJS cost share: her
// diary, read by the diary's own query, and the diary's own arithmetic
// (value of accepted work less costs, as in the hourly figure; pay and a
// kasbon are cash, not earnings).
import { wibDate } from '../core/time.ts';
import { addDays } from '../diary/period.ts';
import { hasEntries, netEarnings } from '../diary/summary.ts';
import type { MonthlyEarnings } from '../flows/bpjs/model.ts';
import type { Db } from './connect.ts';
import { loadLedger } from './diary.ts';

export const EARNINGS_WINDOW_DAYS = 30;

/** Null when she keeps no diary (nothing recorded ever): then there is nothing to compare with. */
export async function monthlyEarnings(q: Db, workerId: string, now: Date): Promise<MonthlyEarnings | null> {
  const ledger = await loadLedger(q, workerId);
  if (!hasEntries(ledger)) return null;
  const toDay = wibDate(now);
  const fromDay = addDays(toDay, -(EARNINGS_WINDOW_DAYS - 1));
  const e = netEarnings(ledger, { from: fromDay, to: toDay });
  return { netIdr: e.net, wagesIdr: e.wages, costsIdr: e.costs, fromDay, toDay };
}
