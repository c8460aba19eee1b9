// `upahku token create|list|revoke`: dashboard and API tokens with roles.
import type { Command } from 'commander';
import { CLI_ACTOR, recordAudit } from '../access/audit.ts';
import { createToken, isRole, listTokens, ROLES, revokeToken } from '../access/tokens.ts';
import { openAndMigrate } from '../db/connect.ts';
import type { AccessRole } from '../db/schema.ts';
import { databaseUrl } from './db-option.ts';

async function withDb<T>(
  dbOpt: string | undefined,
  run: (db: Awaited<ReturnType<typeof openAndMigrate>>) => Promise<T>,
) {
  const db = await openAndMigrate(await databaseUrl(dbOpt));
  try {
    return await run(db);
  } finally {
    await db.destroy();
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

export function tokenCommand(program: Command): void {
  const token = program.command('token').description('dashboard and API tokens (roles: admin, researcher, ngo)');

  token
    .command('create')
    .description('make a token; it is shown once, only its hash is kept')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .requiredOption('--name <name>', 'who holds it, e.g. "Dr Sari (UGM)"')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .action(async (opts: { role: string; name: string; db?: string }) => {
      if (!isRole(opts.role)) fail(`--role must be one of ${ROLES.join(', ')} (got "${opts.role}")`);
      const name = opts.name.trim();
      if (!name || name.length > 100) fail('--name must be 1 to 100 characters');
      const made = await withDb(opts.db, async (db) => {
        const t = await createToken(db, { role: opts.role as AccessRole, name });
        await recordAudit(db, CLI_ACTOR, 'token_create', { tokenId: t.id, name, role: opts.role });
        return t;
      });
      process.stdout.write(
        `Token ${made.id} for "${name}" (${opts.role}):\n\n  ${made.token}\n\n` +
          'Copy it now: it is not shown again. Log in at /dashboard with it.\n',
      );
    });

  token
    .command('list')
    .description('list tokens (never the tokens themselves)')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .action(async (opts: { db?: string }) => {
      const rows = await withDb(opts.db, listTokens);
      if (!rows.length) {
        process.stdout.write('No tokens yet. Make one with: upahku token create --role admin --name "..."\n');
        return;
      }
      const lines = rows.map((r) =>
        [
          String(r.id).padEnd(4),
          r.role.padEnd(11),
          (r.revokedAt ? `revoked ${r.revokedAt.slice(0, 10)}` : 'active').padEnd(19),
          `created ${r.createdAt.slice(0, 10)}`.padEnd(19),
          `last used ${r.lastUsedAt ? r.lastUsedAt.slice(0, 16).replace('T', ' ') : '-'}`.padEnd(28),
          r.name,
        ].join(' '),
      );
      process.stdout.write(`${lines.join('\n')}\n`);
    });

  token
    .command('revoke')
    .description('revoke a token by id or name; its logins end at once')
    .argument('<id-or-name>')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .action(async (idOrName: string, opts: { db?: string }) => {
      const done = await withDb(opts.db, async (db) => {
        const revoked = await revokeToken(db, idOrName);
        for (const t of revoked) await recordAudit(db, CLI_ACTOR, 'token_revoke', { tokenId: t.id, name: t.name });
        return revoked;
      });
      if (!done.length) fail(`No active token with id or name "${idOrName}"`);
      for (const t of done) process.stdout.write(`Revoked token ${t.id} "${t.name}" (${t.role}).\n`);
    });
}
