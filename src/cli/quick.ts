// The commands a person runs by hand and waits for (`upahku token create`,
// `upahku migrate`), bundled on their own into one CommonJS file,
// dist/quick.js (scripts/build.mjs). The bundle's entry
// (src/cli/bundle-main.ts) compiles it with V8's code cache, so these start
// without Node's ES module loader and without compiling kysely and commander
// anew. Only what CommonJS can load belongs here: no package that is an ES
// module only, no top-level await (the build fails on either).
import type { Command } from 'commander';
import { migrateCommand } from './migrate.ts';
import type { QuickCommand } from './quick-names.ts';
import { runCli } from './run.ts';
import { tokenCommand } from './token.ts';

export const QUICK: Record<QuickCommand, (program: Command) => void> = {
  migrate: migrateCommand,
  token: tokenCommand,
};

/** Runs the quick command the arguments name (the entry runs this file for no other). */
export function runQuick(): Promise<void> {
  return runCli((program, [name]) => {
    if (!name || !Object.hasOwn(QUICK, name)) throw new Error(`not a quick command: ${name}`);
    QUICK[name as QuickCommand](program);
  });
}
