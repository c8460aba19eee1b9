// The BPJS status asked again every few months (recheckMonths in the BPJS
// content), sent by the scheduler once a day instead of waiting for her to open
// the BPJS menu or greet. The question and the state that understands her
// answer come from the BPJS flow itself; src/db/protection-status.ts says who
// is due. Each question sent is a row of status_rechecks, one per worker per
// due period: a second process or a second run in the same period sends nothing.
// The engine starts the conversation (initiateIn): her channel, BERHENTI, and
// a conversation she is in the middle of are its rules.
import { addMonths } from 'date-fns';
import { bpjsContent } from '../content/bpjs/store.ts';
import { quietUntil } from '../core/quiet-hours.ts';
import { dueStatusRechecks, latestProtectionStatus } from '../db/protection-status.ts';
import type { Initiator } from '../engine/engine.ts';
import { bpjsFlow } from '../flows/bpjs/index.ts';
import type { JobHandler } from '../scheduler/handlers.ts';
import { scheduleJob } from '../scheduler/jobs.ts';
import { getReminderPrefs } from './prefs.ts';

declare module '../scheduler/handlers.ts' {
  interface JobKinds {
    'bpjs.status-rechecks': true;
  }
}

export const RECHECK_JOB = 'bpjs.status-rechecks';

/**
 * The start of the due period `now` is in: her newest answer plus the largest
 * whole number of periods that has passed; null when not yet one period.
 */
export function recheckDueAt(lastAskedAt: string, now: Date, months: number): Date | null {
  const last = new Date(lastAskedAt);
  if (addMonths(last, months).getTime() > now.getTime()) return null;
  let k = 1;
  while (addMonths(last, (k + 1) * months).getTime() <= now.getTime()) k++;
  return addMonths(last, k * months);
}

export interface RecheckOptions {
  /** WIB quiet hours (QUIET_HOURS): nothing is sent inside them. */
  quietHours?: string | null;
  notifyOutbox?: (channel: string) => void;
  /** Default: recheckMonths of the BPJS content in use. */
  months?: number;
}

export interface RecheckResult {
  asked: number;
  /** Inside quiet hours: nothing was looked at; the end of the window. */
  quietUntil: Date | null;
}

/** Not this time: rolls back the claimed row. */
class NotNow extends Error {}

export async function sendDueRechecks(engine: Initiator, now: Date, o: RecheckOptions = {}): Promise<RecheckResult> {
  const quiet = quietUntil(now, o.quietHours);
  if (quiet) return { asked: 0, quietUntil: quiet };
  const months = o.months ?? bpjsContent().settings.recheckMonths;
  const nowIso = now.toISOString();
  const channels = new Set<string>();
  let asked = 0;
  for (const due of await dueStatusRechecks(engine.db, now, months)) {
    const dueAt = recheckDueAt(due.lastAskedAt, now, months);
    if (!dueAt) continue;
    try {
      const channel = await engine.db.transaction().execute(async (trx) => {
        // Claimed first: the row's unique key makes a second process wait here
        // and then find it taken (and on SQLite the write lock is taken before any read).
        const claim = await trx
          .insertInto('status_rechecks')
          .values({ worker_id: due.workerId, due_at: dueAt.toISOString(), asked_at: nowIso, outbox_id: null })
          .onConflict((oc) => oc.columns(['worker_id', 'due_at']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!claim) throw new NotNow();
        // The weekly reminder's rule: she may have turned reminders off.
        if (!(await getReminderPrefs(trx, due.workerId)).enabled) throw new NotNow();
        // Read again inside the transaction: she may have answered since the list was made.
        const latest = await latestProtectionStatus(trx, due.workerId);
        if (!latest || latest.at !== due.lastAskedAt) throw new NotNow();
        // The BPJS flow's own re-check question, started as if she had greeted,
        // going back to the main menu after. Only her status: a due enrolment
        // follow-up has its own job (enrolment-followups.ts).
        const sent = await engine.initiateIn(
          trx,
          due.workerId,
          bpjsFlow,
          { after: 'main' },
          { now, quietHours: o.quietHours ?? null, facts: { bpjsOverview: { latest, openIntents: [] } } },
        );
        // Stopped, unreachable, or in the middle of something: asked on a later day, or when she next greets.
        if (!sent?.state) throw new NotNow();
        await trx
          .updateTable('status_rechecks')
          .set({ outbox_id: sent.outboxIds[0] ?? null })
          .where('id', '=', claim.id)
          .execute();
        return sent.channel;
      });
      channels.add(channel);
      asked++;
    } catch (err) {
      if (!(err instanceof NotNow)) throw err;
    }
  }
  for (const c of channels) o.notifyOutbox?.(c);
  return { asked, quietUntil: null };
}

export const recheckJobs = {
  [RECHECK_JOB]: {
    run: async ({ db, engine, now, notifyOutbox, logger, quietHours }) => {
      const r = await sendDueRechecks(engine, now, { quietHours, notifyOutbox });
      if (r.quietUntil) {
        // A run late enough to land in quiet hours (after a stop) goes again when they end.
        await scheduleJob(db, { kind: RECHECK_JOB, dueAt: r.quietUntil, dedupeKey: 'bpjs-rechecks-after-quiet' }, now);
        return;
      }
      if (r.asked) logger?.info({ asked: r.asked }, 'BPJS status re-checks');
    },
  },
} satisfies Record<string, JobHandler>;
