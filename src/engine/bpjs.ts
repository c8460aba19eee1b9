// The social-protection area's effect appliers and fact loaders.

import { createEnrolmentIntent, openEnrolmentIntents, recordEnrolmentFollowUp } from '../db/enrolment.ts';
import { monthlyEarnings } from '../db/monthly-earnings.ts';
import { appendProtectionStatus, latestProtectionStatus } from '../db/protection-status.ts';
import { storeQuestion } from '../db/questions.ts';
import { registerEffect } from './effects.ts';
import { registerFact } from './facts.ts';

registerEffect('recordProtectionStatus', async (e, { trx, workerId, nowIso }) => {
  await appendProtectionStatus(trx, workerId, e.answers, e.via, nowIso);
});

registerEffect('recordEnrolmentIntent', async (e, { trx, workerId, nowIso }) => {
  await createEnrolmentIntent(trx, workerId, e.program, e.followUpDue, nowIso);
});

registerEffect('recordEnrolmentFollowUp', async (e, { trx, workerId, nowIso }) => {
  await recordEnrolmentFollowUp(trx, workerId, e, nowIso);
});

registerEffect('storeQuestion', async (e, { trx, workerId, nowIso }) => {
  await storeQuestion(trx, workerId, e.text, e.context, nowIso);
});

registerFact('bpjsOverview', async ({ trx, worker }) => ({
  latest: await latestProtectionStatus(trx, worker.id),
  openIntents: await openEnrolmentIntents(trx, worker.id),
}));

registerFact('monthlyEarnings', ({ trx, worker, now }) => monthlyEarnings(trx, worker.id, now));
