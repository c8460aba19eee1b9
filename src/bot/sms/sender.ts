// Delivers outbox messages through the gateway phone. SMS costs the NGO money
// and a SIM that sends in bulk gets blocked by its operator, so: a slow steady
// rate, a daily cap of segments for the phone, a daily limit of segments per
// worker (a loop or a spammer must not empty the credit), and nothing that is
// not a reply to anyone who has not consented. When the gateway is away the
// message waits (deferred, never given up) with a growing pause.
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { Clock } from '../../core/clock.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import { TIME_ZONE, wibDate } from '../../core/time.ts';
import type { Db } from '../../db/connect.ts';
import type { Logger } from '../../logger.ts';
import { type ChannelSender, SendError } from '../../outbox/channel-sender.ts';
import { type Gateway, GatewayError } from './gateway.ts';
import { renderSms } from './render.ts';
import type { GatewayStatus } from './status.ts';

export const CHANNEL = 'sms' as const;

/** Longest pause between two tries while the gateway is away. */
export const OFFLINE_MAX_MS = 5 * 60_000;

/** The first instant of the WIB day that `d` falls in, as ISO UTC. */
export function startOfWibDay(d: Date): string {
  return new Date(`${wibDate(d)}T00:00:00+07:00`).toISOString();
}

/**
 * The id we give the gateway for an outbox row: a resend after a lost answer
 * is the same message. The row's creation time is part of it, because SQLite
 * may give a new row the id of a deleted one, and the gateway keeps old ids.
 */
export function gatewayIdOf(outboxId: number, createdAtIso: string, part = 1): string {
  const base = `upahku-${outboxId}-${Date.parse(createdAtIso).toString(36)}`;
  return part === 1 ? base : `${base}-${part}`;
}

/** The outbox row a gateway id names (any part of it), or null for an id that is not ours. */
export function parseGatewayId(gatewayId: string): { outboxId: number; stamp: string } | null {
  const m = /^upahku-(\d{1,15})-([0-9a-z]{1,12})(?:-\d{1,2})?$/.exec(gatewayId);
  return m ? { outboxId: Number(m[1]), stamp: m[2]! } : null;
}

export interface SmsSenderOptions {
  db: Db;
  clock: Clock;
  gateway: Gateway;
  status: GatewayStatus;
  logger?: Logger;
  /** Messages a minute through the phone. */
  ratePerMinute: number;
  /** Segments a day (WIB) through the phone, all kinds together. */
  dailyCap: number;
  /** Segments a day (WIB) to one worker. */
  workerDailyLimit: number;
  /** First pause when the gateway is unreachable; doubles each time in a row, up to offlineMaxMs. */
  offlineBaseMs?: number;
  offlineMaxMs?: number;
  random?: () => number;
  /** Capped messages start again at this WIB hour the next day. */
  resumeHourWib?: number;
}

export class SmsSender implements ChannelSender {
  readonly channel = CHANNEL;
  readonly ratePerSecond: number;
  readonly perAddressIntervalMs = 2000;
  private failuresInRow = 0;
  private pausedUntil = 0;
  private readonly random: () => number;

  constructor(private readonly o: SmsSenderOptions) {
    this.ratePerSecond = o.ratePerMinute / 60;
    this.random = o.random ?? Math.random;
  }

  async send(msg: OutboundMessage): Promise<{ externalId?: string }> {
    const now = this.o.clock.now();
    const wait = this.pausedUntil - now.getTime();
    if (wait > 0) throw new SendError('defer', 'gateway away: waiting', wait);
    const { parts, segments } = renderSms(msg.text);
    if (!parts.length) throw new SendError('permanent', 'nothing left to send as SMS');
    if (msg.kind !== 'reply') await this.checkMayWriteFirst(msg);
    const today = startOfWibDay(now);
    const [phone, worker] = await Promise.all([this.segmentsSince(today), this.segmentsSince(today, msg.address)]);
    if (worker + segments > this.o.workerDailyLimit) {
      throw new SendError('permanent', `daily limit of ${this.o.workerDailyLimit} SMS segments for her reached`);
    }
    if (phone + segments > this.o.dailyCap) {
      throw new SendError('defer', `daily cap of ${this.o.dailyCap} segments reached`, this.untilTomorrow(now));
    }
    const row = await this.o.db.selectFrom('outbox').select('created_at').where('id', '=', msg.id).executeTakeFirst();
    if (!row) throw new SendError('permanent', 'the message is gone');
    const externalId = gatewayIdOf(msg.id, row.created_at);
    // Each part under its own id of ours: after a lost answer or a failure
    // half-way, trying again never sends a part twice (the gateway says 409).
    for (const [i, part] of parts.entries()) {
      try {
        await this.o.gateway.send({
          id: gatewayIdOf(msg.id, row.created_at, i + 1),
          message: part,
          phoneNumbers: [msg.address],
          withDeliveryReport: true,
        });
      } catch (err) {
        const e = this.classify(err);
        // The gateway already has this id: our earlier try went through and only its answer was lost.
        if (e !== 'accepted') throw e;
      }
    }
    this.failuresInRow = 0;
    this.o.status.set('online', now.toISOString());
    // The segments and the id before any report can come back (a report names the id).
    await this.o.db.updateTable('outbox').set({ segments, external_id: externalId }).where('id', '=', msg.id).execute();
    return { externalId };
  }

  /** Sum of segments handed to the gateway since `fromIso`, for the phone or one address. */
  async segmentsSince(fromIso: string, address?: string): Promise<number> {
    let q = this.o.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.sum<number>('segments').as('n'))
      .where('channel', '=', CHANNEL)
      .where('segments', 'is not', null)
      .where('sent_at', '>=', fromIso);
    if (address !== undefined) q = q.where('address', '=', address);
    const row = await q.executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /**
   * Broadcasts, reminders and notices go only to a worker who consented.
   * BERHENTI stops broadcasts and reminders (the outbox cancels them); a
   * notice such as the answer to her own question still goes.
   */
  private async checkMayWriteFirst(msg: OutboundMessage): Promise<void> {
    const w = await this.o.db
      .selectFrom('channel_identities as ci')
      .innerJoin('workers as w', 'w.id', 'ci.worker_id')
      .select(['w.status'])
      .where('ci.channel', '=', CHANNEL)
      .where('ci.channel_user_id', '=', msg.address)
      .executeTakeFirst();
    if (!w || w.status !== 'active') {
      throw new SendError('permanent', 'not sent by SMS: she has not consented to messages');
    }
  }

  private untilTomorrow(now: Date): number {
    const next = addDays(new TZDate(now.getTime(), TIME_ZONE), 1);
    next.setHours(this.o.resumeHourWib ?? 7, 0, 0, 0);
    return next.getTime() - now.getTime() + Math.round(this.random() * 15 * 60_000);
  }

  private classify(err: unknown): SendError | 'accepted' {
    const nowIso = this.o.clock.now().toISOString();
    const message = err instanceof Error ? err.message : String(err);
    const status = err instanceof GatewayError ? err.status : 0;
    if (status === 409) return 'accepted';
    if (status === 401 || status === 403) {
      this.o.status.set('unauthorized', nowIso, message);
      return this.pause(message, 5 * 60_000);
    }
    if (status === 0 || status >= 500 || status === 429 || status === 408) {
      this.o.status.set('offline', nowIso, message);
      const base = this.o.offlineBaseMs ?? 5000;
      return this.pause(message, Math.min(this.o.offlineMaxMs ?? OFFLINE_MAX_MS, base * 2 ** this.failuresInRow++));
    }
    // 400 and the like: this message can never go (a number the gateway refuses).
    return new SendError('permanent', message);
  }

  /** Holds every message (the phone is one phone): a deferral, so nothing is ever given up. */
  private pause(message: string, ms: number): SendError {
    this.pausedUntil = this.o.clock.now().getTime() + ms;
    this.o.logger?.warn({ pauseMs: ms, err: message }, 'SMS gateway: pausing sending');
    return new SendError('defer', message, ms);
  }

  /** The gateway answered again (health check): waiting messages may go at once. */
  resume(): void {
    this.pausedUntil = 0;
    this.failuresInRow = 0;
  }
}
