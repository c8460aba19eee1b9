// The reminder sweep as a job (recurring every hour: src/app/jobs.ts).
import type { JobHandler } from '../scheduler/handlers.ts';
import { runReminderSweep } from './sweep.ts';

declare module '../scheduler/handlers.ts' {
  interface JobKinds {
    'diary.reminders': true;
  }
}

export const REMINDER_JOB = 'diary.reminders';

export const reminderJobs = {
  [REMINDER_JOB]: {
    run: async ({ engine, now, notifyOutbox, logger }) => {
      const res = await runReminderSweep(engine, now, { notifyOutbox });
      if (res.sent || res.skipped) logger?.info(res, 'diary reminders');
    },
  },
} satisfies Record<string, JobHandler>;
