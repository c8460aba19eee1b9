// Offers to complete her profile (a missing kecamatan) that she has been shown:
// one row per worker and offer, so an offer is made once and never nags.
import type { Kysely, Migration } from 'kysely';

export const profileOffers: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('profile_offers')
      .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
      .addColumn('offer', 'text', (c) => c.notNull())
      .addColumn('shown_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('profile_offers_pk', ['worker_id', 'offer'])
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('profile_offers').execute();
  },
};
