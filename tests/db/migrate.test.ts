// A database migrated by an earlier release takes the migrations added since,
// even when a new one sorts before an older one of another area.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDb } from '../../src/db/connect.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { MIGRATION_NAMES } from '../../src/db/migrations/names.ts';
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
  it('are named alike in their folder, in index.ts and in the list opening the database reads', () => {
    // A new migration file missing from either list would never run on a database that has the others.
    const files = readdirSync('src/db/migrations')
      .filter((f) => /^\d{4}_.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(migrations).sort()).toEqual(files);
    expect([...MIGRATION_NAMES].sort()).toEqual(files);
    expect(new Set(MIGRATION_NAMES).size).toBe(MIGRATION_NAMES.length);
  });

  it('are run on a database that lacks only the newest one (the names list decides that it is missing)', async () => {
    const db = openDb(join(t.dir, 'one-short.sqlite'));
    try {
      const names = Object.keys(migrations).sort();
      const last = names.at(-1)!;
      const allButLast = Object.fromEntries(names.slice(0, -1).map((n) => [n, migrations[n]!]));
      expect(await migrate(db, allButLast)).toEqual(names.slice(0, -1));
      expect(await migrate(db)).toEqual([last]);
      expect(await migrate(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

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
