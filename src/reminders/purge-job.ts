// Daily privacy jobs: forget people who started onboarding but never consented
// (after 7 days), and empty the text of messages older than the retention time.

import { forgetOldMessageText } from '../db/retention.ts';
import { purgeUnconsented } from '../db/unconsented.ts';
import type { JobHandler } from '../scheduler/handlers.ts';

declare module '../scheduler/handlers.ts' {
  interface JobKinds {
    'privacy.purge-unconsented': true;
    'privacy.message-retention': true;
  }
}

export const PURGE_JOB = 'privacy.purge-unconsented';
export const RETENTION_JOB = 'privacy.message-retention';

export const privacyJobs = {
  [PURGE_JOB]: {
    run: async ({ db, now, logger }) => {
      const n = await purgeUnconsented(db, now);
      if (n) logger?.info({ erased: n }, 'unconsented workers erased');
    },
  },
  [RETENTION_JOB]: {
    run: async ({ db, now, logger, messageRetentionDays: retentionDays }) => {
      const n = await forgetOldMessageText(db, now, retentionDays);
      if (n.inbound || n.outbox) logger?.info({ ...n, days: retentionDays }, 'old message text removed');
    },
  },
} satisfies Record<string, JobHandler>;
