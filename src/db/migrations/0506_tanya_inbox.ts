// The TANYA inbox as staff work it: close, assign, labels, canned answers; and
// an inbox reference per worker that is random, so nothing in research output
// (which uses the keyed research pseudonym) joins to the questions she typed.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../dialect.ts';

export const tanyaInbox: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('questions').addColumn('closed_at', 'text').execute();
    await db.schema.alterTable('questions').addColumn('closed_by', 'text').execute();
    await db.schema.alterTable('questions').addColumn('assigned_to', 'text').execute();
    // JSON array of label strings.
    await db.schema.alterTable('questions').addColumn('labels', 'text').execute();
    await db.schema
      .createTable('inbox_contacts')
      .addColumn('worker_id', 'text', (c) => c.primaryKey().references('workers.id').onDelete('cascade'))
      .addColumn('ref', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await withIdColumn(db, db.schema.createTable('canned_answers'))
      .addColumn('title', 'text', (c) => c.notNull().unique())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('canned_answers').execute();
    await db.schema.dropTable('inbox_contacts').execute();
    for (const c of ['labels', 'assigned_to', 'closed_by', 'closed_at'])
      await db.schema.alterTable('questions').dropColumn(c).execute();
  },
};
