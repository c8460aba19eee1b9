// The scheduler as a runtime of the service, and the job kinds it runs.
import '../broadcast/jobs.ts';
import { type Runtime, runtimeFactories } from '../service.ts';
import { Scheduler } from './scheduler.ts';

runtimeFactories.push(({ config, db, engine, logger }): Runtime | null => {
  if (!config.SCHEDULER_ENABLED) return null;
  const scheduler = new Scheduler(db, {
    logger,
    pollMs: config.SCHEDULER_POLL_MS,
    notifyOutbox: (channel) => engine.events.emit('outbox', channel),
  });
  return {
    name: 'scheduler',
    health: () => ({
      running: true,
      jobsRun: scheduler.ran,
      jobsFailed: scheduler.failed,
      lastRunAt: scheduler.lastRunAt,
    }),
    async start() {
      await scheduler.ensureRecurring();
      scheduler.start();
    },
    async stop() {
      await scheduler.stop();
    },
  };
});
