// /healthz says only ok / not ok in public; the details (content path, webhook
// URL, errors, counts) are for an admin: her bearer token, or the dashboard's
// Admin → Health page after logging in.
import type { Hono } from 'hono';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createToken } from '../../src/access/tokens.ts';
import { createDashboard } from '../../src/app/dashboard.ts';
import { createEngine } from '../../src/app/engine.ts';
import { openDb } from '../../src/db/connect.ts';
import { BASE } from '../../src/web/dashboard/layout.ts';
import { createApp } from '../../src/web/server.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const SECRET_DETAIL = {
  contentDir: '/srv/upahku/content/bpjs',
  webhook: 'https://example.org/telegram/hook-path',
  lastError: 'boom',
};

function app(db = t.db): Hono {
  return createApp({
    engine: createEngine(db),
    db,
    webchat: false,
    health: [{ name: 'telegram', health: () => SECRET_DETAIL }],
    mount: (a) => a.route(BASE, createDashboard({ db: t.db, k: 5 })),
  });
}

it('in public: only ok, whatever the channels say; a non-admin token sees no more', async () => {
  const a = app();
  const res = await a.request('/healthz');
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
  const { token } = await createToken(t.db, { role: 'researcher', name: 'Dr Sari' });
  const r2 = await a.request('/healthz', { headers: { authorization: `Bearer ${token}` } });
  expect(await r2.json()).toEqual({ status: 'ok' });
  expect((await a.request('/healthz', { headers: { authorization: 'Bearer upk_wrong' } })).status).toBe(200);
});

it('an admin token gets the details', async () => {
  const { token } = await createToken(t.db, { role: 'admin', name: 'Lead' });
  const res = await app().request('/healthz', { headers: { authorization: `Bearer ${token}` } });
  const body = await res.json();
  expect(body).toMatchObject({ status: 'ok', database: { ok: true }, channels: { telegram: SECRET_DETAIL } });
});

it('a broken database is "not ok" with 503, still without details', async () => {
  // A PostgreSQL server nobody listens for.
  const broken = openDb('postgres://upahku:x@127.0.0.1:1/upahku');
  try {
    const res = await app(broken).request('/healthz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'not ok' });
  } finally {
    await broken.destroy().catch(() => {});
  }
});

it('the dashboard shows the details to a logged-in admin only', async () => {
  const a = app();
  const admin = await createToken(t.db, { role: 'admin', name: 'Lead' });
  const ngo = await createToken(t.db, { role: 'ngo', name: 'Serikat' });
  const login = async (token: string) => {
    const res = await a.request(`${BASE}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: new URLSearchParams({ token }).toString(),
    });
    return res.headers.get('set-cookie')!.split(';')[0]!;
  };
  const page = await a.request(`${BASE}/admin/health`, { headers: { cookie: await login(admin.token) } });
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('/srv/upahku/content/bpjs');
  expect(html).toContain('hook-path');
  const denied = await a.request(`${BASE}/admin/health`, { headers: { cookie: await login(ngo.token) } });
  expect(denied.status).toBe(403);
  expect(await denied.text()).not.toContain('/srv/upahku');
});

it('wrong bearer tokens on /healthz count against the address: after ten, even an admin token gets no details', async () => {
  const a = app();
  const { token } = await createToken(t.db, { role: 'admin', name: 'Lead' });
  const from = (auth: string) =>
    a.request('/healthz', { headers: { authorization: `Bearer ${auth}`, 'x-forwarded-for': '198.51.100.77' } });
  for (let i = 0; i < 10; i++) expect(await (await from(`upk_guess${i}`)).json()).toEqual({ status: 'ok' });
  expect(await (await from(token)).json()).toEqual({ status: 'ok' });
  const other = await a.request('/healthz', {
    headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '198.51.100.78' },
  });
  expect((await other.json()).channels).toBeDefined();
});
