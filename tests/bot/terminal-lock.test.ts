// Several processes on one SQLite file: terminal chats, a CLI command and
// another process holding the write lock. None may stop with "database is
// locked"; each waits for the lock, and every turn's replies are printed.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAndMigrate } from '../../src/db/connect.ts';

interface Proc {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  /** When each stdout chunk arrived (Date.now()), with the output up to it. */
  chunks: { at: number; upTo: number }[];
  exit: Promise<number>;
}

const children: ChildProcess[] = [];

function start(args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(process.execPath, args, { env: { ...process.env, LOG_LEVEL: 'error', ...env } });
  children.push(child);
  let out = '';
  let err = '';
  const chunks: Proc['chunks'] = [];
  child.stdout!.on('data', (d) => {
    out += d;
    chunks.push({ at: Date.now(), upTo: out.length });
  });
  child.stderr!.on('data', (d) => (err += d));
  const exit = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  return { child, out: () => out, err: () => err, chunks, exit };
}

function chat(file: string, user: string, env: Record<string, string> = {}): Proc {
  return start(['bin/upahku.js', 'chat', '--db', file, '--user', user], env);
}

/**
 * Another process (the service, say) on the same file. It takes the write lock
 * and holds it until told "release"; then, until told "stop", it keeps writing
 * in short transactions of its own, as the service does between her turns.
 */
function otherProcess(file: string): Proc {
  const script = `
    import SQLite from 'better-sqlite3';
    import { createInterface } from 'node:readline';
    const db = new SQLite(${JSON.stringify(file)}, { timeout: 120000 });
    db.exec('begin immediate');
    console.log('locked');
    let writing = false;
    let writes = 0;
    const write = () => {
      if (!writing) return;
      db.exec('begin immediate');
      db.exec('create table if not exists other_writes (n integer)');
      db.prepare('insert into other_writes (n) values (?)').run(++writes);
      db.exec('commit');
      setTimeout(write, 2);
    };
    for await (const line of createInterface({ input: process.stdin })) {
      if (line === 'release') {
        console.log('releasing ' + Date.now());
        db.exec('commit');
        writing = true;
        write();
      } else if (line === 'stop') {
        writing = false;
        console.log('wrote ' + writes);
        db.close();
        process.exit(0);
      }
    }`;
  return start(['--input-type=module', '-e', script]);
}

async function until(ok: () => boolean, what: string, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const ONBOARD = ['halo', '1', '1', '1', 'pare', '1'];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'upahku-lock-'));
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('several processes on one SQLite file', () => {
  it('six terminal chats started at once on a new file all finish, every line answered, beside another writer', async () => {
    const file = join(dir, 'new.sqlite');
    const script = [...ONBOARD, 'order 100 pasang sandal 2rb/pasang dari bu yati', '1', 'setor 40 pasang', '1', 'menu'];
    // The other process has the new file locked while the chats start, so
    // they all create the tables at the same moment, and then it keeps writing.
    const other = otherProcess(file);
    await until(() => other.out().includes('locked'), 'the other process to take the lock');
    const chats = Array.from({ length: 6 }, (_, i) => chat(file, `u${i + 1}`));
    for (const c of chats) c.child.stdin!.end(script.map((l) => `${l}\n`).join(''));
    const heldFrom = Date.now();
    await until(() => Date.now() - heldFrom > 4000, 'the hold');
    other.child.stdin!.write('release\n');
    const codes = await Promise.all(chats.map((c) => c.exit));
    other.child.stdin!.write('stop\n');
    expect(await other.exit).toBe(0);
    expect(Number(/wrote (\d+)/.exec(other.out())?.[1])).toBeGreaterThan(0);
    const errs = chats.map((c) => c.err()).join('');
    expect(errs).not.toMatch(/locked|BUSY/i);
    expect(codes, errs).toEqual([0, 0, 0, 0, 0, 0]);
    expect(errs).toBe('');
    for (const c of chats) {
      expect(c.out()).toMatch(/Terima kasih! Data awal tersimpan \(Pare\)/);
      expect(c.out().trimEnd().endsWith('Balas dengan angka.')).toBe(true);
    }
    // Every one of them has her own rows, once.
    const db = await openAndMigrate(file);
    try {
      const workers = await db.selectFrom('workers').select('id').execute();
      expect(workers).toHaveLength(6);
      const orders = await db.selectFrom('orders').select(['worker_id', 'quantity_pieces']).execute();
      expect(orders.map((o) => o.quantity_pieces)).toEqual([100, 100, 100, 100, 100, 100]);
      expect(new Set(orders.map((o) => o.worker_id)).size).toBe(6);
      const handins = await db.selectFrom('handins').select('delivered_pieces').execute();
      expect(handins.map((h) => h.delivered_pieces)).toEqual([40, 40, 40, 40, 40, 40]);
      const pending = await db.selectFrom('outbox').select('id').where('status', '=', 'pending').execute();
      expect(pending).toEqual([]);
    } finally {
      await db.destroy();
    }
  }, 180_000);

  it('while another process holds the lock for longer than the busy timeout, chats and a CLI command wait, then every reply is printed', async () => {
    const file = join(dir, 'shared.sqlite');
    await (await openAndMigrate(file)).destroy();
    // A busy timeout far shorter than the hold: getting through needs waiting again and again.
    const env = { SQLITE_BUSY_TIMEOUT_MS: '150' };
    const chats = [1, 2, 3].map((i) => chat(file, `w${i}`, env));
    // Warm: each has answered a line before the lock is taken.
    for (const c of chats) c.child.stdin!.write('halo\n');
    await until(() => chats.every((c) => /Pilih bahasa/.test(c.out())), 'the chats to answer halo');
    const before = chats.map((c) => c.out().length);

    const h = otherProcess(file);
    await until(() => h.out().includes('locked'), 'the other process to take the lock');
    for (const c of chats) c.child.stdin!.write('1\n1\n');
    const migrateCmd = start(['bin/upahku.js', 'migrate', '--db', file], env);
    // Held a while: about two seconds, in which each chat (already running) reaches the lock.
    const heldFrom = Date.now();
    await until(() => Date.now() - heldFrom > 2000, 'the hold');
    h.child.stdin!.write('release\n');
    await until(() => /releasing \d+/.test(h.out()), 'the lock to be let go');
    const releasedAt = Number(/releasing (\d+)/.exec(h.out())![1]);

    await until(() => chats.every((c) => /penelitian/.test(c.out())), 'the chats to answer after the lock');
    for (const [i, c] of chats.entries()) {
      // Nothing was answered while the lock was held; the answers came after it.
      const first = c.chunks.find((ch) => ch.upTo > before[i]!);
      expect(first!.at).toBeGreaterThanOrEqual(releasedAt);
      c.child.stdin!.end('1\npare\n1\nmenu\n');
    }
    const codes = await Promise.all(chats.map((c) => c.exit));
    h.child.stdin!.write('stop\n');
    expect(await h.exit).toBe(0);
    expect(chats.map((c) => c.err()).join('')).toBe('');
    expect(codes).toEqual([0, 0, 0]);
    for (const c of chats) expect(c.out().trimEnd().endsWith('Balas dengan angka.')).toBe(true);
    expect(await migrateCmd.exit).toBe(0);
    expect(migrateCmd.out()).toMatch(/Already up to date/);
    expect(migrateCmd.err()).toBe('');
  }, 180_000);
});
