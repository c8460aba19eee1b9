// What /healthz knows in detail (database, every channel and worker), kept
// apart from what it says in public: only "ok" or "not ok". The details name
// the content path, webhook URLs, errors and counts, so only an admin sees
// them (/healthz with an admin's bearer token, or Admin → Health).
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { dialectOf } from '../db/dialect.ts';

export interface HealthSource {
  name: string;
  health(): Record<string, unknown>;
}

export interface HealthReport {
  ok: boolean;
  database: { kind: string; ok: boolean };
  channels: Record<string, Record<string, unknown>>;
}

export async function healthReport(db: Db, sources: readonly HealthSource[]): Promise<HealthReport> {
  let dbOk = true;
  try {
    await sql`select 1`.execute(db);
  } catch {
    dbOk = false;
  }
  const channels: Record<string, Record<string, unknown>> = Object.create(null);
  for (const h of sources) {
    try {
      channels[h.name] = h.health();
    } catch (err) {
      channels[h.name] = { error: err instanceof Error ? err.message : String(err) };
    }
  }
  return { ok: dbOk, database: { kind: dialectOf(db), ok: dbOk }, channels };
}

let current: (() => Promise<HealthReport>) | null = null;

/** The service's own report, for the admin page (set by createApp). */
export function setServiceHealth(report: (() => Promise<HealthReport>) | null): void {
  current = report;
}

export function serviceHealth(): (() => Promise<HealthReport>) | null {
  return current;
}
