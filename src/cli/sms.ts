// `upahku sms usage`: SMS segments sent per day, the figure the NGO pays for.
import type { Command } from 'commander';
import { smsUsage } from '../bot/sms/usage.ts';
import { openDb } from '../db/connect.ts';
import { databaseUrl } from './db-option.ts';

export function smsCommand(program: Command): void {
  const sms = program.command('sms').description('the SMS channel: segments sent per day');
  sms
    .command('usage')
    .description('SMS messages and segments handed to the gateway per WIB day, with delivered and failed reports')
    .option('--days <n>', 'how many days back, today included', '14')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .action(async (opts: { days: string; db?: string }) => {
      const days = Number(opts.days);
      if (!Number.isInteger(days) || days < 1 || days > 366) {
        process.stderr.write(`--days must be a whole number from 1 to 366 (got "${opts.days}").\n`);
        process.exitCode = 2;
        return;
      }
      const db = openDb(await databaseUrl(opts.db));
      try {
        const rows = await smsUsage(db, { days, now: new Date() });
        process.stdout.write('day         messages  segments  delivered  failed\n');
        for (const r of rows)
          process.stdout.write(
            `${r.day}  ${String(r.messages).padStart(8)}  ${String(r.segments).padStart(8)}  ${String(r.delivered).padStart(9)}  ${String(r.failed).padStart(6)}\n`,
          );
        const total = rows.reduce((n, r) => n + r.segments, 0);
        process.stdout.write(`total segments: ${total}\n`);
      } finally {
        await db.destroy();
      }
    });
}
