// `npm start`: the database, the engine, the web service and every channel
// that has credentials, stopped cleanly on SIGINT/SIGTERM.
import { type Config, webchatEnabled } from '../config.ts';
import { type Db, openAndMigrate } from '../db/connect.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import type { Runtime, RuntimeFactory } from '../runtime.ts';
import { createApp, listen } from '../web/server.ts';
import { createEngine } from './engine.ts';
import { runtimeFactories } from './runtimes.ts';

export interface Service {
  url: string;
  db: Db;
  engine: Engine;
  stop(): Promise<void>;
}

export async function startService(
  config: Config,
  logger: Logger,
  factories: readonly RuntimeFactory[] = runtimeFactories,
): Promise<Service> {
  const db = await openAndMigrate(config.DATABASE_URL);
  const engine = createEngine(db, {
    settings: {
      payOverdueDays: config.PAY_OVERDUE_DAYS,
      kAnonymity: config.K_ANONYMITY,
      messageRetentionDays: config.MESSAGE_RETENTION_DAYS,
    },
  });
  const runtimes = factories.map((f) => f({ config, db, engine, logger })).filter((r): r is Runtime => r !== null);
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
