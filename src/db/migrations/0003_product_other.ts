// Her own words for work on no list ("bulu mata"): kept beside product
// 'lainnya', shown back to her, never exported for research.
import type { Kysely, Migration } from 'kysely';

export const productOther: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('workers').addColumn('product_other', 'text').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.alterTable('workers').dropColumn('product_other').execute();
  },
};
