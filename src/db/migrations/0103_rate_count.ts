// A piece rate quoted for a number of units ("14rb per seribu batang",
// "10rb per 3 pasang"): rate_amount rupiah per rate_count x rate_per. Orders
// written before it were quoted per one unit.
import type { Kysely, Migration } from 'kysely';

export const rateCount: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('orders')
      .addColumn('rate_count', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.alterTable('orders').dropColumn('rate_count').execute();
  },
};
