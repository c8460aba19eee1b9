// bin/upahku.js runs the bundle only while nothing in src/ changed after the
// build, else the sources: an edit, a new file (even one with an old time) or a
// deleted file never leaves stale code running. Checked on a small project of
// its own: a "bundle" and "sources" that say which of them ran.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let root: string;
const hourAgo = new Date(Date.now() - 3_600_000);
const twoHoursAgo = new Date(Date.now() - 7_200_000);

/** Every file and folder of src/ dated two hours back, the build one hour back. */
function settle(dir = join(root, 'src')): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) settle(path);
    else utimesSync(path, twoHoursAgo, twoHoursAgo);
  }
  utimesSync(dir, twoHoursAgo, twoHoursAgo);
}

function ran(env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'upahku.js')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, UPAHKU_FROM_SOURCE: '', ...env },
    timeout: 60_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'upahku-stale-'));
  mkdirSync(join(root, 'bin'));
  copyFileSync(resolve('bin/upahku.js'), join(root, 'bin', 'upahku.js'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'main.js'), "process.stdout.write('bundle\\n');\n");
  writeFileSync(join(root, 'dist', 'BUILT'), `${hourAgo.toISOString()}\n`);
  utimesSync(join(root, 'dist', 'BUILT'), hourAgo, hourAgo);
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  mkdirSync(join(root, 'src', 'db', 'migrations'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'cli', 'main.ts'),
    "const from: string = 'sources';\nprocess.stdout.write(from + '\\n');\n",
  );
  writeFileSync(join(root, 'src', 'db', 'migrations', 'index.ts'), 'export const migrations = {};\n');
  settle();
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('bin/upahku.js', () => {
  it('runs the bundle while src/ is as it was built', () => {
    expect(ran()).toBe('bundle');
  });

  it('runs the sources after a file deep in src/ is edited', () => {
    writeFileSync(join(root, 'src', 'db', 'migrations', 'index.ts'), 'export const migrations = { a: 1 };\n');
    expect(ran()).toBe('sources');
  });

  it('runs the sources after a file is added with an old time, or removed', () => {
    const added = join(root, 'src', 'db', 'migrations', '0999_added.ts');
    writeFileSync(added, 'export const added = 1;\n');
    utimesSync(added, twoHoursAgo, twoHoursAgo);
    expect(statSync(added).mtimeMs).toBeLessThan(hourAgo.getTime());
    expect(ran()).toBe('sources');

    settle();
    expect(ran()).toBe('bundle');
    rmSync(added);
    expect(ran()).toBe('sources');
  });

  it('runs the sources when asked, or when there is no bundle', () => {
    expect(ran({ UPAHKU_FROM_SOURCE: '1' })).toBe('sources');
    rmSync(join(root, 'dist', 'BUILT'));
    expect(ran()).toBe('sources');
  });
});
