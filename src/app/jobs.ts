// Every kind of job the scheduler runs, and the ones it keeps on a cron
// pattern (WIB). A kind declared (JobKinds) without a handler here does not compile.
import { broadcastJobs } from '../broadcast/jobs.ts';
import { FOLLOWUP_JOB, followUpJobs } from '../reminders/enrolment-followups.ts';
import { REMINDER_JOB, reminderJobs } from '../reminders/jobs.ts';
import { PURGE_JOB, privacyJobs, RETENTION_JOB } from '../reminders/purge-job.ts';
import { RECHECK_JOB, recheckJobs } from '../reminders/status-rechecks.ts';
import type { JobHandler, JobKind, JobSet } from '../scheduler/handlers.ts';
import type { RecurringJob } from '../scheduler/jobs.ts';

const handlers: { [K in JobKind]: JobHandler } = {
  ...broadcastJobs,
  ...reminderJobs,
  ...followUpJobs,
  ...recheckJobs,
  ...privacyJobs,
};

const recurring: readonly RecurringJob[] = [
  { key: 'diary-reminders', kind: REMINDER_JOB, cron: '0 * * * *' },
  // Once a day at a sociable hour.
  { key: 'bpjs-followups', kind: FOLLOWUP_JOB, cron: '0 10 * * *' },
  // After the enrolment follow-ups (10:00): she is not asked both at once, as
  // a follow-up just sent makes her conversation busy.
  { key: 'bpjs-rechecks', kind: RECHECK_JOB, cron: '30 10 * * *' },
  { key: 'purge-unconsented', kind: PURGE_JOB, cron: '30 3 * * *' },
  { key: 'message-retention', kind: RETENTION_JOB, cron: '45 3 * * *' },
];

export const jobs: JobSet = { handlers, recurring };
