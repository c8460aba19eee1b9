// Weekly diary reminders: her chosen day and hour, and one row per worker per
// week saying whether a reminder went (and when she answered) or was skipped.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../dialect.ts';

export const diaryReminders: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('reminder_prefs')
      .addColumn('worker_id', 'text', (c) => c.primaryKey().references('workers.id').onDelete('cascade'))
      .addColumn('enabled', 'integer', (c) => c.notNull())
      .addColumn('weekday', 'integer', (c) => c.notNull())
      .addColumn('hour', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await withIdColumn(db, db.schema.createTable('diary_reminders'))
      .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
      .addColumn('week_of', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('outbox_id', 'integer')
      .addColumn('open_orders', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('answered_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('diary_reminders_worker_week_uq', ['worker_id', 'week_of'])
      .execute();
    await db.schema
      .createIndex('diary_reminders_week_idx')
      .on('diary_reminders')
      .columns(['week_of', 'status'])
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('diary_reminders').execute();
    await db.schema.dropTable('reminder_prefs').execute();
  },
};
