// The JSON API for broadcasts and groups, for scripts. Guarded by the
// dashboard's role tokens sent as `Authorization: Bearer` (admin or ngo; each
// action is audited under the token's name); the older shared
// BROADCAST_API_TOKEN still works when set, audited as "api".
import { timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { type AuditActor, recordAudit } from '../access/audit.ts';
import { principalForToken } from '../access/tokens.ts';
import type { Clock } from '../core/clock.ts';
import type { Db } from '../db/connect.ts';
import { clientAddress } from '../web/client-address.ts';
import { LoginLimiter } from '../web/dashboard/login-limit.ts';
import {
  BroadcastError,
  broadcastChannels,
  cancelBroadcast,
  createBroadcast,
  listBroadcasts,
  previewBroadcast,
  sendBroadcast,
  shownFigures,
} from './broadcasts.ts';
import { listGroups } from './groups.ts';
import { SegmentError } from './segment.ts';

export interface BroadcastApiOptions {
  db: Db;
  /** BROADCAST_API_TOKEN: the older shared token, accepted beside role tokens when set. */
  token?: string;
  clock: Clock;
  quietHours: string | null;
  notifyOutbox?: (channel: string) => void;
  /** K_ANONYMITY: previews of BPJS-status segments hide counts under it (default 5). */
  k?: number;
}

const createBody = z.object({
  title: z.string().max(200).optional(),
  textId: z.string().max(5000),
  textEn: z.string().max(5000).nullable().optional(),
  segment: z.record(z.string(), z.unknown()).optional(),
  quietHours: z.string().max(20).nullable().optional(),
  createdBy: z.string().max(100).nullable().optional(),
  /** A recurring broadcast: a cron pattern in WIB, e.g. "0 9 * * 1#1". */
  cron: z.string().max(100).nullable().optional(),
});
const sendBody = z.object({ at: z.iso.datetime({ offset: true }).optional() });

/** The shared API token names no person: its actions are logged as the API's. */
export const API_ACTOR: AuditActor = { tokenId: null, name: 'api', role: null };

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

type Env = { Variables: { actor: AuditActor } };

export function broadcastRoutes(o: BroadcastApiOptions): Hono<Env> {
  const app = new Hono<Env>();
  const limiter = new LoginLimiter();
  const auth: MiddlewareHandler<Env> = async (c, next) => {
    const h = c.req.header('authorization') ?? '';
    const given = h.startsWith('Bearer ') ? h.slice(7).trim() : '';
    const address = clientAddress(c);
    const now = o.clock.now();
    const wait = limiter.retryAfter(address, now.getTime());
    if (wait) return c.json({ error: 'Too many wrong tokens; try again later' }, 429, { 'Retry-After': String(wait) });
    let actor: AuditActor | null = null;
    if (given && o.token && sameToken(given, o.token)) actor = API_ACTOR;
    else if (given) {
      const p = await principalForToken(o.db, given, now);
      if (p && p.role !== 'admin' && p.role !== 'ngo')
        return c.json({ error: 'Broadcasts are for the admin and ngo roles' }, 403);
      if (p) actor = { tokenId: p.tokenId, name: p.name, role: p.role };
    }
    if (!actor) {
      if (given) limiter.fail(address, now.getTime());
      return c.json({ error: 'A valid bearer token is required (a dashboard token of the admin or ngo role)' }, 401);
    }
    c.set('actor', actor);
    await next();
  };
  app.use('/api/broadcasts', auth);
  app.use('/api/broadcasts/*', auth);
  app.use('/api/groups', auth);
  app.onError((err, c) => {
    if (err instanceof BroadcastError || err instanceof SegmentError) {
      const status = /^No broadcast #/.test(err.message) ? 404 : 400;
      return c.json({ error: err.message }, status);
    }
    throw err;
  });
  const idOf = (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new BroadcastError(`No broadcast #${v}`);
    return n;
  };
  const bad = (issues: z.ZodError) => {
    const i = issues.issues[0]!;
    return `${i.path.join('.') || 'body'}: ${i.message}`;
  };

  app.get('/api/broadcasts', async (c) => c.json({ broadcasts: await listBroadcasts(o.db) }));
  app.post('/api/broadcasts', async (c) => {
    const parsed = createBody.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json({ error: bad(parsed.error) }, 400);
    const now = o.clock.now();
    const b = await createBroadcast(o.db, parsed.data, now, { quietHours: o.quietHours });
    await recordAudit(o.db, c.get('actor'), 'broadcast', { op: 'create', broadcastId: b.id }, now);
    return c.json({ id: b.id, preview: await previewBroadcast(o.db, b.id, now, { k: o.k ?? 5 }) }, 201);
  });
  app.get('/api/broadcasts/:id', async (c) =>
    c.json(await shownFigures(o.db, idOf(c.req.param('id')), o.clock.now(), o.k ?? 5)),
  );
  app.get('/api/broadcasts/:id/preview', async (c) =>
    c.json(await previewBroadcast(o.db, idOf(c.req.param('id')), o.clock.now(), { k: o.k ?? 5 })),
  );
  app.post('/api/broadcasts/:id/send', async (c) => {
    const parsed = sendBody.safeParse((await c.req.json().catch(() => ({}))) ?? {});
    if (!parsed.success) return c.json({ error: bad(parsed.error) }, 400);
    const id = idOf(c.req.param('id'));
    const now = o.clock.now();
    const res = await sendBroadcast(o.db, id, { at: parsed.data.at ? new Date(parsed.data.at) : undefined }, now);
    await recordAudit(
      o.db,
      c.get('actor'),
      'broadcast',
      { op: res.status === 'sending' ? 'send' : 'schedule', broadcastId: id, ...res },
      now,
    );
    if (res.status === 'sending') for (const ch of await broadcastChannels(o.db, id)) o.notifyOutbox?.(ch);
    return c.json(res, 202);
  });
  app.post('/api/broadcasts/:id/cancel', async (c) => {
    const id = idOf(c.req.param('id'));
    const now = o.clock.now();
    const withdrawn = await cancelBroadcast(o.db, id, now);
    await recordAudit(o.db, c.get('actor'), 'broadcast', { op: 'cancel', broadcastId: id, withdrawn }, now);
    return c.json({ withdrawn });
  });
  app.get('/api/groups', async (c) => c.json({ groups: await listGroups(o.db) }));
  return app;
}
