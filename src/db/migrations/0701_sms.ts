import type { Kysely, Migration } from 'kysely';

// SMS: the gateway's last report on a sent message ('sent' when it left the
// phone, 'delivered', 'failed'; the time is delivered_at of 0504) and the
// segments each message cost, which is what the NGO pays for.
export const sms: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('outbox').addColumn('delivery', 'text').execute();
    await db.schema.alterTable('outbox').addColumn('segments', 'integer').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.alterTable('outbox').dropColumn('segments').execute();
    await db.schema.alterTable('outbox').dropColumn('delivery').execute();
  },
};
