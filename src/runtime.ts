// What the service starts and stops: a channel or a background worker. The
// list of them is src/app/runtimes.ts; each area exports its factory.
import type { Hono } from 'hono';
import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';
import type { Engine } from './engine/engine.ts';
import type { Logger } from './logger.ts';
import type { HealthSource } from './web/health.ts';

/** A channel or background worker the service starts and stops. */
export interface Runtime extends HealthSource {
  start(): Promise<void>;
  stop(): Promise<void>;
  mount?(app: Hono): void;
}

export interface RuntimeDeps {
  config: Config;
  db: Db;
  engine: Engine;
  logger: Logger;
}

/** Makes the runtime when its settings are present, else null. */
export type RuntimeFactory = (deps: RuntimeDeps) => Runtime | null;
