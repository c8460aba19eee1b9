// A sending process killed with kill -9 while it holds claimed rows: another
// process sends them once the claims have not been renewed for the configured
// time, and not before (a live process's heartbeat keeps them its own).
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { enqueue } from '../../src/db/outbox.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { describeWith, hasPostgres, POSTGRES } from '../helpers/external.ts';
import { delivered, type OutboxProcess, startOutboxProcess } from './outbox-process.ts';

/** Short for the test; the service's default is 15 s (OUTBOX_CLAIM_TIMEOUT_MS). */
const CLAIM_TIMEOUT_MS = 4000;
const CHATS = 5;

for (const kind of ['sqlite', 'postgres'] as const) {
  describeWith(kind === 'sqlite' || hasPostgres, POSTGRES, `taking over a dead sender's rows on ${kind}`, () => {
    let t: TestDb;
    const started: OutboxProcess[] = [];
    beforeEach(async () => {
      t = await testDb({ kind });
    });
    afterEach(async () => {
      for (const p of started) p.child.kill('SIGKILL');
      await Promise.all(started.map((p) => p.exited));
      started.length = 0;
      await t.close();
    });

    const claims = () =>
      t.db.selectFrom('outbox').select(['id', 'status', 'claimed_by', 'claimed_at']).orderBy('id').execute();

    it('rows held by a process killed with SIGKILL go out from another within the claim timeout', async () => {
      const at = new Date(Date.now() - 1000).toISOString();
      const ids = await enqueue(
        t.db,
        Array.from({ length: CHATS }, (_, i) => ({
          channel: 'telegram',
          address: `chat-${i}`,
          workerId: null,
          kind: 'reply' as const,
          text: `reply ${i}`,
        })),
        at,
      );
      const out = join(t.dir, 'platform.log');

      // A claims every row and gets stuck in its first send.
      const a = startOutboxProcess(t.url, out, 'a', { hang: true, batchSize: CHATS, claimTimeoutMs: CLAIM_TIMEOUT_MS });
      started.push(a);
      await a.until(/^sending \d+$/, 'A to claim the rows and start sending');
      const claimerA = a.events.find((e) => e.startsWith('ready '))!.slice('ready '.length);
      const first = await claims();
      expect(first.map((r) => [r.status, r.claimed_by])).toEqual(ids.map(() => ['sending', claimerA]));
      const claimedAt = Math.max(...first.map((r) => new Date(r.claimed_at!).getTime()));

      // B runs beside it, looking for due rows every 50 ms.
      const b = startOutboxProcess(t.url, out, 'b', {
        claimTimeoutMs: CLAIM_TIMEOUT_MS,
        exitWhenDone: true,
        passes: true,
      });
      started.push(b);
      await b.until(/^pass /, 'B to start claiming');

      // While A lives, its heartbeat keeps the claims younger than the timeout,
      // also long after the timeout has passed since it claimed them; B takes none.
      let renewedAt = 0;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const rows = await claims();
        expect(rows.map((r) => [r.status, r.claimed_by])).toEqual(ids.map(() => ['sending', claimerA]));
        const oldest = Math.min(...rows.map((r) => new Date(r.claimed_at!).getTime()));
        if (oldest >= claimedAt + CLAIM_TIMEOUT_MS) {
          renewedAt = oldest;
          break;
        }
        if (Date.now() > deadline) throw new Error(`A's claims were not renewed: ${JSON.stringify(rows)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(renewedAt).toBeGreaterThan(0);
      // B has looked for due rows again since then, and still took none.
      const passesBefore = b.events.filter((e) => e.startsWith('pass ')).length;
      await b.until((e) => e.filter((l) => l.startsWith('pass ')).length >= passesBefore + 5, 'B to look again');
      expect(delivered(out)).toEqual([]);
      expect((await claims()).every((r) => r.status === 'sending' && r.claimed_by === claimerA)).toBe(true);

      a.child.kill('SIGKILL');
      expect(await a.exited).toBe(-1);
      const killedAt = Date.now();

      await b.until(
        (e) => e.filter((l) => l.startsWith('sent ')).length >= CHATS,
        "B to send A's rows",
        CLAIM_TIMEOUT_MS + 60_000,
      );
      expect(await b.exited).toBe(0);
      const got = delivered(out);
      expect(got.map((d) => d.id).sort((x, y) => x - y)).toEqual(ids);
      expect(got.every((d) => d.by === 'b')).toBe(true);
      // Within the claim timeout of the kill (A's last renewal was before it),
      // with room for a loaded machine; the old fixed claim was 120 s.
      const firstAt = Math.min(...got.map((d) => d.at));
      const lastAt = Math.max(...got.map((d) => d.at));
      console.log(
        `${kind}: first message ${firstAt - killedAt} ms after the kill, last ${lastAt - killedAt} ms (claim timeout ${CLAIM_TIMEOUT_MS} ms)`,
      );
      expect(lastAt - killedAt).toBeLessThan(CLAIM_TIMEOUT_MS + 6000);
      const rows = await t.db.selectFrom('outbox').select(['status', 'attempts', 'external_id']).execute();
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.external_id?.startsWith('b-'))).toBe(true);
    }, 120_000);
  });
}
