// The reminder sweep as a recurring job: every hour on the hour (WIB).
import { registerJobHandler, registerRecurringJob } from '../scheduler/handlers.ts';
import { runReminderSweep } from './sweep.ts';

export const REMINDER_JOB = 'diary.reminders';

registerJobHandler(REMINDER_JOB, async ({ db, now, notifyOutbox, logger }) => {
  const res = await runReminderSweep(db, now, { notifyOutbox });
  if (res.sent || res.skipped) logger?.info(res, 'diary reminders');
});

registerRecurringJob({ key: 'diary-reminders', kind: REMINDER_JOB, cron: '0 * * * *' });
