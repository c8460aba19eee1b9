// Opens the database named by DATABASE_URL: an SQLite file by default,
// PostgreSQL when the URL says postgres://.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteStatement,
} from 'kysely';
import { isPostgresUrl } from '../config.ts';
import { migrations } from './migrations/index.ts';
import { PortablePlugin, withoutNul } from './portable.ts';
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
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [new PortablePlugin('sqlite')],
  });
}

/** Statements kept prepared; the bot's queries are a few hundred distinct texts. */
const STATEMENT_CACHE = 500;

/**
 * Kysely prepares every statement again on each call; preparing costs as much
 * as running one of the bot's small queries, so prepared statements are kept
 * by their SQL text (least recently used ones dropped). Safe because SQLite has
 * one connection here and kysely runs one query at a time on it; a stream gets
 * a statement of its own, since the same text may run again while it is open.
 */
export function withStatementCache(sqlite: SQLite.Database, size = STATEMENT_CACHE): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (stmt) {
        // Map order is insertion order: moving it to the end keeps the least recently used first.
        cache.delete(text);
      } else {
        stmt = portableStatement(sqlite, text);
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      }
      cache.set(text, stmt);
      return stmt;
    },
  };
}

/** A prepared statement whose parameters are cleaned as the portable plugin does on PostgreSQL. */
function portableStatement(sqlite: SQLite.Database, text: string): SqliteStatement {
  const stmt = sqlite.prepare(text);
  return {
    reader: stmt.reader,
    all: (params) => stmt.all(withoutNul(params)),
    run: (params) => stmt.run(withoutNul(params)),
    iterate: (params) => sqlite.prepare(text).iterate(withoutNul(params)),
  };
}

class InCodeProvider implements MigrationProvider {
  constructor(private readonly set: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.set;
  }
}

/** Brings the schema up to date; throws (migrateToLatest itself never does). */
export async function migrate(db: Db, set: Record<string, Migration> = migrations): Promise<string[]> {
  // Each area numbers its migrations in its own range (0001, 01xx diary, 02xx ...), so a new
  // migration of one area can sort before another area's older one: run whichever are missing.
  const migrator = new Migrator({ db, provider: new InCodeProvider(set), allowUnorderedMigrations: true });
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
