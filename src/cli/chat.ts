import type { Command } from 'commander';
import { runTerminalChat } from '../bot/terminal.ts';
import { openAndMigrate } from '../db/connect.ts';
import { Engine } from '../engine/engine.ts';
import { databaseUrl } from './db-option.ts';

export function chatCommand(program: Command): void {
  program
    .command('chat')
    .description('talk to the bot in the terminal as a worker (one message a line when piped)')
    .option('--user <id>', 'which worker you are', 'local')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .action(async (opts: { user: string; db?: string }) => {
      const db = await openAndMigrate(databaseUrl(opts.db));
      try {
        const engine = new Engine(db);
        await runTerminalChat({
          engine,
          db,
          user: opts.user,
          input: process.stdin,
          output: process.stdout,
          interactive: Boolean(process.stdin.isTTY),
        });
      } finally {
        await db.destroy();
      }
    });
}
