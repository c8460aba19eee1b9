// The web chat simulator: a browser page that talks to the bot as one or more
// workers would from their phones. Its messages go through the same engine
// and outbox as every other channel.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
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

export function chatRoutes(engine: Engine, db: Db): Hono {
  const app = new Hono();
  const page = asset('chat.html');
  const script = asset('chat.js');
  const style = asset('chat.css');

  app.get('/chat', (c) => c.html(page));
  app.get('/assets/chat.js', (c) => c.body(script, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/assets/chat.css', (c) => c.body(style, 200, { 'content-type': 'text/css; charset=utf-8' }));

  app.post('/api/chat/send', async (c) => {
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
