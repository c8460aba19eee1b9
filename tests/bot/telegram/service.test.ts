// The real service with the real telegraf, talking to a local fake Bot API
// server: what a worker sees on Telegram, and what survives failures.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Service, startService } from '../../../src/app/service.ts';
import { buttonText } from '../../../src/bot/telegram/adapter.ts';
import { parseConfig } from '../../../src/config.ts';
import { showDay, wibDate } from '../../../src/core/time.ts';
import { type Db, openDb } from '../../../src/db/connect.ts';
import { enqueue } from '../../../src/db/outbox.ts';
import { createLogger } from '../../../src/logger.ts';
import { FakeTelegram, type Update } from '../../helpers/fake-telegram.ts';
import { healthDetails } from '../../helpers/health.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

let fake: FakeTelegram;
let dir: string;
let dbUrl: string;
const services: Service[] = [];

beforeEach(async () => {
  fake = await FakeTelegram.start();
  dir = mkdtempSync(join(tmpdir(), 'upahku-tg-'));
  dbUrl = join(dir, 'test.sqlite');
});

afterEach(async () => {
  for (const s of services.splice(0)) await s.stop();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The environment an operator would set, pointed at the fake; small timeouts keep tests fast. */
function telegramEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: dbUrl,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    WEBCHAT_ENABLED: 'false',
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_POLL_TIMEOUT_SECONDS: '1',
    TELEGRAM_PER_CHAT_INTERVAL_MS: '0',
    TELEGRAM_RATE_PER_SECOND: '1000',
    ...extra,
  };
}

async function startBot(extra: Record<string, string> = {}): Promise<Service & { port: number }> {
  const port = await freePort();
  const svc = await startService(parseConfig(telegramEnv({ PORT: String(port), ...extra })), createLogger('silent'));
  services.push(svc);
  return Object.assign(svc, { port });
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The update was handled and every reply it caused has left the outbox (sent or given up). */
async function settled(db: Db, u: Update): Promise<void> {
  const m = u.message;
  await until(async () => {
    const seen = await db
      .selectFrom('inbound_messages')
      .select('id')
      .where('channel', '=', 'telegram')
      .where('external_id', '=', `${m.chat.id}:${m.message_id}`)
      .executeTakeFirst();
    if (!seen) return false;
    const waiting = await db
      .selectFrom('outbox')
      .select('id')
      .where('address', '=', String(m.chat.id))
      .where('status', 'in', ['pending', 'sending'])
      .executeTakeFirst();
    return !waiting;
  }, `update ${u.update_id} to be handled and answered`);
}

/** A worker on Telegram: says something and gets the texts the bot sent back. */
function user(db: () => Db, chatId: number) {
  return {
    chatId,
    async say(text: string): Promise<string[]> {
      const before = fake.sentTo(chatId).length;
      const u = await fake.text(chatId, text);
      await settled(db(), u);
      return fake
        .sentTo(chatId)
        .slice(before)
        .map((m) => m.text);
    },
    async onboard(first = 'halo'): Promise<void> {
      for (const t of [first, '1', '1', '1', 'pare', '1']) await this.say(t);
    },
  };
}

async function inboundCount(db: Db, chatId: number): Promise<number> {
  const rows = await db
    .selectFrom('inbound_messages')
    .select('external_id')
    .where('channel', '=', 'telegram')
    .where('external_id', 'like', `${chatId}:%`)
    .execute();
  return rows.length;
}

describe('Telegram, long polling', () => {
  it('onboards a worker who came through a campaign link, with keyboards, and serves the menu', async () => {
    const svc = await startBot();
    const sri = user(() => svc.db, 1001);

    const welcome = await sri.say('/start kediri-pare');
    expect(welcome).toHaveLength(1);
    expect(welcome[0]).toMatch(/^Halo! Saya Upahku/);
    const kb = fake.sentTo(1001).at(-1)!.replyMarkup;
    const buttons = kb.keyboard.flat().map((b: { text: string }) => b.text);
    expect(buttons).toEqual([buttonText('1', 'Bahasa Indonesia'), buttonText('2', 'English')]);

    // Tapping the button is the same as typing 1.
    expect((await sri.say(buttons[0]))[0]).toMatch(/^Sebelum mulai/);
    expect(fake.sentTo(1001).at(-1)!.replyMarkup).toEqual({ remove_keyboard: true });
    await sri.say('1');
    await sri.say('1');
    await sri.say('pare');
    const done = await sri.say('1');
    expect(done.join('\n')).toMatch(/Terima kasih! Data awal tersimpan \(Pare\)/);

    const worker = await svc.db.selectFrom('workers').selectAll().executeTakeFirstOrThrow();
    expect(worker).toMatchObject({ campaign: 'kediri-pare', status: 'active', kecamatan: 'Pare', research_consent: 1 });
    const identity = await svc.db.selectFrom('channel_identities').selectAll().executeTakeFirstOrThrow();
    expect(identity).toMatchObject({ channel: 'telegram', channel_user_id: '1001', unreachable: 0 });

    const menu = await sri.say('menu');
    expect(menu[0]).toMatch(/^Menu Upahku:\n1 .+\n2 .+/);
    const menuButtons = fake
      .sentTo(1001)
      .at(-1)!
      .replyMarkup.keyboard.flat()
      .map((b: { text: string }) => b.text);
    expect(menuButtons.length).toBe(menu[0]!.split('\n').filter((l) => /^\d+ /.test(l)).length);
    // The last menu item by digit and by button: the same answer.
    const last = String(menuButtons.length);
    const byDigit = await sri.say(last);
    await sri.say('menu');
    const byButton = await sri.say(menuButtons.at(-1)!);
    expect(byButton).toEqual(byDigit);

    // Replies went out through the outbox, each with Telegram's message id.
    const rows = await svc.db.selectFrom('outbox').select(['status', 'external_id']).execute();
    expect(rows.length).toBe(fake.sentTo(1001).length);
    expect(rows.every((r) => r.status === 'sent' && /^\d+$/.test(r.external_id ?? ''))).toBe(true);

    // Long polling with the configured timeout, asking only for what the bot reads.
    const poll = fake.callsOf('getUpdates')[0]!.body;
    expect(poll).toMatchObject({ timeout: 1, allowed_updates: ['message', 'edited_message', 'my_chat_member'] });
    expect(fake.callsOf('deleteWebhook')).toHaveLength(1);
    const health = await healthDetails(`http://127.0.0.1:${svc.port}`, svc.db);
    expect(health.channels.telegram).toMatchObject({
      mode: 'polling',
      state: 'polling',
      bot: '@UpahkuTestBot',
      lastError: null,
    });
    expect(health.channels.telegram.sent).toBe(fake.sentTo(1001).length);
  });

  it('keeps her diary: an order as one quick message, a hand-in, and a payment through the menu', async () => {
    const svc = await startBot();
    const sri = user(() => svc.db, 1010);
    // Days are WIB calendar days of the real clock; the run could cross midnight.
    const days = [wibDate(new Date())];
    await sri.onboard();
    const worker = await svc.db.selectFrom('workers').select('id').executeTakeFirstOrThrow();

    // The quick entry: echoed at once; the written agreement and the materials, not said, are shown so.
    const echo = (await sri.say('order 3 kodi sandal 2rb/pasang dari Bu Yati')).join('\n');
    expect(echo).toContain('Dari: Bu Yati (baru)');
    expect(echo).toContain('Jumlah: 3 kodi (60)');
    expect(echo).toContain('Upah: Rp2.000/pasang, total Rp120.000');
    expect(echo).toContain('Perjanjian tertulis: belum diisi\nBahan dari pemberi kerja: belum diisi');
    // The confirmation comes with buttons; tapping "Ya, simpan" saves like typing 1.
    const confirm = fake
      .sentTo(1010)
      .at(-1)!
      .replyMarkup.keyboard.flat()
      .map((b: { text: string }) => b.text);
    expect(confirm).toEqual([buttonText('1', 'Ya, simpan'), buttonText('2', 'Ubah')]);
    expect(await svc.db.selectFrom('orders').selectAll().execute()).toEqual([]);
    const saved = await sri.say(confirm[0]!);
    // Two messages: saved with the value, and the order note to forward on its own.
    expect(saved).toHaveLength(2);
    expect(saved[0]).toMatch(/^Order tersimpan. Nilai order: Rp120.000.\nTeruskan pesan berikut ke Bu Yati/);
    const note = saved[1]!;
    expect(note).toMatch(/^CATATAN ORDER\nPemberi kerja: Bu Yati\nBarang: sandal\nJumlah: 3 kodi \(60\)\n/);
    expect(note).toContain('Upah: Rp2.000/pasang\nTotal: Rp120.000');
    expect(note).not.toContain('Bahan');
    const order = await svc.db.selectFrom('orders').selectAll().executeTakeFirstOrThrow();
    expect(order).toMatchObject({
      worker_id: worker.id,
      product: 'sandal',
      unit: 'kodi',
      quantity_pieces: 60,
      rate_amount: 2000,
      rate_per: 'pasang',
      rate_per_piece: 2000,
      written_agreement: null,
      materials_from_employer: null,
    });
    expect(note).toContain(`Diterima: ${showDay(order.received_on)}`);

    // A hand-in as a quick message: the only open order is taken.
    expect((await sri.say('setor 60 retur 2')).join('\n')).toContain('Ditolak: 2, diterima 58 = Rp116.000');
    expect((await sri.say('1')).join('\n')).toMatch(/Sudah diterima 58 dari 60, sisa 2/);

    // The payment through the numbered menu: the only employer and order are taken.
    const menu = (await sri.say('menu'))[0]!;
    const payItem = /^(\d+) Catat bayaran \/ kasbon$/m.exec(menu)![1]!;
    expect((await sri.say(payItem))[0]).toMatch(/^Ini uang apa\?\n1 Bayaran upah\n2 Kasbon/);
    expect((await sri.say('1'))[0]).toMatch(/^Berapa uang yang Anda terima/);
    expect((await sri.say('100rb'))[0]).toMatch(/^Ada potongan/);
    const payEcho = (await sri.say('0'))[0]!;
    expect(payEcho).toContain('Dari: Bu Yati\nJenis: bayaran upah\nJumlah: Rp100.000\nUntuk order: Bu Yati: sandal');
    expect(payEcho).toContain('Potongan: tidak ada');
    expect(await svc.db.selectFrom('payments').selectAll().execute()).toEqual([]);
    const paid = await sri.say('1');
    // The reconciliation: expected from accepted pieces, paid, still owed.
    expect(paid[0]).toBe(
      'Tersimpan. Kalau salah, ketik UBAH.\nDengan Bu Yati sampai hari ini: upah dari setoran Rp116.000, uang diterima Rp100.000.\nBelum dibayar: Rp16.000.',
    );
    expect(paid[1]).toMatch(/dibayar 100rb$/);
    days.push(wibDate(new Date()));

    const payments = await svc.db.selectFrom('payments').selectAll().execute();
    expect(payments).toMatchObject([
      { worker_id: worker.id, order_id: order.id, kind: 'pay', amount: 100_000, deduction: 0, kasbon_repaid: 0 },
    ]);
    expect(await svc.db.selectFrom('handins').selectAll().execute()).toMatchObject([
      { worker_id: worker.id, order_id: order.id, delivered_pieces: 60, rejected_pieces: 2 },
    ]);
    for (const day of [order.received_on, payments[0]!.paid_on]) expect(days).toContain(day);
    const employers = await svc.db.selectFrom('employers').selectAll().execute();
    expect(employers).toMatchObject([{ id: order.employer_id, worker_id: worker.id, name: 'Bu Yati' }]);
    // Every message fits a small screen.
    for (const m of fake.sentTo(1010)) expect(m.text.length).toBeLessThanOrEqual(1000);
  });

  it('answers stickers, photos and locations with "text only", edits with a short note, and ignores groups', async () => {
    const svc = await startBot();
    const sri = user(() => svc.db, 1002);
    await sri.onboard();
    const before = await svc.db.selectFrom('conversations').selectAll().execute();

    for (const content of [
      { sticker: { file_id: 'CAAD', width: 512, height: 512, type: 'regular' } },
      { photo: [{ file_id: 'AgAD', width: 90, height: 90 }], caption: 'nota' },
      { voice: { file_id: 'AwAD', duration: 2 } },
      { location: { latitude: -7.76, longitude: 112.18 } },
    ]) {
      const n = fake.sentTo(1002).length;
      const u = await fake.push(fake.message(1002, content));
      await settled(svc.db, u);
      expect(
        fake
          .sentTo(1002)
          .slice(n)
          .map((m) => m.text),
      ).toEqual(['Maaf, saat ini saya hanya bisa membaca tulisan, belum foto, suara atau stiker.']);
    }
    // Nothing of the media is kept, and her conversation did not move.
    const kept = await svc.db.selectFrom('inbound_messages').select('text').where('text', 'like', '[%').execute();
    expect(kept.map((r) => r.text)).toEqual(['[sticker]', '[photo]', '[voice]', '[location]']);
    expect(await svc.db.selectFrom('conversations').selectAll().execute()).toEqual(before);

    // An edited message: one short note per message, however often she edits it.
    const original = await fake.text(1002, 'menu');
    await settled(svc.db, original);
    const n = fake.sentTo(1002).length;
    await fake.edit(original, 'bantuan');
    await fake.edit(original, 'bantuan!');
    // A group message, and an edit from someone the bot never met: no answer, nobody created.
    const group = await fake.push(fake.message(-100777, { text: 'halo' }, { type: 'group', title: 'Arisan' }));
    await fake.edit(group, 'halo semua');
    const ghost = { update_id: 0, ...fake.message(3999, { text: 'halo' }) } as Update;
    await fake.edit(ghost, 'halo lagi');
    // Updates are handled one after another: once this one is answered, all above are done.
    const last = await fake.text(1002, 'bantuan');
    await settled(svc.db, last);
    expect(
      fake
        .sentTo(1002)
        .slice(n)
        .map((m) => m.text.split('\n')[0]),
    ).toEqual([
      'Pesan yang diubah tidak saya baca. Kalau ada yang salah, kirim lagi sebagai pesan baru ya.',
      'Bantuan:',
    ]);
    expect(fake.sentTo(-100777)).toEqual([]);
    expect(fake.sentTo(3999)).toEqual([]);
    const people = await svc.db.selectFrom('channel_identities').select('channel_user_id').execute();
    expect(people.map((p) => p.channel_user_id)).toEqual(['1002']);
  });

  it('rides out Bot API errors: a 500 on polling and on sending, then everything arrives', async () => {
    fake.fail('getUpdates', { error_code: 500, description: 'Internal Server Error' });
    fake.fail('sendMessage', { error_code: 500, description: 'Internal Server Error' });
    const svc = await startBot();
    const sri = user(() => svc.db, 1007);
    expect((await sri.say('halo'))[0]).toMatch(/^Halo! Saya Upahku/);
    const row = await svc.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    const health = await healthDetails(`http://127.0.0.1:${svc.port}`, svc.db);
    expect(health.channels.telegram).toMatchObject({ state: 'polling' });
    expect(health.channels.telegram.lastError).toMatch(/^polling: 500/);
    expect(health.channels.telegram.lastError).not.toContain(fake.token);
  });

  it('on a 429 in the middle of replies waits retry_after, then delivers all of them in order', async () => {
    const svc = await startBot({ TELEGRAM_PER_CHAT_INTERVAL_MS: '100' });
    const sri = user(() => svc.db, 1003);
    await sri.onboard();
    const n = fake.sentTo(1003).length;
    const calls = fake.callsOf('sendMessage').length;
    // The second of the next replies is refused once with retry_after 1 second.
    let seen = 0;
    fake.rateLimit(1, { when: (b) => String(b.chat_id) === '1003' && ++seen === 2 });
    const a = await fake.text(1003, 'asdf');
    const b = await fake.text(1003, 'bantuan');
    const c = await fake.text(1003, 'menu');
    for (const u of [a, b, c]) await settled(svc.db, u);

    const got = fake.sentTo(1003).slice(n);
    expect(got.map((m) => m.text.split('\n')[0])).toEqual([
      'Maaf, saya belum paham.',
      'Menu Upahku:',
      'Bantuan:',
      'Menu Upahku:',
    ]);
    expect(got[1]!.at - got[0]!.at).toBeGreaterThanOrEqual(1000);
    for (let i = 1; i < got.length; i++) expect(got[i]!.at).toBeGreaterThanOrEqual(got[i - 1]!.at);
    // Five calls for four replies: the refused one was sent again, nothing else twice.
    const made = fake.callsOf('sendMessage').slice(calls);
    expect(made.map((c) => c.body.text.split('\n')[0])).toEqual([
      'Maaf, saya belum paham.',
      'Menu Upahku:',
      'Menu Upahku:',
      'Bantuan:',
      'Menu Upahku:',
    ]);
    // The spacing of 100 ms, measured so that a busy machine cannot break it: each call
    // reaches the fake after the sender made it, and the sender waits from the refusal,
    // which came after the refused call arrived. So the last reply arrives at least
    // retry_after plus two spacings after the refused call arrived; without the spacing it
    // would be about retry_after alone.
    expect(got.at(-1)!.at - made[1]!.at).toBeGreaterThanOrEqual(1000 + 2 * 100);
    const rows = await svc.db.selectFrom('outbox').selectAll().where('address', '=', '1003').execute();
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(rows.filter((r) => r.attempts === 2)).toHaveLength(1);
  });

  it('marks a worker who blocked the bot unreachable, stops writing, and serves her again once she writes', async () => {
    const svc = await startBot();
    const sri = user(() => svc.db, 1004);
    await sri.say('halo');
    fake.block(1004);
    expect(await sri.say('1')).toEqual([]);
    const identity = () =>
      svc.db
        .selectFrom('channel_identities')
        .selectAll()
        .where('channel_user_id', '=', '1004')
        .executeTakeFirstOrThrow();
    expect((await identity()).unreachable).toBe(1);
    const failed = await svc.db.selectFrom('outbox').selectAll().where('status', '=', 'failed').execute();
    expect(failed).toHaveLength(1);
    expect(failed[0]!.last_error).toMatch(/unreachable: 403 Forbidden: bot was blocked by the user/);

    // News queued for her later is not sent to Telegram at all.
    const attempts = fake.callsOf('sendMessage').length;
    const worker = await svc.db.selectFrom('workers').select('id').executeTakeFirstOrThrow();
    const [id] = await enqueue(
      svc.db,
      [{ channel: 'telegram', address: '1004', workerId: worker.id, kind: 'broadcast', text: 'Info BPJS' }],
      new Date().toISOString(),
    );
    svc.engine.events.emit('outbox', 'telegram');
    await until(async () => {
      const r = await svc.db.selectFrom('outbox').select('status').where('id', '=', id!).executeTakeFirstOrThrow();
      return r.status === 'failed';
    }, 'the news to be given up');
    expect(fake.callsOf('sendMessage').length).toBe(attempts);

    // She unblocks the bot and writes again: she is answered.
    fake.unblock(1004);
    const back = await fake.memberStatus(1004, 'member');
    await until(async () => (await identity()).unreachable === 0, 'her to be reachable again');
    expect(back.update_id).toBeGreaterThan(0);
    const again = await sri.say('1');
    expect(again.join('\n')).toMatch(/Satu pertanyaan lagi/);

    // Blocking is also learnt from Telegram's member update, before any send fails.
    await fake.memberStatus(1004, 'kicked');
    await until(async () => (await identity()).unreachable === 1, 'the block to be recorded');
  });

  it('handles a duplicate delivery of an update once', async () => {
    const svc = await startBot();
    const sri = user(() => svc.db, 1005);
    await sri.say('halo');
    const u = await fake.text(1005, '1');
    await settled(svc.db, u);
    const sent = fake.sentTo(1005).length;
    const polls = fake.callsOf('getUpdates').length;

    fake.redeliver(u);
    // Two more polls: the one that got the duplicate and the next.
    await until(() => fake.callsOf('getUpdates').length >= polls + 2, 'the duplicate to be taken');
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.sentTo(1005).length).toBe(sent);
    expect(await inboundCount(svc.db, 1005)).toBe(2);
    const conv = await svc.db.selectFrom('conversations').select('step').executeTakeFirstOrThrow();
    expect(conv.step).toBe('consent');
  });

  it('on stop finishes the update in hand, leaves the rest for after the restart: none lost, none twice', async () => {
    // Three messages wait before the bot starts: they arrive in one batch.
    const u1 = await fake.text(1006, 'halo');
    const u2 = await fake.text(1006, '1');
    const u3 = await fake.text(1006, '1');
    const first = await startBot();
    let stopped: Promise<void> | null = null;
    // Stop is asked while the first update is being handled (its replies are committed, the handler not done).
    first.engine.events.once('outbox', () => {
      stopped = first.stop();
    });
    await until(() => stopped !== null, 'the first update to be in hand');
    await stopped;
    expect(fake.confirmedOffset).toBe(u1.update_id + 1);

    const second = await startBot();
    await settled(second.db, u3);
    await settled(second.db, u2);
    expect(await inboundCount(second.db, 1006)).toBe(3);
    const texts = fake.sentTo(1006).map((m) => m.text.split('\n')[0]);
    expect(texts).toEqual([
      expect.stringMatching(/^Halo! Saya Upahku/),
      'Sebelum mulai:',
      expect.stringMatching(/^Satu pertanyaan lagi/),
    ]);
    expect(fake.confirmedOffset).toBeGreaterThanOrEqual(u3.update_id);
  });
  it('retries a message whose handling failed, and skips one that keeps failing without holding up others', async () => {
    const svc = await startBot();
    const handle = svc.engine.handle.bind(svc.engine);
    let failures = 0;
    svc.engine.handle = async (m) => {
      if (m.text === 'halo' && failures++ === 0) throw new Error('disk I/O error');
      if (m.text === 'poison') throw new Error('a bug this message triggers');
      return handle(m);
    };
    const sri = user(() => svc.db, 1008);
    expect((await sri.say('halo'))[0]).toMatch(/^Halo! Saya Upahku/);
    expect(failures).toBe(2);

    const other = user(() => svc.db, 1009);
    const poison = await fake.text(1008, 'poison');
    expect((await other.say('halo'))[0]).toMatch(/^Halo! Saya Upahku/);
    expect(fake.confirmedOffset).toBeGreaterThan(poison.update_id);
    expect(await inboundCount(svc.db, 1008)).toBe(1);
    const health = await healthDetails(`http://127.0.0.1:${svc.port}`, svc.db);
    expect(health.channels.telegram.lastError).toMatch(/a bug this message triggers/);
  });

  it('starts and stops promptly while the Bot API never answers, and says so on /healthz', async () => {
    // A server that takes the connection and never replies.
    const held = new Set<Socket>();
    const silent = createServer((socket) => held.add(socket));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const root = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
      const svc = await startBot({ TELEGRAM_API_ROOT: root });
      const health = await healthDetails(`http://127.0.0.1:${svc.port}`, svc.db);
      expect(health.status).toBe('ok');
      expect(health.channels.telegram).toMatchObject({ mode: 'polling', state: 'starting', bot: null });
      const t0 = Date.now();
      await svc.stop();
      expect(Date.now() - t0).toBeLessThan(2000);
    } finally {
      for (const socket of held) socket.destroy();
      silent.close();
    }
  });
});

describe('Telegram, webhook mode', () => {
  it('registers the webhook, takes updates with the right secret, refuses others with 401 and changes nothing', async () => {
    const port = await freePort();
    const secret = 'test-secret-0123456789abcdef';
    const url = `http://127.0.0.1:${port}/telegram/webhook`;
    const svc = await startBot({ PORT: String(port), TELEGRAM_WEBHOOK_URL: url, TELEGRAM_WEBHOOK_SECRET: secret });
    await fake.waitFor(() => fake.webhook !== null, 'setWebhook');
    expect(fake.webhook).toEqual({
      url,
      secret_token: secret,
      allowed_updates: ['message', 'edited_message', 'my_chat_member'],
    });

    const sri = user(() => svc.db, 1101);
    expect((await sri.say('halo'))[0]).toMatch(/^Halo! Saya Upahku/);
    expect(fake.webhookDeliveries.at(-1)!.status).toBe(200);

    // The same update delivered twice (Telegram retries): handled once.
    const u = await fake.text(1101, '1');
    await settled(svc.db, u);
    expect(await fake.deliver(u)).toBe(200);
    expect(fake.sentTo(1101).map((m) => m.text.split('\n')[0])).toEqual([
      expect.stringMatching(/^Halo!/),
      'Sebelum mulai:',
    ]);

    // A forged update: wrong secret or none. Refused before it is read.
    const forged = { update_id: 1, ...fake.message(1101, { text: 'HAPUS' }) };
    expect(await fake.deliver(forged as Update, 'wrong-secret-0123456789')).toBe(401);
    const bare = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(forged),
    });
    expect(bare.status).toBe(401);
    expect(await inboundCount(svc.db, 1101)).toBe(2);
    const conv = await svc.db.selectFrom('conversations').select('step').executeTakeFirstOrThrow();
    expect(conv.step).toBe('consent');
    expect(fake.sentTo(1101)).toHaveLength(2);

    expect(fake.callsOf('getUpdates')).toEqual([]);
    const health = await healthDetails(`http://127.0.0.1:${port}`, svc.db);
    expect(health.channels.telegram).toMatchObject({ mode: 'webhook', state: 'webhook', webhook: url });

    // Handling fails: Telegram gets a 500 and delivers the update again later.
    const handle = svc.engine.handle.bind(svc.engine);
    let failOnce = true;
    svc.engine.handle = async (m) => {
      if (failOnce) {
        failOnce = false;
        throw new Error('database is locked');
      }
      return handle(m);
    };
    const again = await fake.text(1101, '1');
    expect(fake.webhookDeliveries.at(-1)).toEqual({ updateId: again.update_id, status: 500 });
    expect(fake.sentTo(1101)).toHaveLength(2);
    expect(await fake.deliver(again)).toBe(200);
    await settled(svc.db, again);
    expect(fake.sentTo(1101).at(-1)!.text).toMatch(/^Satu pertanyaan lagi/);
  });

  it('uses a secret derived from the token when none is configured', async () => {
    const port = await freePort();
    const svc = await startBot({ PORT: String(port), TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}` });
    await fake.waitFor(() => fake.webhook !== null, 'setWebhook');
    expect(fake.webhook!.url).toBe(`http://127.0.0.1:${port}/telegram/webhook`);
    expect(fake.webhook!.secret_token).toMatch(/^[0-9a-f]{64}$/);
    const sri = user(() => svc.db, 1102);
    expect((await sri.say('halo'))[0]).toMatch(/^Halo!/);
  });
});

describe('npm start with TELEGRAM_BOT_TOKEN', () => {
  it('polls, stops cleanly on SIGTERM, and after a restart handles the next message and not the last one again', async () => {
    const port = await freePort();
    const env = { ...process.env, ...telegramEnv({ PORT: String(port) }) };
    const run = () => {
      const child = spawn(process.execPath, [join(process.cwd(), 'bin/upahku.js')], { cwd: dir, env });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const exited = new Promise<number | null>((r) => child.on('close', r));
      return { child, exited, out: () => out };
    };

    const a = run();
    const u1 = await fake.text(1201, 'halo');
    await fake.waitFor(() => fake.sentTo(1201).length === 1, 'the welcome', 20_000);
    const health = await healthDetails(`http://127.0.0.1:${port}`, dbUrl);
    expect(health.channels.telegram).toMatchObject({ mode: 'polling', bot: '@UpahkuTestBot' });
    a.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    expect(fake.confirmedOffset).toBe(u1.update_id + 1);

    // She writes while the bot is down.
    await fake.text(1201, '1');
    const b = run();
    try {
      await fake.waitFor(() => fake.sentTo(1201).length >= 2, 'the answer after the restart', 20_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.sentTo(1201).map((m) => m.text.split('\n')[0])).toEqual([
        expect.stringMatching(/^Halo! Saya Upahku/),
        'Sebelum mulai:',
      ]);
    } finally {
      b.child.kill('SIGTERM');
      expect(await b.exited).toBe(0);
    }
    const db = openDb(dbUrl);
    try {
      expect(await inboundCount(db, 1201)).toBe(2);
    } finally {
      await db.destroy();
    }
  });
});
