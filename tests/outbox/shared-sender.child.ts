// One of several processes sharing one outbox (see shared-outbox.test.ts): runs
// an OutboxSender whose platform appends each delivery to a shared file, and
// exits once nothing is left to send.
import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { openDb } from '../../src/db/connect.ts';
import type { ChannelSender } from '../../src/outbox/channel-sender.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';

const [url, file, name] = process.argv.slice(2) as [string, string, string];
const db = openDb(url);
const platform: ChannelSender = {
  channel: 'telegram',
  ratePerSecond: 10_000,
  perAddressIntervalMs: 0,
  async send(m) {
    // A platform takes a moment to answer: the other process claims meanwhile.
    await new Promise((r) => setTimeout(r, 1));
    appendFileSync(file, `${m.id}\t${m.address}\t${m.text}\t${name}\n`);
    return { externalId: `${name}-${m.id}` };
  },
};
const sender = new OutboxSender(db, platform, { batchSize: 7 });

// Both processes start sending at the same moment: when the parent says "go".
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();
process.stdin.destroy();

for (;;) {
  if ((await sender.runOnce()) > 0) continue;
  const left = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', 'in', ['pending', 'sending'])
    .executeTakeFirstOrThrow();
  if (Number(left.n) === 0) break;
  await new Promise((r) => setTimeout(r, 5));
}
await db.destroy();
process.stdout.write(`sent ${sender.sentCount}\n`);
