// Introspection on PostgreSQL reads the current schema only, and keeps working
// while other deployments or test runs sharing the database create and drop
// their schemas. kysely's own query read every schema and failed with "schema
// ... does not exist" when one vanished under it; that broke migrations and
// `db copy` whenever two test files ran at once.

import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type TestDb, testDb } from '../helpers/db.ts';
import { describeWith, hasPostgres, POSTGRES } from '../helpers/external.ts';
import { createPgSchema } from '../helpers/pg.ts';

describeWith(hasPostgres, POSTGRES, 'introspection beside schemas being dropped', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb({ kind: 'postgres' });
  });
  afterEach(async () => {
    await t.close();
  });

  it('sees only its own tables, with or without the migration tables', async () => {
    const own = await t.db.introspection.getTables();
    const names = own.map((x) => x.name);
    expect(names).toContain('workers');
    expect(names).not.toContain('kysely_migration');
    expect(new Set(own.map((x) => x.schema)).size).toBe(1);
    const withInternal = (await t.db.introspection.getTables({ withInternalKyselyTables: true })).map((x) => x.name);
    expect(withInternal).toEqual(expect.arrayContaining(['kysely_migration', 'kysely_migration_lock', 'workers']));
    const lang = own.find((x) => x.name === 'workers')?.columns.find((c) => c.name === 'lang');
    expect(lang).toMatchObject({
      dataType: 'text',
      isNullable: false,
      hasDefaultValue: true,
      isAutoIncrementing: false,
    });
    await sql`create table probe (id serial primary key, note text)`.execute(t.db);
    const probe = (await t.db.introspection.getTables()).find((x) => x.name === 'probe');
    expect(probe?.columns.map((c) => [c.name, c.isAutoIncrementing, c.isNullable])).toEqual([
      ['id', true, false],
      ['note', false, true],
    ]);
  });

  it('never fails while other schemas are created and dropped', async () => {
    const expected = (await t.db.introspection.getTables()).map((x) => x.name).sort();
    let churning = true;
    const churn = (async () => {
      let rounds = 0;
      while (churning || rounds < 20) {
        const other = await createPgSchema();
        const c = new pg.Client({ connectionString: other.url });
        await c.connect();
        try {
          for (let i = 0; i < 8; i++) await c.query(`create table t${i} (id serial primary key, v text)`);
        } finally {
          await c.end();
        }
        await other.drop();
        rounds++;
      }
      return rounds;
    })();
    const seen: string[][] = [];
    try {
      for (let i = 0; i < 60; i++) {
        seen.push((await t.db.introspection.getTables()).map((x) => x.name).sort());
      }
    } finally {
      churning = false;
    }
    expect(await churn).toBeGreaterThanOrEqual(20);
    for (const names of seen) expect(names).toEqual(expected);
  }, 120_000);
});
