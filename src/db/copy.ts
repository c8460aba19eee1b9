// Moving a deployment from one database to another (SQLite to PostgreSQL, or
// back): every table in foreign-key order, in batches, inside one transaction
// on the target that is committed only when each table's row count and
// checksum match the source.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { type Kysely, sql, type Transaction } from 'kysely';
import { type Db, migrate, openDb } from './connect.ts';
import { dialectOf, parentTables } from './dialect.ts';
import { migrations } from './migrations/index.ts';
import { isPostgresUrl } from './url.ts';

export class CopyError extends Error {}

export interface CopyOptions {
  from: string;
  to: string;
  /** Empty a target that already holds rows, instead of refusing. */
  force?: boolean;
  /** Rows read from the source at a time. */
  batchSize?: number;
  onTable?: (report: TableReport) => void;
}

export interface TableReport {
  table: string;
  rows: number;
  /** Order-independent digest of the rows' contents (same on both databases when they hold the same rows). */
  checksum: string;
}

type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

const INTERNAL = /^(kysely_|sqlite_)/;
// Stay under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement.
const MAX_PARAMS = 30_000;

/** The tables of the current database (schema), without the migration bookkeeping. */
export async function userTables(db: AnyDb): Promise<{ name: string; columns: string[] }[]> {
  const tables = await db.introspection.getTables();
  return tables
    .filter((t) => !t.isView && !INTERNAL.test(t.name))
    .map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name).sort() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** For each table, the tables its foreign keys point at. */
async function references(db: AnyDb, tables: string[]): Promise<Map<string, Set<string>>> {
  const refs = new Map<string, Set<string>>();
  for (const t of tables) refs.set(t, new Set(await parentTables(db, t)));
  return refs;
}

/** Parents before children; a table referring to itself is fine, a cycle is not. */
export function dependencyOrder(refs: Map<string, Set<string>>): string[] {
  const order: string[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (done.has(t)) return;
    if (visiting.has(t)) throw new CopyError(`tables refer to each other in a cycle through ${t}`);
    visiting.add(t);
    for (const parent of [...(refs.get(t) ?? [])].sort()) if (parent !== t && refs.has(parent)) visit(parent);
    visiting.delete(t);
    done.add(t);
    order.push(t);
  };
  for (const t of [...refs.keys()].sort()) visit(t);
  return order;
}

async function primaryKey(db: AnyDb, table: string): Promise<string[]> {
  if (dialectOf(db) === 'postgres') {
    const { rows } = await sql<{ name: string }>`
      select a.attname as name
      from pg_index i
      join pg_class c on c.oid = i.indrelid
      join pg_namespace n on n.oid = c.relnamespace
      join unnest(i.indkey) with ordinality as k(attnum, pos) on true
      join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
      where i.indisprimary and c.relname = ${table} and n.nspname = current_schema()
      order by k.pos`.execute(db);
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${table})`.execute(
    db,
  );
  return rows
    .filter((r) => r.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((r) => r.name);
}

/**
 * Reads a table in batches: by primary key (keyset, cheap at any size), or by
 * position for a table without one.
 */
async function* batches(db: AnyDb, table: string, key: string[], columns: string[], size: number) {
  let after: unknown[] | null = null;
  for (let offset = 0; ; offset += size) {
    let q = db.selectFrom(table).selectAll();
    if (key.length) {
      if (after) {
        const cols = sql.join(key.map((k) => sql.ref(k)));
        const vals = sql.join(after);
        q = q.where(sql<boolean>`(${cols}) > (${vals})`);
      }
      for (const k of key) q = q.orderBy(k);
    } else {
      for (const c of columns) q = q.orderBy(c);
      q = q.offset(offset);
    }
    const rows = (await q.limit(size).execute()) as Row[];
    if (rows.length) yield rows;
    if (rows.length < size) return;
    const last = rows[rows.length - 1]!;
    after = key.map((k) => last[k]);
  }
}

// The same text the portable query layer would store (see portable.ts).
function normal(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.replace(/\u0000/g, '');
  if (typeof v === 'bigint') return Number(v);
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return `base64:${Buffer.from(v).toString('base64')}`;
  return v;
}

class Digest {
  private sum = 0n;
  rows = 0;
  /** `columns` sorted by name, so that column order on either side does not matter. */
  add(row: Row, columns: string[]): void {
    const canonical = JSON.stringify(columns.map((c) => [c, normal(row[c])]));
    this.sum = (this.sum + BigInt(`0x${createHash('sha256').update(canonical).digest('hex')}`)) % 2n ** 256n;
    this.rows++;
  }
  get hex(): string {
    return this.sum.toString(16).padStart(64, '0');
  }
}

async function digestTable(db: AnyDb, table: string, key: string[], columns: string[], size: number) {
  const d = new Digest();
  for await (const rows of batches(db, table, key, columns, size)) for (const r of rows) d.add(r, columns);
  return d;
}

async function appliedMigrations(db: AnyDb, which: string): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) {
    throw new CopyError(`${which} is not an Upahku database (it has no migration table)`);
  }
  const rows = await db.selectFrom('kysely_migration').select('name').orderBy('name').execute();
  return rows.map((r) => r.name as string);
}

async function resetIdentities(trx: Transaction<any>, table: string): Promise<void> {
  const { rows } = await sql<{ col: string; seq: string }>`
    select column_name as col, seq from (
      select column_name,
        pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident(table_name), column_name) as seq
      from information_schema.columns
      where table_schema = current_schema() and table_name = ${table}) c
    where seq is not null`.execute(trx);
  for (const { col, seq } of rows) {
    // Ids were copied as they were: the sequence must continue after the highest.
    await sql`select setval(${seq}, coalesce((select max(${sql.ref(col)}) from ${sql.table(table)}), 0) + 1, false)`.execute(
      trx,
    );
  }
}

/** Shows a URL without its password. */
export function redact(url: string): string {
  return isPostgresUrl(url) ? url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@') : url;
}

function openSource(url: string, which: string): Db {
  if (!isPostgresUrl(url)) {
    const file = url.replace(/^(sqlite|file):(\/\/)?/, '');
    if (!existsSync(file)) throw new CopyError(`${which} ${url} does not exist`);
  }
  return openDb(url);
}

export async function copyDatabase(o: CopyOptions): Promise<TableReport[]> {
  if (o.from === o.to) throw new CopyError('--from and --to name the same database');
  const size = Math.max(1, o.batchSize ?? 1000);
  const source = openSource(o.from, 'the source') as AnyDb;
  let target: AnyDb | null = null;
  try {
    // The target gets this program's schema; the source must already have it,
    // or the columns would not line up.
    const known = Object.keys(migrations).sort();
    const applied = await appliedMigrations(source, 'the source');
    const unknown = applied.filter((m) => !known.includes(m));
    if (unknown.length) {
      throw new CopyError(
        `the source has migrations this version does not know (${unknown.join(', ')}): upgrade first`,
      );
    }
    const missing = known.filter((m) => !applied.includes(m));
    if (missing.length) {
      throw new CopyError(
        `the source is not up to date (missing ${missing.join(', ')}): run \`npx upahku migrate --db ${o.from}\` first`,
      );
    }
    target = openDb(o.to) as AnyDb;
    await migrate(target as Db);

    const tables = await userTables(source);
    const targetTables = new Map((await userTables(target)).map((t) => [t.name, t.columns]));
    for (const t of tables) {
      const there = targetTables.get(t.name);
      const lacking = there ? t.columns.filter((c) => !there.includes(c)) : [];
      if (!there || lacking.length) {
        throw new CopyError(`the target has no ${there ? `column ${lacking.join(', ')} in ` : ''}table ${t.name}`);
      }
    }
    const columnsOf = new Map(tables.map((t) => [t.name, t.columns]));
    const order = dependencyOrder(await references(source, [...columnsOf.keys()]));

    const filled: string[] = [];
    for (const name of targetTables.keys()) {
      if (await target.selectFrom(name).select(sql.lit(1).as('x')).limit(1).executeTakeFirst()) filled.push(name);
    }
    if (filled.length && !o.force) {
      throw new CopyError(
        `the target already holds data (${filled.join(', ')}); no rows were copied. Use --force to replace it`,
      );
    }

    const pg = dialectOf(target) === 'postgres';
    const reports: TableReport[] = [];
    await target.transaction().execute(async (trx) => {
      if (filled.length) {
        if (pg)
          await sql`truncate table ${sql.join(filled.map((t) => sql.table(t)))} restart identity cascade`.execute(trx);
        else for (const t of [...order].reverse()) await trx.deleteFrom(t).execute();
      }
      for (const table of order) {
        const columns = columnsOf.get(table)!;
        const key = await primaryKey(source, table);
        const chunk = Math.max(1, Math.min(size, Math.floor(MAX_PARAMS / columns.length)));
        const copied = new Digest();
        try {
          for await (const rows of batches(source, table, key, columns, size)) {
            for (const r of rows) copied.add(r, columns);
            for (let i = 0; i < rows.length; i += chunk) {
              const values = rows.slice(i, i + chunk).map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])));
              await trx.insertInto(table).values(values).execute();
            }
          }
        } catch (err) {
          // SQLite keeps any value in any column; PostgreSQL checks types, so
          // a stray value in an old file shows up here, named by table.
          throw new CopyError(`${table}: ${(err as Error).message}; no rows were copied`);
        }
        if (pg) await resetIdentities(trx, table);
        const written = await digestTable(trx, table, await primaryKey(trx, table), columns, size);
        if (written.rows !== copied.rows || written.hex !== copied.hex) {
          throw new CopyError(
            `${table}: the copy does not match (source ${copied.rows} rows, ${copied.hex.slice(0, 16)}; ` +
              `target ${written.rows} rows, ${written.hex.slice(0, 16)}); no rows were copied`,
          );
        }
        const report = { table, rows: copied.rows, checksum: copied.hex };
        reports.push(report);
        o.onTable?.(report);
      }
    });
    return reports;
  } finally {
    await source.destroy();
    await target?.destroy();
  }
}

/** Row count and checksum of every table, as `copyDatabase` computes them. */
export async function tableDigests(db: Db, batchSize = 1000): Promise<TableReport[]> {
  const reports: TableReport[] = [];
  for (const t of await userTables(db as AnyDb)) {
    const d = await digestTable(db as AnyDb, t.name, await primaryKey(db as AnyDb, t.name), t.columns, batchSize);
    reports.push({ table: t.name, rows: d.rows, checksum: d.hex });
  }
  return reports;
}
