// Dashboard access: tokens with roles, login sessions, and the audit log.
// None of these tables holds a worker's data.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../dialect.ts';

export const researchAccess: Migration = {
  async up(db: Kysely<any>) {
    await withIdColumn(db, db.schema.createTable('access_tokens'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();

    await db.schema
      .createTable('dashboard_sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('token_id', 'integer', (c) => c.notNull().references('access_tokens.id').onDelete('cascade'))
      .addColumn('csrf', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('dashboard_sessions_token_idx').on('dashboard_sessions').column('token_id').execute();

    await withIdColumn(db, db.schema.createTable('audit_log'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('token_id', 'integer')
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('role', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('detail', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  },
  async down(db: Kysely<any>) {
    for (const t of ['audit_log', 'dashboard_sessions', 'access_tokens']) await db.schema.dropTable(t).execute();
  },
};
