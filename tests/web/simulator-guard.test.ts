// The web chat simulator has no login: it is on only when asked for (or on a
// loopback address with no public URL), refuses requests made by other sites,
// cannot be framed and runs only its own script, and its workers never reach
// an NGO view (TANYA inbox, broadcast counts) or a research view.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDashboard } from '../../src/app/dashboard.ts';
import { createEngine } from '../../src/app/engine.ts';
import { createBroadcast, previewBroadcast } from '../../src/broadcast/broadcasts.ts';
import { createGroup, listGroups } from '../../src/broadcast/groups.ts';
import { recipients } from '../../src/broadcast/segment.ts';
import { parseConfig, webchatEnabled } from '../../src/config.ts';
import { inboxFigures, inboxQuestions, openQuestions } from '../../src/db/questions.ts';
import { researchWorkers } from '../../src/research/ledgers.ts';
import { BASE } from '../../src/web/dashboard/layout.ts';
import { createApp } from '../../src/web/server.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const app = () =>
  createApp({
    engine: createEngine(t.db),
    db: t.db,
    webchat: true,
    mount: (a) => a.route(BASE, createDashboard({ db: t.db, k: 5 })),
  });

const send = (headers: Record<string, string>, body = JSON.stringify({ user: 'w1', text: 'halo' })) =>
  app().request('http://127.0.0.1:8080/api/chat/send', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('web chat simulator', () => {
  it('is on by default only on a loopback address with no public URL', () => {
    expect(webchatEnabled(parseConfig({}))).toBe(true);
    // Behind a public proxy the service listens on loopback too: PUBLIC_URL turns the simulator off.
    expect(webchatEnabled(parseConfig({ PUBLIC_URL: 'https://upahku.example.org' }))).toBe(false);
    expect(webchatEnabled(parseConfig({ HOST: '0.0.0.0' }))).toBe(false);
    expect(webchatEnabled(parseConfig({ PUBLIC_URL: 'https://upahku.example.org', WEBCHAT_ENABLED: 'true' }))).toBe(
      true,
    );
    expect(webchatEnabled(parseConfig({ WEBCHAT_ENABLED: 'false' }))).toBe(false);
  });

  it('refuses posts and polls made by another site, and anything but JSON; its own page gets through', async () => {
    expect((await send({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await send({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await send({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    // A cross-site form can only send form or plain text bodies.
    expect((await send({ 'content-type': 'text/plain' }, '{"user":"w1","text":"halo"}')).status).toBe(415);
    const poll = await app().request('http://127.0.0.1:8080/api/chat/poll?user=w1', {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(poll.status).toBe(403);
    expect(await t.db.selectFrom('inbound_messages').select('id').execute()).toEqual([]);
    const ok = await send({ origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect((await send({})).status).toBe(200);
  });

  it('its page has a CSP and may not be framed; the dashboard keeps its own headers', async () => {
    const page = await app().request('/chat');
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await app().request('/assets/chat.js')).headers.get('x-frame-options')).toBe('DENY');
    const dash = await app().request(`${BASE}/login`);
    expect(dash.headers.get('content-security-policy')).toContain("img-src 'self' data:");
  });

  it("its workers reach no TANYA inbox, broadcast count or research data; a Telegram worker's do", async () => {
    const real = new Phone(t.db, '777001', 'telegram');
    await real.onboard();
    expect(await real.send('TANYA apakah JHT bisa diambil?')).toMatch(/sudah dikirim/);
    for (const u of ['sim-1', 'sim-2']) {
      const sim = new Phone(t.db, u, 'web');
      await sim.onboard();
      expect(await sim.send('TANYA nomor saya 0812 3456 7890, tolong telepon')).toMatch(/sudah dikirim/);
    }
    const open = await openQuestions(t.db);
    expect(open.map((q) => q.text)).toEqual(['apakah JHT bisa diambil?']);
    const inbox = await inboxQuestions(t.db, { view: 'open', me: 'staff' });
    expect(inbox.map((q) => q.text)).toEqual(['apakah JHT bisa diambil?']);
    expect((await inboxFigures(t.db)).open).toBe(1);

    const now = new Date();
    const b = await createBroadcast(t.db, { textId: 'Pelatihan BPJS' }, now, { quietHours: null });
    const preview = await previewBroadcast(t.db, b.id, now);
    expect(preview.recipients).toBe(1);
    expect(preview.byChannel).toEqual({ telegram: 1 });
    const to = await recipients(t.db, {}, { now }).select('ci.channel_user_id').execute();
    expect(to.map((r) => r.channel_user_id)).toEqual(['777001']);
    expect((await researchWorkers(t.db)).length).toBe(1);
    // Nor are they counted in a group they joined by its code.
    await createGroup(t.db, 'Pare', 'PARE1', now);
    await real.send('GABUNG PARE1');
    await new Phone(t.db, 'sim-1', 'web').send('GABUNG PARE1');
    expect(await t.db.selectFrom('ngo_group_members').select('worker_id').execute()).toHaveLength(2);
    expect((await listGroups(t.db)).map((g) => g.members)).toEqual([1]);
  });
});
