// Records every row a piece of work writes (with triggers on each table), so
// that a baseline can write exactly the same rows with plain prepared
// statements. Tables added by later migrations are picked up by themselves.
import type SQLite from 'better-sqlite3';

export interface RowChange {
  table: string;
  op: 'i' | 'u' | 'd';
  /** Column values of the new row (insert, update). */
  row?: Record<string, unknown>;
  /** Primary key of the old row (update, delete). */
  key?: Record<string, unknown>;
}

interface TableInfo {
  name: string;
  columns: string[];
  /** Primary key columns; rowid when the table has none declared. */
  key: string[];
}

export function userTables(db: SQLite.Database): TableInfo[] {
  const names = db
    .prepare(
      `select name from sqlite_master where type = 'table'
       and name not like 'sqlite_%' and name not like 'kysely_%' and name not like '\\_%' escape '\\'
       order by name`,
    )
    .pluck()
    .all() as string[];
  return names.map((name) => {
    const cols = db.prepare(`select name, pk from pragma_table_info(?)`).all(name) as { name: string; pk: number }[];
    const key = cols
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    return { name, columns: cols.map((c) => c.name), key: key.length ? key : ['rowid'] };
  });
}

const q = (id: string) => `"${id.replace(/"/g, '""')}"`;
const jsonOf = (prefix: 'NEW' | 'OLD', cols: string[]) =>
  `json_object(${cols.map((c) => `'${c}', ${prefix}.${q(c)}`).join(', ')})`;

/** Installs the recording triggers; returns a function that takes the changes so far. */
export function recordChanges(db: SQLite.Database): () => RowChange[] {
  const tables = userTables(db);
  db.exec('create table _changes (seq integer primary key, tbl text, op text, row text, key text)');
  for (const t of tables) {
    db.exec(`
      create trigger ${q(`_rec_${t.name}_i`)} after insert on ${q(t.name)} begin
        insert into _changes (tbl, op, row) values ('${t.name}', 'i', ${jsonOf('NEW', t.columns)});
      end;
      create trigger ${q(`_rec_${t.name}_u`)} after update on ${q(t.name)} begin
        insert into _changes (tbl, op, row, key) values ('${t.name}', 'u', ${jsonOf('NEW', t.columns)}, ${jsonOf('OLD', t.key)});
      end;
      create trigger ${q(`_rec_${t.name}_d`)} after delete on ${q(t.name)} begin
        insert into _changes (tbl, op, key) values ('${t.name}', 'd', ${jsonOf('OLD', t.key)});
      end;`);
  }
  const read = db.prepare('select tbl, op, row, key from _changes order by seq');
  const clear = db.prepare('delete from _changes');
  return () => {
    const rows = read.all() as { tbl: string; op: RowChange['op']; row: string | null; key: string | null }[];
    clear.run();
    return rows.map((r) => ({
      table: r.tbl,
      op: r.op,
      row: r.row ? (JSON.parse(r.row) as Record<string, unknown>) : undefined,
      key: r.key ? (JSON.parse(r.key) as Record<string, unknown>) : undefined,
    }));
  };
}

export interface Write {
  stmt: SQLite.Statement;
  params: unknown[];
}

/** Turns recorded changes into prepared statements on another database with the same schema. */
export function replayer(db: SQLite.Database): (c: RowChange) => Write {
  const cache = new Map<string, SQLite.Statement>();
  const prepared = (sqlText: string) => {
    let s = cache.get(sqlText);
    if (!s) cache.set(sqlText, (s = db.prepare(sqlText)));
    return s;
  };
  return (c) => {
    const cols = c.row ? Object.keys(c.row) : [];
    const keys = c.key ? Object.keys(c.key) : [];
    const where = keys.map((k) => `${q(k)} = ?`).join(' and ');
    if (c.op === 'i') {
      return {
        stmt: prepared(
          `insert into ${q(c.table)} (${cols.map(q).join(', ')}) values (${cols.map(() => '?').join(', ')})`,
        ),
        params: cols.map((k) => c.row![k]),
      };
    }
    if (c.op === 'u') {
      return {
        stmt: prepared(`update ${q(c.table)} set ${cols.map((k) => `${q(k)} = ?`).join(', ')} where ${where}`),
        params: [...cols.map((k) => c.row![k]), ...keys.map((k) => c.key![k])],
      };
    }
    return { stmt: prepared(`delete from ${q(c.table)} where ${where}`), params: keys.map((k) => c.key![k]) };
  };
}

export function rowCounts(db: SQLite.Database): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of userTables(db)) {
    out[t.name] = db
      .prepare(`select count(*) from ${q(t.name)}`)
      .pluck()
      .get() as number;
  }
  return out;
}
