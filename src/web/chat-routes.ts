// The web chat simulator: a browser page that talks to the bot as one or more
// workers would from their phones. Its messages go through the same engine
// and outbox as every other channel. It has no login, so: it is on only when
// asked for (src/config.ts), its API refuses requests made by other sites, its
// page may not be framed and runs only its own script, and its workers never
// count in research or NGO views (src/research/subjects.ts).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { projectPath } from '../core/paths.ts';
import type { Db } from '../db/connect.ts';
import { takeForAddress } from '../db/outbox.ts';
import type { Engine } from '../engine/engine.ts';

const asset = (name: string) => readFileSync(projectPath('src/web/public', name), 'utf8');

const sendBody = z.object({
  user: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  text: z.string().max(20_000),
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
});

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A request made by the page itself: the browser says same-origin (or nothing,
 * for scripts and curl), and an Origin, when sent, is this server's. Refuses a
 * form or fetch from another site that would type as someone's worker.
 */
function sameSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = c.req.header('origin');
  if (origin && origin !== new URL(c.req.url).origin) {
    const host = c.req.header('host');
    if (!host || origin.replace(/^https?:\/\//, '') !== host) return false;
  }
  return true;
}

export function chatRoutes(engine: Engine, db: Db): Hono {
  const app = new Hono();
  const page = asset('chat.html');
  const script = asset('chat.js');
  const style = asset('chat.css');

  // Only on the simulator's own paths: this app is mounted at the root beside the dashboard.
  const guard: MiddlewareHandler = async (c, next) => {
    const api = c.req.path.startsWith('/api/chat/');
    if (api && !sameSite(c)) return c.json({ error: 'The chat simulator takes requests from its own page only' }, 403);
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Frame-Options', 'DENY');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (api) c.header('Cache-Control', 'no-store');
  };
  for (const path of ['/chat', '/assets/chat.js', '/assets/chat.css', '/api/chat/*']) app.use(path, guard);

  app.get('/chat', (c) => c.html(page));
  app.get('/assets/chat.js', (c) => c.body(script, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/assets/chat.css', (c) => c.body(style, 200, { 'content-type': 'text/css; charset=utf-8' }));

  app.post('/api/chat/send', async (c) => {
    // JSON only: a cross-site HTML form cannot send it without the browser asking first.
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json'))
      return c.json({ error: 'Send JSON (Content-Type: application/json)' }, 415);
    const parsed = sendBody.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success)
      return c.json({ error: 'Expected { user, text } with a user of letters, digits, - or _' }, 400);
    const { user, text, id } = parsed.data;
    await engine.handle({
      channel: 'web',
      channelUserId: user,
      externalId: id ?? randomUUID(),
      text,
      receivedAt: new Date(),
    });
    const replies = await takeForAddress(db, 'web', user, new Date().toISOString());
    return c.json({ replies: replies.map((r) => ({ text: r.text, options: r.options })) });
  });

  app.get('/api/chat/poll', async (c) => {
    const user = c.req.query('user') ?? '';
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(user)) return c.json({ error: 'Expected ?user=' }, 400);
    const replies = await takeForAddress(db, 'web', user, new Date().toISOString());
    return c.json({ replies: replies.map((r) => ({ text: r.text, options: r.options })) });
  });
  return app;
}
