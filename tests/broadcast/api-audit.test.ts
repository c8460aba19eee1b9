// The broadcast API writes what it changes to the audit log, as "api", with no personal data.
import { Hono } from 'hono';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listAudit } from '../../src/access/audit.ts';
import { createToken } from '../../src/access/tokens.ts';
import { broadcastRoutes } from '../../src/broadcast/routes.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedWorkers } from '../helpers/seed.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const token = 'test-token-0123456789abcdef';

it('create, send, schedule and cancel are logged as the API; reads and refusals are not', async () => {
  const clock = fixedClock('2026-12-01T03:00:00.000Z');
  const workers = await seedWorkers(t.db, 3, clock.now().toISOString());
  const app = new Hono().route('/', broadcastRoutes({ db: t.db, token, clock, quietHours: null }));
  const call = (path: string, body?: unknown, auth = true) =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  expect((await call('/api/broadcasts', { textId: 'x' }, false)).status).toBe(401);
  expect((await call('/api/broadcasts', { segment: {} })).status).toBe(400);
  const first = await call('/api/broadcasts', { textId: 'Pelatihan BPJS', createdBy: 'Bu Sari' });
  expect(first.status).toBe(201);
  expect((await call('/api/broadcasts/1/send', {})).status).toBe(202);
  expect((await call('/api/broadcasts/1/send', {})).status).toBe(400);
  expect((await call('/api/broadcasts', { textId: 'Kabar' })).status).toBe(201);
  expect((await call('/api/broadcasts/2/send', { at: '2026-12-02T02:00:00.000Z' })).status).toBe(202);
  expect((await call('/api/broadcasts/1/cancel', {})).status).toBe(200);
  expect((await call('/api/broadcasts/1')).status).toBe(200);
  expect((await call('/api/broadcasts/1/preview')).status).toBe(200);

  const entries = (await listAudit(t.db)).reverse();
  expect(entries.map((e) => [e.actor, e.role, e.at])).toEqual(
    entries.map(() => ['api', null, '2026-12-01T03:00:00.000Z']),
  );
  expect(entries.map((e) => [e.action, e.detail])).toEqual([
    ['broadcast', { op: 'create', broadcastId: 1 }],
    ['broadcast', { op: 'send', broadcastId: 1, status: 'sending', recipients: 3 }],
    ['broadcast', { op: 'create', broadcastId: 2 }],
    ['broadcast', { op: 'schedule', broadcastId: 2, status: 'scheduled', at: '2026-12-02T02:00:00.000Z' }],
    ['broadcast', { op: 'cancel', broadcastId: 1, withdrawn: 3 }],
  ]);
  const logged = JSON.stringify(entries);
  for (const w of workers) expect(logged).not.toContain(w.address);
  expect(logged).not.toMatch(/Pelatihan|Bu Sari/);
});

it('takes the dashboard role tokens as Bearer (admin, ngo), audited under their names; never a token in the URL', async () => {
  const clock = fixedClock('2026-12-01T03:00:00.000Z');
  await seedWorkers(t.db, 2, clock.now().toISOString());
  // No shared token configured: the role tokens alone.
  const app = new Hono().route('/', broadcastRoutes({ db: t.db, clock, quietHours: null }));
  const ngo = await createToken(t.db, { role: 'ngo', name: 'Serikat' });
  const researcher = await createToken(t.db, { role: 'researcher', name: 'Dr Sari' });
  const post = (path: string, auth: string | null, body: unknown = { textId: 'Kabar' }) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: JSON.stringify(body),
    });
  expect((await post('/api/broadcasts', ngo.token)).status).toBe(201);
  expect((await post('/api/broadcasts', researcher.token)).status).toBe(403);
  expect((await post('/api/broadcasts', null)).status).toBe(401);
  expect((await post(`/api/broadcasts?token=${ngo.token}`, null)).status).toBe(401);
  expect((await post('/api/broadcasts', token)).status).toBe(401);
  expect((await app.request('/api/groups', { headers: { authorization: `Bearer ${ngo.token}` } })).status).toBe(200);
  const entries = await listAudit(t.db);
  expect(entries.map((e) => [e.actor, e.role, e.action])).toEqual([['Serikat', 'ngo', 'broadcast']]);
});
