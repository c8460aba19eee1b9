// (3) Sending: the outbox sender's achieved rate against its configured limit,
// with a sender that records when each message left; and, once broadcasts
// exist, the time to queue a broadcast to many workers.
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { createBroadcast, enqueueBroadcast } from '../../src/broadcast/broadcasts.ts';
import { openAndMigrate } from '../../src/db/connect.ts';
import { enqueue } from '../../src/db/outbox.ts';
import type { ChannelSender } from '../../src/outbox/channel-sender.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { seedWorkers } from '../../tests/helpers/seed.ts';
import { sleep } from '../lib/proc.ts';
import { type Figure, ratioFigure, type Section } from '../lib/report.ts';
import { withTmpDir } from '../lib/tmp.ts';

export interface SendingSizes {
  /** Workers a broadcast is queued for. */
  broadcastTo: number;
  /** Configured messages per second. */
  rate: number;
  /** How long to send at that rate. */
  seconds: number;
}

/** Most sends inside any window [t, t + 1 s). */
export function busiestSecond(times: number[]): number {
  let best = 0;
  let j = 0;
  for (let i = 0; i < times.length; i++) {
    while (times[j]! <= times[i]! - 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

async function sendRate(
  dir: string,
  sizes: SendingSizes,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const db = await openAndMigrate(join(dir, 'send.sqlite'));
  const want = Math.round(sizes.rate * sizes.seconds);
  const nowIso = new Date().toISOString();
  // Every message to another chat, so only the channel-wide limit applies; more than will be sent.
  const rows = Array.from({ length: want + sizes.rate * 2 }, (_, i) => ({
    channel: 'telegram',
    address: `chat${i}`,
    workerId: null,
    kind: 'broadcast' as const,
    text: `Info BPJS ${i}`,
  }));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) await enqueue(trx, rows.slice(i, i + 500), nowIso);
  });
  const times: number[] = [];
  const recorder: ChannelSender = {
    channel: 'telegram',
    ratePerSecond: sizes.rate,
    perAddressIntervalMs: 1000,
    async send() {
      times.push(performance.now());
      return { externalId: String(times.length) };
    },
  };
  const sender = new OutboxSender(db, recorder, { idlePollMs: 50 });
  sender.start();
  while (times.length < want) await sleep(20);
  await sender.stop();
  await db.destroy();
  const sent = times.slice(0, want);
  const span = sent[sent.length - 1]! - sent[0]!;
  // n sends span n - 1 intervals.
  const achieved = ((sent.length - 1) * 1000) / span;
  const busiest = busiestSecond(sent);
  const f = ratioFigure('send rate', achieved, 'msg/s', { name: 'configured limit', value: sizes.rate });
  f.target = '95-100% of limit, never above';
  f.pass = f.ratio! >= 0.95 && f.ratio! <= 1 && busiest <= sizes.rate;
  const b = ratioFigure('busiest second', busiest, 'msgs', { name: 'configured limit', value: sizes.rate });
  b.target = '<= limit';
  b.pass = busiest <= sizes.rate;
  return { figures: [f, b], details: { sent: sent.length, seconds: Number((span / 1000).toFixed(2)) } };
}

/**
 * Queues a broadcast to every worker with `enqueueBroadcast`, against the
 * same outbox rows written with better-sqlite3 directly (one prepared insert
 * per row, one transaction) after the broadcast's rows were removed again.
 */
async function broadcastEnqueue(
  dir: string,
  workers: number,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const file = join(dir, 'broadcast.sqlite');
  const db = await openAndMigrate(file);
  const now = new Date();
  await seedWorkers(db, workers, now.toISOString(), (i) => ({ lang: i % 10 === 0 ? 'en' : 'id' }));
  const b = await createBroadcast(
    db,
    { textId: 'Info BPJS Ketenagakerjaan untuk pekerja rumahan: iuran mulai Rp16.800 sebulan. Ketik BPJS.' },
    now,
    { quietHours: null },
  );
  const t0 = performance.now();
  const queued = await enqueueBroadcast(db, b.id, now);
  const ms = performance.now() - t0;
  await db.destroy();

  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  const rows = raw.prepare('select * from outbox where broadcast_id = ? order by id').all(b.id) as Record<
    string,
    unknown
  >[];
  raw.prepare('delete from outbox where broadcast_id = ?').run(b.id);
  const cols = Object.keys(rows[0] ?? {}).filter((c) => c !== 'id');
  const insert = raw.prepare(`insert into outbox (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`);
  const params = rows.map((row) => cols.map((c) => row[c]));
  const t1 = performance.now();
  raw.transaction(() => {
    for (const p of params) insert.run(...p);
  })();
  const baseMs = performance.now() - t1;
  raw.close();
  const f = ratioFigure(`enqueue broadcast to ${workers.toLocaleString('en-US')}`, ms / 1000, 's', {
    name: 'better-sqlite3 inserts, 1 tx',
    value: baseMs / 1000,
  });
  return { figures: [f], details: { recipients: queued } };
}

export async function sendingSection(sizes: SendingSizes): Promise<Section> {
  const started = performance.now();
  return withTmpDir(async (dir) => {
    const enqueue = await broadcastEnqueue(dir, sizes.broadcastTo);
    const rate = await sendRate(dir, sizes);
    return {
      name: 'sending',
      figures: [...enqueue.figures, ...rate.figures],
      details: { broadcast: enqueue.details, rate: rate.details },
      seconds: (performance.now() - started) / 1000,
    };
  });
}
