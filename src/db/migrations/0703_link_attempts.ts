import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../dialect.ts';

// A wrong SAMBUNG code, dated: a number gets a few tries a day, so codes cannot be guessed by trying.
export const linkAttempts: Migration = {
  async up(db: Kysely<any>) {
    await withIdColumn(db, db.schema.createTable('link_attempts'))
      .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('link_attempts_worker_idx').on('link_attempts').columns(['worker_id', 'at']).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('link_attempts').execute();
  },
};
