import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDataset, keyedPseudonymizer } from '../../src/research/datasets.ts';
import { coverageByMonth, obstacleCounts, statusRows } from '../../src/research/protection.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { addStatus, addWorker } from '../helpers/research.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

describe('protection in the research data', () => {
  it('coverage by month follows each worker’s latest answer, among known answers, only with k workers', async () => {
    for (let i = 1; i <= 6; i++) await addWorker(t.db, `w${i}`);
    await addWorker(t.db, 'out', { research: false });
    // September: five answer about BPJS TK, one of them active. w6 answers "unknown".
    for (let i = 1; i <= 5; i++) await addStatus(t.db, `w${i}`, 'bpjs_tk', i === 1 ? 'active' : 'none', '2026-09-10');
    await addStatus(t.db, 'w6', 'bpjs_tk', 'unknown', '2026-09-10');
    await addStatus(t.db, 'out', 'bpjs_tk', 'active', '2026-09-10');
    // October: w2 enrols. JKN answers from only three workers all along.
    await addStatus(t.db, 'w2', 'bpjs_tk', 'active', '2026-10-20');
    for (const w of ['w1', 'w2', 'w3']) await addStatus(t.db, w, 'jkn', 'pbi', '2026-09-12');
    const months = coverageByMonth(await statusRows(t.db), '2026-11-05', 5);
    expect(months).toEqual([
      { month: '2026-09', tkN: 5, tkPercent: 20, jknN: 3, jknPercent: null },
      { month: '2026-10', tkN: 5, tkPercent: 40, jknN: 3, jknPercent: null },
      { month: '2026-11', tkN: 5, tkPercent: 40, jknN: 3, jknPercent: null },
    ]);
  });

  it('obstacle counts hide small counts and one more, so none follows from the total', async () => {
    for (let i = 1; i <= 12; i++) await addWorker(t.db, `w${i}`);
    const intent = async (w: string) =>
      (
        await t.db
          .insertInto('enrolment_intents')
          .values({
            worker_id: w,
            program: 'bpjs_tk',
            created_at: '2026-10-01T00:00:00.000Z',
            follow_up_due: null,
            closed_at: null,
            outcome: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    // documents: 6 workers, cost: 5, family: 1 (small).
    for (let i = 1; i <= 12; i++) {
      const obstacle = i <= 6 ? 'documents' : i <= 11 ? 'cost' : 'family';
      await t.db
        .insertInto('enrolment_followups')
        .values({
          intent_id: await intent(`w${i}`),
          worker_id: `w${i}`,
          asked_at: '2026-10-08T00:00:00.000Z',
          answer: 'not_yet',
          obstacle,
          note: i === 12 ? 'Bu Yati tidak mau' : null,
        })
        .execute();
    }
    const counts = await obstacleCounts(t.db, 5);
    const by = Object.fromEntries(counts.map((c) => [c.obstacle, c.workers]));
    // family (1) is small; with the total (12) shown, it would be 12 - 6 - 5: the smallest other count goes too.
    expect(by).toEqual({ documents: 6, cost: null, family: null, dont_know_how: 0, other: 0 });
    expect(counts.total).toBe(12);
    // The free-text note is never exported.
    const ctx = {
      db: t.db,
      k: 5,
      now: new Date('2026-11-01T00:00:00Z'),
      pseudonym: keyedPseudonymizer('secret-secret-secret'),
    };
    const csv = String((await exportDataset('enrolment', 'csv', ctx)).body);
    expect(csv).not.toContain('Yati');
    expect(csv.split('\n')[0]).toBe('worker,intent,event,day,at,program,answer,obstacle');
    expect(csv.split('\n').filter((l) => l.includes(',followup,'))).toHaveLength(12);
  });

  it('the protection data set has the history of consented workers only, with a coverage flag', async () => {
    await addWorker(t.db, 'w1');
    await addWorker(t.db, 'out', { research: false });
    await addStatus(t.db, 'w1', 'jkn', 'mandiri_arrears', '2026-09-10');
    await addStatus(t.db, 'w1', 'jkn', 'mandiri', '2026-10-10');
    await addStatus(t.db, 'w1', 'bpjs_tk', 'declined', '2026-10-10');
    await addStatus(t.db, 'out', 'jkn', 'pbi', '2026-10-10');
    const p = keyedPseudonymizer('secret-secret-secret');
    const ctx = { db: t.db, k: 5, now: new Date(), pseudonym: p, from: '2026-10-01' };
    const json = JSON.parse(String((await exportDataset('protection', 'json', ctx)).body));
    expect(json.rows).toEqual([
      {
        worker: p.worker('w1'),
        day: '2026-10-10',
        at: '2026-10-10T03:00:00.000Z',
        scheme: 'jkn',
        status: 'mandiri',
        via: 'guide',
        covered: 1,
      },
      {
        worker: p.worker('w1'),
        day: '2026-10-10',
        at: '2026-10-10T03:00:00.000Z',
        scheme: 'bpjs_tk',
        status: 'declined',
        via: 'guide',
        covered: null,
      },
    ]);
    expect(JSON.stringify(json)).not.toContain(p.worker('out'));
  });
});
