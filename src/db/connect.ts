// Opens the database named by DATABASE_URL: an SQLite file by default,
// PostgreSQL when the URL says postgres://.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type Migration, type MigrationProvider, Migrator, SqliteDialect } from 'kysely';
import { isPostgresUrl } from '../config.ts';
import { migrations } from './migrations/index.ts';
import { PortablePlugin } from './portable.ts';
import { postgresDialect } from './postgres.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export function openDb(url: string): Db {
  if (isPostgresUrl(url)) {
    // Results are mapped to what SQLite gives back in src/db/postgres.ts.
    return new Kysely<Database>({ dialect: postgresDialect(url), plugins: [new PortablePlugin('postgres')] });
  }
  const file = url.replace(/^(sqlite|file):(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new PortablePlugin('sqlite')],
  });
}

class InCodeProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

/** Brings the schema up to date; throws (migrateToLatest itself never does). */
export async function migrate(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new InCodeProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? error}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function openAndMigrate(url: string): Promise<Db> {
  const db = openDb(url);
  await migrate(db);
  return db;
}
