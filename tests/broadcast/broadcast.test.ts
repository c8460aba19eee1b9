import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.ts';
import { jobs } from '../../src/app/jobs.ts';
import {
  broadcastFigures,
  broadcastProgress,
  cancelBroadcast,
  createBroadcast,
  enqueueBroadcast,
  previewBroadcast,
  sendBroadcast,
} from '../../src/broadcast/broadcasts.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { appendProtectionStatus } from '../../src/db/protection-status.ts';
import { SendError } from '../../src/outbox/channel-sender.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { drain, recordingPlatform } from '../helpers/platform.ts';
import { seedWorkers } from '../helpers/seed.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const defaults = { quietHours: '20:00-07:00' };
// Friday 27 November 2026, 19:00 WIB.
const friday19 = '2026-11-27T12:00:00.000Z';
const wibHour = (ms: number) => new Date(ms + 7 * 3600_000).getUTCHours();

describe('broadcast to 10,000 workers', () => {
  it('reaches every eligible worker once across a crash, skips opted-out ones, keeps quiet hours and the rate', async () => {
    const clock = fixedClock(friday19);
    const workers = await seedWorkers(t.db, 10_000, friday19, (i) => ({
      lang: i % 10 === 3 ? 'en' : 'id',
      kecamatan: i % 2 ? 'Gurah' : 'Pare',
      optedOut: i % 20 === 0,
      status: i % 50 === 1 ? 'onboarding' : 'active',
      unreachable: i % 100 === 7,
    }));
    const eligible = new Set(
      workers.filter((w) => !w.optedOut && w.status === 'active' && !w.unreachable).map((w) => w.address),
    );
    const b = await createBroadcast(
      t.db,
      {
        textId: 'Pendaftaran BPJS Ketenagakerjaan gratis di balai desa, Sabtu jam 9.',
        textEn: 'Free BPJS Ketenagakerjaan registration at the village hall, Saturday 9 am.',
      },
      clock.now(),
      defaults,
    );
    const preview = await previewBroadcast(t.db, b.id, clock.now());
    expect(preview.recipients).toBe(eligible.size);
    expect(preview.excluded).toEqual({
      optedOut: workers.filter((w) => w.optedOut && w.status === 'active').length,
      noConsent: workers.filter((w) => w.status !== 'active').length,
      unreachable: workers.filter((w) => w.unreachable && !w.optedOut && w.status === 'active').length,
    });
    expect(preview.texts.en).toMatch(/^Free BPJS.*\n\n\(News from Upahku\. Type STOP/s);

    const started = performance.now();
    const sent = await sendBroadcast(t.db, b.id, {}, clock.now());
    const enqueueMs = performance.now() - started;
    expect(sent).toEqual({ status: 'sending', recipients: eligible.size });
    expect(enqueueMs).toBeLessThan(5000);

    // The platform: 2 messages a second; a few chats blocked the bot; the
    // first process dies while the platform is taking message 3001.
    const rate = 2;
    const blocked = new Set(['chat5', 'chat11', 'chat13']);
    let crashed = false;
    const platform = recordingPlatform(clock, {
      ratePerSecond: rate,
      before: (m) => {
        if (blocked.has(m.address)) throw new SendError('unreachable', '403 Forbidden: bot was blocked by the user');
      },
      after: (_m, n) => {
        if (n !== 3001 || crashed) return;
        crashed = true;
        // The message is out; the process never records it.
        return new Promise<void>(() => {});
      },
    });
    const first = new OutboxSender(t.db, platform.sender, { clock, sleep: async (ms) => clock.advance(ms) });
    void drain(t.db, first, clock);
    while (!crashed) await new Promise((r) => setTimeout(r, 5));
    expect(platform.got).toHaveLength(3001);

    // While it is down, 100 workers who have not got it yet say BERHENTI.
    const unsent = await t.db
      .selectFrom('outbox')
      .select('worker_id')
      .where('broadcast_id', '=', b.id)
      .where('status', '=', 'pending')
      .orderBy('id', 'desc')
      .limit(100)
      .execute();
    const stoppedLater = unsent.map((r) => r.worker_id!);
    await t.db.updateTable('workers').set({ opted_out: 1 }).where('id', 'in', stoppedLater).execute();
    const stoppedAddresses = new Set(workers.filter((w) => stoppedLater.includes(w.id)).map((w) => w.address));

    // A new process, ten seconds later.
    clock.advance(10_000);
    const second = new OutboxSender(t.db, platform.sender, { clock, sleep: async (ms) => clock.advance(ms) });
    await drain(t.db, second, clock);

    const perAddress = new Map<string, number>();
    for (const g of platform.got) perAddress.set(g.address, (perAddress.get(g.address) ?? 0) + 1);
    const duplicates = [...perAddress.values()].filter((n) => n > 1).length;
    console.log(
      `10,000-worker broadcast: ${platform.got.length} delivered, ${duplicates} duplicate(s) after the crash`,
    );
    expect(duplicates).toBeLessThanOrEqual(1);
    expect([...perAddress.values()].every((n) => n <= 2)).toBe(true);
    for (const address of eligible) {
      if (blocked.has(address) || stoppedAddresses.has(address)) expect(perAddress.has(address), address).toBe(false);
      else expect(perAddress.get(address), address).toBeGreaterThanOrEqual(1);
    }
    for (const address of perAddress.keys()) expect(eligible.has(address), address).toBe(true);

    // Each in her language.
    const english = new Set(workers.filter((w) => w.lang === 'en').map((w) => w.address));
    for (const g of platform.got) expect(g.text.startsWith(english.has(g.address) ? 'Free' : 'Pendaftaran')).toBe(true);

    // Quiet hours: nothing between 20:00 and 07:00 WIB, so the rest went the next morning.
    const hours = platform.got.map((g) => wibHour(g.at));
    expect(hours.every((h) => h >= 7 && h < 20)).toBe(true);
    expect(hours.filter((h) => h === 19).length).toBeGreaterThan(3000);
    expect(hours.filter((h) => h < 12).length).toBeGreaterThan(1000);

    // The rate: never more than `rate` messages in any second.
    const times = platform.got.map((g) => g.at).sort((x, y) => x - y);
    for (let i = rate; i < times.length; i++) expect(times[i]! - times[i - rate]!).toBeGreaterThanOrEqual(1000);

    // Some reply: 30 within two days, 5 only on Monday.
    const engine = createEngine(t.db, { clock });
    const delivered = platform.got.filter((g) => !english.has(g.address)).slice(0, 35);
    for (const [k, g] of delivered.entries()) {
      clock.set(new Date(k < 30 ? g.at + 3600_000 : g.at + 3 * 86_400_000));
      await engine.handle({
        channel: 'telegram',
        channelUserId: g.address,
        externalId: `reply-${k}`,
        text: 'terima kasih',
        receivedAt: clock.now(),
      });
    }
    const f = await broadcastFigures(t.db, b.id, clock.now());
    expect(f).toMatchObject({
      status: 'done',
      recipients: eligible.size,
      pending: 0,
      sent: eligible.size - blocked.size - stoppedLater.length,
      unreachable: blocked.size,
      failed: 0,
      stoppedBeforeSend: stoppedLater.length,
      optedOutSince: stoppedLater.length,
      repliedWithin48h: 30,
    });
  }, 120_000);
});

describe('broadcast lifecycle', () => {
  it('reading its progress changes nothing: all sent reads as done, and only the sender records it', async () => {
    const clock = fixedClock('2026-11-28T02:00:00.000Z');
    await seedWorkers(t.db, 5, clock.now().toISOString());
    const b = await createBroadcast(t.db, { textId: 'Kabar penting' }, clock.now(), defaults);
    await sendBroadcast(t.db, b.id, {}, clock.now());
    // Sent by a sender that stopped before recording the broadcast as done.
    await t.db.updateTable('outbox').set({ status: 'sent' }).where('broadcast_id', '=', b.id).execute();
    const snapshot = async () => ({
      broadcast: await t.db.selectFrom('broadcasts').selectAll().where('id', '=', b.id).executeTakeFirstOrThrow(),
      outbox: await t.db.selectFrom('outbox').selectAll().where('broadcast_id', '=', b.id).orderBy('id').execute(),
    });
    const before = await snapshot();
    expect(before.broadcast.status).toBe('sending');
    clock.advance(60_000);
    expect(await broadcastProgress(t.db, b.id, clock.now())).toMatchObject({ status: 'done', sent: 5, pending: 0 });
    expect(await broadcastProgress(t.db, b.id, clock.now())).toMatchObject({ status: 'done', sent: 5 });
    expect(await snapshot()).toEqual(before);
  });

  it('cancel stops the rest, also the messages already claimed by the sender', async () => {
    const clock = fixedClock('2026-11-28T02:00:00.000Z');
    await seedWorkers(t.db, 2000, clock.now().toISOString());
    const b = await createBroadcast(t.db, { textId: 'Kabar penting' }, clock.now(), defaults);
    await sendBroadcast(t.db, b.id, {}, clock.now());
    const platform = recordingPlatform(clock, {
      ratePerSecond: 30,
      after: async (_m, n) => {
        // The 520th is with the platform already: it went, and is not counted as withdrawn.
        if (n === 520) expect(await cancelBroadcast(t.db, b.id, clock.now())).toBe(2000 - 520);
      },
    });
    const s = new OutboxSender(t.db, platform.sender, { clock, sleep: async (ms) => clock.advance(ms) });
    await drain(t.db, s, clock);
    expect(platform.got).toHaveLength(520);
    const p = await broadcastProgress(t.db, b.id, clock.now());
    expect(p).toMatchObject({ status: 'cancelled', sent: 520, cancelled: 1480, pending: 0 });
    await expect(sendBroadcast(t.db, b.id, {}, clock.now())).rejects.toThrow(/cancelled: it cannot be sent again/);
  });

  it('segments by kecamatan, product, language, channel, activity and campaign', async () => {
    const now = '2026-11-28T02:00:00.000Z';
    const clock = fixedClock(now);
    await seedWorkers(t.db, 200, now, (i) => ({
      kecamatan: ['Pare', 'Gurah', 'Kepung', 'Kayen Kidul'][i % 4],
      product: i % 3 ? 'alas_kaki' : 'jahit',
      lang: i % 5 ? 'id' : 'en',
      channel: i % 2 ? 'telegram' : 'whatsapp',
      campaign: i % 7 === 0 ? 'PARE2026' : null,
      lastActiveAt: i % 10 < 3 ? '2026-09-01T00:00:00.000Z' : now,
    }));
    const count = async (segment: unknown) => {
      const b = await createBroadcast(t.db, { textId: 'x', segment }, clock.now(), defaults);
      return (await previewBroadcast(t.db, b.id, clock.now())).recipients;
    };
    const expected = (f: (i: number) => boolean) => [...Array(200).keys()].filter(f).length;
    expect(await count({})).toBe(200);
    expect(await count({ kecamatan: ['pare', 'KAYEN KIDUL'] })).toBe(expected((i) => i % 4 === 0 || i % 4 === 3));
    expect(await count({ product: ['jahit'], lang: ['en'] })).toBe(expected((i) => i % 3 === 0 && i % 5 === 0));
    expect(await count({ channel: ['whatsapp'], activeWithinDays: 30 })).toBe(
      expected((i) => i % 2 === 0 && i % 10 >= 3),
    );
    expect(await count({ campaign: ['PARE2026'] })).toBe(expected((i) => i % 7 === 0));
    // By the latest BPJS status answer.
    await appendProtectionStatus(t.db, 'w000000', [{ scheme: 'jkn', status: 'none' }], 'guide', '2026-08-01T00:00:00Z');
    await appendProtectionStatus(t.db, 'w000000', [{ scheme: 'jkn', status: 'pbi' }], 'recheck', now);
    await appendProtectionStatus(t.db, 'w000001', [{ scheme: 'bpjs_tk', status: 'none' }], 'guide', now);
    await appendProtectionStatus(t.db, 'w000002', [{ scheme: 'bpjs_tk', status: 'none' }], 'guide', now);
    expect(await count({ protection: ['jkn:none'] })).toBe(0);
    expect(await count({ protection: ['jkn:pbi'] })).toBe(1);
    expect(await count({ protection: ['bpjs_tk:none', 'jkn:pbi'] })).toBe(3);
    expect(await count({ protection: ['jkn:never_asked'] })).toBe(199);
    expect(await count({ protection: ['BPJS_TK:NONE'], kecamatan: ['Gurah'] })).toBe(1);
    await expect(count({ protection: ['jkn:maybe'] })).rejects.toThrow('Segment protection: "jkn:maybe" is not one of');
    await expect(count({ kecamatan: ['Atlantis'] })).rejects.toThrow(
      'Segment kecamatan: "Atlantis" is not a kecamatan',
    );
    await expect(count({ colour: ['red'] })).rejects.toThrow('Segment: unknown filter colour');
  });

  it('scheduled for later: queued by the scheduler at that time; at night the rows wait for 07:00', async () => {
    const clock = fixedClock(friday19);
    await seedWorkers(t.db, 50, friday19);
    const b = await createBroadcast(t.db, { textId: 'Besok ada pertemuan' }, clock.now(), defaults);
    // 21:00 WIB tonight.
    const res = await sendBroadcast(t.db, b.id, { at: new Date('2026-11-27T14:00:00Z') }, clock.now());
    expect(res).toEqual({ status: 'scheduled', at: '2026-11-27T14:00:00.000Z' });
    const scheduler = new Scheduler(t.db, { jobs, clock });
    expect(await scheduler.runDue()).toBe(0);
    expect(await t.db.selectFrom('outbox').select('id').execute()).toHaveLength(0);
    clock.set('2026-11-27T14:00:00Z');
    expect(await scheduler.runDue()).toBe(1);
    const rows = await t.db.selectFrom('outbox').select(['not_before', 'status']).execute();
    expect(rows).toHaveLength(50);
    // 07:00 WIB on Saturday.
    expect(new Set(rows.map((r) => r.not_before))).toEqual(new Set(['2026-11-28T00:00:00.000Z']));
    // The job ran once; running it again changes nothing.
    expect(await enqueueBroadcast(t.db, b.id, clock.now())).toBeNull();
    expect(await t.db.selectFrom('outbox').select('id').execute()).toHaveLength(50);
    const p = await broadcastProgress(t.db, b.id, clock.now());
    expect(p).toMatchObject({ status: 'sending', waitingForMorning: 50, nextAt: '2026-11-28T00:00:00.000Z' });
  });

  it('refuses texts that are empty or too long for one message', async () => {
    const now = new Date(friday19);
    await expect(createBroadcast(t.db, { textId: '   ' }, now, defaults)).rejects.toThrow(
      'The Indonesian text is empty',
    );
    await expect(createBroadcast(t.db, { textId: 'x'.repeat(990) }, now, defaults)).rejects.toThrow(
      /has 990 characters; at most \d+ fit/,
    );
    await expect(createBroadcast(t.db, { textId: 'ok', quietHours: '8pm' }, now, defaults)).rejects.toThrow(
      'Quiet hours "8pm" must look like 20:00-07:00, or off',
    );
    expect(await t.db.selectFrom('broadcasts').select('id').execute()).toHaveLength(0);
  });
});
