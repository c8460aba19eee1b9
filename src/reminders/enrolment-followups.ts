// "Sudah daftar?": the BPJS enrolment follow-up, asked by the scheduler on the
// day it is due instead of waiting for her to write (src/flows/bpjs/ decides
// the text and understands her answer; src/db/enrolment.ts says who is due).
import { addDays } from 'date-fns';
import type { Db } from '../db/connect.ts';
import { saveConversation } from '../db/conversations.ts';
import { dueEnrolmentFollowUps, postponeFollowUp } from '../db/enrolment.ts';
import { enqueue } from '../db/outbox.ts';
import { reachIdentity } from '../db/reachability.ts';
import { followUpTurn } from '../flows/bpjs/index.ts';
import type { JobHandler } from '../scheduler/handlers.ts';

declare module '../scheduler/handlers.ts' {
  interface JobKinds {
    'bpjs.followups': true;
  }
}

export const FOLLOWUP_JOB = 'bpjs.followups';
/** Asked again after this many days when she does not answer. */
const ASK_AGAIN_DAYS = 7;
/** A conversation untouched this long is abandoned: the question may replace it. */
const IDLE_MS = 12 * 3600_000;

export async function sendDueFollowUps(db: Db, now: Date, notifyOutbox?: (channel: string) => void): Promise<number> {
  const nowIso = now.toISOString();
  const channels = new Set<string>();
  let asked = 0;
  for (const f of await dueEnrolmentFollowUps(db, now)) {
    const sent = await db.transaction().execute(async (trx) => {
      const conv = await trx
        .selectFrom('conversations')
        .select('updated_at')
        .where('worker_id', '=', f.workerId)
        .executeTakeFirst();
      // In the middle of something: the BPJS flow asks when she next opens it.
      if (conv && now.getTime() - new Date(conv.updated_at).getTime() < IDLE_MS) return null;
      const identity = await reachIdentity(trx, f.workerId);
      if (!identity) return null;
      const turn = followUpTurn(f, f.lang);
      await saveConversation(trx, f.workerId, turn.state, nowIso);
      await enqueue(
        trx,
        [
          {
            channel: identity.channel,
            address: identity.channel_user_id,
            workerId: f.workerId,
            kind: 'reminder',
            text: turn.text,
          },
        ],
        nowIso,
      );
      // Her answer sets the next date itself; without one she is asked again in a week.
      await postponeFollowUp(trx, f.id, addDays(now, ASK_AGAIN_DAYS).toISOString());
      return identity.channel;
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
    run: async ({ db, now, notifyOutbox, logger }) => {
      const n = await sendDueFollowUps(db, now, notifyOutbox);
      if (n) logger?.info({ asked: n }, 'BPJS enrolment follow-ups');
    },
  },
} satisfies Record<string, JobHandler>;
