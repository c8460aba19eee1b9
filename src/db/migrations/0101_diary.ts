// The work diary: employers, orders, hand-ins, payments, hours, costs, and the
// append-only trail of corrections.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../dialect.ts';

const worker = (c: any) => c.notNull().references('workers.id').onDelete('cascade');

export const diary: Migration = {
  async up(db: Kysely<any>) {
    await withIdColumn(db, db.schema.createTable('employers'))
      .addColumn('worker_id', 'text', worker)
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('employers_worker_key_uq', ['worker_id', 'name_key'])
      .execute();

    await withIdColumn(db, db.schema.createTable('orders'))
      .addColumn('worker_id', 'text', worker)
      .addColumn('employer_id', 'integer', (c) => c.notNull().references('employers.id').onDelete('cascade'))
      .addColumn('product', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('quantity_count', 'double precision', (c) => c.notNull())
      .addColumn('quantity_pieces', 'integer', (c) => c.notNull())
      .addColumn('rate_amount', 'integer', (c) => c.notNull())
      .addColumn('rate_per', 'text', (c) => c.notNull())
      .addColumn('rate_per_piece', 'integer', (c) => c.notNull())
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text')
      .addColumn('written_agreement', 'integer')
      .addColumn('materials_from_employer', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('voided_at', 'text')
      .execute();
    await db.schema.createIndex('orders_worker_idx').on('orders').columns(['worker_id', 'received_on']).execute();

    await withIdColumn(db, db.schema.createTable('handins'))
      .addColumn('worker_id', 'text', worker)
      .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id').onDelete('cascade'))
      .addColumn('handed_in_on', 'text', (c) => c.notNull())
      .addColumn('delivered_pieces', 'integer', (c) => c.notNull())
      .addColumn('rejected_pieces', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('voided_at', 'text')
      .execute();
    await db.schema.createIndex('handins_worker_idx').on('handins').columns(['worker_id', 'handed_in_on']).execute();
    await db.schema.createIndex('handins_order_idx').on('handins').column('order_id').execute();

    await withIdColumn(db, db.schema.createTable('payments'))
      .addColumn('worker_id', 'text', worker)
      .addColumn('employer_id', 'integer', (c) => c.notNull().references('employers.id').onDelete('cascade'))
      .addColumn('order_id', 'integer', (c) => c.references('orders.id').onDelete('set null'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('amount', 'integer', (c) => c.notNull())
      .addColumn('deduction', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('kasbon_repaid', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('paid_on', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('voided_at', 'text')
      .execute();
    await db.schema.createIndex('payments_worker_idx').on('payments').columns(['worker_id', 'paid_on']).execute();

    await withIdColumn(db, db.schema.createTable('work_hours'))
      .addColumn('worker_id', 'text', worker)
      .addColumn('worked_on', 'text', (c) => c.notNull())
      .addColumn('minutes', 'integer', (c) => c.notNull())
      .addColumn('order_id', 'integer', (c) => c.references('orders.id').onDelete('set null'))
      .addColumn('helpers', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('child_helper', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('voided_at', 'text')
      .execute();
    await db.schema.createIndex('work_hours_worker_idx').on('work_hours').columns(['worker_id', 'worked_on']).execute();

    await withIdColumn(db, db.schema.createTable('costs'))
      .addColumn('worker_id', 'text', worker)
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('amount', 'integer', (c) => c.notNull())
      .addColumn('spent_on', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('voided_at', 'text')
      .execute();
    await db.schema.createIndex('costs_worker_idx').on('costs').columns(['worker_id', 'spent_on']).execute();

    await withIdColumn(db, db.schema.createTable('diary_corrections'))
      .addColumn('worker_id', 'text', worker)
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'integer', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('field', 'text')
      .addColumn('old_value', 'text')
      .addColumn('new_value', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('diary_corrections_entity_idx')
      .on('diary_corrections')
      .columns(['worker_id', 'entity', 'entity_id'])
      .execute();
  },
  async down(db: Kysely<any>) {
    for (const t of ['diary_corrections', 'costs', 'work_hours', 'payments', 'handins', 'orders', 'employers']) {
      await db.schema.dropTable(t).execute();
    }
  },
};
