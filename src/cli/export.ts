// `upahku export <dataset>`: research data sets with pseudonyms instead of
// identifiers (workers with research consent only), each with its codebook.
// CSV or JSON to standard output or a file (a CSV file gets its codebook
// beside it; JSON carries it inside); ZIP bundles the CSV and the codebook.
// `upahku export codebook` prints every data set's codebook.
import { writeFileSync } from 'node:fs';
import { Argument, type Command, Option } from 'commander';
import { CLI_ACTOR, recordAudit } from '../access/audit.ts';
import { loadConfig } from '../config.ts';
import { openAndMigrate } from '../db/connect.ts';
import { codebookCsv } from '../research/codebook.ts';
import {
  ALL_DATASETS,
  DATASETS,
  datasetByName,
  datasetNames,
  EXPORT_FORMATS,
  type ExportFormat,
  exportDataset,
  keyedPseudonymizer,
} from '../research/datasets.ts';
import { MISSING_SECRET } from '../research/pseudonym.ts';
import { resolvePseudonymSecret } from '../research/secret.ts';
import { isSynthetic } from '../research/synthetic.ts';
import { databaseUrl } from './db-option.ts';

interface Opts {
  format: ExportFormat;
  out?: string;
  db?: string;
  from?: string;
  to?: string;
  includeVoided?: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}

export function exportCommand(program: Command): void {
  program
    .command('export')
    .description('research data sets with pseudonyms instead of identifiers (workers with research consent only)')
    .addArgument(
      new Argument('<dataset>', 'what to export (all: every data set in one ZIP)').choices([
        ...datasetNames(),
        ALL_DATASETS,
        'codebook',
      ]),
    )
    .addOption(
      new Option(
        '--format <format>',
        'file format (zip: CSV, Parquet, codebook, Stata/R/pandas import scripts, datapackage.json)',
      )
        .choices(EXPORT_FORMATS)
        .default('csv'),
    )
    .option('--from <day>', 'first day (YYYY-MM-DD, WIB) of the rows')
    .option('--to <day>', 'last day (YYYY-MM-DD, WIB) of the rows')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--include-voided', 'diary data sets: also rows she undid (voided = 1)')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .action(async (dataset: string, opts: Opts) => {
      if (dataset === 'codebook') {
        const text = codebookCsv(Object.values(DATASETS).map((d) => d.doc));
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
        return;
      }
      if ((opts.from && !DAY.test(opts.from)) || (opts.to && !DAY.test(opts.to)))
        return fail('--from and --to are days: YYYY-MM-DD');
      if (opts.from && opts.to && opts.from > opts.to) return fail('--from must not be after --to');
      if (dataset === ALL_DATASETS) opts.format = 'zip';
      if ((opts.format === 'zip' || opts.format === 'parquet') && !opts.out)
        return fail(`A ${opts.format === 'zip' ? 'ZIP' : 'Parquet file'} needs --out <file>`);
      const config = loadConfig();
      const url = await databaseUrl(opts.db);
      // The setting, or the secret the service keeps with the data (made now if there is none yet).
      const { secret, notice } = resolvePseudonymSecret(config.PSEUDONYM_SECRET, url);
      if (!secret) return fail(MISSING_SECRET);
      if (notice?.level === 'warn')
        process.stderr.write(`${notice.message}${notice.file ? ` (${notice.file})` : ''}\n`);
      const db = await openAndMigrate(url);
      try {
        const file = await exportDataset(dataset, opts.format, {
          db,
          k: config.K_ANONYMITY,
          now: new Date(),
          from: opts.from,
          to: opts.to,
          pseudonym: keyedPseudonymizer(secret),
          synthetic: await isSynthetic(db),
          includeVoided: opts.includeVoided,
          overdueDays: config.PAY_OVERDUE_DAYS,
        });
        await recordAudit(db, CLI_ACTOR, 'export', {
          dataset,
          format: opts.format,
          from: opts.from ?? null,
          to: opts.to ?? null,
          rows: file.rows,
        });
        if (!opts.out) {
          process.stdout.write(file.body);
          return;
        }
        writeFileSync(opts.out, file.body);
        let also = '';
        if (opts.format === 'csv') {
          const book = `${opts.out.replace(/\.csv$/i, '')}.codebook.csv`;
          writeFileSync(book, codebookCsv([datasetByName(dataset)!.doc]));
          also = ` (codebook: ${book})`;
        }
        process.stderr.write(`${file.rows} rows written to ${opts.out}${also}\n`);
      } finally {
        await db.destroy();
      }
    });
}
