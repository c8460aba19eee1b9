// An order can be kept before the middleman tells her the piece rate ("upahnya
// belum dikasih tau"): rate_amount, rate_per and rate_per_piece may be empty
// until she gives it. rate_count keeps its default of 1.
//
// PostgreSQL drops the NOT NULL constraints. SQLite cannot: the table is
// written anew. Migrations run there inside one transaction (src/db/connect.ts),
// where foreign keys cannot be switched off, and dropping `orders` would then
// delete every hand-in (ON DELETE CASCADE) and unlink every payment and hour.
// So the tables that point at orders are written anew too, pointing at the new
// one, and the old ones are dropped children first: nothing points at the old
// orders when it goes. Renaming the new orders updates its children's
// references. Every row keeps its id.
import { type Kysely, type Migration, sql } from 'kysely';
import { dialectOf } from '../dialect.ts';

const RATE_COLUMNS = ['rate_amount', 'rate_per', 'rate_per_piece'] as const;
/** The tables whose foreign keys point at orders. */
const CHILDREN = ['handins', 'payments', 'work_hours'] as const;

async function schemaOf(db: Kysely<any>, table: string): Promise<{ table: string; indexes: string[] }> {
  const { rows } = await sql<{ type: string; sql: string | null }>`
    select type, sql from sqlite_master where tbl_name = ${table} and sql is not null order by type desc, name`.execute(
    db,
  );
  const create = rows.find((r) => r.type === 'table')?.sql;
  if (!create) throw new Error(`No table ${table}`);
  return { table: create, indexes: rows.filter((r) => r.type === 'index').map((r) => r.sql!) };
}

/** `create table "x" (...)` as `create table "x_new" (...)`. */
function renamed(create: string, table: string): string {
  const out = create.replace(new RegExp(`^CREATE TABLE "?${table}"?`, 'i'), `CREATE TABLE "${table}_new"`);
  if (out === create) throw new Error(`Cannot read the definition of ${table}: ${create.slice(0, 60)}`);
  return out;
}

/** Writes orders anew with its rate columns made `nullable` or not; its children with it. */
async function rebuildOnSqlite(db: Kysely<any>, nullable: boolean): Promise<void> {
  const orders = await schemaOf(db, 'orders');
  let create = renamed(orders.table, 'orders');
  for (const c of RATE_COLUMNS) {
    const re = new RegExp(`("${c}" (?:integer|text))( not null)?`, 'i');
    const m = re.exec(create);
    if (!m) throw new Error(`orders.${c} not found in ${create.slice(0, 60)}`);
    create = create.replace(re, nullable ? m[1]! : `${m[1]} not null`);
  }
  await sql.raw(create).execute(db);
  await sql`insert into "orders_new" select * from "orders"`.execute(db);
  const children = [];
  for (const t of CHILDREN) {
    const s = await schemaOf(db, t);
    const pointing = renamed(s.table, t).replace(/references "orders"/gi, 'references "orders_new"');
    await sql.raw(pointing).execute(db);
    await sql.raw(`insert into "${t}_new" select * from "${t}"`).execute(db);
    children.push({ t, indexes: s.indexes });
  }
  for (const t of CHILDREN) await sql.raw(`drop table "${t}"`).execute(db);
  await sql`drop table "orders"`.execute(db);
  await sql`alter table "orders_new" rename to "orders"`.execute(db);
  for (const t of CHILDREN) await sql.raw(`alter table "${t}_new" rename to "${t}"`).execute(db);
  for (const index of [...orders.indexes, ...children.flatMap((c) => c.indexes)]) await sql.raw(index).execute(db);
  const broken = await sql`pragma foreign_key_check`.execute(db);
  if (broken.rows.length) throw new Error(`Foreign keys broken after rewriting orders: ${broken.rows.length}`);
}

/** Orders that have no rate: a schema that requires one cannot hold them. */
async function ratelessOrders(db: Kysely<any>): Promise<number> {
  const row = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.or(RATE_COLUMNS.map((c) => eb(c, 'is', null))))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const rateUnknown: Migration = {
  async up(db: Kysely<any>) {
    if (dialectOf(db) === 'postgres') {
      for (const c of RATE_COLUMNS)
        await db.schema
          .alterTable('orders')
          .alterColumn(c, (a) => a.dropNotNull())
          .execute();
      return;
    }
    await rebuildOnSqlite(db, true);
  },
  async down(db: Kysely<any>) {
    const n = await ratelessOrders(db);
    if (n) throw new Error(`${n} order(s) have no rate yet: give them one (or undo them) before going back`);
    if (dialectOf(db) === 'postgres') {
      for (const c of RATE_COLUMNS)
        await db.schema
          .alterTable('orders')
          .alterColumn(c, (a) => a.setNotNull())
          .execute();
      return;
    }
    await rebuildOnSqlite(db, false);
  },
};
