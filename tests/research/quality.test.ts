import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { voidEntry } from '../../src/db/diary.ts';
import type { Ledger } from '../../src/diary/ledger.ts';
import { ObservationColumns } from '../../src/research/aggregate.ts';
import { keyedPseudonymizer } from '../../src/research/datasets.ts';
import { loadLedgers, researchWorkers } from '../../src/research/ledgers.ts';
import { monthChecksOfText, monthLedgerOfText } from '../../src/research/month-ledgers.ts';
import { observeMonths } from '../../src/research/observations.ts';
import { correctionsByWeek, type Flag, flagsOf, qualityFlags } from '../../src/research/quality.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedMessyDiary } from '../helpers/messy-diary.ts';
import { addCost, addHandin, addHours, addOrder, addPayment, addWorker } from '../helpers/research.ts';

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

/** The flags as first defined, from her ledger as the diary loads it (loadLedgers): what the page must still show. */
function flagsByDefinition(worker: string, l: Ledger): Omit<Flag, 'worker'>[] {
  const out: Omit<Flag, 'worker'>[] = [];
  for (const o of l.orders) {
    // An order without a rate yet has no piece rate to flag.
    if (o.ratePerPiece !== null && (o.ratePerPiece < 50 || o.ratePerPiece > 50_000))
      out.push({
        dataset: 'orders',
        id: o.id,
        day: o.receivedOn,
        what: 'piece rate outside Rp50 to Rp50.000',
        value: o.ratePerPiece,
      });
    if (o.quantityPieces > 5000)
      out.push({
        dataset: 'orders',
        id: o.id,
        day: o.receivedOn,
        what: 'more than 5000 pieces',
        value: o.quantityPieces,
      });
  }
  for (const h of l.handins) {
    if (h.deliveredPieces > 5000)
      out.push({
        dataset: 'handins',
        id: h.id,
        day: h.handedInOn,
        what: 'more than 5000 pieces',
        value: h.deliveredPieces,
      });
    if (h.rejectedPieces > h.deliveredPieces)
      out.push({
        dataset: 'handins',
        id: h.id,
        day: h.handedInOn,
        what: 'more rejected than delivered',
        value: h.rejectedPieces,
      });
  }
  for (const p of l.payments)
    if (p.amount < 1000 || p.amount > 10_000_000)
      out.push({
        dataset: 'payments',
        id: p.id,
        day: p.paidOn,
        what: 'payment outside Rp1.000 to Rp10 juta',
        value: p.amount,
      });
  for (const c of l.costs)
    if (c.amount < 500 || c.amount > 2_000_000)
      out.push({ dataset: 'costs', id: c.id, day: c.spentOn, what: 'cost outside Rp500 to Rp2 juta', value: c.amount });
  const perDay = new Map<string, number>();
  for (const h of l.hours) perDay.set(h.workedOn, (perDay.get(h.workedOn) ?? 0) + h.minutes);
  for (const [day, minutes] of perDay)
    if (minutes > 16 * 60)
      out.push({
        dataset: 'hours',
        id: null,
        day,
        what: 'more than 16 hours in a day',
        value: Math.round((minutes / 60) * 10) / 10,
      });
  void worker;
  return out;
}

const byKey = (a: Omit<Flag, 'worker'>, b: Omit<Flag, 'worker'>) =>
  a.day.localeCompare(b.day) ||
  a.dataset.localeCompare(b.dataset) ||
  (a.id ?? 0) - (b.id ?? 0) ||
  a.what.localeCompare(b.what);

describe('the flags read the rows the aggregates read', () => {
  /** Every research subject's flags from the page's reading, against the definition over her ledger. */
  async function againstDefinition(): Promise<Flag[]> {
    const p = keyedPseudonymizer('quality-secret-0123456789');
    const flags = await qualityFlags(t.db, p);
    const workers = await researchWorkers(t.db);
    const ledgers = await loadLedgers(
      t.db,
      workers.map((x) => x.id),
    );
    for (const x of workers) {
      const mine = flags.filter((f) => f.worker === p.worker(x.id)).map(({ worker: _, ...f }) => f);
      expect(mine.sort(byKey), x.id).toEqual(flagsByDefinition(x.id, ledgers.get(x.id)!).sort(byKey));
    }
    // Only research subjects.
    const subjects = new Set(workers.map((x) => p.worker(x.id)));
    expect(flags.every((f) => subjects.has(f.worker))).toBe(true);
    // A window of days keeps the flags of those days.
    const october = await qualityFlags(t.db, p, { from: '2026-10-01', to: '2026-10-31' });
    expect(october).toEqual(flags.filter((f) => f.day >= '2026-10-01' && f.day <= '2026-10-31'));
    return flags;
  }

  it('on a messy diary they are the flags of her ledger as first defined', async () => {
    await seedMessyDiary(t.db, { workers: 30, today: '2026-11-20', seed: 7 });
    expect((await againstDefinition()).length).toBeGreaterThan(10);
  });

  it('every kind of flag, the hours of a day in several entries, against the definition', async () => {
    await addWorker(t.db, 'w1');
    await addWorker(t.db, 'w2', { kecamatan: 'Gurah' });
    const order = await addOrder(t.db, 'w1', { employer: 'Bu Sri', rate: 60_000, pieces: 6000, day: '2026-10-05' });
    await addOrder(t.db, 'w1', { employer: 'Bu Sri', rate: 30, pieces: 10, day: '2026-10-06' });
    await addHandin(t.db, 'w1', order, '2026-10-07', 6001, 2);
    await addHandin(t.db, 'w1', order, '2026-10-08', 3, 7);
    await addPayment(t.db, 'w1', 'Bu Sri', order, '2026-10-09', 500);
    await addCost(t.db, 'w1', '2026-10-10', 3_000_000);
    await addHours(t.db, 'w1', '2026-10-11', 9);
    await addHours(t.db, 'w1', '2026-10-11', 8);
    await addHours(t.db, 'w1', '2026-10-12', 9);
    const plain = await addOrder(t.db, 'w2', { employer: 'Pak Dul', rate: 500, pieces: 100, day: '2026-11-02' });
    await addHandin(t.db, 'w2', plain, '2026-11-03', 100, 12);
    await addHours(t.db, 'w2', '2026-11-03', 17);
    const flags = await againstDefinition();
    expect(new Set(flags.map((f) => `${f.dataset} ${f.what}`)).size).toBe(7);
    expect(flags.filter((f) => f.dataset === 'hours').map((f) => [f.day, f.value])).toEqual([
      ['2026-11-03', 17],
      ['2026-10-11', 17],
    ]);
  });

  it('an order whose rate is not known yet is left out of the rate flags and of her piece rate', () => {
    // Her ledger text (src/db/diary-months.ts): order 1 without a rate, order 2 at Rp30 a piece; ten pieces
    // handed in on each. Her piece rate is that of the work whose value is known (Rp30), not Rp15.
    const text = ['1 1 7 20261102 10 -1 -1', '1 2 7 20261102 10 -1 30', '2 1 20261103 10 0', '2 2 20261103 10 300'];
    const l = monthLedgerOfText(text.join(','));
    const checks = monthChecksOfText('2 11 20261103 10 0,2 12 20261103 10 0');
    expect(flagsOf('W-1', l, checks).map((f) => [f.dataset, f.id, f.what])).toEqual([
      ['orders', 2, 'piece rate outside Rp50 to Rp50.000'],
    ]);
    const c = new ObservationColumns();
    observeMonths(
      l,
      () => true,
      { overdueDays: 14, today: 20261120 },
      { worker: 0, kecamatan: 0, product: 0, month: () => 0 },
      c,
    );
    expect(c.n).toBe(1);
    expect(c.pieceRate[0]).toBe(30);
  });
});
