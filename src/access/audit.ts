// The audit log: who logged in, exported data or sent a broadcast, and when.
// Other areas record their own actions with `recordAudit` (e.g. broadcasts).
import type { Kysely } from 'kysely';
import type { AccessRole, Database } from '../db/schema.ts';

type Q = Kysely<Database>;

export interface AuditActor {
  tokenId: number | null;
  name: string;
  role: AccessRole | null;
}

/** Commands run on the server itself act as this actor. */
export const CLI_ACTOR: AuditActor = { tokenId: null, name: 'cli', role: null };

export async function recordAudit(
  q: Q,
  actor: AuditActor,
  action: string,
  detail: Record<string, unknown> = {},
  now = new Date(),
): Promise<void> {
  await q
    .insertInto('audit_log')
    .values({
      at: now.toISOString(),
      token_id: actor.tokenId,
      actor: actor.name,
      role: actor.role,
      action,
      detail: JSON.stringify(detail),
    })
    .execute();
}

/** Failed logins kept in the audit log: the newest this many; the total is counted on. */
export const FAILED_LOGINS_KEPT = 100;

/**
 * A failed login: a row carrying the running total of failed logins, and the
 * oldest such rows dropped beyond FAILED_LOGINS_KEPT, so guessing tokens cannot
 * make the log grow without bound.
 */
export async function recordFailedLogin(q: Q, detail: Record<string, unknown>, now = new Date()): Promise<number> {
  const last = await q
    .selectFrom('audit_log')
    .select('detail')
    .where('action', '=', 'login_failed')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const before = Number(last ? safeJson(last.detail).total : 0);
  const total = (Number.isSafeInteger(before) && before > 0 ? before : last ? 1 : 0) + 1;
  await recordAudit(q, { tokenId: null, name: 'unknown', role: null }, 'login_failed', { ...detail, total }, now);
  const keep = await q
    .selectFrom('audit_log')
    .select('id')
    .where('action', '=', 'login_failed')
    .orderBy('id', 'desc')
    .offset(FAILED_LOGINS_KEPT - 1)
    .limit(1)
    .executeTakeFirst();
  if (keep) await q.deleteFrom('audit_log').where('action', '=', 'login_failed').where('id', '<', keep.id).execute();
  return total;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  role: AccessRole | null;
  action: string;
  detail: Record<string, unknown>;
}

export async function listAudit(
  q: Q,
  o: { limit?: number; before?: number; action?: string } = {},
): Promise<AuditEntry[]> {
  let query = q
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(Math.min(o.limit ?? 200, 1000));
  if (o.before) query = query.where('id', '<', o.before);
  if (o.action) query = query.where('action', '=', o.action);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    role: r.role,
    action: r.action,
    detail: safeJson(r.detail),
  }));
}

function safeJson(s: string): Record<string, unknown> {
  try {
    const v = JSON.parse(s);
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
}
