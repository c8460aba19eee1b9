// `upahku demo`: a synthetic study in a database of its own, to try the
// research dashboard and exports without a field study. It never touches the
// service's database: by default it writes ./data/demo.sqlite.
import { existsSync, rmSync } from 'node:fs';
import type { Command } from 'commander';
import { createToken } from '../access/tokens.ts';
import { openAndMigrate } from '../db/connect.ts';
import { isPostgresUrl } from '../db/url.ts';
import { seedDemoStudy } from '../research/demo-study.ts';
import { SYNTHETIC_NOTE } from '../research/synthetic.ts';

export const DEMO_DB = './data/demo.sqlite';

interface Opts {
  db: string;
  workers: string;
  months: string;
  seed: string;
  replace?: boolean;
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('fill a separate database with a synthetic study and print how to open the dashboard on it')
    .option('--db <path>', 'SQLite file to create (never the service database)', DEMO_DB)
    .option('--workers <n>', 'workers in the study', '300')
    .option('--months <n>', 'length of the study in months, ending today', '6')
    .option('--seed <n>', 'random seed: the same seed gives the same study', '2026')
    .option('--replace', 'delete the file first if it exists')
    .action(async (opts: Opts) => {
      const workers = Number(opts.workers);
      const months = Number(opts.months);
      const seed = Number(opts.seed);
      if (!Number.isInteger(workers) || workers < 1 || workers > 5000)
        return fail('--workers is a whole number, 1 to 5000');
      if (!Number.isInteger(months) || months < 1 || months > 24) return fail('--months is a whole number, 1 to 24');
      if (!Number.isInteger(seed)) return fail('--seed is a whole number');
      if (isPostgresUrl(opts.db)) return fail('The demo writes an SQLite file of its own: give --db a file path.');
      if (existsSync(opts.db)) {
        if (!opts.replace)
          return fail(`${opts.db} exists already. Use --replace to make it again, or --db another file.`);
        for (const f of [opts.db, `${opts.db}-wal`, `${opts.db}-shm`]) rmSync(f, { force: true });
      }
      const db = await openAndMigrate(opts.db);
      try {
        const r = await seedDemoStudy(db, { workers, months, seed });
        const { token } = await createToken(db, { role: 'researcher', name: 'demo researcher' });
        const entries = Object.values(r.entries).reduce((a, b) => a + b, 0);
        process.stdout.write(
          [
            SYNTHETIC_NOTE,
            `Written to ${opts.db}: ${r.workers} workers (${r.researchWorkers} with research consent), ${r.droppedOut} of them stopped writing weeks before the end, ${entries} rows, ${r.firstDay} to ${r.lastDay} (nothing after now).`,
            '',
            'Open the dashboard on it:',
            `  DATABASE_URL=${opts.db} PORT=8081 npx upahku serve`,
            '  then http://127.0.0.1:8081/dashboard and log in with this researcher token (shown once):',
            `  ${token}`,
            `Export from it: npx upahku export all --db ${opts.db} --out demo.zip`,
            '',
          ].join('\n'),
        );
      } finally {
        await db.destroy();
      }
    });
}
