// A real sending process for the cancel-race and crash-takeover tests: runs an
// OutboxSender for the telegram outbox of the database given, and says on
// stdout what it does, one event a line:
//   ready <claimer>      started
//   waiting <id>         the message waits for its send slot (held until "go" on stdin)
//   sending <id>         handed to the platform
//   sent <id>            the platform accepted it (also appended to OUT, synchronously)
//   pass <n>             a claim round ended, n rows handled (only with "passes")
// Usage: node --import tsx outbox-process.child.ts DB OUT NAME OPTIONS_JSON
//   hang: the platform never answers (a process stuck in a send, to be killed)
//   holdAfterFirst: every message after the first waits for a slot until the
//     parent writes a line to stdin (a 429 pause or WhatsApp's spacing)
//   claimTimeoutMs, batchSize: for the sender
//   exitWhenDone: exit 0 once no row is pending or sending
import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { openDb } from '../../src/db/connect.ts';
import type { ChannelSender } from '../../src/outbox/channel-sender.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';

interface Options {
  hang?: boolean;
  holdAfterFirst?: boolean;
  claimTimeoutMs?: number;
  batchSize?: number;
  exitWhenDone?: boolean;
  passes?: boolean;
}

const [url, out, name, json] = process.argv.slice(2) as [string, string, string, string];
const o = JSON.parse(json) as Options;
const say = (line: string) => process.stdout.write(`${line}\n`);
const db = openDb(url);

/** The long wait for a slot: over when the parent says so. */
const HOLD_MS = 3_600_000;
const lines = createInterface({ input: process.stdin });
const released = new Promise<void>((resolve) => lines.once('line', () => resolve()));

let asked = 0;
const platform: ChannelSender = {
  channel: 'telegram',
  ratePerSecond: 1000,
  perAddressIntervalMs: 0,
  delayBefore(m) {
    if (!o.holdAfterFirst || asked++ === 0) return 0;
    say(`waiting ${m.id}`);
    return HOLD_MS;
  },
  async send(m) {
    say(`sending ${m.id}`);
    if (o.hang) await new Promise(() => {});
    appendFileSync(out, `${m.id}\t${m.address}\t${name}\t${Date.now()}\n`);
    say(`sent ${m.id}`);
    return { externalId: `${name}-${m.id}` };
  },
};

const sender = new OutboxSender(db, platform, {
  batchSize: o.batchSize ?? 10,
  ...(o.claimTimeoutMs !== undefined && { claimTimeoutMs: o.claimTimeoutMs }),
  idlePollMs: 50,
  sleep: (ms) => (ms >= HOLD_MS ? released : new Promise((r) => setTimeout(r, ms))),
});
say(`ready ${sender.claimer}`);

let passes = 0;
for (;;) {
  const n = await sender.runOnce();
  if (o.passes) say(`pass ${++passes} ${n}`);
  if (n > 0) continue;
  if (o.exitWhenDone) {
    const left = await db
      .selectFrom('outbox')
      .select('id')
      .where('status', 'in', ['pending', 'sending'])
      .limit(1)
      .executeTakeFirst();
    if (!left) break;
  }
  await new Promise((r) => setTimeout(r, 50));
}
lines.close();
process.stdin.destroy();
await db.destroy();
