// An order kept before she was told its rate: the columns may be empty
// (migration 0105), written and read back empty, the rate set later and the
// sums that depend on it worked out again; an older database keeps every row,
// id, index and foreign key through the migration. On SQLite and (when
// TEST_DATABASE_URL names a server) on PostgreSQL.
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, migrate, openDb } from '../../src/db/connect.ts';
import { correctEntry, DiaryValueError, findOrCreateEmployer, insertEntry, loadLedger } from '../../src/db/diary.ts';
import { rebuildDiaryMonths } from '../../src/db/diary-months.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import type { OrderValues } from '../../src/diary/ledger.ts';
import { type TestDb, testDb, testsOnPostgres } from '../helpers/db.ts';
import { describeWith, hasPostgres, POSTGRES } from '../helpers/external.ts';
import { createPgSchema } from '../helpers/pg.ts';
import { addWorker } from '../helpers/research.ts';

const at = '2026-11-28T03:00:00.000Z';
const later = '2026-11-30T03:00:00.000Z';
const NAME = '0105_rate_unknown';

const order = (employer_id: number, over: Partial<OrderValues> = {}): OrderValues => ({
  employer_id,
  product: 'sandal',
  unit: 'kodi',
  quantity_count: 3,
  quantity_pieces: 60,
  rate_amount: null,
  rate_per: null,
  rate_count: 1,
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

/** Every row of the diary tables, in id order: what a migration must keep as it was. */
async function diaryRows(db: Db) {
  const out: Record<string, unknown[]> = {};
  for (const table of ['orders', 'handins', 'payments', 'work_hours', 'diary_months'] as const) {
    const q = (db as unknown as Kysely<any>).selectFrom(table).selectAll();
    out[table] = await (table === 'diary_months' ? q.orderBy('worker_id').orderBy('month') : q.orderBy('id')).execute();
  }
  return out;
}

async function indexNames(db: Db, kind: 'sqlite' | 'postgres'): Promise<string[]> {
  const tables = ['orders', 'handins', 'payments', 'work_hours'];
  const { rows } =
    kind === 'postgres'
      ? await sql<{ name: string }>`select indexname as name from pg_indexes
          where schemaname = current_schema() and tablename in (${sql.join(tables)}) and indexname not like '%_pkey'`.execute(
          db,
        )
      : await sql<{ name: string }>`select name from sqlite_master
          where type = 'index' and sql is not null and tbl_name in (${sql.join(tables)})`.execute(db);
  return rows.map((r) => r.name).sort();
}

async function nullable(db: Db, kind: 'sqlite' | 'postgres'): Promise<Record<string, boolean>> {
  const cols = ['rate_amount', 'rate_per', 'rate_count', 'rate_per_piece'];
  if (kind === 'postgres') {
    const { rows } = await sql<{ column_name: string; is_nullable: string }>`
      select column_name, is_nullable from information_schema.columns
      where table_schema = current_schema() and table_name = 'orders'`.execute(db);
    return Object.fromEntries(
      rows.filter((r) => cols.includes(r.column_name)).map((r) => [r.column_name, r.is_nullable === 'YES']),
    );
  }
  const { rows } = await sql<{
    name: string;
    notnull: number;
  }>`select name, "notnull" from pragma_table_info('orders')`.execute(db);
  return Object.fromEntries(rows.filter((r) => cols.includes(r.name)).map((r) => [r.name, r.notnull === 0]));
}

function checks(kind: () => 'sqlite' | 'postgres') {
  let t: TestDb;
  let employer: number;
  beforeEach(async () => {
    t = await testDb({ kind: kind() });
    await addWorker(t.db, 'w1');
    employer = await findOrCreateEmployer(t.db, 'w1', 'Bu Umi', at);
  });
  afterEach(async () => {
    await t.close();
  });

  it('writes an order without a rate and reads it back empty (its count stays 1)', async () => {
    const id = await insertEntry(t.db, 'w1', 'order', order(employer), at);
    expect(await orderRow(t.db, id)).toEqual({
      rate_amount: null,
      rate_per: null,
      rate_count: 1,
      rate_per_piece: null,
    });
    const [rec] = (await loadLedger(t.db, 'w1')).orders;
    expect(rec).toMatchObject({ rateAmount: null, ratePer: null, rateCount: 1, ratePerPiece: null });
  });

  it('never half a rate: an amount without its unit, or a unit without its amount, is refused', async () => {
    await expect(insertEntry(t.db, 'w1', 'order', order(employer, { rate_amount: 2000 }), at)).rejects.toThrow(
      DiaryValueError,
    );
    await expect(insertEntry(t.db, 'w1', 'order', order(employer, { rate_per: 'pasang' }), at)).rejects.toThrow(
      DiaryValueError,
    );
    const id = await insertEntry(t.db, 'w1', 'order', order(employer), at);
    await expect(correctEntry(t.db, 'w1', 'order', id, { rate_amount: 2000 }, later)).rejects.toThrow(DiaryValueError);
    expect(await t.db.selectFrom('orders').select('id').execute()).toHaveLength(1);
  });

  it('the rate set later: its per-piece rate worked out, the change in the trail, her months counted again', async () => {
    const id = await insertEntry(t.db, 'w1', 'order', order(employer), at);
    await insertEntry(
      t.db,
      'w1',
      'handin',
      { order_id: id, handed_in_on: '2026-11-29', delivered_pieces: 60, rejected_pieces: 2 },
      at,
    );
    // Waiting for its rate, the hand-in dates her diary and adds no pieces or value.
    const before = await t.db.selectFrom('diary_months').select(['month', 'weeks', 'ledger']).execute();
    expect(before.map((m) => m.ledger).join(',')).toContain('2 0 20261129 0 0');
    expect(
      await correctEntry(t.db, 'w1', 'order', id, { rate_amount: 2000, rate_per: 'pasang', rate_count: 1 }, later),
    ).toBe(3);
    expect(await orderRow(t.db, id)).toEqual({
      rate_amount: 2000,
      rate_per: 'pasang',
      rate_count: 1,
      rate_per_piece: 2000,
    });
    const trail = await t.db
      .selectFrom('diary_corrections')
      .select(['field', 'old_value', 'new_value'])
      .where('entity', '=', 'order')
      .orderBy('id')
      .execute();
    expect(trail.map((r) => [r.field, r.old_value, r.new_value])).toEqual([
      ['rate_amount', 'null', '2000'],
      ['rate_per', 'null', '"pasang"'],
      ['rate_per_piece', 'null', '2000'],
    ]);
    // 58 accepted pairs at Rp2.000: the stored months follow the rate, as working them out afresh gives.
    const after = await t.db.selectFrom('diary_months').selectAll().orderBy('month').execute();
    expect(after.map((m) => m.ledger).join(',')).toContain(`2 ${id} 20261129 58 116000`);
    await rebuildDiaryMonths(t.db);
    expect(await t.db.selectFrom('diary_months').selectAll().orderBy('month').execute()).toEqual(after);
    // Taken back (she was told wrong): empty again, and the months with it.
    await correctEntry(t.db, 'w1', 'order', id, { rate_amount: null, rate_per: null }, later);
    expect(await orderRow(t.db, id)).toMatchObject({ rate_amount: null, rate_per: null, rate_per_piece: null });
    const undone = await t.db.selectFrom('diary_months').select('ledger').execute();
    expect(undone.map((m) => m.ledger).join(',')).toContain('2 0 20261129 0 0');
  });

  it('an older database: every row, id, index and foreign key kept; a rate may be empty after', async () => {
    const earlier = Object.fromEntries(Object.entries(migrations).filter(([n]) => n !== NAME));
    const schema = kind() === 'postgres' ? await createPgSchema() : null;
    const db = openDb(schema ? schema.url : join(t.dir, 'older.sqlite'));
    try {
      await migrate(db, earlier);
      await addWorker(db, 'w1');
      const e = await findOrCreateEmployer(db, 'w1', 'Bu Yati', at);
      const rated = (o: Partial<OrderValues>) => order(e, { rate_amount: 4000, rate_per: 'kodi', ...o });
      const o1 = await insertEntry(db, 'w1', 'order', rated({}), at);
      const o2 = await insertEntry(db, 'w1', 'order', rated({ product: 'peci', rate_count: 3 }), at);
      await insertEntry(
        db,
        'w1',
        'handin',
        { order_id: o1, handed_in_on: '2026-11-29', delivered_pieces: 40, rejected_pieces: 1 },
        at,
      );
      const h2 = await insertEntry(
        db,
        'w1',
        'handin',
        { order_id: o2, handed_in_on: '2026-11-30', delivered_pieces: 20, rejected_pieces: 0 },
        at,
      );
      const pay = { employer_id: e, kind: 'pay' as const, amount: 7800, deduction: 0, kasbon_repaid: 0 };
      const p1 = await insertEntry(db, 'w1', 'payment', { ...pay, order_id: o1, paid_on: '2026-11-30' }, at);
      const hrs = { worked_on: '2026-11-29', minutes: 300, helpers: 0, child_helper: null };
      const w1 = await insertEntry(db, 'w1', 'hours', { ...hrs, order_id: o2 }, at);
      const rows = await diaryRows(db);
      const indexes = await indexNames(db, kind());
      expect(indexes).toEqual(
        expect.arrayContaining([
          'orders_worker_idx',
          'handins_worker_idx',
          'handins_order_idx',
          'payments_worker_idx',
          'work_hours_worker_idx',
        ]),
      );
      expect(Object.values(await nullable(db, kind()))).toEqual([false, false, false, false]);

      expect(await migrate(db)).toEqual([NAME]);
      expect(await diaryRows(db)).toEqual(rows);
      expect(await indexNames(db, kind())).toEqual(indexes);
      expect(await nullable(db, kind())).toEqual({
        rate_amount: true,
        rate_per: true,
        rate_count: false,
        rate_per_piece: true,
      });
      // New ids follow the old ones; an order may be kept without a rate now.
      const o3 = await insertEntry(db, 'w1', 'order', order(e), later);
      expect(o3).toBeGreaterThan(o2);
      expect((await loadLedger(db, 'w1')).orders.map((o) => o.rateAmount)).toEqual([4000, 4000, null]);
      // The foreign keys still point at orders and do what they did: a hand-in of no order is refused; an
      // order deleted takes its hand-ins along and unlinks its pay and hours.
      await expect(
        (db as unknown as Kysely<any>)
          .insertInto('handins')
          .values({
            worker_id: 'w1',
            order_id: 999,
            handed_in_on: '2026-11-30',
            delivered_pieces: 1,
            rejected_pieces: 0,
            created_at: at,
            updated_at: at,
          })
          .execute(),
      ).rejects.toThrow();
      await db.deleteFrom('orders').where('id', '=', o1).execute();
      expect(await db.selectFrom('handins').select('id').execute()).toEqual([{ id: h2 }]);
      expect(await db.selectFrom('payments').select(['id', 'order_id']).execute()).toEqual([
        { id: p1, order_id: null },
      ]);
      await db.deleteFrom('orders').where('id', '=', o2).execute();
      expect(await db.selectFrom('work_hours').select(['id', 'order_id']).execute()).toEqual([
        { id: w1, order_id: null },
      ]);
      expect(await db.selectFrom('handins').select('id').execute()).toEqual([]);
      if (kind() === 'sqlite') {
        for (const child of ['handins', 'payments', 'work_hours']) {
          const { rows: fks } = await sql<{
            table: string;
          }>`select "table" from pragma_foreign_key_list(${child})`.execute(db);
          expect(fks.map((f) => f.table)).toContain('orders');
        }
        expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
      }
    } finally {
      await db.destroy();
      await schema?.drop();
    }
  });

  it('going back refuses while an order has no rate, and restores the constraint once none is empty', async () => {
    const m = migrations[NAME]!;
    const id = await insertEntry(t.db, 'w1', 'order', order(employer), at);
    await expect(m.down!(t.db as unknown as Kysely<any>)).rejects.toThrow(/1 order\(s\) have no rate yet/);
    await correctEntry(t.db, 'w1', 'order', id, { rate_amount: 2000, rate_per: 'pasang' }, later);
    const rows = await diaryRows(t.db);
    await m.down!(t.db as unknown as Kysely<any>);
    expect(Object.values(await nullable(t.db, kind()))).toEqual([false, false, false, false]);
    expect(await diaryRows(t.db)).toEqual(rows);
    await m.up(t.db as unknown as Kysely<any>);
    expect(await nullable(t.db, kind())).toMatchObject({ rate_amount: true, rate_per: true, rate_per_piece: true });
    expect(await diaryRows(t.db)).toEqual(rows);
  });
}

describe(`an order without a rate on the suite's database (${testsOnPostgres ? 'postgres' : 'sqlite'})`, () => {
  checks(() => (testsOnPostgres ? 'postgres' : 'sqlite'));
});

if (!testsOnPostgres) {
  describeWith(hasPostgres, POSTGRES, 'an order without a rate on PostgreSQL', () => {
    checks(() => 'postgres');
  });
}
