import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

it('npm start serves the chat page and /healthz, prints the address, and stops cleanly on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'upahku-svc-'));
  const port = await freePort();
  // No DATABASE_URL: the default ./data/upahku.sqlite is created under the working directory.
  const child = spawn(process.execPath, [join(process.cwd(), 'bin/upahku.js')], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'silent', DATABASE_URL: '' },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const deadline = Date.now() + 20_000;
  while (!out.includes('Upahku is running') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  try {
    expect(out).toContain(`http://127.0.0.1:${port}/chat`);
    // In public, /healthz says only ok or not ok.
    const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
    expect(health).toEqual({ status: 'ok' });
    const page = await (await fetch(`http://127.0.0.1:${port}/chat`)).text();
    expect(page).toContain('Simulator chat');
    const res = await fetch(`http://127.0.0.1:${port}/api/chat/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'w1', text: 'halo' }),
    });
    expect((await res.json()).replies[0].text).toMatch(/Pilih bahasa/);
    const bad = await fetch(`http://127.0.0.1:${port}/api/chat/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'not json',
    });
    expect(bad.status).toBe(400);
    // Only JSON: what a form from another site could send is refused.
    const form = await fetch(`http://127.0.0.1:${port}/api/chat/send`, { method: 'POST', body: 'not json' });
    expect(form.status).toBe(415);
    expect(existsSync(join(dir, 'data', 'upahku.sqlite'))).toBe(true);
  } finally {
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  }
});
