// The bundle's entry, dist/main.js: scripts/build.mjs bundles this file as
// CommonJS, and it runs only there (from the sources, bin/upahku.js runs
// src/cli/main.ts). The quick commands (src/cli/quick-names.ts) run from
// dist/quick.js, one CommonJS file compiled from V8's code cache: without
// Node's ES module loader and without compiling kysely and commander again,
// `upahku token create` starts in about half the time. Every other command
// runs from the ES modules (dist/cli.mjs and its chunks), which load only
// what the command uses.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { QUICK_COMMANDS } from './quick-names.ts';

/** A short stable name for a string (V8's flags, in the cache's file name). */
function hashOf(s: string): string {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = Math.imul(h, 33) ^ s.charCodeAt(i);
  return (h >>> 0).toString(36);
}

function save(cacheFile: string, script: Script): void {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(tmp, script.createCachedData());
    // Whole or not at all: another process may be reading it.
    renameSync(tmp, cacheFile);
  } catch {
    // A folder this user may not write to: commands start as they would without the cache.
    rmSync(tmp, { force: true });
  }
}

/**
 * Runs a CommonJS file and returns its exports, compiled from V8's cached code
 * when there is a cache for this file, this Node and these flags, else compiled
 * as usual and the cache made as the process ends (it then holds every function
 * that ran). V8 rejects a cache made by another Node or with other flags, but
 * checks only the length of the source: the cache's name says which build of
 * the file it is for (a build writes a new file, of a new time).
 */
function requireCached(file: string): unknown {
  const source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file);
  const flags = hashOf([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\n'));
  const key = `${basename(file, '.js')}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${flags}`;
  const cacheFile = join(dirname(file), '.code-cache', `${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // none yet
  }
  // The wrapper CommonJS gives a module, on the source's first line so line numbers stay.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => save(cacheFile, script));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

const name = process.argv[2] ?? '';
if ((QUICK_COMMANDS as readonly string[]).includes(name)) {
  const quick = requireCached(join(__dirname, 'quick.js')) as { runQuick(): Promise<void> };
  void quick.runQuick();
} else {
  // A name in a variable: the ES modules are built beside this file, not bundled into it.
  const cli = './cli.mjs';
  void import(cli);
}
