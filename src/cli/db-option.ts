// The database a command uses, read without the whole configuration schema so
// that a command starts quickly (the schema is loaded only to explain a wrong value).
import { existsSync } from 'node:fs';
import { ConfigError } from '../core/config-error.ts';
import { DATABASE_URL_RULE, DEFAULT_DATABASE_URL, isDatabaseUrl } from '../db/url.ts';

/** The database a command uses: --db PATH wins over DATABASE_URL (from the environment or .env). */
export async function databaseUrl(db?: string): Promise<string> {
  if (db) return db;
  // dotenv (and the node:crypto and node:os it loads) only when there is a file to read.
  if (existsSync('.env')) (await import('dotenv')).config({ path: '.env', quiet: true });
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return DEFAULT_DATABASE_URL;
  if (!isDatabaseUrl(url)) {
    const shown = url.length > 40 ? `${url.slice(0, 40)}…` : url;
    throw new ConfigError(`Invalid configuration: DATABASE_URL must be ${DATABASE_URL_RULE} (got "${shown}")`);
  }
  return url;
}
