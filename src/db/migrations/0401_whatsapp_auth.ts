import type { Kysely, Migration } from 'kysely';

// The WhatsApp link (Baileys auth state) lives in the database so it survives
// restarts and moves with the data: one row of credentials, and every signal
// key stored generically by (type, id), each value JSON with Buffers encoded.
export const whatsappAuth: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('whatsapp_auth_creds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('whatsapp_auth_keys')
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('whatsapp_auth_keys_pk', ['type', 'id'])
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('whatsapp_auth_keys').execute();
    await db.schema.dropTable('whatsapp_auth_creds').execute();
  },
};
