// "Sudah daftar?": the BPJS enrolment follow-up, asked by the scheduler on the
// day it is due instead of waiting for her to write (src/flows/bpjs/ decides
// the text and understands her answer; src/db/enrolment.ts says who is due).
// The engine starts the conversation (initiateIn): her channel, BERHENTI, and
// a conversation she is in the middle of are its rules.
import { addDays } from 'date-fns';
import { dueEnrolmentFollowUps, postponeFollowUp } from '../db/enrolment.ts';
import type { Initiator } from '../engine/engine.ts';
import { bpjsFlow } from '../flows/bpjs/index.ts';
import type { JobHandler } from '../scheduler/handlers.ts';

declare module '../scheduler/handlers.ts' {
  interface JobKinds {
    'bpjs.followups': true;
  }
}

export const FOLLOWUP_JOB = 'bpjs.followups';
/** Asked again after this many days when she does not answer. */
const ASK_AGAIN_DAYS = 7;

export async function sendDueFollowUps(
  engine: Initiator,
  now: Date,
  notifyOutbox?: (channel: string) => void,
): Promise<number> {
  const channels = new Set<string>();
  let asked = 0;
  for (const f of await dueEnrolmentFollowUps(engine.db, now)) {
    const sent = await engine.db.transaction().execute(async (trx) => {
      // The BPJS flow asks about this intent, going back to the main menu after.
      const intent = { id: f.id, program: f.program, createdAt: f.createdAt, followUpDue: f.followUpDue };
      const r = await engine.initiateIn(
        trx,
        f.workerId,
        bpjsFlow,
        { after: 'main' },
        { now, facts: { bpjsOverview: { latest: null, openIntents: [intent] } } },
      );
      // In the middle of something: the BPJS flow asks when she next opens it.
      if (!r?.state) return null;
      // Her answer sets the next date itself; without one she is asked again in a week.
      await postponeFollowUp(trx, f.id, addDays(now, ASK_AGAIN_DAYS).toISOString());
      return r.channel;
    });
    if (sent) {
      channels.add(sent);
      asked++;
    }
  }
  for (const c of channels) notifyOutbox?.(c);
  return asked;
}

export const followUpJobs = {
  [FOLLOWUP_JOB]: {
    run: async ({ engine, now, notifyOutbox, logger }) => {
      const n = await sendDueFollowUps(engine, now, notifyOutbox);
      if (n) logger?.info({ asked: n }, 'BPJS enrolment follow-ups');
    },
  },
} satisfies Record<string, JobHandler>;
