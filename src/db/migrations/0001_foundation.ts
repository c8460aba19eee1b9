import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../dialect.ts';

export const foundation: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('workers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull().defaultTo('id'))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('onboarding'))
      .addColumn('kecamatan', 'text')
      .addColumn('product', 'text')
      .addColumn('consent_version', 'text')
      .addColumn('consented_at', 'text')
      .addColumn('research_consent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('opted_out', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('campaign', 'text')
      .addColumn('last_active_at', 'text', (c) => c.notNull())
      .execute();

    await withIdColumn(db, db.schema.createTable('channel_identities'))
      .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('channel_user_id', 'text', (c) => c.notNull())
      .addColumn('alt_user_id', 'text')
      .addColumn('unreachable', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('channel_identities_channel_user_uq', ['channel', 'channel_user_id'])
      .execute();
    await db.schema.createIndex('channel_identities_worker_idx').on('channel_identities').column('worker_id').execute();
    await db.schema
      .createIndex('channel_identities_alt_idx')
      .on('channel_identities')
      .columns(['channel', 'alt_user_id'])
      .execute();

    await db.schema
      .createTable('conversations')
      .addColumn('worker_id', 'text', (c) => c.primaryKey().references('workers.id').onDelete('cascade'))
      .addColumn('flow', 'text', (c) => c.notNull())
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await withIdColumn(db, db.schema.createTable('inbound_messages'))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('worker_id', 'text', (c) => c.references('workers.id').onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('processed_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('inbound_messages_channel_external_uq', ['channel', 'external_id'])
      .execute();
    await db.schema.createIndex('inbound_messages_worker_idx').on('inbound_messages').column('worker_id').execute();

    await withIdColumn(db, db.schema.createTable('outbox'))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('worker_id', 'text', (c) => c.references('workers.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('options', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('not_before', 'text', (c) => c.notNull())
      .addColumn('claimed_by', 'text')
      .addColumn('claimed_at', 'text')
      .addColumn('sent_at', 'text')
      .addColumn('external_id', 'text')
      .addColumn('last_error', 'text')
      .addColumn('ephemeral', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('outbox_due_idx')
      .on('outbox')
      .columns(['status', 'channel', 'priority', 'not_before', 'id'])
      .execute();
    await db.schema.createIndex('outbox_address_idx').on('outbox').columns(['channel', 'address', 'status']).execute();
    await db.schema.createIndex('outbox_worker_idx').on('outbox').column('worker_id').execute();

    await withIdColumn(db, db.schema.createTable('consent_events'))
      .addColumn('worker_id', 'text', (c) => c.references('workers.id').onDelete('cascade'))
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('decision', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('consent_events_worker_idx').on('consent_events').column('worker_id').execute();
  },
  async down(db: Kysely<any>) {
    for (const t of [
      'consent_events',
      'outbox',
      'inbound_messages',
      'conversations',
      'channel_identities',
      'workers',
    ]) {
      await db.schema.dropTable(t).execute();
    }
  },
};
