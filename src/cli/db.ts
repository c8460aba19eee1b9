// `upahku db copy`: moves a deployment between databases (SQLite to PostgreSQL).
import type { Command } from 'commander';
import { CopyError, copyDatabase, redact } from '../db/copy.ts';

export function dbCommand(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('copy')
    .description(
      'copy every table from one database to another (SQLite file or postgres:// URL), ' +
        'checking row counts and checksums; the target must be empty unless --force',
    )
    .requiredOption('--from <url>', 'the database to read (e.g. ./data/upahku.sqlite)')
    .requiredOption('--to <url>', 'the database to write (e.g. postgres://upahku:secret@localhost/upahku)')
    .option('--force', 'replace whatever the target holds')
    .option('--batch-size <n>', 'rows read at a time', (v) => Number.parseInt(v, 10), 1000)
    .action(async (opts: { from: string; to: string; force?: boolean; batchSize: number }) => {
      const out = (s: string) => process.stdout.write(`${s}\n`);
      out(`Copying ${redact(opts.from)} -> ${redact(opts.to)}`);
      try {
        const reports = await copyDatabase({
          ...opts,
          onTable: (r) =>
            out(`  ${r.table.padEnd(28)} ${String(r.rows).padStart(9)} rows  ${r.checksum.slice(0, 16)}  ok`),
        });
        const total = reports.reduce((n, r) => n + r.rows, 0);
        out(`Done: ${reports.length} tables, ${total} rows, counts and checksums equal on both sides.`);
      } catch (err) {
        // The copy runs in one transaction: whatever failed, the target is as it was.
        const message = err instanceof CopyError ? err.message : `${(err as Error).message}; no rows were copied`;
        process.stderr.write(`Not copied: ${message}\n`);
        process.exitCode = 1;
      }
    });
}
