// The few places where SQLite and PostgreSQL differ, decided in one module.
import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * An auto-numbered integer primary key. `.autoIncrement()` would emit
 * `auto_increment` on PostgreSQL, which is invalid there.
 */
export function withIdColumn<T extends string>(
  db: Kysely<any>,
  table: CreateTableBuilder<T, never>,
  name = 'id',
): CreateTableBuilder<T, any> {
  if (dialectOf(db) === 'postgres') {
    return table.addColumn(name, 'integer', (c: ColumnDefinitionBuilder) =>
      c.primaryKey().generatedByDefaultAsIdentity(),
    );
  }
  return table.addColumn(name, 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey());
}

/** Text large enough for any message or JSON blob on both databases. */
export const longText = sql`text`;
