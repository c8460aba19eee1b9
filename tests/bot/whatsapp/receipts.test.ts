// WhatsApp receipts through the adapter: what the bot sent is found by the id
// WhatsApp gave it, and the socket's delivery and read updates land on that
// outbox row (for a broadcast's figures).
import pino from 'pino';
import { afterEach, expect, it } from 'vitest';
import { createEngine } from '../../../src/app/engine.ts';
import { WhatsAppChannel } from '../../../src/bot/whatsapp/channel.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { FakeWhatsApp } from './fake-whatsapp.ts';

const LID = '123456789012345@lid';
const PN = '6281234567890@s.whatsapp.net';

let t: TestDb | null = null;
let wa: WhatsAppChannel | null = null;
afterEach(async () => {
  await wa?.stop();
  await t?.close();
  wa = null;
  t = null;
});

async function waitFor(cond: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

it('a reply the bot sent is marked delivered, then read, from the socket\u2019s message updates', async () => {
  t = await testDb();
  const db = t.db;
  const fake = new FakeWhatsApp();
  wa = new WhatsAppChannel({
    db,
    engine: createEngine(db),
    logger: pino({ level: 'silent' }),
    socketFactory: fake.factory,
    print: () => {},
    schedule: () => () => {},
    random: () => 0.5,
    outbox: { sleep: async () => {}, idlePollMs: 20 },
  });
  const channel = wa;
  await channel.start();
  await waitFor(() => fake.sockets.length === 1, 'first socket');
  fake.showQr();
  await waitFor(() => channel.state === 'waiting-for-link', 'QR shown');
  await fake.pairSuccess();
  await waitFor(() => fake.sockets.length === 2, 'socket after restart');
  fake.open();
  await waitFor(() => channel.state === 'open', 'open');

  fake.deliver(fake.message({ from: LID, alt: PN, text: 'halo' }));
  await channel.idle();
  const sentRow = async () =>
    db
      .selectFrom('outbox')
      .selectAll()
      .where('channel', '=', 'whatsapp')
      .where('status', '=', 'sent')
      .orderBy('id')
      .executeTakeFirst();
  await waitFor(async () => (await sentRow()) !== undefined, 'reply sent');
  const row = (await sentRow())!;
  expect(row.external_id).toMatch(/^BOT\d+$/);
  expect(row.delivered_at).toBeNull();

  const key = { remoteJid: LID, fromMe: true, id: row.external_id! };
  fake.sock.ev.emit('messages.update', [{ key, update: { status: 4 } }]);
  await waitFor(async () => (await sentRow())!.delivered_at !== null, 'delivered');
  expect((await sentRow())!.read_at).toBeNull();
  fake.sock.ev.emit('messages.update', [{ key, update: { status: 5 } }]);
  await waitFor(async () => (await sentRow())!.read_at !== null, 'read');
  // Her own message's status is not ours to record.
  fake.sock.ev.emit('messages.update', [{ key: { ...key, fromMe: false, id: 'HERS' }, update: { status: 5 } }]);
  await channel.idle();
  expect(await db.selectFrom('outbox').select('id').where('read_at', 'is not', null).execute()).toHaveLength(1);
}, 30_000);
