// What each kind of job does: the areas export their handlers, and
// src/app/jobs.ts lists them with the recurring schedule. The scheduler itself knows no kinds.
import type { Clock } from '../core/clock.ts';
import type { Db } from '../db/connect.ts';
import type { JobRow } from '../db/schema.ts';
import type { Initiator } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import type { RecurringJob } from './jobs.ts';

export interface JobContext {
  db: Db;
  /** Starts a conversation with her (engine.initiateIn): how jobs write to a worker first. */
  engine: Initiator;
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
  /** MESSAGE_RETENTION_DAYS: how long message texts are kept. */
  messageRetentionDays: number;
}

export interface JobHandler {
  run(ctx: JobContext): Promise<void>;
  /** Tries before the job is marked failed (default: the job's max_attempts). */
  retryDelayMs?(attempt: number): number;
}

/**
 * The kinds of job there are: each area adds its own by declaration merging
 * (as src/reminders/jobs.ts does), so a job of an undeclared kind cannot be
 * scheduled and src/app/jobs.ts does not compile until every kind has a handler.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface JobKinds {}
export type JobKind = keyof JobKinds & string;

/** The kinds a scheduler runs, and the jobs it keeps on a cron pattern (WIB). */
export interface JobSet {
  handlers: Readonly<Partial<Record<JobKind, JobHandler>>>;
  recurring: readonly RecurringJob[];
}

/** The handler of a kind: own entries only ("constructor" is no kind). */
export function jobHandler(jobs: JobSet, kind: string): JobHandler | undefined {
  return Object.hasOwn(jobs.handlers, kind) ? (jobs.handlers as Record<string, JobHandler>)[kind] : undefined;
}
