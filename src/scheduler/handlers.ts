// What each kind of job does, registered by the area that owns it (like
// registerEffect): the scheduler itself knows no kinds.
import type { Clock } from '../core/clock.ts';
import type { Db } from '../db/connect.ts';
import type { JobRow } from '../db/schema.ts';
import type { Logger } from '../logger.ts';
import type { RecurringJob } from './jobs.ts';

export interface JobContext {
  db: Db;
  job: JobRow;
  /** The job's payload, parsed. */
  payload: unknown;
  now: Date;
  clock: Clock;
  logger?: Logger;
  /** Wakes the outbox senders of a channel after rows were queued. */
  notifyOutbox(channel: string): void;
  /** The service's quiet hours (QUIET_HOURS, WIB), or null for none: for jobs that write first. */
  quietHours: string | null;
}

export interface JobHandler {
  run(ctx: JobContext): Promise<void>;
  /** Tries before the job is marked failed (default: the job's max_attempts). */
  retryDelayMs?(attempt: number): number;
}

const handlers = new Map<string, JobHandler>();
const recurring = new Map<string, RecurringJob>();

export function registerJobHandler(kind: string, handler: JobHandler | JobHandler['run']): void {
  handlers.set(kind, typeof handler === 'function' ? { run: handler } : handler);
}

export function jobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind);
}

/** A job that runs on a cron pattern (WIB); the scheduler keeps its next run in the table. */
export function registerRecurringJob(job: RecurringJob): void {
  recurring.set(job.key, job);
}

export function recurringJobs(): RecurringJob[] {
  return [...recurring.values()];
}
