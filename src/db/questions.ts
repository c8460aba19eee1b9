// TANYA: questions workers send for the NGO's staff, and the answers that go
// back to them through the outbox.
import type { Kysely } from 'kysely';
import { showDay, wibDate } from '../core/time.ts';
import { translator } from '../flows/messages/index.ts';
import { enqueue } from './outbox.ts';
import type { Database } from './schema.ts';

type Q = Kysely<Database>;

/** Longest answer: with the heading and her question it stays one message under 1000 characters. */
export const MAX_ANSWER = 800;

export class QuestionError extends Error {}

export async function storeQuestion(
  q: Q,
  workerId: string,
  text: string,
  context: string,
  nowIso: string,
): Promise<number> {
  const row = await q
    .insertInto('questions')
    .values({
      worker_id: workerId,
      text,
      context,
      asked_at: nowIso,
      answer: null,
      answered_by: null,
      answered_at: null,
      answer_outbox_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface OpenQuestion {
  id: number;
  /** For the dashboard to show as a pseudonym, never as a name or number. */
  workerId: string;
  text: string;
  context: string;
  askedAt: string;
}

/** Questions not answered yet, oldest first. */
export async function openQuestions(db: Q, limit = 100): Promise<OpenQuestion[]> {
  const rows = await db
    .selectFrom('questions')
    .select(['id', 'worker_id', 'text', 'context', 'asked_at'])
    .where('answered_at', 'is', null)
    .orderBy('asked_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, workerId: r.worker_id, text: r.text, context: r.context, askedAt: r.asked_at }));
}

function excerpt(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Stores the staff's answer and queues it to her, in her language, on the
 * channel she used last. Returns the outbox row id, or null when no channel
 * can reach her any more (the answer is still stored).
 */
export async function answerQuestion(
  db: Q,
  a: { questionId: number; answer: string; answeredBy: string; now: Date },
): Promise<{ outboxId: number | null }> {
  const answer = a.answer.trim();
  if (!answer) throw new QuestionError('The answer is empty.');
  if (answer.length > MAX_ANSWER)
    throw new QuestionError(`The answer has ${answer.length} characters; at most ${MAX_ANSWER} fit one message.`);
  const by = a.answeredBy.trim();
  if (!by) throw new QuestionError('Say who answers (answeredBy).');
  const nowIso = a.now.toISOString();
  return db.transaction().execute(async (trx) => {
    const question = await trx
      .selectFrom('questions as q')
      .innerJoin('workers as w', 'w.id', 'q.worker_id')
      .select(['q.id', 'q.worker_id', 'q.text', 'q.asked_at', 'q.answered_at', 'w.lang'])
      .where('q.id', '=', a.questionId)
      .executeTakeFirst();
    if (!question)
      throw new QuestionError(`There is no question ${a.questionId} (it may have been deleted with HAPUS).`);
    if (question.answered_at) throw new QuestionError(`Question ${a.questionId} was already answered.`);
    const identity = await trx
      .selectFrom('channel_identities')
      .select(['channel', 'channel_user_id'])
      .where('worker_id', '=', question.worker_id)
      .where('unreachable', '=', 0)
      .orderBy('last_seen_at', 'desc')
      .executeTakeFirst();
    let outboxId: number | null = null;
    if (identity) {
      const text = translator(question.lang)('tanyaAnswer', {
        date: showDay(wibDate(new Date(question.asked_at))),
        question: excerpt(question.text, 80),
        answer,
      });
      // A reply to her own question: sent even after BERHENTI, which stops only news and reminders.
      [outboxId = null] = await enqueue(
        trx,
        [
          {
            channel: identity.channel,
            address: identity.channel_user_id,
            workerId: question.worker_id,
            kind: 'notice',
            text,
          },
        ],
        nowIso,
      );
    }
    await trx
      .updateTable('questions')
      .set({ answer, answered_by: by, answered_at: nowIso, answer_outbox_id: outboxId })
      .where('id', '=', question.id)
      .execute();
    return { outboxId };
  });
}
