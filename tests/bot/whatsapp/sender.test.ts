import { Boom } from '@hapi/boom';
import { initAuthCreds } from '@whiskeysockets/baileys';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/app/engine.ts';
import { startOfWibDay, WhatsAppSender } from '../../../src/bot/whatsapp/sender.ts';
import type { WaSocket } from '../../../src/bot/whatsapp/socket.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import type { OutboxKind } from '../../../src/core/messages.ts';
import { wibDateTime } from '../../../src/core/time.ts';
import { enqueue } from '../../../src/db/outbox.ts';
import { OutboxSender } from '../../../src/outbox/sender.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { FakeWhatsApp } from './fake-whatsapp.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

// 10:00 WIB on a Saturday.
const START = '2026-11-28T03:00:00.000Z';
const lid = (n: number) => `1000000000000${n}@lid`;

async function setup(o: { cap?: number; random?: number[]; connected?: boolean } = {}) {
  const clock = fixedClock(START);
  const fake = new FakeWhatsApp();
  fake.now = () => clock.now().getTime();
  const sock = fake.factory({
    auth: { creds: initAuthCreds(), keys: { get: async () => ({}), set: async () => {} } },
    logger: fake.logger,
    getMessage: async () => undefined,
  }) as WaSocket;
  const randoms = [...(o.random ?? [])];
  const sender = new WhatsAppSender({
    db: t.db,
    clock,
    socket: () => (o.connected === false ? null : sock),
    broadcastMinMs: 3000,
    broadcastMaxMs: 6000,
    dailyCap: o.cap ?? 1000,
    random: () => randoms.shift() ?? 0.5,
    logger: pino({ level: 'silent' }),
  });
  const outbox = new OutboxSender(t.db, sender, { clock, sleep: async (ms) => clock.advance(ms), batchSize: 1 });
  const engine = createEngine(t.db, { clock });

  /** She writes once (so we may write to her); her reply rows are cleared to keep the queue ours. */
  const wrote = async (address: string) => {
    await engine.handle({
      channel: 'whatsapp',
      channelUserId: address,
      externalId: `in-${address}`,
      text: 'halo',
      receivedAt: clock.now(),
    });
    await t.db.deleteFrom('outbox').execute();
  };
  const queue = (kind: OutboxKind, address: string, text: string) =>
    enqueue(t.db, [{ channel: 'whatsapp', address, workerId: null, kind, text }], clock.now().toISOString());
  const drain = async (rounds = 40) => {
    for (let i = 0; i < rounds; i++) if ((await outbox.runOnce()) === 0) clock.advance(1000);
  };
  const rows = () => t.db.selectFrom('outbox').selectAll().orderBy('id').execute();
  return { clock, fake, sender, outbox, wrote, queue, drain, rows };
}

describe('WhatsApp sending', () => {
  it('spaces broadcasts by a random 3-6 s each, and a reply queued later still goes first', async () => {
    const s = await setup({ random: [0, 1, 0.5, 0.25] });
    for (let i = 1; i <= 4; i++) await s.wrote(lid(i));
    for (let i = 1; i <= 4; i++) await s.queue('broadcast', lid(i), `news ${i}`);
    await s.queue('reply', lid(9), 'your answer');
    await s.drain(30);
    expect(s.fake.sent.map((m) => m.text)).toEqual(['your answer', 'news 1', 'news 2', 'news 3', 'news 4']);
    const at = s.fake.sent.map((m) => m.at);
    // The reply leaves at once; each broadcast waits its own random pause.
    expect(at[0]).toBe(new Date(START).getTime());
    const gaps = at.slice(1).map((x, i) => x - at[i]!);
    expect(gaps).toEqual([3000, 6000, 4500, 3750]);
  });

  it('never writes first to someone who has not written, nor to someone who said BERHENTI', async () => {
    const s = await setup();
    await s.wrote(lid(1));
    await s.wrote(lid(2));
    await t.db.updateTable('workers').set({ opted_out: 1 }).execute();
    await s.wrote(lid(3));
    await s.queue('broadcast', '6289999999999@s.whatsapp.net', 'stranger');
    await s.queue('reminder', lid(1), 'stopped');
    await s.queue('notice', lid(2), 'stopped too');
    await s.queue('broadcast', lid(3), 'welcome news');
    await s.drain(30);
    expect(s.fake.sent.map((m) => m.text)).toEqual(['welcome news']);
    const failed = (await s.rows()).filter((r) => r.status === 'failed');
    expect(failed.map((r) => r.text)).toEqual(['stranger', 'stopped', 'stopped too']);
    expect(failed[0]!.last_error).toMatch(/never wrote/);
    expect(failed[1]!.last_error).toMatch(/BERHENTI/);
  });

  it('an identity alone is not enough: she must have written to this number', async () => {
    const s = await setup();
    const at = s.clock.now().toISOString();
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
        channel: 'whatsapp',
        channel_user_id: lid(5),
        unreachable: 0,
        created_at: at,
        last_seen_at: at,
      })
      .execute();
    await s.queue('broadcast', lid(5), 'hello?');
    await s.drain(5);
    expect(s.fake.sent).toEqual([]);
    expect((await s.rows())[0]).toMatchObject({ status: 'failed', last_error: expect.stringMatching(/never wrote/) });
  });

  it('holds to the daily cap: the rest waits for the next WIB morning, replies still go, nothing is lost', async () => {
    const s = await setup({ cap: 2 });
    for (let i = 1; i <= 4; i++) await s.wrote(lid(i));
    for (let i = 1; i <= 4; i++) await s.queue('broadcast', lid(i), `news ${i}`);
    await s.drain(20);
    expect(s.fake.sent.map((m) => m.text)).toEqual(['news 1', 'news 2']);
    expect(s.sender.stats()).toEqual({ sentToday: 2, dailyCap: 2, capReached: true });
    const waiting = (await s.rows()).filter((r) => r.status === 'pending');
    expect(waiting.map((r) => r.text)).toEqual(['news 3', 'news 4']);
    for (const r of waiting) {
      // Deferred, not failed: no attempt counted; due tomorrow between 07:00 and 07:15 WIB.
      expect(r.attempts).toBe(0);
      expect(wibDateTime(new Date(r.not_before))).toMatch(/^29\/11\/2026 07:(0\d|1[0-5])$/);
    }
    // A reply is not capped.
    await s.queue('reply', lid(1), 'answer');
    await s.drain(5);
    expect(s.fake.sent.at(-1)!.text).toBe('answer');

    // A restarted sender counts today's rows from the database, so the cap survives restarts.
    const again = new WhatsAppSender({
      db: t.db,
      clock: s.clock,
      socket: () => null,
      broadcastMinMs: 0,
      broadcastMaxMs: 0,
      dailyCap: 2,
    });
    await expect(
      again.send({ id: 0, channel: 'whatsapp', address: lid(3), text: 'x', options: null, kind: 'broadcast' }),
    ).rejects.toMatchObject({ kind: 'defer' });

    // The next morning the rest goes out.
    s.clock.set('2026-11-29T00:20:00.000Z');
    await s.drain(10);
    expect(s.fake.sent.map((m) => m.text)).toEqual(['news 1', 'news 2', 'answer', 'news 3', 'news 4']);
    expect(startOfWibDay(s.clock.now())).toBe('2026-11-28T17:00:00.000Z');
  });

  it('on a rate-limit error pauses all sending, longer each time, then delivers in order', async () => {
    const s = await setup();
    await s.wrote(lid(1));
    s.fake.failures.push(
      new Boom('rate-overlimit', { statusCode: 429 }),
      new Boom('rate-overlimit', { statusCode: 429 }),
    );
    await s.wrote(lid(2));
    await s.queue('reply', lid(1), 'one');
    await s.queue('reply', lid(1), 'two');
    await s.queue('reply', lid(2), 'other chat');
    await s.drain(400);
    expect(s.fake.sent.map((m) => m.text)).toEqual(['one', 'two', 'other chat']);
    // 60 s after the first refusal, then 120 s after the second; nothing at all went out meanwhile.
    // (Each send slot adds the outbox's one-millisecond margin: a few ms on top.)
    const first = s.fake.sent[0]!.at - new Date(START).getTime();
    expect(first).toBeGreaterThanOrEqual(180_000);
    expect(first).toBeLessThan(180_010);
    expect(s.fake.sent.every((m) => m.at - new Date(START).getTime() >= 180_000)).toBe(true);
    const rows = await s.rows();
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    // Waiting out a rate limit spends no attempts: the message was never at fault.
    expect(rows[0]!.attempts).toBe(1);
    // A success resets the pause: the next refusal waits a minute again.
    s.fake.failures.push(new Boom('rate-overlimit', { statusCode: 429 }));
    await s.queue('reply', lid(2), 'later');
    const before = s.clock.now().getTime();
    await s.drain(100);
    expect(s.fake.sent.at(-1)!.text).toBe('later');
    expect(s.fake.sent.at(-1)!.at - before).toBe(60_000);
  });

  it('while not connected defers without spending an attempt', async () => {
    const s = await setup({ connected: false });
    await s.queue('reply', lid(1), 'later');
    await s.outbox.runOnce();
    const [row] = await s.rows();
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    expect(new Date(row!.not_before).getTime() - s.clock.now().getTime()).toBe(30_000);
  });
});
