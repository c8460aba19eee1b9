import { DisconnectReason } from '@whiskeysockets/baileys';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createToken } from '../../../src/access/tokens.ts';
import { createDashboard } from '../../../src/app/dashboard.ts';
import { createEngine } from '../../../src/app/engine.ts';
import { runtimeFactories } from '../../../src/app/runtimes.ts';
import { DASHBOARD_PATH } from '../../../src/bot/whatsapp/admin.ts';
import { createWhatsAppRuntime } from '../../../src/bot/whatsapp/runtime.ts';
import { parseConfig } from '../../../src/config.ts';
import { BASE } from '../../../src/web/dashboard/layout.ts';
import { createApp } from '../../../src/web/server.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { FakeWhatsApp } from './fake-whatsapp.ts';

let t: TestDb | null = null;
let stop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await stop?.();
  await t?.close();
  t = null;
  stop = null;
});

async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function setup(env: Record<string, string> = {}) {
  t = await testDb();
  const db = t.db;
  const config = parseConfig({ WHATSAPP_ENABLED: 'true', ...env });
  const engine = createEngine(db);
  const fake = new FakeWhatsApp();
  const rt = createWhatsAppRuntime(
    { config, db, engine, logger: pino({ level: 'silent' }) },
    { socketFactory: fake.factory, print: () => {}, schedule: () => () => {} },
  );
  const app = createApp({
    engine,
    db,
    webchat: false,
    health: [rt],
    mount: (a) => {
      rt.mount?.(a);
      a.route(BASE, createDashboard({ db, k: 5 }));
    },
  });
  await rt.start();
  stop = () => rt.stop();
  await waitFor(() => fake.sockets.length === 1);
  /** A session cookie of a new token with `role`. */
  const login = async (role: 'admin' | 'ngo' = 'admin') => {
    const { token } = await createToken(db, { role, name: `${role} ${Math.random()}` });
    const res = await app.request(`${BASE}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: new URLSearchParams({ token }).toString(),
    });
    return res.headers.get('set-cookie')!.split(';')[0]!;
  };
  const admin = await login();
  const get = async (cookie = admin) => (await app.request(DASHBOARD_PATH, { headers: { cookie } })).text();
  return { app, rt, fake, wa: rt.channel!, login, admin, get };
}

describe('WhatsApp admin page and health', () => {
  it('is registered with the service and only made when WHATSAPP_ENABLED=true', async () => {
    t = await testDb();
    const deps = { db: t.db, engine: createEngine(t.db), logger: pino({ level: 'silent' }) };
    const made = runtimeFactories.map((f) => f({ ...deps, config: parseConfig({}) })).filter(Boolean);
    expect(made.map((r) => r!.name)).not.toContain('whatsapp');
    const on = runtimeFactories.map((f) => f({ ...deps, config: parseConfig({ WHATSAPP_ENABLED: 'true' }) }));
    expect(on.filter(Boolean).map((r) => r!.name)).toContain('whatsapp');
  });

  it('is an admin page of the dashboard: no token in a URL, the old address redirects, other roles are refused', async () => {
    const s = await setup({ ADMIN_TOKEN: 'old-admin-token-0123456789' });
    // The old address (even with the old ?token=) only sends the browser to the dashboard page.
    const old = await s.app.request('/admin/whatsapp?token=old-admin-token-0123456789');
    expect(old.status).toBe(303);
    expect(old.headers.get('location')).toBe(DASHBOARD_PATH);
    const oldAuth = await s.app.request('/admin/whatsapp', {
      headers: { authorization: 'Bearer old-admin-token-0123456789' },
    });
    expect(oldAuth.status).toBe(303);
    // Not logged in: the login page; ngo: refused; admin: the page, not cached.
    const anon = await s.app.request(DASHBOARD_PATH);
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toBe(`${BASE}/login`);
    expect((await s.app.request(DASHBOARD_PATH, { headers: { cookie: await s.login('ngo') } })).status).toBe(403);
    const ok = await s.app.request(DASHBOARD_PATH, { headers: { cookie: s.admin } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(ok.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await ok.text();
    expect(html).toContain('data-state=');
    expect(html).not.toMatch(/token=/);
  });

  it('shows the QR code as SVG drawn by the service itself, then the connected state; /healthz follows', async () => {
    const s = await setup();
    s.fake.showQr();
    await waitFor(() => s.wa.state === 'waiting-for-link');
    const page = await s.get();
    expect(page).toMatch(/<div class="qr" id="qr"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>/);
    expect(page).toContain('http-equiv="refresh"');
    // Nothing from another host.
    expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    // The details are an admin's (the public /healthz says only ok).
    const { token: adminToken } = await createToken(t!.db, { role: 'admin', name: 'Lead' });
    const details = async () =>
      (await s.app.request('/healthz', { headers: { authorization: `Bearer ${adminToken}` } })).json();
    expect(await (await s.app.request('/healthz')).json()).toEqual({ status: 'ok' });
    let health = await details();
    expect(health.channels.whatsapp).toMatchObject({ state: 'waiting-for-link', linked: false, waitingForLink: true });
    // Even the admin's health never shows the QR code or the number.
    expect(JSON.stringify(health)).not.toMatch(/noise|6285700000001/);

    await s.fake.pairSuccess();
    await waitFor(() => s.fake.sockets.length === 2);
    s.fake.open();
    await waitFor(() => s.wa.state === 'open');
    const open = await s.get();
    expect(open).toContain('data-state="open"');
    expect(open).toContain('+6285700000001');
    expect(open).not.toContain('<svg');
    expect(open).toMatch(/id="sent-today">0 of 1000/);
    health = await details();
    expect(health.channels.whatsapp).toMatchObject({ state: 'open', linked: true, dailyCap: 1000, sentToday: 0 });
  });

  it('after a logout offers "Connect again", which shows a fresh QR code', async () => {
    const s = await setup();
    s.fake.showQr();
    await s.fake.pairSuccess();
    await waitFor(() => s.fake.sockets.length === 2);
    s.fake.open();
    await waitFor(() => s.wa.state === 'open');
    await s.fake.close(DisconnectReason.loggedOut);
    await waitFor(() => s.wa.state === 'logged-out');
    const page = await s.get();
    expect(page).toMatch(/Logged out/);
    expect(page).toContain(`action="${DASHBOARD_PATH}"`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.slice(page.indexOf('Connect again') - 400))![1]!;
    // Without the form's CSRF token, or from another site, nothing happens.
    const form = (fields: Record<string, string>, origin = 'http://localhost') =>
      s.app.request(DASHBOARD_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: s.admin },
        body: new URLSearchParams(fields).toString(),
      });
    expect((await form({ action: 'reconnect' })).status).toBe(403);
    expect((await form({ action: 'reconnect', _csrf: csrf }, 'https://evil.example')).status).toBe(403);
    expect(s.fake.sockets).toHaveLength(2);
    const res = await form({ action: 'reconnect', _csrf: csrf });
    expect(res.status).toBe(303);
    expect(s.fake.sockets).toHaveLength(3);
    s.fake.showQr('fresh');
    await waitFor(() => s.wa.state === 'waiting-for-link');
    expect(await s.get()).toContain('<svg');
  });
});
