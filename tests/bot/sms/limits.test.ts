import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.ts';
import { enqueue } from '../../../src/db/outbox.ts';
import { type SmsHarness, smsHarness, waitFor } from './harness.ts';

let h: SmsHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const smsRows = (h: SmsHarness) =>
  h.t.db.selectFrom('outbox').selectAll().where('channel', '=', 'sms').orderBy('id').execute();

describe('SMS cost limits', () => {
  it('a worker who writes on and on gets at most her daily limit of segments; the rest is not sent', async () => {
    h = await smsHarness({ env: { SMS_WORKER_DAILY_LIMIT: '4' } });
    for (let i = 0; i < 8; i++) await h.fake.receive('081234567890', `halo ${i}`);
    await waitFor(
      async () => (await smsRows(h!)).every((r) => r.status === 'sent' || r.status === 'failed'),
      'all rows settled',
    );
    const rows = await smsRows(h);
    const sentSegments = rows.filter((r) => r.status === 'sent').reduce((n, r) => n + (r.segments ?? 0), 0);
    expect(sentSegments).toBeLessThanOrEqual(4);
    expect(rows.some((r) => r.status === 'failed' && /daily limit/.test(r.last_error ?? ''))).toBe(true);
    expect(h.fake.messages.length).toBe(rows.filter((r) => r.status === 'sent').length);
    // Another worker is not held back by her.
    await h.fake.receive('081299990000', 'halo');
    await waitFor(() => h!.fake.to('+6281299990000').length === 1, 'the other worker answered');
  });

  it('the phone stops at its daily cap of segments and the rest waits for the next morning', async () => {
    h = await smsHarness({ env: { SMS_DAILY_CAP: '2' } });
    await h.fake.receive('081234567890', 'halo');
    await h.fake.receive('081299990000', 'halo');
    await h.fake.receive('081277770000', 'halo');
    await waitFor(async () => (await smsRows(h!)).every((r) => r.status !== 'sending'), 'rows settled', 5000);
    await new Promise((r) => setTimeout(r, 300));
    const rows = await smsRows(h);
    const sent = rows.filter((r) => r.status === 'sent');
    expect(sent.reduce((n, r) => n + (r.segments ?? 0), 0)).toBeLessThanOrEqual(2);
    const waiting = rows.filter((r) => r.status === 'pending');
    expect(waiting.length).toBeGreaterThan(0);
    for (const r of waiting) expect(new Date(r.not_before).getTime()).toBeGreaterThan(Date.now() + 3600_000);
  });

  it('sends no broadcast or reminder by SMS to someone who has not consented', async () => {
    h = await smsHarness();
    await h.fake.receive('081234567890', 'halo');
    await waitFor(() => h!.fake.messages.length === 1, 'the welcome');
    const worker = await h.t.db.selectFrom('workers').select('id').executeTakeFirstOrThrow();
    await enqueue(
      h.t.db,
      [{ channel: 'sms', address: '+6281234567890', workerId: worker.id, kind: 'broadcast', text: 'Info BPJS' }],
      new Date().toISOString(),
    );
    h.engine.events.emit('outbox', 'sms');
    await waitFor(
      async () => (await smsRows(h!)).some((r) => r.kind === 'broadcast' && r.status === 'failed'),
      'broadcast refused',
    );
    expect(h.fake.messages.length).toBe(1);
  });
});

describe('SMS configuration', () => {
  const base = {
    SMS_GATEWAY_URL: 'http://192.168.1.10:8080',
    SMS_GATEWAY_LOGIN: 'sms',
    SMS_GATEWAY_PASSWORD: 'p4ss-word',
    SMS_WEBHOOK_SIGNING_KEY: 'abcdefgh1234',
  };
  it('reads the gateway settings with their defaults', () => {
    const c = parseConfig(base);
    expect(c).toMatchObject({
      SMS_GATEWAY_URL: base.SMS_GATEWAY_URL,
      SMS_RATE_PER_MINUTE: 20,
      SMS_DAILY_CAP: 500,
      SMS_WORKER_DAILY_LIMIT: 30,
    });
    expect(parseConfig({}).SMS_GATEWAY_URL).toBeUndefined();
  });
  it('asks for the login, password and signing key with a gateway, and never echoes the password', () => {
    expect(() => parseConfig({ ...base, SMS_WEBHOOK_SIGNING_KEY: undefined })).toThrow(
      /SMS_WEBHOOK_SIGNING_KEY must be set when SMS_GATEWAY_URL/,
    );
    expect(() => parseConfig({ ...base, SMS_GATEWAY_PASSWORD: undefined })).toThrow(/SMS_GATEWAY_PASSWORD/);
    expect(() => parseConfig({ ...base, SMS_GATEWAY_URL: 'not a url' })).toThrow(/SMS_GATEWAY_URL/);
    expect(() => parseConfig({ ...base, SMS_WEBHOOK_SIGNING_KEY: 'short' })).toThrow(/^((?!short).)*$/);
  });
});
