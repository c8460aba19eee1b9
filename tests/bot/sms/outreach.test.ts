// Broadcasts, reminders and TANYA answers reach SMS workers like any other
// channel, in GSM-7, and never a worker who said BERHENTI.
import { afterEach, describe, expect, it } from 'vitest';
import { countSegments, isGsm7 } from '../../../src/bot/sms/gsm7.ts';
import { answerQuestion } from '../../../src/broadcast/answers.ts';
import { createBroadcast, sendBroadcast } from '../../../src/broadcast/broadcasts.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { runReminderSweep } from '../../../src/reminders/sweep.ts';
import { type SmsHarness, settled, smsHarness } from './harness.ts';

let h: SmsHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const wib = (day: number, hour: number) => new Date(Date.UTC(2026, 11, day, hour - 7));
const ANI = '+6281234567001';
const RINA = '+6281234567002';

describe('outreach over SMS', () => {
  it('delivers a broadcast, a TANYA answer and the weekly reminder; BERHENTI stops the unasked ones', async () => {
    const clock = fixedClock(wib(10, 10));
    h = await smsHarness({ clock });
    h.fake.now = () => clock.now().getTime();
    const say = async (who: string, ...lines: string[]) => {
      for (const l of lines) expect(await h!.fake.receive(who, l)).toBe(200);
      await settled(h!);
    };
    for (const who of [ANI, RINA]) await say(who, 'halo', '1', '1', '1', 'pare', '1');
    await say(ANI, 'order 2 kodi sandal 2rb/pasang dari Bu Yati', '1', 'setor 40', '1');
    await say(ANI, 'tanya apakah BPJS bisa dibayar di alfamart', '1');
    await say(RINA, 'berhenti');
    const before = { ani: h.fake.to(ANI).length, rina: h.fake.to(RINA).length };

    // A broadcast with typographic quotes and an emoji, as staff type it.
    const b = await createBroadcast(
      h.t.db,
      { textId: 'Info: pendaftaran BPJS di balai desa Sabtu ini. “Bawa KTP & KK” ✅' },
      clock.now(),
      { quietHours: null },
    );
    await sendBroadcast(h.t.db, b.id, {}, clock.now());
    h.engine.events.emit('outbox', 'sms');
    await settled(h);
    const news = h.fake.to(ANI).slice(before.ani);
    expect(news.some((m) => m.includes('"Bawa KTP & KK"'))).toBe(true);

    // The answer to her question.
    const q = await h.t.db.selectFrom('questions').select('id').executeTakeFirstOrThrow();
    await answerQuestion(h.t.db, {
      questionId: q.id,
      answer: 'Bisa, di kasir minta bayar BPJS Ketenagakerjaan.',
      answeredBy: 'staf',
      now: clock.now(),
    });
    h.engine.events.emit('outbox', 'sms');
    await settled(h);
    expect(h.fake.to(ANI).at(-1)).toMatch(/Bisa, di kasir/);

    // Saturday 16:00 WIB of a week she logged nothing: the weekly reminder.
    clock.set(wib(19, 16));
    const swept = await runReminderSweep(h.engine, clock.now());
    expect(swept.sent).toBe(1);
    h.engine.events.emit('outbox', 'sms');
    await settled(h);
    const rows = await h.t.db
      .selectFrom('outbox')
      .select(['kind', 'address', 'status'])
      .where('channel', '=', 'sms')
      .where('kind', '!=', 'reply')
      .execute();
    expect(
      rows
        .filter((r) => r.address === ANI)
        .map((r) => [r.kind, r.status])
        .sort(),
    ).toEqual([
      ['broadcast', 'sent'],
      ['notice', 'sent'],
      ['reminder', 'sent'],
    ]);
    // The reminder in its SMS form: one segment, naming what is open.
    const reminder = h.fake.to(ANI).at(-1)!;
    expect(reminder).toMatch(/^Upahku: sudah catat kerja minggu ini\?/);
    expect(reminder).toMatch(/sandal Bu Yati: sudah dibayar\?/);
    expect(countSegments(reminder).segments).toBe(1);
    // Rina said BERHENTI: nothing unasked reached her.
    expect(h.fake.to(RINA).length).toBe(before.rina);
    for (const m of h.fake.to(ANI)) expect(isGsm7(m)).toBe(true);
  }, 120_000);
});
