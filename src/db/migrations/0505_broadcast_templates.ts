// Saved broadcast texts, and recurring broadcasts: a broadcast with a cron
// pattern is a plan; each run is a broadcast of its own pointing at the plan.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../dialect.ts';

export const broadcastTemplates: Migration = {
  async up(db: Kysely<any>) {
    await withIdColumn(db, db.schema.createTable('broadcast_templates'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('text_id', 'text', (c) => c.notNull())
      .addColumn('text_en', 'text')
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.alterTable('broadcasts').addColumn('cron', 'text').execute();
    await db.schema.alterTable('broadcasts').addColumn('parent_id', 'integer').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.alterTable('broadcasts').dropColumn('parent_id').execute();
    await db.schema.alterTable('broadcasts').dropColumn('cron').execute();
    await db.schema.dropTable('broadcast_templates').execute();
  },
};
