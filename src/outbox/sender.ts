// Sends what the outbox holds for one channel: claims due rows, keeps the
// channel's rate limits, records the platform id or the error, retries with
// backoff, and gives up after a limit with the reason kept.
//
// A row's life here: 'pending' -> claimed ('sending', claimed_by this sender,
// its claim renewed by a heartbeat while the process lives) -> in flight
// ('sending' with sent_at set: handed to the platform, no longer withdrawn by a
// cancel) -> 'sent', or back to 'pending' to retry, or 'failed'. A row becomes
// in flight only by one conditional update made at the moment of sending (still
// ours, still 'sending', its broadcast not cancelled, she has not said BERHENTI),
// and every later update is conditional on the row still being ours: a cancel
// made while a message waits for its slot is never undone.
import { randomUUID } from 'node:crypto';
import { markBroadcastsDone } from '../broadcast/broadcasts.ts';
import type { Clock } from '../core/clock.ts';
import { systemClock } from '../core/clock.ts';
import { quietUntil } from '../core/quiet-hours.ts';
import { WakeableLoop } from '../core/wakeable-loop.ts';
import type { Db } from '../db/connect.ts';
import { scrubAfterErasure } from '../db/erase.ts';
import { toOutbound } from '../db/outbox.ts';
import type { ReasonCode } from '../db/reasons.ts';
import type { OutboxRow } from '../db/schema.ts';
import type { Logger } from '../logger.ts';
import { type ChannelSender, SendError } from './channel-sender.ts';
import { claimDue, renewClaims } from './claim.ts';

/** Messages she did not ask for: BERHENTI stops them, even when already queued. */
const UNASKED = new Set(['broadcast', 'reminder']);

export interface OutboxSenderOptions {
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
  logger?: Logger;
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  batchSize?: number;
  /**
   * Claimed rows whose claim has not been renewed for this long belong to a
   * dead process (kill -9, a lost machine): another sender takes them over.
   */
  claimTimeoutMs?: number;
  /** How often a sender renews the claims it holds (default: a third of claimTimeoutMs). */
  heartbeatMs?: number;
  /** How often to look for due rows when nothing woke the sender. */
  idlePollMs?: number;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** OUTBOX_CLAIM_TIMEOUT_MS's default: a dead process's messages go out from another within about 15 s. */
export const DEFAULT_CLAIM_TIMEOUT_MS = 15_000;

/**
 * Time from one send of a channel to its next. The clock reads whole
 * milliseconds: one more than 1000/rate keeps any one second at or under the
 * limit however the readings fall.
 */
export function slotIntervalMs(ratePerSecond: number): number {
  return 1000 / ratePerSecond + 1;
}

export class OutboxSender {
  readonly claimer = `sender-${randomUUID().slice(0, 8)}`;
  private readonly clock: Clock;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly o: Required<Omit<OutboxSenderOptions, 'clock' | 'sleep' | 'logger'>>;
  private nextSlot = 0;
  private pausedUntil = 0;
  private readonly lastToAddress = new Map<string, number>();
  private readonly loop: WakeableLoop;
  /** Clock time of the last renewal of this sender's claims. */
  private lastBeat = 0;
  private beating: Promise<void> | null = null;
  sentCount = 0;
  failedCount = 0;
  deferredCount = 0;

  constructor(
    private readonly db: Db,
    private readonly channel: ChannelSender,
    private readonly opts: OutboxSenderOptions = {},
  ) {
    this.clock = opts.clock ?? systemClock;
    this.sleep = opts.sleep ?? realSleep;
    this.o = {
      maxAttempts: opts.maxAttempts ?? 8,
      backoffBaseMs: opts.backoffBaseMs ?? 2000,
      backoffMaxMs: opts.backoffMaxMs ?? 3_600_000,
      batchSize: opts.batchSize ?? 50,
      claimTimeoutMs: opts.claimTimeoutMs ?? DEFAULT_CLAIM_TIMEOUT_MS,
      heartbeatMs: opts.heartbeatMs ?? Math.max(1, Math.floor((opts.claimTimeoutMs ?? DEFAULT_CLAIM_TIMEOUT_MS) / 3)),
      idlePollMs: opts.idlePollMs ?? 1000,
    };
    this.loop = new WakeableLoop({
      pass: () => this.runOnce(),
      idleMs: this.o.idlePollMs,
      onError: (err) => this.opts.logger?.error({ err }, 'outbox sender'),
    });
  }

  /** Claims and sends one batch; returns how many rows it handled. */
  async runOnce(): Promise<number> {
    const rows = await claimDue(this.db, {
      channel: this.channel.channel,
      claimer: this.claimer,
      nowIso: this.clock.now().toISOString(),
      limit: this.o.batchSize,
      claimTimeoutMs: this.o.claimTimeoutMs,
    });
    if (!rows.length) return 0;
    // The heartbeat: while this batch is in hand its claims are renewed, also
    // when a send or a wait for a slot takes far longer than the claim timeout.
    this.lastBeat = this.clock.now().getTime();
    const timer = setInterval(() => void this.beat(), this.o.heartbeatMs);
    try {
      for (let i = 0; i < rows.length; i++) {
        if (this.loop.stopping) {
          await this.release(rows.slice(i));
          break;
        }
        await this.sendOne(rows[i]!);
      }
    } finally {
      clearInterval(timer);
      await this.beating;
    }
    // A broadcast with nothing left to push is recorded as done here, not by whoever reads its figures.
    const broadcasts = [...new Set(rows.map((r) => r.broadcast_id).filter((id): id is number => id !== null))];
    await markBroadcastsDone(this.db, broadcasts, this.clock.now());
    return rows.length;
  }

  /** Renews this sender's claims (one renewal at a time). */
  private beat(): Promise<void> {
    if (!this.beating) {
      this.lastBeat = this.clock.now().getTime();
      this.beating = renewClaims(this.db, this.claimer, this.clock.now().toISOString())
        .then(
          () => undefined,
          (err: unknown) => this.opts.logger?.error({ err }, 'outbox sender: renewing claims failed'),
        )
        .finally(() => {
          this.beating = null;
        });
    }
    return this.beating;
  }

  /** Renews now when the clock passed a heartbeat (a long wait on a test's clock, or a timer held up). */
  private async beatIfDue(): Promise<void> {
    if (this.clock.now().getTime() - this.lastBeat >= this.o.heartbeatMs) await this.beat();
  }

  private async release(rows: OutboxRow[]): Promise<void> {
    if (!rows.length) return;
    await this.db
      .updateTable('outbox')
      .set({ status: 'pending', claimed_by: null, claimed_at: null })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .where('claimed_by', '=', this.claimer)
      .execute();
  }

  private async waitForSlot(row: OutboxRow): Promise<void> {
    const now = this.clock.now().getTime();
    const last = this.lastToAddress.get(row.address);
    const extra = this.channel.delayBefore?.(toOutbound(row)) ?? 0;
    const at =
      Math.max(
        now,
        this.nextSlot,
        this.pausedUntil,
        last === undefined ? 0 : last + this.channel.perAddressIntervalMs,
      ) + extra;
    if (at > now) await this.sleep(at - now);
  }

  /**
   * Takes the slot at the moment of sending, so that time spent between the
   * wait and the send never lets the next one come early.
   */
  private takeSlot(row: OutboxRow): void {
    const sentAt = this.clock.now().getTime();
    this.nextSlot = sentAt + slotIntervalMs(this.channel.ratePerSecond);
    this.lastToAddress.set(row.address, sentAt);
    if (this.lastToAddress.size > 10_000) this.lastToAddress.clear();
  }

  /**
   * Whether the row is still this sender's to send. When it is not because
   * its broadcast was cancelled or she said BERHENTI, the row is cancelled
   * with the reason.
   */
  private async stillToSend(row: OutboxRow): Promise<boolean> {
    const current = await this.db
      .selectFrom('outbox as o')
      .leftJoin('workers as w', 'w.id', 'o.worker_id')
      .leftJoin('broadcasts as b', 'b.id', 'o.broadcast_id')
      .select(['o.status', 'o.claimed_by', 'w.opted_out', 'b.status as broadcast_status'])
      .where('o.id', '=', row.id)
      .executeTakeFirst();
    if (!current || current.status !== 'sending' || current.claimed_by !== this.claimer) return false;
    const [reason, code]: [string, ReasonCode] | [null, null] =
      current.broadcast_status === 'cancelled'
        ? ['broadcast cancelled', 'cancelled']
        : current.opted_out === 1 && UNASKED.has(row.kind)
          ? ['opted out before it was sent', 'opted_out']
          : [null, null];
    if (!reason) return true;
    await this.db
      .updateTable('outbox')
      .set({ status: 'cancelled', last_error: reason, reason_code: code, claimed_by: null, sent_at: null })
      .where('id', '=', row.id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', this.claimer)
      .execute();
    return false;
  }

  /**
   * The moment of sending: one conditional update marks the row in flight
   * (sent_at) only while it is still ours, still 'sending', its broadcast not
   * cancelled and, for what she did not ask for, she has not said BERHENTI.
   * A cancel that came first wins; one that comes after leaves it alone.
   */
  private async beginSend(row: OutboxRow): Promise<boolean> {
    const nowIso = this.clock.now().toISOString();
    let q = this.db
      .updateTable('outbox')
      .set({ sent_at: nowIso, claimed_at: nowIso })
      .where('id', '=', row.id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', this.claimer);
    if (row.broadcast_id !== null) {
      q = q.where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('broadcasts as b')
              .select('b.id')
              .whereRef('b.id', '=', 'outbox.broadcast_id')
              .where('b.status', '=', 'cancelled'),
          ),
        ),
      );
    }
    if (row.worker_id !== null && UNASKED.has(row.kind)) {
      q = q.where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('workers as w')
              .select('w.id')
              .whereRef('w.id', '=', 'outbox.worker_id')
              .where('w.opted_out', '=', 1),
          ),
        ),
      );
    }
    const res = await q.executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  private async sendOne(row: OutboxRow): Promise<void> {
    const quiet = quietUntil(this.clock.now(), row.quiet_hours);
    if (quiet) {
      await this.deferQuiet(row, quiet);
      return;
    }
    // The row as it is now: a broadcast may have been cancelled, or she said
    // BERHENTI, since the batch was claimed. (Checked again when it is sent.)
    if (!(await this.stillToSend(row))) return;
    const unreachable = await this.db
      .selectFrom('channel_identities')
      .select('id')
      .where('channel', '=', row.channel)
      .where('channel_user_id', '=', row.address)
      .where('unreachable', '=', 1)
      .executeTakeFirst();
    if (unreachable) {
      await this.fail(row, 'unreachable: she blocked the bot or left the platform', 'unreachable');
      return;
    }
    await this.waitForSlot(row);
    await this.beatIfDue();
    const quietAfterWait = quietUntil(this.clock.now(), row.quiet_hours);
    if (quietAfterWait) {
      await this.deferQuiet(row, quietAfterWait);
      return;
    }
    // The wait may have been long (a 429 pause, WhatsApp's spacing): cancelled meanwhile, nothing goes.
    if (!(await this.beginSend(row))) {
      await this.stillToSend(row);
      return;
    }
    try {
      this.takeSlot(row);
      const { externalId } = await this.channel.send(toOutbound(row));
      const nowIso = this.clock.now().toISOString();
      if (row.ephemeral === 1) {
        await this.db.deleteFrom('outbox').where('id', '=', row.id).execute();
        await this.afterEphemeral(row, 'sent');
      } else {
        await this.recordSent(row, nowIso, externalId ?? null);
      }
      this.sentCount++;
    } catch (err) {
      const e =
        err instanceof SendError ? err : new SendError('retry', err instanceof Error ? err.message : String(err));
      await this.handleError(row, e);
    }
  }

  /** Marks the row sent, only while it is still ours (never over a cancel or another sender's claim). */
  private async recordSent(row: OutboxRow, nowIso: string, externalId: string | null): Promise<void> {
    const sent = {
      status: 'sent' as const,
      sent_at: nowIso,
      external_id: externalId,
      attempts: row.attempts + 1,
      last_error: null,
      claimed_by: this.claimer,
    };
    const mine = await this.db
      .updateTable('outbox')
      .set(sent)
      .where('id', '=', row.id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', this.claimer)
      .executeTakeFirst();
    if (Number(mine.numUpdatedRows) === 1) return;
    // Our claim ran out during the send (the process stalled past the claim
    // timeout) and another sender took the row: unless it has begun sending
    // it too, record it as sent so that it does not go twice.
    const taken = await this.db
      .updateTable('outbox')
      .set(sent)
      .where('id', '=', row.id)
      .where((eb) =>
        eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('sent_at', 'is', null)])]),
      )
      .executeTakeFirst();
    this.opts.logger?.warn(
      { outboxId: row.id, recorded: Number(taken.numUpdatedRows) === 1 },
      'sent a message whose claim had run out',
    );
  }

  /**
   * Quiet hours began: this row and every other waiting row with the same
   * quiet hours on this channel move to the end of the window, in one update.
   */
  private async deferQuiet(row: OutboxRow, until: Date): Promise<void> {
    const untilIso = until.toISOString();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('outbox')
        .set({ status: 'pending', claimed_by: null, claimed_at: null, not_before: untilIso })
        .where('id', '=', row.id)
        .where('claimed_by', '=', this.claimer)
        .execute();
      await trx
        .updateTable('outbox')
        .set({ not_before: untilIso })
        .where('channel', '=', row.channel)
        .where('status', '=', 'pending')
        .where('quiet_hours', '=', row.quiet_hours)
        .where('not_before', '<', untilIso)
        .execute();
    });
    this.deferredCount++;
  }

  private async handleError(row: OutboxRow, e: SendError): Promise<void> {
    const now = this.clock.now().getTime();
    if (e.kind === 'defer') {
      this.opts.logger?.debug({ outboxId: row.id, reason: e.message }, 'send deferred');
      await this.db
        .updateTable('outbox')
        .set({
          status: 'pending',
          not_before: new Date(now + (e.retryAfterMs ?? this.o.backoffBaseMs)).toISOString(),
          claimed_by: null,
          claimed_at: null,
          sent_at: null,
        })
        .where('id', '=', row.id)
        .where('status', '=', 'sending')
        .where('claimed_by', '=', this.claimer)
        .execute();
      return;
    }
    this.opts.logger?.warn({ outboxId: row.id, kind: e.kind, err: e.message }, 'send failed');
    if (e.kind === 'unreachable') {
      await this.db
        .updateTable('channel_identities')
        .set({ unreachable: 1 })
        .where('channel', '=', row.channel)
        .where('channel_user_id', '=', row.address)
        .execute();
      await this.fail(row, `unreachable: ${e.message}`, 'unreachable');
      return;
    }
    const attempts = row.attempts + 1;
    if (e.kind === 'permanent' || attempts >= this.o.maxAttempts) {
      await this.fail(
        row,
        `${e.kind === 'permanent' ? 'rejected' : `gave up after ${attempts} attempts`}: ${e.message}`,
        e.kind === 'permanent' ? 'rejected' : 'gave_up',
      );
      return;
    }
    const backoff = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (attempts - 1));
    const wait = e.retryAfterMs ?? backoff;
    if (e.pauseChannel || e.retryAfterMs !== undefined) this.pausedUntil = Math.max(this.pausedUntil, now + wait);
    await this.db
      .updateTable('outbox')
      .set({
        status: 'pending',
        attempts,
        last_error: e.message.slice(0, 500),
        not_before: new Date(now + wait).toISOString(),
        claimed_by: null,
        claimed_at: null,
        sent_at: null,
      })
      .where('id', '=', row.id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', this.claimer)
      .execute();
  }

  private async fail(row: OutboxRow, reason: string, code: ReasonCode): Promise<void> {
    this.failedCount++;
    if (row.ephemeral === 1) {
      await this.db.deleteFrom('outbox').where('id', '=', row.id).execute();
      await this.afterEphemeral(row, 'failed');
      return;
    }
    await this.db
      .updateTable('outbox')
      .set({
        status: 'failed',
        attempts: row.attempts + 1,
        last_error: reason.slice(0, 500),
        reason_code: code,
        claimed_by: null,
        sent_at: null,
      })
      .where('id', '=', row.id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', this.claimer)
      .execute();
  }

  private async afterEphemeral(row: OutboxRow, outcome: 'sent' | 'failed'): Promise<void> {
    try {
      await this.channel.afterEphemeral?.(toOutbound(row), outcome);
      // The goodbye after HAPUS named her address: once gone, nothing of it stays on disk.
      await scrubAfterErasure(this.db);
    } catch (err) {
      this.opts.logger?.error({ err, outboxId: row.id }, 'forgetting after an ephemeral message failed');
    }
  }

  /** Runs until stop(): sends what is due, then waits to be woken or for the poll interval. */
  start(): void {
    this.loop.start();
  }

  wake(): void {
    this.loop.wake();
  }

  /** Finishes the message in hand, puts the rest of the batch back, and stops. */
  async stop(): Promise<void> {
    await this.loop.stop();
  }
}
