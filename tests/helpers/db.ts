// A real database for tests: a fresh SQLite file per test, or, when the suite
// runs on PostgreSQL (`npm run test:pg`, UPAHKU_TEST_DB=postgres), a fresh
// schema per test on the server named by TEST_DATABASE_URL. Either way the
// database is migrated, `url` opens the same database from another process
// (`--db`, DATABASE_URL), and close() removes everything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openAndMigrate } from '../../src/db/connect.ts';
import { createPgSchema } from './pg.ts';

export interface TestDb {
  /** Reassign it after reopening `url`: close() destroys whatever it holds then. */
  db: Db;
  url: string;
  /** A temporary directory for other files of the test; removed on close. */
  dir: string;
  kind: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

/** True when testDb() gives PostgreSQL schemas (`npm run test:pg`). */
export const testsOnPostgres = process.env.UPAHKU_TEST_DB === 'postgres';

export async function testDb(opts: { kind?: 'sqlite' | 'postgres' } = {}): Promise<TestDb> {
  const kind = opts.kind ?? (testsOnPostgres ? 'postgres' : 'sqlite');
  const dir = mkdtempSync(join(tmpdir(), 'upahku-test-'));
  const schema = kind === 'postgres' ? await createPgSchema() : null;
  const url = schema ? schema.url : join(dir, 'test.sqlite');
  let t: TestDb;
  try {
    t = {
      db: await openAndMigrate(url),
      url,
      dir,
      kind,
      close: async () => {
        await t.db.destroy();
        await schema?.drop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await schema?.drop();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return t;
}
