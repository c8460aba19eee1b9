// Social protection: dated BPJS status answers, enrolment intents with their
// follow-ups, and TANYA questions for the NGO's staff.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../dialect.ts';

export const socialProtection: Migration = {
  async up(db: Kysely<any>) {
    await withIdColumn(db, db.schema.createTable('protection_status'))
      .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
      .addColumn('scheme', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('via', 'text', (c) => c.notNull())
      .addColumn('asked_at', 'text', (c) => c.notNull())
      .addColumn('asked_on', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('protection_status_worker_idx')
      .on('protection_status')
      .columns(['worker_id', 'asked_at'])
      .execute();

    await withIdColumn(db, db.schema.createTable('enrolment_intents'))
      .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
      .addColumn('program', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('follow_up_due', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('outcome', 'text')
      .execute();
    await db.schema.createIndex('enrolment_intents_worker_idx').on('enrolment_intents').column('worker_id').execute();
    await db.schema.createIndex('enrolment_intents_due_idx').on('enrolment_intents').column('follow_up_due').execute();

    await withIdColumn(db, db.schema.createTable('enrolment_followups'))
      .addColumn('intent_id', 'integer', (c) => c.notNull().references('enrolment_intents.id').onDelete('cascade'))
      .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
      .addColumn('asked_at', 'text', (c) => c.notNull())
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('obstacle', 'text')
      .addColumn('note', 'text')
      .execute();
    await db.schema
      .createIndex('enrolment_followups_intent_idx')
      .on('enrolment_followups')
      .column('intent_id')
      .execute();
    await db.schema
      .createIndex('enrolment_followups_worker_idx')
      .on('enrolment_followups')
      .column('worker_id')
      .execute();

    await withIdColumn(db, db.schema.createTable('questions'))
      .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('context', 'text', (c) => c.notNull())
      .addColumn('asked_at', 'text', (c) => c.notNull())
      .addColumn('answer', 'text')
      .addColumn('answered_by', 'text')
      .addColumn('answered_at', 'text')
      .addColumn('answer_outbox_id', 'integer')
      .execute();
    await db.schema.createIndex('questions_worker_idx').on('questions').column('worker_id').execute();
    await db.schema.createIndex('questions_open_idx').on('questions').columns(['answered_at', 'asked_at']).execute();
  },
  async down(db: Kysely<any>) {
    for (const t of ['questions', 'enrolment_followups', 'enrolment_intents', 'protection_status']) {
      await db.schema.dropTable(t).execute();
    }
  },
};
