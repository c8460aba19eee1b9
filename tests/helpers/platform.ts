// A recording ChannelSender: the platform the outbox sends to in tests.
import type { Clock } from '../../src/core/clock.ts';
import type { Channel, OutboundMessage } from '../../src/core/messages.ts';
import type { Db } from '../../src/db/connect.ts';
import type { ChannelSender } from '../../src/outbox/channel-sender.ts';
import type { OutboxSender } from '../../src/outbox/sender.ts';

export interface Delivered {
  address: string;
  text: string;
  kind: string;
  at: number;
}

export function recordingPlatform(
  clock: Clock,
  opts: {
    channel?: Channel;
    ratePerSecond?: number;
    perAddressIntervalMs?: number;
    /** Runs before a message is accepted; may throw a SendError or never return. */
    before?: (m: OutboundMessage, n: number) => Promise<void> | void;
    /** Runs after the platform accepted it (the message is out, whatever happens next). */
    after?: (m: OutboundMessage, n: number) => Promise<void> | void;
  } = {},
) {
  const got: Delivered[] = [];
  const sender: ChannelSender = {
    channel: opts.channel ?? 'telegram',
    ratePerSecond: opts.ratePerSecond ?? 30,
    perAddressIntervalMs: opts.perAddressIntervalMs ?? 1000,
    async send(m) {
      await opts.before?.(m, got.length);
      got.push({ address: m.address, text: m.text, kind: m.kind, at: clock.now().getTime() });
      await opts.after?.(m, got.length);
      return { externalId: `p${got.length}` };
    },
  };
  return { got, sender };
}

/**
 * Runs a sender on a fake clock until nothing is left to send: when nothing is
 * due, the clock jumps to the next due row or to the end of a dead claimer's lease.
 */
export async function drain(
  db: Db,
  s: OutboxSender,
  clock: Clock & { set(d: Date | string): void; advance(ms: number): void },
  leaseMs = 120_000,
  maxRounds = 100_000,
): Promise<void> {
  for (let i = 0; i < maxRounds; i++) {
    if ((await s.runOnce()) > 0) continue;
    const next = await db
      .selectFrom('outbox')
      .select((eb) => [eb.fn.min('not_before').as('due'), eb.fn.min('claimed_at').as('claimed')])
      .where('status', 'in', ['pending', 'sending'])
      .executeTakeFirst();
    const now = clock.now().getTime();
    const times = [
      next?.due ? new Date(next.due).getTime() : null,
      next?.claimed ? new Date(next.claimed).getTime() + leaseMs + 1 : null,
    ].filter((t): t is number => t !== null);
    if (!times.length) return;
    const t = Math.min(...times);
    clock.set(new Date(Math.max(t, now + 1000)));
  }
  throw new Error('drain: still sending after maxRounds');
}
