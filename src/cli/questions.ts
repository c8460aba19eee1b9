// `upahku questions`: TANYA questions for the NGO's staff, until the
// dashboard shows them. Answers go back to the worker through the outbox.
import type { Command } from 'commander';
import { answerQuestion } from '../broadcast/answers.ts';
import { wibDateTime } from '../core/time.ts';
import { openDb } from '../db/connect.ts';
import { openQuestions, QuestionError } from '../db/questions.ts';
import { databaseUrl } from './db-option.ts';

export function questionsCommand(program: Command): void {
  const questions = program
    .command('questions')
    .description('TANYA questions from workers: list the open ones, answer one')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .action(async (opts: { db?: string }) => {
      const db = openDb(await databaseUrl(opts.db));
      try {
        const open = await openQuestions(db);
        if (!open.length) process.stdout.write('No open questions.\n');
        for (const q of open)
          process.stdout.write(`#${q.id}  ${wibDateTime(new Date(q.askedAt))} WIB  [${q.context}]\n  ${q.text}\n`);
      } finally {
        await db.destroy();
      }
    });
  questions
    .command('answer <id> <text...>')
    .description('answer question <id>; the answer is queued to her on the channel she used last')
    .requiredOption('--by <name>', 'who answers (kept with the answer)')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .action(async (id: string, words: string[], opts: { by: string; db?: string }) => {
      if (!/^\d+$/.test(id)) {
        process.stderr.write(`The question id must be a number (got "${id}").\n`);
        process.exitCode = 2;
        return;
      }
      const db = openDb(await databaseUrl(opts.db ?? questions.opts<{ db?: string }>().db));
      try {
        const r = await answerQuestion(db, {
          questionId: Number(id),
          answer: words.join(' '),
          answeredBy: opts.by,
          now: new Date(),
        });
        process.stdout.write(
          r.outboxId
            ? `Answer stored and queued (outbox #${r.outboxId}).\n`
            : 'Answer stored; no channel reaches her now.\n',
        );
      } catch (err) {
        if (!(err instanceof QuestionError)) throw err;
        process.stderr.write(`${err.message}\n`);
        process.exitCode = 1;
      } finally {
        await db.destroy();
      }
    });
}
