// The sending process killed with SIGKILL in the middle of a broadcast, then started again.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBroadcast, sendBroadcast } from '../../src/broadcast/broadcasts.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedWorkers } from '../helpers/seed.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const script = new URL('./fixtures/sender-process.ts', import.meta.url).pathname;
const RATE = 400;
const LEASE_MS = 1500;

function startSender(out: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, t.url, out, String(RATE), String(LEASE_MS)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ? -1 : code)),
  );
  return { child, exited };
}

const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);

it('a sender killed with SIGKILL mid-broadcast and restarted delivers each message once (one in flight at most twice)', async () => {
  const now = new Date();
  const workers = await seedWorkers(t.db, 2000, now.toISOString(), (i) => ({ optedOut: i % 10 === 0 }));
  const b = await createBroadcast(t.db, { textId: 'Kabar', quietHours: 'off' }, now, { quietHours: null });
  await sendBroadcast(t.db, b.id, {}, now);
  const out = join(t.dir, 'platform.log');

  const first = startSender(out);
  const deadline = Date.now() + 30_000;
  while (lines(out).length < 600 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  first.child.kill('SIGKILL');
  expect(await first.exited).toBe(-1);
  const atKill = lines(out).length;
  expect(atKill).toBeGreaterThanOrEqual(600);
  expect(atKill).toBeLessThan(1800);

  const second = startSender(out);
  expect(await second.exited).toBe(0);

  const got = lines(out).map((l) => l.split('\t'));
  const perAddress = new Map<string, number>();
  for (const [address] of got) perAddress.set(address!, (perAddress.get(address!) ?? 0) + 1);
  const duplicates = [...perAddress.values()].filter((n) => n > 1).length;
  console.log(`SIGKILL after ${atKill} messages: ${got.length} delivered in all, ${duplicates} duplicate(s)`);
  expect(duplicates).toBeLessThanOrEqual(1);
  for (const w of workers) expect(perAddress.has(w.address), w.address).toBe(!w.optedOut);

  // Within the rate in each process: never more than RATE messages in a second.
  const times = got.map(([, at]) => Number(at)).sort((x, y) => x - y);
  for (let i = RATE; i < times.length; i++) expect(times[i]! - times[i - RATE]!).toBeGreaterThanOrEqual(1000);
  const left = await t.db.selectFrom('outbox').select('status').where('status', '<>', 'sent').execute();
  expect(left).toEqual([]);
}, 60_000);
