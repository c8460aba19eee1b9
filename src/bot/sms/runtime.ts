// Registers the SMS channel with the service when SMS_GATEWAY_URL is set, and
// answers the gateway's webhook on /sms/webhook (or the path of SMS_WEBHOOK_URL).
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../logger.ts';
import type { Runtime, RuntimeFactory } from '../../runtime.ts';
import { SmsChannel, type SmsChannelOptions } from './channel.ts';
import { createGateway } from './gateway.ts';

export const DEFAULT_WEBHOOK_PATH = '/sms/webhook';

export function smsWebhookUrl(c: Config): string {
  if (c.SMS_WEBHOOK_URL) return c.SMS_WEBHOOK_URL;
  const base = c.PUBLIC_URL?.replace(/\/+$/, '') ?? `http://${c.HOST}:${c.PORT}`;
  return `${base}${DEFAULT_WEBHOOK_PATH}`;
}

export type SmsRuntime = Runtime & { readonly channel: SmsChannel };

export function createSmsRuntime(
  deps: { config: Config; db: Db; engine: Engine; logger: Logger },
  overrides: Partial<SmsChannelOptions> = {},
): SmsRuntime {
  const { config: c, db, engine } = deps;
  const logger = deps.logger.child({ channel: 'sms' });
  const webhookUrl = overrides.webhookUrl ?? smsWebhookUrl(c);
  const channel = new SmsChannel({
    db,
    engine,
    logger,
    gateway: createGateway({ url: c.SMS_GATEWAY_URL!, login: c.SMS_GATEWAY_LOGIN!, password: c.SMS_GATEWAY_PASSWORD! }),
    signingKey: c.SMS_WEBHOOK_SIGNING_KEY!,
    webhookUrl,
    sender: {
      ratePerMinute: c.SMS_RATE_PER_MINUTE,
      dailyCap: c.SMS_DAILY_CAP,
      workerDailyLimit: c.SMS_WORKER_DAILY_LIMIT,
    },
    ...overrides,
    outbox: { claimTimeoutMs: c.OUTBOX_CLAIM_TIMEOUT_MS, ...overrides.outbox },
  });
  return {
    name: 'sms',
    channel,
    health: () => channel.health(),
    start: () => channel.start(),
    stop: () => channel.stop(),
    mount(app) {
      app.post(new URL(webhookUrl).pathname, async (ctx) => {
        const raw = await ctx.req.text();
        const a = await channel.handleWebhook(raw, {
          signature: ctx.req.header('x-signature'),
          timestamp: ctx.req.header('x-timestamp'),
        });
        return ctx.json(a.body, a.status as 200);
      });
    },
  };
}

export const smsRuntime: RuntimeFactory = (deps) => (deps.config.SMS_GATEWAY_URL ? createSmsRuntime(deps) : null);
