// How long a broadcast takes at each channel's rate: 1,000 WhatsApp recipients
// at 3-6 s each is over an hour. The terminal and the web chat deliver only
// when she writes next, so they take no sending time (and are counted apart).
import type { Channel } from '../core/messages.ts';

/** Average time between two broadcast messages on each channel, in ms. */
export type ChannelIntervals = Partial<Record<Channel | string, number>>;

/** Channels that hand a message over only when she writes (no push). */
export const LOCAL_CHANNELS: readonly string[] = ['terminal', 'web'];

export interface RateSettings {
  TELEGRAM_RATE_PER_SECOND?: number;
  WHATSAPP_BROADCAST_MIN_MS?: number;
  WHATSAPP_BROADCAST_MAX_MS?: number;
  /** SMS gateway messages per minute, when an SMS channel is configured. */
  SMS_RATE_PER_MINUTE?: number;
}

/** The intervals the senders keep (src/outbox/sender.ts, src/bot/whatsapp/sender.ts), from the settings. */
export function channelIntervals(c: RateSettings = {}): ChannelIntervals {
  const tgRate = c.TELEGRAM_RATE_PER_SECOND ?? 30;
  const waMin = c.WHATSAPP_BROADCAST_MIN_MS ?? 3000;
  const waMax = c.WHATSAPP_BROADCAST_MAX_MS ?? 6000;
  return {
    telegram: 1000 / tgRate + 1,
    // The jitter is the whole gap between broadcast messages, never less than the 1/s slot.
    whatsapp: Math.max(1001, (waMin + waMax) / 2),
    sms: 60_000 / (c.SMS_RATE_PER_MINUTE ?? 20),
  };
}

/**
 * Time to send `byChannel` messages when channels send side by side: the
 * slowest channel decides. Local channels add nothing.
 */
export function sendDurationMs(byChannel: Record<string, number | null>, intervals: ChannelIntervals): number {
  let longest = 0;
  for (const [channel, n] of Object.entries(byChannel)) {
    if (!n || LOCAL_CHANNELS.includes(channel)) continue;
    longest = Math.max(longest, n * (intervals[channel] ?? 1000));
  }
  return Math.round(longest);
}
