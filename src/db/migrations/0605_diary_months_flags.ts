// The monthly rows (src/db/diary-months.ts) with what the data-quality flags
// read: each order's rate per piece in the ledger, and a third text, checks
// (each hand-in's pieces delivered and rejected, payments and costs with
// their ids, hours by day), so that the flags read the rows the aggregates
// read; worked out again from the diary.
import type { Kysely, Migration } from 'kysely';
import { rebuildDiaryMonths } from '../diary-months.ts';

export const diaryMonthsFlags: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('diary_months')
      .addColumn('checks', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await rebuildDiaryMonths(db);
  },
  async down(db: Kysely<any>) {
    await db.schema.alterTable('diary_months').dropColumn('checks').execute();
  },
};
