// Who helped with the hours, when she did not say, is not said (NULL), not
// "nobody" (0): work_hours.helpers becomes nullable, without a default. Rows
// written before keep their 0 (then "not said" and "nobody" were both 0).
// And workers.soft_question: the soft question last asked after saving hours
// (src/engine/diary.ts), so that her next message may answer it with no
// conversation kept open.
// SQLite cannot drop NOT NULL from a column: the table is made again (no
// table points at work_hours), inside the migration's own transaction.
import { type Kysely, type Migration, sql } from 'kysely';
import { dialectOf, withIdColumn } from '../dialect.ts';

const COLUMNS = 'id, worker_id, worked_on, minutes, order_id, helpers, child_helper, created_at, updated_at, voided_at';

/** work_hours as 0101_diary made it, with `helpers` as given. */
async function rebuild(db: Kysely<any>, nullable: boolean): Promise<void> {
  await withIdColumn(db, db.schema.createTable('work_hours_next'))
    .addColumn('worker_id', 'text', (c) => c.notNull().references('workers.id').onDelete('cascade'))
    .addColumn('worked_on', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('order_id', 'integer', (c) => c.references('orders.id').onDelete('set null'))
    .addColumn('helpers', 'integer', (c) => (nullable ? c : c.notNull().defaultTo(0)))
    .addColumn('child_helper', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .execute();
  const helpers = nullable ? 'helpers' : 'coalesce(helpers, 0)';
  await sql
    .raw(
      `insert into work_hours_next (${COLUMNS}) select ${COLUMNS.replace('helpers', helpers)} from work_hours order by id`,
    )
    .execute(db);
  await db.schema.dropTable('work_hours').execute();
  await db.schema.alterTable('work_hours_next').renameTo('work_hours').execute();
  await db.schema.createIndex('work_hours_worker_idx').on('work_hours').columns(['worker_id', 'worked_on']).execute();
}

export const helpersNotSaid: Migration = {
  async up(db: Kysely<any>) {
    if (dialectOf(db) === 'postgres') {
      await db.schema
        .alterTable('work_hours')
        .alterColumn('helpers', (c) => c.dropNotNull())
        .execute();
      await db.schema
        .alterTable('work_hours')
        .alterColumn('helpers', (c) => c.dropDefault())
        .execute();
    } else {
      await rebuild(db, true);
    }
    await db.schema.alterTable('workers').addColumn('soft_question', 'text').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.alterTable('workers').dropColumn('soft_question').execute();
    if (dialectOf(db) === 'postgres') {
      await db.updateTable('work_hours').set({ helpers: 0 }).where('helpers', 'is', null).execute();
      await db.schema
        .alterTable('work_hours')
        .alterColumn('helpers', (c) => c.setDefault(0))
        .execute();
      await db.schema
        .alterTable('work_hours')
        .alterColumn('helpers', (c) => c.setNotNull())
        .execute();
    } else {
      await rebuild(db, false);
    }
  },
};
