// (SMS) The workload's workers on SMS: every message a signed webhook from
// the fake gateway through the real service wiring (runtime, route, engine,
// outbox, client library), against the same messages handed straight to the
// engine; and the replies per segment count, the figure SMS costs follow.

import { createEngine } from '../../src/app/engine.ts';
import { countSegments, toGsm7 } from '../../src/bot/sms/gsm7.ts';
import { openAndMigrate } from '../../src/db/connect.ts';
import { type SmsHarness, settled, smsHarness } from '../../tests/bot/sms/harness.ts';
import { ratioFigure, type Section } from '../lib/report.ts';
import { perSecond } from '../lib/stats.ts';
import { withTmpDir } from '../lib/tmp.ts';
import { workload } from '../workload.ts';

export interface SmsSizes {
  workers: number;
}

/** A distinct Indonesian mobile number per simulated worker. */
const phoneOf = (user: string) => `+62812${String(Number(user.replace(/\D/g, '')) + 10_000_000).slice(-8)}`;

export async function smsSection(sizes: SmsSizes = { workers: 20 }): Promise<Section> {
  const started = performance.now();
  const messages = workload({ workers: sizes.workers, prefix: 's' });
  const direct = await withTmpDir(async (dir) => {
    const db = await openAndMigrate(`${dir}/direct.sqlite`);
    const engine = createEngine(db);
    const t0 = performance.now();
    for (const m of messages)
      await engine.handle({
        channel: 'sms',
        channelUserId: phoneOf(m.user),
        externalId: m.id,
        text: m.text,
        receivedAt: new Date(),
      });
    const ms = performance.now() - t0;
    await db.destroy();
    return ms;
  });
  let h: SmsHarness | null = null;
  try {
    h = await smsHarness({
      env: { SMS_RATE_PER_MINUTE: '600', SMS_DAILY_CAP: '100000', SMS_WORKER_DAILY_LIMIT: '1000' },
    });
    const t0 = performance.now();
    // A platform delivers some messages twice: the gateway's retry is the same signed event again.
    const sent = new Map<string, ReturnType<SmsHarness['fake']['event']>>();
    for (const m of messages) {
      const ev =
        (m.duplicate && sent.get(m.id)) ||
        h.fake.event('sms:received', {
          message: m.text,
          phoneNumber: phoneOf(m.user),
          receivedAt: new Date().toISOString(),
        });
      sent.set(m.id, ev);
      const status = await h.fake.post(ev);
      if (status !== 200) throw new Error(`webhook answered ${status}`);
    }
    const inboundMs = performance.now() - t0;
    // Every reply handed to the gateway, however long the sender takes on a busy machine.
    await settled(h, 20 * 60_000);
    const endToEndMs = performance.now() - t0;
    const rows = await h.t.db.selectFrom('outbox').select(['text', 'segments']).where('channel', '=', 'sms').execute();
    const perCount: Record<string, number> = {};
    let most = 0;
    for (const r of rows) {
      const n = countSegments(toGsm7(r.text)).segments;
      most = Math.max(most, n);
      const key = n > 3 ? 'over 3' : String(n);
      perCount[key] = (perCount[key] ?? 0) + 1;
    }
    const billed = rows.reduce((n, r) => n + (r.segments ?? 0), 0);
    const one = (perCount['1'] ?? 0) / rows.length;
    return {
      name: 'sms',
      figures: [
        ratioFigure(
          'inbound SMS handled/s through the gateway webhook',
          perSecond(messages.length, inboundMs),
          'msg/s',
          { name: 'the same messages straight to the engine', value: perSecond(messages.length, direct) },
          0.1,
        ),
        {
          name: 'SMS replies sent by the gateway while it received',
          value: perSecond(rows.length, endToEndMs),
          unit: 'msg/s',
          note: 'the outbox sender runs in the same process and shares the SQLite file: each webhook also pays for a reply sent; a gateway phone sends about 20 a minute',
        },
        {
          name: 'replies in one SMS segment',
          value: Math.round(one * 1000) / 10,
          unit: '%',
          target: '>= 75%',
          pass: one >= 0.75,
        },
        {
          name: 'most segments in one reply',
          value: most,
          unit: 'segments',
          target: '<= 3',
          pass: most <= 3,
        },
      ],
      details: {
        messages: messages.length,
        replies: rows.length,
        repliesPerSegmentCount: perCount,
        segmentsBilled: billed,
        smsSentByGateway: h.fake.messages.length,
        endToEndSeconds: endToEndMs / 1000,
      },
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await h?.close();
  }
}
