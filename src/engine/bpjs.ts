// The social-protection area's effect appliers and fact loaders.

import { createEnrolmentIntent, openEnrolmentIntents, recordEnrolmentFollowUp } from '../db/enrolment.ts';
import { monthlyEarnings } from '../db/monthly-earnings.ts';
import { appendProtectionStatus, latestProtectionStatus } from '../db/protection-status.ts';
import { storeQuestion } from '../db/questions.ts';
import type { Appliers } from './effects.ts';
import type { FactLoaders } from './facts.ts';

export const bpjsAppliers = {
  recordProtectionStatus: async (e, { trx, workerId, nowIso }) => {
    await appendProtectionStatus(trx, workerId, e.answers, e.via, nowIso);
  },
  recordEnrolmentIntent: async (e, { trx, workerId, nowIso }) => {
    await createEnrolmentIntent(trx, workerId, e.program, e.followUpDue, nowIso);
  },
  recordEnrolmentFollowUp: async (e, { trx, workerId, nowIso }) => {
    await recordEnrolmentFollowUp(trx, workerId, e, nowIso);
  },
  storeQuestion: async (e, { trx, workerId, nowIso }) => {
    await storeQuestion(trx, workerId, e.text, e.context, nowIso);
  },
} satisfies Partial<Appliers>;

export const bpjsFacts = {
  bpjsOverview: async ({ trx, worker }) => ({
    latest: await latestProtectionStatus(trx, worker.id),
    openIntents: await openEnrolmentIntents(trx, worker.id),
  }),
  monthlyEarnings: ({ trx, worker, now }) => monthlyEarnings(trx, worker.id, now),
} satisfies Partial<FactLoaders>;
