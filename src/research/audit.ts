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
