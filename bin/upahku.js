#!/usr/bin/env -S node --max-semi-space-size=8
// Runs the bundle made at install (dist/, scripts/build.mjs) while it is newer
// than every file in src/; otherwise the TypeScript sources through tsx, so an
// edit to src/ never runs stale code (`npm run build` makes it fast again).
// UPAHKU_FROM_SOURCE=1 always runs the sources. The young generation is kept
// at 8 MiB a half (Node's default is 16): the service allocates little at a
// time, and idle memory drops by about 20 MiB (npm start gives the same flag).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function bundleIsCurrent() {
  if (process.env.UPAHKU_FROM_SOURCE === '1') return false;
  const built = mtime(join(root, 'dist', 'BUILT'));
  if (!built) return false;
  const src = join(root, 'src');
  for (const name of readdirSync(src, { recursive: true })) {
    if (mtime(join(src, name)) > built) return false;
  }
  return true;
}

if (bundleIsCurrent()) {
  await import('../dist/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
