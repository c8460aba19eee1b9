// PostgreSQL made to behave like the SQLite file, in one place, so that the
// rest of the code (and every test) sees the same values on both:
// - result types: bigint and numeric come back as numbers (pg gives strings),
//   booleans as 0/1, timestamps as ISO-8601 UTC text, dates as YYYY-MM-DD text,
//   JSON as its text (pg would parse it; SQLite never does);
// - column types as wide as SQLite's (src/db/portable.ts);
// - introspection sees the tables of the current schema only, as SQLite sees
//   the tables of its one file (several deployments or test runs may share a
//   database in separate schemas).
import {
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type DatabaseMetadataOptions,
  DEFAULT_MIGRATION_LOCK_TABLE,
  DEFAULT_MIGRATION_TABLE,
  type Kysely,
  PostgresDialect,
  PostgresIntrospector,
  sql,
  type TableMetadata,
} from 'kysely';
import type pg from 'pg';

const OID = {
  bool: 16,
  int8: 20,
  json: 114,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  numeric: 1700,
  jsonb: 3802,
} as const;

const asText = (v: string) => v;
const asNumber = (v: string) => Number(v);

// pg is imported when the first connection is made, so a process on SQLite
// (every command line run by default) never loads it.
type Pg = typeof pg;

function timestamptzToIso(pgLib: Pg, v: string): string {
  const parsed = pgLib.types.getTypeParser(OID.timestamptz)(v) as Date | number;
  return parsed instanceof Date && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : v;
}

// A timestamp without zone is read as UTC: instants are UTC everywhere here.
function timestampToIso(v: string): string {
  const d = new Date(`${v.replace(' ', 'T')}Z`);
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
}

const parsers = (pgLib: Pg): Record<number, (v: string) => unknown> => ({
  [OID.bool]: (v) => (v === 't' ? 1 : 0),
  [OID.int8]: asNumber,
  [OID.numeric]: asNumber,
  [OID.json]: asText,
  [OID.jsonb]: asText,
  [OID.date]: asText,
  [OID.timestamp]: timestampToIso,
  [OID.timestamptz]: (v) => timestamptzToIso(pgLib, v),
});

/** pg's per-pool type parsers (not the process-wide ones, which other code may rely on). */
function pgTypes(pgLib: Pg): pg.CustomTypesConfig {
  const own = parsers(pgLib);
  return {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (format !== 'binary' && own[oid]) return own[oid];
      return pgLib.types.getTypeParser(oid, format as 'text');
    },
  } as pg.CustomTypesConfig;
}

interface ColumnRow {
  column: string;
  not_null: boolean | number;
  has_default: boolean | number;
  table: string;
  table_type: string;
  schema: string;
  type: string;
  type_schema: string;
  column_description: string | null;
  auto_incrementing: string | null;
}

// kysely's own introspector reads every schema of the database and resolves
// each by name (has_schema_privilege, pg_get_serial_sequence). When another
// deployment or test run drops its schema during that query, the query fails
// with "schema ... does not exist". This one reads only the current schema,
// chosen by oid, and resolves names only of the rows it returns.
class CurrentSchemaIntrospector implements DatabaseIntrospector {
  private readonly inner: PostgresIntrospector;
  constructor(private readonly db: Kysely<any>) {
    this.inner = new PostgresIntrospector(db);
  }
  getSchemas() {
    return this.inner.getSchemas();
  }
  async getTables(options?: DatabaseMetadataOptions): Promise<TableMetadata[]> {
    const internal = options?.withInternalKyselyTables === true;
    const { rows } = await sql<ColumnRow>`
      select a.attname as column, a.attnotnull as not_null, a.atthasdef as has_default,
             c.relname as table, c.relkind as table_type, ns.nspname as schema,
             typ.typname as type, dtns.nspname as type_schema,
             col_description(a.attrelid, a.attnum) as column_description,
             pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname), a.attname)
               as auto_incrementing
      from pg_catalog.pg_namespace ns
      join pg_catalog.pg_class c on c.relnamespace = ns.oid
      join pg_catalog.pg_attribute a on a.attrelid = c.oid
      join pg_catalog.pg_type typ on typ.oid = a.atttypid
      join pg_catalog.pg_namespace dtns on dtns.oid = typ.typnamespace
      where ns.oid = (select oid from pg_catalog.pg_namespace where nspname = current_schema())
        and c.relkind in ('r', 'v', 'p')
        and a.attnum >= 0 and not a.attisdropped
        and (${internal} or c.relname not in (${DEFAULT_MIGRATION_TABLE}, ${DEFAULT_MIGRATION_LOCK_TABLE}))
      order by c.relname, a.attnum`.execute(this.db);
    const tables = new Map<string, TableMetadata & { columns: TableMetadata['columns'][number][] }>();
    for (const r of rows) {
      let table = tables.get(r.table);
      if (!table) {
        table = { name: r.table, schema: r.schema, isView: r.table_type === 'v', columns: [] };
        tables.set(r.table, table);
      }
      table.columns.push({
        name: r.column,
        dataType: r.type,
        dataTypeSchema: r.type_schema,
        isNullable: !r.not_null,
        hasDefaultValue: Boolean(r.has_default),
        isAutoIncrementing: r.auto_incrementing !== null,
        comment: r.column_description ?? undefined,
      });
    }
    return [...tables.values()];
  }
  async getMetadata(options?: DatabaseMetadataOptions): Promise<DatabaseMetadata> {
    return { tables: await this.getTables(options) };
  }
}

export class UpahkuPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new CurrentSchemaIntrospector(db);
  }
}

export function postgresDialect(url: string, max = 10): UpahkuPostgresDialect {
  const pool = async () => {
    const pgLib = (await import('pg')).default;
    const made = new pgLib.Pool({ connectionString: url, max, types: pgTypes(pgLib) });
    // An idle connection the server dropped (restart, failover) is discarded by
    // the pool; without a listener the 'error' event would end the process.
    made.on('error', () => {});
    return made;
  };
  return new UpahkuPostgresDialect({ pool });
}
