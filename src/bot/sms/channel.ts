// The SMS channel: an Android phone running "SMS Gateway for Android" sends
// and receives for the NGO. At start the service registers its webhook for
// received SMS and for the sent, delivered and failed reports; each received
// SMS becomes one inbound message of the engine (by the event's id, so the
// gateway's retries are handled once); replies and broadcasts go through the
// outbox and the SmsSender; a health check every minute says whether the
// gateway is there.
import { createHash } from 'node:crypto';
import { type Clock, systemClock } from '../../core/clock.ts';
import type { Db } from '../../db/connect.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../logger.ts';
import { OutboxSender, type OutboxSenderOptions } from '../../outbox/sender.ts';
import { applyReport } from './delivery.ts';
import type { Gateway } from './gateway.ts';
import { maskPhone, normalisePhone } from './phone.ts';
import { CHANNEL, OFFLINE_MAX_MS, SmsSender, type SmsSenderOptions, startOfWibDay } from './sender.ts';
import { GatewayStatus } from './status.ts';
import { checkSignature, EVENTS, gatewayTime, isOtherEvent, type WebhookEvent, webhookEvent } from './webhook.ts';

export interface SmsChannelOptions {
  db: Db;
  engine: Engine;
  logger: Logger;
  gateway: Gateway;
  signingKey: string;
  /** The full URL the gateway posts to (this service's /sms/webhook). */
  webhookUrl: string;
  clock?: Clock;
  sender: Pick<SmsSenderOptions, 'ratePerMinute' | 'dailyCap' | 'workerDailyLimit'> &
    Partial<Pick<SmsSenderOptions, 'offlineBaseMs' | 'offlineMaxMs' | 'random'>>;
  outbox?: Omit<OutboxSenderOptions, 'clock' | 'logger'>;
  /** How often to ask the gateway whether it is there (and to retry registering webhooks). */
  healthEveryMs?: number;
}

export interface WebhookAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Webhook ids are ours, one per event: registering again replaces instead of adding. */
const webhookId = (event: string) => `upahku-${event.replace(':', '-')}`;

export class SmsChannel {
  readonly name = 'sms';
  readonly status = new GatewayStatus();
  readonly sender: SmsSender;
  private readonly outbox: OutboxSender;
  private readonly clock: Clock;
  private timer: ReturnType<typeof setInterval> | null = null;
  private checking: Promise<void> = Promise.resolve();
  /** Segments handed to the gateway today, as last counted (for /healthz, which cannot wait on the database). */
  private today = { day: '', segments: 0 };
  private readonly wake = (channel: string) => {
    if (channel === CHANNEL) this.outbox.wake();
  };

  constructor(private readonly o: SmsChannelOptions) {
    this.clock = o.clock ?? systemClock;
    this.sender = new SmsSender({
      db: o.db,
      clock: this.clock,
      gateway: o.gateway,
      status: this.status,
      logger: o.logger,
      ...o.sender,
    });
    // One row per claim, like WhatsApp: a message held by the daily cap never holds replies behind it.
    this.outbox = new OutboxSender(o.db, this.sender, {
      clock: this.clock,
      logger: o.logger,
      batchSize: 1,
      ...o.outbox,
    });
    this.status.onChange((s, was) => {
      o.logger.info({ state: s, was }, 'SMS gateway state');
      if (s === 'online' && was !== 'unknown') {
        this.sender.resume();
        void this.sendWaitingNow().finally(() => this.outbox.wake());
      }
    });
  }

  /**
   * The phone is back: messages that wait only for its next try go now. A
   * try is at most offlineMaxMs away; messages held longer (the daily cap,
   * quiet hours) keep their time.
   */
  private async sendWaitingNow(): Promise<void> {
    const now = this.clock.now();
    const max = this.o.sender.offlineMaxMs ?? OFFLINE_MAX_MS;
    try {
      await this.o.db
        .updateTable('outbox')
        .set({ not_before: now.toISOString() })
        .where('channel', '=', CHANNEL)
        .where('status', '=', 'pending')
        .where('not_before', '>', now.toISOString())
        .where('not_before', '<=', new Date(now.getTime() + max).toISOString())
        .execute();
    } catch (err) {
      this.o.logger.error({ err }, 'SMS: could not bring waiting messages forward');
    }
  }

  health(): Record<string, unknown> {
    return {
      state: this.status.state,
      since: this.status.since,
      webhooksRegistered: this.status.webhooks,
      lastError: this.status.lastError,
      segmentsToday: this.today.segments,
      dailyCap: this.o.sender.dailyCap,
    };
  }

  async start(): Promise<void> {
    this.o.engine.events.on('outbox', this.wake);
    this.outbox.start();
    await this.check();
    this.timer = setInterval(() => void this.check(), this.o.healthEveryMs ?? 60_000);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    this.o.engine.events.off('outbox', this.wake);
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checking;
    await this.outbox.stop();
  }

  /** Asks the gateway whether it is there, registers the webhooks until that has worked once, counts today's segments. */
  check(): Promise<void> {
    this.checking = this.checking.then(async () => {
      const nowIso = this.clock.now().toISOString();
      try {
        // A server without /health (some cloud or private setups) answers 404: the webhooks list says it is there.
        const h = await this.o.gateway.getHealth().catch(async (err: unknown) => {
          if ((err as { status?: number }).status !== 404) throw err;
          await this.o.gateway.getWebhooks();
          return null;
        });
        this.status.set(
          h?.status === 'fail' ? 'offline' : 'online',
          nowIso,
          h?.status === 'fail' ? 'gateway health: fail' : undefined,
        );
        if (!this.status.webhooks) await this.registerWebhooks();
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const status = (err as { status?: number }).status;
        this.status.set(status === 401 || status === 403 ? 'unauthorized' : 'offline', nowIso, message);
        this.o.logger.warn({ err: message }, 'SMS gateway not available');
      }
      try {
        const day = startOfWibDay(this.clock.now());
        this.today = { day, segments: await this.sender.segmentsSince(day) };
      } catch {}
    });
    return this.checking;
  }

  /** One webhook per event, under our own ids: the same registration again replaces it. */
  async registerWebhooks(): Promise<void> {
    const existing = await this.o.gateway.getWebhooks();
    for (const event of EVENTS) {
      const id = webhookId(event);
      if (existing?.some((w) => w.id === id && w.url === this.o.webhookUrl && w.event === event)) continue;
      await this.o.gateway.registerWebhook({ id, url: this.o.webhookUrl, event: event as never });
    }
    this.status.webhooks = true;
    this.o.logger.info({ url: this.o.webhookUrl }, 'SMS gateway webhooks registered');
  }

  /**
   * One request from the gateway. 2xx means "done, do not send it again";
   * anything else makes the gateway retry later (its backoff, up to two days).
   */
  async handleWebhook(
    rawBody: string,
    headers: { signature?: string | null; timestamp?: string | null },
  ): Promise<WebhookAnswer> {
    const now = this.clock.now();
    const check = checkSignature(this.o.signingKey, rawBody, headers, now.getTime());
    if (check !== 'ok') {
      this.o.logger.warn({ check }, 'SMS webhook refused');
      return { status: 401, body: { error: check } };
    }
    let event: WebhookEvent;
    try {
      const json: unknown = JSON.parse(rawBody);
      // A kind of event this service does not use: 200, or the phone would retry it for two days.
      if (isOtherEvent(json)) return { status: 200, body: { ignored: true } };
      const parsed = webhookEvent.safeParse(json);
      if (!parsed.success) return { status: 400, body: { error: 'not an event of the gateway' } };
      event = parsed.data;
    } catch {
      return { status: 400, body: { error: 'not JSON' } };
    }
    try {
      await this.onEvent(event, now);
    } catch (err) {
      // A busy database: the gateway sends it again, and the event id keeps it once.
      this.o.logger.error({ err, event: event.event }, 'SMS webhook not handled');
      return { status: 503, body: { error: 'try again' } };
    }
    return { status: 200, body: { ok: true } };
  }

  private async onEvent(e: WebhookEvent, now: Date): Promise<void> {
    const at = (s: string | undefined) => (gatewayTime(s) ?? now).toISOString();
    switch (e.event) {
      case 'sms:received': {
        const phone = normalisePhone(e.payload.phoneNumber);
        if (!phone) {
          // A short code or an operator's notice: no one to answer.
          this.o.logger.info('SMS from something that is not a phone number: ignored');
          return;
        }
        this.status.set('online', now.toISOString());
        await this.o.engine.handle({
          channel: CHANNEL,
          channelUserId: phone,
          externalId: eventKey(e.id ?? '', phone, e.payload.receivedAt, e.payload.message),
          text: e.payload.message,
          receivedAt: gatewayTime(e.payload.receivedAt) ?? now,
        });
        return;
      }
      case 'sms:sent':
        await applyReport(this.o.db, { kind: 'sent', messageId: e.payload.messageId, at: at(e.payload.sentAt) });
        return;
      case 'sms:delivered':
        await applyReport(this.o.db, {
          kind: 'delivered',
          messageId: e.payload.messageId,
          at: at(e.payload.deliveredAt),
        });
        return;
      case 'sms:failed': {
        const reason = e.payload.reason ?? e.payload.error ?? 'no reason given';
        const id = await applyReport(this.o.db, {
          kind: 'failed',
          messageId: e.payload.messageId,
          at: at(e.payload.failedAt),
          reason,
        });
        const to = e.payload.phoneNumber ? normalisePhone(e.payload.phoneNumber) : null;
        this.o.logger.warn({ outboxId: id, to: to ? maskPhone(to) : null, reason }, 'SMS not delivered');
        return;
      }
      case 'system:ping':
        this.status.set('online', now.toISOString());
        return;
    }
  }
}

/**
 * The dedupe key of a received SMS: the event's id, which the gateway keeps
 * across its retries. (The payload's messageId is made from the text and is
 * not unique: two "1" replies would be one.) Hashed with the sender so that
 * no phone number is kept in the key.
 */
function eventKey(eventId: string, phone: string, receivedAt: string | undefined, text: string): string {
  return `ev:${createHash('sha256')
    .update(`${eventId}\u0000${phone}\u0000${receivedAt ?? ''}\u0000${text}`)
    .digest('hex')
    .slice(0, 40)}`;
}
