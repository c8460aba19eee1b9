// Scheduler jobs, NGO broadcasts and groups; the outbox learns which broadcast a
// row belongs to and the quiet hours it must keep.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../dialect.ts';

export const schedulerBroadcasts: Migration = {
  async up(db: Kysely<any>) {
    await withIdColumn(db, db.schema.createTable('jobs'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5))
      .addColumn('claimed_by', 'text')
      .addColumn('claimed_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('cron', 'text')
      // Held only while the job is pending or running: one live copy of a recurring job.
      .addColumn('dedupe_key', 'text', (c) => c.unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['status', 'due_at', 'id']).execute();

    await withIdColumn(db, db.schema.createTable('broadcasts'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('text_id', 'text', (c) => c.notNull())
      .addColumn('text_en', 'text')
      .addColumn('segment', 'text', (c) => c.notNull())
      .addColumn('quiet_hours', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('scheduled_for', 'text')
      .addColumn('job_id', 'integer')
      .addColumn('enqueued_at', 'text')
      .addColumn('recipients', 'integer')
      .addColumn('cancelled_at', 'text')
      .addColumn('finished_at', 'text')
      .execute();

    await db.schema.alterTable('outbox').addColumn('broadcast_id', 'integer').execute();
    await db.schema.alterTable('outbox').addColumn('quiet_hours', 'text').execute();
    // One row per worker per broadcast, whatever happens to the job that enqueues it.
    await db.schema
      .createIndex('outbox_broadcast_worker_uq')
      .on('outbox')
      .columns(['broadcast_id', 'worker_id'])
      .unique()
      .execute();
    // Lets a claim walk the due rows in send order and stop after one batch,
    // instead of sorting every pending row (about 240 ms -> 4 ms with 95,000 queued, SQLite).
    await db.schema
      .createIndex('outbox_claim_idx')
      .on('outbox')
      .columns(['channel', 'status', 'priority', 'id'])
      .execute();
    await db.schema
      .createIndex('outbox_broadcast_status_idx')
      .on('outbox')
      .columns(['broadcast_id', 'status'])
      .execute();

    await withIdColumn(db, db.schema.createTable('ngo_groups'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('join_code', 'text', (c) => c.unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('ngo_group_members')
      .addColumn('group_id', 'integer', (c) => c.notNull().references('ngo_groups.id').onDelete('cascade'))
      .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
      .addColumn('via', 'text', (c) => c.notNull())
      .addColumn('joined_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('ngo_group_members_pk', ['group_id', 'worker_id'])
      .execute();
    await db.schema.createIndex('ngo_group_members_worker_idx').on('ngo_group_members').column('worker_id').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('ngo_group_members').execute();
    await db.schema.dropTable('ngo_groups').execute();
    await db.schema.dropIndex('outbox_broadcast_status_idx').execute();
    await db.schema.dropIndex('outbox_claim_idx').execute();
    await db.schema.dropIndex('outbox_broadcast_worker_uq').execute();
    await db.schema.alterTable('outbox').dropColumn('quiet_hours').execute();
    await db.schema.alterTable('outbox').dropColumn('broadcast_id').execute();
    await db.schema.dropTable('broadcasts').execute();
    await db.schema.dropTable('jobs').execute();
  },
};
