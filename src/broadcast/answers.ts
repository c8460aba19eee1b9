// TANYA answers: the staff's answer to a worker's question, stored and queued
// to her in her language on the channel that reaches her (the inbox itself is
// src/db/questions.ts).
import type { Kysely } from 'kysely';
import { showDay, wibDate } from '../core/time.ts';
import { enqueue } from '../db/outbox.ts';
import { MAX_ANSWER, QuestionError } from '../db/questions.ts';
import { reachIdentity } from '../db/reachability.ts';
import type { Database } from '../db/schema.ts';
import { translator } from '../flows/messages/index.ts';

type Q = Kysely<Database>;

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
  if (!answer) throw new QuestionError('The answer is empty.', 'Jawabannya kosong.');
  if (answer.length > MAX_ANSWER)
    throw new QuestionError(
      `The answer has ${answer.length} characters; at most ${MAX_ANSWER} fit one message.`,
      `Jawabannya ${answer.length} karakter; paling banyak ${MAX_ANSWER} muat dalam satu pesan.`,
    );
  const by = a.answeredBy.trim();
  if (!by) throw new QuestionError('Say who answers (answeredBy).');
  const nowIso = a.now.toISOString();
  return db.transaction().execute(async (trx) => {
    const question = await trx
      .selectFrom('questions as q')
      .innerJoin('workers as w', 'w.id', 'q.worker_id')
      .select(['q.id', 'q.worker_id', 'q.text', 'q.asked_at', 'q.answered_at', 'q.closed_at', 'w.lang'])
      .where('q.id', '=', a.questionId)
      .executeTakeFirst();
    if (!question)
      throw new QuestionError(`There is no question ${a.questionId} (it may have been deleted with HAPUS).`);
    if (question.answered_at)
      throw new QuestionError(
        `Question ${a.questionId} was already answered.`,
        `Pertanyaan ${a.questionId} sudah dijawab.`,
      );
    if (question.closed_at)
      throw new QuestionError(`Question ${a.questionId} was closed.`, `Pertanyaan ${a.questionId} sudah ditutup.`);
    const identity = await reachIdentity(trx, question.worker_id);
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

/** Answers several questions with the same words at once; each goes to its own asker. */
export async function answerQuestions(
  db: Q,
  a: { questionIds: number[]; answer: string; answeredBy: string; now: Date },
): Promise<{ answered: number; queued: number }> {
  let answered = 0;
  let queued = 0;
  const [first, ...others] = [...new Set(a.questionIds)];
  if (first === undefined) throw new QuestionError('Choose a question to answer.');
  for (const questionId of [first, ...others]) {
    try {
      const r = await answerQuestion(db, { questionId, answer: a.answer, answeredBy: a.answeredBy, now: a.now });
      answered++;
      if (r.outboxId !== null) queued++;
    } catch (err) {
      // Another of the same words answered or closed meanwhile is skipped; the one asked for is not.
      if (questionId === first || !(err instanceof QuestionError)) throw err;
    }
  }
  return { answered, queued };
}
