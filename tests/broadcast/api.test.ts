// The broadcast API and the scheduler inside the real service, with terminal workers as recipients.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Service, startService } from '../../src/app/service.ts';
import { parseConfig } from '../../src/config.ts';
import { takeForAddress } from '../../src/db/outbox.ts';
import { createLogger } from '../../src/logger.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { healthDetails } from '../helpers/health.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

let t: TestDb;
let svc: Service;
const token = 'test-token-0123456789abcdef';
beforeEach(async () => {
  t = await testDb();
  const port = await freePort();
  svc = await startService(
    parseConfig({
      DATABASE_URL: join(t.dir, 'svc.sqlite'),
      PORT: String(port),
      BROADCAST_API_TOKEN: token,
      SCHEDULER_POLL_MS: '100',
      QUIET_HOURS: 'off',
    }),
    createLogger('silent'),
  );
});
afterEach(async () => {
  await svc.stop();
  await t.close();
});

const api = (path: string, init: RequestInit & { auth?: boolean } = {}) =>
  fetch(`${svc.url}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.auth === false ? {} : { authorization: `Bearer ${token}` }),
    },
  });

// Workers on the terminal channel: web chat simulator workers are never broadcast recipients.
async function chat(user: string, text: string): Promise<void> {
  await svc.engine.handle({
    channel: 'terminal',
    channelUserId: user,
    externalId: `${user}-${++seq}`,
    text,
    receivedAt: new Date(),
  });
  await takeForAddress(svc.db, 'terminal', user, new Date().toISOString());
}
let seq = 0;
async function poll(user: string): Promise<string[]> {
  return (await takeForAddress(svc.db, 'terminal', user, new Date().toISOString())).map((r) => r.text);
}

it('creates, previews, sends and reports a broadcast over the API; scheduled ones go at their time', async () => {
  for (const [user, lang] of [
    ['ani', '1'],
    ['bea', '2'],
    ['cici', '1'],
  ] as const) {
    for (const text of ['halo', lang, '1', '1', 'pare', '1']) await chat(user, text);
  }
  await chat('cici', 'BERHENTI');

  expect((await api('/api/broadcasts', { auth: false })).status).toBe(401);
  expect((await api('/api/broadcasts', { method: 'POST', body: '{}' })).status).toBe(400);
  const bad = await api('/api/broadcasts', {
    method: 'POST',
    body: JSON.stringify({ textId: 'x', segment: { kecamatan: ['Narnia'] } }),
  });
  expect(bad.status).toBe(400);
  expect((await bad.json()).error).toMatch(/Narnia/);

  const created = await api('/api/broadcasts', {
    method: 'POST',
    body: JSON.stringify({
      textId: 'Rapat hari Sabtu',
      textEn: 'Meeting on Saturday',
      segment: { kecamatan: ['Pare'] },
    }),
  });
  expect(created.status).toBe(201);
  const { id, preview } = await created.json();
  expect(preview).toMatchObject({ recipients: 2, excluded: { optedOut: 1 }, byLang: { id: 1, en: 1 } });

  const sent = await api(`/api/broadcasts/${id}/send`, { method: 'POST', body: '{}' });
  expect(sent.status).toBe(202);
  expect(await sent.json()).toEqual({ status: 'sending', recipients: 2 });
  expect((await poll('ani')).join()).toMatch(/^Rapat hari Sabtu\n\n\(Kabar dari Upahku/);
  expect((await poll('bea')).join()).toMatch(/^Meeting on Saturday/);
  expect(await poll('cici')).toEqual([]);
  const figures = await (await api(`/api/broadcasts/${id}`)).json();
  expect(figures).toMatchObject({ status: 'done', recipients: 2, sent: 2, pending: 0 });
  expect((await api(`/api/broadcasts/${id}/send`, { method: 'POST', body: '{}' })).status).toBe(400);
  expect((await api('/api/broadcasts/999')).status).toBe(404);

  // Scheduled a second ahead: the service's scheduler queues it.
  const second = await (
    await api('/api/broadcasts', { method: 'POST', body: JSON.stringify({ textId: 'Pengingat rapat' }) })
  ).json();
  const at = new Date(Date.now() + 1000).toISOString();
  const scheduled = await api(`/api/broadcasts/${second.id}/send`, { method: 'POST', body: JSON.stringify({ at }) });
  expect(await scheduled.json()).toEqual({ status: 'scheduled', at });
  expect(await poll('ani')).toEqual([]);
  const deadline = Date.now() + 10_000;
  let got: string[] = [];
  while (!got.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    got = await poll('ani');
  }
  expect(got.join()).toMatch(/^Pengingat rapat/);
  const health = await healthDetails(svc.url, svc.db);
  expect(health.channels.scheduler).toMatchObject({ running: true, jobsRun: 1 });
  const list = await (await api('/api/broadcasts')).json();
  expect(list.broadcasts.map((b: { id: number }) => b.id)).toEqual([second.id, id]);
}, 60_000);

it('makes a recurring broadcast over the API, and refuses a pattern that is not cron', async () => {
  const bad = await api('/api/broadcasts', { method: 'POST', body: JSON.stringify({ textId: 'x', cron: 'monthly' }) });
  expect(bad.status).toBe(400);
  expect((await bad.json()).error).toContain('is not a cron pattern');
  const made = await (
    await api('/api/broadcasts', {
      method: 'POST',
      body: JSON.stringify({ textId: 'Bayar iuran bulan ini', cron: '0 9 * * 1#1' }),
    })
  ).json();
  expect(made.preview).toMatchObject({ cron: '0 9 * * 1#1' });
  const res = await api(`/api/broadcasts/${made.id}/send`, { method: 'POST', body: '{}' });
  expect(res.status).toBe(202);
  const body = await res.json();
  expect(body.status).toBe('recurring');
  // The first Monday of a month, 09:00 WIB (02:00 UTC).
  const next = new Date(body.next);
  expect([next.getUTCDay(), next.getUTCHours(), next.getUTCDate() <= 7]).toEqual([1, 2, true]);
  const jobs = await svc.db.selectFrom('jobs').selectAll().where('kind', '=', 'broadcast.run').execute();
  expect(jobs).toMatchObject([{ cron: '0 9 * * 1#1', status: 'pending', due_at: body.next }]);
}, 60_000);
