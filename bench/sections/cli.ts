// (7) Command line: how long `upahku` takes to start, as the command a person
// types runs it (the bundle made at install, scripts/build.mjs), against
// Node's own start (`node -e 0`) measured in the same run; and the resident
// memory of the service at idle with every channel configured, against a bare
// Node process.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeTelegram, TEST_TOKEN } from '../../tests/helpers/fake-telegram.ts';
import { freePort, memoryOf, sleep, spawnNode, stopChild, waitForOutput } from '../lib/proc.ts';
import { type Figure, ratioFigure, type Section } from '../lib/report.ts';
import { startFlags } from '../lib/start-flags.ts';
import { percentile } from '../lib/stats.ts';
import { withTmpDir } from '../lib/tmp.ts';

export interface CliSizes {
  /** Runs of each command; the median is reported. */
  runs: number;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The goals: `--help` and `token create` within 3 times Node's start; a small export under 1 s. */
const MAX_START_RATIO = 3;
const MAX_EXPORT_MS = 1000;
const MAX_IDLE_MIB = 150;

function timed(args: string[], env: Record<string, string>, cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  return ms;
}

function median(runs: number, run: () => number): number {
  run(); // the first run fills the file cache
  return percentile(
    Array.from({ length: runs }, () => run()),
    0.5,
  );
}

function atMost(f: Figure, maxRatio: number, target: string): Figure {
  return { ...f, target, pass: (f.ratio ?? Number.NaN) <= maxRatio };
}

async function idleWithChannels(dir: string, main: string): Promise<{ rss: number; bare: number }> {
  const bareChild = spawnNode(['-e', 'console.log("ready"); setInterval(() => {}, 1000)'], {}, dir);
  let bare: number;
  try {
    await waitForOutput(bareChild, /ready/);
    await sleep(500);
    bare = memoryOf(bareChild.pid!).rss;
  } finally {
    await stopChild(bareChild);
  }
  const telegram = await FakeTelegram.start();
  const port = await freePort();
  // Every channel on: Telegram against the local fake Bot API; WhatsApp with
  // no reachable server (it loads its library and keeps trying to connect).
  const child = spawnNode(
    [...startFlags(), main, 'serve'],
    {
      DATABASE_URL: join(dir, 'memory.sqlite'),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      WHATSAPP_ENABLED: 'true',
      PSEUDONYM_SECRET: 'bench-secret-bench-secret-bench-secret',
    },
    dir,
  );
  try {
    await waitForOutput(child, /running/, 120_000);
    await sleep(2000);
    return { rss: memoryOf(child.pid!).rss, bare };
  } finally {
    await stopChild(child);
    await telegram.close();
  }
}

export async function cliSection(sizes: CliSizes = { runs: 7 }): Promise<Section> {
  const started = performance.now();
  // Built afresh into a folder inside the project (the bundle finds content/ by walking up).
  const outdir = join('node_modules', '.cache', `upahku-bench-cli-${process.pid}`);
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', outdir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (/build skipped/.test(built.stderr)) throw new Error(built.stderr);
  const main = join(ROOT, outdir, 'main.js');
  try {
    return await withTmpDir(async (dir) => {
      const db = join(dir, 'cli.sqlite');
      const env = { DATABASE_URL: db, PSEUDONYM_SECRET: 'bench-secret-bench-secret-bench-secret' };
      timed([main, 'migrate'], env, dir);
      const node = median(sizes.runs, () => timed(['-e', '0'], {}, dir));
      const baseline = { name: 'node -e 0', value: node };
      const help = median(sizes.runs, () => timed([main, '--help'], env, dir));
      let n = 0;
      const token = median(sizes.runs, () =>
        timed([main, 'token', 'create', '--role', 'ngo', '--name', `bench ${n++}`], env, dir),
      );
      const exported = median(sizes.runs, () =>
        timed([main, 'export', 'orders', '--format', 'csv', '--out', join(dir, 'w.csv')], env, dir),
      );
      const fromSource = median(Math.min(3, sizes.runs), () =>
        timed([join(ROOT, 'bin/upahku.js'), '--help'], { ...env, UPAHKU_FROM_SOURCE: '1' }, dir),
      );
      const memory = await idleWithChannels(dir, main);
      const startTarget = `<= ${MAX_START_RATIO}x baseline`;
      const figures: Figure[] = [
        atMost(ratioFigure('upahku --help', help, 'ms', baseline), MAX_START_RATIO, startTarget),
        atMost(ratioFigure('upahku token create', token, 'ms', baseline), MAX_START_RATIO, startTarget),
        // Absolute goals for these two: a person waits for the export; memory is what the server has.
        {
          ...ratioFigure('upahku export (small db, CSV)', exported, 'ms', baseline),
          target: `< ${MAX_EXPORT_MS} ms`,
          pass: exported < MAX_EXPORT_MS,
        },
        ratioFigure('--help from the sources (tsx)', fromSource, 'ms', baseline),
        {
          ...ratioFigure('RSS idle, every channel configured', memory.rss, 'MiB', {
            name: 'bare node idle',
            value: memory.bare,
          }),
          target: `< ${MAX_IDLE_MIB} MiB`,
          pass: memory.rss < MAX_IDLE_MIB,
        },
      ];
      return {
        name: 'cli',
        figures,
        details: { runs: sizes.runs, channels: 'web chat, Telegram (local fake API), WhatsApp (no server)' },
        seconds: (performance.now() - started) / 1000,
      };
    });
  } finally {
    rmSync(join(ROOT, outdir), { recursive: true, force: true });
  }
}
