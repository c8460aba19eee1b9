// The SMS channel as the service runs it (runtime, Hono route, real engine and
// database) against the fake gateway, driven through the real client library.
import { Hono } from 'hono';
import pino from 'pino';
import { createEngine } from '../../../src/app/engine.ts';
import type { SmsChannelOptions } from '../../../src/bot/sms/channel.ts';
import { createSmsRuntime, type SmsRuntime } from '../../../src/bot/sms/runtime.ts';
import { parseConfig } from '../../../src/config.ts';
import type { Clock } from '../../../src/core/clock.ts';
import type { Engine } from '../../../src/engine/engine.ts';
import { listen } from '../../../src/web/server.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { FakeGateway } from './fake-gateway.ts';

export interface SmsHarness {
  t: TestDb;
  fake: FakeGateway;
  engine: Engine;
  runtime: SmsRuntime;
  webhookUrl: string;
  close(): Promise<void>;
}

export async function waitFor(cond: () => boolean | Promise<boolean>, what = 'condition', ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Resolves once every SMS row is sent or failed (nothing waiting or in flight). */
export async function settled(h: { t: TestDb }, ms = 10_000): Promise<void> {
  await waitFor(
    async () =>
      (await h.t.db.selectFrom('outbox').select('status').where('channel', '=', 'sms').execute()).every(
        (r) => r.status === 'sent' || r.status === 'failed',
      ),
    'the SMS outbox settled',
    ms,
  );
}

export async function smsHarness(
  opts: { env?: Record<string, string>; clock?: Clock; channel?: Partial<SmsChannelOptions> } = {},
): Promise<SmsHarness> {
  const t = await testDb();
  const fake = new FakeGateway();
  await fake.start();
  const config = parseConfig({
    SMS_GATEWAY_URL: fake.url,
    SMS_GATEWAY_LOGIN: fake.login,
    SMS_GATEWAY_PASSWORD: fake.password,
    SMS_WEBHOOK_SIGNING_KEY: fake.signingKey,
    SMS_RATE_PER_MINUTE: '600',
    ...opts.env,
  });
  const engine = createEngine(t.db, { clock: opts.clock });
  const app = new Hono();
  // The route is added once the port (and so the webhook URL) is known, before any request.
  const server = await listen(app, 0, '127.0.0.1');
  const webhookUrl = `http://127.0.0.1:${server.port}/sms/webhook`;
  const runtime = createSmsRuntime(
    { config, db: t.db, engine, logger: pino({ level: process.env.SMS_TEST_LOG ?? 'silent' }) },
    {
      webhookUrl,
      clock: opts.clock,
      outbox: { sleep: async () => {}, idlePollMs: 20 },
      ...opts.channel,
    },
  );
  runtime.mount!(app);
  await runtime.start();
  return {
    t,
    fake,
    engine,
    runtime,
    webhookUrl,
    close: async () => {
      await runtime.stop();
      await server.close();
      await fake.stop();
      await t.close();
    },
  };
}
