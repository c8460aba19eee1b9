// What happened to a sent message after it left: the platform's delivery and
// read receipts (WhatsApp), and a reason code for rows that failed or were
// withdrawn, so figures count by code instead of matching error text.
import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

export const outboxReceipts: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('outbox').addColumn('delivered_at', 'text').execute();
    await db.schema.alterTable('outbox').addColumn('read_at', 'text').execute();
    await db.schema.alterTable('outbox').addColumn('reason_code', 'text').execute();
    // A receipt names the message by the platform's id.
    await db.schema.createIndex('outbox_external_idx').on('outbox').columns(['channel', 'external_id']).execute();
    // Rows failed or withdrawn before this migration get their code from the text once.
    await sql`update outbox set reason_code = case
        when last_error like 'unreachable%' then 'unreachable'
        when last_error like 'rejected%' then 'rejected'
        when last_error like 'gave up%' then 'gave_up'
        when last_error = 'broadcast cancelled' then 'cancelled'
        when last_error = 'opted out before it was sent' then 'opted_out'
        else 'other' end
      where status in ('failed', 'cancelled')`.execute(db);
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('outbox_external_idx').execute();
    await db.schema.alterTable('outbox').dropColumn('reason_code').execute();
    await db.schema.alterTable('outbox').dropColumn('read_at').execute();
    await db.schema.alterTable('outbox').dropColumn('delivered_at').execute();
  },
};
