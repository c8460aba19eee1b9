import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runtimeFactories } from '../../src/app/runtimes.ts';
import { parseConfig } from '../../src/config.ts';
import { bpjsContent, DEFAULT_CONTENT_DIR, useContentDir } from '../../src/content/bpjs/store.ts';
import type { Db } from '../../src/db/connect.ts';
import type { Engine } from '../../src/engine/engine.ts';
import type { Runtime } from '../../src/runtime.ts';

let dir: string;
let logs: Record<string, unknown>[];
let rt: Runtime;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'upahku-content-'));
  cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true });
  logs = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(JSON.parse(String(chunk)));
      cb();
    },
  });
  const made = runtimeFactories.map((f) =>
    f({
      config: parseConfig({ BPJS_CONTENT_DIR: dir }),
      db: null as unknown as Db,
      engine: null as unknown as Engine,
      logger: pino({ level: 'info' }, sink),
    }),
  );
  rt = made.find((r) => r?.name === 'bpjsContent')!;
  await rt.start();
});
afterEach(async () => {
  await rt.stop();
  useContentDir(DEFAULT_CONTENT_DIR);
  rmSync(dir, { recursive: true, force: true });
});

function edit(file: string, from: string, to: string): void {
  const src = readFileSync(join(dir, file), 'utf8');
  expect(src).toContain(from);
  writeFileSync(join(dir, file), src.replace(from, to));
}

async function until(cond: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!cond() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

it('the service reloads the content on SIGHUP and reports a malformed file in health and the log', async () => {
  expect(rt.health()).toMatchObject({ ok: true, dir, errors: [] });
  expect(logs.some((l) => l.why === 'start' && l.msg === 'BPJS content loaded')).toBe(true);

  edit('figures.yaml', 'value: 6800', 'value: 7500');
  process.kill(process.pid, 'SIGHUP');
  await until(() => logs.some((l) => l.why === 'SIGHUP'));
  expect(logs.find((l) => l.why === 'SIGHUP')).toMatchObject({ msg: 'BPJS content loaded', dir });
  expect(bpjsContent().figures.jkm!.value).toBe(7500);

  edit('figures.yaml', 'value: 7500', 'value: [7500]');
  process.kill(process.pid, 'SIGHUP');
  await until(() => logs.filter((l) => l.why === 'SIGHUP').length === 2);
  const refused = logs.filter((l) => l.why === 'SIGHUP')[1]!;
  expect(refused.level).toBe(50);
  expect(String(refused.msg)).toMatch(
    /^BPJS content refused, the last good content stays in use:\nfigures\.yaml:\d+:\d+: figures\.jkm\.value: expected a number \(or, for a contact, its text\) \(got a list of 1\)$/,
  );
  expect(bpjsContent().figures.jkm!.value).toBe(7500);
  const health = rt.health() as { ok: boolean; errors: string[] };
  expect(health.ok).toBe(false);
  expect(health.errors[0]).toMatch(/^figures\.yaml:\d+:\d+: figures\.jkm\.value/);
});

it('reloads when a file changes, without a signal', async () => {
  edit('id.yaml', 'Ikut JKK dan JKM saja sudah bisa.', 'JKK dan JKM saja juga boleh.');
  await until(() => logs.some((l) => l.why === 'file changed'));
  expect(bpjsContent().langs.id!.topics[0]!.pages[0]).toContain('JKK dan JKM saja juga boleh.');
});
