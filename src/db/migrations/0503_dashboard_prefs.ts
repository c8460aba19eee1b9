// The dashboard's language chosen per login (per access token).
import type { Kysely, Migration } from 'kysely';

export const dashboardPrefs: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('dashboard_prefs')
      // No foreign key: access_tokens comes from a later migration (0601); a revoked token's row is harmless.
      .addColumn('token_id', 'integer', (c) => c.primaryKey())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('dashboard_prefs').execute();
  },
};
