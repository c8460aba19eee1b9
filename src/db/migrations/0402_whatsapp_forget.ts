import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../dialect.ts';

// WhatsApp contacts erased by HAPUS whose signal keys wait for the goodbye to
// be sent; the channel deletes the keys and the row afterwards.
export const whatsappForget: Migration = {
  async up(db: Kysely<any>) {
    await withIdColumn(db, db.schema.createTable('whatsapp_forget'))
      .addColumn('jid', 'text', (c) => c.notNull())
      .addColumn('alt_jid', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('whatsapp_forget').execute();
  },
};
