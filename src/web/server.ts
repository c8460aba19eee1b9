// The HTTP side of the service: web chat simulator, health, and whatever other
// areas mount (dashboard, Telegram webhook, admin pages).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { principalForToken } from '../access/tokens.ts';
import type { Db } from '../db/connect.ts';
import type { Engine } from '../engine/engine.ts';
import { chatRoutes } from './chat-routes.ts';
import { clientAddress } from './client-address.ts';
import { LoginLimiter } from './dashboard/login-limit.ts';
import { type HealthSource, healthReport, setServiceHealth } from './health.ts';

export type { HealthSource } from './health.ts';

/**
 * The most a request body may hold, by path: small for the login and chat,
 * forms of the dashboard and the JSON API a little more; anything else (the
 * platforms' webhooks, whose size we do not choose) the default. A longer body
 * gets 413 without being read (at once when it declares its length).
 */
export const BODY_LIMITS: readonly { prefix: string; bytes: number }[] = [
  { prefix: '/dashboard/login', bytes: 4 * 1024 },
  { prefix: '/admin/', bytes: 4 * 1024 },
  { prefix: '/api/chat/', bytes: 32 * 1024 },
  { prefix: '/dashboard/', bytes: 64 * 1024 },
  { prefix: '/api/', bytes: 64 * 1024 },
];
export const DEFAULT_BODY_LIMIT = 256 * 1024;

export function bodyLimitFor(path: string): number {
  return BODY_LIMITS.find((l) => path.startsWith(l.prefix))?.bytes ?? DEFAULT_BODY_LIMIT;
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
  // First of all: no route reads (or parses) a body longer than its limit.
  const limiters = new Map<number, ReturnType<typeof bodyLimit>>();
  app.use('*', (c, next) => {
    const bytes = bodyLimitFor(c.req.path);
    let limit = limiters.get(bytes);
    if (!limit) {
      limit = bodyLimit({
        maxSize: bytes,
        onError: (c) => {
          // The rest of the body is not read: the connection is closed after the answer.
          c.header('Connection', 'close');
          return c.text('Request body too large.\n', 413);
        },
      });
      limiters.set(bytes, limit);
    }
    return limit(c, next);
  });

  const report = () => healthReport(o.db, o.health ?? []);
  const healthLogins = new LoginLimiter();
  setServiceHealth(report);
  // In public only ok / not ok; the details to an admin's bearer token.
  app.get('/healthz', async (c) => {
    const r = await report();
    c.header('Cache-Control', 'no-store');
    const auth = c.req.header('authorization');
    let admin = false;
    // A wrong token counts against the address like a wrong login; the public answer is given regardless.
    const address = clientAddress(c);
    if (auth?.startsWith('Bearer ') && !healthLogins.retryAfter(address, Date.now())) {
      const p = await principalForToken(o.db, auth.slice(7)).catch(() => null);
      if (!p) healthLogins.fail(address, Date.now());
      admin = p?.role === 'admin';
    }
    if (admin) return c.json({ status: r.ok ? 'ok' : 'not ok', ...r }, r.ok ? 200 : 503);
    return c.json({ status: r.ok ? 'ok' : 'not ok' }, r.ok ? 200 : 503);
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
