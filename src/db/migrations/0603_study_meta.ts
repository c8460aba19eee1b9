// Facts about the data as a whole, read by the research views: today only
// whether it is the synthetic demo study (`upahku demo`), which every page
// and file made from it must say.
import type { Kysely, Migration } from 'kysely';

export const studyMeta: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('study_meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('study_meta').execute();
  },
};
