// One diary table for every research subject in one query, each worker's rows
// joined by the database into one text value (`string_agg`, which SQLite 3.44
// and later and PostgreSQL both have). A million diary rows then cross into
// JavaScript as a few thousand strings instead of a million row objects, which
// is what made the research exports slow. Every field is a whole number or a
// date, read back as its digits (2026-11-20 as 20261120), so no field holds a
// space or a comma and reading allocates nothing per entry. Never free text.
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { inResearch } from '../db/subjects.ts';

export interface PackedQuery {
  /** The table, read under the alias `t`; it has `id` and `worker_id`. */
  table:
    | 'orders'
    | 'handins'
    | 'payments'
    | 'work_hours'
    | 'costs'
    | 'employers'
    | 'diary_reminders'
    | 'diary_corrections';
  /**
   * What each entry holds, in order: expressions over `t` (and joined tables)
   * that are never null (concat_ws would drop a null and shift the rest).
   */
  fields: RawBuilder<unknown>[];
  /** Further joins, e.g. sql`left join orders o on o.id = t.order_id`. */
  join?: RawBuilder<unknown>;
  /** Which rows: by default those not undone (`t.voided_at is null`). */
  where?: RawBuilder<unknown>;
  /** Also this worker, without research consent (her own figures in BANDINGKAN). */
  include?: string;
  /** Keep each worker's entries in the order written (ids), for sums that depend on it; costs a sort. */
  ordered?: boolean;
}

/** The UTC date and hour of an ISO instant column, "2026-11-20T05": enough to know its WIB day. */
export function instantHour(ref: string): RawBuilder<unknown> {
  return sql`substr(${sql.ref(ref)}, 1, 13)`;
}

/**
 * The same workers as researchWorkers (src/research/ledgers.ts): active, with
 * research consent or `include`. Written as `worker_id in (...)`, the database
 * finds the set once and probes it for each row (faster on SQLite than joining
 * each row to its worker; one pass over the table on PostgreSQL).
 */
function subjects(include?: string): RawBuilder<unknown> {
  const who = include ? sql`(${inResearch('w')} or w.id = ${include})` : inResearch('w');
  return sql`t.worker_id in (select w.id from workers w where w.status = 'active' and ${who})`;
}

/** Each worker's entries as one string: fields joined by ' ', entries by ','. */
export async function packedByWorker(db: Db, q: PackedQuery): Promise<Map<string, string>> {
  // concat_ws makes text of numbers on both databases, in one step.
  const entry = sql`concat_ws(' ', ${sql.join(q.fields)})`;
  const { rows } = await sql<{ worker_id: string; entries: string }>`
    select t.worker_id, string_agg(${entry}, ',' ${q.ordered ? sql`order by t.id` : sql``}) as entries
    from ${sql.table(q.table)} t
    ${q.join ?? sql``}
    where ${subjects(q.include)} and ${q.where ?? sql`t.voided_at is null`}
    group by t.worker_id`.execute(db);
  return new Map(rows.map((r) => [r.worker_id, r.entries]));
}

/**
 * Calls `fn` with the fields of each entry of one worker as numbers, in the
 * order they come: the digits of a field read as one number (other characters
 * skipped, so a day reads as YYYYMMDD and an instant's hour as YYYYMMDDHH),
 * negative when it starts with '-'. `fields` is reused from entry to entry.
 */
export function eachEntry(packed: string | undefined, width: number, fn: (fields: number[]) => void): void {
  if (packed === undefined) return;
  const fields = new Array<number>(width).fill(0);
  let k = 0;
  let v = 0;
  let negative = false;
  let fresh = true;
  const end = packed.length;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? packed.charCodeAt(i) : COMMA;
    if (c >= ZERO && c <= NINE) {
      v = v * 10 + (c - ZERO);
      fresh = false;
    } else if (c === SPACE || c === COMMA) {
      fields[k++] = negative ? -v : v;
      v = 0;
      negative = false;
      fresh = true;
      if (c === COMMA) {
        fn(fields);
        k = 0;
      }
    } else if (c === MINUS && fresh) negative = true;
  }
}

const ZERO = 48;
const NINE = 57;
const SPACE = 32;
const COMMA = 44;
const MINUS = 45;

/** The numbers readNumbers read last (reused: a few thousand at a time). */
let numbers = new Float64Array(4096);

/** What readNumbers read last (its first `count` numbers, as it returned). */
export function numbersRead(): Float64Array {
  return numbers;
}

/**
 * Reads every whole number of a text of numbers (as bytes) into `numbers`,
 * in order; returns how many. A number is its digits, after a '-' when
 * negative; anything else parts them.
 */
export function readNumbers(bytes: Uint8Array): number {
  const end = bytes.length;
  // A number takes two bytes at least, its digit and what follows.
  if (numbers.length < (end >> 1) + 1) numbers = new Float64Array(end);
  const out = numbers;
  let n = 0;
  let i = 0;
  while (i < end) {
    let c = bytes[i]!;
    const negative = c === MINUS;
    if (negative) c = ++i < end ? bytes[i]! : 0;
    if (c < ZERO || c > NINE) {
      i++;
      continue;
    }
    // Nine digits fit in 32 bits; a longer number goes on in floating point.
    let v = 0;
    let digits = 0;
    do {
      v = (v * 10 + (c - ZERO)) | 0;
      c = ++i < end ? bytes[i]! : 0;
    } while (c >= ZERO && c <= NINE && ++digits < 9);
    let x: number = v;
    while (c >= ZERO && c <= NINE) {
      x = x * 10 + (c - ZERO);
      c = ++i < end ? bytes[i]! : 0;
    }
    out[n++] = negative ? -x : x;
    i++;
  }
  return n;
}
