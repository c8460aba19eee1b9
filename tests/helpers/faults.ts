// Making the real database fail on purpose, on SQLite and PostgreSQL alike:
// for tests that prove a write is all or nothing.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../src/db/connect.ts';
import { dialectOf } from '../../src/db/dialect.ts';

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * From now on an insert into `table` whose `column` equals `value` fails with
 * an error whose message contains `message`.
 */
export async function refuseInserts(
  db: Db,
  table: string,
  column: string,
  value: string,
  message = 'refused',
): Promise<void> {
  const name = `refuse_${table}_${randomBytes(3).toString('hex')}`;
  if (dialectOf(db) === 'postgres') {
    // The function lives in the test's own schema and is dropped with it.
    const body = `begin if new.${ident(column)} = ${literal(value)} then raise exception ${literal(message)}; end if; return new; end`;
    await sql`create function ${sql.id(name)}() returns trigger language plpgsql as ${sql.lit(body)}`.execute(db);
    await sql`create trigger ${sql.id(name)} before insert on ${sql.table(table)}
      for each row execute function ${sql.id(name)}()`.execute(db);
    return;
  }
  await sql`create trigger ${sql.id(name)} before insert on ${sql.table(table)} when new.${sql.id(column)} = ${sql.lit(value)}
    begin select raise(abort, ${sql.lit(message)}); end`.execute(db);
}
