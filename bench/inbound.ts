// Inbound throughput through the engine: how many worker messages per second
// one process turns into committed state changes and queued replies.
//
//   npm run bench:inbound -- --db postgres://user:pass@host/db [--workers 200] [--messages 4000]
//   npm run bench:inbound                      # a temporary SQLite file
//
// On PostgreSQL it works in a schema of its own (upahku_bench_...), dropped at
// the end. Each simulated worker is onboarded first; then messages from all of
// them arrive with 1, 8 and 32 in flight at once (never two of one worker at a
// time, as a chat delivers them), in one process; on PostgreSQL also from
// several processes at once (--processes), as behind a load balancer.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createEngine } from '../src/app/engine.ts';
import { isPostgresUrl } from '../src/config.ts';
import { openAndMigrate, openDb } from '../src/db/connect.ts';
import type { Engine } from '../src/engine/engine.ts';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    workers: { type: 'string', default: '200' },
    messages: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '1,8,32' },
    processes: { type: 'string', default: '2,4' },
    // Internal: one of several processes, given the database and its share of the workers.
    child: { type: 'string' },
  },
});
const workers = Number(args.workers);
const messages = Number(args.messages);
const levels = args.concurrency!.split(',').map(Number);

async function withDatabase<T>(run: (url: string, kind: string) => Promise<T>): Promise<T> {
  const base = args.db ?? process.env.BENCH_DATABASE_URL;
  if (base && isPostgresUrl(base)) {
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
      return await run(u.toString(), 'postgres');
    } finally {
      await admin(`drop schema "${schema}" cascade`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'upahku-bench-'));
  try {
    return await run(base ?? join(dir, 'bench.sqlite'), 'sqlite');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Delivery ids unique across the bench's processes: a repeated id is (rightly) a cheap duplicate.
let seq = 0;
const say = (engine: Engine, user: string, text: string) =>
  engine.handle({
    channel: 'telegram',
    channelUserId: user,
    externalId: `${process.pid}-${++seq}`,
    text,
    receivedAt: new Date(),
  });

/** Sends `total` messages spread over the workers, `inFlight` at a time; returns messages/s and latencies. */
async function run(engine: Engine, users: string[], total: number, inFlight: number, texts: string[]) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  // Lane i serves workers i, i+inFlight, ...: one message per worker at a time.
  await Promise.all(
    Array.from({ length: inFlight }, async (_, lane) => {
      for (let k = lane; ; k += inFlight) {
        const n = next++;
        if (n >= total) return;
        const t0 = performance.now();
        await say(engine, users[k % users.length]!, texts[n % texts.length]!);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return { perSecond: total / seconds, p50: pct(0.5), p95: pct(0.95) };
}

async function countInbound(url: string): Promise<number> {
  const db = openDb(url);
  const row = await db
    .selectFrom('inbound_messages')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  await db.destroy();
  return Number(row.n);
}

const texts = ['menu', 'bantuan', 'DATAKU', 'BATAL'];

/** Several processes, each with its own pool and engine, share the messages; returns messages/s overall. */
async function runProcesses(url: string, users: string[], total: number, count: number, inFlight: number) {
  const share = Math.floor(total / count);
  const children = Array.from({ length: count }, (_, p) => {
    const job = { url, users: users.filter((_, i) => i % count === p), total: share, inFlight };
    const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', JSON.stringify(job)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const done = new Promise<void>((resolve, reject) =>
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`bench process exited with ${code}`)))),
    );
    return { child, ready, done };
  });
  // Start-up (loading the code, connecting) is not part of the figure.
  await Promise.all(children.map((c) => c.ready));
  const started = performance.now();
  for (const c of children) c.child.stdin.end('go\n');
  await Promise.all(children.map((c) => c.done));
  return (share * count) / ((performance.now() - started) / 1000);
}

if (args.child) {
  const job = JSON.parse(args.child) as { url: string; users: string[]; total: number; inFlight: number };
  const db = await openAndMigrate(job.url);
  const engine = createEngine(db);
  await run(engine, job.users, job.inFlight * 4, job.inFlight, texts); // warm the pool
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  await run(engine, job.users, job.total, job.inFlight, texts);
  await db.destroy();
  process.exit(0);
}

await withDatabase(async (url, kind) => {
  const db = await openAndMigrate(url);
  const engine = createEngine(db);
  const users = Array.from({ length: workers }, (_, i) => `bench-${i}`);
  const onboarding = ['halo', '1', '1', '1', 'pare', '1'];
  const t0 = performance.now();
  for (const step of onboarding) await Promise.all(users.map((u) => say(engine, u, step)));
  const onboardSeconds = (performance.now() - t0) / 1000;
  const lines = [
    `database: ${kind}; ${workers} workers onboarded in ${onboardSeconds.toFixed(1)} s ` +
      `(${((workers * onboarding.length) / onboardSeconds).toFixed(0)} messages/s, all in flight)`,
  ];
  for (const inFlight of levels) {
    const r = await run(engine, users, messages, inFlight, texts);
    lines.push(
      `in flight ${String(inFlight).padStart(3)}: ${r.perSecond.toFixed(0).padStart(5)} messages/s, ` +
        `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms`,
    );
  }
  await db.destroy();
  if (kind === 'postgres') {
    for (const count of args
      .processes!.split(',')
      .map(Number)
      .filter((n) => n > 1)) {
      const before = await countInbound(url);
      const perSecond = await runProcesses(url, users, messages, count, 8);
      const handled = (await countInbound(url)) - before;
      // Each process also warms up with 4 messages per lane before the clock starts.
      const expected = Math.floor(messages / count) * count + count * 8 * 4;
      if (handled !== expected) throw new Error(`expected ${expected} new messages, got ${handled}`);
      lines.push(`${count} processes, 8 in flight each: ${perSecond.toFixed(0)} messages/s`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
});
