// One of two processes running the BPJS status re-check at the same moment
// (see status-rechecks.test.ts): prints how many it asked.
import { createInterface } from 'node:readline';
import { createEngine } from '../../src/app/engine.ts';
import { openDb } from '../../src/db/connect.ts';
import { sendDueRechecks } from '../../src/reminders/status-rechecks.ts';

const [url, now] = process.argv.slice(2) as [string, string];
const db = openDb(url);
// Both start when the parent says "go".
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();
process.stdin.destroy();
const r = await sendDueRechecks(createEngine(db), new Date(now), { quietHours: '20:00-07:00' });
await db.destroy();
process.stdout.write(`asked ${r.asked}\n`);
