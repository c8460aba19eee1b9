// (1) Engine: inbound messages through the full path (dedupe, state, step,
// effects, outbox) on an SQLite file, against the same rows written with
// better-sqlite3 directly, one transaction per message.
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createEngine } from '../../src/app/engine.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { migrate, openAndMigrate } from '../../src/db/connect.ts';
import type { Database } from '../../src/db/schema.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { type RowChange, recordChanges, replayer, rowCounts, type Write } from '../lib/capture.ts';
import { type Figure, ratioFigure, type Section } from '../lib/report.ts';
import { percentile, perSecond } from '../lib/stats.ts';
import { withTmpDir } from '../lib/tmp.ts';
import { type WorkloadMessage, workload } from '../workload.ts';

export interface EngineSizes {
  workers: number;
}

const CHANNEL = 'telegram';

function inbound(m: WorkloadMessage): InboundMessage {
  return { channel: CHANNEL, channelUserId: m.user, externalId: m.id, text: m.text, receivedAt: new Date() };
}

/** Runs the workload once on an in-memory database with recording triggers: the rows each message writes. */
async function captureWrites(messages: WorkloadMessage[]): Promise<RowChange[][]> {
  const raw = new SQLite(':memory:');
  raw.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  await migrate(db);
  const take = recordChanges(raw);
  const engine = createEngine(db);
  const out: RowChange[][] = [];
  for (const m of messages) {
    await engine.handle(inbound(m));
    out.push(take());
  }
  await db.destroy();
  return out;
}

interface Timed {
  ms: number;
  latencies: number[];
}

/** Blocks the two runs alternate in, so that both see the same load on a shared machine. */
const BLOCKS = 20;

async function runEngine(engine: Engine, messages: WorkloadMessage[], from: number, to: number, t: Timed) {
  const start = performance.now();
  for (let i = from; i < to; i++) {
    const t0 = performance.now();
    await engine.handle(inbound(messages[i]!));
    t.latencies[i] = performance.now() - t0;
  }
  t.ms += performance.now() - start;
}

/** Prepares the baseline: per message, the recorded writes as prepared statements in one transaction. */
function baselinePlans(raw: SQLite.Database, messages: WorkloadMessage[], changes: RowChange[][]) {
  const toWrite = replayer(raw);
  const dedupe = raw.prepare(
    `insert into inbound_messages (channel, external_id, worker_id, text, received_at, processed_at)
     values (?, ?, null, ?, ?, ?) on conflict (channel, external_id) do nothing`,
  );
  const plans: Write[][] = messages.map((m, i) => {
    const c = changes[i]!;
    if (c.length) return c.map(toWrite);
    // A duplicate delivery writes nothing: the baseline still tries its insert.
    const now = new Date().toISOString();
    return [{ stmt: dedupe, params: [CHANNEL, m.id, m.text, now, now] }];
  });
  const apply = raw.transaction((plan: Write[]) => {
    for (const w of plan) w.stmt.run(...w.params);
  });
  return (from: number, to: number, t: Timed) => {
    const start = performance.now();
    for (let i = from; i < to; i++) {
      const t0 = performance.now();
      apply(plans[i]!);
      t.latencies[i] = performance.now() - t0;
    }
    t.ms += performance.now() - start;
  };
}

function openRaw(file: string): SQLite.Database {
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  return raw;
}

export async function engineSection(sizes: EngineSizes): Promise<Section> {
  const started = performance.now();
  const messages = workload({ workers: sizes.workers, prefix: 'e' });
  const duplicates = messages.filter((m) => m.duplicate).length;
  // The recording pass also warms up the engine's code before it is timed.
  const changes = await captureWrites(messages);
  const writes = changes.reduce((n, c) => n + c.length, 0);

  return withTmpDir(async (dir) => {
    const engineFile = join(dir, 'engine.sqlite');
    const db = await openAndMigrate(engineFile);
    const engine = createEngine(db);
    const baseFile = join(dir, 'baseline.sqlite');
    await (await openAndMigrate(baseFile)).destroy();
    const raw = openRaw(baseFile);
    // Statements are prepared before the clock starts: the baseline is the writing alone.
    const baseline = baselinePlans(raw, messages, changes);

    const n = messages.length;
    const eng: Timed = { ms: 0, latencies: new Array<number>(n) };
    const base: Timed = { ms: 0, latencies: new Array<number>(n) };
    const block = Math.ceil(n / BLOCKS);
    for (let from = 0; from < n; from += block) {
      const to = Math.min(n, from + block);
      await runEngine(engine, messages, from, to, eng);
      baseline(from, to, base);
    }
    await db.destroy();
    const baseRows = rowCounts(raw);
    raw.close();
    const checkRaw = openRaw(engineFile);
    const engineRows = rowCounts(checkRaw);
    checkRaw.close();
    const sameRows = JSON.stringify(engineRows) === JSON.stringify(baseRows);

    const figures: Figure[] = [
      ratioFigure(
        'messages/s',
        perSecond(n, eng.ms),
        'msg/s',
        { name: 'better-sqlite3, 1 tx/msg', value: perSecond(n, base.ms) },
        0.5,
      ),
      ratioFigure('p50 latency', percentile(eng.latencies, 0.5), 'ms', {
        name: 'better-sqlite3',
        value: percentile(base.latencies, 0.5),
      }),
      ratioFigure('p99 latency', percentile(eng.latencies, 0.99), 'ms', {
        name: 'better-sqlite3',
        value: percentile(base.latencies, 0.99),
      }),
    ];
    if (!sameRows) figures[0]!.note = 'baseline wrote different row counts: see details';
    return {
      name: 'engine',
      figures,
      details: {
        workers: sizes.workers,
        messages: n,
        duplicateDeliveries: duplicates,
        rowWritesPerMessage: Number((writes / n).toFixed(2)),
        rows: engineRows,
        baselineRowsMatch: sameRows,
        ...(sameRows ? {} : { baselineRows: baseRows }),
      },
      seconds: (performance.now() - started) / 1000,
    };
  });
}
