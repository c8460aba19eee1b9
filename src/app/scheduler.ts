// The scheduler as a runtime of the service (the jobs it runs are
// src/app/jobs.ts), and the broadcast API it serves.

import { broadcastRoutes } from '../broadcast/routes.ts';
import { systemClock } from '../core/clock.ts';
import type { Runtime, RuntimeFactory } from '../runtime.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { jobs } from './jobs.ts';

export const schedulerRuntime: RuntimeFactory = ({ config, db, engine, logger }): Runtime | null => {
  const notifyOutbox = (channel: string) => engine.events.emit('outbox', channel);
  const quietHours = config.QUIET_HOURS === 'off' ? null : config.QUIET_HOURS;
  const scheduler = config.SCHEDULER_ENABLED
    ? new Scheduler(db, {
        jobs,
        engine,
        logger,
        pollMs: config.SCHEDULER_POLL_MS,
        notifyOutbox,
        quietHours,
        messageRetentionDays: config.MESSAGE_RETENTION_DAYS,
      })
    : null;
  return {
    name: 'scheduler',
    health: () =>
      scheduler
        ? { running: true, jobsRun: scheduler.ran, jobsFailed: scheduler.failed, lastRunAt: scheduler.lastRunAt }
        : { running: false, reason: 'SCHEDULER_ENABLED=false' },
    async start() {
      if (!scheduler) return;
      await scheduler.ensureRecurring();
      scheduler.start();
    },
    async stop() {
      await scheduler?.stop();
    },
    mount(app) {
      app.route(
        '/',
        broadcastRoutes({
          db,
          token: config.BROADCAST_API_TOKEN,
          clock: systemClock,
          quietHours,
          notifyOutbox,
          k: config.K_ANONYMITY,
        }),
      );
    },
  };
};
