// Downloads work on the first run: the service itself (its dashboard runtime)
// makes a pseudonym secret on first start when none is set, keeps it beside the
// SQLite file with mode 600 and logs where and that it must be backed up; the
// next start reads it silently; a setting wins and makes no file. (The export
// command does the same: tests/research/export.test.ts.)
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { dashboardRuntime } from '../../src/app/dashboard.ts';
import { parseConfig } from '../../src/config.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Starts the dashboard runtime as the service does, and what it logged. */
function start(env: Record<string, string>) {
  const logged: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const log = (level: string) => (fields: Record<string, unknown>, message: string) =>
    logged.push({ level, fields, message });
  const logger = { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') };
  dashboardRuntime({ config: parseConfig(env), db: {}, engine: {}, logger } as never);
  return logged;
}

it('the service makes a secret on its first start, keeps it with the data and says to back it up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upahku-secret-'));
  dirs.push(dir);
  const url = join(dir, 'upahku.sqlite');
  const file = join(dir, 'upahku.pseudonym-secret');
  const first = start({ DATABASE_URL: url });
  expect(first).toEqual([
    { level: 'warn', fields: { file }, message: expect.stringMatching(/random one was made.*Back this file up/) },
  ]);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  const secret = readFileSync(file, 'utf8');
  // The next start reads the same one and only says so.
  expect(start({ DATABASE_URL: url }).map((l) => l.level)).toEqual(['info']);
  expect(readFileSync(file, 'utf8')).toBe(secret);
  // A setting wins: nothing is made or said.
  const other = join(dir, 'other.sqlite');
  expect(start({ DATABASE_URL: other, PSEUDONYM_SECRET: 'a-setting-of-sixteen-chars' })).toEqual([]);
  expect(existsSync(join(dir, 'other.pseudonym-secret'))).toBe(false);
});
