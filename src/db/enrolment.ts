// The enrolment journey: her intent to register, the follow-up due on the
// intent row, and every follow-up answer with its coded obstacle.
import type { Kysely } from 'kysely';
import type { Obstacle } from '../content/bpjs/schema.ts';
import type { FollowUpAnswer, OpenIntent, Program } from '../flows/bpjs/model.ts';
import type { Database } from './schema.ts';

type Q = Kysely<Database>;

export async function createEnrolmentIntent(
  q: Q,
  workerId: string,
  program: Program,
  followUpDue: string,
  nowIso: string,
): Promise<number> {
  const row = await q
    .insertInto('enrolment_intents')
    .values({
      worker_id: workerId,
      program,
      created_at: nowIso,
      follow_up_due: followUpDue,
      closed_at: null,
      outcome: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Stores one follow-up answer. With `nextDue` the intent stays open and is
 * asked about again then; without it the intent is closed with this answer.
 */
export async function recordEnrolmentFollowUp(
  q: Q,
  workerId: string,
  f: {
    intentId: number;
    answer: FollowUpAnswer;
    obstacle: Obstacle | null;
    note: string | null;
    nextDue: string | null;
  },
  nowIso: string,
): Promise<boolean> {
  const intent = await q
    .selectFrom('enrolment_intents')
    .select(['id', 'closed_at'])
    .where('id', '=', f.intentId)
    .where('worker_id', '=', workerId)
    .executeTakeFirst();
  // Answered twice (two devices, a retried message): the first answer stands.
  if (!intent || intent.closed_at) return false;
  await q
    .insertInto('enrolment_followups')
    .values({
      intent_id: f.intentId,
      worker_id: workerId,
      asked_at: nowIso,
      answer: f.answer,
      obstacle: f.obstacle,
      note: f.note,
    })
    .execute();
  await q
    .updateTable('enrolment_intents')
    .set(
      f.nextDue
        ? { follow_up_due: f.nextDue }
        : { follow_up_due: null, closed_at: nowIso, outcome: f.answer === 'skipped' ? 'not_yet' : f.answer },
    )
    .where('id', '=', f.intentId)
    .execute();
  return true;
}

export async function openEnrolmentIntents(q: Q, workerId: string): Promise<OpenIntent[]> {
  const rows = await q
    .selectFrom('enrolment_intents')
    .select(['id', 'program', 'created_at', 'follow_up_due'])
    .where('worker_id', '=', workerId)
    .where('closed_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    program: r.program as Program,
    createdAt: r.created_at,
    followUpDue: r.follow_up_due,
  }));
}

export interface DueFollowUp extends OpenIntent {
  workerId: string;
  lang: string;
}

/**
 * Open intents whose "Sudah daftar?" is due at `now`, earliest first, for the
 * scheduler. Workers who stopped messages (BERHENTI) are left out: she is
 * still asked when she next writes. After the engine started the BPJS flow's
 * question (src/reminders/enrolment-followups.ts) the caller moves
 * `follow_up_due` on, or the same intent is due again at the next run.
 */
export async function dueEnrolmentFollowUps(db: Q, now: Date): Promise<DueFollowUp[]> {
  const rows = await db
    .selectFrom('enrolment_intents as i')
    .innerJoin('workers as w', 'w.id', 'i.worker_id')
    .select(['i.id', 'i.worker_id', 'i.program', 'i.created_at', 'i.follow_up_due', 'w.lang'])
    .where('i.closed_at', 'is', null)
    .where('i.follow_up_due', '<=', now.toISOString())
    .where('w.opted_out', '=', 0)
    .where('w.status', '=', 'active')
    .orderBy('i.follow_up_due')
    .orderBy('i.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    workerId: r.worker_id,
    program: r.program as Program,
    createdAt: r.created_at,
    followUpDue: r.follow_up_due,
    lang: r.lang,
  }));
}

/** Moves a follow-up to a later time (the scheduler, after it sent the question). */
export async function postponeFollowUp(q: Q, intentId: number, nextDue: string): Promise<void> {
  await q
    .updateTable('enrolment_intents')
    .set({ follow_up_due: nextDue })
    .where('id', '=', intentId)
    .where('closed_at', 'is', null)
    .execute();
}
