// Drives the real engine on a real database, as a worker on a local channel.

import { createEngine } from '../../src/app/engine.ts';
import type { Clock } from '../../src/core/clock.ts';
import type { Channel } from '../../src/core/messages.ts';
import type { Db } from '../../src/db/connect.ts';
import { takeForAddress } from '../../src/db/outbox.ts';
import type { Engine } from '../../src/engine/engine.ts';

let seq = 0;

export class Phone {
  readonly engine: Engine;
  constructor(
    readonly db: Db,
    readonly user = 'tester',
    readonly channel: Channel = 'terminal',
    opts: { clock?: Clock; engine?: Engine } = {},
  ) {
    this.engine = opts.engine ?? createEngine(db, { clock: opts.clock });
    this.clock = opts.clock;
  }
  private readonly clock: Clock | undefined;

  /** Sends one message and returns the bot's replies, joined by blank lines. */
  async send(text: string, externalId = `m${++seq}-${Date.now()}`): Promise<string> {
    await this.engine.handle({
      channel: this.channel,
      channelUserId: this.user,
      externalId,
      text,
      // On her clock when the test has one, as a platform stamps when she sent it.
      receivedAt: this.clock ? this.clock.now() : new Date(),
    });
    // Everything queued for her, whatever the test's clock says (a conversation may be set years from today).
    const at = Math.max(Date.now(), this.clock ? this.clock.now().getTime() : 0);
    const out = await takeForAddress(this.db, this.channel, this.user, new Date(at + 365 * 864e5).toISOString());
    return out.map((m) => m.text).join('\n\n');
  }

  /** Onboards in Indonesian with research consent, kecamatan Pare, product sandals. */
  async onboard(opts: { research?: boolean; lang?: 'id' | 'en' } = {}): Promise<void> {
    await this.send('halo');
    await this.send(opts.lang === 'en' ? '2' : '1');
    await this.send('1');
    await this.send(opts.research === false ? '2' : '1');
    await this.send('pare');
    await this.send('1');
  }
}
