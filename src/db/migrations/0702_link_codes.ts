import type { Kysely, Migration } from 'kysely';

// SAMBUNG: a short-lived code a worker asks for on one channel and sends from
// another (SMS and WhatsApp, say), so that both reach the same diary.
export const linkCodes: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('link_codes')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('link_codes_worker_idx').on('link_codes').column('worker_id').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('link_codes').execute();
  },
};
