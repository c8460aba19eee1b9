// The few places where SQLite and PostgreSQL differ, decided in one module.
// Values read back are made the same in src/db/postgres.ts and column types in
// src/db/portable.ts. Left to each query, as no layer can hide them:
// - LIKE ignores ASCII case on SQLite, not on PostgreSQL: compare lower(x).
// - Ascending order puts NULLs first on SQLite, last on PostgreSQL: say which.
// - After an error PostgreSQL refuses the rest of the transaction: never catch
//   an error inside one and carry on.
// - Date functions differ (strftime, to_char): compute days in code
//   (src/core/time.ts) and compare the stored ISO text.
// - PostgreSQL wants every selected column grouped or aggregated.
// `npm run test:pg` runs every test on PostgreSQL to catch the rest.
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

/** The tables that `table`'s foreign keys point at (in the current schema on PostgreSQL). */
export async function parentTables(db: Kysely<any>, table: string): Promise<string[]> {
  const { rows } =
    dialectOf(db) === 'postgres'
      ? await sql<{ parent: string }>`
          select distinct ref.relname as parent
          from pg_constraint c
          join pg_class cl on cl.oid = c.conrelid
          join pg_class ref on ref.oid = c.confrelid
          join pg_namespace n on n.oid = cl.relnamespace
          where c.contype = 'f' and n.nspname = current_schema() and cl.relname = ${table}`.execute(db)
      : await sql<{ parent: string }>`select distinct "table" as parent from pragma_foreign_key_list(${table})`.execute(
          db,
        );
  return rows.map((r) => r.parent).sort();
}
