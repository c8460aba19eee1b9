// The scheduler's side of broadcasts: a scheduled broadcast is a job that queues it;
// a recurring one is a job on its cron pattern that makes and queues one run each time.
import type { JobHandler } from '../scheduler/handlers.ts';
import { BROADCAST_JOB, BROADCAST_RUN_JOB, broadcastChannels, enqueueBroadcast, runPlan } from './broadcasts.ts';

export const broadcastJobs = {
  [BROADCAST_JOB]: {
    run: async ({ db, payload, now, notifyOutbox, logger }) => {
      const { broadcastId } = payload as { broadcastId: number };
      const n = await enqueueBroadcast(db, broadcastId, now);
      logger?.info(
        { broadcastId, recipients: n },
        n === null ? 'broadcast already queued or cancelled' : 'broadcast queued',
      );
      for (const channel of await broadcastChannels(db, broadcastId)) notifyOutbox(channel);
    },
  },
  [BROADCAST_RUN_JOB]: {
    run: async ({ db, payload, now, notifyOutbox, logger }) => {
      const { planId } = payload as { planId: number };
      const run = await runPlan(db, planId, now);
      logger?.info(
        { planId, run },
        run === null ? 'recurring broadcast cancelled: no run' : 'recurring broadcast run queued',
      );
      if (run) for (const channel of await broadcastChannels(db, run.id)) notifyOutbox(channel);
    },
  },
} satisfies Record<string, JobHandler>;
