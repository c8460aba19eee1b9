// HAPUS across every area: a worker who kept her diary, used the BPJS guide
// (status, an intent and its follow-up, TANYA with an answer) and wrote on
// Telegram, and one on WhatsApp, leave no row behind; another worker keeps hers.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Service, startService } from '../../src/app/service.ts';
import { WhatsAppChannel } from '../../src/bot/whatsapp/channel.ts';
import { answerQuestion } from '../../src/broadcast/answers.ts';
import { createGroup } from '../../src/broadcast/groups.ts';
import { parseConfig } from '../../src/config.ts';
import type { Db } from '../../src/db/connect.ts';
import { countWorkerRows, WORKER_TABLES } from '../../src/db/erase.ts';
import { openQuestions } from '../../src/db/questions.ts';
import { createLogger } from '../../src/logger.ts';
import { sendDueRechecks } from '../../src/reminders/status-rechecks.ts';
import { runReminderSweep } from '../../src/reminders/sweep.ts';
import { FakeWhatsApp } from '../bot/whatsapp/fake-whatsapp.ts';
import { Phone } from '../helpers/conversation.ts';
import { FakeTelegram } from '../helpers/fake-telegram.ts';
import { rowsContaining } from '../helpers/rows.ts';

const CHAT = 918273645;
const LID = '123456789012345@lid';
const PN = '6281234567890@s.whatsapp.net';

let dir: string;
let tg: FakeTelegram;
let svc: Service | undefined;
let wa: WhatsAppChannel | undefined;
let wf: FakeWhatsApp;

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Nothing due is left to send (a reminder queued for a later date waits). */
const nothingWaiting = async (db: Db) =>
  !(await db
    .selectFrom('outbox')
    .select('id')
    .where('status', 'in', ['pending', 'sending'])
    .where('not_before', '<=', new Date().toISOString())
    .executeTakeFirst());

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'upahku-erase-'));
  tg = await FakeTelegram.start();
  svc = await startService(
    parseConfig({
      DATABASE_URL: join(dir, 'test.sqlite'),
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
      WEBCHAT_ENABLED: 'false',
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      TELEGRAM_POLL_TIMEOUT_SECONDS: '1',
      TELEGRAM_PER_CHAT_INTERVAL_MS: '0',
      TELEGRAM_RATE_PER_SECOND: '1000',
    }),
    createLogger('silent'),
  );
  // WhatsApp on the same database and engine, over the fake socket.
  wf = new FakeWhatsApp();
  const channel = new WhatsAppChannel({
    db: svc!.db,
    engine: svc!.engine,
    logger: pino({ level: 'silent' }),
    socketFactory: wf.factory,
    print: () => {},
    schedule: () => () => {},
    random: () => 0.5,
    outbox: { sleep: async () => {}, idlePollMs: 20 },
  });
  wa = channel;
  await channel.start();
  await until(() => wf.sockets.length === 1, 'the first socket');
  wf.showQr();
  await until(() => channel.state === 'waiting-for-link', 'the QR code');
  await wf.pairSuccess();
  await until(() => wf.sockets.length === 2, 'the socket after the restart');
  wf.open();
  await until(() => channel.state === 'open', 'the link');
});

afterEach(async () => {
  await wa?.stop();
  await svc?.stop();
  await tg.close();
  wa = undefined;
  svc = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** She writes on Telegram; the texts the bot sent back once all is handled. */
async function onTelegram(text: string): Promise<string> {
  const before = tg.sentTo(CHAT).length;
  const u = await tg.text(CHAT, text);
  // Handled once Telegram was asked for what comes after it (the inbound row itself goes with HAPUS).
  await until(
    async () => tg.confirmedOffset > u.update_id && (await nothingWaiting(svc!.db)),
    `"${text}" to be answered`,
  );
  return tg
    .sentTo(CHAT)
    .slice(before)
    .map((m) => m.text)
    .join('\n\n');
}

/** She writes on WhatsApp (by default by LID with her phone number alongside). */
async function onWhatsApp(text: string, from = LID, alt: string | undefined = PN): Promise<string> {
  const before = wf.sent.length;
  wf.deliver(wf.message({ from, alt, text }));
  await wa!.idle();
  await until(() => nothingWaiting(svc!.db), `"${text}" to be answered`);
  return wf.sent
    .slice(before)
    .map((m) => m.text)
    .join('\n\n');
}

async function workerOf(channel: string, user: string): Promise<string> {
  const row = await svc!.db
    .selectFrom('channel_identities')
    .select('worker_id')
    .where('channel', '=', channel)
    .where('channel_user_id', '=', user)
    .executeTakeFirstOrThrow();
  return row.worker_id;
}

describe('HAPUS after using every area', () => {
  it('leaves no row of her in any table, on Telegram and on WhatsApp, and nothing of anyone else goes', async () => {
    // Someone else, on the terminal, with a diary of her own.
    const other = new Phone(svc!.db, 'ani-terminal');
    await other.onboard();
    for (const line of ['order 3 kodi sandal 2rb/pasang dari Bu Yati', '1', 'TANYA iuran JHT berapa?'])
      await other.send(line);
    const otherId = await workerOf('terminal', 'ani-terminal');
    const otherRows = await countWorkerRows(svc!.db, otherId);

    // Sri on Telegram: came through a campaign link, keeps her diary, uses the BPJS guide.
    for (const line of ['/start kediri-pare', '1', '1', '1', 'pare', '1']) await onTelegram(line);
    const sri = await workerOf('telegram', String(CHAT));
    const diary = [
      ['order 3 kodi sandal 2rb/pasang dari Bu Sulastri', '1'],
      ['setor 58 retur 2', '1'],
      ['kasbon 50rb', '1'],
      ['dibayar 66rb potong kasbon 50rb', '1'],
      ['kerja 5 jam', '0', '1'],
      ['biaya listrik 20rb', '1'],
    ];
    for (const entry of diary) for (const line of entry) await onTelegram(line);
    // A correction: the hours are undone (kept in the history).
    expect(await onTelegram('ubah')).toMatch(/Catatan terakhir/);
    expect(await onTelegram('1')).toMatch(/1 Ubah\n2 Hapus/);
    await onTelegram('2');
    expect(await onTelegram('1')).toMatch(/Sudah dihapus dari catatan/);
    // BPJS: her status, an intent to register, and the follow-up a week later.
    expect(await onTelegram('bpjs')).toMatch(/1 Langkah untuk saya/);
    await onTelegram('1');
    await onTelegram('3');
    expect(await onTelegram('3')).toMatch(/Mau daftar\?/);
    expect(await onTelegram('1')).toMatch(/Dicatat: Anda mau daftar BPJS Ketenagakerjaan/);
    await onTelegram('0');
    await svc!.db.updateTable('enrolment_intents').set({ follow_up_due: '2020-01-01T00:00:00.000Z' }).execute();
    expect(await onTelegram('halo')).toMatch(/Sudah daftar\?/);
    expect(await onTelegram('2')).toMatch(/kendala/);
    expect(await onTelegram('2')).toMatch(/tanya lagi/);
    await onTelegram('2');
    // TANYA, answered by the NGO through the outbox.
    expect(await onTelegram('TANYA apakah suami bisa ikut BPJS saya?')).toMatch(/sudah dikirim/);
    const [question] = (await openQuestions(svc!.db)).filter((q) => q.text.includes('suami'));
    await answerQuestion(svc!.db, {
      questionId: question!.id,
      answer: 'Bisa, lewat JMO.',
      answeredBy: 'Ratna',
      now: new Date(),
    });
    svc!.engine.events.emit('outbox', 'telegram');
    await until(() => tg.sentTo(CHAT).some((m) => m.text.includes('Bisa, lewat JMO.')), 'the answer');
    // Telegram's own: an edited message gets a note, a sticker gets "text only".
    const original = await tg.text(CHAT, 'menu');
    await until(() => nothingWaiting(svc!.db), 'the menu');
    await tg.edit(original, 'menu!');
    await onTelegram('bantuan');
    await tg.push(tg.message(CHAT, { sticker: { file_id: 'CAAD', width: 512, height: 512, type: 'regular' } }));
    // An NGO group by its code, her weekly reminder moved to Wednesday, and a reminder sent.
    await createGroup(svc!.db, 'Kelompok Pare', 'PARE1', new Date());
    expect(await onTelegram('GABUNG PARE1')).toMatch(/Kelompok Pare/);
    expect(await onTelegram('PENGINGAT')).toMatch(/Pengingat mingguan/);
    await onTelegram('1');
    expect(await onTelegram('3')).toMatch(/tiap Rabu/);
    // Wednesday 2 January 2030, 16:30 WIB: her reminder is due (the other worker's is on Saturday).
    const swept = await runReminderSweep(svc!.engine, new Date('2030-01-02T09:30:00Z'), {
      notifyOutbox: (c) => svc!.engine.events.emit('outbox', c),
    });
    expect(swept.sent + swept.skipped).toBe(1);
    // Her BPJS status asked again by the scheduler (long due by then), and her answer.
    expect((await sendDueRechecks(svc!.engine, new Date('2030-01-02T03:30:00Z'))).asked).toBe(1);
    expect(await onTelegram('1')).toMatch(/Terima kasih, dicatat/);
    // Without a kecamatan (as when she skips the question), REKAP says once how to set it; she sets it.
    await svc!.db.updateTable('workers').set({ kecamatan: null }).where('id', '=', sri).execute();
    expect(await onTelegram('rekap minggu ini')).toMatch(/Ketik KECAMATAN untuk mengisi/);
    expect(await onTelegram('kecamatan')).toMatch(/kecamatan mana/);
    expect(await onTelegram('pare')).toMatch(/Tersimpan\. Kecamatan: Pare/);
    // A SAMBUNG code to use her diary from another number, and a wrong one typed.
    expect(await onTelegram('SAMBUNG')).toMatch(/Kode sambung: \d{8}/);
    expect(await onTelegram('SAMBUNG 00000000')).toMatch(/tidak dikenal/);
    // An entry left half-way: a conversation in progress.
    expect(await onTelegram('order')).toMatch(/Dari siapa order ini/);

    // She has rows in every table that can hold a worker's rows.
    const sriRows = await countWorkerRows(svc!.db, sri);
    expect(Object.entries(sriRows).filter(([, n]) => n === 0)).toEqual([]);
    expect(Object.keys(sriRows).sort()).toEqual([...WORKER_TABLES].sort());
    // DATAKU names each of them in her words: no table name shows.
    const data = await onTelegram('DATAKU');
    expect(data).toMatch(/Catatan tersimpan:\nPemberi kerja: 1\nOrder: 1\nSetoran: 1\nBayaran dan kasbon: 2\n/);
    expect(data).toMatch(/Akun chat \(WhatsApp, Telegram, SMS\): 1/);
    expect(data).not.toMatch(/^[a-z_]+: \d+$/m);

    // Dewi on WhatsApp: first by phone number only, then by LID; WhatsApp's key store learns the pair.
    await onWhatsApp('halo', PN, undefined);
    for (const line of ['1', '1', '1', 'pare', '1']) await onWhatsApp(line);
    const dewi = await workerOf('whatsapp', LID);
    for (const line of ['order 5 lusin peci 5rb/lusin dari Pak Darmo', '1', 'dibayar 25rb', '1'])
      await onWhatsApp(line);
    for (const line of ['bpjs', '1', '1', '1', 'TANYA KIS saya mati, bagaimana?']) await onWhatsApp(line);
    wf.deliver(wf.message({ from: LID, alt: PN, message: { imageMessage: { caption: 'nota' } } }));
    await wa!.idle();
    await wf.sock.opts.auth.keys.set({
      'lid-mapping': { '6281234567890': '123456789012345', '123456789012345_reverse': '6281234567890' },
    });
    await wf.sock.opts.auth.keys.set({ 'lid-mapping': { '6289999999999': '999999999999999' } });
    expect((await rowsContaining(svc!.db, ['6281234567890'])).map((r) => r.table)).toContain('whatsapp_auth_keys');

    // HAPUS on both channels.
    expect(await onTelegram('HAPUS')).toMatch(/Hapus SEMUA/);
    expect(await onTelegram('1')).toMatch(/sudah dihapus/);
    expect(await onWhatsApp('HAPUS')).toMatch(/Hapus SEMUA/);
    expect(await onWhatsApp('1')).toMatch(/sudah dihapus/);
    // The goodbye went out and its row is gone; then WhatsApp's keys of her go too.
    await until(() => nothingWaiting(svc!.db), 'the goodbyes');
    await wa!.forgetErased();

    const needles = [sri, dewi, String(CHAT), '123456789012345', '6281234567890', 'kediri-pare', 'Sulastri', 'Darmo'];
    expect(await rowsContaining(svc!.db, needles)).toEqual([]);
    expect(await countWorkerRows(svc!.db, sri)).toEqual(Object.fromEntries(WORKER_TABLES.map((t) => [t, 0])));
    // Others are untouched: the other worker's rows, another person's pairing, the link itself.
    expect(await countWorkerRows(svc!.db, otherId)).toEqual(otherRows);
    expect(await svc!.db.selectFrom('workers').select('id').execute()).toEqual([{ id: otherId }]);
    expect((await rowsContaining(svc!.db, ['6289999999999'])).map((r) => r.table)).toEqual(['whatsapp_auth_keys']);
    expect(await svc!.db.selectFrom('whatsapp_auth_creds').selectAll().execute()).toHaveLength(1);
    expect(await other.send('menu')).toMatch(/Menu Upahku/);
  });
});
