import type { Command } from 'commander';
import { createEngine } from '../app/engine.ts';
import { runTerminalChat } from '../bot/terminal.ts';
import { loadConfig } from '../config.ts';
import { openAndMigrate } from '../db/connect.ts';

export function chatCommand(program: Command): void {
  program
    .command('chat')
    .description('talk to the bot in the terminal as a worker (one message a line when piped)')
    .option('--user <id>', 'which worker you are', 'local')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .action(async (opts: { user: string; db?: string }) => {
      // The whole configuration is checked, as `serve` checks it: a wrong setting is said before she chats.
      const config = loadConfig();
      const db = await openAndMigrate(opts.db ?? config.DATABASE_URL);
      try {
        // The same settings as the service, so DATAKU and BANDINGKAN say what the service would.
        const engine = createEngine(db, {
          settings: {
            payOverdueDays: config.PAY_OVERDUE_DAYS,
            kAnonymity: config.K_ANONYMITY,
            messageRetentionDays: config.MESSAGE_RETENTION_DAYS,
          },
        });
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
