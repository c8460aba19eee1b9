import { DisconnectReason } from '@whiskeysockets/baileys';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createWhatsAppRuntime } from '../../../src/bot/whatsapp/runtime.ts';
import { parseConfig } from '../../../src/config.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { createToken } from '../../../src/research/access.ts';
import { runtimeFactories } from '../../../src/service.ts';
import { createApp } from '../../../src/web/server.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { FakeWhatsApp } from './fake-whatsapp.ts';

const TOKEN = 'admin-token-0123456789';

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

async function setup(env: Record<string, string> = { ADMIN_TOKEN: TOKEN }) {
  t = await testDb();
  const config = parseConfig({ WHATSAPP_ENABLED: 'true', ...env });
  const engine = new Engine(t.db);
  const fake = new FakeWhatsApp();
  const rt = createWhatsAppRuntime(
    { config, db: t.db, engine, logger: pino({ level: 'silent' }) },
    { socketFactory: fake.factory, print: () => {}, schedule: () => () => {} },
  );
  const app = createApp({ engine, db: t.db, webchat: false, health: [rt], mount: (a) => rt.mount?.(a) });
  await rt.start();
  stop = () => rt.stop();
  await waitFor(() => fake.sockets.length === 1);
  return { app, rt, fake, wa: rt.channel! };
}

describe('WhatsApp admin page and health', () => {
  it('is registered with the service and only made when WHATSAPP_ENABLED=true', async () => {
    await import('../../../src/runtimes.ts');
    t = await testDb();
    const deps = { db: t.db, engine: new Engine(t.db), logger: pino({ level: 'silent' }) };
    const made = runtimeFactories.map((f) => f({ ...deps, config: parseConfig({}) })).filter(Boolean);
    expect(made.map((r) => r!.name)).not.toContain('whatsapp');
    const on = runtimeFactories.map((f) => f({ ...deps, config: parseConfig({ WHATSAPP_ENABLED: 'true' }) }));
    expect(on.filter(Boolean).map((r) => r!.name)).toContain('whatsapp');
  });

  it('asks for the admin token, and is off without ADMIN_TOKEN', async () => {
    const s = await setup();
    expect((await s.app.request('/admin/whatsapp')).status).toBe(401);
    expect((await s.app.request('/admin/whatsapp?token=wrong-token-0123456789')).status).toBe(401);
    const ok = await s.app.request('/admin/whatsapp', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    await stop!();
    await t!.close();
    const off = await setup({});
    const res = await off.app.request('/admin/whatsapp?token=anything');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/ADMIN_TOKEN/);
  });

  it('shows the QR code as SVG drawn by the service itself, then the connected state; /healthz follows', async () => {
    const s = await setup();
    s.fake.showQr();
    await waitFor(() => s.wa.state === 'waiting-for-link');
    const page = await (await s.app.request(`/admin/whatsapp?token=${TOKEN}`)).text();
    expect(page).toMatch(/<div class="qr" id="qr"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>/);
    expect(page).toContain('http-equiv="refresh"');
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
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
    const open = await (await s.app.request(`/admin/whatsapp?token=${TOKEN}`)).text();
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
    const page = await (await s.app.request(`/admin/whatsapp?token=${TOKEN}`)).text();
    expect(page).toMatch(/Logged out/);
    expect(page).toContain('action="/admin/whatsapp/reconnect"');
    const denied = await s.app.request('/admin/whatsapp/reconnect', { method: 'POST' });
    expect(denied.status).toBe(401);
    expect(s.fake.sockets).toHaveLength(2);
    const res = await s.app.request('/admin/whatsapp/reconnect', {
      method: 'POST',
      body: new URLSearchParams({ token: TOKEN }),
    });
    expect(res.status).toBe(303);
    expect(s.fake.sockets).toHaveLength(3);
    s.fake.showQr('fresh');
    await waitFor(() => s.wa.state === 'waiting-for-link');
    expect(await (await s.app.request(`/admin/whatsapp?token=${TOKEN}`)).text()).toContain('<svg');
  });
});
