// Delivers outbox messages over WhatsApp with the care that keeps the number
// from being banned: never the first word to someone who has not written, a
// random pause before every broadcast or reminder, a daily cap on messages
// that are not replies, and a growing pause after WhatsApp says "too fast".
// Replies go first: the outbox orders by priority.
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { Clock } from '../../core/clock.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import { TIME_ZONE, wibDate } from '../../core/time.ts';
import type { Db } from '../../db/connect.ts';
import type { Logger } from '../../logger.ts';
import { type ChannelSender, SendError } from '../../outbox/channel-sender.ts';
import { slotIntervalMs } from '../../outbox/sender.ts';
import { CHANNEL, mayWriteFirst } from './identities.ts';
import type { WaSocket } from './socket.ts';

export interface WhatsAppSenderOptions {
  db: Db;
  clock: Clock;
  /** The open socket, or null while not connected. */
  socket: () => WaSocket | null;
  broadcastMinMs: number;
  broadcastMaxMs: number;
  dailyCap: number;
  random?: () => number;
  logger?: Logger;
  /** First pause after a rate-limit error; it doubles on each one in a row. */
  rateLimitPauseMs?: number;
  rateLimitPauseMaxMs?: number;
  /** Deferred messages start again at this WIB hour the next day, not at midnight. */
  resumeHourWib?: number;
  /** Forgets the keys of erased contacts (after the goodbye to one of them). */
  forget?: () => Promise<unknown>;
}

/** Messages that answer her come first and are never capped; everything else starts a conversation. */
export const isReply = (m: Pick<OutboundMessage, 'kind'>): boolean => m.kind === 'reply';

/** The first instant of the WIB day that `d` falls in, as ISO UTC. */
export function startOfWibDay(d: Date): string {
  return new Date(`${wibDate(d)}T00:00:00+07:00`).toISOString();
}

export class WhatsAppSender implements ChannelSender {
  readonly channel = CHANNEL;
  // Reported: 429s from about 3 messages a second. Stay well below.
  readonly ratePerSecond = 1;
  readonly perAddressIntervalMs = 1000;
  private readonly random: () => number;
  private rateLimits = 0;
  /** Non-reply messages sent today (WIB), as last counted. */
  private today = { day: '', sent: 0 };
  /** WhatsApp's own hold on new conversations ("reachout timelock"), until this instant. */
  private heldUntil = 0;
  /** No sending at all until this instant, after WhatsApp said "too fast". */
  private pausedUntil = 0;

  constructor(private readonly o: WhatsAppSenderOptions) {
    this.random = o.random ?? Math.random;
  }

  /** What /healthz and the admin page show. */
  stats(): { sentToday: number; dailyCap: number; capReached: boolean } {
    const day = wibDate(this.o.clock.now());
    const sent = this.today.day === day ? this.today.sent : 0;
    return { sentToday: sent, dailyCap: this.o.dailyCap, capReached: sent >= this.o.dailyCap };
  }

  /** WhatsApp said it holds new conversations until then (connection.update reachoutTimeLock). */
  holdUntil(until: Date | null): void {
    this.heldUntil = until ? until.getTime() : 0;
  }

  delayBefore(msg: OutboundMessage): number {
    // No pause for what will be deferred anyway: it would only hold up replies behind it.
    const now = this.o.clock.now().getTime();
    if (isReply(msg) || this.stats().capReached || this.heldUntil > now || this.pausedUntil > now) return 0;
    const { broadcastMinMs: min, broadcastMaxMs: max } = this.o;
    // The outbox already keeps the rate interval after the previous message: the jitter is the whole gap.
    return Math.max(0, Math.round(min + this.random() * (max - min)) - slotIntervalMs(this.ratePerSecond));
  }

  async send(msg: OutboundMessage): Promise<{ externalId?: string }> {
    const sock = this.o.socket();
    if (!sock) throw new SendError('defer', 'WhatsApp is not connected', 30_000);
    // Pauses are deferrals, not sleeps: the outbox sender stays free to stop at once.
    const wait = this.pausedUntil - this.o.clock.now().getTime();
    if (wait > 0) throw new SendError('defer', 'paused after a rate limit', wait);
    if (!isReply(msg)) await this.checkMayStart(msg);
    let res: Awaited<ReturnType<WaSocket['sendMessage']>>;
    try {
      // No link previews: fetching them costs time here and data on a basic phone.
      res = await sock.sendMessage(msg.address, { text: msg.text, linkPreview: null });
    } catch (err) {
      throw this.classify(err);
    }
    this.rateLimits = 0;
    if (!isReply(msg)) this.today.sent++;
    return { externalId: res?.key?.id ?? undefined };
  }

  /** The goodbye after HAPUS is done: her keys may go now. */
  async afterEphemeral(): Promise<void> {
    await this.o.forget?.();
  }

  private async checkMayStart(msg: OutboundMessage): Promise<void> {
    const may = await mayWriteFirst(this.o.db, msg.address);
    if (!may.ok) throw new SendError('permanent', `not sent on WhatsApp: ${may.reason}`);
    const now = this.o.clock.now();
    if (this.heldUntil > now.getTime()) {
      throw new SendError('defer', 'WhatsApp holds new messages for now', this.heldUntil - now.getTime());
    }
    const sent = await this.countToday(now);
    if (sent >= this.o.dailyCap) {
      throw new SendError('defer', `daily cap of ${this.o.dailyCap} reached`, this.untilTomorrow(now));
    }
  }

  private async countToday(now: Date): Promise<number> {
    const row = await this.o.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('channel', '=', CHANNEL)
      .where('status', '=', 'sent')
      .where('kind', '!=', 'reply')
      .where('sent_at', '>=', startOfWibDay(now))
      .executeTakeFirst();
    this.today = { day: wibDate(now), sent: Number(row?.n ?? 0) };
    return this.today.sent;
  }

  /** Until the next WIB morning, spread over a quarter of an hour so the queue does not start in one burst. */
  private untilTomorrow(now: Date): number {
    const wib = new TZDate(now.getTime(), TIME_ZONE);
    const next = addDays(wib, 1);
    next.setHours(this.o.resumeHourWib ?? 7, 0, 0, 0);
    return next.getTime() - now.getTime() + Math.round(this.random() * 15 * 60_000);
  }

  private classify(err: unknown): SendError {
    const e = err as { message?: string; output?: { statusCode?: number }; data?: unknown };
    const message = e?.message ?? String(err);
    const code = e?.output?.statusCode ?? (typeof e?.data === 'number' ? e.data : undefined);
    if (code === 429 || /rate.?overlimit|rate.?limit|too many/i.test(message)) {
      // Stop the whole number for a while, longer each time it happens in a row.
      const base = this.o.rateLimitPauseMs ?? 60_000;
      const pause = Math.min(this.o.rateLimitPauseMaxMs ?? 30 * 60_000, base * 2 ** this.rateLimits++);
      this.pausedUntil = this.o.clock.now().getTime() + pause;
      this.o.logger?.warn({ pauseMs: pause }, 'WhatsApp rate limit: pausing all sending');
      return new SendError('defer', `rate limited: ${message}`, pause);
    }
    if (code === 428 || code === 408 || /connection (closed|lost)|timed out/i.test(message)) {
      return new SendError('defer', `connection: ${message}`, 15_000);
    }
    return new SendError('retry', message);
  }
}
