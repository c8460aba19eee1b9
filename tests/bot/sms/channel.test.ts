import { afterEach, describe, expect, it } from 'vitest';
import { signBody } from '../../../src/bot/sms/webhook.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { type SmsHarness, smsHarness, waitFor } from './harness.ts';

let h: SmsHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const count = async (h: SmsHarness, table: 'inbound_messages' | 'workers' | 'channel_identities') =>
  Number(
    (
      await h.t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('SMS channel with the gateway', () => {
  it('registers one webhook for each of received, sent, delivered and failed, once, and reports the gateway online', async () => {
    h = await smsHarness();
    const hooks = [...h.fake.hooks.values()];
    expect(hooks.map((x) => x.event).sort()).toEqual(['sms:delivered', 'sms:failed', 'sms:received', 'sms:sent']);
    expect(new Set(hooks.map((x) => x.url))).toEqual(new Set([h.webhookUrl]));
    expect(h.runtime.health()).toMatchObject({ state: 'online', webhooksRegistered: true });
    // Asking again (the next health check, a restart) adds none.
    h.runtime.channel.status.webhooks = false;
    await h.runtime.channel.check();
    expect(h.fake.hooks.size).toBe(4);
  });

  it('tells offline, wrong login and a server without /health apart', async () => {
    h = await smsHarness();
    h.fake.failWith = 503;
    await h.runtime.channel.check();
    expect(h.runtime.health()).toMatchObject({ state: 'offline', lastError: expect.stringContaining('503') });
    h.fake.failWith = 401;
    await h.runtime.channel.check();
    expect(h.runtime.health().state).toBe('unauthorized');
    h.fake.failWith = null;
    h.fake.noHealth = true;
    await h.runtime.channel.check();
    expect(h.runtime.health().state).toBe('online');
    await h.fake.away();
    await h.runtime.channel.check();
    expect(h.runtime.health()).toMatchObject({ state: 'offline', lastError: expect.stringContaining('unreachable') });
  });

  it('refuses unsigned, wrongly signed and stale events, and keeps nothing of them', async () => {
    h = await smsHarness();
    const ev = h.fake.event('sms:received', {
      message: 'halo',
      phoneNumber: '+6281234567890',
      receivedAt: new Date().toISOString(),
    });
    const unsigned = { ...ev, headers: { 'content-type': 'application/json' } };
    expect(await h.fake.post(unsigned)).toBe(401);
    expect(
      await h.fake.post(
        h.fake.event('sms:received', { message: 'halo', phoneNumber: '+6281234567890' }, { key: 'another-key-000' }),
      ),
    ).toBe(401);
    // The body changed after signing.
    expect(await h.fake.post({ ...ev, body: ev.body.replace('halo', 'HAPUS') })).toBe(401);
    h.fake.clockSkewS = -600;
    expect(await h.fake.post(h.fake.event('sms:received', { message: 'halo', phoneNumber: '+6281234567890' }))).toBe(
      401,
    );
    // A signature made with a timestamp other than the one sent.
    const ts = String(Math.floor(Date.now() / 1000));
    expect(
      await h.fake.post({
        ...ev,
        headers: {
          ...ev.headers,
          'x-timestamp': ts,
          'x-signature': signBody(h.fake.signingKey, ev.body, String(Number(ts) - 1)),
        },
      }),
    ).toBe(401);
    expect(await count(h, 'inbound_messages')).toBe(0);
    expect(await count(h, 'workers')).toBe(0);
    expect(h.fake.messages).toEqual([]);
  });

  it('answers a received SMS through the gateway; 0812..., +62812... and 62812... are one person', async () => {
    h = await smsHarness();
    expect(await h.fake.receive('0812-3456-7890', 'halo')).toBe(200);
    await waitFor(() => h!.fake.messages.length >= 1, 'the first reply');
    expect(h.fake.messages[0]!.phoneNumbers).toEqual(['+6281234567890']);
    expect(h.fake.messages[0]!.id).toMatch(/^upahku-\d+-[0-9a-z]+$/);
    await h.fake.receive('+6281234567890', 'menu');
    await h.fake.receive('6281234567890', 'bantuan');
    await waitFor(() => h!.fake.messages.length >= 3, 'three replies');
    expect(await count(h, 'workers')).toBe(1);
    expect(await count(h, 'channel_identities')).toBe(1);
    const row = await h.t.db
      .selectFrom('outbox')
      .selectAll()
      .where('channel', '=', 'sms')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(row.external_id).toBe(h.fake.messages[0]!.id);
    expect(row.segments).toBeGreaterThanOrEqual(1);
  });

  it('answers kinds of events it does not use, refuses malformed ones, and keys an event without id by its content', async () => {
    h = await smsHarness();
    const mms = h.fake.signed(h.webhookUrl, {
      event: 'mms:received',
      id: 'e1',
      payload: { phoneNumber: '+6281234567890' },
    });
    expect(await h.fake.post(mms)).toBe(200);
    expect(
      await h.fake.post(h.fake.signed(h.webhookUrl, { event: 'sms:received', id: 'e2', payload: { message: 'x' } })),
    ).toBe(400);
    // Signed, but not JSON.
    const ts = String(Math.floor(Date.now() / 1000));
    const notJson = {
      ...mms,
      body: 'not json',
      headers: { 'x-timestamp': ts, 'x-signature': signBody(h.fake.signingKey, 'not json', ts) },
    };
    expect(await h.fake.post(notJson)).toBe(400);
    expect(await count(h, 'inbound_messages')).toBe(0);
    const noId = h.fake.signed(h.webhookUrl, {
      event: 'sms:received',
      payload: { message: 'halo', phoneNumber: '081234567890', receivedAt: '2026-12-02T10:00:00.000+07:00' },
    });
    expect(await h.fake.post(noId)).toBe(200);
    expect(await h.fake.post(noId)).toBe(200);
    await waitFor(() => h!.fake.messages.length === 1, 'the welcome');
    expect(await count(h, 'inbound_messages')).toBe(1);
  });

  it('handles a retried event once', async () => {
    h = await smsHarness();
    const ev = h.fake.event('sms:received', {
      messageId: 'abc',
      message: 'halo',
      phoneNumber: '081234567890',
      receivedAt: new Date().toISOString(),
    });
    expect(await h.fake.post(ev)).toBe(200);
    expect(await h.fake.post(ev)).toBe(200);
    expect(await h.fake.post(ev)).toBe(200);
    await waitFor(() => h!.fake.messages.length >= 1, 'the reply');
    await new Promise((r) => setTimeout(r, 200));
    expect(await count(h, 'inbound_messages')).toBe(1);
    expect(h.fake.messages.length).toBe(1);
  });

  it('keeps the delivery reports on the outbox row: sent, delivered, and failed with the reason', async () => {
    h = await smsHarness();
    await h.fake.receive('081234567890', 'halo');
    await h.fake.receive('081299990000', 'halo');
    await waitFor(() => h!.fake.messages.length >= 2, 'two replies');
    const rowOf = (id: string) =>
      h!.t.db.selectFrom('outbox').selectAll().where('external_id', '=', id).executeTakeFirstOrThrow();
    const [a, b] = h.fake.messages;
    await waitFor(async () => (await rowOf(a!.id)).status === 'sent', 'first row sent');
    expect(await h.fake.report(a!.id, 'sent')).toBe(200);
    expect((await rowOf(a!.id)).delivery).toBe('sent');
    expect(await h.fake.report(a!.id, 'delivered')).toBe(200);
    // A late 'sent' (a retry out of order) does not undo 'delivered'.
    expect(await h.fake.report(a!.id, 'sent')).toBe(200);
    const delivered = await rowOf(a!.id);
    expect(delivered).toMatchObject({ status: 'sent', delivery: 'delivered' });
    expect(delivered.delivered_at).not.toBeNull();
    await waitFor(async () => (await rowOf(b!.id)).status === 'sent', 'second row sent');
    expect(await h.fake.report(b!.id, 'failed', 'RESULT_ERROR_NO_SERVICE')).toBe(200);
    const failed = await rowOf(b!.id);
    expect(failed).toMatchObject({ status: 'failed', delivery: 'failed' });
    expect(failed.last_error).toContain('RESULT_ERROR_NO_SERVICE');
    // A report naming a message that is not ours is answered (no retries) and changes nothing.
    h.fake.messages.push({ id: 'other-app', message: 'x', phoneNumbers: ['+628111'], state: 'Pending' });
    expect(await h.fake.report('other-app', 'delivered')).toBe(200);
  });

  it('keeps replies while the gateway is away for a while and sends each once when it is back', async () => {
    h = await smsHarness({
      channel: {
        sender: { ratePerMinute: 600, dailyCap: 500, workerDailyLimit: 30, offlineBaseMs: 30, offlineMaxMs: 100 },
      },
    });
    await h.fake.away();
    // Her SMS still reaches the service (the phone queues its webhooks; here they are posted while its API is away).
    expect(await h.fake.post(h.fake.event('sms:received', { message: 'halo', phoneNumber: '081234567890' }))).toBe(200);
    expect(await h.fake.post(h.fake.event('sms:received', { message: 'menu', phoneNumber: '081234567890' }))).toBe(200);
    await waitFor(() => h!.runtime.health().state === 'offline', 'offline seen');
    // Several tries while away: nothing given up, nothing failed.
    await new Promise((r) => setTimeout(r, 400));
    const waiting = await h.t.db
      .selectFrom('outbox')
      .select(['status', 'attempts'])
      .where('channel', '=', 'sms')
      .execute();
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    // Pending, or in a try at this very moment; never failed, never an attempt counted towards giving up.
    expect(waiting.every((r) => (r.status === 'pending' || r.status === 'sending') && r.attempts === 0)).toBe(true);
    await h.fake.back();
    await h.runtime.channel.check();
    expect(h.runtime.health().state).toBe('online');
    await waitFor(() => h!.fake.messages.length >= waiting.length, 'all replies after the gateway came back');
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.messages.length).toBe(waiting.length);
    expect(new Set(h.fake.messages.map((m) => m.id)).size).toBe(waiting.length);
  });

  it('keeps a reply through four hours of the phone being away, never giving up, and sends it once after', async () => {
    const clock = fixedClock('2026-12-02T03:00:00.000Z');
    h = await smsHarness({ clock });
    h.fake.now = () => clock.now().getTime();
    await h.fake.away();
    expect(await h.fake.post(h.fake.event('sms:received', { message: 'halo', phoneNumber: '081234567890' }))).toBe(200);
    const row = () => h!.t.db.selectFrom('outbox').selectAll().where('channel', '=', 'sms').executeTakeFirstOrThrow();
    let tries = 0;
    for (let minutes = 0; minutes < 240; minutes += 10) {
      const before = (await row()).not_before;
      clock.advance(10 * 60_000);
      h.engine.events.emit('outbox', 'sms');
      // Each try moves the row's next time on (the pause grows to five minutes, then stays).
      await waitFor(async () => (await row()).not_before !== before, `a try at minute ${minutes}`);
      tries++;
      const r = await row();
      expect(r.status === 'pending' && r.attempts === 0, JSON.stringify(r)).toBe(true);
    }
    expect(tries).toBe(24);
    expect(h.runtime.health().state).toBe('offline');
    await h.fake.back();
    await h.runtime.channel.check();
    clock.advance(60_000);
    h.engine.events.emit('outbox', 'sms');
    await waitFor(async () => (await row()).status === 'sent', 'sent once the phone is back');
    expect(h.fake.messages.length).toBe(1);
  });
});
