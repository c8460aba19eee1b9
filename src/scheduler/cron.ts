// Recurring jobs use cron patterns read in WIB (Asia/Jakarta).
import { Cron } from 'croner';
import { TIME_ZONE } from '../core/time.ts';

function pattern(expr: string): Cron {
  // A paused job with no callback only computes run times: it never sets a timer.
  return new Cron(expr, { timezone: TIME_ZONE, paused: true });
}

/** The first run strictly after `after`; throws on a bad pattern. */
export function nextCronRun(expr: string, after: Date): Date {
  const next = pattern(expr).nextRun(after);
  if (!next) throw new Error(`Cron pattern "${expr}" has no future run`);
  return next;
}

export function isValidCron(expr: string): boolean {
  try {
    nextCronRun(expr, new Date());
    return true;
  } catch {
    return false;
  }
}
