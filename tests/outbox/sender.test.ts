import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import type { OutboundMessage } from '../../src/core/messages.ts';
import { enqueue } from '../../src/db/outbox.ts';
import { type ChannelSender, SendError } from '../../src/outbox/channel-sender.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

/** A platform that records what it got, at what (fake) time, and fails as told. */
function recorder(clock: ReturnType<typeof fixedClock>, failures: ((m: OutboundMessage) => SendError | null)[] = []) {
  const got: { text: string; address: string; at: number }[] = [];
  const sender: ChannelSender = {
    channel: 'telegram',
    ratePerSecond: 10,
    perAddressIntervalMs: 1000,
    async send(m) {
      for (const f of failures) {
        const e = f(m);
        if (e) throw e;
      }
      got.push({ text: m.text, address: m.address, at: clock.now().getTime() });
      return { externalId: `x${got.length}` };
    },
  };
  return { got, sender };
}

const at = '2026-11-28T03:00:00.000Z';

async function drain(s: OutboxSender, clock: ReturnType<typeof fixedClock>, rounds = 50) {
  for (let i = 0; i < rounds; i++) {
    const n = await s.runOnce();
    if (n === 0) clock.advance(1000);
  }
}

describe('outbox sender', () => {
  it('never sends more than its rate in any one second, when timers fire early and sending takes time', async () => {
    const clock = fixedClock(at);
    const times: number[] = [];
    let k = 0;
    const sender: ChannelSender = {
      channel: 'telegram',
      ratePerSecond: 30,
      perAddressIntervalMs: 1000,
      async send() {
        times.push(clock.now().getTime());
        // Time spent on the way out: 0 to 3 ms, varying.
        clock.advance((k++ * 7) % 4);
        return { externalId: String(times.length) };
      },
    };
    await enqueue(
      t.db,
      Array.from({ length: 150 }, (_, i) => ({
        channel: 'telegram',
        address: `c${i}`,
        workerId: null,
        kind: 'broadcast' as const,
        text: `m${i}`,
      })),
      at,
    );
    // A millisecond timer: fires on the whole millisecond, up to one before the fraction asked for.
    const s = new OutboxSender(t.db, sender, { clock, sleep: async (ms) => clock.advance(Math.floor(ms)) });
    await drain(s, clock, 10);
    expect(times).toHaveLength(150);
    let busiest = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while (times[j]! <= times[i]! - 1000) j++;
      busiest = Math.max(busiest, i - j + 1);
    }
    expect(busiest).toBeLessThanOrEqual(30);
    // And not much slower than the limit: 150 messages in little more than 5 s.
    expect(times.at(-1)! - times[0]!).toBeLessThan(5300);
  });

  it('sends replies before broadcasts, in order per chat, within the rate limits', async () => {
    const clock = fixedClock(at);
    const { got, sender } = recorder(clock);
    await enqueue(
      t.db,
      [
        { channel: 'telegram', address: 'a', workerId: null, kind: 'broadcast', text: 'news a' },
        { channel: 'telegram', address: 'a', workerId: null, kind: 'reply', text: 'a1' },
        { channel: 'telegram', address: 'a', workerId: null, kind: 'reply', text: 'a2' },
        { channel: 'telegram', address: 'b', workerId: null, kind: 'reply', text: 'b1' },
      ],
      at,
    );
    const s = new OutboxSender(t.db, sender, { clock, sleep: async (ms) => clock.advance(ms) });
    await drain(s, clock, 10);
    expect(got.filter((g) => g.address === 'a').map((g) => g.text)).toEqual(['a1', 'a2', 'news a']);
    expect(got.map((g) => g.text)).toContain('b1');
    const times = got.filter((g) => g.address === 'a').map((g) => g.at);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1000);
    const all = got.map((g) => g.at).sort((x, y) => x - y);
    for (let i = 1; i < all.length; i++) expect(all[i]! - all[i - 1]!).toBeGreaterThanOrEqual(100);
    const rows = await t.db.selectFrom('outbox').select(['status', 'external_id']).execute();
    expect(rows.every((r) => r.status === 'sent' && r.external_id)).toBe(true);
  });

  it('on a 429 waits retry_after, then delivers everything in order', async () => {
    const clock = fixedClock(at);
    let once = true;
    const { got, sender } = recorder(clock, [
      (m) => {
        if (m.text !== 'r2' || !once) return null;
        once = false;
        return new SendError('retry', '429', 5000, true);
      },
    ]);
    await enqueue(
      t.db,
      ['r1', 'r2', 'r3'].map((text) => ({
        channel: 'telegram',
        address: 'a',
        workerId: null,
        kind: 'reply' as const,
        text,
      })),
      at,
    );
    const s = new OutboxSender(t.db, sender, { clock, sleep: async (ms) => clock.advance(ms) });
    await drain(s, clock, 20);
    expect(got.map((g) => g.text)).toEqual(['r1', 'r2', 'r3']);
    expect(got[1]!.at - got[0]!.at).toBeGreaterThanOrEqual(5000);
  });

  it('marks a chat unreachable on 403 and stops writing to it', async () => {
    const clock = fixedClock(at);
    await t.db
      .insertInto('workers')
      .values({
        id: 'w',
        created_at: at,
        updated_at: at,
        lang: 'id',
        status: 'active',
        research_consent: 0,
        opted_out: 0,
        last_active_at: at,
      })
      .execute();
    await t.db
      .insertInto('channel_identities')
      .values({
        worker_id: 'w',
        channel: 'telegram',
        channel_user_id: 'blocked',
        unreachable: 0,
        created_at: at,
        last_seen_at: at,
      })
      .execute();
    const { got, sender } = recorder(clock, [
      (m) =>
        m.address === 'blocked' ? new SendError('unreachable', '403 Forbidden: bot was blocked by the user') : null,
    ]);
    await enqueue(
      t.db,
      [
        { channel: 'telegram', address: 'blocked', workerId: 'w', kind: 'reply', text: 'one' },
        { channel: 'telegram', address: 'blocked', workerId: 'w', kind: 'reply', text: 'two' },
      ],
      at,
    );
    const s = new OutboxSender(t.db, sender, { clock, sleep: async (ms) => clock.advance(ms) });
    await drain(s, clock, 5);
    expect(got).toEqual([]);
    const id = await t.db.selectFrom('channel_identities').select('unreachable').executeTakeFirstOrThrow();
    expect(id.unreachable).toBe(1);
    const rows = await t.db.selectFrom('outbox').select(['status', 'last_error']).orderBy('id').execute();
    expect(rows.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(rows[0]!.last_error).toMatch(/unreachable/);
  });

  it('retries network errors with backoff and gives up after the limit, keeping the reason', async () => {
    const clock = fixedClock(at);
    const { sender } = recorder(clock, [() => new SendError('retry', 'ECONNRESET')]);
    await enqueue(t.db, [{ channel: 'telegram', address: 'a', workerId: null, kind: 'reply', text: 'x' }], at);
    const s = new OutboxSender(t.db, sender, {
      clock,
      sleep: async (ms) => clock.advance(ms),
      maxAttempts: 3,
      backoffBaseMs: 1000,
    });
    await s.runOnce();
    let row = await t.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'ECONNRESET' });
    expect(new Date(row.not_before).getTime() - clock.now().getTime()).toBe(1000);
    await drain(s, clock, 10);
    row = await t.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(row.attempts).toBe(3);
    expect(row.last_error).toMatch(/gave up after 3 attempts: ECONNRESET/);
  });

  it('tells the channel when an ephemeral row is done, sent or given up, after its row is gone', async () => {
    const clock = fixedClock(at);
    const { got, sender } = recorder(clock, [
      (m) => (m.text === 'bye b' ? new SendError('retry', 'ECONNRESET') : null),
    ]);
    const done: { text: string; outcome: string; rows: number }[] = [];
    sender.afterEphemeral = async (m, outcome) => {
      const rows = await t.db.selectFrom('outbox').select('id').where('id', '=', m.id).execute();
      done.push({ text: m.text, outcome, rows: rows.length });
    };
    await enqueue(
      t.db,
      [
        { channel: 'telegram', address: 'a', workerId: null, kind: 'reply', text: 'bye a', ephemeral: true },
        { channel: 'telegram', address: 'b', workerId: null, kind: 'reply', text: 'bye b', ephemeral: true },
        { channel: 'telegram', address: 'c', workerId: null, kind: 'reply', text: 'kept' },
      ],
      at,
    );
    const s = new OutboxSender(t.db, sender, {
      clock,
      sleep: async (ms) => clock.advance(ms),
      maxAttempts: 2,
      backoffBaseMs: 1000,
    });
    await s.runOnce();
    // The first failure of "bye b" is retried: not done yet.
    expect(done).toEqual([{ text: 'bye a', outcome: 'sent', rows: 0 }]);
    await drain(s, clock, 5);
    expect(done).toEqual([
      { text: 'bye a', outcome: 'sent', rows: 0 },
      { text: 'bye b', outcome: 'failed', rows: 0 },
    ]);
    expect(got.map((g) => g.text)).toEqual(['bye a', 'kept']);
    // A hook that throws is logged; the sender carries on.
    sender.afterEphemeral = async () => {
      throw new Error('no');
    };
    await enqueue(
      t.db,
      [{ channel: 'telegram', address: 'd', workerId: null, kind: 'reply', text: 'bye d', ephemeral: true }],
      at,
    );
    await drain(s, clock, 3);
    expect(got.map((g) => g.text)).toEqual(['bye a', 'kept', 'bye d']);
    expect(await t.db.selectFrom('outbox').select('text').execute()).toEqual([{ text: 'kept' }]);
  });

  it('takes back rows a crashed sender left in "sending" once their claim timed out', async () => {
    const clock = fixedClock(at);
    const { got, sender } = recorder(clock);
    await enqueue(t.db, [{ channel: 'telegram', address: 'a', workerId: null, kind: 'reply', text: 'in flight' }], at);
    await t.db.updateTable('outbox').set({ status: 'sending', claimed_by: 'dead', claimed_at: at }).execute();
    const s = new OutboxSender(t.db, sender, { clock, sleep: async (ms) => clock.advance(ms), claimTimeoutMs: 60_000 });
    expect(await s.runOnce()).toBe(0);
    clock.advance(61_000);
    expect(await s.runOnce()).toBe(1);
    expect(got.map((g) => g.text)).toEqual(['in flight']);
  });

  it('start() sends when woken and stop() ends the loop', async () => {
    const clock = fixedClock(at);
    const { got, sender } = recorder(clock);
    const s = new OutboxSender(t.db, sender, { clock, sleep: async (ms) => clock.advance(ms), idlePollMs: 10_000 });
    s.start();
    await enqueue(t.db, [{ channel: 'telegram', address: 'a', workerId: null, kind: 'reply', text: 'hi' }], at);
    s.wake();
    const deadline = Date.now() + 5000;
    while (!got.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await s.stop();
    expect(got.map((g) => g.text)).toEqual(['hi']);
  });
});
