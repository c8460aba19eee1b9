// Every route's body is limited by the framework's own middleware, before any
// handler reads or parses it: an oversized body gets 413 at once, and the rest
// of it is never read (a declared 400 MB login form, a never-ending chat post).
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboard } from '../../src/app/dashboard.ts';
import { createEngine } from '../../src/app/engine.ts';
import { BASE } from '../../src/web/dashboard/layout.ts';
import { bodyLimitFor, createApp, DEFAULT_BODY_LIMIT, listen } from '../../src/web/server.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
let server: { close(): Promise<void>; port: number };

beforeAll(async () => {
  t = await testDb();
  const app = createApp({
    engine: createEngine(t.db),
    db: t.db,
    webchat: true,
    mount: (a) => {
      a.route(BASE, createDashboard({ db: t.db, k: 5 }));
      // A route that would read anything it is given: the limit must stop it first.
      a.post('/api/echo', async (c) => c.json({ got: (await c.req.text()).length }));
    },
  });
  server = await listen(app, 0, '127.0.0.1');
});
afterAll(async () => {
  await server.close();
  await t.close();
});

/**
 * Posts `declared` bytes (or chunked when null), writing 64 KB pieces until the
 * answer comes; returns the status, how much was written and how long it took.
 */
function flood(
  path: string,
  declared: number | null,
  type: string,
): Promise<{ status: number; written: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    let written = 0;
    let answered = false;
    const headers: Record<string, string> = { 'content-type': type, origin: `http://127.0.0.1:${server.port}` };
    if (declared !== null) headers['content-length'] = String(declared);
    const req = request({ host: '127.0.0.1', port: server.port, method: 'POST', path, headers }, (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, written, ms: Date.now() - t0 });
      req.destroy();
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const piece = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!answered && written < 400 * 1024 * 1024) {
        written += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
    };
    pump();
  });
}

describe('body size limits', () => {
  it('a login form declaring 400 MB gets 413 at once, without its body being read', async () => {
    const r = await flood(`${BASE}/login`, 400 * 1024 * 1024, 'application/x-www-form-urlencoded');
    expect(r.status).toBe(413);
    expect(r.ms).toBeLessThan(3000);
    expect(r.written).toBeLessThan(16 * 1024 * 1024);
  });

  it('a chat post without a declared length is cut off just past its limit', async () => {
    const r = await flood('/api/chat/send', null, 'application/json');
    expect(r.status).toBe(413);
    expect(r.ms).toBeLessThan(3000);
    expect(r.written).toBeLessThan(16 * 1024 * 1024);
    expect(await t.db.selectFrom('inbound_messages').select('id').execute()).toEqual([]);
  });

  it('any other route has the default limit; bodies within a limit go through', async () => {
    const r = await flood('/api/other-webhook', 400 * 1024 * 1024, 'application/json');
    expect(r.status).toBe(413);
    const base = `http://127.0.0.1:${server.port}`;
    const ok = await fetch(`${base}/api/chat/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'w1', text: 'halo' }),
    });
    expect(ok.status).toBe(200);
    const big = await fetch(`${base}/api/chat/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'w1', text: 'a'.repeat(bodyLimitFor('/api/chat/send')) }),
    });
    expect(big.status).toBe(413);
    expect(bodyLimitFor(`${BASE}/login`)).toBeLessThanOrEqual(8 * 1024);
    expect(bodyLimitFor('/api/chat/send')).toBeLessThan(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFor(`${BASE}/broadcasts/new`)).toBeLessThan(DEFAULT_BODY_LIMIT);
  });
});
