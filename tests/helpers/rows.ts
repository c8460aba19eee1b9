// Searches every table of a database for a value: used to prove that a worker
// is gone after HAPUS and that research output has no identifiers.
import { sql } from 'kysely';
import type { Db } from '../../src/db/connect.ts';

export async function tableNames(db: Db): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.map((t) => t.name).filter((n) => !n.startsWith('kysely_'));
}

export async function columnsOf(db: Db, table: string): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.find((t) => t.name === table)?.columns.map((c) => c.name) ?? [];
}

/** Every row, in any table, with a column whose text contains one of the needles. */
export async function rowsContaining(db: Db, needles: string[]): Promise<{ table: string; row: unknown }[]> {
  const found: { table: string; row: unknown }[] = [];
  for (const table of await tableNames(db)) {
    const rows = (await sql`select * from ${sql.table(table)}`.execute(db)).rows as Record<string, unknown>[];
    for (const row of rows) {
      const values = Object.values(row).map((v) => (v === null || v === undefined ? '' : String(v)));
      if (values.some((v) => needles.some((n) => v.includes(n)))) found.push({ table, row });
    }
  }
  return found;
}
