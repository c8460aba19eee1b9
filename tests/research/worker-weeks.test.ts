// The panel export reads every worker's diary at once (worker-weeks.ts); its
// rows must be what the definition gives worker by worker: panelOf over
// diaryOf her ledger, as loaded by loadLedgers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyedPseudonymizer, type Pseudonymizer } from '../../src/research/datasets.ts';
import { diaryOf } from '../../src/research/diaries.ts';
import { loadLedgers, researchWorkers } from '../../src/research/ledgers.ts';
import { type PanelRow, panelOf } from '../../src/research/panel.ts';
import { workerWeeks } from '../../src/research/worker-weeks.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedMessyDiary } from '../helpers/messy-diary.ts';

const TODAY = '2026-11-20';

async function definition(
  t: TestDb,
  pseudonym: Pseudonymizer,
  lastDay: string,
  window: { from?: string; to?: string } = {},
): Promise<PanelRow[]> {
  const workers = await researchWorkers(t.db);
  const ledgers = await loadLedgers(
    t.db,
    workers.map((w) => w.id),
  );
  const reminders = await t.db
    .selectFrom('diary_reminders')
    .select(['worker_id', 'week_of', 'answered_at'])
    .where('status', '=', 'sent')
    .orderBy('id')
    .execute();
  return workers
    .map((w) =>
      diaryOf(
        { ...w, pseudonym: pseudonym.worker(w.id) },
        ledgers.get(w.id)!,
        reminders
          .filter((r) => r.worker_id === w.id)
          .map((r) => ({ day: r.week_of, answered: r.answered_at !== null })),
      ),
    )
    .sort((a, b) => a.worker.localeCompare(b.worker))
    .flatMap((d) => panelOf(d, lastDay, window));
}

describe('worker-week panel of every worker at once', () => {
  let t: TestDb;
  const pseudonym = keyedPseudonymizer('test-secret-0123456789abcdef');
  beforeAll(async () => {
    t = await testDb();
    await seedMessyDiary(t.db, { workers: 40, today: TODAY });
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives exactly the rows of the definition, worker by worker', async () => {
    const rows = await workerWeeks(t.db, pseudonym, TODAY);
    expect(rows.length).toBeGreaterThan(1000);
    // The messy diary reaches every branch: undone orders, weeks without entries, reminders, odd hours.
    expect(rows.some((r) => r.any_entry === 0)).toBe(true);
    expect(rows.some((r) => r.reminders_answered! > 0)).toBe(true);
    expect(rows.some((r) => r.owed < 0)).toBe(true);
    expect(rows.some((r) => r.hours % 1 !== 0)).toBe(true);
    expect(rows).toEqual(await definition(t, pseudonym, TODAY));
  });

  it('and within a date window, and up to an earlier day', async () => {
    const window = { from: '2026-02-11', to: '2026-07-01' };
    expect(await workerWeeks(t.db, pseudonym, TODAY, window)).toEqual(await definition(t, pseudonym, TODAY, window));
    expect(await workerWeeks(t.db, pseudonym, '2026-03-04')).toEqual(await definition(t, pseudonym, '2026-03-04'));
  });
});
