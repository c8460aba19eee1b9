import type { Command } from 'commander';
import { migrate, openDb } from '../db/connect.ts';
import { databaseUrl } from './db-option.ts';

export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .action(async (opts: { db?: string }) => {
      const db = openDb(await databaseUrl(opts.db));
      try {
        const done = await migrate(db);
        process.stdout.write(done.length ? `Applied: ${done.join(', ')}\n` : 'Already up to date.\n');
      } finally {
        await db.destroy();
      }
    });
}
