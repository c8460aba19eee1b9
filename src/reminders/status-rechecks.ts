// The BPJS status asked again every few months (recheckMonths in the BPJS
// content), sent by the scheduler once a day instead of waiting for her to open
// the BPJS menu or greet. The question and the state that understands her
// answer come from the BPJS flow itself; src/db/protection-status.ts says who
// is due. Each question sent is a row of status_rechecks, one per worker per
// due period: a second process or a second run in the same period sends nothing.
import { randomUUID } from 'node:crypto';
import { addMonths } from 'date-fns';
import { bpjsContent } from '../content/bpjs/store.ts';
import { quietUntil } from '../core/quiet-hours.ts';
import type { Db } from '../db/connect.ts';
import { saveConversation } from '../db/conversations.ts';
import { enqueue } from '../db/outbox.ts';
import { dueStatusRechecks, latestProtectionStatus } from '../db/protection-status.ts';
import { reachIdentity } from '../db/reachability.ts';
import { getWorker, toProfile } from '../db/workers.ts';
import { bpjsFlow } from '../flows/bpjs/index.ts';
import type { BpjsOverview } from '../flows/bpjs/model.ts';
import { translator } from '../flows/messages/index.ts';
import type { FlowContext, StepResult } from '../flows/types.ts';
import type { JobHandler } from '../scheduler/handlers.ts';
import { scheduleJob } from '../scheduler/jobs.ts';
import { getReminderPrefs } from './prefs.ts';

declare module '../scheduler/handlers.ts' {
  interface JobKinds {
    'bpjs.status-rechecks': true;
  }
}

export const RECHECK_JOB = 'bpjs.status-rechecks';
/** A conversation untouched this long is abandoned: the question may replace it. */
const IDLE_MS = 12 * 3600_000;

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

/** The BPJS flow's own re-check question, started as if she had greeted, going back to the main menu after. */
function recheckTurn(
  worker: FlowContext['worker'],
  latest: NonNullable<BpjsOverview['latest']>,
  now: Date,
): StepResult {
  const ctx: FlowContext = {
    now,
    lang: worker.lang,
    t: translator(worker.lang),
    worker,
    // Only her status: a due enrolment follow-up has its own job (enrolment-followups.ts).
    facts: { bpjsOverview: { latest, openIntents: [] } },
    // Not read by the BPJS questions; the engine's defaults.
    settings: { payOverdueDays: 14, kAnonymity: 5 },
    bpjs: bpjsContent(),
    newId: randomUUID,
  };
  return bpjsFlow.start(ctx, { after: 'main' });
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

export async function sendDueRechecks(db: Db, now: Date, o: RecheckOptions = {}): Promise<RecheckResult> {
  const quiet = quietUntil(now, o.quietHours);
  if (quiet) return { asked: 0, quietUntil: quiet };
  const months = o.months ?? bpjsContent().settings.recheckMonths;
  const nowIso = now.toISOString();
  const channels = new Set<string>();
  let asked = 0;
  for (const due of await dueStatusRechecks(db, now, months)) {
    const dueAt = recheckDueAt(due.lastAskedAt, now, months);
    if (!dueAt) continue;
    try {
      const channel = await db.transaction().execute(async (trx) => {
        // Claimed first: the row's unique key makes a second process wait here
        // and then find it taken (and on SQLite the write lock is taken before any read).
        const claim = await trx
          .insertInto('status_rechecks')
          .values({ worker_id: due.workerId, due_at: dueAt.toISOString(), asked_at: nowIso, outbox_id: null })
          .onConflict((oc) => oc.columns(['worker_id', 'due_at']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!claim) throw new NotNow();
        const row = await getWorker(trx, due.workerId);
        if (!row || row.status !== 'active' || row.opted_out === 1) throw new NotNow();
        // The weekly reminder's rule: she may have turned reminders off.
        if (!(await getReminderPrefs(trx, due.workerId)).enabled) throw new NotNow();
        const conv = await trx
          .selectFrom('conversations')
          .select('updated_at')
          .where('worker_id', '=', due.workerId)
          .executeTakeFirst();
        // In the middle of something: asked on a later day, or when she next greets.
        if (conv && now.getTime() - new Date(conv.updated_at).getTime() < IDLE_MS) throw new NotNow();
        const identity = await reachIdentity(trx, due.workerId);
        if (!identity) throw new NotNow();
        // Read again inside the transaction: she may have answered since the list was made.
        const latest = await latestProtectionStatus(trx, due.workerId);
        if (!latest || latest.at !== due.lastAskedAt) throw new NotNow();
        const turn = recheckTurn(toProfile(row), latest, now);
        if (!turn.state || !turn.replies.length) throw new NotNow();
        await saveConversation(trx, due.workerId, turn.state, nowIso);
        const [outboxId] = await enqueue(
          trx,
          turn.replies.map((r) => ({
            channel: identity.channel,
            address: identity.channel_user_id,
            workerId: due.workerId,
            kind: 'reminder' as const,
            text: r.text,
            options: r.options ?? null,
            quietHours: o.quietHours ?? null,
          })),
          nowIso,
        );
        await trx
          .updateTable('status_rechecks')
          .set({ outbox_id: outboxId ?? null })
          .where('id', '=', claim.id)
          .execute();
        return identity.channel;
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
    run: async ({ db, now, notifyOutbox, logger, quietHours }) => {
      const r = await sendDueRechecks(db, now, { quietHours, notifyOutbox });
      if (r.quietUntil) {
        // A run late enough to land in quiet hours (after a stop) goes again when they end.
        await scheduleJob(db, { kind: RECHECK_JOB, dueAt: r.quietUntil, dedupeKey: 'bpjs-rechecks-after-quiet' }, now);
        return;
      }
      if (r.asked) logger?.info({ asked: r.asked }, 'BPJS status re-checks');
    },
  },
} satisfies Record<string, JobHandler>;
