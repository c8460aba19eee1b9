import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/access/audit.ts';
import {
  createSession,
  createToken,
  listTokens,
  principalForToken,
  revokeToken,
  sessionFor,
  sha256,
} from '../../src/access/tokens.ts';
import { createDashboard } from '../../src/app/dashboard.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { rowsContaining } from '../helpers/rows.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

function app(publicUrl?: string) {
  const a = new Hono();
  a.route('/dashboard', createDashboard({ db: t.db, k: 5, publicUrl }));
  return a;
}

const ORIGIN = 'http://localhost';

async function login(a: Hono, token: string) {
  const res = await a.request('/dashboard/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    body: new URLSearchParams({ token }).toString(),
  });
  return res;
}

function cookieOf(res: Response): string {
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('tokens', () => {
  it('are stored only as a hash, work until revoked, and revoking ends their sessions', async () => {
    const { id, token } = await createToken(t.db, { role: 'researcher', name: 'Dr Sari' });
    expect(token).toMatch(/^upk_[A-Za-z0-9_-]{43}$/);
    expect(await rowsContaining(t.db, [token])).toEqual([]);
    const row = await t.db.selectFrom('access_tokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256(token));

    const p = await principalForToken(t.db, token);
    expect(p).toMatchObject({ tokenId: id, name: 'Dr Sari', role: 'researcher' });
    expect(await principalForToken(t.db, `${token}x`)).toBeNull();
    expect(await principalForToken(t.db, 'not a token')).toBeNull();

    const s = await createSession(t.db, p!);
    expect(await sessionFor(t.db, s.sessionId)).toMatchObject({ role: 'researcher', csrf: s.csrf });
    // A session expires after its hours.
    expect(await sessionFor(t.db, s.sessionId, new Date(Date.now() + 13 * 3600_000))).toBeNull();

    expect(await revokeToken(t.db, 'Dr Sari')).toHaveLength(1);
    expect(await principalForToken(t.db, token)).toBeNull();
    expect(await sessionFor(t.db, s.sessionId)).toBeNull();
    expect((await listTokens(t.db))[0]!.revokedAt).not.toBeNull();
    expect(await revokeToken(t.db, String(id))).toHaveLength(0);
  });

  it('refuses a bad role or an empty name', async () => {
    await expect(createToken(t.db, { role: 'boss' as never, name: 'x' })).rejects.toThrow(/Role/);
    await expect(createToken(t.db, { role: 'ngo', name: '  ' })).rejects.toThrow(/name/);
  });

  it('the CLI makes, lists and revokes tokens, showing the token once', () => {
    const bin = join(process.cwd(), 'bin/upahku.js');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, 'token', ...args, '--db', t.url], {
        encoding: 'utf8',
        env: { ...process.env, LOG_LEVEL: 'silent' },
      });
    const made = run('create', '--role', 'ngo', '--name', 'Serikat Pekerja Rumahan');
    expect(made.status).toBe(0);
    const token = made.stdout.match(/upk_\S+/)?.[0];
    expect(token).toBeDefined();
    const listed = run('list');
    expect(listed.stdout).toMatch(/1\s+ngo\s+active.*Serikat Pekerja Rumahan/);
    expect(listed.stdout).not.toContain(token!);
    expect(run('create', '--role', 'boss', '--name', 'x').status).toBe(2);
    expect(run('revoke', 'Serikat Pekerja Rumahan').stdout).toMatch(/Revoked token 1/);
    expect(run('revoke', '1').status).toBe(2);
    expect(run('list').stdout).toMatch(/revoked/);
  });
});

describe('dashboard access over HTTP', () => {
  it('login sets a HttpOnly SameSite=Strict cookie (Secure behind https) and is audited; a bad token is refused and audited', async () => {
    const { token } = await createToken(t.db, { role: 'researcher', name: 'R' });
    const bad = await login(app(), 'upk_wrong');
    expect(bad.status).toBe(401);
    const res = await login(app(), token);
    expect(res.status).toBe(303);
    const set = res.headers.get('set-cookie')!;
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Strict/);
    expect(set).not.toMatch(/Secure/);
    expect(set).toMatch(/Path=\/dashboard/);
    const secure = await login(app('https://upahku.example.org'), token);
    expect(secure.headers.get('set-cookie')).toMatch(/; Secure/);
    // The cookie is not the token, and the database keeps only a hash of the session id.
    const sid = cookieOf(res).split('=')[1]!;
    expect(sid).not.toContain(token);
    expect(await rowsContaining(t.db, [sid])).toEqual([]);
    const actions = (await listAudit(t.db)).map((e) => e.action);
    expect(actions.sort()).toEqual(['login', 'login', 'login_failed']);
  });

  it('a form posted from another site, or without the session CSRF token, is refused', async () => {
    const { token } = await createToken(t.db, { role: 'admin', name: 'A' });
    const a = app();
    const cookie = cookieOf(await login(a, token));
    const post = (body: Record<string, string>, origin = ORIGIN) =>
      a.request('/dashboard/admin/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie },
        body: new URLSearchParams(body).toString(),
      });
    expect((await post({ name: 'evil', role: 'admin' })).status).toBe(403);
    expect((await post({ name: 'evil', role: 'admin', _csrf: 'guess' })).status).toBe(403);
    const page = await (await a.request('/dashboard/admin/tokens', { headers: { cookie } })).text();
    const csrf = page.match(/name="_csrf" value="([^"]+)"/)![1]!;
    expect((await post({ name: 'evil', role: 'admin', _csrf: csrf }, 'https://evil.example')).status).toBe(403);
    expect((await listTokens(t.db)).map((x) => x.name)).toEqual(['A']);
    const ok = await post({ name: 'Helper', role: 'ngo', _csrf: csrf });
    expect(ok.status).toBe(200);
    const shown = (await ok.text()).match(/id="new-token">(upk_[^<]+)</)?.[1];
    expect(shown).toBeDefined();
    expect(await principalForToken(t.db, shown!)).toMatchObject({ name: 'Helper', role: 'ngo' });
  });

  it('roles: a researcher gets research pages only, an NGO token outreach pages only; bearer tokens work for GET', async () => {
    const r = (await createToken(t.db, { role: 'researcher', name: 'R' })).token;
    const n = (await createToken(t.db, { role: 'ngo', name: 'N' })).token;
    const a = app();
    const get = (path: string, token: string) => a.request(path, { headers: { authorization: `Bearer ${token}` } });
    expect((await get('/dashboard/research/overview', r)).status).toBe(200);
    expect((await get('/dashboard/ngo/tanya', r)).status).toBe(403);
    expect((await get('/dashboard/ngo/broadcasts', r)).status).toBe(403);
    expect((await get('/dashboard/admin/audit', r)).status).toBe(403);
    expect((await get('/dashboard/admin/tokens', r)).status).toBe(403);
    expect((await get('/dashboard/research/overview', n)).status).toBe(403);
    expect((await get('/dashboard/ngo/tanya', n)).status).toBe(200);
    expect((await get('/dashboard/admin/audit', n)).status).toBe(403);
    // No login: sent to the login page.
    const anon = await a.request('/dashboard/research/overview');
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toBe('/dashboard/login');
    expect((await a.request('/dashboard/nope', { headers: { authorization: `Bearer ${r}` } })).status).toBe(404);
  });
});
