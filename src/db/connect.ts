// Opens the database named by DATABASE_URL: an SQLite file by default,
// PostgreSQL when the URL says postgres://.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  type QueryResult,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type SqliteStatement,
  sql,
} from 'kysely';
import { dialectOf } from './dialect.ts';
import { MIGRATION_NAMES } from './migrations/names.ts';
import { PortablePlugin, withoutNul } from './portable.ts';
import { postgresDialect } from './postgres.ts';
import { isSqliteBusy } from './retry.ts';
import type { Database } from './schema.ts';
import { isPostgresUrl } from './url.ts';

export type Db = Kysely<Database>;

// better-sqlite3 is CommonJS: required, it loads as CommonJS does; imported, Node
// would also scan its source for named exports (a few ms of a command's start),
// and a process on PostgreSQL would load it for nothing.
const requireCjs = createRequire(import.meta.url);
let sqlite3: { Database: typeof SQLite; addon: string | undefined } | undefined;

/**
 * better-sqlite3 and the file of its compiled part. Left to itself it finds
 * that file with the `bindings` package, which tries a dozen places and costs
 * a command line's start a few ms: the first three places it tries (where
 * node-gyp and prebuild-install put it) are looked at here in the same order.
 */
function loadSqlite(): { Database: typeof SQLite; addon: string | undefined } {
  if (!sqlite3) {
    const root = dirname(requireCjs.resolve('better-sqlite3/package.json'));
    const addon = ['build', 'build/Debug', 'build/Release']
      .map((dir) => `${root}/${dir}/better_sqlite3.node`)
      .find((file) => existsSync(file));
    sqlite3 = { Database: requireCjs('better-sqlite3') as typeof SQLite, addon };
  }
  return sqlite3;
}

/**
 * How long SQLite waits for another process's lock. better-sqlite3 is
 * synchronous: the wait blocks this process, so it is kept short and the rest
 * of the wait is spent in `lockWaitMs` (pauses that let the process run).
 */
const BUSY_TIMEOUT_MS = 5000;
/** How long in all a statement or the start of a transaction waits for the lock before failing. */
const LOCK_WAIT_MS = 120_000;

export interface OpenOptions {
  /** SQLite's busy timeout (SQLITE_BUSY_TIMEOUT_MS in the environment). */
  busyTimeoutMs?: number;
  /** The whole wait for the lock, busy timeouts and pauses together (SQLITE_LOCK_WAIT_MS). */
  lockWaitMs?: number;
}

function envMs(name: string, fallback: number): number {
  const v = process.env[name]?.trim();
  return v && /^\d+$/.test(v) ? Number(v) : fallback;
}

export function openDb(url: string, opts: OpenOptions = {}): Db {
  if (isPostgresUrl(url)) {
    // Results are mapped to what SQLite gives back in src/db/postgres.ts.
    return new Kysely<Database>({ dialect: postgresDialect(url), plugins: [new PortablePlugin('postgres')] });
  }
  const file = url.replace(/^(sqlite|file):(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const busyTimeoutMs = opts.busyTimeoutMs ?? envMs('SQLITE_BUSY_TIMEOUT_MS', BUSY_TIMEOUT_MS);
  const lockWaitMs = opts.lockWaitMs ?? envMs('SQLITE_LOCK_WAIT_MS', LOCK_WAIT_MS);
  // Turning on WAL in a new file takes a lock too: opening waits the whole lockWaitMs for it.
  const { Database: Sqlite, addon } = loadSqlite();
  const sqlite = new Sqlite(file, { timeout: Math.max(busyTimeoutMs, lockWaitMs), nativeBinding: addon });
  // Two processes turning WAL on in a new file at once: SQLite fails one of
  // them at once rather than let them wait for each other, so it tries again.
  untilNotBusy(() => sqlite.pragma('journal_mode = WAL'), lockWaitMs);
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, not left in free space (HAPUS must leave nothing readable).
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma(`busy_timeout = ${Math.floor(busyTimeoutMs)}`);
  return new Kysely<Database>({
    dialect: new WaitingSqliteDialect({ database: withStatementCache(sqlite) }, sqlite, lockWaitMs),
    plugins: [new PortablePlugin('sqlite')],
  });
}

/** Runs `run` again after a pause while it fails on SQLite's lock, for up to `waitMs` (blocking: for opening only). */
function untilNotBusy<T>(run: () => T, waitMs: number): T {
  const started = Date.now();
  for (let i = 0; ; i++) {
    try {
      return run();
    } catch (err) {
      if (!isSqliteBusy(err) || Date.now() - started >= waitMs) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(200, 5 * 2 ** i) * (0.5 + Math.random()));
    }
  }
}

// Several processes share one SQLite file: the service, terminal chats, CLI
// commands. A transaction here starts with BEGIN IMMEDIATE, so it takes the
// write lock at once (waiting for it) instead of failing half-way when it
// first writes after another process wrote since it read (SQLITE_BUSY, which
// no busy timeout helps). A statement outside a transaction, or the BEGIN,
// that still finds the lock taken after the busy timeout is run again after a
// pause, until `lockWaitMs` has passed: a failed BEGIN or lone statement has
// changed nothing. Inside a transaction an error is left to the caller, who
// runs the whole transaction again (src/db/retry.ts).
class WaitingSqliteDialect extends SqliteDialect {
  constructor(
    private readonly config: SqliteDialectConfig,
    private readonly sqlite: SQLite.Database,
    private readonly lockWaitMs: number,
  ) {
    super(config);
  }
  override createDriver(): Driver {
    return new WaitingSqliteDriver(this.config, this.sqlite, this.lockWaitMs);
  }
}

class WaitingSqliteDriver extends SqliteDriver {
  private waiting: DatabaseConnection | undefined;
  constructor(
    config: SqliteDialectConfig,
    private readonly sqlite: SQLite.Database,
    private readonly lockWaitMs: number,
  ) {
    super(config);
  }
  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    if (!this.waiting) {
      const outside = () => !this.sqlite.inTransaction;
      const lockWaitMs = this.lockWaitMs;
      this.waiting = {
        executeQuery: <R>(query: CompiledQuery) =>
          waitForLock(() => connection.executeQuery<R>(query), outside, lockWaitMs),
        streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
      };
    }
    return this.waiting;
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

async function waitForLock<R>(
  run: () => Promise<QueryResult<R>>,
  retryable: () => boolean,
  lockWaitMs: number,
): Promise<QueryResult<R>> {
  const started = Date.now();
  for (let i = 0; ; i++) {
    try {
      return await run();
    } catch (err) {
      if (!isSqliteBusy(err) || !retryable() || Date.now() - started >= lockWaitMs) throw err;
      // A growing pause with some chance in it, so waiting processes do not all try at once.
      await new Promise((r) => setTimeout(r, Math.min(500, 10 * 2 ** Math.min(i, 6)) * (0.5 + Math.random())));
    }
  }
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

/** Brings the schema up to date (every migration, or those of `set`); throws (migrateToLatest itself never does). */
export async function migrate(db: Db, set?: Record<string, Migration>): Promise<string[]> {
  // Every command opens the database: when all migrations are there already, one read of their
  // names says so (the migrator's own checks, and the migrations' code, cost a command line's
  // start several times over). Their code is loaded only when one is missing.
  if (await upToDate(db, set ? Object.keys(set) : MIGRATION_NAMES)) return [];
  set ??= (await import('./migrations/index.ts')).migrations;
  if (dialectOf(db) === 'postgres') return runMigrations(db, set);
  // Kysely runs SQLite migrations outside any transaction and takes no lock,
  // so two processes opening a new file at once would both create the same
  // tables. Here they run in one transaction holding the write lock: the
  // second process waits, then finds them done (and a failed run leaves nothing).
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const done = await runMigrations(conn, set);
      await sql`commit`.execute(conn);
      return done;
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => {});
      throw err;
    }
  });
}

async function upToDate(db: Db, names: readonly string[]): Promise<boolean> {
  // Asked without a failing query (a failed one would spoil a PostgreSQL transaction around it).
  const exists =
    dialectOf(db) === 'postgres'
      ? (await sql<{ t: string | null }>`select to_regclass('kysely_migration')::text as t`.execute(db)).rows[0]?.t
      : (
          await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db)
        ).rows[0]?.name;
  if (!exists) return false;
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const have = new Set(rows.map((r) => r.name));
  return names.every((name) => have.has(name));
}

async function runMigrations(db: Db, set: Record<string, Migration>): Promise<string[]> {
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
