// The dashboard's form parser: posted names become fields of an object with no
// prototype, so `__proto__` or `constructor` cannot reach or replace anything
// built in, and a name that was not posted is simply absent.
import { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createToken } from '../../src/access/tokens.ts';
import { dashboardPages } from '../../src/app/dashboard.ts';
import { BASE } from '../../src/web/dashboard/layout.ts';
import { ADMIN_ROLES, type DashboardPage } from '../../src/web/dashboard/pages.ts';
import { dashboardRoutes } from '../../src/web/dashboard/routes.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
let seen: { form: Record<string, string>; all: Record<string, string[]> } | null = null;

const echo: DashboardPage = {
  path: '/test/form-echo',
  title: 'Form echo',
  section: 'admin',
  roles: ADMIN_ROLES,
  order: 999,
  render: async () => ({ html: '' }) as never,
  async post(_pc, form, all) {
    seen = { form, all };
    return '/test/form-echo';
  },
};

beforeAll(async () => {
  t = await testDb();
});
afterAll(async () => {
  await t.close();
});

it('__proto__ and constructor in a posted form are plain fields and pollute nothing', async () => {
  const app = new Hono().route(BASE, dashboardRoutes({ db: t.db, k: 5, pages: [...dashboardPages, echo] }));
  const { token } = await createToken(t.db, { role: 'admin', name: 'Lead' });
  const login = await app.request(`${BASE}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
    body: new URLSearchParams({ token }).toString(),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const page = await app.request(`${BASE}/admin/tokens`, { headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const body = new URLSearchParams([
    ['_csrf', csrf],
    ['__proto__', 'x'],
    ['constructor', 'y'],
    ['toString', 'z'],
    ['pick', '1'],
    ['pick', '2'],
  ]);
  const res = await app.request(`${BASE}/test/form-echo`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost', cookie },
    body: body.toString(),
  });
  expect(res.status).toBe(303);
  const { form, all } = seen!;
  expect(Object.getPrototypeOf(form)).toBeNull();
  expect(Object.getPrototypeOf(all)).toBeNull();
  expect(Object.hasOwn(form, '__proto__')).toBe(true);
  expect(form.__proto__).toBe('x');
  expect(form.constructor).toBe('y');
  expect(all.constructor).toEqual(['y']);
  expect(all.pick).toEqual(['1', '2']);
  // A name nobody posted is absent, not a built-in.
  expect(form.hasOwnProperty).toBeUndefined();
  expect(all.valueOf).toBeUndefined();
  expect(({} as Record<string, unknown>).x).toBeUndefined();
});
