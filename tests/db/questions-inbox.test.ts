// The TANYA inbox's rules on a real database: her inbox reference joins to
// nothing in any research export; identical questions are found across
// workers; one answer to several skips those answered meanwhile; closing,
// labels and assignment refuse bad input and change nothing then; the median
// time to answer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion, answerQuestions } from '../../src/broadcast/answers.ts';
import {
  assignQuestion,
  closeQuestion,
  inboxFigures,
  inboxQuestions,
  QuestionError,
  sameWords,
  setLabels,
  storeQuestion,
} from '../../src/db/questions.ts';
import { datasetNames, exportDataset, keyedPseudonymizer } from '../../src/research/datasets.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { addHandin, addOrder, addStatus, addWorker } from '../helpers/research.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

describe('the TANYA inbox', () => {
  it('gives her a random reference that appears in no research export, while the export knows her by pseudonym', async () => {
    const day = '2026-11-20';
    for (const w of ['a', 'b', 'c', 'd', 'e', 'f']) {
      await addWorker(t.db, w);
      await addStatus(t.db, w, 'bpjs_tk', 'none', day);
      const order = await addOrder(t.db, w, { employer: 'Bu Yati', rate: 500, pieces: 40, day });
      await addHandin(t.db, w, order, day, 40, 0);
    }
    await storeQuestion(t.db, 'a', 'Nama saya Siti, HP 081234567890, bisa daftar?', 'tanya', `${day}T05:00:00.000Z`);
    const [q] = await inboxQuestions(t.db, { view: 'open', me: 'x' });
    expect(q!.ref).toMatch(/^T-[a-z0-9]{8}$/);
    const secret = 'inbox-export-secret-0123456789';
    let seenPseudonym = false;
    for (const name of datasetNames()) {
      const file = await exportDataset(name, 'json', {
        db: t.db,
        k: 2,
        now: new Date('2026-12-01T00:00:00.000Z'),
        pseudonym: keyedPseudonymizer(secret),
      });
      const body = String(file.body);
      expect(body, name).not.toContain(q!.ref);
      expect(body, name).not.toContain('081234567890');
      expect(body, name).not.toContain('Siti');
      if (body.includes(keyedPseudonymizer(secret).worker('a'))) seenPseudonym = true;
    }
    // The exports do carry her pseudonym: the two are different identifiers.
    expect(seenPseudonym).toBe(true);
    // A second question keeps her reference; another worker gets another.
    await storeQuestion(t.db, 'a', 'Lagi', 'tanya', `${day}T06:00:00.000Z`);
    await storeQuestion(t.db, 'b', 'Halo', 'tanya', `${day}T06:00:00.000Z`);
    const refs = (await inboxQuestions(t.db, { view: 'open', me: 'x' })).map((x) => x.ref);
    expect(refs[0]).toBe(refs[1]);
    expect(refs[2]).not.toBe(refs[0]);
  });

  it('finds identical questions, answers them at once (skipping one answered meanwhile), and keeps the figures', async () => {
    for (const w of ['a', 'b', 'c']) await addWorker(t.db, w);
    const at = (h: number) => new Date(Date.UTC(2026, 10, 20, h)).toISOString();
    const q1 = await storeQuestion(t.db, 'a', 'Berapa iuran BPJS TK?', 'tanya', at(1));
    const q2 = await storeQuestion(t.db, 'b', 'berapa  IURAN bpjs-tk', 'tanya', at(2));
    const q3 = await storeQuestion(t.db, 'c', 'Berapa iuran BPJS TK!!', 'tanya', at(3));
    expect(sameWords('Berapa iuran BPJS TK?')).toBe(sameWords('berapa  IURAN bpjs-tk'));
    const open = await inboxQuestions(t.db, { view: 'open', me: 'x' });
    expect(
      open
        .find((q) => q.id === q1)!
        .same.map((s) => s.id)
        .sort(),
    ).toEqual([q2, q3]);
    await answerQuestion(t.db, { questionId: q3, answer: 'Rp16.800', answeredBy: 'Sri', now: new Date(at(4)) });
    const r = await answerQuestions(t.db, {
      questionIds: [q1, q2, q3],
      answer: 'Rp16.800',
      answeredBy: 'Sri',
      now: new Date(at(5)),
    });
    expect(r.answered).toBe(2);
    // The one asked for must not have been answered already.
    await expect(
      answerQuestions(t.db, { questionIds: [q1], answer: 'x', answeredBy: 'Sri', now: new Date(at(6)) }),
    ).rejects.toThrow(QuestionError);
    // Waits: 1 h (q3), 4 h (q1), 3 h (q2): median 3 h.
    expect(await inboxFigures(t.db)).toEqual({ open: 0, answered: 3, medianAnswerMs: 3 * 3600_000 });
  });

  it('refuses bad labels, closing twice, and answering a closed question, changing nothing', async () => {
    await addWorker(t.db, 'a');
    const q = await storeQuestion(t.db, 'a', 'Tanya', 'tanya', new Date().toISOString());
    await expect(setLabels(t.db, q, 'a, b, c, d, e, f')).rejects.toThrow(QuestionError);
    await expect(setLabels(t.db, q, '<script>')).rejects.toThrow(QuestionError);
    expect(await setLabels(t.db, q, 'BPJS, bpjs, urgent')).toEqual(['bpjs', 'urgent']);
    await assignQuestion(t.db, q, 'Sri');
    await expect(assignQuestion(t.db, 999, 'Sri')).rejects.toThrow(QuestionError);
    expect(await inboxQuestions(t.db, { view: 'mine', me: 'Sri' })).toHaveLength(1);
    expect(await inboxQuestions(t.db, { view: 'open', me: 'x', label: 'urgent' })).toHaveLength(1);
    expect(await inboxQuestions(t.db, { view: 'open', me: 'x', label: 'other' })).toHaveLength(0);
    await closeQuestion(t.db, q, 'Sri', new Date());
    await expect(closeQuestion(t.db, q, 'Sri', new Date())).rejects.toThrow(QuestionError);
    await expect(
      answerQuestion(t.db, { questionId: q, answer: 'x', answeredBy: 'Sri', now: new Date() }),
    ).rejects.toThrow('closed');
    expect(await t.db.selectFrom('outbox').select('id').execute()).toHaveLength(0);
    expect(await inboxFigures(t.db)).toMatchObject({ open: 0, answered: 0, medianAnswerMs: null });
  });

  it('sends the answer where the one rule reaches her: the newer of two identities seen at the same moment, never a blocked one', async () => {
    await addWorker(t.db, 'a');
    const seen = '2026-11-20T05:00:00.000Z';
    const identity = (channel: string, address: string, unreachable: 0 | 1, lastSeen = seen) =>
      t.db
        .insertInto('channel_identities')
        .values({
          worker_id: 'a',
          channel,
          channel_user_id: address,
          unreachable,
          created_at: seen,
          last_seen_at: lastSeen,
        })
        .execute();
    await identity('telegram', 'tg-a', 0);
    await identity('sms', '+6281200000009', 0);
    // Seen later, but she blocked the bot there.
    await identity('whatsapp', 'wa-a', 1, '2026-11-21T05:00:00.000Z');
    const q = await storeQuestion(t.db, 'a', 'Tanya', 'tanya', seen);
    const { outboxId } = await answerQuestion(t.db, {
      questionId: q,
      answer: 'Jawab',
      answeredBy: 'Sri',
      now: new Date(),
    });
    const row = await t.db
      .selectFrom('outbox')
      .select(['channel', 'address'])
      .where('id', '=', outboxId!)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ channel: 'sms', address: '+6281200000009' });
  });
});
