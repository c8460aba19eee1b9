// `upahku export <dataset> --format csv|json [--out FILE]`: pseudonymised
// research data sets of the diary (see src/research/diary-export.ts).
import { writeFileSync } from 'node:fs';
import { Argument, type Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { openAndMigrate } from '../db/connect.ts';
import { DATASETS, type Dataset, exportRows, toCsv, toJson } from '../research/diary-export.ts';
import { MISSING_SECRET, pseudonymizer } from '../research/pseudonym.ts';
import { databaseUrl } from './db-option.ts';

interface Opts {
  format: 'csv' | 'json';
  out?: string;
  db?: string;
  includeVoided?: boolean;
}

export function exportCommand(program: Command): void {
  program
    .command('export')
    .description('research data sets with pseudonyms instead of identifiers (workers with research consent only)')
    .addArgument(new Argument('<dataset>', 'what to export').choices(DATASETS))
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'json']).default('csv'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--include-voided', 'also rows she undid (voided = 1)')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .action(async (dataset: Dataset, opts: Opts) => {
      const secret = loadConfig().PSEUDONYM_SECRET;
      if (!secret) {
        process.stderr.write(`${MISSING_SECRET}\n`);
        process.exitCode = 2;
        return;
      }
      const pseudo = pseudonymizer(secret);
      const db = await openAndMigrate(databaseUrl(opts.db));
      try {
        const rows = await exportRows(db, dataset, pseudo, { includeVoided: opts.includeVoided });
        const text = opts.format === 'json' ? toJson(rows) : toCsv(dataset, rows);
        if (opts.out) {
          writeFileSync(opts.out, text);
          process.stderr.write(`${rows.length} rows written to ${opts.out}\n`);
        } else process.stdout.write(text);
      } finally {
        await db.destroy();
      }
    });
}
