// The command line: the table of commands agrees with the modules, and the
// bundle made at install (scripts/build.mjs) runs every kind of command: its
// content paths, its lazy chunks and its errors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, commandEntry, registerCommands } from '../../src/cli/commands.ts';
import { QUICK } from '../../src/cli/quick.ts';
import { QUICK_COMMANDS } from '../../src/cli/quick-names.ts';

describe('the command table', () => {
  it('lists each command with the description its module gives it', async () => {
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const program = new Command();
      (await entry.load())(program);
      const made = program.commands.find((c) => c.name() === name);
      expect(made, name).toBeDefined();
      expect(made!.description(), name).toBe(entry.description);
    }
  });

  it('has the quick commands of the bundle among its own, made by the same modules', () => {
    expect(Object.keys(QUICK).sort()).toEqual([...QUICK_COMMANDS].sort());
    for (const name of QUICK_COMMANDS) {
      const program = new Command();
      QUICK[name](program);
      expect(program.commands.map((c) => c.name())).toEqual([name]);
      expect(program.commands[0]!.description(), name).toBe(COMMANDS[name]!.description);
    }
  });

  it('finds commands by own name only', () => {
    expect(commandEntry('token')).toBe(COMMANDS.token);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', undefined]) {
      expect(commandEntry(name)).toBeUndefined();
    }
  });

  it('registers only the command that runs, or one line per command for the help', async () => {
    const one = new Command();
    await registerCommands(one, ['token', 'list']);
    expect(one.commands.map((c) => c.name())).toEqual(['token']);
    expect(one.commands[0]!.commands.map((c) => c.name())).toEqual(['create', 'list', 'revoke']);

    const help = new Command();
    await registerCommands(help, ['--help']);
    expect(help.commands.map((c) => c.name())).toEqual(Object.keys(COMMANDS));
    expect(help.commands.every((c) => c.commands.length === 0)).toBe(true);
  });
});

// Built into a folder inside the project, as dist/ is: the bundle finds content/ by walking up.
const outdir = join('node_modules', '.cache', `upahku-build-test-${process.pid}`);
let work: string;

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(outdir, 'main.js'), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: join(work, 'default.sqlite') },
    timeout: 120_000,
  });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

describe('the bundle', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'upahku-cli-'));
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', outdir], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(built.stderr).not.toMatch(/build skipped/);
    expect(existsSync(join(outdir, 'main.js'))).toBe(true);
  }, 200_000);
  afterAll(() => {
    rmSync(outdir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('lists every command in its help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(r.out).toContain(`  ${name} `);
  });

  it('answers a mistyped command with "unknown command" and the list, not the service', () => {
    const r = run(['exprot']);
    expect(r.code).toBe(1);
    expect(r.err).toContain("unknown command 'exprot'");
    expect(r.err).toContain('Did you mean export?');
    expect(r.err).toContain('database maintenance');
    expect(r.out).not.toContain('Upahku is running');
    expect(run(['constructor']).err).toContain("unknown command 'constructor'");
  });

  it('makes and lists a token on a new SQLite file', () => {
    const db = join(work, 'tokens.sqlite');
    const made = run(['token', 'create', '--role', 'ngo', '--name', 'Bu Rina (LSM)', '--db', db]);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Token 1 for "Bu Rina \(LSM\)" \(ngo\)/);
    const listed = run(['token', 'list', '--db', db]);
    expect(listed.out).toMatch(/^1\s+ngo\s+active.*Bu Rina \(LSM\)$/m);
  });

  it('demo fills a database of its own, marked synthetic, and says how to open the dashboard on it', () => {
    const db = join(work, 'demo.sqlite');
    const made = run(['demo', '--workers', '12', '--months', '2', '--db', db]);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/^SYNTHETIC DEMO DATA/);
    expect(made.out).toMatch(/12 workers \(\d+ with research consent\)/);
    expect(made.out).toContain(`DATABASE_URL=${db} PORT=8081 npx upahku serve`);
    expect(made.out).toMatch(/researcher token \(shown once\):\n {2}upk_\S+\n/);
    expect(made.out).toContain(`npx upahku export all --db ${db} --out demo.zip`);
    // An existing file is kept unless asked.
    const again = run(['demo', '--db', db]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--replace');
  }, 60_000);

  it('compiles a quick command from the code cache it made on its first run', () => {
    const cacheDir = join(outdir, '.code-cache');
    rmSync(cacheDir, { recursive: true, force: true });
    const db = join(work, 'quick.sqlite');
    expect(run(['migrate', '--db', db]).code).toBe(0);
    const [made] = readdirSync(cacheDir);
    expect(made).toMatch(/^quick-.*\.bin$/);
    const before = statSync(join(cacheDir, made!));
    // Taken as it is (V8 accepted it): not written again.
    expect(run(['token', 'create', '--role', 'admin', '--name', 'cached', '--db', db]).code).toBe(0);
    expect(readdirSync(cacheDir)).toEqual([made]);
    expect(statSync(join(cacheDir, made!)).ino).toBe(before.ino);
    // A damaged cache is refused by V8: the command runs all the same, and the cache is made again.
    writeFileSync(join(cacheDir, made!), 'not a code cache');
    expect(run(['token', 'list', '--db', db]).out).toMatch(/admin\s+active.*cached$/m);
    expect(readFileSync(join(cacheDir, made!)).length).toBeGreaterThan(1000);
  });

  it('gives a quick command the same options from quick.js as from the ES modules', () => {
    // `help token` runs from cli.mjs, `token --help` from quick.js.
    for (const name of QUICK_COMMANDS) {
      const quick = run([name, '--help']);
      expect(quick.code).toBe(0);
      expect(quick.out).toContain(`Usage: upahku ${name}`);
      expect(run(['help', name]).out).toBe(quick.out);
    }
  });

  it('finds the content files from dist/', () => {
    const r = run(['content', 'check']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^OK: .*content[/\\]bpjs/m);
  });

  it('talks in the terminal with the lexicon loaded', () => {
    const db = join(work, 'chat.sqlite');
    const r = run(['chat', '--db', db, '--user', 'bundle'], 'halo\n');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Upahku/);
  });

  it('takes DATABASE_URL from the environment, and says in one line when it is wrong', () => {
    const made = run(['token', 'create', '--role', 'researcher', '--name', 'Dr Sari']);
    expect(made.code).toBe(0);
    expect(run(['token', 'list']).out).toMatch(/researcher.*Dr Sari/);
    const r = spawnSync(process.execPath, [join(outdir, 'main.js'), 'token', 'list'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'mysql://root@localhost/upahku' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      'Invalid configuration: DATABASE_URL must be an SQLite file path or a postgres:// URL (got "mysql://root@localhost/upahku")',
    );
  });

  it('says an unexpected error in one readable line', () => {
    const r = run(['migrate', '--db', 'postgres://nobody:x@127.0.0.1:1/none']);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^upahku: /);
    expect(lines[0]).not.toMatch(/^\{|"level"/);
  });
});
