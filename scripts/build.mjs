#!/usr/bin/env node
// The install-time build (`npm run build`, run by `npm install` and `npm ci`):
// the command line and the service bundled into dist/ as JavaScript, so that
// `upahku --help` or `upahku token create` starts without a TypeScript loader
// and without loading ~1,000 module files one by one. Packages with native
// parts, worker files or large optional parts stay outside the bundle and are
// imported from node_modules as usual; small pure-JavaScript ones go in.
// dist/cli.mjs: every command as ES modules; dynamic imports become their own
// chunks, so a command loads only its own. dist/quick.js: the quick commands
// (src/cli/quick.ts) once more as one CommonJS file, which dist/main.js (the
// entry, src/cli/bundle-main.ts) compiles with V8's code cache.
// bin/upahku.js runs dist/ while nothing in src/ is newer than dist/BUILT, else
// the sources through tsx, so a change to src/ never runs stale code.
//
//   node scripts/build.mjs [--outdir DIR]   (DIR must be inside the project)
import { readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--outdir');
const outdir = resolve(root, outIndex >= 0 ? args[outIndex + 1] : 'dist');

const BUNDLED = new Set([
  'kysely',
  'zod',
  'commander',
  'date-fns',
  '@date-fns/tz',
  'yaml',
  'fastest-levenshtein',
  'csv-stringify',
  'croner',
  'dotenv',
]);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {})
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

try {
  const { build } = await import('esbuild');
  // Taken before esbuild reads src/: BUILT is dated from it, so a file saved during the build is newer
  // (less 20 ms: the kernel dates files from a clock that may lag this one by a tick).
  const started = new Date(Date.now() - 20);
  const staging = `${outdir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const common = {
    absWorkingDir: root,
    outdir: staging,
    bundle: true,
    platform: 'node',
    target: 'node20',
    external,
    sourcemap: true,
    // Smaller files parse sooner; names are kept so stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  };
  // Every command: ES modules, split so that a command loads only its own chunks.
  await build({
    ...common,
    entryPoints: { cli: 'src/cli/main.ts' },
    splitting: true,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __upahkuRequire } from 'node:module';\nconst require = __upahkuRequire(import.meta.url);" },
  });
  // The quick commands (src/cli/quick.ts) again, as one CommonJS file that main.js loads with V8's code cache.
  await build({
    ...common,
    entryPoints: { quick: 'src/cli/quick.ts' },
    format: 'cjs',
    // A script compiled by node:vm has no loader for import(): the packages it imports (pg) are required instead.
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__upahkuModuleUrl' },
    // "use strict" first: before the banner, esbuild's own would not make the file strict as an ES module is.
    banner: { js: "'use strict';\nconst __upahkuModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  // The entry: a quick command from quick.js, any other from cli.mjs.
  await build({ ...common, entryPoints: { main: 'src/cli/bundle-main.ts' }, format: 'cjs' });
  // main.js and quick.js are CommonJS (the project's package.json says ES modules).
  writeFileSync(join(staging, 'package.json'), '{ "type": "commonjs" }\n');
  writeFileSync(join(staging, 'BUILT'), `${started.toISOString()}\n`);
  utimesSync(join(staging, 'BUILT'), started, started);
  // Swapped in whole: a command starting meanwhile finds either the old bundle, or none and runs the sources.
  rmSync(outdir, { recursive: true, force: true });
  renameSync(staging, outdir);
  process.stdout.write(`upahku: built ${outdir}\n`);
} catch (err) {
  // Not fatal: bin/upahku.js runs the sources when there is no bundle, only slower to start.
  process.stderr.write(`upahku: build skipped (${err instanceof Error ? err.message : err}); commands run from src/\n`);
}
