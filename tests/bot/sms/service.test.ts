// The SMS channel as `npm start` runs it: configured by environment only,
// listed in src/app/runtimes.ts, its webhook on /sms/webhook of the service's
// own port, its state in /healthz's details (an admin's view) and not in public.
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../bench/lib/proc.ts';
import { type Service, startService } from '../../../src/app/service.ts';
import { parseConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { healthDetails } from '../../helpers/health.ts';
import { FakeGateway } from './fake-gateway.ts';
import { waitFor } from './harness.ts';

let svc: Service | null = null;
let fake: FakeGateway | null = null;
let t: TestDb | null = null;
afterEach(async () => {
  await svc?.stop();
  await fake?.stop();
  await t?.close();
  svc = null;
  fake = null;
  t = null;
});

describe('the SMS channel in the service', () => {
  it('starts from the environment, registers /sms/webhook on its port, answers SMS, and shows its state to admins only', async () => {
    t = await testDb({ kind: 'sqlite' });
    await t.db.destroy();
    fake = new FakeGateway();
    await fake.start();
    const port = await freePort();
    svc = await startService(
      parseConfig({
        DATABASE_URL: t.url,
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'silent',
        WEBCHAT_ENABLED: 'false',
        SCHEDULER_ENABLED: 'false',
        SMS_GATEWAY_URL: fake.url,
        SMS_GATEWAY_LOGIN: fake.login,
        SMS_GATEWAY_PASSWORD: fake.password,
        SMS_WEBHOOK_SIGNING_KEY: fake.signingKey,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      }),
      createLogger('silent'),
    );
    t.db = svc.db;
    expect([...fake.hooks.values()].map((h) => h.url)).toEqual(Array(4).fill(`http://127.0.0.1:${port}/sms/webhook`));
    expect(await fake.receive('081234567890', 'halo')).toBe(200);
    await waitFor(() => fake!.to('+6281234567890').length === 1, 'the welcome by SMS');

    const pub = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as Record<string, unknown>;
    expect(pub.channels).toBeUndefined();
    expect(JSON.stringify(pub)).not.toContain('sms');
    const details = await healthDetails(`http://127.0.0.1:${port}`, svc.db);
    expect(details.channels.sms).toMatchObject({ state: 'online', webhooksRegistered: true, dailyCap: 500 });
  }, 60_000);
});
