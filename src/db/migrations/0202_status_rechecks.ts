// The 3-monthly BPJS status question the scheduler sends: one row per worker
// per due period, so that it goes at most once per period whichever process
// sends it and however often the job runs.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../dialect.ts';

export const statusRechecks: Migration = {
  async up(db: Kysely<any>) {
    await withIdColumn(db, db.schema.createTable('status_rechecks'))
      .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('asked_at', 'text', (c) => c.notNull())
      .addColumn('outbox_id', 'integer')
      .addUniqueConstraint('status_rechecks_worker_due_uq', ['worker_id', 'due_at'])
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('status_rechecks').execute();
  },
};
