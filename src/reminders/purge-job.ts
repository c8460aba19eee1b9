// Daily: forget people who started onboarding but never consented (after 7 days).
import { purgeUnconsented } from '../db/unconsented.ts';
import { registerJobHandler, registerRecurringJob } from '../scheduler/handlers.ts';

export const PURGE_JOB = 'privacy.purge-unconsented';

registerJobHandler(PURGE_JOB, async ({ db, now, logger }) => {
  const n = await purgeUnconsented(db, now);
  if (n) logger?.info({ erased: n }, 'unconsented workers erased');
});

registerRecurringJob({ key: 'purge-unconsented', kind: PURGE_JOB, cron: '30 3 * * *' });
