// Throwaway schemas on the PostgreSQL server named by TEST_DATABASE_URL: one per
// test, created empty, selected through the connection string (so a child
// process given the URL lands in the same schema), dropped on close.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { TEST_DATABASE_URL } from './external.ts';

/** Every test schema starts with this, then its creation time, so stale ones can be found. */
export const SCHEMA_PREFIX = 'upahku_t_';

export function requirePgUrl(): string {
  if (!TEST_DATABASE_URL) {
    throw new Error(
      'TEST_DATABASE_URL is not set: it must name a PostgreSQL database the tests may create schemas in ' +
        '(eval "$(scripts/pg-test-server.sh start)" starts a throwaway one and prints it).',
    );
  }
  return TEST_DATABASE_URL;
}

/**
 * The URL with `search_path` set to `schema` for every connection, added to any
 * `options` the URL already has. Both pg and libpq (psql) read it.
 */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  const before = u.searchParams.get('options');
  u.searchParams.delete('options');
  const options = `${before ? `${before} ` : ''}-c search_path=${schema}`;
  const rest = u.searchParams.toString();
  u.search = `${rest ? `${rest}&` : ''}options=${encodeURIComponent(options)}`;
  return u.toString();
}

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: requirePgUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface PgSchema {
  schema: string;
  url: string;
  drop(): Promise<void>;
}

/** A new empty schema and a URL that selects it. */
export async function createPgSchema(): Promise<PgSchema> {
  const base = requirePgUrl();
  const schema = `${SCHEMA_PREFIX}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`create schema "${schema}"`));
  return {
    schema,
    url: withSearchPath(base, schema),
    drop: () =>
      admin(async (c) => {
        // A connection a test forgot to close may hold a lock: do not hang the run on it.
        await c.query(`set lock_timeout = '10s'`);
        await c.query(`drop schema if exists "${schema}" cascade`);
      }).catch((err: Error) => {
        process.stderr.write(`could not drop test schema ${schema}: ${err.message}\n`);
      }),
  };
}

/** Drops test schemas older than `ageMs` (left by an interrupted run); returns how many. */
export async function dropStaleSchemas(ageMs = 3_600_000): Promise<number> {
  return admin(async (c) => {
    const { rows } = await c.query<{ name: string }>(
      'select nspname as name from pg_namespace where starts_with(nspname, $1)',
      [SCHEMA_PREFIX],
    );
    let dropped = 0;
    for (const { name } of rows) {
      const born = Number.parseInt(name.slice(SCHEMA_PREFIX.length).split('_')[0] ?? '', 36);
      if (Number.isFinite(born) && Date.now() - born < ageMs) continue;
      await c.query(`drop schema if exists "${name}" cascade`);
      dropped++;
    }
    return dropped;
  });
}
