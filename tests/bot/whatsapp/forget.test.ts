// After HAPUS over WhatsApp the linked account forgets her keys once the
// goodbye is done: real Baileys encryption over the bot's auth state, against
// the local fake of WhatsApp with a phone for each person.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/app/engine.ts';
import { WhatsAppChannel, type WhatsAppChannelOptions } from '../../../src/bot/whatsapp/channel.ts';
import { eraseWorker } from '../../../src/db/erase.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { rowsContaining } from '../../helpers/rows.ts';
import { FakeWhatsApp } from './fake-whatsapp.ts';

const DEWI = { lid: '123456789012345@lid', pn: '6281234567890@s.whatsapp.net' };
const ANI = { lid: '987654321098765@lid', pn: '6285298765432@s.whatsapp.net' };
const user = (jid: string) => jid.split('@')[0]!;
const HERS = [user(DEWI.lid), user(DEWI.pn)];
/** The bot's own users (fake-whatsapp BOT_PN, BOT_LID). */
const OWN = ['6285700000001', '99000000000001'];

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

async function setup(opts: Partial<WhatsAppChannelOptions> = {}) {
  t = await testDb();
  const db = t.db;
  const fake = new FakeWhatsApp({ e2e: true });
  const engine = createEngine(db);
  const channel = new WhatsAppChannel({
    db,
    engine,
    logger: pino({ level: 'silent' }),
    socketFactory: fake.factory,
    print: () => {},
    schedule: () => () => {},
    random: () => 0.5,
    outbox: { sleep: async () => {}, idlePollMs: 20 },
    ...opts,
  });
  wa = channel;
  await channel.start();
  await waitFor(() => fake.sockets.length === 1, 'first socket');
  fake.showQr();
  await waitFor(() => channel.state === 'waiting-for-link', 'QR shown');
  await fake.pairSuccess();
  await waitFor(() => fake.sockets.length === 2, 'socket after restart');
  fake.open();
  await waitFor(() => channel.state === 'open', 'open');

  const outboxEmpty = async () =>
    (await db.selectFrom('outbox').select('id').where('status', 'in', ['pending', 'sending']).execute()).length === 0;
  /** She writes from her phone; returns what her phone read back, once all is sent. */
  const say = async (text: string, from: string, alt?: string) => {
    const before = fake.sent.length;
    await fake.receive({ from, alt, text });
    await channel.idle();
    await waitFor(outboxEmpty, 'outbox empty');
    await fake.settled();
    return fake.sent
      .slice(before)
      .map((m) => m.text)
      .join('\n\n');
  };
  /** Rows of the key store whose id names one of these users (as text, anywhere in the id). */
  const keyRows = async (users: string[]) =>
    (await db.selectFrom('whatsapp_auth_keys').select(['type', 'id']).orderBy('type').orderBy('id').execute()).filter(
      (r) => users.some((u) => r.id.includes(u)),
    );
  const tokenIndex = async () => {
    const row = await db
      .selectFrom('whatsapp_auth_keys')
      .select('value')
      .where('type', '=', 'tctoken')
      .where('id', '=', '__index')
      .executeTakeFirst();
    if (!row) return [];
    const { token } = JSON.parse(row.value) as { token: { data: string } };
    return JSON.parse(Buffer.from(token.data, 'base64').toString()) as string[];
  };
  /** The outbox sender forgot her after the goodbye (her queue row goes last). */
  const forgotten = async () => {
    await waitFor(
      async () => (await db.selectFrom('whatsapp_forget').select('id').execute()).length === 0,
      'her keys forgotten',
    );
    await fake.settled();
  };
  return { db, fake, engine, channel, say, keyRows, tokenIndex, outboxEmpty, forgotten };
}

/** Ani starts, Dewi writes first by phone number, then by LID, and finishes onboarding. */
async function twoWorkers(s: Awaited<ReturnType<typeof setup>>) {
  expect(await s.say('halo', ANI.lid, ANI.pn)).toMatch(/Pilih bahasa/);
  expect(await s.say('halo', DEWI.pn)).toMatch(/Pilih bahasa/);
  for (const line of ['1', '1', '1', 'pare']) await s.say(line, DEWI.lid, DEWI.pn);
  expect(await s.say('1', DEWI.lid, DEWI.pn)).toMatch(/Menu Upahku/);
}

describe('WhatsApp keys after HAPUS', () => {
  it('are forgotten once the goodbye is read; another worker and the account keep theirs', async () => {
    const s = await setup();
    await twoWorkers(s);
    // Baileys keeps all of this about her: sessions, identity keys (under her phone number from
    // her first message, and under her LID), device lists, the LID pairing, her privacy token.
    const hers = await s.keyRows(HERS);
    expect(new Set(hers.map((r) => r.type))).toEqual(
      new Set(['session', 'identity-key', 'device-list', 'lid-mapping', 'tctoken']),
    );
    expect(hers).toContainEqual({ type: 'identity-key', id: `${user(DEWI.pn)}.0` });
    expect(hers).toContainEqual({ type: 'session', id: `${user(DEWI.lid)}_1.0` });
    expect(await s.tokenIndex()).toContain(DEWI.lid);
    const anis = await s.keyRows([user(ANI.lid), user(ANI.pn)]);
    expect(anis.filter((r) => r.type === 'session')).toEqual([{ type: 'session', id: `${user(ANI.lid)}_1.0` }]);
    const own = await s.keyRows(OWN);
    expect(own.filter((r) => r.type === 'session')).not.toEqual([]);

    expect(await s.say('HAPUS', DEWI.lid, DEWI.pn)).toMatch(/Hapus SEMUA/);
    // The goodbye was encrypted with her session: her phone read it.
    expect(await s.say('1', DEWI.lid, DEWI.pn)).toMatch(/sudah dihapus/);
    await s.forgotten();

    expect(await s.keyRows(HERS)).toEqual([]);
    expect(await s.tokenIndex()).not.toContain(DEWI.lid);
    expect(await s.tokenIndex()).toContain(ANI.lid);
    expect(await rowsContaining(s.db, [...HERS, DEWI.lid, DEWI.pn])).toEqual([]);
    // Nor in memory: Baileys' key cache and its LID pairing cache.
    const sock = s.fake.sock;
    expect(await sock.opts.auth.keys.get('session', [`${user(DEWI.lid)}_1.0`, `${user(DEWI.pn)}.0`])).toEqual({});
    expect(await sock.opts.auth.keys.get('lid-mapping', [user(DEWI.pn), `${user(DEWI.lid)}_reverse`])).toEqual({});
    expect(await sock.repo!.lidMapping.getPNForLID(DEWI.lid)).toBeNull();
    // Ani and the account keep theirs.
    expect(await s.keyRows([user(ANI.lid), user(ANI.pn)])).toEqual(anis);
    expect(await s.keyRows(OWN)).toEqual(own);
    expect(await s.db.selectFrom('whatsapp_auth_creds').selectAll().execute()).toHaveLength(1);

    // Ani's next message uses the session she had.
    expect(await s.say('1', ANI.lid, ANI.pn)).toMatch(/Setuju\?/);
    expect(s.fake.received.at(-1)).toEqual({ from: ANI.lid, type: 'msg' });
    // Dewi writing again is someone new: a fresh session, and a welcome.
    expect(await s.say('halo', DEWI.lid)).toMatch(/Pilih bahasa/);
    expect(s.fake.received.at(-1)).toEqual({ from: DEWI.lid, type: 'pkmsg' });
    expect(await s.db.selectFrom('workers').select('id').execute()).toHaveLength(2);
    expect((await s.keyRows(HERS)).map((r) => r.type)).toContain('session');
  });

  it('are forgotten when the goodbye finally fails', async () => {
    const s = await setup({ outbox: { sleep: async () => {}, idlePollMs: 20, maxAttempts: 1 } });
    await twoWorkers(s);
    expect(await s.say('HAPUS', DEWI.lid, DEWI.pn)).toMatch(/Hapus SEMUA/);
    s.fake.failures.push(new Error('server error'));
    expect(await s.say('1', DEWI.lid, DEWI.pn)).toBe('');
    await s.forgotten();
    expect(await s.db.selectFrom('outbox').select('id').where('ephemeral', '=', 1).execute()).toEqual([]);
    expect(await s.keyRows(HERS)).toEqual([]);
    expect(await rowsContaining(s.db, [...HERS, DEWI.lid, DEWI.pn])).toEqual([]);
    expect((await s.keyRows([user(ANI.lid)])).map((r) => r.type)).toContain('session');
  });

  it('wait while a goodbye to her waits, and go without one (HAPUS elsewhere, an unconsented erase)', async () => {
    const s = await setup();
    await twoWorkers(s);
    const dewi = await s.db
      .selectFrom('channel_identities')
      .select('worker_id')
      .where('channel_user_id', '=', DEWI.lid)
      .executeTakeFirstOrThrow();
    await s.db.transaction().execute((trx) => eraseWorker(trx, dewi.worker_id));
    // A goodbye queued for later holds her keys back.
    await s.db
      .insertInto('outbox')
      .values({
        channel: 'whatsapp',
        address: DEWI.lid,
        worker_id: null,
        kind: 'reply',
        priority: 0,
        text: 'sampai jumpa',
        status: 'pending',
        attempts: 0,
        not_before: '2999-01-01T00:00:00.000Z',
        ephemeral: 1,
        created_at: new Date().toISOString(),
      })
      .execute();
    await s.channel.forgetErased();
    expect((await s.keyRows(HERS)).map((r) => r.type)).toContain('session');
    expect(await s.db.selectFrom('whatsapp_forget').select('jid').execute()).toEqual([{ jid: DEWI.lid }]);

    await s.db.deleteFrom('outbox').where('address', '=', DEWI.lid).execute();
    await s.channel.forgetErased();
    expect(await s.keyRows(HERS)).toEqual([]);
    expect(await rowsContaining(s.db, [...HERS, DEWI.lid, DEWI.pn])).toEqual([]);
  });
});
