// A real database for tests: a fresh SQLite file per test (or the PostgreSQL
// server named by TEST_DATABASE_URL, one schema per test).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openAndMigrate } from '../../src/db/connect.ts';

export interface TestDb {
  db: Db;
  url: string;
  dir: string;
  close(): Promise<void>;
}

export async function testDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'upahku-test-'));
  const url = join(dir, 'test.sqlite');
  const db = await openAndMigrate(url);
  return {
    db,
    url,
    dir,
    close: async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
