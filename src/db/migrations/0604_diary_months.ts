// Her diary summed by month and week part, for the research panel and
// aggregates (src/db/diary-months.ts), filled from the diary already written.
import { type Kysely, type Migration, sql } from 'kysely';
import { dialectOf } from '../dialect.ts';
import { rebuildDiaryMonths } from '../diary-months.ts';

export const diaryMonths: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('diary_months')
      .addColumn('worker_id', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('weeks', 'text', (c) => c.notNull())
      .addColumn('ledger', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('diary_months_pk', ['worker_id', 'month'])
      // On SQLite her months lie together in the table itself, in order: read per worker without a lookup each.
      .$call((t) => (dialectOf(db) === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
      .execute();
    await rebuildDiaryMonths(db);
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('diary_months').execute();
  },
};
