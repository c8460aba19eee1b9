// Runs the Telegram channel inside the service when TELEGRAM_BOT_TOKEN is set:
// long polling (default) or a webhook on the service's own HTTP server, plus
// the outbox sender for Telegram. Stopping finishes the update in hand and
// tells Telegram what was handled; the inbound dedupe covers the rest, so a
// restart neither loses nor repeats an update.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Hono } from 'hono';
import { sql } from 'kysely';
import { type Telegraf, TelegramError } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../logger.ts';
import { OutboxSender } from '../../outbox/sender.ts';
import type { Runtime, RuntimeFactory } from '../../runtime.ts';
import { ALLOWED_UPDATES, apiSignal, createTelegramBot } from './adapter.ts';
import { telegramSender } from './sender.ts';

export interface TelegramSettings {
  token: string;
  apiRoot: string;
  /** Set: webhook mode. Unset: long polling. */
  webhookUrl?: string;
  webhookSecret?: string;
  ratePerSecond: number;
  perChatIntervalMs: number;
  pollTimeoutSeconds: number;
  keyboards: boolean;
  /** OUTBOX_CLAIM_TIMEOUT_MS: a dead process's messages go out from another after this long. */
  claimTimeoutMs?: number;
}

export function telegramSettings(c: Config): TelegramSettings | null {
  if (!c.TELEGRAM_BOT_TOKEN) return null;
  return {
    token: c.TELEGRAM_BOT_TOKEN,
    apiRoot: c.TELEGRAM_API_ROOT,
    webhookUrl: c.TELEGRAM_WEBHOOK_URL,
    webhookSecret: c.TELEGRAM_WEBHOOK_SECRET,
    ratePerSecond: c.TELEGRAM_RATE_PER_SECOND,
    perChatIntervalMs: c.TELEGRAM_PER_CHAT_INTERVAL_MS,
    pollTimeoutSeconds: c.TELEGRAM_POLL_TIMEOUT_SECONDS,
    keyboards: c.TELEGRAM_KEYBOARDS,
    claimTimeoutMs: c.OUTBOX_CLAIM_TIMEOUT_MS,
  };
}

/** The URL given to Telegram and the path we answer on; a bare host gets /telegram/webhook. */
export function webhookTarget(url: string): { url: string; path: string } {
  const u = new URL(url);
  if (u.pathname === '/' || u.pathname === '') u.pathname = '/telegram/webhook';
  return { url: u.toString(), path: u.pathname };
}

/** A stable secret for Telegram's X-Telegram-Bot-Api-Secret-Token when none is configured. */
export function deriveWebhookSecret(token: string): string {
  return createHmac('sha256', token).update('upahku telegram webhook secret').digest('hex');
}

type State = 'starting' | 'polling' | 'webhook' | 'retrying' | 'stopping' | 'stopped';

function retryDelayMs(err: unknown, failures: number): number {
  if (err instanceof TelegramError && err.code === 429) return (err.parameters?.retry_after ?? 5) * 1000;
  // 409: another process polls with this token, or a webhook was set meanwhile.
  if (err instanceof TelegramError && err.code === 409) return 5000;
  return Math.min(30_000, 1000 * 2 ** (failures - 1));
}

/** Longest wait for one Bot API call (besides the long poll itself). */
const CALL_TIMEOUT_MS = 30_000;

/** A message skipped after this many failures on a healthy database (a bug, not an outage). */
const MAX_UPDATE_FAILURES = 3;

export class TelegramRuntime implements Runtime {
  readonly name = 'telegram';
  readonly mode: 'polling' | 'webhook';
  readonly bot: Telegraf;
  readonly sender: OutboxSender;
  private readonly log: Logger;
  private readonly target: { url: string; path: string } | null;
  private readonly secret: string;
  private state: State = 'starting';
  private stopping = false;
  private loop: Promise<void> | null = null;
  /** Aborted on stop: cuts a long poll or a call to an unreachable server short. */
  private readonly halt = new AbortController();
  private wakePause: (() => void) | null = null;
  private offset = 0;
  private handledSinceStart = 0;
  private lastUpdateAt: string | null = null;
  private lastError: { message: string; at: string } | null = null;
  private inflight = 0;
  private idle: (() => void) | null = null;
  /** The webhook response of the update being handled, to answer 500 when it fails. */
  private readonly webhookResponse = new AsyncLocalStorage<ServerResponse>();
  private readonly onOutbox = (channel: string) => {
    if (channel === 'telegram') this.sender.wake();
  };

  constructor(
    private readonly s: TelegramSettings,
    private readonly deps: { db: Db; engine: Engine; logger: Logger },
  ) {
    this.log = deps.logger.child({ channel: 'telegram' });
    this.mode = s.webhookUrl ? 'webhook' : 'polling';
    this.target = s.webhookUrl ? webhookTarget(s.webhookUrl) : null;
    this.secret = s.webhookSecret ?? deriveWebhookSecret(s.token);
    this.bot = createTelegramBot({
      token: s.token,
      apiRoot: s.apiRoot,
      engine: deps.engine,
      db: deps.db,
      logger: deps.logger,
      onError: (err, updateId) => {
        this.recordError(err, `update ${updateId}`);
        const res = this.webhookResponse.getStore();
        // Telegram delivers the update again later instead of dropping it.
        if (res && !res.headersSent) res.statusCode = 500;
      },
    });
    this.sender = new OutboxSender(
      deps.db,
      telegramSender(this.bot.telegram, {
        ratePerSecond: s.ratePerSecond,
        perChatIntervalMs: s.perChatIntervalMs,
        keyboards: s.keyboards,
      }),
      { logger: this.log, claimTimeoutMs: s.claimTimeoutMs },
    );
  }

  health(): Record<string, unknown> {
    const me = this.bot.botInfo?.username;
    return {
      mode: this.mode,
      state: this.state,
      bot: me ? `@${me}` : null,
      ...(this.target && { webhook: this.target.url }),
      lastUpdateAt: this.lastUpdateAt,
      lastError: this.lastError?.message ?? null,
      lastErrorAt: this.lastError?.at ?? null,
      sent: this.sender.sentCount,
      failed: this.sender.failedCount,
    };
  }

  async start(): Promise<void> {
    this.deps.engine.events.on('outbox', this.onOutbox);
    this.sender.start();
    // Telegram being unreachable must not keep the rest of the service from starting.
    this.loop = (this.mode === 'polling' ? this.pollLoop() : this.setWebhook()).catch((err) =>
      this.recordError(err, 'telegram loop'),
    );
  }

  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    this.stopping = true;
    this.state = 'stopping';
    this.halt.abort();
    this.wakePause?.();
    await this.loop;
    if (this.inflight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    this.deps.engine.events.off('outbox', this.onOutbox);
    await this.sender.stop();
    this.state = 'stopped';
  }

  mount(app: Hono): void {
    if (!this.target) return;
    const callback = this.bot.webhookCallback(this.target.path, { secretToken: this.secret });
    app.post(this.target.path, async (c) => {
      const env = c.env as HttpBindings | undefined;
      if (!env?.outgoing) return c.text('the webhook needs the Node HTTP server', 500);
      // Telegram retries later; another instance behind the balancer may take it.
      if (this.stopping) return c.text('stopping', 503);
      const res = env.outgoing;
      this.inflight++;
      try {
        await this.webhookResponse.run(res, () =>
          callback(env.incoming, res, () => {
            this.log.warn('webhook request without the right secret token: refused');
            res.writeHead(401, { 'content-type': 'text/plain' }).end('unauthorized');
          }),
        );
      } catch {
        // Already recorded by the bot's error handler.
        if (!res.headersSent) res.writeHead(500).end();
      } finally {
        this.inflight--;
        if (this.inflight === 0) this.idle?.();
      }
      return RESPONSE_ALREADY_SENT;
    });
  }

  private async setWebhook(): Promise<void> {
    const tg = this.bot.telegram;
    for (let failures = 1; !this.stopping; failures++) {
      try {
        this.bot.botInfo ??= await tg.callApi('getMe', {}, this.signal(CALL_TIMEOUT_MS));
        await tg.callApi(
          'setWebhook',
          {
            url: this.target!.url,
            secret_token: this.secret,
            allowed_updates: [...ALLOWED_UPDATES],
            drop_pending_updates: false,
          },
          this.signal(CALL_TIMEOUT_MS),
        );
        this.state = 'webhook';
        this.log.info(`Telegram: @${this.bot.botInfo.username} receives updates at ${this.target!.url}`);
        return;
      } catch (err) {
        this.recordError(err, 'setting the webhook');
        this.state = 'retrying';
        await this.pause(retryDelayMs(err, failures));
      }
    }
  }

  private async pollLoop(): Promise<void> {
    const tg = this.bot.telegram;
    let failures = 0;
    while (!this.stopping) {
      try {
        if (!this.bot.botInfo) {
          const me = await tg.callApi('getMe', {}, this.signal(CALL_TIMEOUT_MS));
          // A webhook left from an earlier run would make getUpdates fail with 409.
          await tg.callApi('deleteWebhook', { drop_pending_updates: false }, this.signal(CALL_TIMEOUT_MS));
          this.bot.botInfo = me;
          this.log.info(`Telegram: @${me.username} is polling for updates`);
        }
        const updates: Update[] = await tg.callApi(
          'getUpdates',
          { offset: this.offset, timeout: this.s.pollTimeoutSeconds, allowed_updates: [...ALLOWED_UPDATES] },
          // A connection that died silently must not hold the loop past the poll's own timeout.
          this.signal(this.s.pollTimeoutSeconds * 1000 + CALL_TIMEOUT_MS),
        );
        this.state = 'polling';
        failures = 0;
        for (const u of updates) {
          // Whatever is left of the batch stays unconfirmed and comes again after a restart.
          if (this.stopping || !(await this.handleOne(u))) break;
          this.offset = Math.max(this.offset, u.update_id + 1);
          this.handledSinceStart++;
        }
      } catch (err) {
        if (this.stopping) break;
        failures++;
        this.recordError(err, 'polling');
        this.state = 'retrying';
        await this.pause(retryDelayMs(err, failures));
      }
    }
    if (this.handledSinceStart > 0) {
      // Confirms everything below the offset, so a restart does not fetch it again.
      await tg
        .callApi('getUpdates', { offset: this.offset, limit: 1, timeout: 0 }, apiSignal(AbortSignal.timeout(5000)))
        .catch((err) => this.log.warn({ err: this.redact(err) }, 'could not confirm the last updates'));
    }
  }

  /** Handles one polled update; false when stopping before it was done (it comes again after a restart). */
  private async handleOne(update: Update): Promise<boolean> {
    let failures = 0;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.bot.handleUpdate(update);
        this.lastUpdateAt = new Date().toISOString();
        return true;
      } catch (err) {
        this.recordError(err, `update ${update.update_id}`);
        // While the database is down her message waits; on a healthy one a
        // message that keeps failing must not hold up everyone else's.
        if (await this.dbOk()) failures++;
        if (failures >= MAX_UPDATE_FAILURES) {
          this.log.error({ updateId: update.update_id }, `update skipped after ${failures} failures`);
          return true;
        }
        if (this.stopping) return false;
        await this.pause(Math.min(30_000, 500 * 2 ** attempt));
        if (this.stopping) return false;
      }
    }
  }

  private signal(timeoutMs: number) {
    return apiSignal(AbortSignal.any([this.halt.signal, AbortSignal.timeout(timeoutMs)]));
  }

  private async dbOk(): Promise<boolean> {
    try {
      await sql`select 1`.execute(this.deps.db);
      return true;
    } catch {
      return false;
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakePause = done;
    });
  }

  private redact(err: unknown): string {
    const msg = err instanceof Error ? err.message : String(err);
    return msg.split(this.s.token).join('[token]');
  }

  private recordError(err: unknown, during: string): void {
    const message = `${during}: ${this.redact(err)}`.slice(0, 300);
    this.lastError = { message, at: new Date().toISOString() };
    this.log.warn(message);
  }
}

export const telegramRuntime: RuntimeFactory = ({ config, db, engine, logger }) => {
  const s = telegramSettings(config);
  return s ? new TelegramRuntime(s, { db, engine, logger }) : null;
};
