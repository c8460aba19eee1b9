// A database migrated by an earlier release takes the migrations added since,
// even when a new one sorts before an older one of another area.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDb } from '../../src/db/connect.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { tableNames } from '../helpers/rows.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

describe('migrations', () => {
  it('runs the ones an older database lacks, in any order of names, and nothing twice', async () => {
    const names = Object.keys(migrations).sort();
    // An earlier release: every area's first migration, without the later ones.
    const later = names.filter((n) => !/^\d\d01_|^0001_/.test(n));
    expect(later.length).toBeGreaterThan(0);
    const earlier = Object.fromEntries(names.filter((n) => !later.includes(n)).map((n) => [n, migrations[n]!]));
    // The order check is the migrator's own, the same on both databases: an empty SQLite file.
    const db = openDb(join(t.dir, 'older.sqlite'));
    try {
      expect(await migrate(db, earlier)).toEqual(Object.keys(earlier).sort());
      expect(await migrate(db)).toEqual(later);
      expect(await migrate(db)).toEqual([]);
      expect(await tableNames(db)).toEqual(expect.arrayContaining(await tableNames(t.db)));
    } finally {
      await db.destroy();
    }
  });
});
