// The same values back from SQLite and PostgreSQL: this file runs on whichever
// database the suite runs on, and its PostgreSQL part also runs under `npm test`
// when TEST_DATABASE_URL names a server.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/connect.ts';
import { dialectOf, parentTables } from '../../src/db/dialect.ts';
import { enqueue } from '../../src/db/outbox.ts';
import { type TestDb, testDb, testsOnPostgres } from '../helpers/db.ts';
import { describeWith, hasPostgres, POSTGRES } from '../helpers/external.ts';
import { refuseInserts } from '../helpers/faults.ts';
import { columnsOf, tableNames } from '../helpers/rows.ts';

const at = '2026-11-28T03:00:00.000Z';

function sharedChecks(kind: () => 'sqlite' | 'postgres') {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb({ kind: kind() });
  });
  afterEach(async () => {
    await t.close();
  });

  it('runs on the database it says', () => {
    expect(dialectOf(t.db)).toBe(kind());
  });

  it('numbers are numbers: counts, 64-bit integers, sums and averages', async () => {
    const big = 1_764_300_000_000; // epoch milliseconds: more than 32 bits
    await enqueue(
      t.db,
      [1, 2].map((i) => ({ channel: 'telegram', address: `a${i}`, workerId: null, kind: 'reply' as const, text: 'x' })),
      at,
    );
    await t.db.updateTable('outbox').set({ attempts: big }).execute();
    const row = await t.db
      .selectFrom('outbox')
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.sum('attempts').as('total'),
        eb.fn.avg('priority').as('mean'),
        eb.fn.max('id').as('top'),
      ])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ n: 2, total: 2 * big, mean: 0, top: expect.any(Number) });
    const ids = await t.db.selectFrom('outbox').select(['id', 'attempts']).orderBy('id').execute();
    expect(ids.every((r) => typeof r.id === 'number' && r.attempts === big)).toBe(true);
    const { rows } = await sql<{
      half: number;
    }>`select avg(v) as half from (select 1 as v union all select 2) x`.execute(t.db);
    expect(rows[0]!.half).toBe(1.5);
  });

  it('a comparison comes back as 0 or 1, as the booleans stored', async () => {
    const { rows } = await sql<{ yes: number; no: number }>`select (1 = 1) as yes, (1 = 2) as no`.execute(t.db);
    expect(rows[0]).toEqual({ yes: 1, no: 0 });
  });

  it('text keeps emoji and line breaks and drops U+0000, which PostgreSQL cannot store', async () => {
    const text = 'Rp 50.000\n🙂 kirim\u0000 besok';
    await enqueue(t.db, [{ channel: 'telegram', address: 'a\u0000', workerId: null, kind: 'reply', text }], at);
    const row = await t.db.selectFrom('outbox').select(['text', 'address']).executeTakeFirstOrThrow();
    expect(row).toEqual({ text: 'Rp 50.000\n🙂 kirim besok', address: 'a' });
    const found = await t.db.selectFrom('outbox').select('id').where('address', 'in', ['a\u0000']).execute();
    expect(found).toHaveLength(1);
  });

  it('introspection sees this database only, and its url opens the same one', async () => {
    const names = await tableNames(t.db);
    expect(names).toEqual(expect.arrayContaining(['workers', 'outbox', 'conversations']));
    expect(new Set(names).size).toBe(names.length);
    expect(await columnsOf(t.db, 'outbox')).toContain('not_before');
    expect(await parentTables(t.db, 'outbox')).toEqual(['workers']);
    expect(await parentTables(t.db, 'workers')).toEqual([]);
    await enqueue(t.db, [{ channel: 'web', address: 'seen', workerId: null, kind: 'reply', text: 'x' }], at);
    const again = openDb(t.url);
    try {
      expect(await again.selectFrom('outbox').select('address').execute()).toEqual([{ address: 'seen' }]);
    } finally {
      await again.destroy();
    }
  });
}

describe(`portable values on the suite's database (${testsOnPostgres ? 'postgres' : 'sqlite'})`, () => {
  sharedChecks(() => (testsOnPostgres ? 'postgres' : 'sqlite'));
});

if (!testsOnPostgres) {
  describeWith(hasPostgres, POSTGRES, 'portable values on PostgreSQL', () => {
    sharedChecks(() => 'postgres');
  });
}

describeWith(hasPostgres, POSTGRES, 'PostgreSQL result types', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb({ kind: 'postgres' });
  });
  afterEach(async () => {
    await t.close();
  });

  it('timestamps come back as ISO-8601 UTC text, dates as YYYY-MM-DD, JSON as its text', async () => {
    await sql`set time zone 'Asia/Jakarta'`.execute(t.db);
    const { rows } = await sql<Record<string, unknown>>`
      select timestamptz '2026-11-28 10:00:00+07' as tz,
             timestamp '2026-11-28 03:00:00.5' as naive,
             date '2026-11-28' as day,
             '{"b": 1, "a": [true]}'::json as j,
             '{"a": 1}'::jsonb as jb,
             12345678901234::numeric as big,
             true as t
    `.execute(t.db);
    expect(rows[0]).toEqual({
      tz: '2026-11-28T03:00:00.000Z',
      naive: '2026-11-28T03:00:00.500Z',
      day: '2026-11-28',
      j: '{"b": 1, "a": [true]}',
      jb: '{"a": 1}',
      big: 12345678901234,
      t: 1,
    });
  });

  it('integer columns are 64-bit, as on SQLite', async () => {
    const { rows } = await sql<{ data_type: string; column_name: string }>`
      select column_name, data_type from information_schema.columns
      where table_schema = current_schema() and table_name = 'outbox' and column_name in ('id', 'attempts')
      order by column_name`.execute(t.db);
    expect(rows).toEqual([
      { column_name: 'attempts', data_type: 'bigint' },
      { column_name: 'id', data_type: 'bigint' },
    ]);
  });
});

describe(`a refused write on the suite's database (${testsOnPostgres ? 'postgres' : 'sqlite'})`, () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb();
  });
  afterEach(async () => {
    await t.close();
  });

  it('refuseInserts makes one insert fail and the transaction around it leaves nothing', async () => {
    await refuseInserts(t.db, 'outbox', 'address', "it's me");
    const row = (address: string) => ({ channel: 'web', address, workerId: null, kind: 'reply' as const, text: 'x' });
    await expect(
      t.db.transaction().execute(async (trx) => {
        await enqueue(trx, [row('fine')], at);
        await enqueue(trx, [row("it's me")], at);
      }),
    ).rejects.toThrow(/refused/);
    expect(await t.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
    await enqueue(t.db, [row('fine')], at);
    expect(await t.db.selectFrom('outbox').select('address').execute()).toEqual([{ address: 'fine' }]);
  });
});
