import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

function chat(
  args: string[],
  lines: string[],
  env: Record<string, string> = {},
): Promise<{ out: string; err: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/upahku.js', 'chat', ...args], {
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ out, err, code: code ?? -1 }));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

describe('npx upahku chat (scripted, stdin not a terminal)', () => {
  it('prints each reply followed by a blank line and exits at end of input', async () => {
    const r = await chat(['--db', t.url, '--user', 'ibu-sri'], ['halo', '1', '1', '1', 'pare', '1', 'menu']);
    expect(r.code).toBe(0);
    const blocks = r.out.split('\n\n').filter(Boolean);
    expect(blocks[0]).toMatch(/^Halo! Saya Upahku/);
    expect(blocks[1]).toMatch(/^Sebelum mulai/);
    expect(r.out).toMatch(/Terima kasih! Data awal tersimpan \(Pare\)/);
    expect(r.out.trimEnd().endsWith('Balas dengan angka.')).toBe(true);
    expect(r.out.endsWith('\n\n')).toBe(true);
  });

  it('answers each line as soon as it arrives, so another program can drive it', async () => {
    const child = spawn(process.execPath, ['bin/upahku.js', 'chat', '--db', t.url, '--user', 'live'], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stdin.write('halo\n');
    const deadline = Date.now() + 20_000;
    while (!out.includes('Pilih bahasa') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(out).toMatch(/Pilih bahasa/);
    child.stdin.write('2\n');
    while (!out.includes('Do you agree') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(out).toMatch(/Do you agree/);
    child.stdin.end();
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
  });

  it('the worker is kept between runs and --user chooses who is talking', async () => {
    await chat(['--db', t.url, '--user', 'a'], ['halo', '1']);
    const again = await chat(['--db', t.url, '--user', 'a'], ['1']);
    expect(again.out).toMatch(/penelitian/);
    const other = await chat(['--db', t.url, '--user', 'b'], ['1']);
    expect(other.out).toMatch(/Pilih bahasa/);
  });

  it('DATABASE_URL picks the store when --db is not given; a bad PORT stops with one clear line', async () => {
    const r = await chat([], ['halo'], { DATABASE_URL: t.url });
    expect(r.out).toMatch(/Pilih bahasa/);
    const bad = await chat([], ['halo'], { DATABASE_URL: t.url, PORT: 'abc' });
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe('Invalid configuration: PORT must be a whole number from 1 to 65535 (got "abc")');
  });
});
