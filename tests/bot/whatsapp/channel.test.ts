import { DisconnectReason } from '@whiskeysockets/baileys';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/app/engine.ts';
import { WhatsAppChannel, type WhatsAppChannelOptions } from '../../../src/bot/whatsapp/channel.ts';
import { showDay } from '../../../src/core/time.ts';
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

async function waitFor(cond: () => boolean | Promise<boolean>, what = 'condition', ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function setup(opts: Partial<WhatsAppChannelOptions> = {}) {
  t = await testDb();
  const db = t.db;
  const fake = new FakeWhatsApp();
  const printed: string[] = [];
  const timers: { fn: () => void; ms: number; cancelled: boolean }[] = [];
  const engine = createEngine(db);
  wa = new WhatsAppChannel({
    db,
    engine,
    logger: pino({ level: 'silent' }),
    socketFactory: fake.factory,
    print: (s) => printed.push(s),
    schedule: (fn, ms) => {
      const timer = { fn, ms, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    random: () => 0.5,
    outbox: { sleep: async () => {}, idlePollMs: 20 },
    ...opts,
  });
  const channel = wa;
  await channel.start();
  await waitFor(() => fake.sockets.length === 1, 'first socket');

  /** Links by QR code: scan, pair-success, the quiet 515 restart, then open. */
  const link = async () => {
    fake.showQr();
    await waitFor(() => channel.state === 'waiting-for-link', 'QR shown');
    await fake.pairSuccess();
    await waitFor(() => fake.sockets.length === 2, 'socket after restart');
    fake.open();
    await waitFor(() => channel.state === 'open', 'open');
  };

  /** She writes; returns what the bot sent her back (waits for the outbox to empty). */
  const say = async (text: string, from = LID, alt: string | null = PN, id?: string) => {
    const before = fake.sent.length;
    fake.deliver(fake.message({ from, alt: alt ?? undefined, text, id }));
    await channel.idle();
    await waitFor(
      async () =>
        (await db.selectFrom('outbox').select('id').where('status', 'in', ['pending', 'sending']).execute()).length ===
        0,
      'outbox empty',
    );
    return fake.sent.slice(before);
  };

  const workers = () => db.selectFrom('workers').selectAll().execute();
  const identities = () => db.selectFrom('channel_identities').selectAll().orderBy('id').execute();
  return { db, fake, printed, timers, engine, channel, link, say, workers, identities };
}

describe('WhatsApp channel: linking', () => {
  it('shows a QR code in the terminal, saves the creds, restarts quietly on 515 and connects', async () => {
    const s = await setup({ adminUrl: 'http://127.0.0.1:8080/admin/whatsapp' });
    expect(s.channel.health()).toMatchObject({ state: 'connecting', linked: false });
    await s.link();
    const qr = s.printed.find((p) => p.includes('Linked devices'));
    expect(qr).toMatch(/[▄▀█]/);
    expect(qr).toContain('http://127.0.0.1:8080/admin/whatsapp');
    expect(s.printed.at(-1)).toMatch(/linked/i);
    // 515 made a new socket at once: no pause, no reconnect counted.
    expect(s.timers).toHaveLength(0);
    expect(s.fake.sockets).toHaveLength(2);
    expect(s.fake.sockets[1]!.opts.auth.creds.me?.id).toMatch(/^6285700000001:7@/);
    // The save is asynchronous (Baileys' creds.update): wait for it rather than race it.
    await waitFor(
      async () =>
        ((await s.db.selectFrom('whatsapp_auth_creds').select('data').executeTakeFirst())?.data ?? '').includes(
          '6285700000001:7@s.whatsapp.net',
        ),
      'creds saved',
    );
    expect(s.channel.health()).toMatchObject({ state: 'open', linked: true, reconnects: 0, needsOperator: false });
    expect(s.channel.me).toMatch(/^6285700000001/);
  });

  it('with a pairing number asks WhatsApp once for an 8-character code and prints it', async () => {
    const s = await setup({ pairingNumber: '6285700000001' });
    s.fake.showQr('r1');
    await waitFor(() => s.channel.pairingCode !== null, 'pairing code');
    s.fake.showQr('r2');
    await waitFor(() => s.channel.qr?.includes('r2') === true, 'second QR');
    expect(s.fake.pairingRequests).toEqual(['6285700000001']);
    const text = s.printed.join('\n');
    expect(text).toContain('ABCD-1234');
    expect(text).toMatch(/Link with phone number instead/);
    expect(text).not.toMatch(/[▄▀]/);
    // The number is saved as "me" with the creds, as Baileys does.
    await waitFor(
      async () =>
        ((await s.db.selectFrom('whatsapp_auth_creds').select('data').executeTakeFirst())?.data ?? '').includes(
          '6285700000001@s.whatsapp.net',
        ),
      'creds saved',
    );
  });

  it('asks for a new pairing code when the first one expired unused', async () => {
    const s = await setup({ pairingNumber: '6285700000001' });
    s.fake.showQr();
    await waitFor(() => s.fake.pairingRequests.length === 1, 'first code');
    await s.fake.close(DisconnectReason.timedOut, 'QR refs attempts ended');
    await waitFor(() => s.timers.length === 1, 'pause');
    s.timers[0]!.fn();
    await waitFor(() => s.fake.sockets.length === 2, 'new socket');
    // Registration starts again rather than a login with half-made credentials.
    expect(s.fake.sock.opts.auth.creds.me).toBeUndefined();
    s.fake.showQr('r3');
    await waitFor(() => s.fake.pairingRequests.length === 2, 'second code');
  });

  it('keeps the link across a restart: the next start logs in without a QR code', async () => {
    const s = await setup();
    await s.link();
    await s.channel.stop();
    const again = new WhatsAppChannel({
      db: s.db,
      engine: s.engine,
      logger: pino({ level: 'silent' }),
      socketFactory: s.fake.factory,
      print: (p) => s.printed.push(p),
    });
    wa = again;
    await again.start();
    await waitFor(() => s.fake.sockets.length === 3, 'third socket');
    expect(s.fake.sock.opts.auth.creds.me?.id).toMatch(/^6285700000001/);
    expect(again.linked()).toBe(true);
  });
});

describe('WhatsApp channel: messages', () => {
  it('a worker onboards over WhatsApp, replies go back to her JID', async () => {
    const s = await setup();
    await s.link();
    expect((await s.say('halo')).map((m) => m.text).join('\n')).toMatch(/Pilih bahasa/);
    expect((await s.say('1')).map((m) => m.text).join('\n')).toMatch(/Setuju\?/);
    expect((await s.say('1')).map((m) => m.text).join('\n')).toMatch(/penelitian/);
    expect((await s.say('ya')).map((m) => m.text).join('\n')).toMatch(/kecamatan mana/);
    expect((await s.say('Pare')).map((m) => m.text).join('\n')).toMatch(/pekerjaan utama/);
    const last = await s.say('1');
    expect(last.map((m) => m.text).join('\n')).toMatch(/Terima kasih! Data awal tersimpan \(Pare\)[\s\S]*Menu Upahku/);
    expect(new Set(s.fake.sent.map((m) => m.jid))).toEqual(new Set([LID]));
    const [w] = await s.workers();
    expect(w).toMatchObject({ status: 'active', kecamatan: 'Pare', research_consent: 1 });
    expect(await s.identities()).toMatchObject([{ channel: 'whatsapp', channel_user_id: LID, alt_user_id: PN }]);
    // Sent messages keep WhatsApp's id, so Baileys can resend one her phone could not decrypt.
    const sentRow = await s.db
      .selectFrom('outbox')
      .select(['external_id', 'text'])
      .where('status', '=', 'sent')
      .executeTakeFirstOrThrow();
    expect(sentRow.external_id).toMatch(/^BOT/);
    expect(await s.fake.sock.opts.getMessage({ id: sentRow.external_id!, remoteJid: LID })).toEqual({
      extendedTextMessage: { text: sentRow.text },
    });

    // Her first order, as one message: echoed at once, what she did not say shown as not said.
    const text = async (t: string) => (await s.say(t)).map((m) => m.text).join('\n\n');
    const echo = await text('order 5 lusin peci 5rb/lusin dari Pak Slamet setor sabtu');
    expect(echo).toContain('Dari: Pak Slamet (baru)');
    expect(echo).toContain('Jumlah: 5 lusin (60)');
    expect(echo).toContain('Upah: Rp5.000/lusin (Rp417/biji), total Rp25.000');
    expect(echo).toContain('Perjanjian tertulis: belum diisi\nBahan dari pemberi kerja: belum diisi');
    expect(await s.db.selectFrom('orders').selectAll().execute()).toEqual([]);
    const saved = await s.say('1');
    expect(saved.map((m) => m.text)).toEqual([
      expect.stringMatching(/^Order tersimpan. Nilai order: Rp25.000.\nTeruskan pesan berikut ke Pak Slamet/),
      expect.stringMatching(/^CATATAN ORDER\nPemberi kerja: Pak Slamet\nBarang: peci\nJumlah: 5 lusin \(60\)\n/),
    ]);
    expect(new Set(saved.map((m) => m.jid))).toEqual(new Set([LID]));
    const order = await s.db.selectFrom('orders').selectAll().executeTakeFirstOrThrow();
    expect(order).toMatchObject({
      worker_id: w!.id,
      product: 'peci',
      unit: 'lusin',
      quantity_count: 5,
      quantity_pieces: 60,
      rate_amount: 5000,
      rate_per: 'lusin',
      rate_per_piece: 417,
      written_agreement: null,
      materials_from_employer: null,
      voided_at: null,
    });
    // "setor sabtu": the coming Saturday, never before the day received.
    expect(order.due_on! >= order.received_on).toBe(true);
    expect(new Date(`${order.due_on}T00:00:00Z`).getUTCDay()).toBe(6);
    expect(saved[1]!.text).toContain(`Setor paling lambat: ${showDay(order.due_on!)}`);
    const employer = await s.db
      .selectFrom('employers')
      .selectAll()
      .where('id', '=', order.employer_id)
      .executeTakeFirstOrThrow();
    expect(employer).toMatchObject({ worker_id: w!.id, name: 'Pak Slamet' });
  });

  it('a phone-number message and a LID message of the same person land on one worker', async () => {
    const s = await setup();
    await s.link();
    // First she shows up by phone number only (older addressing), from a second device.
    await s.say('halo', '6281234567890:3@s.whatsapp.net', null);
    expect(await s.identities()).toMatchObject([{ channel_user_id: PN, alt_user_id: null }]);
    // Then by LID, with her phone number alongside.
    const reply = await s.say('1', LID, PN);
    expect(reply.map((m) => m.text).join('\n')).toMatch(/Setuju\?/);
    expect(await s.workers()).toHaveLength(1);
    expect(await s.identities()).toMatchObject([{ channel_user_id: LID, alt_user_id: PN }]);
    // And by phone number again: still her.
    expect((await s.say('1', PN, null)).map((m) => m.text).join('\n')).toMatch(/penelitian/);
    expect(await s.workers()).toHaveLength(1);
  });

  it('merges two workers when WhatsApp later tells that a LID and a phone number are one person', async () => {
    const s = await setup();
    await s.link();
    for (const text of ['halo', '1', '1', '1', 'pare', '1']) await s.say(text, PN, null);
    // A message by LID alone, with no mapping known yet: a new person as far as we can tell.
    expect((await s.say('halo', LID, null)).map((m) => m.text).join('\n')).toMatch(/Pilih bahasa/);
    expect(await s.workers()).toHaveLength(2);
    const active = (await s.workers()).find((w) => w.status === 'active')!;

    s.fake.sock.ev.emit('lid-mapping.update', { lid: LID, pn: PN });
    await s.channel.idle();
    const workers = await s.workers();
    expect(workers.map((w) => w.id)).toEqual([active.id]);
    expect(await s.identities()).toMatchObject([{ worker_id: active.id, channel_user_id: LID, alt_user_id: PN }]);
    const inbound = await s.db.selectFrom('inbound_messages').select('worker_id').execute();
    expect(inbound).toHaveLength(7);
    expect(new Set(inbound.map((r) => r.worker_id))).toEqual(new Set([active.id]));
    // She carries on as the onboarded worker.
    expect((await s.say('menu', LID, null)).map((m) => m.text).join('\n')).toMatch(/Menu Upahku/);
  });

  it("uses Baileys' own LID mapping when a message carries only one of her ids", async () => {
    const s = await setup();
    await s.link();
    s.fake.mappings.push({ lid: LID, pn: PN });
    await s.say('halo', PN, null);
    expect(await s.identities()).toMatchObject([{ channel_user_id: LID, alt_user_id: PN }]);
    await s.say('1', LID, null);
    expect(await s.workers()).toHaveLength(1);
  });

  it('handles a message id once, even when delivered again or in her other form', async () => {
    const s = await setup();
    await s.link();
    expect(await s.say('halo', LID, PN, 'DUP1')).toHaveLength(1);
    expect(await s.say('halo', LID, PN, 'DUP1')).toHaveLength(0);
    expect(await s.say('halo', PN, LID, 'DUP1')).toHaveLength(0);
    expect(await s.db.selectFrom('inbound_messages').selectAll().execute()).toHaveLength(1);
  });

  it('answers photos, voice notes and stickers with "text only", and ignores what is not hers to answer', async () => {
    const s = await setup();
    await s.link();
    const f = s.fake;
    f.deliver([f.message({ from: PN, text: 'old message', id: 'HIST' })], 'append');
    f.deliver([
      f.message({ from: PN, text: 'my own message', fromMe: true }),
      f.message({ from: '120363000000000001@g.us', participant: PN, text: 'halo group' }),
      f.message({ from: 'status@broadcast', participant: PN, text: 'my status' }),
      f.message({ from: '120363000000000002@newsletter', text: 'channel post' }),
      f.message({ from: LID, alt: PN, message: null }),
      f.message({ from: LID, alt: PN, message: { reactionMessage: { text: '👍' } } }),
    ]);
    await s.channel.idle();
    expect(await s.db.selectFrom('inbound_messages').selectAll().execute()).toHaveLength(0);
    for (const message of [
      { imageMessage: { mimetype: 'image/jpeg', caption: 'nota' } },
      { audioMessage: { seconds: 4, ptt: true } },
      { stickerMessage: { mimetype: 'image/webp' } },
      { ephemeralMessage: { message: { imageMessage: { mimetype: 'image/jpeg' } } } },
    ]) {
      const before = f.sent.length;
      f.deliver(f.message({ from: LID, alt: PN, message }));
      await s.channel.idle();
      await waitFor(() => f.sent.length > before, 'media reply');
      expect(f.sent.at(-1)!.text).toMatch(/hanya bisa membaca tulisan/);
    }
    // Text inside an ephemeral (disappearing) message is read as text.
    f.deliver(
      f.message({
        from: LID,
        alt: PN,
        message: { ephemeralMessage: { message: { extendedTextMessage: { text: 'halo' } } } },
      }),
    );
    await s.channel.idle();
    await waitFor(() => /Pilih bahasa/.test(f.sent.at(-1)!.text), 'welcome');
    expect(new Set(f.sent.map((m) => m.jid))).toEqual(new Set([LID]));
  });

  it('keeps replies queued while disconnected and sends them once connected again', async () => {
    const s = await setup();
    await s.link();
    await s.fake.close(DisconnectReason.connectionLost, 'Connection Lost');
    await waitFor(() => s.channel.state === 'reconnecting', 'reconnecting');
    await s.engine.handle({
      channel: 'whatsapp',
      channelUserId: LID,
      externalId: 'X1',
      text: 'halo',
      receivedAt: new Date(),
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(s.fake.sent).toHaveLength(0);
    s.timers[0]!.fn();
    await waitFor(() => s.fake.sockets.length === 3, 'new socket');
    s.fake.open();
    await waitFor(() => s.fake.sent.length === 1, 'queued reply sent');
    expect(s.fake.sent[0]!.text).toMatch(/Pilih bahasa/);
  });
});

describe('WhatsApp channel: disconnects', () => {
  it.each([
    [DisconnectReason.connectionClosed, 'Connection Closed'],
    [DisconnectReason.connectionLost, 'Connection Lost'],
    [DisconnectReason.badSession, 'Bad session'],
    [DisconnectReason.unavailableService, 'Service unavailable'],
  ])('%i (%s): reconnects after a growing pause', async (code, message) => {
    const s = await setup();
    await s.link();
    await s.fake.close(code, message);
    await waitFor(() => s.channel.state === 'reconnecting', 'reconnecting');
    expect(s.timers.map((x) => x.ms)).toEqual([2000]);
    expect(s.channel.health()).toMatchObject({ lastDisconnect: { code, reason: message }, reconnects: 1 });
    s.timers[0]!.fn();
    await waitFor(() => s.fake.sockets.length === 3, 'new socket');
    await s.fake.close(code, message);
    await waitFor(() => s.timers.length === 2, 'second pause');
    expect(s.timers[1]!.ms).toBe(4000);
    s.timers[1]!.fn();
    await waitFor(() => s.fake.sockets.length === 4, 'another socket');
    s.fake.open();
    await waitFor(() => s.channel.state === 'open', 'open');
    expect(s.channel.attempts).toBe(0);
  });

  it('515 restart required: a new socket at once, no pause, nothing logged to the operator', async () => {
    const s = await setup();
    await s.link();
    const printed = s.printed.length;
    await s.fake.close(DisconnectReason.restartRequired, 'Stream Errored (restart required)');
    await waitFor(() => s.fake.sockets.length === 3, 'new socket');
    expect(s.timers).toHaveLength(0);
    expect(s.printed).toHaveLength(printed);
  });

  it('401 logged out: wipes the link data, tells the operator how to link again, does not loop', async () => {
    const s = await setup({ adminUrl: 'http://x/admin/whatsapp' });
    await s.link();
    await s.db
      .insertInto('whatsapp_auth_keys')
      .values({ type: 'session', id: 'a.0', value: '"x"', updated_at: 'now' })
      .execute();
    await s.fake.close(DisconnectReason.loggedOut);
    await waitFor(() => s.channel.state === 'logged-out', 'logged out');
    expect(await s.db.selectFrom('whatsapp_auth_creds').selectAll().execute()).toHaveLength(0);
    expect(await s.db.selectFrom('whatsapp_auth_keys').selectAll().execute()).toHaveLength(0);
    expect(s.printed.at(-1)).toMatch(/logged out[\s\S]*To link it again, open http:\/\/x\/admin\/whatsapp/);
    expect(s.timers).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 30));
    expect(s.fake.sockets).toHaveLength(2);
    expect(s.channel.health()).toMatchObject({ state: 'logged-out', linked: false, needsOperator: true });
    // Linking again starts from fresh credentials and shows a new QR code.
    await s.channel.reconnect();
    expect(s.fake.sockets).toHaveLength(3);
    expect(s.fake.sock.opts.auth.creds.me).toBeUndefined();
    s.fake.showQr('again');
    await waitFor(() => s.channel.state === 'waiting-for-link', 'QR again');
  });

  it.each([
    [DisconnectReason.connectionReplaced, 'replaced', /another program took over/],
    [DisconnectReason.forbidden, 'forbidden', /refused \(403\)/],
  ])('%i: stops and alerts instead of looping', async (code, state, alert) => {
    const s = await setup();
    await s.link();
    await s.fake.close(code);
    await waitFor(() => s.channel.state === state, state);
    expect(s.printed.at(-1)).toMatch(alert);
    expect(s.timers).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 30));
    expect(s.fake.sockets).toHaveLength(2);
    // The link is kept: the operator may connect again once the cause is fixed.
    expect(await s.db.selectFrom('whatsapp_auth_creds').selectAll().execute()).toHaveLength(1);
    expect(s.channel.health()).toMatchObject({ state, needsOperator: true, linked: true });
  });

  it('stop() closes the socket without reconnecting', async () => {
    const s = await setup();
    await s.link();
    const sock = s.fake.sock;
    await s.channel.stop();
    expect(sock.ended).toBe(true);
    expect(s.channel.state).toBe('stopped');
    expect(s.timers).toHaveLength(0);
    expect(s.fake.sockets).toHaveLength(2);
  });
});
