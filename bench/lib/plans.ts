// What the database does for each query a piece of code runs: the indexes it
// uses and the tables it reads in full. Queries are caught through kysely's log.
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, type LogEvent, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { isPostgresUrl } from '../../src/config.ts';
import type { Database } from '../../src/db/schema.ts';

export interface Logged {
  db: Kysely<Database>;
  /** Distinct queries run so far (by SQL text), with the parameters of their first run. */
  queries: Map<string, readonly unknown[]>;
}

/** A second connection to the same database that remembers every query. */
export function openLogged(url: string): Logged {
  const queries = new Map<string, readonly unknown[]>();
  const log = (e: LogEvent) => {
    if (!queries.has(e.query.sql)) queries.set(e.query.sql, e.query.parameters);
  };
  if (isPostgresUrl(url)) {
    return {
      queries,
      db: new Kysely<Database>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }),
        log,
      }),
    };
  }
  const raw = new SQLite(url);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  return { queries, db: new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }), log }) };
}

export interface PlanSummary {
  /** Indexes used, by table. */
  indexes: Record<string, string[]>;
  /** Tables read in full, without an index. */
  fullScans: string[];
}

const noteIndex = (into: Record<string, string[]>, table: string, index: string) => {
  const list = (into[table] ??= []);
  if (!list.includes(index)) list.push(index);
};

/** Explains every logged query and sums up the indexes and full scans. */
export async function explainAll(l: Logged, dialect: 'sqlite' | 'postgres'): Promise<PlanSummary> {
  const out: PlanSummary = { indexes: {}, fullScans: [] };
  for (const [text, parameters] of l.queries) {
    if (!/^\s*select/i.test(text)) continue;
    // Plans name tables by their alias in the query: map them back.
    const aliases = new Map<string, string>();
    for (const m of text.matchAll(/"?(\w+)"?\s+as\s+"?(\w+)"?/gi)) aliases.set(m[2]!, m[1]!);
    for (const m of text.matchAll(
      /\b(?:from|join)\s+"?(\w+)"?\s+"?(?!(?:where|on|as|inner|left|join|order|group|limit)\b)(\w+)"?/gi,
    ))
      aliases.set(m[2]!, m[1]!);
    const table = (name: string) => aliases.get(name) ?? name;
    const q = CompiledQuery.raw(`${dialect === 'sqlite' ? 'explain query plan' : 'explain'} ${text}`, [...parameters]);
    const rows = (await l.db.executeQuery(q)).rows as Record<string, unknown>[];
    for (const r of rows) {
      const line = String(dialect === 'sqlite' ? r.detail : r['QUERY PLAN']);
      if (dialect === 'sqlite') {
        const idx = /(?:SCAN|SEARCH) (\w+)(?: AS \w+)? USING (?:COVERING )?INDEX (\w+)/.exec(line);
        if (idx) noteIndex(out.indexes, table(idx[1]!), idx[2]!);
        else if (/USING INTEGER PRIMARY KEY/.test(line))
          noteIndex(out.indexes, table(/(?:SCAN|SEARCH) (\w+)/.exec(line)![1]!), 'rowid');
        else {
          const scan = /^SCAN (\w+)(?: AS \w+)?$/.exec(line.trim());
          if (scan && !out.fullScans.includes(table(scan[1]!))) out.fullScans.push(table(scan[1]!));
        }
      } else {
        const idx = /Index (?:Only )?Scan (?:Backward )?using (\w+) on (\w+)/.exec(line);
        if (idx) noteIndex(out.indexes, idx[2]!, idx[1]!);
        const bm = /Bitmap Index Scan on (\w+)/.exec(line);
        if (bm) noteIndex(out.indexes, '(bitmap)', bm[1]!);
        const seq = /Seq Scan on (\w+)/.exec(line);
        if (seq && !out.fullScans.includes(seq[1]!)) out.fullScans.push(seq[1]!);
      }
    }
  }
  return out;
}
