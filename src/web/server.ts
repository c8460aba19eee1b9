// The HTTP side of the service: web chat simulator, health, and whatever other
// areas mount (dashboard, Telegram webhook, admin pages).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { dialectOf } from '../db/dialect.ts';
import type { Engine } from '../engine/engine.ts';
import { chatRoutes } from './chat-routes.ts';

export interface HealthSource {
  name: string;
  health(): Record<string, unknown>;
}

export interface WebOptions {
  engine: Engine;
  db: Db;
  webchat: boolean;
  health?: HealthSource[];
  mount?: (app: Hono) => void;
}

export function createApp(o: WebOptions): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    let dbOk = true;
    try {
      await sql`select 1`.execute(o.db);
    } catch {
      dbOk = false;
    }
    const channels = Object.fromEntries((o.health ?? []).map((h) => [h.name, h.health()]));
    return c.json(
      { status: dbOk ? 'ok' : 'degraded', database: { kind: dialectOf(o.db), ok: dbOk }, channels },
      dbOk ? 200 : 503,
    );
  });
  if (o.webchat) {
    app.route('/', chatRoutes(o.engine, o.db));
    app.get('/', (c) => c.redirect('/chat'));
  }
  o.mount?.(app);
  return app;
}

export function listen(app: Hono, port: number, host: string): Promise<{ close(): Promise<void>; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      resolve({
        port: info.port,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
    server.once('error', reject);
  });
}
