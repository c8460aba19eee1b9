// `npm start`: the database, the engine, the web service and every channel
// that has credentials, stopped cleanly on SIGINT/SIGTERM.
import type { Hono } from 'hono';
import { type Config, webchatEnabled } from './config.ts';
import { type Db, openAndMigrate } from './db/connect.ts';
import { Engine } from './engine/engine.ts';
import type { Logger } from './logger.ts';
import { createApp, type HealthSource, listen } from './web/server.ts';

/** A channel or background worker the service starts and stops. */
export interface Runtime extends HealthSource {
  start(): Promise<void>;
  stop(): Promise<void>;
  mount?(app: Hono): void;
}

export interface Service {
  url: string;
  db: Db;
  engine: Engine;
  stop(): Promise<void>;
}

export type RuntimeFactory = (deps: { config: Config; db: Db; engine: Engine; logger: Logger }) => Runtime | null;

/** Areas add their runtimes (Telegram, WhatsApp, outbox sender, scheduler) here. */
export const runtimeFactories: RuntimeFactory[] = [];

export async function startService(config: Config, logger: Logger): Promise<Service> {
  const db = await openAndMigrate(config.DATABASE_URL);
  const engine = new Engine(db, {
    settings: {
      payOverdueDays: config.PAY_OVERDUE_DAYS,
      kAnonymity: config.K_ANONYMITY,
      messageRetentionDays: config.MESSAGE_RETENTION_DAYS,
    },
  });
  const runtimes = runtimeFactories
    .map((f) => f({ config, db, engine, logger }))
    .filter((r): r is Runtime => r !== null);
  const app = createApp({
    engine,
    db,
    webchat: webchatEnabled(config),
    health: runtimes,
    mount: (a) => {
      for (const r of runtimes) r.mount?.(a);
    },
  });
  const server = await listen(app, config.PORT, config.HOST);
  for (const r of runtimes) await r.start();
  const shown = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const url = `http://${shown}:${server.port}`;
  let stopping: Promise<void> | null = null;
  return {
    url,
    db,
    engine,
    stop: () => {
      stopping ??= (async () => {
        for (const r of [...runtimes].reverse())
          await r.stop().catch((e) => logger.error({ err: e }, `stopping ${r.name}`));
        await server.close();
        await db.destroy();
      })();
      return stopping;
    },
  };
}
