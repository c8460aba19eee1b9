// (2) Telegram end to end: updates through the real telegraf (long polling)
// and the real service wiring against the local fake Bot API; against the
// fake server's own rate with a trivial client, and against the same messages
// handed straight to the engine.
import { join } from 'node:path';
import { createEngine } from '../../src/app/engine.ts';
import { startService } from '../../src/app/service.ts';
import { parseConfig } from '../../src/config.ts';
import { openAndMigrate } from '../../src/db/connect.ts';
import { createLogger } from '../../src/logger.ts';
import { FakeTelegram, TEST_TOKEN } from '../../tests/helpers/fake-telegram.ts';
import { freePort } from '../lib/proc.ts';
import { ratioFigure, type Section } from '../lib/report.ts';
import { perSecond } from '../lib/stats.ts';
import { withTmpDir } from '../lib/tmp.ts';
import { type WorkloadMessage, workload } from '../workload.ts';

export interface TelegramSizes {
  workers: number;
}

const chatId = (user: string) => 100_000 + Number(user.replace(/\D/g, ''));

async function queued(messages: WorkloadMessage[]): Promise<{ fake: FakeTelegram; last: number }> {
  const fake = await FakeTelegram.start();
  let last = 0;
  for (const m of messages) last = (await fake.text(chatId(m.user), m.text)).update_id;
  return { fake, last };
}

/** The fake's own rate: a client that only asks for updates and confirms them. */
async function trivialClient(messages: WorkloadMessage[]): Promise<{ ms: number; requests: number }> {
  const { fake, last } = await queued(messages);
  try {
    const url = `${fake.apiRoot}/bot${TEST_TOKEN}/getUpdates`;
    let offset = 0;
    let requests = 0;
    const start = performance.now();
    while (offset <= last) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ offset, limit: 100, timeout: 0 }),
      });
      const body = (await res.json()) as { result: { update_id: number }[] };
      requests++;
      for (const u of body.result) offset = Math.max(offset, u.update_id + 1);
    }
    return { ms: performance.now() - start, requests };
  } finally {
    await fake.close();
  }
}

async function direct(file: string, messages: WorkloadMessage[]): Promise<number> {
  const db = await openAndMigrate(file);
  const engine = createEngine(db);
  const start = performance.now();
  let n = 0;
  for (const m of messages) {
    await engine.handle({
      channel: 'telegram',
      channelUserId: String(chatId(m.user)),
      externalId: `${chatId(m.user)}:${++n}`,
      text: m.text,
      receivedAt: new Date(),
    });
  }
  const ms = performance.now() - start;
  await db.destroy();
  return ms;
}

async function throughTelegraf(dir: string, messages: WorkloadMessage[]): Promise<{ ms: number; sent: number }> {
  const { fake, last } = await queued(messages);
  const port = await freePort();
  const config = parseConfig({
    DATABASE_URL: join(dir, 'telegram.sqlite'),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    WEBCHAT_ENABLED: 'false',
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_POLL_TIMEOUT_SECONDS: '1',
  });
  const service = await startService(config, createLogger('silent'));
  try {
    // Every update was handled once the bot asked for the ones after the last.
    await fake.waitFor(() => fake.confirmedOffset > last, 'all updates handled', 600_000);
    const end = Date.now();
    // Timed from the first poll, so that starting the service is not counted.
    const start = fake.callsOf('getUpdates')[0]!.at;
    return { ms: end - start, sent: fake.sent.length };
  } finally {
    await service.stop();
    await fake.close();
  }
}

export async function telegramSection(sizes: TelegramSizes): Promise<Section> {
  const started = performance.now();
  // Telegram delivers an update once (redeliveries are tested elsewhere).
  const messages = workload({ workers: sizes.workers, prefix: 't', duplicates: 0 });
  return withTmpDir(async (dir) => {
    // Warm-up runs, so that neither baseline pays for compiling code the other already ran.
    const warm = messages.slice(0, 300);
    await trivialClient(warm);
    await direct(join(dir, 'warm.sqlite'), warm);
    const trivial = await trivialClient(messages);
    const directMs = await direct(join(dir, 'direct.sqlite'), messages);
    const tg = await throughTelegraf(dir, messages);
    const n = messages.length;
    const rate = perSecond(n, tg.ms);
    return {
      name: 'telegram',
      figures: [
        ratioFigure('updates/s via telegraf', rate, 'upd/s', {
          name: 'fake Bot API, trivial client',
          value: perSecond(n, trivial.ms),
        }),
        ratioFigure('updates/s via telegraf', rate, 'upd/s', {
          name: 'same messages, engine direct',
          value: perSecond(n, directMs),
        }),
      ],
      details: {
        workers: sizes.workers,
        updates: n,
        trivialClientRequestsPerSecond: Math.round(perSecond(trivial.requests, trivial.ms)),
        repliesSentMeanwhile: tg.sent,
        note: 'polling with telegraf; replies leave through the outbox at the default 30/s meanwhile',
      },
      seconds: (performance.now() - started) / 1000,
    };
  });
}
