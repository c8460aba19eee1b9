// `broadcast cancel` means that nothing not yet sent is ever sent: also a
// message a sending process already holds, waiting for its send slot (a 429
// pause, WhatsApp's spacing), and one that was in flight and must be tried again.
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { broadcastProgress, cancelBroadcast, createBroadcast, sendBroadcast } from '../../src/broadcast/broadcasts.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { SendError } from '../../src/outbox/channel-sender.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { describeWith, hasPostgres, POSTGRES } from '../helpers/external.ts';
import { recordingPlatform } from '../helpers/platform.ts';
import { seedWorkers } from '../helpers/seed.ts';
import { delivered, startOutboxProcess } from '../outbox/outbox-process.ts';

const defaults = { quietHours: null };

for (const kind of ['sqlite', 'postgres'] as const) {
  describeWith(kind === 'sqlite' || hasPostgres, POSTGRES, `cancelling a broadcast on ${kind}`, () => {
    let t: TestDb;
    beforeEach(async () => {
      t = await testDb({ kind });
    });
    afterEach(async () => {
      await t.close();
    });

    it('a message waiting for its send slot in another process is never sent, and the rows stay cancelled', async () => {
      const now = new Date();
      await seedWorkers(t.db, 3, now.toISOString());
      const b = await createBroadcast(t.db, { textId: 'Kabar', quietHours: 'off' }, now, defaults);
      await sendBroadcast(t.db, b.id, {}, now);
      const out = join(t.dir, 'platform.log');
      // One row per claim, as WhatsApp's sender: the second message waits for its slot.
      const p = startOutboxProcess(t.url, out, 'sender', { batchSize: 1, holdAfterFirst: true, exitWhenDone: true });
      try {
        await p.until(/^waiting \d+$/, 'the second message to wait for its slot');
        expect(delivered(out)).toHaveLength(1);
        // The row in hand and the one not yet claimed are withdrawn.
        expect(await cancelBroadcast(t.db, b.id, new Date())).toBe(2);
        // The slot comes after the cancel returned.
        p.release();
        expect(await p.exited).toBe(0);
      } finally {
        p.child.kill('SIGKILL');
      }
      expect(p.events.filter((e) => e.startsWith('sending'))).toHaveLength(1);
      expect(delivered(out)).toHaveLength(1);
      const rows = await t.db
        .selectFrom('outbox')
        .select(['status', 'last_error', 'sent_at'])
        .where('broadcast_id', '=', b.id)
        .orderBy('id')
        .execute();
      expect(rows.map((r) => r.status)).toEqual(['sent', 'cancelled', 'cancelled']);
      expect(rows.slice(1)).toEqual([
        { status: 'cancelled', last_error: 'broadcast cancelled', sent_at: null },
        { status: 'cancelled', last_error: 'broadcast cancelled', sent_at: null },
      ]);
      const progress = await broadcastProgress(t.db, b.id, new Date());
      expect(progress).toMatchObject({ status: 'cancelled', sent: 1, cancelled: 2, pending: 0 });
    }, 120_000);

    it('a message in flight at the cancel that fails is not tried again', async () => {
      const clock = fixedClock('2026-11-28T02:00:00.000Z');
      await seedWorkers(t.db, 3, clock.now().toISOString());
      const b = await createBroadcast(t.db, { textId: 'Kabar', quietHours: 'off' }, clock.now(), defaults);
      await sendBroadcast(t.db, b.id, {}, clock.now());
      let cancelled = -1;
      const platform = recordingPlatform(clock, {
        before: async (_m, n) => {
          if (n !== 0) return;
          // Handed to the platform: the cancel leaves it alone, then the platform fails.
          cancelled = await cancelBroadcast(t.db, b.id, clock.now());
          throw new SendError('retry', '502 Bad Gateway');
        },
      });
      const s = new OutboxSender(t.db, platform.sender, { clock, sleep: async (ms) => clock.advance(ms) });
      await s.runOnce();
      expect(cancelled).toBe(2);
      for (let i = 0; i < 5; i++) {
        clock.advance(60_000);
        await s.runOnce();
      }
      expect(platform.got).toEqual([]);
      const rows = await t.db.selectFrom('outbox').select(['status', 'last_error']).orderBy('id').execute();
      expect(rows).toEqual(
        Array.from({ length: 3 }, () => ({ status: 'cancelled', last_error: 'broadcast cancelled' })),
      );
      expect(await broadcastProgress(t.db, b.id, clock.now())).toMatchObject({ status: 'cancelled', sent: 0 });
    });
  });
}
