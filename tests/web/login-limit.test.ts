// Login attempts are limited per client address, and failed logins do not
// make the audit log grow without bound: they are counted, the last ones kept.
import { Hono } from 'hono';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FAILED_LOGINS_KEPT } from '../../src/access/audit.ts';
import { createToken } from '../../src/access/tokens.ts';
import { dashboardPages } from '../../src/app/dashboard.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { BASE } from '../../src/web/dashboard/layout.ts';
import { dashboardRoutes } from '../../src/web/dashboard/routes.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const clock = fixedClock('2026-11-28T03:00:00.000Z');

function app(loginLimit = {}) {
  return new Hono().route(BASE, dashboardRoutes({ db: t.db, k: 5, clock, loginLimit, pages: dashboardPages }));
}

const login = (a: Hono, token: string, from: string) =>
  a.request(`${BASE}/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://localhost',
      'x-forwarded-for': `203.0.113.200, ${from}`,
    },
    body: new URLSearchParams({ token }).toString(),
  });

it('after 10 wrong tokens an address is refused for 15 minutes, the right token too; others are not', async () => {
  const a = app();
  const { token } = await createToken(t.db, { role: 'admin', name: 'Lead' });
  for (let i = 0; i < 10; i++) expect((await login(a, `upk_wrong${i}`, '198.51.100.7')).status).toBe(401);
  const refused = await login(a, token, '198.51.100.7');
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800);
  // The login page speaks Indonesian unless English is asked for (?lang=en).
  expect(await refused.text()).toMatch(/Terlalu banyak token salah/);
  // Bearer tokens of scripts from that address are refused as well.
  const script = await a.request(`${BASE}/admin/audit`, {
    headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '198.51.100.7' },
  });
  expect(script.status).toBe(429);
  // Another address (the address the proxy appended, not what the client wrote first) logs in.
  expect((await login(a, token, '198.51.100.8')).status).toBe(303);
  clock.advance(15 * 60_000 + 1000);
  expect((await login(a, token, '198.51.100.7')).status).toBe(303);
});

it('wrong bearer tokens count against the address too', async () => {
  const a = app({ maxFailures: 3 });
  for (let i = 0; i < 3; i++)
    await a.request(`${BASE}/admin/audit`, {
      headers: { authorization: `Bearer upk_guess${i}`, 'x-forwarded-for': '192.0.2.9' },
    });
  const res = await a.request(`${BASE}/admin/audit`, {
    headers: { authorization: 'Bearer upk_guess9', 'x-forwarded-for': '192.0.2.9' },
  });
  expect(res.status).toBe(429);
});

it('failed logins are counted, and only the last ones stay in the audit log', async () => {
  const a = app({ maxFailures: 1000 });
  const tries = FAILED_LOGINS_KEPT + 50;
  for (let i = 0; i < tries; i++) expect((await login(a, `upk_wrong${i}`, '198.51.100.9')).status).toBe(401);
  const rows = await t.db
    .selectFrom('audit_log')
    .select(['id', 'detail'])
    .where('action', '=', 'login_failed')
    .orderBy('id', 'desc')
    .execute();
  expect(rows).toHaveLength(FAILED_LOGINS_KEPT);
  expect(JSON.parse(rows[0]!.detail)).toEqual({ address: '198.51.100.9', total: tries });
  expect(JSON.parse(rows.at(-1)!.detail).total).toBe(tries - FAILED_LOGINS_KEPT + 1);
  // Other entries are never dropped with them.
  const { token } = await createToken(t.db, { role: 'admin', name: 'Lead' });
  expect((await login(a, token, '198.51.100.9')).status).toBe(303);
  expect(await t.db.selectFrom('audit_log').select('id').where('action', '=', 'login').execute()).toHaveLength(1);
}, 60_000);
