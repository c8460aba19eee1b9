// (4) Research: the worker-week panel and the monthly aggregates, as a
// researcher exports them, over a synthetic diary (on SQLite, and on
// PostgreSQL when DATABASE_URL names one), against a plain full scan of the
// same diary tables. Also records the indexes their queries use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sql } from 'kysely';
import pg from 'pg';
import { isPostgresUrl } from '../../src/config.ts';
import { type Db, openAndMigrate } from '../../src/db/connect.ts';
import { DATASETS, type ExportContext, keyedPseudonymizer, tableOf } from '../../src/research/datasets.ts';
import { type SeedSizes, seedDiary } from '../lib/diary-seed.ts';
import { explainAll, openLogged, type PlanSummary } from '../lib/plans.ts';
import { type Figure, ratioFigure, type Section } from '../lib/report.ts';
import { withTmpDir } from '../lib/tmp.ts';

export type ResearchSizes = SeedSizes;

/** One sum over every row of each diary table: the least any computation over the whole diary must read. */
const SCAN: [table: string, column: string][] = [
  ['orders', 'rate_per_piece'],
  ['handins', 'delivered_pieces'],
  ['payments', 'amount'],
  ['work_hours', 'minutes'],
  ['costs', 'amount'],
];

async function fullScan(db: Db): Promise<{ ms: number; cpuMs: number }> {
  const c0 = threadCpuMs();
  const t0 = performance.now();
  for (const [table, column] of SCAN) {
    await sql`select count(*), sum(${sql.ref(column)}) from ${sql.table(table)}`.execute(db);
  }
  return { ms: performance.now() - t0, cpuMs: threadCpuMs() - c0 };
}

/**
 * A full garbage collection, so that each timed export starts from the same
 * heap: the rows of the one timed before are let go, and neither their
 * marking nor their sweeping falls in the next one's time.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * Time this thread has spent on a core (ms), where Linux says it
 * (/proc/thread-self/schedstat), else NaN: beside the time that passed, it
 * tells how much of a figure taken on a busy machine was waiting for a core.
 */
function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** The time of one export, its time on a core, and how many rows it made (the rows themselves are not kept). */
async function timed(fn: () => Promise<{ length: number }>): Promise<{ ms: number; cpuMs: number; rows: number }> {
  collectGarbage();
  const c0 = threadCpuMs();
  const t0 = performance.now();
  const rows = (await fn()).length;
  return { ms: performance.now() - t0, cpuMs: threadCpuMs() - c0, rows };
}

interface Run {
  panelMs: number;
  aggregatesMs: number;
  scanMs: number;
  /** Time this thread spent on a core during each (NaN where not known; PostgreSQL scans in its server). */
  cpuMs: { scan: number; panel: number; aggregates: number };
  /** Each export made a second time in the same process. */
  againMs: { panel: number; aggregates: number };
  panelRows: number;
  aggregateRows: number;
  seeded: Awaited<ReturnType<typeof seedDiary>>;
  seedSeconds: number;
  plans: PlanSummary;
}

async function runOn(url: string, dialect: 'sqlite' | 'postgres', sizes: ResearchSizes): Promise<Run> {
  const db = await openAndMigrate(url);
  try {
    const t0 = performance.now();
    const seeded = await seedDiary(db, sizes);
    const seedSeconds = (performance.now() - t0) / 1000;
    // Fresh statistics, as a database that has been in use would have.
    await sql`analyze`.execute(db);
    // And the write-ahead log folded back into the file, as SQLite does as it goes when writes come a few
    // at a time: the million rows just written in one transaction would otherwise be read through a log
    // as large as the file itself, which a running server never has.
    if (dialect === 'sqlite') await sql`pragma wal_checkpoint(truncate)`.execute(db);
    const ctx: ExportContext = {
      db,
      k: 5,
      now: new Date(),
      pseudonym: keyedPseudonymizer('bench-pseudonym-secret-0123456789'),
      overdueDays: 14,
    };
    // A first full scan brings the file into the page cache, as on a server that has been running.
    await fullScan(db);
    const scan = await fullScan(db);
    // Each data set as its exports read it (tableOf): the panel's rows as columns of numbers, the
    // aggregates' few thousand as objects.
    const panel = await timed(() => tableOf(DATASETS.panel!, ctx));
    const aggregates = await timed(() => tableOf(DATASETS.aggregates!, ctx));
    // The same exports once more, for the record only (the figures are the first, made in a fresh process
    // whose code is not compiled yet, as a server's first export after starting).
    const again = {
      panel: await timed(() => tableOf(DATASETS.panel!, ctx)),
      aggregates: await timed(() => tableOf(DATASETS.aggregates!, ctx)),
    };
    // The same two exports again on a connection that logs queries, to explain them.
    const logged = openLogged(url);
    try {
      const lctx = { ...ctx, db: logged.db as Db };
      await tableOf(DATASETS.panel!, lctx);
      await tableOf(DATASETS.aggregates!, lctx);
      const plans = await explainAll(logged, dialect);
      return {
        panelMs: panel.ms,
        aggregatesMs: aggregates.ms,
        scanMs: scan.ms,
        cpuMs: { scan: scan.cpuMs, panel: panel.cpuMs, aggregates: aggregates.cpuMs },
        againMs: { panel: again.panel.ms, aggregates: again.aggregates.ms },
        panelRows: panel.rows,
        aggregateRows: aggregates.rows,
        seeded,
        seedSeconds,
        plans,
      };
    } finally {
      await logged.db.destroy();
    }
  } finally {
    await db.destroy();
  }
}

/** A schema of its own on the PostgreSQL server, dropped afterwards. */
async function withPgSchema<T>(base: string, fn: (url: string) => Promise<T>): Promise<T> {
  const schema = `upahku_bench_${Date.now().toString(36)}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  await admin(`create schema "${schema}"`);
  const u = new URL(base);
  u.searchParams.set('options', `-c search_path=${schema}`);
  try {
    return await fn(u.toString());
  } finally {
    await admin(`drop schema "${schema}" cascade`);
  }
}

/** The goal, as a ratio to one full scan of the diary in the same run: it holds on a busy machine too. */
export const MAX_SCAN_RATIO = 4;

function figuresOf(run: Run, on: string): Figure[] {
  const scan = { name: 'full scan of the diary', value: run.scanMs / 1000 };
  const f = (name: string, ms: number) => {
    const fig = ratioFigure(`${name} (${on})`, ms / 1000, 's', scan);
    fig.target = `<= ${MAX_SCAN_RATIO}x the full scan`;
    fig.pass = fig.ratio! <= MAX_SCAN_RATIO;
    return fig;
  };
  return [f('worker-week panel', run.panelMs), f('monthly aggregates', run.aggregatesMs)];
}

function detailsOf(run: Run): Record<string, unknown> {
  return {
    entries: run.seeded.entries,
    researchWorkers: run.seeded.researchWorkers,
    days: `${run.seeded.firstDay} to ${run.seeded.lastDay}`,
    seedSeconds: Number(run.seedSeconds.toFixed(1)),
    panelRows: run.panelRows,
    aggregateRows: run.aggregateRows,
    secondExportSeconds: {
      panel: Number((run.againMs.panel / 1000).toFixed(3)),
      aggregates: Number((run.againMs.aggregates / 1000).toFixed(3)),
    },
    // Where they differ much from the times above, the figures waited for a core (a busy machine).
    onCoreSeconds: Object.fromEntries(
      Object.entries(run.cpuMs).map(([k, ms]) => [k, Number.isNaN(ms) ? null : Number((ms / 1000).toFixed(3))]),
    ),
    indexesUsed: run.plans.indexes,
    tablesReadInFull: run.plans.fullScans,
  };
}

export async function researchSection(sizes: ResearchSizes, databaseUrl = process.env.DATABASE_URL): Promise<Section> {
  const started = performance.now();
  const sqlite = await withTmpDir((dir) => runOn(join(dir, 'research.sqlite'), 'sqlite', sizes));
  const figures = figuresOf(sqlite, 'SQLite');
  const details: Record<string, unknown> = { workers: sizes.workers, sqlite: detailsOf(sqlite) };
  if (databaseUrl && isPostgresUrl(databaseUrl)) {
    const pgRun = await withPgSchema(databaseUrl, (url) => runOn(url, 'postgres', sizes));
    figures.push(...figuresOf(pgRun, 'PostgreSQL'));
    details.postgres = detailsOf(pgRun);
  } else {
    details.postgres = 'not run: DATABASE_URL does not name a PostgreSQL server';
  }
  return { name: 'research', figures, details, seconds: (performance.now() - started) / 1000 };
}
