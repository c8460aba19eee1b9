// Dashboard and API tokens with roles, and the login sessions made from them.
// A token is shown once when made; only its SHA-256 is stored, so a copy of
// the database does not let anyone log in.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AccessRole, Database } from '../db/schema.ts';

type Q = Kysely<Database>;

export const ROLES: readonly AccessRole[] = ['admin', 'researcher', 'ngo'];
const TOKEN_PREFIX = 'upk_';
/** A session lasts a working day; after that the token is asked for again. */
export const SESSION_HOURS = 12;

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

function random(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function isRole(s: string): s is AccessRole {
  return (ROLES as readonly string[]).includes(s);
}

export interface TokenInfo {
  id: number;
  name: string;
  role: AccessRole;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function createToken(
  q: Q,
  o: { role: AccessRole; name: string; now?: Date },
): Promise<{ id: number; token: string }> {
  const name = o.name.trim();
  if (!name || name.length > 100) throw new Error('A token needs a name of 1 to 100 characters');
  if (!isRole(o.role)) throw new Error(`Role must be one of ${ROLES.join(', ')}`);
  const token = `${TOKEN_PREFIX}${random()}`;
  const row = await q
    .insertInto('access_tokens')
    .values({
      name,
      role: o.role,
      token_hash: sha256(token),
      created_at: (o.now ?? new Date()).toISOString(),
      last_used_at: null,
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token };
}

export async function listTokens(q: Q): Promise<TokenInfo[]> {
  const rows = await q.selectFrom('access_tokens').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes a token by id or exact name; its sessions end at once. Returns how many were revoked. */
export async function revokeToken(q: Q, idOrName: string, now = new Date()): Promise<TokenInfo[]> {
  const byId = /^\d+$/.test(idOrName) ? Number(idOrName) : null;
  const targets = await q
    .selectFrom('access_tokens')
    .selectAll()
    .where('revoked_at', 'is', null)
    .where((eb) => (byId !== null ? eb('id', '=', byId) : eb('name', '=', idOrName)))
    .execute();
  for (const t of targets) {
    await q.updateTable('access_tokens').set({ revoked_at: now.toISOString() }).where('id', '=', t.id).execute();
    await q.deleteFrom('dashboard_sessions').where('token_id', '=', t.id).execute();
  }
  return targets.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: now.toISOString(),
  }));
}

export interface Principal {
  tokenId: number;
  name: string;
  role: AccessRole;
}

/** The holder of a live (not revoked) token, or null. */
export async function principalForToken(q: Q, token: string, now = new Date()): Promise<Principal | null> {
  const t = token.trim();
  if (!t.startsWith(TOKEN_PREFIX) || t.length > 200) return null;
  const row = await q
    .selectFrom('access_tokens')
    .select(['id', 'name', 'role'])
    .where('token_hash', '=', sha256(t))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  await q.updateTable('access_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
  return { tokenId: row.id, name: row.name, role: row.role };
}

export interface Session extends Principal {
  csrf: string;
  expiresAt: string;
}

/** Starts a login session; returns the id that goes in the cookie (never stored as is). */
export async function createSession(
  q: Q,
  p: Principal,
  now = new Date(),
): Promise<{ sessionId: string; csrf: string; expiresAt: string }> {
  const sessionId = random();
  const csrf = random(24);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  // Expired sessions are cleared on the way, so the table stays small.
  await q.deleteFrom('dashboard_sessions').where('expires_at', '<', now.toISOString()).execute();
  await q
    .insertInto('dashboard_sessions')
    .values({
      id_hash: sha256(sessionId),
      token_id: p.tokenId,
      csrf,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return { sessionId, csrf, expiresAt };
}

export async function sessionFor(q: Q, sessionId: string, now = new Date()): Promise<Session | null> {
  if (!sessionId || sessionId.length > 100) return null;
  const row = await q
    .selectFrom('dashboard_sessions as s')
    .innerJoin('access_tokens as t', 't.id', 's.token_id')
    .select(['t.id as tokenId', 't.name', 't.role', 's.csrf', 's.expires_at'])
    .where('s.id_hash', '=', sha256(sessionId))
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return null;
  return { tokenId: row.tokenId, name: row.name, role: row.role, csrf: row.csrf, expiresAt: row.expires_at };
}

export async function endSession(q: Q, sessionId: string): Promise<void> {
  await q.deleteFrom('dashboard_sessions').where('id_hash', '=', sha256(sessionId)).execute();
}
