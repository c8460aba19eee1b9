// Runs due jobs: claims them from the database, calls the handler of their
// kind, and records the outcome. No in-memory timer is the only record of
// anything: a timer here only decides when to look at the table again.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import { systemClock } from '../core/clock.ts';
import { WakeableLoop } from '../core/wakeable-loop.ts';
import type { Db } from '../db/connect.ts';
import { DEFAULT_RETENTION_DAYS } from '../db/retention.ts';
import type { JobRow } from '../db/schema.ts';
import type { Initiator } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import { type JobSet, jobHandler } from './handlers.ts';
import { claimJobs, ensureRecurring, finishJob } from './jobs.ts';

export interface SchedulerOptions {
  /** What it runs: src/app/jobs.ts for the service. */
  jobs: JobSet;
  /**
   * Starts the conversations jobs begin (reminders, re-checks): the service's
   * engine. Without one, a job that writes to a worker first fails when it runs.
   */
  engine?: Initiator;
  clock?: Clock;
  logger?: Logger;
  /** A job running longer than this is taken as crashed and run again. */
  leaseMs?: number;
  batchSize?: number;
  /** How often to look for due jobs. */
  pollMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  notifyOutbox?: (channel: string) => void;
  /** Quiet hours handed to jobs that write to workers unasked (QUIET_HOURS). */
  quietHours?: string | null;
  /** MESSAGE_RETENTION_DAYS, handed to jobs (default 30). */
  messageRetentionDays?: number;
}

/** For a scheduler made without an engine (tests of other jobs): says so when a job needs one. */
function noEngine(db: Db): Initiator {
  return {
    db,
    initiateIn: () => Promise.reject(new Error('This scheduler was made without an engine (SchedulerOptions.engine)')),
  };
}

export class Scheduler {
  readonly claimer = `scheduler-${randomUUID().slice(0, 8)}`;
  private readonly clock: Clock;
  private readonly o: Required<
    Omit<
      SchedulerOptions,
      'jobs' | 'engine' | 'clock' | 'logger' | 'notifyOutbox' | 'quietHours' | 'messageRetentionDays'
    >
  >;
  private readonly loop: WakeableLoop;
  ran = 0;
  failed = 0;
  lastRunAt: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly opts: SchedulerOptions,
  ) {
    this.clock = opts.clock ?? systemClock;
    this.o = {
      leaseMs: opts.leaseMs ?? 10 * 60_000,
      batchSize: opts.batchSize ?? 10,
      pollMs: opts.pollMs ?? 5000,
      retryBaseMs: opts.retryBaseMs ?? 30_000,
      retryMaxMs: opts.retryMaxMs ?? 3_600_000,
    };
    this.loop = new WakeableLoop({
      pass: () => this.runOnce(),
      idleMs: this.o.pollMs,
      onError: (err) => this.opts.logger?.error({ err }, 'scheduler'),
    });
  }

  /** Puts the next run of every recurring job in the table. */
  async ensureRecurring(): Promise<void> {
    for (const r of this.opts.jobs.recurring) await ensureRecurring(this.db, r, this.clock.now());
  }

  /** Claims and runs one batch of due jobs; returns how many it ran. */
  async runOnce(): Promise<number> {
    const jobs = await claimJobs(this.db, {
      claimer: this.claimer,
      now: this.clock.now(),
      limit: this.o.batchSize,
      leaseMs: this.o.leaseMs,
    });
    for (const job of jobs) await this.runJob(job);
    return jobs.length;
  }

  /** Runs batches until nothing is due (tests, and the CLI). */
  async runDue(maxBatches = 1000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxBatches; i++) {
      const n = await this.runOnce();
      total += n;
      if (n === 0) break;
    }
    return total;
  }

  private async runJob(job: JobRow): Promise<void> {
    const handler = jobHandler(this.opts.jobs, job.kind);
    this.lastRunAt = this.clock.now().toISOString();
    if (!handler) {
      this.failed++;
      await finishJob(this.db, job, this.claimer, this.clock.now(), {
        status: 'failed',
        error: `no handler for job kind "${job.kind}"`,
      });
      return;
    }
    try {
      await handler.run({
        db: this.db,
        engine: this.opts.engine ?? noEngine(this.db),
        job,
        payload: JSON.parse(job.payload),
        now: this.clock.now(),
        clock: this.clock,
        logger: this.opts.logger,
        notifyOutbox: (channel) => this.opts.notifyOutbox?.(channel),
        quietHours: this.opts.quietHours ?? null,
        messageRetentionDays: this.opts.messageRetentionDays ?? DEFAULT_RETENTION_DAYS,
      });
      this.ran++;
      await finishJob(this.db, job, this.claimer, this.clock.now(), { status: 'done' });
    } catch (err) {
      this.failed++;
      const error = err instanceof Error ? err.message : String(err);
      this.opts.logger?.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, err: error }, 'job failed');
      const now = this.clock.now();
      if (job.attempts >= job.max_attempts) {
        await finishJob(this.db, job, this.claimer, now, { status: 'failed', error });
        return;
      }
      const delay =
        handler.retryDelayMs?.(job.attempts) ??
        Math.min(this.o.retryMaxMs, this.o.retryBaseMs * 2 ** (job.attempts - 1));
      await finishJob(this.db, job, this.claimer, now, {
        status: 'retry',
        error,
        retryAt: new Date(now.getTime() + delay),
      });
    }
  }

  start(): void {
    this.loop.start();
  }

  /** Looks at the table now (after a job was scheduled for now). */
  wake(): void {
    this.loop.wake();
  }

  /** Lets the job in hand finish, then stops. */
  async stop(): Promise<void> {
    await this.loop.stop();
  }
}
