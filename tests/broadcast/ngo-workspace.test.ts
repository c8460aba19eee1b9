// The broadcast side of the NGO workspace, on a real database with the real
// outbox sender and scheduler: a recurring broadcast (first Monday of the
// month) with quiet hours and opt-outs, failure reason codes, receipts, done
// recorded by the sender and not by readers, local channels, small BPJS-status
// counts, the time a broadcast takes, SMS segments, templates, the dashboard's
// formats.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobs } from '../../src/app/jobs.ts';
import { receiptsOf, recordReceipts } from '../../src/bot/whatsapp/receipts.ts';
import {
  BroadcastError,
  broadcastProgress,
  cancelBroadcast,
  createBroadcast,
  nextPlanRun,
  previewBroadcast,
  sendBroadcast,
  shownFigures,
  updateBroadcast,
} from '../../src/broadcast/broadcasts.ts';
import { wibInput } from '../../src/broadcast/dashboard-pages.ts';
import { channelIntervals, sendDurationMs } from '../../src/broadcast/duration.ts';
import { smsCount } from '../../src/broadcast/sms-count.ts';
import { listTemplates, saveTemplate } from '../../src/broadcast/templates.ts';
import { renderPreview } from '../../src/cli/broadcast.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { SendError } from '../../src/outbox/channel-sender.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { formatDate, formatDateTime, formatDuration, rupiah, translator } from '../../src/web/dashboard/i18n.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { recordingPlatform } from '../helpers/platform.ts';
import { seedWorkers } from '../helpers/seed.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const wib = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 16);

describe('a recurring broadcast', () => {
  it('runs on the first Monday of each month at 09:00 WIB, each run a broadcast of its own with the plan\u2019s quiet hours, leaving out who said BERHENTI; cancel stops the plan', async () => {
    // Friday 27 November 2026.
    const clock = fixedClock('2026-11-27T05:00:00.000Z');
    await seedWorkers(t.db, 6, clock.now().toISOString());
    const plan = await createBroadcast(
      t.db,
      { textId: 'Pengingat bulanan: bayar iuran BPJS TK.', cron: '0 9 * * 1#1', quietHours: '20:00-07:00' },
      clock.now(),
      { quietHours: null },
    );
    expect(await sendBroadcast(t.db, plan.id, {}, clock.now())).toEqual({
      status: 'recurring',
      next: '2026-12-07T02:00:00.000Z',
    });
    expect(wib((await nextPlanRun(t.db, plan.id))!)).toBe('2026-12-07T09:00');
    const scheduler = new Scheduler(t.db, { jobs, clock });
    expect(await scheduler.runDue()).toBe(0);

    // Monday 7 December, 09:00 WIB: the first run goes to all six.
    clock.set('2026-12-07T02:00:00.000Z');
    expect(await scheduler.runDue()).toBe(1);
    const runs1 = await t.db.selectFrom('broadcasts').selectAll().where('parent_id', '=', plan.id).execute();
    expect(runs1).toHaveLength(1);
    expect(runs1[0]).toMatchObject({ status: 'sending', recipients: 6, quiet_hours: '20:00-07:00', cron: null });
    expect(wib((await nextPlanRun(t.db, plan.id))!)).toBe('2027-01-04T09:00');

    // One says BERHENTI; the January run leaves her out.
    await t.db.updateTable('workers').set({ opted_out: 1 }).where('id', '=', 'w000002').execute();
    clock.set('2027-01-04T02:00:00.000Z');
    expect(await scheduler.runDue()).toBe(1);
    const runs2 = await t.db
      .selectFrom('broadcasts')
      .selectAll()
      .where('parent_id', '=', plan.id)
      .orderBy('id')
      .execute();
    expect(runs2.map((r) => r.recipients)).toEqual([6, 5]);
    const jan = await t.db
      .selectFrom('outbox')
      .select(['worker_id', 'quiet_hours'])
      .where('broadcast_id', '=', runs2[1]!.id)
      .execute();
    expect(jan.map((r) => r.worker_id)).not.toContain('w000002');
    expect(jan.every((r) => r.quiet_hours === '20:00-07:00')).toBe(true);

    // Cancelled: no February run.
    await cancelBroadcast(t.db, plan.id, clock.now());
    expect(await nextPlanRun(t.db, plan.id)).toBeNull();
    clock.set('2027-02-01T02:00:00.000Z');
    expect(await scheduler.runDue()).toBe(0);
    expect(await t.db.selectFrom('broadcasts').select('id').where('parent_id', '=', plan.id).execute()).toHaveLength(2);
  });

  it('refuses a pattern that is not cron, and changes nothing', async () => {
    await expect(
      createBroadcast(t.db, { textId: 'x', cron: 'first monday' }, new Date(), { quietHours: null }),
    ).rejects.toThrow(BroadcastError);
    expect(await t.db.selectFrom('broadcasts').select('id').execute()).toHaveLength(0);
  });
});

describe('figures', () => {
  it('count failures by reason code from the sender, take receipts from WhatsApp events, and are recorded done by the sender, never by a reader', async () => {
    const clock = fixedClock('2026-11-28T03:00:00.000Z');
    await seedWorkers(t.db, 5, clock.now().toISOString(), (i) => ({
      channel: i === 4 ? 'terminal' : 'telegram',
    }));
    const b = await createBroadcast(t.db, { textId: 'Kabar' }, clock.now(), { quietHours: null });
    await sendBroadcast(t.db, b.id, {}, clock.now());
    // chat0 refuses the bot for good, chat1's message is refused as bad, the rest go.
    const platform = recordingPlatform(clock, {
      before: (m) => {
        if (m.address === 'chat0') throw new SendError('unreachable', '403: bot was blocked by the user');
        if (m.address === 'chat1') throw new SendError('permanent', '400: message is too long');
      },
    });
    const sender = new OutboxSender(t.db, platform.sender, { clock, sleep: async (ms) => clock.advance(ms) });
    // Reading before anything was sent: still sending, nothing changes.
    const row0 = await t.db.selectFrom('broadcasts').selectAll().where('id', '=', b.id).executeTakeFirstOrThrow();
    expect((await broadcastProgress(t.db, b.id, clock.now())).status).toBe('sending');
    // Until nothing due is left (the terminal worker's message waits for her to write).
    while ((await sender.runOnce()) > 0);
    const p = await broadcastProgress(t.db, b.id, clock.now());
    expect(p).toMatchObject({
      status: 'done',
      recipients: 5,
      sent: 2,
      pending: 0,
      unreachable: 1,
      failed: 1,
      waitingForWorker: 1,
    });
    expect(p.byReason).toMatchObject({ unreachable: 1, rejected: 1, gave_up: 0 });
    // The sender recorded it done (the terminal worker's message waits for her, it does not hold it).
    const row = await t.db.selectFrom('broadcasts').selectAll().where('id', '=', b.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('done');
    expect(row0.status).toBe('sending');
    const codes = await t.db
      .selectFrom('outbox')
      .select(['address', 'reason_code'])
      .where('status', '=', 'failed')
      .execute();
    expect(Object.fromEntries(codes.map((c) => [c.address, c.reason_code]))).toEqual({
      chat0: 'unreachable',
      chat1: 'rejected',
    });

    // WhatsApp receipts, in the socket's own event shapes: delivered, then read; a receipt for a message
    // someone else sent, or an earlier status, changes nothing.
    await t.db.updateTable('outbox').set({ channel: 'whatsapp' }).where('external_id', 'in', ['p1', 'p2']).execute();
    const events = {
      'messages.update': [
        { key: { remoteJid: 'x@s.whatsapp.net', fromMe: true, id: 'p1' }, update: { status: 4 } },
        { key: { remoteJid: 'x@s.whatsapp.net', fromMe: true, id: 'p2' }, update: { status: 3 } },
        { key: { remoteJid: 'x@s.whatsapp.net', fromMe: false, id: 'p2' }, update: { status: 5 } },
      ],
      'message-receipt.update': [
        { key: { remoteJid: 'x@s.whatsapp.net', fromMe: true, id: 'p1' }, receipt: { userJid: 'x', readTimestamp: 1 } },
      ],
    } as never;
    const receipts = receiptsOf(events);
    expect(receipts).toEqual([
      { id: 'p1', delivered: true, read: false },
      { id: 'p1', delivered: true, read: true },
    ]);
    clock.advance(60_000);
    await recordReceipts(t.db, receipts, clock.now());
    const after = await broadcastProgress(t.db, b.id, clock.now());
    expect(after).toMatchObject({ delivered: 1, read: 1, withReceipts: 2 });
    // A later duplicate receipt does not move the time.
    const first = await t.db
      .selectFrom('outbox')
      .select('read_at')
      .where('external_id', '=', 'p1')
      .executeTakeFirstOrThrow();
    clock.advance(60_000);
    await recordReceipts(t.db, receipts, clock.now());
    expect(
      await t.db.selectFrom('outbox').select('read_at').where('external_id', '=', 'p1').executeTakeFirstOrThrow(),
    ).toEqual(first);
  });

  it('a scheduled broadcast can be edited until it goes; a sent one cannot', async () => {
    const now = new Date('2026-11-28T03:00:00.000Z');
    await seedWorkers(t.db, 2, now.toISOString());
    const b = await createBroadcast(t.db, { textId: 'Lama' }, now, { quietHours: null });
    await sendBroadcast(t.db, b.id, { at: new Date('2026-11-29T03:00:00.000Z') }, now);
    const edited = await updateBroadcast(t.db, b.id, { textId: 'Baru', textEn: 'New' }, now);
    expect(edited).toMatchObject({ text_id: 'Baru', text_en: 'New', status: 'scheduled' });
    await expect(updateBroadcast(t.db, b.id, { textId: '  ' }, now)).rejects.toThrow('empty');
    await sendBroadcast(t.db, b.id, {}, now);
    await expect(updateBroadcast(t.db, b.id, { textId: 'Lagi' }, now)).rejects.toThrow('only a draft or scheduled');
    expect((await t.db.selectFrom('outbox').select('text').execute()).every((r) => r.text.startsWith('Baru'))).toBe(
      true,
    );
  });
});

describe('previews', () => {
  it('hide counts under K in a BPJS-status segment (also their breakdowns and the time), in the CLI and the API shape', async () => {
    const now = new Date('2026-11-28T03:00:00.000Z');
    const ws = await seedWorkers(t.db, 8, now.toISOString());
    for (const w of ws.slice(0, 3))
      await t.db
        .insertInto('protection_status')
        .values({
          worker_id: w.id,
          scheme: 'bpjs_tk',
          status: 'none',
          via: 'guide',
          asked_at: now.toISOString(),
          asked_on: '2026-11-28',
        })
        .execute();
    const few = await createBroadcast(t.db, { textId: 'x', segment: { protection: ['bpjs_tk:none'] } }, now, {
      quietHours: null,
    });
    const p = await previewBroadcast(t.db, few.id, now, { k: 5 });
    expect(p).toMatchObject({
      recipients: null,
      usesProtection: true,
      durationMs: null,
      byChannel: { telegram: null },
    });
    expect(JSON.stringify(p)).not.toMatch(/"recipients":3|:3\b/);
    expect(renderPreview(p)).toContain('Recipients now: fewer than 5');
    // Without K (internal use) the exact count is there; a plain segment is always exact.
    expect((await previewBroadcast(t.db, few.id, now)).recipients).toBe(3);
    const rest = await createBroadcast(t.db, { textId: 'x', segment: { protection: ['bpjs_tk:never_asked'] } }, now, {
      quietHours: null,
    });
    expect((await previewBroadcast(t.db, rest.id, now, { k: 5 })).recipients).toBe(5);
    const all = await createBroadcast(t.db, { textId: 'x' }, now, { quietHours: null });
    expect((await previewBroadcast(t.db, all.id, now, { k: 5 })).recipients).toBe(8);
    // Once sent, its figures (the JSON API's and the CLI's) hide every count too.
    await sendBroadcast(t.db, few.id, {}, now);
    const f = await shownFigures(t.db, few.id, now, 5);
    expect(f).toMatchObject({ hiddenBelowK: 5, recipients: null, pending: null, sent: null, optedOutSince: null });
    expect(Object.values(f.byReason).every((v) => v === null)).toBe(true);
    await sendBroadcast(t.db, all.id, {}, now);
    expect(await shownFigures(t.db, all.id, now, 5)).toMatchObject({ hiddenBelowK: null, recipients: 8, pending: 8 });
  });

  it('say how long sending takes at the channels\u2019 rates: 1,000 on WhatsApp at 3-6 s is over an hour', async () => {
    const iv = channelIntervals({
      WHATSAPP_BROADCAST_MIN_MS: 3000,
      WHATSAPP_BROADCAST_MAX_MS: 6000,
      TELEGRAM_RATE_PER_SECOND: 30,
    });
    expect(sendDurationMs({ whatsapp: 1000 }, iv)).toBe(4_500_000);
    // Channels send side by side; terminal and web chat add nothing.
    expect(sendDurationMs({ whatsapp: 10, telegram: 10_000, terminal: 500 }, iv)).toBe(
      Math.round(10_000 * (1000 / 30 + 1)),
    );
    const t_ = translator('id');
    expect(formatDuration(t_, 4_500_000)).toBe('1 jam 15 menit');
    expect(formatDuration(translator('en'), 30_000)).toBe('under a minute');
    const now = new Date('2026-11-28T03:00:00.000Z');
    await seedWorkers(t.db, 40, now.toISOString(), (i) => ({ channel: i < 20 ? 'whatsapp' : 'terminal' }));
    const b = await createBroadcast(t.db, { textId: 'x' }, now, { quietHours: null });
    const p = await previewBroadcast(t.db, b.id, now, { k: 5, intervals: iv });
    expect(p).toMatchObject({ recipients: 40, durationMs: 90_000, onlyWhenTheyWrite: 20 });
    expect(renderPreview(p)).toContain('Sending takes about 2 min');
  });
});

describe('texts', () => {
  it('counts SMS segments: GSM-7 160/153 (extension characters twice), UCS-2 70/67', () => {
    expect(smsCount('a'.repeat(160))).toEqual({ encoding: 'GSM-7', chars: 160, segments: 1 });
    expect(smsCount('a'.repeat(161))).toEqual({ encoding: 'GSM-7', chars: 161, segments: 2 });
    expect(smsCount('a'.repeat(306)).segments).toBe(2);
    expect(smsCount('a'.repeat(307)).segments).toBe(3);
    expect(smsCount(`${'a'.repeat(79)}€`)).toEqual({ encoding: 'GSM-7', chars: 80, segments: 1 });
    expect(smsCount('€'.repeat(81)).segments).toBe(2);
    expect(smsCount('Iuran Rp16.800 🙂')).toEqual({ encoding: 'UCS-2', chars: 16, segments: 1 });
    expect(smsCount('é'.repeat(70)).encoding).toBe('GSM-7');
    expect(smsCount('ê'.repeat(70))).toEqual({ encoding: 'UCS-2', chars: 70, segments: 1 });
    expect(smsCount('ê'.repeat(71)).segments).toBe(2);
    expect(smsCount('ê'.repeat(135)).segments).toBe(3);
  });

  it('saves templates by name (the same name replaces the text) and refuses empty ones', async () => {
    const now = new Date();
    await saveTemplate(t.db, { name: 'Iuran', textId: 'Bayar iuran' }, now);
    await saveTemplate(
      t.db,
      { name: 'Iuran', textId: 'Bayar iuran sebelum tanggal 15', textEn: 'Pay by the 15th' },
      now,
    );
    expect(await listTemplates(t.db)).toMatchObject([
      { name: 'Iuran', textId: 'Bayar iuran sebelum tanggal 15', textEn: 'Pay by the 15th' },
    ]);
    await expect(saveTemplate(t.db, { name: ' ', textId: 'x' }, now)).rejects.toThrow(BroadcastError);
    await expect(saveTemplate(t.db, { name: 'Kosong', textId: '  ' }, now)).rejects.toThrow(BroadcastError);
    expect(await listTemplates(t.db)).toHaveLength(1);
  });

  it('the dashboard reads a time typed dd/mm/yyyy hh:mm as WIB and refuses dates that do not exist', () => {
    expect(wibInput('05/12/2026 09:00')?.toISOString()).toBe('2026-12-05T02:00:00.000Z');
    expect(wibInput('5/1/2027 7.30')?.toISOString()).toBe('2027-01-05T00:30:00.000Z');
    expect(wibInput('01/01/2027 03:00')?.toISOString()).toBe('2026-12-31T20:00:00.000Z');
    for (const bad of ['31/02/2027 09:00', '2026-12-05T09:00', '05/13/2026 09:00', '05/12/2026 24:00', 'besok'])
      expect(wibInput(bad), bad).toBeNull();
  });

  it('the dashboard shows rupiah as Rp1.234 and dates as dd/mm/yyyy (WIB) in both languages', () => {
    expect(rupiah(1234)).toBe('Rp1.234');
    expect(rupiah(16800)).toBe('Rp16.800');
    expect(rupiah(1_250_000)).toBe('Rp1.250.000');
    expect(rupiah(-500)).toBe('-Rp500');
    // 23:30 UTC is the next day in WIB.
    expect(formatDate('2026-11-30T23:30:00.000Z')).toBe('01/12/2026');
    expect(formatDateTime('2026-11-30T23:30:00.000Z')).toBe('01/12/2026 06:30');
    expect(translator('id')('bc.f.waitingMorning', { n: 1234, at: 'x' })).toContain('1.234');
    expect(translator('en')('bc.f.waitingMorning', { n: 1234, at: 'x' })).toContain('1,234');
  });
});
