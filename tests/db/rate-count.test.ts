// An order's rate quoted for several units ("10rb per 3 pasang"): rate_count
// written, read back, corrected, and given to orders of an older database, on
// SQLite and (when TEST_DATABASE_URL names a server) on PostgreSQL.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, migrate, openDb } from '../../src/db/connect.ts';
import { correctEntry, findOrCreateEmployer, insertEntry, loadLedger } from '../../src/db/diary.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import type { OrderValues } from '../../src/diary/ledger.ts';
import { type TestDb, testDb, testsOnPostgres } from '../helpers/db.ts';
import { describeWith, hasPostgres, POSTGRES } from '../helpers/external.ts';
import { createPgSchema } from '../helpers/pg.ts';
import { addWorker } from '../helpers/research.ts';

const at = '2026-11-28T03:00:00.000Z';
const later = '2026-11-29T03:00:00.000Z';

const order = (employer_id: number, over: Partial<OrderValues> = {}): OrderValues => ({
  employer_id,
  product: 'sandal',
  unit: 'pasang',
  quantity_count: 60,
  quantity_pieces: 60,
  rate_amount: 10_000,
  rate_per: 'pasang',
  rate_count: 3,
  received_on: '2026-11-28',
  due_on: null,
  written_agreement: null,
  materials_from_employer: null,
  ...over,
});

async function orderRow(db: Db, id: number) {
  return db
    .selectFrom('orders')
    .select(['rate_amount', 'rate_per', 'rate_count', 'rate_per_piece'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

function checks(kind: () => 'sqlite' | 'postgres') {
  let t: TestDb;
  let employer: number;
  beforeEach(async () => {
    t = await testDb({ kind: kind() });
    await addWorker(t.db, 'w1');
    employer = await findOrCreateEmployer(t.db, 'w1', 'Bu Yati', at);
  });
  afterEach(async () => {
    await t.close();
  });

  it('writes and reads back a rate for 3 units, with its per-piece rate', async () => {
    const id = await insertEntry(t.db, 'w1', 'order', order(employer), at);
    expect(await orderRow(t.db, id)).toEqual({
      rate_amount: 10_000,
      rate_per: 'pasang',
      rate_count: 3,
      rate_per_piece: 3333,
    });
    const [rec] = (await loadLedger(t.db, 'w1')).orders;
    expect(rec).toMatchObject({ rateAmount: 10_000, ratePer: 'pasang', rateCount: 3, ratePerPiece: 3333 });
    expect(typeof rec!.rateCount).toBe('number');
  });

  it('an order written without a count is for one unit', async () => {
    const { rate_count: _none, ...values } = order(employer, { rate_amount: 5000, rate_per: 'lusin' });
    const id = await insertEntry(t.db, 'w1', 'order', values, at);
    expect(await orderRow(t.db, id)).toMatchObject({ rate_count: 1, rate_per_piece: 417 });
    expect((await loadLedger(t.db, 'w1')).orders[0]!.rateCount).toBe(1);
  });

  it('a correction of the count recomputes the per-piece rate, and both are in the trail', async () => {
    const id = await insertEntry(t.db, 'w1', 'order', order(employer), at);
    expect(await correctEntry(t.db, 'w1', 'order', id, { rate_count: 1000, rate_amount: 14_000 }, later)).toBe(3);
    expect(await orderRow(t.db, id)).toMatchObject({ rate_amount: 14_000, rate_count: 1000, rate_per_piece: 14 });
    const trail = await t.db
      .selectFrom('diary_corrections')
      .select(['field', 'old_value', 'new_value'])
      .where('entity', '=', 'order')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(trail.map((r) => [r.field, r.old_value, r.new_value])).toEqual([
      ['rate_count', '3', '1000'],
      ['rate_amount', '10000', '14000'],
      ['rate_per_piece', '3333', '14'],
    ]);
    // Back to one unit: the count alone changes the per-piece rate.
    await correctEntry(t.db, 'w1', 'order', id, { rate_count: 1 }, later);
    expect(await orderRow(t.db, id)).toMatchObject({ rate_count: 1, rate_per_piece: 14_000 });
    // The same count again is no change.
    expect(await correctEntry(t.db, 'w1', 'order', id, { rate_count: 1 }, later)).toBe(0);
  });

  it('refuses a count that is not a whole number of units', async () => {
    for (const rate_count of [0, -3, 1.5]) {
      await expect(insertEntry(t.db, 'w1', 'order', order(employer, { rate_count }), at)).rejects.toThrow(/rate_count/);
    }
    const id = await insertEntry(t.db, 'w1', 'order', order(employer), at);
    await expect(correctEntry(t.db, 'w1', 'order', id, { rate_count: 0 }, later)).rejects.toThrow(/rate_count/);
    expect(await orderRow(t.db, id)).toMatchObject({ rate_count: 3, rate_per_piece: 3333 });
  });

  it('orders of a database from before the count are for one unit', async () => {
    const earlier = Object.fromEntries(Object.entries(migrations).filter(([n]) => n !== '0103_rate_count'));
    const schema = kind() === 'postgres' ? await createPgSchema() : null;
    const db = openDb(schema ? schema.url : join(t.dir, 'older.sqlite'));
    try {
      await migrate(db, earlier);
      await addWorker(db, 'w1');
      const e = await findOrCreateEmployer(db, 'w1', 'Bu Yati', at);
      await (db as any)
        .insertInto('orders')
        .values({
          worker_id: 'w1',
          employer_id: e,
          product: 'peci',
          unit: 'kodi',
          quantity_count: 1,
          quantity_pieces: 20,
          rate_amount: 4000,
          rate_per: 'kodi',
          rate_per_piece: 200,
          received_on: '2026-11-20',
          created_at: at,
          updated_at: at,
        })
        .execute();
      expect(await migrate(db)).toEqual(['0103_rate_count']);
      const [rec] = (await loadLedger(db, 'w1')).orders;
      expect(rec).toMatchObject({ rateAmount: 4000, ratePer: 'kodi', rateCount: 1, ratePerPiece: 200 });
    } finally {
      await db.destroy();
      await schema?.drop();
    }
  });
}

describe(`rate_count on the suite's database (${testsOnPostgres ? 'postgres' : 'sqlite'})`, () => {
  checks(() => (testsOnPostgres ? 'postgres' : 'sqlite'));
});

if (!testsOnPostgres) {
  describeWith(hasPostgres, POSTGRES, 'rate_count on PostgreSQL', () => {
    checks(() => 'postgres');
  });
}
