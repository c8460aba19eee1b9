import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { voidEntry } from '../../src/db/diary.ts';
import { keyedPseudonymizer } from '../../src/research/datasets.ts';
import { correctionsByWeek, qualityFlags } from '../../src/research/quality.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { addCost, addHandin, addHours, addOrder, addWorker } from '../helpers/research.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

describe('data quality', () => {
  it('flags entries outside plausible bounds, for consented workers only, and counts undos by week', async () => {
    const p = keyedPseudonymizer('quality-secret-0123456789');
    await addWorker(t.db, 'w1');
    await addWorker(t.db, 'out', { research: false });
    const order = await addOrder(t.db, 'w1', { employer: 'X', rate: 60_000, pieces: 10, day: '2026-11-02' });
    await addHandin(t.db, 'w1', order, '2026-11-03', 10, 12);
    await addHours(t.db, 'w1', '2026-11-03', 10);
    await addHours(t.db, 'w1', '2026-11-03', 8);
    const cost = await addCost(t.db, 'w1', '2026-11-20', 100);
    await addOrder(t.db, 'out', { employer: 'Y', rate: 10, pieces: 10, day: '2026-11-02' });
    const flags = await qualityFlags(t.db, p);
    expect(flags.map((f) => [f.dataset, f.what, f.value])).toEqual([
      ['costs', 'cost outside Rp500 to Rp2 juta', 100],
      ['handins', 'more rejected than delivered', 12],
      ['hours', 'more than 16 hours in a day', 18],
      ['orders', 'piece rate outside Rp50 to Rp50.000', 60_000],
    ]);
    expect(new Set(flags.map((f) => f.worker))).toEqual(new Set([p.worker('w1')]));

    await voidEntry(t.db, 'w1', 'cost', cost, '2026-11-20T08:00:00.000Z');
    const weeks = await correctionsByWeek(t.db);
    expect(weeks).toEqual([
      { week: '2026-W45', entries: 4, changes: 0, undos: 0 },
      { week: '2026-W46', entries: 0, changes: 0, undos: 0 },
      { week: '2026-W47', entries: 1, changes: 0, undos: 1 },
    ]);
  });
});
