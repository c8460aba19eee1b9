// What a channel adapter gives the outbox sender: one way to deliver one message.
import type { Channel, OutboundMessage } from '../core/messages.ts';

export interface ChannelSender {
  channel: Channel;
  /** Messages per second across all chats of this channel (e.g. 30 on Telegram). */
  ratePerSecond: number;
  /** Least time between two messages to the same chat (e.g. 1000 ms on Telegram). */
  perAddressIntervalMs: number;
  /** Delivers one message; resolves with the platform's message id, or throws SendError. */
  send(msg: OutboundMessage): Promise<{ externalId?: string }>;
  /** Extra wait before this message, in ms (WhatsApp spaces broadcasts with jitter). */
  delayBefore?(msg: OutboundMessage): number;
  /**
   * An ephemeral message (the goodbye after HAPUS) was sent or finally given
   * up, and its row is gone: forget what the channel kept to reach her
   * (WhatsApp's signal keys). Errors are logged, never retried from here.
   */
  afterEphemeral?(msg: OutboundMessage, outcome: 'sent' | 'failed'): Promise<void>;
}

export type SendErrorKind =
  /** Try again later (network error, 429, 5xx). */
  | 'retry'
  /** The person cannot be reached (blocked the bot, deleted account): stop writing to her. */
  | 'unreachable'
  /** This message can never be sent (bad request). */
  | 'permanent'
  /** Not now, nothing went wrong (a daily cap): send at retryAfterMs; no attempt counted, channel not paused. */
  | 'defer';

export class SendError extends Error {
  constructor(
    readonly kind: SendErrorKind,
    message: string,
    /** When the platform said how long to wait (Telegram retry_after). */
    readonly retryAfterMs?: number,
    /** The wait applies to the whole channel, not only this chat. */
    readonly pauseChannel = false,
  ) {
    super(message);
  }
}
