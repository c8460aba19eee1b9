// Several processes on one PostgreSQL database share the outbox: each message
// is sent exactly once, and messages to one chat keep their order.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { enqueue } from '../../src/db/outbox.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { describeWith, hasPostgres, POSTGRES } from '../helpers/external.ts';

function startSender(url: string, file: string, name: string): { child: ChildProcess; out: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/outbox/shared-sender.child.ts', url, file, name], {
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { child, out: () => out };
}

async function until(ok: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describeWith(hasPostgres, POSTGRES, 'two processes sharing one outbox on PostgreSQL', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb({ kind: 'postgres' });
  });
  afterEach(async () => {
    await t.close();
  });

  it('every message is sent exactly once, by one process or the other, in order per chat', async () => {
    const at = new Date(Date.now() - 1000).toISOString();
    const chats = 40;
    const perChat = 8;
    const messages = [];
    for (let i = 0; i < perChat; i++) {
      for (let c = 0; c < chats; c++) {
        messages.push({
          channel: 'telegram',
          address: `chat-${c}`,
          workerId: null,
          kind: 'reply' as const,
          text: `m${i}`,
        });
      }
    }
    const ids = await enqueue(t.db, messages, at);
    const file = join(t.dir, 'delivered.tsv');
    writeFileSync(file, '');

    const senders = ['p1', 'p2'].map((name) => startSender(t.url, file, name));
    await until(() => senders.every((s) => s.out().includes('ready')), 'both senders to start');
    for (const s of senders) s.child.stdin!.write('go\n');
    const codes = await Promise.all(
      senders.map((s) => new Promise<number | null>((resolve) => s.child.on('close', resolve))),
    );
    expect(codes, senders.map((s) => s.out()).join('\n')).toEqual([0, 0]);

    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    const delivered = lines.map(([id]) => Number(id));
    expect(delivered).toHaveLength(ids.length);
    expect(new Set(delivered)).toEqual(new Set(ids));
    // Both took part, so the claims really raced.
    const byProcess = new Map<string, number>();
    for (const l of lines) byProcess.set(l[3]!, (byProcess.get(l[3]!) ?? 0) + 1);
    expect(byProcess.get('p1')).toBeGreaterThan(0);
    expect(byProcess.get('p2')).toBeGreaterThan(0);
    for (let c = 0; c < chats; c++) {
      const texts = lines.filter((l) => l[1] === `chat-${c}`).map((l) => l[2]);
      expect(texts).toEqual(Array.from({ length: perChat }, (_, i) => `m${i}`));
    }
    const rows = await t.db.selectFrom('outbox').select(['status', 'external_id', 'attempts']).execute();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.external_id)).toBe(true);
  }, 120_000);
});
