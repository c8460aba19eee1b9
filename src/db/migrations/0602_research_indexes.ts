// Indexes the research views and the dashboard read by.
import type { Kysely, Migration } from 'kysely';

const INDEXES: [name: string, table: string, columns: string[]][] = [
  // Every research query starts from the workers who give research consent.
  ['workers_research_idx', 'workers', ['research_consent', 'status']],
  // Corrected rows per data set (exports' `corrected` column).
  ['diary_corrections_entity_action_idx', 'diary_corrections', ['entity', 'action']],
  // Consent events in time order, with date filters.
  ['consent_events_at_idx', 'consent_events', ['at']],
  // The audit log filtered by action, newest first.
  ['audit_log_action_idx', 'audit_log', ['action', 'id']],
  // Expired logins are cleared at each login.
  ['dashboard_sessions_expires_idx', 'dashboard_sessions', ['expires_at']],
];

export const researchIndexes: Migration = {
  async up(db: Kysely<any>) {
    for (const [name, table, columns] of INDEXES)
      await db.schema.createIndex(name).on(table).columns(columns).execute();
  },
  async down(db: Kysely<any>) {
    for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
  },
};
