import { loadConfig } from '../config.ts';

/** The database a command uses: --db PATH wins over DATABASE_URL. */
export function databaseUrl(db?: string): string {
  if (db) return db;
  return loadConfig().DATABASE_URL;
}
