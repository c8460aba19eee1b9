#!/usr/bin/env -S node --max-semi-space-size=8
// Runs the bundle made at install (dist/, scripts/build.mjs) while nothing in
// src/ is newer than it; otherwise the TypeScript sources through tsx, so an
// edit to src/ never runs stale code (`npm run build` makes it fast again).
// UPAHKU_FROM_SOURCE=1 always runs the sources. The young generation is kept
// at 8 MiB a half (Node's default is 16): the service allocates little at a
// time, and idle memory drops by about 20 MiB (npm start gives the same flag).
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * True when no file or folder under `dir` changed after `since` (ms). A file's
 * time changes when it is edited; a folder's when an entry is added, removed
 * or renamed (so a file moved in with an old time, or a deleted one, counts too).
 * One folder at a time with the entries' kinds, stopping at the first newer one:
 * a few ms for the ~300 entries of src/ (readdirSync's `recursive` takes several times that).
 */
function unchangedSince(dir, since) {
  if (statSync(dir).mtimeMs > since) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory() ? !unchangedSince(path, since) : statSync(path).mtimeMs > since) return false;
  }
  return true;
}

function bundleIsCurrent() {
  if (process.env.UPAHKU_FROM_SOURCE === '1') return false;
  // The build dates this file from when it began reading src/, so an edit made during the build counts as newer.
  const built = statSync(`${root}dist/BUILT`, { throwIfNoEntry: false })?.mtimeMs;
  if (!built) return false;
  // Without src/ (nothing to be stale against) the bundle is all there is.
  if (!statSync(`${root}src`, { throwIfNoEntry: false })) return true;
  return unchangedSince(`${root}src`, built);
}

if (bundleIsCurrent()) {
  await import('../dist/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
